"""The labelled and unlabelled text the entity model learns from.

CoNLL-style files read as documents of sentences of (token, IOB2 tag), and the token lists of
the word clusters."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

Sentence = list[tuple[str, str]]
Doc = list[Sentence]


def read_conll(path: Path) -> list[Doc]:
    """Documents of sentences of (token, IOB2 tag); IOB1 input is converted."""
    docs: list[Doc] = []
    sentences: Doc = []
    current: Sentence = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts:
                if current:
                    sentences.append(current)
                    current = []
                continue
            if parts[0] == "-DOCSTART-":
                if current:
                    sentences.append(current)
                    current = []
                if sentences:
                    docs.append(sentences)
                sentences = []
                continue
            current.append((parts[0], parts[-1]))
    if current:
        sentences.append(current)
    if sentences:
        docs.append(sentences)
    return [[to_iob2(s) for s in doc] for doc in docs]


def to_iob2(sentence: Sentence) -> Sentence:
    out: Sentence = []
    previous = "O"
    for token, tag in sentence:
        if tag.startswith("I-") and (previous == "O" or previous[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append((token, tag))
        previous = tag
    return out


def spans(tags: list[str]) -> set[tuple[str, int, int]]:
    found: set[tuple[str, int, int]] = set()
    start, kind = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != kind):
            if start >= 0:
                found.add((kind, start, index))
            start, kind = (index, tag[2:]) if tag != "O" else (-1, "")
    return found


def fully_labelled(sentence: Sentence) -> bool:
    """GUM and WikiANN have no MISC: keep only sentences where no capitalised word is O,
    so that a nationality or an event name never teaches the model "not a name"."""
    return all(
        tag != "O" or index == 0 or not token[:1].isupper()
        for index, (token, tag) in enumerate(sentence)
    )


def labelled_sets(data: Path, train: list[Doc]) -> Iterator[Doc]:
    """CoNLL-2003 train, then GUM's and WikiANN's training parts."""
    yield from train
    for part in ("gum", "wikiann_en"):
        yield from read_conll(data / "extra_ner" / part / "train.txt")


def unlabelled_sentences(data: Path, labelled: list[Doc]) -> Iterator[list[str]]:
    """Token lists for the word clusters: the labelled training text, all of the extra sets'
    training text, and the BBC articles and the books (split by Reader's own splitter)."""
    from reader_app.core.documents import document_from_text
    from reader_app.core.ner.tokens import tokenize

    for doc in labelled_sets(data, labelled):
        for sentence in doc:
            yield [token for token, _ in sentence]
    texts = sorted((data / "bbc").glob("*/*/*.article.txt")) + sorted(
        (data / "books").glob("*.txt")
    )
    for path in texts:
        document = document_from_text(path.read_text(encoding="utf-8", errors="replace"))
        for start, end in document.sentences:
            yield [token for token, _, _ in tokenize(document.text, start, end)]

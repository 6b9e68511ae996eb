"""The command line's second processes that label a document as it loads: the same entities."""

from __future__ import annotations

import functools
import json
import os
import signal

import pytest

from reader_app.core.documents import document_from_text
from reader_app.core.entities import extract_entities
from reader_app.core.entity_process import EntityProcesses
from reader_app.core.ner.model import find_names, lowercase_words

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def _long_text() -> str:
    """Paragraphs of people and places, with a front matter the main text leaves out."""
    paragraphs = ["The Project Gutenberg EBook of Two Cities, by Anna Marsh", ""]
    paragraphs += ["*** START OF THIS PROJECT GUTENBERG EBOOK TWO CITIES ***", ""]
    for i in range(300):
        paragraphs.append(
            f"Captain Ivan Petrov{i % 7} met Olga Sidorova{i % 5} near Kiev on day {i}. "
            f"Petrov{i % 7} said the French envoy, Mr. Paul Durand, had left for Japan. "
            "The letters of the Rostóvs lay in the old house on the hill."
        )
        paragraphs.append("")
    return "\n".join(paragraphs)


def _loaded(text: str, helpers: EntityProcesses):
    return document_from_text(text, listener=helpers)


def test_the_second_processes_find_the_same_entities_as_this_one():
    text = _long_text()
    helpers = EntityProcesses.start()
    assert helpers is not None
    try:
        for _ in range(2):  # one document after another
            document = _loaded(text, helpers)
            assert document.main != (0, len(document.text))  # the front matter is left out
            # the helpers split the paragraphs, each half of them: the same sentences
            assert document.sentences == document_from_text(text).sentences
            waited: list[int] = []
            found = extract_entities(document, parallel=True, helpers=helpers)
            assert found == extract_entities(document)
            assert "Paul Durand" in {p.name for p in found.people}
            names = helpers.names(
                document.main,
                sum(document.in_main_text(s) for s in document.sentences),
                functools.partial(waited.append, 1),
            )
            assert names and waited == [1]
    finally:
        helpers.close()


def test_one_paragraph_is_split_by_one_second_process_and_labelled_by_both():
    text = " ".join(_long_text().split("\n"))  # a book on one line: one paragraph
    helpers = EntityProcesses.start()
    assert helpers is not None
    try:
        document = _loaded(text, helpers)
        alone = document_from_text(text)
        assert len(document.paragraphs) == 1
        assert document.sentences == alone.sentences
        names = helpers.names(document.main, sum(map(document.in_main_text, document.sentences)))
        assert names == find_names(
            document.text, [s for s in alone.sentences if alone.in_main_text(s)]
        )
    finally:
        helpers.close()


def test_each_second_process_labels_with_the_lower_case_words_of_the_whole_text(
    monkeypatch, tmp_path
):
    # Each reads the lower-case words of its half of the text; they swap them, so that a word
    # seen in lower case in one half only is a clue for both (as it is for find_names).
    from reader_app.core.ner import labelling

    real_label = labelling.label

    def recording_label(stretches, clues, tag_all):
        (tmp_path / str(os.getpid())).write_text(json.dumps(sorted(clues.lowercase)))
        return real_label(stretches, clues, tag_all)

    monkeypatch.setattr(labelling, "label", recording_label)  # before the fork: theirs too
    first = "The maids had to polish the silver before the ball on day {}."
    second = "On day {} the Polish ladies waved at the officers."
    text = "\n\n".join(
        [first.format(i) for i in range(200)] + [second.format(i) for i in range(200)]
    )
    helpers = EntityProcesses.start()
    assert helpers is not None
    try:
        document = _loaded(text, helpers)
        names = helpers.names(document.main, sum(map(document.in_main_text, document.sentences)))
        assert names == find_names(document.text, document.sentences)
    finally:
        helpers.close()
    seen = [json.loads(path.read_text()) for path in tmp_path.iterdir()]
    everywhere = sorted(lowercase_words(document.text, False))
    assert {"polish", "officers"} <= set(everywhere)
    assert seen == [everywhere, everywhere]


def test_gone_second_processes_leave_the_labelling_to_this_one():
    text = _long_text()
    helpers = EntityProcesses.start()
    assert helpers is not None
    try:
        document = _loaded(text, helpers)
        for helper in helpers._helpers:
            os.kill(helper.child, signal.SIGKILL)
        assert extract_entities(document, helpers=helpers) == extract_entities(document)
    finally:
        helpers.close()


def test_second_processes_gone_before_the_load_leave_the_splitting_to_this_one():
    text = _long_text()
    helpers = EntityProcesses.start()
    assert helpers is not None
    try:
        for helper in helpers._helpers:
            os.kill(helper.child, signal.SIGKILL)
        document = _loaded(text, helpers)
        alone = document_from_text(text)
        assert document.sentences == alone.sentences
        assert extract_entities(document, helpers=helpers) == extract_entities(alone)
    finally:
        helpers.close()

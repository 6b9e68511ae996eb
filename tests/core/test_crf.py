"""The CRF model read from its file: the weights CRFsuite holds and the labels it chooses."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from reader_app.core.ner.crf import read_model
from reader_app.core.ner.features import document_clues, sentence_features
from reader_app.core.ner.tokens import tokenize
from reader_app.core.resources import resource_path

SENTENCES = [
    "President Emmanuel Macron met Prime Minister Hun Sen in Paris on Tuesday .",
    "Rain .",
    "Paris",
    "THE UNITED NATIONS SAID ON MONDAY THAT KOFI ANNAN WOULD VISIT IRAQ .",
    "It was cold , said Pierre , and Natasha Rostova laughed at Prince Andrew Bolkonski .",
    "Manchester United beat Real Madrid 2-1 at Old Trafford , with goals from Wayne Rooney .",
    " ".join(["Word"] * 60) + " in Kentucky .",
]


@pytest.fixture(scope="module")
def tagger() -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(resource_path("ner.crfsuite")))
    return tagger


def test_the_file_holds_crfsuites_weights(tagger: pycrfsuite.Tagger) -> None:
    model = read_model(resource_path("ner.crfsuite"))
    assert list(model.labels) == tagger.labels()
    info = tagger.info()  # CRFsuite's own dump, with six decimals
    label = {name: index for index, name in enumerate(model.labels)}
    assert len(model.attributes) == len({a for a, _ in info.state_features})
    for (attribute, name), weight in info.state_features.items():
        assert model.state_weights[model.attributes[attribute], label[name]] == pytest.approx(
            weight, abs=1e-6
        )
    for (source, target), weight in info.transitions.items():
        assert model.transitions[label[source], label[target]] == pytest.approx(weight, abs=1e-6)


def test_labels_are_crfsuites_for_sequences_of_every_length(tagger: pycrfsuite.Tagger) -> None:
    model = read_model(resource_path("ner.crfsuite"))
    sentences = [[t[0] for t in tokenize(s)] for s in SENTENCES]
    clues = document_clues(sentences)
    features = [sentence_features(words, clues) for words in sentences]
    rows = [
        [model.attributes[f] for f in token if f in model.attributes]
        for sentence in features
        for token in sentence
    ]
    lengths = np.array([len(words) for words in sentences])
    found = model.best_labels(model.scores(rows), lengths).tolist()
    expected = [tag for sentence in features for tag in tagger.tag(sentence)]
    assert [model.labels[i] for i in found] == expected
    assert "B-PER" in expected and "B-LOC" in expected  # the check is not on "O" alone


@pytest.mark.parametrize(
    "contents",
    [b"not a model" * 10, b"lCRF", b"", b"lCRF" + b"\0" * 60],
)
def test_a_file_that_is_no_crfsuite_model_is_refused(tmp_path, contents: bytes) -> None:
    path = tmp_path / "ner.crfsuite"
    path.write_bytes(contents)
    with pytest.raises(ValueError, match="not a CRFsuite model"):
        read_model(path)


def test_a_damaged_model_is_refused(tmp_path) -> None:
    whole = Path(resource_path("ner.crfsuite")).read_bytes()
    path = tmp_path / "ner.crfsuite"
    path.write_bytes(whole[: len(whole) // 2])  # the string tables are cut off
    with pytest.raises(ValueError, match="not a CRFsuite model"):
        read_model(path)

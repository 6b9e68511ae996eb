"""Reads a CRFsuite model file and labels many token sequences at once with numpy.

The labels are CRFsuite's own (the same weights, the same Viterbi search, ties broken the same
way), but a novel's tokens are scored in a few array operations instead of handing CRFsuite
some thirty feature strings per token, one sequence at a time: that conversion was most of the
time the entity step spent in the model.
"""

from __future__ import annotations

import itertools
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

# The layout written by CRFsuite's crf1dmw_* functions (crf1d_model.c), all little-endian: a
# header, the features (type, source, target, weight), then constant databases of the label
# and attribute strings.
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_DATABASE = struct.Struct("<4sIIIII")
_RECORD = struct.Struct("<II")
_FEATURE = np.dtype([("type", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1
_SEQUENCES_AT_ONCE = 2048


@dataclass(frozen=True)
class CrfModel:
    labels: tuple[str, ...]
    attributes: dict[str, int]
    state_weights: np.ndarray  # (attributes, labels)
    transitions: np.ndarray  # from the row's label to the column's

    def scores(self, attribute_lists: Sequence[Sequence[int]]) -> np.ndarray:
        """The label scores of each list of attribute ids: the sum of their weights."""
        counts = np.fromiter(map(len, attribute_lists), dtype=np.intp, count=len(attribute_lists))
        flat = np.fromiter(itertools.chain.from_iterable(attribute_lists), dtype=np.intp)
        owners = np.repeat(np.arange(len(attribute_lists)), counts)
        weights = self.state_weights[flat]
        return np.stack(
            [
                np.bincount(owners, weights[:, label], minlength=len(attribute_lists))
                for label in range(len(self.labels))
            ],
            axis=1,
        )

    def best_labels(self, emissions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Label ids of consecutive sequences of `lengths` tokens, whose per-token label
        scores are the rows of `emissions`: the Viterbi path of each, as CRFsuite finds it.

        Sequences of similar length advance together, a few thousand at a time, so each
        step is one array operation over those still running, in little memory."""
        found = np.empty(len(emissions), dtype=np.intp)
        order = np.argsort(-lengths, kind="stable")
        firsts = (np.cumsum(lengths) - lengths)[order]
        ends = lengths[order]
        for low in range(0, len(order), _SEQUENCES_AT_ONCE):
            high = low + _SEQUENCES_AT_ONCE
            self._viterbi(emissions, firsts[low:high], ends[low:high], found)
        return found

    def _viterbi(
        self, emissions: np.ndarray, firsts: np.ndarray, ends: np.ndarray, found: np.ndarray
    ) -> None:
        """Writes into `found` the best labels of the sequences starting at `firsts`, of
        lengths `ends` in decreasing order."""
        running = [int(np.count_nonzero(ends > step)) for step in range(int(ends[0]))]
        last = np.empty(len(firsts), dtype=np.intp)  # each sequence's label at its end
        best = emissions[firsts]
        back = []
        for step in range(1, len(running)):
            now, before = running[step], running[step - 1]
            last[now:before] = best[now:before].argmax(axis=1)
            # CRFsuite adds the transition to the previous score, keeps the first best
            # previous label, then adds the state score: so does argmax.
            paths = best[:now, :, None] + self.transitions[None, :, :]
            back.append(paths.argmax(axis=1))
            best = paths.max(axis=1) + emissions[firsts[:now] + step]
        last[: running[-1]] = best.argmax(axis=1)
        found[firsts + ends - 1] = last
        current = last[: running[-1]]
        for step in range(len(running) - 1, 0, -1):
            now, before = running[step], running[step - 1]
            previous = np.empty(before, dtype=np.intp)
            previous[:now] = back[step - 1][np.arange(now), current]
            previous[now:] = last[now:before]
            found[firsts[:before] + step - 1] = previous
            current = previous


def read_model(path: str | Path) -> CrfModel:
    """The weights of a CRFsuite model file (no code runs: the file is only read). A file
    that is no such model, or a damaged one, raises ValueError."""
    data = Path(path).read_bytes()
    try:
        return _parsed(data)
    except (struct.error, IndexError, ValueError) as error:  # a bad name: UnicodeDecodeError
        raise ValueError(f"{path} is not a CRFsuite model ({error})") from None


def _parsed(data: bytes) -> CrfModel:
    """The model in a CRFsuite file's bytes; struct, index or value errors where damaged."""
    header = _HEADER.unpack_from(data)
    magic, kind = header[0], header[2]
    features_at, labels_at, attributes_at = header[7], header[8], header[9]
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError("no CRFsuite header")
    labels = _strings(data, labels_at)
    attributes = _strings(data, attributes_at)
    _, _, count = _CHUNK.unpack_from(data, features_at)
    features = np.frombuffer(data, _FEATURE, count, features_at + _CHUNK.size)
    state = features[features["type"] == _STATE]
    transition = features[features["type"] == _TRANSITION]
    state_weights = np.zeros((len(attributes), len(labels)))
    state_weights[state["source"], state["target"]] = state["weight"]
    transitions = np.zeros((len(labels), len(labels)))
    transitions[transition["source"], transition["target"]] = transition["weight"]
    return CrfModel(
        tuple(labels),
        {attribute: index for index, attribute in enumerate(attributes)},
        state_weights,
        transitions,
    )


def _strings(data: bytes, at: int) -> list[str]:
    """The strings of one of CRFsuite's constant databases, by id (its backward array)."""
    magic, _, _, _, count, backward_at = _DATABASE.unpack_from(data, at)
    if magic != b"CQDB":
        raise ValueError("a string table is missing")
    strings = [""] * count
    for offset in np.frombuffer(data, "<u4", count, at + backward_at).tolist():
        index, size = _RECORD.unpack_from(data, at + offset)
        start = at + offset + _RECORD.size
        strings[index] = data[start : start + size - 1].decode("utf-8")  # size counts a NUL
    return strings

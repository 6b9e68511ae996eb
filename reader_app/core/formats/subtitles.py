"""Subtitles (.srt, .vtt): the words said, without cue numbers, times or tags; a pause of a
few seconds between cues starts a new paragraph."""

from __future__ import annotations

import re

_TIMING = re.compile(
    r"^\s*(?:(\d+):)?(\d{1,2}):(\d{2})[,.](\d{3})\s*-->\s*(?:(\d+):)?(\d{1,2}):(\d{2})[,.](\d{3})"
)
_TAG = re.compile(r"<[^>\n]*>|\{\\[^}\n]*\}")  # <i>, <c.yellow>, <00:01:02.000>, {\an8}
_PAUSE = 3.0  # seconds between two cues that end a paragraph


def looks_like_subtitles(text: str) -> bool:
    """Whether the text opens as a WebVTT file, or as an SRT file: a cue number, a timing."""
    lines = [line.strip() for line in text[:2000].lstrip("\ufeff").split("\n") if line.strip()]
    if not lines:
        return False
    if lines[0].startswith("WEBVTT"):
        return True
    first_timing = lines[1:2] if lines[0].isdigit() else lines[:1]
    return bool(first_timing) and _TIMING.match(first_timing[0]) is not None


def _seconds(hours: str | None, minutes: str, seconds: str, millis: str) -> float:
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds) + int(millis) / 1000


def subtitles_to_text(text: str) -> str:
    """The cues' words as paragraphs. A line that repeats the line before it is said once:
    captions that roll up show each line in two cues."""
    paragraphs: list[list[str]] = []
    previous_end: float | None = None
    in_cue = False
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        timing = _TIMING.match(line)
        if timing:
            start = _seconds(*timing.groups()[:4])
            if previous_end is None or start - previous_end >= _PAUSE or not paragraphs:
                paragraphs.append([])
            previous_end = _seconds(*timing.groups()[4:])
            in_cue = True
            continue
        if not line.strip():
            in_cue = False  # a blank line ends a cue: the next line is a number or a note
            continue
        if not in_cue:
            continue  # a cue number, "WEBVTT", a NOTE or a STYLE block
        words = " ".join(_TAG.sub("", line).split())
        if words.startswith("- "):
            words = words[2:]  # a second speaker's line
        current = paragraphs[-1]
        if words and (not current or current[-1] != words):
            current.append(words)
    return "\n\n".join(" ".join(lines) for lines in paragraphs if lines)

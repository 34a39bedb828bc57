"""Plain text: paragraphs are separated by blank lines, and kept exactly as written."""

from __future__ import annotations

import re

from .base import OffsetMap, Segment

_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def plain_segments(text: str) -> list[Segment]:
    """One segment per paragraph; the text of each is a slice of the source."""
    segments = []
    start = 0
    for match in _BLANK_LINES.finditer(text):
        _add(segments, text, start, match.start())
        start = match.end()
    _add(segments, text, start, len(text))
    return segments


def _add(segments: list[Segment], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        segments.append(Segment(text[start:end], OffsetMap.contiguous(start)))

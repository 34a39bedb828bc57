"""Adding source text to a segment: template tags and bare URLs become placeholders.

Placeholders are short, plain nouns, so the sentence around them still reads
(and parses) as the reader sees it: "Set `timeout` to 30" is checked as "Set
code to 30". Findings inside a placeholder are dropped by the Linter.
"""

from __future__ import annotations

import re

from .base import SegmentBuilder
from .templates import TemplateMask

CODE = "code"  # inline code, <code>, <kbd>
LINK = "link"  # a URL written out in the text
NAME = "name"  # a template tag that prints something: {{ page.title }}, {% include %}

_URL = re.compile(
    r"(?:\b(?:https?|ftp)://|\bmailto:|\bwww\.)[^\s<>\"'`]*[^\s<>\"'`.,;:!?)\]}]",
    re.IGNORECASE,
)


def add_text(builder: SegmentBuilder, text: str, src_start: int, mask: TemplateMask) -> None:
    """Add `text`, found verbatim at `src_start` in the source, to the segment."""
    pos = 0
    end = len(text)
    for region in mask.overlapping(src_start, src_start + end):
        r_start = max(region.start - src_start, 0)
        r_end = min(region.end - src_start, end)
        _add_urls(builder, text[pos:r_start], src_start + pos)
        # A tag that spans several text pieces gets one placeholder, at its start.
        first_piece = src_start + r_start <= region.start
        if region.prints and r_start < r_end and first_piece:
            builder.replace(NAME, src_start + r_start, region.end, masked=True)
        pos = max(pos, r_end)
    _add_urls(builder, text[pos:], src_start + pos)


def _add_urls(builder: SegmentBuilder, text: str, src_start: int) -> None:
    pos = 0
    for match in _URL.finditer(text):
        builder.copy(text[pos : match.start()], src_start + pos)
        builder.replace(LINK, src_start + match.start(), src_start + match.end(), masked=True)
        pos = match.end()
    builder.copy(text[pos:], src_start + pos)

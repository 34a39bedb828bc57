"""Plain text: paragraphs are separated by blank lines, and kept exactly as written.

Plain text has no comment syntax, so lingo's suppression directives take a
line-comment form: `# lingo-ignore RULE` (or `// lingo-ignore`) at the end
of a line or on a line of its own; see docs/suppressions.md. A directive is
not prose: it is cut out of the paragraph it sits in.
"""

from __future__ import annotations

import re

from .base import Comment, Markup, OffsetMap, Segment

_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")
DIRECTIVE = re.compile(
    r"(?:#|//)[ \t]*(lingo-(?:ignore|disable-next-line|disable-line|disable|enable)\b[^\r\n]*)",
    re.IGNORECASE,
)


def plain_markup(text: str) -> Markup:
    """Paragraph segments and the suppression directives of a plain-text source."""
    comments = plain_comments(text)
    cuts = [(c.start, c.end) for c in comments]
    return Markup(_segments(text, cuts), comments)


def plain_segments(text: str) -> list[Segment]:
    """One segment per paragraph; the text of each is a slice of the source."""
    return plain_markup(text).segments


def plain_comments(text: str) -> list[Comment]:
    comments = []
    for match in DIRECTIVE.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        own_line = not text[line_start : match.start()].strip()
        comments.append(Comment(match.start(), match.end(), match.group(1), own_line))
    return comments


def _segments(text: str, cuts: list[tuple[int, int]]) -> list[Segment]:
    segments: list[Segment] = []
    start = 0
    for cut_start, cut_end in [*cuts, (len(text), len(text))]:
        _paragraphs(segments, text, start, cut_start)
        start = cut_end
    return segments


def _paragraphs(segments: list[Segment], text: str, start: int, end: int) -> None:
    for match in _BLANK_LINES.finditer(text, start, end):
        _add(segments, text, start, match.start())
        start = match.end()
    _add(segments, text, start, end)


def _add(segments: list[Segment], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        segments.append(Segment(text[start:end], OffsetMap.contiguous(start)))

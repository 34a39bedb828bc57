"""Plain text: paragraphs are separated by blank lines, and kept exactly as written.

Plain text has no comment syntax, so lingo's suppression directives take a
line-comment form: `# lingo-ignore RULE` (or `// lingo-ignore`) at the end
of a line or on a line of its own; see docs/suppressions.md. A directive is
not prose: it is cut out of the paragraph it sits in.
"""

from __future__ import annotations

import re

from .base import Comment, Markup, OffsetMap, Segment, SegmentBuilder
from .prose import add_text
from .templates import TemplateMask, mask_templates

# A blank line between line ends of any kind: LF, CRLF or a bare CR (old Mac files).
_BLANK_LINES = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t\f\v]*(?:\r\n|\r(?!\n)|\n)\s*")
DIRECTIVE = re.compile(
    r"(?:#|//)[ \t]*(lingo-(?:ignore|disable-next-line|disable-line|disable|enable)\b[^\r\n]*)",
    re.IGNORECASE,
)


def plain_markup(text: str) -> Markup:
    """Paragraph segments and the suppression directives of a plain-text source."""
    comments = plain_comments(text)
    cuts = [(c.start, c.end) for c in comments]
    masked, mask = mask_templates(text, markdown=False)
    return Markup(_segments(masked, cuts, mask), comments)


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


def _segments(text: str, cuts: list[tuple[int, int]], mask: TemplateMask) -> list[Segment]:
    """Paragraphs of `text` (template tags already masked) outside the `cuts`."""
    segments: list[Segment] = []
    start = 0
    for cut_start, cut_end in [*cuts, (len(text), len(text))]:
        _paragraphs(segments, text, start, cut_start, mask)
        start = cut_end
    return segments


def _paragraphs(
    segments: list[Segment], text: str, start: int, end: int, mask: TemplateMask
) -> None:
    for match in _BLANK_LINES.finditer(text, start, end):
        _add(segments, text, start, match.start(), mask)
        start = match.end()
    _add(segments, text, start, end, mask)


def _add(segments: list[Segment], text: str, start: int, end: int, mask: TemplateMask) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    if not mask.overlapping(start, end):  # as written: the segment is a slice of the source
        segments.append(Segment(text[start:end], OffsetMap.contiguous(start)))
        return
    # Template tags become a placeholder word ("name") or nothing.
    builder = SegmentBuilder()
    add_text(builder, text[start:end], start, mask)
    segment = builder.build()
    if segment is not None:
        segments.append(segment)

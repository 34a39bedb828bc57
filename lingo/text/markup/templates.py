"""Template tags and placeholders: Liquid, Jinja, Handlebars/Mustache, ICU and printf.

They are not prose. Before any source is read (Markdown, HTML or plain text),
every tag is masked: its characters (but not its line breaks) become `MASK`,
so a parser sees one opaque word where the tag was, the block structure of
the file is unchanged, and offsets stay the same. The adapters then turn a
masked run into a placeholder word ("name", for tags that print something:
`{{ ticket.requester.first_name }}`, `{count}`, `%s`) or drop it (tags that
only steer the template: `{% if %}`, `{{#each}}`, `{# a comment #}`). So
"Hi {{name}}, we cannot refund your order" is read as "Hi name, we cannot
refund your order": still a refusal, and nothing in the tag is ever flagged
or changed by a fix.

Every scan here is linear in the length of the text: each closing delimiter
is searched for once from each place it could be needed (`_Finder`), and
braces are paired in one pass. A file of 100,000 tags, or of 100,000
unclosed `{{`, takes a fraction of a second.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

MASK = "\ue000"  # a private-use character: a letter to the parsers, never in real text

# A tag never spans a blank line: a stray `{{` in a code sample must not swallow prose.
_BLANK_LINE = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)")  # CR-only too
# What opens a template construct, leftmost first.
_OPENER = re.compile(r"\{\{!--|\{\{!|\{\{\{|\{\{|\{%|\{#")
# Liquid and Jinja blocks whose whole content is not prose.
_BLOCK_START = re.compile(r"\{%-?\s*(comment|highlight)\b")
_BLOCK_END = {
    kind: re.compile(r"\{%-?\s*end" + kind + r"\s*-?%\}") for kind in ("comment", "highlight")
}
_CLOSER = {"{{!--": "--}}", "{{!": "}}", "{{{": "}}}", "{{": "}}", "{%": "%}", "{#": "#}"}
# `{{` tags that steer a Handlebars/Mustache template instead of printing:
# sections, inverted sections, closers, `else`, partial blocks.
_CONTROL_MUSTACHE = re.compile(r"\{\{[-~]?\s*(?:[#/^*]|else\b)")
_PRINTING_LIQUID = re.compile(r"\{%-?\s*(?:include|include_relative|render)\b")
# ICU MessageFormat arguments and simple brace placeholders: {name}, {0},
# { user.name }, {count, number}, {when, date, short}; plural and select
# messages ({count, plural, one {...} other {...}}) are paired as a whole.
_ICU_SIMPLE = re.compile(
    r"\{\s*(?:[A-Za-z_][\w.\-]*|\d+)\s*(?:,\s*(?:number|date|time|duration|ordinal|spellout)"
    r"\b[^{}\n]*)?\}"
)
_ICU_COMPLEX = re.compile(r"\{\s*[A-Za-z_][\w.\-]*\s*,\s*(?:plural|select|selectordinal)\s*,")
# printf-style placeholders, as in gettext, Android and iOS strings, and Ruby:
# %s, %d, %1$s, %@, %.2f, %(name)s, %{name}, %<name>s. A percent sign after a
# digit ("50%d" is not a placeholder) or another % ("%%" is a literal) is left alone.
_PRINTF = re.compile(
    r"(?<![\w%])%(?:\{[A-Za-z_]\w*\}|<[A-Za-z_]\w*>[sdif]?"
    r"|(?:\d+\$)?(?:\([A-Za-z_]\w*\))?[-+0#]*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
    r"(?:hh|h|ll|l|L|q|j|z|t)?[sdifuxXeEgGcp@](?![A-Za-z0-9]))"
)
# Kramdown attribute lists, as in `[link](url){:target="_blank"}` and `{: .note}`,
# and Pandoc/kramdown header attributes: `## Billing {#billing}`, `{.note}`.
_MARKDOWN_ATTRIBUTES = re.compile(r"\{:[^{}\n]*\}|\{[#.][A-Za-z][\w\-]*(?:\s+[^{}\n]*)?\}")
# GitHub alert markers at the start of a block quote: `> [!NOTE]`.
_GITHUB_ALERT = re.compile(
    r"^[ \t]*(?:>[ \t]?)+(\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\])", re.MULTILINE
)
_NOT_LINE_BREAK = re.compile(r"[^\r\n]")


@dataclass(frozen=True)
class Masked:
    """Source offsets of one masked tag; `prints` when the reader sees its output."""

    start: int
    end: int
    prints: bool


class TemplateMask:
    """The masked regions of one source, looked up by source offset."""

    def __init__(self, regions: list[Masked]) -> None:
        self.regions = sorted(regions, key=lambda r: r.start)
        self._starts = [r.start for r in self.regions]

    def overlapping(self, start: int, end: int) -> list[Masked]:
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        found = []
        for region in self.regions[i:]:
            if region.start >= end:
                break
            if region.end > start:
                found.append(region)
        return found


def mask_templates(text: str, *, markdown: bool) -> tuple[str, TemplateMask]:
    """The text with template tags and placeholders masked, and where they were.

    Regions never overlap: each pass reads the text the passes before it masked.
    """
    if not _may_hold_templates(text):
        return text, TemplateMask([])
    passes = (
        _template_tags,
        _printf_placeholders,  # before braces: %{name} is one placeholder, not % and {name}
        _brace_placeholders,
        _markdown_markers if markdown else None,
    )
    regions: list[Masked] = []
    masked = text
    for scan in passes:
        if scan is None:
            continue
        found = list(scan(masked))
        if found:
            regions.extend(found)
            masked = _apply(masked, found)
    return masked, TemplateMask(regions)


def _may_hold_templates(text: str) -> bool:
    return "{" in text or "%" in text or "[!" in text


def _apply(text: str, regions: list[Masked]) -> str:
    """`text` with every region's characters, except line breaks, replaced by MASK."""
    if not regions:
        return text
    parts = []
    pos = 0
    for region in sorted(regions, key=lambda r: r.start):
        parts.append(text[pos : region.start])
        parts.append(_NOT_LINE_BREAK.sub(MASK, text[region.start : region.end]))
        pos = region.end
    parts.append(text[pos:])
    return "".join(parts)


class _Finder:
    """The first match of a fixed string or pattern at or after a position, each searched once.

    Asked with positions that only grow (a left-to-right scan), it never reads
    a stretch of the text twice: an answer stays good until the scan passes it,
    and "none" stays good for ever.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._known: dict[object, tuple[int, int, int]] = {}  # key -> (from, start, end)

    def find(self, what: str | re.Pattern[str], start: int) -> tuple[int, int]:
        known = self._known.get(what)
        if known is not None and known[0] <= start and (known[1] < 0 or known[1] >= start):
            return known[1], known[2]
        if isinstance(what, str):
            at = self.text.find(what, start)
            found = (at, at + len(what)) if at >= 0 else (-1, -1)
        else:
            match = what.search(self.text, start)
            found = match.span() if match else (-1, -1)
        self._known[what] = (start, *found)
        return found


def _template_tags(text: str) -> Iterator[Masked]:
    """Liquid, Jinja and Handlebars/Mustache tags and blocks, left to right."""
    finder = _Finder(text)
    blank_lines = [m.start() for m in _BLANK_LINE.finditer(text)]
    pos = 0
    while True:
        opener = _OPENER.search(text, pos)
        if opener is None:
            return
        start = opener.start()
        kind = opener.group()
        block = _BLOCK_START.match(text, start) if kind == "{%" else None
        if block is not None:
            close_start, close_end = finder.find(_BLOCK_END[block.group(1)], opener.end())
            if close_start >= 0:
                yield Masked(start, close_end, prints=False)
                pos = close_end
                continue
        close_start, close_end = finder.find(_CLOSER[kind], opener.end())
        limit = _next_blank_line(blank_lines, start)
        if close_start < 0 or (kind != "{{!--" and close_start > limit):
            pos = start + 1  # unclosed: an ordinary brace
            continue
        yield Masked(start, close_end, prints=_prints(text, start, kind))
        pos = close_end


def _next_blank_line(blank_lines: list[int], start: int) -> int:
    i = bisect.bisect_left(blank_lines, start)
    return blank_lines[i] if i < len(blank_lines) else 1 << 62


def _prints(text: str, start: int, kind: str) -> bool:
    if kind == "{{{":
        return True
    if kind == "{{":
        return _CONTROL_MUSTACHE.match(text, start) is None
    if kind == "{%":
        return _PRINTING_LIQUID.match(text, start) is not None
    return False  # comments


def _printf_placeholders(text: str) -> Iterator[Masked]:
    if "%" in text:
        for match in _PRINTF.finditer(text):
            yield Masked(match.start(), match.end(), prints=True)


def _brace_placeholders(text: str) -> Iterator[Masked]:
    """ICU arguments and messages, and brace placeholders such as {name}."""
    if "{" not in text:
        return
    pairs = _brace_pairs(text)
    pos = 0
    for opening in re.finditer(r"\{", text):
        start = opening.start()
        if start < pos:
            continue
        close = pairs.get(start)
        if close is None:
            continue
        if _ICU_SIMPLE.fullmatch(text, start, close + 1) or _ICU_COMPLEX.match(text, start):
            yield Masked(start, close + 1, prints=True)
            pos = close + 1


def _brace_pairs(text: str) -> dict[int, int]:
    """Each `{` with its matching `}`, in one pass; pairing never crosses a blank line."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    blank_lines = iter(m.start() for m in _BLANK_LINE.finditer(text))
    next_blank = next(blank_lines, 1 << 62)
    for match in re.finditer(r"[{}]", text):
        at = match.start()
        while at > next_blank:
            stack.clear()
            next_blank = next(blank_lines, 1 << 62)
        if match.group() == "{":
            stack.append(at)
        elif stack:
            pairs[stack.pop()] = at
    return pairs


def _markdown_markers(text: str) -> Iterator[Masked]:
    for match in _MARKDOWN_ATTRIBUTES.finditer(text):
        yield Masked(match.start(), match.end(), prints=False)
    for match in _GITHUB_ALERT.finditer(text):
        yield Masked(match.start(1), match.end(1), prints=False)

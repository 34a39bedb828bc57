"""`--format full`: each finding with its source line and a caret under the words it flags.

    docs/refunds.md:5:13: warning jargon/complex-word:utilize  'utilize' is a long way ...
      |
    5 | In order to utilize your store credit, log in before checkout.
      |             ^^^^^^^
      = fix: "use"

Long lines (a Markdown paragraph is often one) are cut to a window around
the flagged words, marked with `…`. Tabs show as four spaces and wide
characters (CJK, most emoji) as two columns, so the carets stay under the
words.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

import click

from ..findings import Finding, Report
from .text import SEVERITY_COLOURS, heading, replaced_words, shown_suggestion, suggestion_label

WINDOW = 100  # columns of source shown per line at most
LEAD = 30  # columns kept before the flagged words when a line is cut
MAX_LINES = 4  # source lines shown for a finding that spans more
TAB = "    "
ELLIPSIS = "\u2026"
SNAP = 12  # columns a cut may move to fall between words


def render(reports: Iterable[Report]) -> Iterator[str]:
    for report in reports:
        for finding in report.findings:
            yield from finding_block(report.path or "<stdin>", finding, report.text)
            yield ""


def finding_block(path: str, finding: Finding, source: str) -> Iterator[str]:
    """The heading with the message, the excerpt with carets, and the suggestion."""
    yield f"{heading(path, finding)}  {' '.join(finding.message.split())}"
    excerpt = list(_excerpt(finding, source))
    gutter = max((len(str(number)) for number, _, _ in excerpt), default=1)
    bar = click.style(f"{' ' * gutter} |", fg="blue", bold=True)
    colour = SEVERITY_COLOURS[finding.severity]
    if excerpt:
        yield bar
        for number, text, carets in excerpt:
            label = str(number).rjust(gutter) if number else "." * gutter
            yield click.style(f"{label} |", fg="blue", bold=True) + (f" {text}" if text else "")
            if carets:
                yield f"{bar} {click.style(carets, fg=colour, bold=True)}"
    suggestion = shown_suggestion(finding)
    if suggestion is not None:
        if excerpt:
            yield bar
        replaces = replaced_words(finding, suggestion, source)
        yield f"{' ' * gutter} = {suggestion_label(suggestion, limit=None, replaces=replaces)}"


def _excerpt(finding: Finding, source: str) -> Iterator[tuple[int, str, str]]:
    """(line number, shown text, carets) for each source line the finding covers.

    Read from the finding's character offsets. A finding over more than
    MAX_LINES lines shows its first lines and its last, with a row of dots
    (line number 0) between them.
    """
    if not source or finding.start > len(source):
        return
    start, end = finding.start, max(finding.end, finding.start)
    line_start = source.rfind("\n", 0, start) + 1
    rows: list[tuple[int, int, int, int]] = []  # (number, line start, span start, span end)
    number = finding.line
    while True:
        line_end = source.find("\n", line_start)
        if line_end == -1:
            line_end = len(source)
        rows.append((number, line_start, max(start, line_start), min(end, line_end)))
        if end <= line_end + 1 or line_end == len(source):
            break
        line_start, number = line_end + 1, number + 1
    if len(rows) > MAX_LINES:
        rows = [*rows[: MAX_LINES - 1], (0, 0, 0, 0), rows[-1]]
    for number, line_start, span_start, span_end in rows:
        if number == 0:
            yield 0, "", ""
            continue
        line_end = source.find("\n", line_start)
        text = source[line_start : len(source) if line_end == -1 else line_end].rstrip("\r")
        a = min(span_start - line_start, len(text))
        b = min(max(span_end - line_start, a), len(text))
        yield (number, *_window(text, a, b))


def _width(char: str) -> int:
    if char == "\t":
        return len(TAB)
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _shown(char: str) -> str:
    if char == "\t":
        return TAB
    if unicodedata.category(char) in ("Cc", "Cf"):  # control characters would move the caret
        return "?" if _width(char) else ""
    return char


def _window(text: str, start: int, end: int) -> tuple[str, str]:
    """The part of a line shown (at most WINDOW columns) and the carets under [start, end)."""
    widths = [_width(c) for c in text]
    total = sum(widths)
    lo, hi = 0, len(text)
    if total > WINDOW:
        # Start LEAD columns before the flagged words, then take up to WINDOW columns.
        lo = start
        lead = 0
        while lo > 0 and lead + widths[lo - 1] <= LEAD:
            lo -= 1
            lead += widths[lo]
        hi = lo
        used = 0
        while hi < len(text) and used + widths[hi] <= WINDOW:
            used += widths[hi]
            hi += 1
        # A short tail: start earlier so the window is full.
        while lo > 0 and used + widths[lo - 1] <= WINDOW:
            lo -= 1
            used += widths[lo]
        lo, hi = _word_edges(text, lo, hi, start, end)
    shown = "".join(_shown(c) for c in text[lo:hi])
    before = sum(widths[lo : max(lo, start)])
    under = max(1, sum(widths[max(lo, start) : min(hi, end)]))
    prefix = ELLIPSIS if lo > 0 else ""
    suffix = ELLIPSIS if hi < len(text) else ""
    carets = " " * (len(prefix) + before) + "^" * under
    return prefix + shown + suffix, carets


def _word_edges(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """Cut at spaces rather than inside words, when one is near and the flagged words stay."""
    if lo > 0 and not text[lo - 1].isspace():
        space = text.find(" ", lo, min(start, lo + SNAP))
        if space != -1:
            lo = space + 1
    if hi < len(text) and not text[hi].isspace():
        space = text.rfind(" ", max(end, hi - SNAP), hi)
        if space != -1:
            hi = space
    return lo, hi

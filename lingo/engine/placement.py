"""Findings placed back in the source, and which of them survive into the report.

The Linter finds words in sentences and segments; this module moves each
finding, its suggestions and their edits to offsets in the original source
(`relocate`), records where terms are first explained (`note_explained`), and
decides what is left for the report: nothing inside a placeholder
(`visible`), nothing about words that name something (`names_something`), a
term to explain once only at its first use (`first_uses`), and an acronym a
lexicon already explains reported once (`without_doubled_acronyms`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from ..findings import Edit, Finding, LineIndex, Suggestion
from ..lexicon.rules import STRETCH_RULES
from ..pipeline.acronyms import RULE as ACRONYM_RULE
from ..text.markup import Segment
from ..text.markup.prose import NAME

# -- placing: from sentence offsets to source offsets ------------------------------


def relocate(finding: Finding, segment: Segment, base: int, lines: LineIndex) -> Finding:
    """Move a finding (and its edits) from sentence offsets to source offsets.

    A heading is a link target and a page's name: its suggestions become
    hints, never fixes.
    """
    start, end = segment.offsets.span_to_source(base + finding.start, base + finding.end)
    line, column = lines.position(start)
    end_line, end_column = lines.position(end)
    suggestions = tuple(_move_suggestion(s, segment, base) for s in finding.suggestions)
    if segment.kind == "heading":
        suggestions = tuple(replace(s, safety="hint", edits=()) for s in suggestions)
    return replace(
        finding,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        suggestions=suggestions,
    )


def _move_suggestion(suggestion: Suggestion, segment: Segment, base: int) -> Suggestion:
    """A suggestion's edits in source offsets; a hint when they would rewrite markup.

    An edit over text the markup adapter changed (across `**` or a link's
    URL, over an entity or a placeholder) cannot be applied to the source.
    """
    if not suggestion.edits:
        return suggestion
    if not all(segment.offsets.is_verbatim(base + e.start, base + e.end) for e in suggestion.edits):
        return replace(suggestion, safety="hint", edits=())
    return replace(suggestion, edits=tuple(_move_edit(e, segment, base) for e in suggestion.edits))


def _move_edit(edit: Edit, segment: Segment, base: int) -> Edit:
    start, end = segment.offsets.span_to_source(base + edit.start, base + edit.end)
    return Edit(start, end, edit.replacement)


def note_explained(
    explained_at: dict[str, int], explained: Mapping[str, int], segment: Segment, base: int
) -> None:
    """Record in `explained_at` where each term is first explained, in source offsets."""
    for key, offset in explained.items():
        at = segment.offsets.to_source(base + offset)
        explained_at[key] = min(explained_at.get(key, at), at)


# -- sifting: which placed findings survive ----------------------------------------


def visible(findings: list[Finding], masked: list[tuple[int, int]], source: str) -> list[Finding]:
    """Findings outside placeholders, each quoting its exact source text.

    A finding that starts or ends inside a placeholder (inline code, a URL, a
    template tag) is about words the writer never wrote as prose.
    """
    spans = sorted(masked)  # disjoint: each placeholder is in one segment
    starts = [s for s, _ in spans]
    kept = []
    for finding in findings:
        start, end = finding.start, finding.end
        # Only the placeholders from the one at or before `start` to `end` can
        # overlap: a look-up, not a scan of every placeholder for each finding.
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        partly = False
        while i < len(spans) and spans[i][0] < end:
            s, e = spans[i]
            if start < e and not (start <= s and e <= end):
                partly = True
                break
            i += 1
        if partly:
            continue
        text = source[start:end]
        kept.append(finding if finding.text == text else replace(finding, text=text))
    return kept


def as_written(
    findings: list[Finding], masked: list[tuple[int, int]], source: str
) -> list[Finding]:
    """Suggestions that quote their sentence show its placeholders as the writer wrote them.

    The Linter reads a template tag as the word "name" ("Your order {order_id} has been
    delayed" is read as "Your order name has been delayed"); a rewrite of that sentence
    gives "{order_id}" back ("[Who] has delayed your order {order_id}"), found by the word
    before it. A suggestion's edits never touch a placeholder (`visible`).
    """
    if not masked:
        return findings
    spans = sorted(masked)
    out = []
    for finding in findings:
        if not any(NAME in s.text for s in finding.suggestions):
            out.append(finding)
            continue
        # the placeholders on the finding's lines, each with the word written before it
        low = source.rfind("\n", 0, finding.start) + 1
        high = source.find("\n", finding.end)
        high = len(source) if high < 0 else high
        swaps = []
        for s, e in spans:
            if low <= s and e <= high:
                before = source[low:s].split()
                if before:
                    swaps.append((f"{before[-1]} {NAME}", f"{before[-1]} {source[s:e]}"))
        suggestions = tuple(
            replace(sug, text=_swapped(sug.text, swaps)) for sug in finding.suggestions
        )
        out.append(replace(finding, suggestions=suggestions))
    return out


def _swapped(text: str, swaps: Sequence[tuple[str, str]]) -> str:
    for read, written in swaps:
        if text.count(read) == 1:
            text = text.replace(read, written)
    return text


# Blocks that are names and labels rather than sentences: say-no and passive
# findings there are about how a title or a table cell is worded, not about
# what the page says to the customer.
_NOT_SAID = frozenset({"heading", "cell", "alt"})
_SAID_CATEGORIES = frozenset({"say-no", "passive-voice"})


class SpanIndex:
    """Whether a range touches any of many spans: a look-up, not a scan (issue 17)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans up to each
        furthest = -1
        for _, e in ordered:
            furthest = max(furthest, e)
            self._reach.append(furthest)

    def overlaps(self, start: int, end: int) -> bool:
        last = bisect.bisect_left(self._starts, end) - 1  # the last span starting before `end`
        return last >= 0 and self._reach[last] > start


def names_something(finding: Finding, blocks: Sequence[tuple[int, str]], names: SpanIndex) -> bool:
    """Whether a finding is about words that name something rather than say something.

    `blocks` are the document's (source start, kind) pairs in order; `names`
    its protected spans. Quoted strings and quoted blocks (an error message),
    link text (a page's title), bold labels and ALL-CAPS controls are left
    alone by every rule but readability; say-no and passive findings in
    headings, table cells and alt text too.
    """
    if finding.category == "readability":
        return False
    start, end = finding.start, finding.end
    if names.overlaps(start, end):  # inside a name, or touching one ("the **User must")
        return True
    if blocks:
        at = bisect.bisect_right(blocks, (start, "\uffff")) - 1
        kind = blocks[at][1] if at >= 0 else "prose"
        if kind == "quote" or (finding.category in _SAID_CATEGORIES and kind in _NOT_SAID):
            return True
    return False


def first_uses(
    findings: list[Finding], explained: dict[str, int], first_use_rules: frozenset[str]
) -> list[Finding]:
    """Terms to explain once: report the first use, unless the text explains the term first."""
    seen: set[str] = set()
    kept = []
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.rule in first_use_rules:
            key = finding.qualified_id
            explained_at = explained.get(key)
            if key in seen or (explained_at is not None and explained_at <= finding.start):
                continue
            seen.add(key)
        kept.append(finding)
    return kept


def without_doubled_acronyms(findings: list[Finding]) -> list[Finding]:
    """An acronym a lexicon already explains (tech-term "API") is reported once, by the lexicon."""
    others = [
        (f.start, f.end)
        for f in findings
        if f.category == "jargon" and f.rule != ACRONYM_RULE and f.rule not in STRETCH_RULES
    ]
    # (reported findings only: a tech term the settings leave off leaves the acronym in)
    if not others:
        return findings
    jargon = SpanIndex(others)
    return [f for f in findings if f.rule != ACRONYM_RULE or not jargon.overlaps(f.start, f.end)]

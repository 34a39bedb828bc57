"""What every lingo component shares: the Doc extensions and how a finding is made."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Hashable, Iterable

from spacy.tokens import Doc, Span

from ..doc_text import doc_text
from ..findings import Finding, LineIndex, Severity, Suggestion

FINDINGS_ATTR = "lingo_findings"
READABILITY_ATTR = "lingo_readability"
EXPLAINED_ATTR = "lingo_explained"


def register_extensions() -> None:
    """Register lingo's Doc attributes once, never clobbering another package's."""
    for name in (FINDINGS_ATTR, READABILITY_ATTR, EXPLAINED_ATTR):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def add_findings(doc: Doc, findings: Iterable[Finding]) -> None:
    """Append findings to `doc._.lingo_findings`, keeping them in text order."""
    current = list(doc._.get(FINDINGS_ATTR) or [])
    current.extend(findings)
    current.sort(key=lambda f: (f.start, f.end, f.rule))
    doc._.set(FINDINGS_ATTR, current)


def make_finding(
    span: Span,
    *,
    rule: str,
    category: str,
    severity: Severity,
    message: str,
    suggestions: Iterable[Suggestion] = (),
    entry: str | None = None,
    lines: LineIndex | None = None,
) -> Finding:
    """A finding over a span, positioned in the span's Doc text.

    The Linter moves findings to the original file's offsets; a spaCy user who
    adds lingo's components to a pipeline gets offsets into `doc.text`.
    """
    index = lines or LineIndex(doc_text(span.doc))
    start, end = span.start_char, span.end_char
    line, column = index.position(start)
    end_line, end_column = index.position(end)
    return Finding(
        rule=rule,
        category=category,
        severity=severity,
        message=message,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        text=span.text,
        suggestions=tuple(suggestions),
        entry=entry,
    )


def keep_longest(
    findings: Iterable[Finding], group: Callable[[Finding], Hashable] = lambda f: f.category
) -> list[Finding]:
    """Of overlapping findings in one group (by default a category), keep the longest.

    Ties go to the earliest. Findings of different groups may overlap.
    """
    ordered = sorted(findings, key=lambda f: (-(f.end - f.start), f.start, f.rule, f.entry or ""))
    taken: dict[Hashable, list[tuple[int, int]]] = {}  # per group, sorted kept spans
    kept = []
    for finding in ordered:
        spans = taken.setdefault(group(finding), [])
        at = bisect.bisect_left(spans, (finding.start, finding.end))
        neighbours = spans[max(0, at - 1) : at + 1]
        if any(finding.start < end and start < finding.end for start, end in neighbours):
            continue
        spans.insert(at, (finding.start, finding.end))
        kept.append(finding)
    return sorted(kept, key=lambda f: (f.start, f.end, f.rule))


def token_words(doc: Doc) -> tuple[list[str], list[int]]:
    """Each token's lowercase form and whether it is alphabetic, read from the token arrays.

    Building a Token object per word costs more than the lookups lingo does with it.
    """
    from spacy.attrs import IS_ALPHA, LOWER

    array = doc.to_array([LOWER, IS_ALPHA])
    strings = doc.vocab.strings
    return [strings[h] for h in array[:, 0].tolist()], array[:, 1].tolist()

"""A site's own vocabulary: terms so many of its pages use that its readers know them.

A help centre about routers says "firmware" on half its pages; a developer
portal says "SDK" everywhere. A term reported for explanation (`jargon/
tech-term`, `jargon/acronym`) on many pages of one run is the product's
vocabulary, not jargon to its readers: those findings are dropped across the
run. It takes a site: a run of at least `MIN_FILES` files, and a term on at
least `MIN_SHARE` of them (and never fewer than `MIN_PAGES`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..findings import Report
from . import grade

VOCABULARY_RULES = frozenset({"jargon/tech-term", "jargon/acronym"})
MIN_FILES = 10
MIN_PAGES = 3
MIN_SHARE = 0.05


def site_vocabulary(reports: Sequence[Report]) -> frozenset[str]:
    """The `rule:entry` names that are this run's own vocabulary."""
    if len(reports) < MIN_FILES:
        return frozenset()
    pages: Counter[str] = Counter()
    for report in reports:
        pages.update({f.qualified_id for f in report.findings if f.rule in VOCABULARY_RULES})
    floor = max(MIN_PAGES, MIN_SHARE * len(reports))
    return frozenset(name for name, count in pages.items() if count >= floor)


def without_site_vocabulary(reports: Sequence[Report]) -> list[Report]:
    """The reports with the site's own vocabulary left out (and their grades worked out again)."""
    vocabulary = site_vocabulary(reports)
    if not vocabulary:
        return list(reports)
    kept = []
    for report in reports:
        findings = tuple(f for f in report.findings if f.qualified_id not in vocabulary)
        if len(findings) == len(report.findings):
            kept.append(report)
            continue
        if report.score is None:  # not graded (no prose, or not English): stays so
            kept.append(replace(report, findings=findings))
            continue
        points = grade.score(report.readability, findings)
        kept.append(replace(report, findings=findings, score=points, grade=grade.letter(points)))
    return kept

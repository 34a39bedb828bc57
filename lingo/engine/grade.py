"""The report card: one letter from readability and the density of findings.

score = 100 - readability penalty - findings penalty
  readability penalty = 6 points per Flesch-Kincaid grade above the target (at most 40)
  findings penalty    = 8 points per weighted finding per 100 words (at most 60),
                        weighting error 3, warning 1, info 0.25, over at least
                        50 words (so one slip in a chat macro is not an F)
A >= 90, B >= 80, C >= 70, D >= 60, F below. docs/report-card.md explains why.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..findings import Finding, Readability, Severity

SEVERITY_WEIGHT = {Severity.ERROR: 3.0, Severity.WARNING: 1.0, Severity.INFO: 0.25}
POINTS_PER_GRADE = 6.0
MAX_READABILITY_PENALTY = 40.0
POINTS_PER_FINDING_DENSITY = 8.0
MAX_FINDINGS_PENALTY = 60.0
LETTERS = ((90.0, "A"), (80.0, "B"), (70.0, "C"), (60.0, "D"))
MIN_WORDS = 50  # the density of findings is taken over at least this many words


def findings_per_100_words(findings: Iterable[Finding], words: int) -> float:
    weight = sum(SEVERITY_WEIGHT[f.severity] for f in findings)
    return 100.0 * weight / words if words else 0.0


def _density_words(words: int) -> int:
    """Short texts count as MIN_WORDS long: one slip in a chat macro is not an F."""
    return max(words, MIN_WORDS)


def score(readability: Readability, findings: Iterable[Finding]) -> float:
    """0 to 100: how ready the text is for a customer."""
    if readability.words == 0:
        return 100.0
    over = max(0.0, readability.flesch_kincaid_grade - readability.target_grade)
    readability_penalty = min(MAX_READABILITY_PENALTY, POINTS_PER_GRADE * over)
    density = findings_per_100_words(findings, _density_words(readability.words))
    findings_penalty = min(MAX_FINDINGS_PENALTY, POINTS_PER_FINDING_DENSITY * density)
    return round(max(0.0, 100.0 - readability_penalty - findings_penalty), 1)


def letter(points: float) -> str:
    for floor, grade in LETTERS:
        if points >= floor:
            return grade
    return "F"

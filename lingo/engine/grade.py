"""The report card: how hard the text is to read, and how much of it needs changing.

score = 100 - readability penalty - findings penalty            (never below 0)
  readability penalty = 6 points per Flesch-Kincaid grade above the target,
                        times words / (words + 100), at most 40
  findings penalty    = 12 points per weighted finding per 100 words, counting a
                        text of under 150 words as 150 words long, at most 60
  weights             = error 3, warning 1, info 0.25; a say-no finding counts double
A >= 90, B >= 80, C >= 70, D >= 60, F below.

The constants were set against documents graded by a judge (benchmarks/grades.py,
benchmarks/data/grades.jsonl); docs/report-card.md gives the figures and the reasons.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..findings import Finding, Readability, Severity

SEVERITY_WEIGHT = {Severity.ERROR: 3.0, Severity.WARNING: 1.0, Severity.INFO: 0.25}
# Refusing, blaming or lecturing the customer costs more than a long word.
SAY_NO_CATEGORY = "say-no"
SAY_NO_FACTOR = 2.0
POINTS_PER_GRADE = 6.0
# A grade formula over a few words swings with one long word: the readability
# penalty is trusted as far as words / (words + READING_CONFIDENCE_WORDS), half
# at 100 words, nine tenths at 900.
READING_CONFIDENCE_WORDS = 100
MAX_READABILITY_PENALTY = 40.0
POINTS_PER_FINDING_DENSITY = 12.0
MAX_FINDINGS_PENALTY = 60.0
# The density of findings is taken over at least this many words, so that one
# slip in a short answer costs points, not the A: 12 x 100 / 150 = 8.
MIN_WORDS = 150
LETTERS = ((90.0, "A"), (80.0, "B"), (70.0, "C"), (60.0, "D"))


def finding_weight(finding: Finding) -> float:
    """What one finding weighs on the report card."""
    weight = SEVERITY_WEIGHT[finding.severity]
    return weight * SAY_NO_FACTOR if finding.category == SAY_NO_CATEGORY else weight


def findings_per_100_words(findings: Iterable[Finding], words: int) -> float:
    """Weighted findings per 100 words of the text itself (no floor): the figure shown."""
    weight = sum(finding_weight(f) for f in findings)
    return 100.0 * weight / words if words else 0.0


def reading_confidence(words: int) -> float:
    """How far a text's Flesch-Kincaid grade is trusted: 0 for no words, near 1 for long texts."""
    return words / (words + READING_CONFIDENCE_WORDS) if words > 0 else 0.0


def readability_penalty(readability: Readability) -> float:
    over = max(0.0, readability.flesch_kincaid_grade - readability.target_grade)
    penalty = POINTS_PER_GRADE * over * reading_confidence(readability.words)
    return min(MAX_READABILITY_PENALTY, penalty)


def findings_penalty(findings: Iterable[Finding], words: int) -> float:
    density = findings_per_100_words(findings, max(words, MIN_WORDS))
    return min(MAX_FINDINGS_PENALTY, POINTS_PER_FINDING_DENSITY * density)


def score(readability: Readability, findings: Iterable[Finding]) -> float:
    """0 to 100: how ready the text is for a customer."""
    if readability.words == 0:
        return 100.0
    penalty = readability_penalty(readability) + findings_penalty(findings, readability.words)
    return round(max(0.0, 100.0 - penalty), 1)


def letter(points: float) -> str:
    for floor, grade in LETTERS:
        if points >= floor:
            return grade
    return "F"

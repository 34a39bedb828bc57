"""A JSON array of finding objects, each with its file's path."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..findings import Report
from ..resources import rule_url
from .names import json_name

# One encoder for every line: json.dumps builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def findings_json(reports: Iterable[Report]) -> str:
    """One finding object per line inside the array.

    Still easy to read and to diff, and written by json's C encoder: an
    indented dump goes through the pure-Python one, seconds on a large repo.
    """
    encode = _ENCODER.encode
    lines = [
        encode(
            {
                "path": json_name(report.path or "<stdin>"),
                **finding.to_dict(),
                "url": rule_url(finding.rule),
            }
        )
        for report in reports
        for finding in report.findings
    ]
    if not lines:
        return "[]"
    return "[\n  " + ",\n  ".join(lines) + "\n]"


def scores_json(reports: Iterable[Report]) -> str:
    """A JSON array of score_rows."""
    return json.dumps(score_rows(reports), indent=2, ensure_ascii=False)


def score_rows(reports: Iterable[Report]) -> list[dict[str, Any]]:
    """Each file's report card as a JSON object (grade and score null: nothing to grade)."""
    from ..engine.grade import findings_per_100_words

    rows = []
    for report in reports:
        rows.append(
            {
                "path": json_name(report.path or "<stdin>"),
                "grade": report.grade,
                "score": report.score,
                "language": report.language,
                "findings": len(report.findings),
                "findings_per_100_words": round(
                    findings_per_100_words(report.findings, report.readability.words), 2
                ),
                "readability": report.readability.to_dict(),
            }
        )
    return rows

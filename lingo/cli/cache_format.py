"""The shape of a stored report: a Report as plain data and back, and the format's number.

Entries are plain data (lists, dicts, strings and numbers; nothing
executable), so `marshal` can store them: a warm run reads thousands of them.
Each finding is a list in a fixed order, and its text is left out when the
source holds it. `FORMAT` names this shape; it is part of every entry's key
and folder, so a change to the shape never reads an older entry.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..findings import (
    Edit,
    Finding,
    Readability,
    Report,
    Severity,
    Suggestion,
    UnusedSuppression,
)

FORMAT = 6  # bump when the stored shape changes (5: sealed entries; 6: the chosen profile)


def report_to_dict(report: Report) -> dict[str, Any]:
    """A Report as compact JSON data (see `_finding_to_row`); the source text is not stored."""
    return {
        "findings": [_finding_to_row(f, report.text) for f in report.findings],
        "readability": asdict(report.readability),
        "grade": report.grade,
        "score": report.score,
        "unused_suppressions": [asdict(u) for u in report.unused_suppressions],
        "language": [report.language, report.language_note] if report.language else None,
        "profile": report.profile,
    }


def _finding_to_row(finding: Finding, source: str) -> list[Any]:
    """A finding as a list in a fixed order: a warm run decodes some 35,000 of them.

    Its text is left out when it is the source's own `[start:end]` (always, for
    lingo's findings), and put back from the source when read.
    """
    own_text = source[finding.start : finding.end] == finding.text
    return [
        finding.rule,
        finding.category,
        finding.severity.value,
        finding.message,
        finding.start,
        finding.end,
        finding.line,
        finding.column,
        finding.end_line,
        finding.end_column,
        finding.entry,
        [
            [s.text, s.safety, [[e.start, e.end, e.replacement] for e in s.edits]]
            for s in finding.suggestions
        ],
        None if own_text else finding.text,
    ]


def report_from_dict(data: dict[str, Any], path: str | None, text: str = "") -> Report:
    """The Report `report_to_dict` stored, for the source `text` it was made from."""
    findings = tuple(_finding_from_row(row, text) for row in data["findings"])
    return Report(
        findings=findings,
        readability=Readability(**data["readability"]),
        grade=data["grade"],
        score=data["score"],
        path=path,
        text=text,
        unused_suppressions=tuple(UnusedSuppression(**u) for u in data["unused_suppressions"]),
        language=(data.get("language") or (None, None))[0],
        language_note=(data.get("language") or (None, None))[1],
        profile=data.get("profile"),
    )


def _finding_from_row(row: list[Any], source: str) -> Finding:
    rule, category, severity, message, start, end, line, column, end_line, end_column = row[:10]
    entry, suggestions, text = row[10:13]
    return Finding(
        rule=rule,
        category=category,
        severity=Severity(severity),
        message=message,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        text=source[start:end] if text is None else text,
        suggestions=tuple(
            Suggestion(text=s[0], safety=s[1], edits=tuple(Edit(*e) for e in s[2]))
            for s in suggestions
        ),
        entry=entry,
    )

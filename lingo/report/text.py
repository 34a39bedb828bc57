"""`path:line:col: rule  message (suggestion)`, one line per finding, then a summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import click

from ..findings import Finding, Report, Severity

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
MAX_SUGGESTION = 120


def suggestion_text(finding: Finding) -> str:
    """The first suggestion, shown after the message: a replacement or a hint."""
    if not finding.suggestions:
        return ""
    first = finding.suggestions[0]
    text = _one_line(first.text)
    if len(text) > MAX_SUGGESTION:
        text = text[: MAX_SUGGESTION - 1] + "\u2026"
    if first.safety == "hint":
        return f" ({text})"
    return f' (\u2192 "{text}")'


def finding_line(path: str, finding: Finding) -> str:
    location = click.style(f"{path}:{finding.line}:{finding.column}:", bold=True)
    rule = click.style(finding.qualified_id, fg=_COLOURS[finding.severity])
    return f"{location} {rule}  {_one_line(finding.message)}{suggestion_text(finding)}"


def _one_line(text: str) -> str:
    """Line breaks and space runs as one space: a finding or rewrite may span wrapped lines."""
    return " ".join(text.split())


def summary_line(reports: Iterable[Report], errors: int = 0) -> str:
    reports = list(reports)
    counts = Counter(f.severity for r in reports for f in r.findings)
    total = sum(counts.values())
    from ..fix import fix_for

    fixable = sum(1 for r in reports for f in r.findings if fix_for(f) is not None)
    unsafe = (
        sum(1 for r in reports for f in r.findings if fix_for(f, unsafe=True) is not None) - fixable
    )
    files = f"{len(reports)} file{'s' if len(reports) != 1 else ''}"
    # errors: files (or configurations) that could not be checked, each named above
    unreadable = f", {errors} not checked (see above)" if errors else ""
    if not total and errors:
        return f"No findings in {files} checked{unreadable}."
    if not total:
        return click.style(f"All clear: {files} checked, nothing to fix.", fg="green")
    parts = [
        f"{counts[s]} {s.value}{'s' if counts[s] != 1 and s is not Severity.INFO else ''}"
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if counts[s]
    ]
    line = (
        f"{total} finding{'s' if total != 1 else ''} ({', '.join(parts)}) in {files}{unreadable}."
    )
    if fixable:
        line += f" {fixable} can be fixed automatically with --fix"
        line += f" ({unsafe} more with --unsafe-fixes)." if unsafe else "."
    elif unsafe:
        line += f" {unsafe} can be rewritten with --fix --unsafe-fixes (review them first)."
    return line


def render(reports: Iterable[Report]) -> Iterable[str]:
    for report in reports:
        for finding in report.findings:
            yield finding_line(report.path or "<stdin>", finding)

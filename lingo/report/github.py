"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

    ::warning file=docs/refunds.md,line=3,col=5,endLine=3,endColumn=19,title=lingo ...::message

See GitHub's "Workflow commands" documentation for the escaping rules used here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..findings import Finding, Report, Severity

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(reports: Iterable[Report], errors: Iterable[str] = ()) -> Iterator[str]:
    for report in reports:
        for finding in report.findings:
            yield annotation(report.path or "<stdin>", finding)
    for error in errors:
        yield f"::error title=lingo::{_data(error)}"


def annotation(path: str, finding: Finding) -> str:
    properties = {
        "file": path,
        "line": str(finding.line),
        "col": str(finding.column),
        "endLine": str(finding.end_line),
        "endColumn": str(finding.end_column),
        "title": f"lingo {finding.qualified_id}",
    }
    if finding.end_line != finding.line:
        del properties["col"], properties["endColumn"]  # GitHub takes columns on one line only
    message = finding.message
    if finding.suggestions:
        first = finding.suggestions[0]
        message += f"\n{'Try' if first.safety == 'hint' else 'Suggested'}: {first.text}"
    props = ",".join(f"{key}={_property(value)}" for key, value in properties.items())
    return f"::{_COMMANDS[finding.severity]} {props}::{_data(message)}"


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")

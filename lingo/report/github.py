"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

    ::warning file=docs/refunds.md,line=3,col=5,endLine=3,endColumn=19,title=lingo ...::message

See GitHub's "Workflow commands" documentation for the escaping rules used here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from ..findings import Finding, Report, Severity
from .names import json_name

_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(reports: Iterable[Report], errors: Iterable[str] = ()) -> Iterator[str]:
    for report in reports:
        path = workspace_path(report.path) if report.path else "<stdin>"
        for finding in report.findings:
            yield annotation(path, finding)
    for error in errors:
        yield f"::error title=lingo::{_data(error)}"


def workspace_path(path: str) -> str:
    """The path as GitHub attaches it to a diff: relative to the repository, `/`, no `./`.

    Actions run from the repository's root, so paths are made relative to the
    working folder; a path outside it is left as it is.
    """
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute)
    except ValueError:  # another drive
        return path
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return path
    return relative.replace(os.sep, "/")


def annotation(path: str, finding: Finding) -> str:
    properties = {
        "file": json_name(path),  # GitHub decodes its own %0A escapes: only stray bytes
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

"""SARIF 2.1.0, the format GitHub code scanning and other CI dashboards read.

One run; the driver lists every rule with its title, why it matters and its
documentation page as help (text and Markdown, and its address as
`helpUri`), so a code-scanning alert explains itself. Columns count Unicode
code points (`columnKind`), as lingo's do.
Safe and unsafe replacements go in `fixes`.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..errors import LingoError
from ..findings import Finding, Report, Severity
from ..lexicon.rules import RuleInfo
from ..resources import rule_url

SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SRCROOT = "%SRCROOT%"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(reports: Iterable[Report], rules: Sequence[RuleInfo], errors: Sequence[str] = ()) -> str:
    return json.dumps(sarif_log(reports, rules, errors), indent=2, ensure_ascii=False)


def sarif_log(
    reports: Iterable[Report], rules: Sequence[RuleInfo], errors: Sequence[str] = ()
) -> dict[str, Any]:
    """The SARIF log of one lingo run; `errors` are inputs lingo could not read."""
    reports = list(reports)
    catalogue = {r.id: r for r in rules}
    for report in reports:  # a team lexicon's rule not in the catalogue still needs a descriptor
        for finding in report.findings:
            if finding.rule not in catalogue:
                catalogue[finding.rule] = RuleInfo(
                    finding.rule, finding.category, finding.severity, finding.rule, "never", 0, ""
                )
    ordered = list(catalogue.values())
    index = {rule.id: i for i, rule in enumerate(ordered)}
    root = Path.cwd()
    results = [
        _result(report, finding, index[finding.rule], root)
        for report in reports
        for finding in report.findings
    ]
    _number_fingerprints(results)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "lingo",
                        "fullName": "lingo plain-language linter",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_descriptor(rule) for rule in ordered],
                    }
                },
                "invocations": [_invocation(errors)],
                "originalUriBaseIds": {SRCROOT: {"uri": root.as_uri() + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _descriptor(rule: RuleInfo) -> dict[str, Any]:
    help_markdown = _rule_page(rule)
    descriptor: dict[str, Any] = {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.replace("/", "-").split("-")),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.why or rule.title},
        "help": {"text": _plain(help_markdown), "markdown": help_markdown},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"tags": ["plain-language", rule.category], "fix": rule.fix},
    }
    url = rule_url(rule.id)
    if url is not None:
        descriptor["helpUri"] = url
    return descriptor


def _rule_page(rule: RuleInfo) -> str:
    from ..lexicon.rules import rule_doc

    try:
        return rule_doc(rule.id).strip()
    except LingoError:
        why = f"\n\n{rule.why}" if rule.why else ""
        return f"# {rule.id}\n\n{rule.title}.{why}"


def _plain(markdown: str) -> str:
    """The help page as plain text: no heading marks or emphasis."""
    lines = []
    for line in markdown.splitlines():
        lines.append(line.lstrip("#").strip() if line.startswith("#") else line)
    return "\n".join(lines).replace("**", "").replace("`", "")


def _result(report: Report, finding: Finding, rule_index: int, root: Path) -> dict[str, Any]:
    location = _artifact(report.path, root)
    message = finding.message
    if finding.suggestions:
        first = finding.suggestions[0]
        hint = first.safety == "hint"
        message += f" Try: {first.text}" if hint else f' Suggested: "{first.text}".'
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": _LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": location,
                    "region": {
                        "startLine": finding.line,
                        "startColumn": finding.column,
                        "endLine": finding.end_line,
                        "endColumn": finding.end_column,
                        "charOffset": finding.start,
                        "charLength": finding.end - finding.start,
                        "snippet": {"text": finding.text},
                    },
                }
            }
        ],
        "partialFingerprints": {"lingo/v1": _fingerprint(report.path, finding)},
        "properties": {
            "category": finding.category,
            "suggestions": [s.text for s in finding.suggestions],
        },
    }
    if finding.entry:
        result["properties"]["entry"] = finding.entry
    fixes = [_fix(location, s) for s in finding.suggestions if s.is_fix]
    if fixes:
        result["fixes"] = fixes
    return result


def _fix(location: dict[str, Any], suggestion: Any) -> dict[str, Any]:
    return {
        "description": {"text": f"{suggestion.safety} fix: {suggestion.text}"},
        "artifactChanges": [
            {
                "artifactLocation": location,
                "replacements": [
                    {
                        "deletedRegion": {"charOffset": e.start, "charLength": e.end - e.start},
                        "insertedContent": {"text": e.replacement},
                    }
                    for e in suggestion.edits
                ],
            }
        ],
    }


def _artifact(path: str | None, root: Path) -> dict[str, Any]:
    """A URI relative to the working folder (the repository in CI), else an absolute one."""
    if not path or path == "<stdin>":
        return {"uri": "stdin"}
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(root)
    except ValueError:
        return {"uri": absolute.as_uri()}
    # The name's own bytes, percent-encoded: a name that is not UTF-8 is still its file.
    return {"uri": quote(os.fsencode(relative.as_posix())), "uriBaseId": SRCROOT}


def _fingerprint(path: str | None, finding: Finding) -> str:
    # Stable across edits elsewhere in the file: the rule, the file and the words flagged.
    key = "\x00".join((path or "", finding.qualified_id, " ".join(finding.text.split()).lower()))
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _number_fingerprints(results: list[dict[str, Any]]) -> None:
    """The same words flagged twice in a file get distinct fingerprints (…:1, …:2)."""
    seen: Counter[str] = Counter()
    for result in results:
        fingerprint = result["partialFingerprints"]["lingo/v1"]
        seen[fingerprint] += 1
        result["partialFingerprints"]["lingo/v1"] = f"{fingerprint}:{seen[fingerprint]}"


def _invocation(errors: Sequence[str]) -> dict[str, Any]:
    invocation: dict[str, Any] = {"executionSuccessful": not errors}
    if errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": error}} for error in errors
        ]
    return invocation

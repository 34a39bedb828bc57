"""lingo's findings as LSP diagnostics: rule id as the code, a link to its page, exact ranges."""

from __future__ import annotations

from functools import cache

from lsprotocol import types

from ..findings import Finding, Severity
from ..resources import rule_docs_dir
from .positions import PositionMap

SOURCE = "lingo"
SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
MAX_SUGGESTION = 160


def diagnostic(finding: Finding, positions: PositionMap) -> types.Diagnostic:
    """One finding as the editor shows it: the message, then the first suggestion."""
    page = rule_page(finding.rule)
    return types.Diagnostic(
        range=positions.range(finding.start, finding.end),
        severity=SEVERITY[finding.severity],
        code=finding.rule,
        code_description=types.CodeDescription(href=page) if page else None,
        source=SOURCE,
        message=message(finding),
        # The entry id, so a client (or a person reading the log) can tell terms apart.
        data={"id": finding.qualified_id},
    )


def message(finding: Finding) -> str:
    text = " ".join(finding.message.split())
    if not finding.suggestions:
        return text
    first = finding.suggestions[0]
    suggestion = " ".join(first.text.split())
    if len(suggestion) > MAX_SUGGESTION:
        suggestion = suggestion[: MAX_SUGGESTION - 1] + "\u2026"
    if first.safety == "hint":
        return f"{text}\n{suggestion}"
    return f'{text}\n\u2192 "{suggestion}"'


@cache
def rule_page(rule: str) -> str | None:
    """The rule's documentation page (the file `lingo explain` prints) as a file URI."""
    page = rule_docs_dir() / f"{rule}.md"
    return page.resolve().as_uri() if page.is_file() else None

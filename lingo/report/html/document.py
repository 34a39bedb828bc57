"""One document for the report: its rendered text with highlights, and its findings as data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...findings import Finding, Report, Severity
from .html_view import render_html
from .markdown_view import render_markdown
from .marks import MarkedHtml

SEVERITY_CODES = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
SAFETY_CODES = {"hint": 0, "unsafe": 1, "safe": 2}


@dataclass(frozen=True)
class Document:
    """A linted file: its report (with its text) and the markup it was read as."""

    report: Report
    syntax: str  # plain | markdown | html

    @property
    def path(self) -> str:
        return self.report.path or "<stdin>"


@dataclass(frozen=True)
class RenderedDocument:
    html: str
    unplaced: tuple[int, ...]  # findings with no highlight (in hidden attributes, or unplaceable)


def render_text(source: str, syntax: str, findings: Sequence[Finding]) -> RenderedDocument:
    """The document as a reader sees it, every finding highlighted on its characters."""
    out = MarkedHtml(source, findings)
    if syntax == "markdown":
        render_markdown(source, out)
    elif syntax == "html":
        render_html(source, out)
    else:
        out.raw('<div class="plain">')
        out.text(0, len(source))
        out.raw("</div>")
    unplaced = tuple(i for i in range(len(findings)) if i not in out.placed)
    return RenderedDocument(out.html(), unplaced)


class Strings:
    """A table of the report's strings: repeated messages and hints are stored once."""

    def __init__(self) -> None:
        self._index: dict[str, int] = {}
        self.values: list[str] = []

    def __call__(self, value: str) -> int:
        found = self._index.get(value)
        if found is None:
            found = self._index[value] = len(self.values)
            self.values.append(value)
        return found


def document_data(
    document: Document, rule_index: dict[str, int], strings: Strings
) -> dict[str, object]:
    """What the page needs to show one document, as compact JSON-ready data.

    Each finding is a list: rule, severity, line, column, message, flagged text,
    suggestions as [text, safety] pairs (strings by their index in the table).
    """
    report = document.report
    rendered = render_text(report.text, document.syntax, report.findings)
    findings = [
        [
            rule_index[f.rule],
            SEVERITY_CODES[f.severity],
            f.line,
            f.column,
            strings(f.message),
            strings(f.text),
            [[strings(s.text), SAFETY_CODES[s.safety]] for s in f.suggestions],
        ]
        for f in report.findings
    ]
    return {"h": rendered.html, "f": findings, "u": list(rendered.unplaced)}

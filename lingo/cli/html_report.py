"""`lingo report`: the linted files as one self-contained HTML page, written atomically."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..findings import Report
from ..text.markup import syntax_for

if TYPE_CHECKING:
    from ..report.html.trend import OldFinding
    from .workspace import Target


def write_html_report(
    linted: Sequence[tuple[Target, Report]],
    output_file: str,
    *,
    rules: Sequence[Any],
    old: tuple[str, list[OldFinding]] | None = None,
    title: str = "lingo report",
) -> str:
    """Write the report to `output_file`; return the one-line summary for stderr."""
    from ..engine.grade import letter
    from ..report.html import Document, RuleText, compare, render_report
    from ..report.names import json_name
    from ..saving import write_output

    documents = [
        Document(report, target.syntax or syntax_for(target.name)) for target, report in linted
    ]
    texts = {
        rule.id: RuleText(rule.id, rule.category, rule.title, rule.why, rule.fix) for rule in rules
    }
    trend = compare(documents, old[1], old[0]) if old is not None else None
    # A file name that is not UTF-8 is shown with its stray bytes escaped (\xff).
    page = json_name(render_report(documents, rules=texts, letter=letter, trend=trend, title=title))
    write_output(output_file, page)
    findings = sum(len(d.report.findings) for d in documents)
    files = len(documents)
    size = len(page.encode("utf-8")) / 1_000_000
    return (
        f"Wrote {output_file} ({size:.1f} MB): {files:,} file{'s' if files != 1 else ''}, "
        f"{findings:,} finding{'s' if findings != 1 else ''}."
    )

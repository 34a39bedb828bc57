"""The HTML report: one self-contained page for the people who write the copy.

`render_report` takes the linted documents (each report with its text and the
markup it was read as) and returns the page: an estate overview, every
document rendered with its findings highlighted in place, and, given earlier
JSON results, what was fixed and what is new. See docs/report.md.
"""

from __future__ import annotations

from .document import Document, RenderedDocument, render_text
from .page import RuleText, render_report, script_json
from .trend import Trend, compare, load_old_findings

__all__ = [
    "Document",
    "RenderedDocument",
    "RuleText",
    "Trend",
    "compare",
    "load_old_findings",
    "render_report",
    "render_text",
    "script_json",
]

"""What the editor shows beside the text: hovers on flagged words and the report card.

A hover gives the finding itself (message, fixes and hints) and then what
`lingo explain RULE` prints: what the rule flags, why it matters to a
customer, an example and its better version. The report card is the
document's grade and readability figures, as `lingo score` prints them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from ..engine.grade import findings_per_100_words
from ..errors import LingoError
from ..findings import Finding, Report, Severity
from ..lexicon.rules import find_rule, rule_doc
from .diagnostics import rule_page

HOVER_SECTIONS = ("What it flags", "Why it matters to a customer", "Example", "Better")
_SAFETY = {"safe": "Fix", "unsafe": "Rewrite (review first)", "hint": "Try"}


def hover_markdown(findings: Sequence[Finding], lexicons: Sequence[Any] | None = None) -> str:
    """Markdown for the findings under the cursor, each with its rule's explanation."""
    return "\n\n---\n\n".join(_one(finding, lexicons) for finding in findings)


def _one(finding: Finding, lexicons: Sequence[Any] | None) -> str:
    lines = [f"**{finding.qualified_id}** ({finding.severity.value})", "", finding.message]
    for suggestion in finding.suggestions:
        text = " ".join(suggestion.text.split())
        quoted = f'"{text}"' if suggestion.safety != "hint" else text
        lines += ["", f"**{_SAFETY[suggestion.safety]}:** {quoted}"]
    explanation = _explanation(finding.rule, lexicons)
    if explanation:
        lines += ["", "\n\n".join(explanation)]
    return "\n".join(lines).rstrip()


def _explanation(rule: str, lexicons: Sequence[Any] | None) -> list[str]:
    """The rule page's sections a writer needs at the cursor; a team rule's `why` otherwise."""
    try:
        page = rule_doc(rule)
    except LingoError:
        try:
            why = find_rule(rule, lexicons).why
        except LingoError:
            return []
        return [f"#### Why it matters to a customer\n\n{why}"] if why else []
    sections = _sections(page)
    out = [f"#### {title}\n\n{sections[title]}" for title in HOVER_SECTIONS if sections.get(title)]
    link = rule_page(rule)
    more = f"[The whole page]({link}), or `lingo explain {rule}`" if link else ""
    return [*out, more] if more else out


def _sections(page: str) -> dict[str, str]:
    sections: dict[str, str] = {}
    title = None
    body: list[str] = []
    for line in page.splitlines():
        if line.startswith("## "):
            if title is not None:
                sections[title] = "\n".join(body).strip()
            title, body = line[3:].strip(), []
        elif title is not None:
            body.append(line)
    if title is not None:
        sections[title] = "\n".join(body).strip()
    return sections


# -- the report card -------------------------------------------------------------------


def card_title(report: Report) -> str:
    """One line for a code lens or an inlay hint at the top of the document."""
    r = report.readability
    count = len(report.findings)
    if report.language is not None:
        return f"lingo: not checked: {report.language_note or 'the text is not English'}"
    if report.grade is None or report.score is None:
        return "lingo: no prose to grade"
    return (
        f"lingo: grade {report.grade} ({report.score:.0f}/100) \u00b7 reading grade "
        f"{r.flesch_kincaid_grade:.1f} (target {r.target_grade:g}) \u00b7 "
        f"{count} finding{'s' if count != 1 else ''}"
    )


def card_text(report: Report, name: str) -> str:
    """The report card as `lingo score` prints it, for a message window."""
    r = report.readability
    if report.grade is None or report.score is None:
        return f"{name}: {card_title(report).removeprefix('lingo: ')}"
    weighted = findings_per_100_words(report.findings, r.words)
    return "\n".join(
        [
            f"{name}: grade {report.grade} ({report.score:.0f}/100)",
            f"words {r.words}, sentences {r.sentences}, findings {len(report.findings)} "
            f"({weighted:.1f} weighted per 100 words)",
            f"Flesch reading ease {r.flesch_reading_ease:.1f} (60-70 is plain English)",
            f"Flesch-Kincaid grade {r.flesch_kincaid_grade:.1f} (target {r.target_grade:g})",
            f"Gunning fog {r.gunning_fog:.1f}, SMOG {r.smog_index:.1f}, "
            f"Coleman-Liau {r.coleman_liau_index:.1f}, ARI {r.automated_readability_index:.1f}, "
            f"Dale-Chall {r.dale_chall_score:.1f}",
        ]
    )


def card_json(report: Report, uri: str, version: int) -> dict[str, Any]:
    """The answer to the `lingo/reportCard` request."""
    return {
        "uri": uri,
        "version": version,
        "grade": report.grade,  # None: nothing to grade (no prose, or not English)
        "score": report.score,
        "language": report.language,
        "title": card_title(report),
        "findings": _counts(report.findings),
        "readability": report.readability.to_dict(),
    }


def _counts(findings: Iterable[Finding]) -> dict[str, int]:
    counts = {severity.value: 0 for severity in Severity}
    for finding in findings:
        counts[finding.severity.value] += 1
    return counts

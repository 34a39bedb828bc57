"""The overview and changes sections of the report, written as HTML."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .charts import Bar, Segment, bar_chart, pattern_for
from .document import Document
from .estate import GRADES, Estate, category_label
from .marks import text_html
from .trend import Trend

if TYPE_CHECKING:
    from .page import RuleText

WORST_SHOWN = 20
CHANGES_SHOWN = 200


def _n(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _grade(letter: str | None) -> str:
    if letter is None:  # nothing to grade: no prose, or not English
        return '<span class="grade g-none">-</span>'
    return f'<span class="grade g-{letter}">{letter}</span>'


def _score(score: float | None) -> str:
    return f"{score:.0f}" if score is not None else ""


def overview_html(
    estate: Estate, documents: Sequence[Document], rules: Mapping[str, RuleText]
) -> str:
    parts = [
        '<h2 id="overview-title">Overview</h2>',
        '<div class="cards">',
        f'<div class="card"><span class="big">{_grade(estate.grade)}</span>'
        f"<span>Overall report card<br>{estate.score:.0f}/100, by words</span></div>",
        f'<div class="card"><span class="big">{estate.files:,}</span>'
        "<span>files checked</span></div>",
        f'<div class="card"><span class="big">{estate.words:,}</span><span>words</span></div>',
        f'<div class="card"><span class="big">{estate.findings:,}</span><span>findings, '
        f"{1000 * estate.findings / max(estate.words, 1):.1f} per 1,000 words</span></div>",
        "</div>",
        '<div class="charts">',
        '<figure class="chart-box"><figcaption>Files by report card grade</figcaption>',
        bar_chart(
            "Files by report card grade",
            [
                Bar(
                    f"Grade {g}",
                    (Segment(estate.grades[g], f"g-{g}", f"grade {g}"),),
                    _plural(estate.grades[g], "file"),
                )
                for g in GRADES
            ],
        ),
        "</figure>",
        '<figure class="chart-box"><figcaption>Findings per 1,000 words, by category</figcaption>',
        bar_chart(
            "Findings per 1,000 words, by category",
            [
                Bar(
                    category_label(c),
                    (Segment(rate.per_1000, pattern_for(c), category_label(c)),),
                    f"{rate.per_1000:.1f} ({rate.count:,})",
                )
                for c, rate in estate.categories
            ],
        ),
        "</figure>",
        "</div>",
        _folders_chart(estate),
        _worst_table(estate, documents),
        '<div class="two">',
        _rules_table(estate, rules),
        _phrases_list(estate, documents),
        "</div>",
    ]
    return "\n".join(parts)


def _folders_chart(estate: Estate) -> str:
    if len(estate.folders) < 2:
        return ""
    categories = [c for c, _ in estate.categories]
    bars = []
    for folder in estate.folders:
        words = max(folder.words, 1)
        segments = tuple(
            Segment(
                1000 * folder.by_category.get(c, 0) / words,
                pattern_for(c),
                f"{category_label(c)}: {1000 * folder.by_category.get(c, 0) / words:.1f}",
            )
            for c in categories
        )
        total = 1000 * folder.findings / words
        bars.append(Bar(folder.name, segments, f"{total:.1f} ({_plural(folder.files, 'file')})"))
    legend = "".join(
        f'<li><svg width="18" height="14" aria-hidden="true" focusable="false">'
        f'<rect width="18" height="14" fill="url(#{pattern_for(c)})" class="seg"/></svg>'
        f"{text_html(category_label(c))}</li>"
        for c in categories
    )
    return (
        '<figure class="chart-box wide"><figcaption>Findings per 1,000 words, by folder '
        "(the largest folders)</figcaption>"
        f'<ul class="legend" aria-label="Categories">{legend}</ul>'
        + bar_chart(
            "Findings per 1,000 words, by folder",
            bars,
            columns=[category_label(c) for c in categories],
            wide=True,
        )
        + "</figure>"
    )


def _worst_table(estate: Estate, documents: Sequence[Document]) -> str:
    rows = []
    for i in estate.worst[:WORST_SHOWN]:
        report = documents[i].report
        words = report.readability.words
        rows.append(
            f'<tr><td><a href="#doc-{i}">{text_html(documents[i].path)}</a></td>'
            f"<td>{_grade(report.grade)} {_score(report.score)}</td><td>{words:,}</td>"
            f"<td>{len(report.findings):,}</td>"
            f"<td>{1000 * len(report.findings) / max(words, 1):.1f}</td></tr>"
        )
    more = (
        f'<p><a href="#files">All {estate.files:,} files</a>, sortable and filterable.</p>'
        if estate.files > WORST_SHOWN
        else ""
    )
    return (
        '<h3>The files that need the most work</h3><table class="list">'
        '<thead><tr><th scope="col">File</th><th scope="col">Grade</th>'
        '<th scope="col">Words</th><th scope="col">Findings</th>'
        '<th scope="col">Per 1,000 words</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>{more}"
    )


def _rules_table(estate: Estate, rules: Mapping[str, RuleText]) -> str:
    rows = []
    for count in estate.rules:
        info = rules.get(count.rule)
        name = info.title if info else count.rule
        rows.append(
            f"<tr><td>{text_html(name)}<br><code>{text_html(count.rule)}</code></td>"
            f"<td>{count.count:,}</td><td>{count.files:,}</td></tr>"
        )
    return (
        '<div><h3>The most frequent rules</h3><table class="list"><thead><tr>'
        '<th scope="col">Rule</th><th scope="col">Findings</th><th scope="col">Files</th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _phrases_list(estate: Estate, documents: Sequence[Document]) -> str:
    items = []
    for phrase in estate.phrases:
        doc, finding = phrase.first
        items.append(
            f"<li><q>{text_html(phrase.text)}</q> appears {_plural(phrase.count, 'time')} in "
            f'{_plural(phrase.files, "file")} <span class="rule">({text_html(phrase.rule)})'
            f'</span>: <a href="#doc-{doc}/{finding}">first in '
            f"{text_html(documents[doc].path)}</a></li>"
        )
    if not items:
        return "<div><h3>The most frequent phrases</h3><p>No flagged phrases.</p></div>"
    return f'<div><h3>The most frequent phrases</h3><ol class="phrases">{"".join(items)}</ol></div>'


def changes_html(trend: Trend, documents: Sequence[Document]) -> str:
    compared = trend.before - trend.not_checked
    summary = (
        f'<p class="lead">Since <code>{text_html(trend.source)}</code>: '
        f"<strong>{_plural(len(trend.fixed), 'finding')} fixed</strong>, "
        f"<strong>{len(trend.new):,} new</strong>. Findings in the files checked: "
        f"{compared:,} before, {trend.after:,} now.</p>"
    )
    if trend.not_checked:
        summary += (
            f"<p>{_plural(trend.not_checked, 'earlier finding')} are in files this report "
            "did not check; they are not counted as fixed.</p>"
        )
    categories = "".join(
        f'<tr><th scope="row">{text_html(category_label(c))}</th><td>{fixed:,}</td>'
        f"<td>{new:,}</td></tr>"
        for c, fixed, new in trend.by_category
    )
    files = "".join(
        f'<tr><td><a href="#doc-{c.document}">{text_html(c.path)}</a></td><td>{c.before:,}</td>'
        f"<td>{c.after:,}</td><td>{c.fixed:,}</td><td>{c.new:,}</td></tr>"
        for c in trend.files[:CHANGES_SHOWN]
    )
    new_items = "".join(
        f'<li><a href="#doc-{i}/{j}">{text_html(documents[i].path)}:'
        f"{documents[i].report.findings[j].line}</a> "
        f"<code>{text_html(documents[i].report.findings[j].rule)}</code> "
        f"<q>{text_html(_short(documents[i].report.findings[j].text))}</q></li>"
        for i, j in trend.new[:CHANGES_SHOWN]
    )
    fixed_items = "".join(
        f"<li>{text_html(f.path)}:{f.line} <code>{text_html(f.rule)}</code> "
        f"<q>{text_html(_short(f.text))}</q></li>"
        for f in trend.fixed[:CHANGES_SHOWN]
    )
    return "\n".join(
        [
            '<h2 id="changes-title">Changes</h2>',
            summary,
            '<table class="list"><caption>By category</caption><thead><tr>'
            '<th scope="col">Category</th><th scope="col">Fixed</th><th scope="col">New</th>'
            f"</tr></thead><tbody>{categories}</tbody></table>",
            '<table class="list"><caption>By file (the most changed first)</caption><thead><tr>'
            '<th scope="col">File</th><th scope="col">Before</th><th scope="col">Now</th>'
            '<th scope="col">Fixed</th><th scope="col">New</th></tr></thead>'
            f"<tbody>{files}</tbody></table>",
            f'<h3>New findings{_cut(len(trend.new))}</h3><ul class="changes">{new_items}</ul>',
            f"<h3>Fixed findings{_cut(len(trend.fixed))}</h3>"
            f'<ul class="changes">{fixed_items}</ul>',
        ]
    )


def _cut(total: int) -> str:
    return f" (the first {CHANGES_SHOWN} of {total:,})" if total > CHANGES_SHOWN else ""


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"

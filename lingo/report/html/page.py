"""The report page: the overview written out, every document as a block of JSON data.

Only the overview is HTML when the page opens; a document is built by the
page's script from its own JSON block when it is opened, so a report over
thousands of files opens as fast as a small one. The script and style are
inline and pinned by their hashes in the page's Content-Security-Policy:
nothing else can run, and nothing is fetched.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from string import Template

from .charts import PATTERN_DEFS
from .document import Document, Strings, document_data
from .estate import estate_of
from .overview import changes_html, overview_html
from .trend import Trend


@dataclass(frozen=True)
class RuleText:
    """What the page says about a rule: its name, category, why it matters, its best fix."""

    id: str
    category: str
    title: str
    why: str
    fix: str = "never"


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


def script_json(data: object) -> str:
    """JSON that is safe inside a <script> element: no `<` can end it or open a comment."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def inert_html(html: str) -> str:
    """Document HTML kept as the text of a <script> element that never runs.

    Raw rather than inside JSON, which would escape every tag (a report over
    segment-docs was 3 MB larger). Safe because lingo wrote the HTML itself:
    the document's own `<` are all escaped, and lingo writes no script tag and
    no comment, so nothing can end the element early. Checked, not assumed.
    """
    lowered = html.lower()
    if "</script" in lowered or "<!--" in lowered:
        raise ValueError("document HTML would end its script element early")
    return html


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_report(
    documents: Sequence[Document],
    *,
    rules: Mapping[str, RuleText],
    letter: Callable[[float], str],
    trend: Trend | None = None,
    title: str = "lingo report",
    generated: datetime | None = None,
) -> str:
    """The whole self-contained HTML report."""
    generated = generated or datetime.now(timezone.utc)
    estate = estate_of(documents, letter)
    used = sorted({f.rule for d in documents for f in d.report.findings})
    rule_index = {rule: n for n, rule in enumerate(used)}
    strings = Strings()
    blocks = []
    files = []
    for n, document in enumerate(documents):
        data = document_data(document, rule_index, strings)
        r = document.report.readability
        data["r"] = [
            r.words, r.sentences, r.flesch_reading_ease, r.flesch_kincaid_grade,
            r.gunning_fog, r.smog_index, r.coleman_liau_index,
            r.automated_readability_index, r.dale_chall_score, r.target_grade,
        ]  # fmt: skip
        html = str(data.pop("h"))
        blocks.append(
            f'<script type="text/x-lingo-html" id="h{n}">{inert_html(html)}</script>'
            f'<script type="application/json" id="d{n}">{script_json(data)}</script>'
        )
        report = document.report
        files.append([document.path, report.grade, report.score, r.words, len(report.findings)])
    rule_rows = []
    for rule in used:
        info = rules.get(rule) or RuleText(rule, rule.split("/")[0], rule, "")
        rule_rows.append([info.id, info.category, info.title, info.why, info.fix])
    if trend is not None:
        for i, j in trend.new:  # the changes list quotes new findings' words
            strings(documents[i].report.findings[j].text)
    meta = {"rules": rule_rows, "s": strings.values, "files": files, "title": title}
    script = _asset("report.js")
    style = _asset("report.css")
    csp = (
        f"default-src 'none'; script-src {_csp_hash(script)}; style-src {_csp_hash(style)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    page = Template(_asset("report.html"))
    from .marks import attr, text_html

    return page.substitute(
        csp=attr(csp),
        title=text_html(title),
        style=style,
        generated=text_html(generated.strftime("%Y-%m-%d %H:%M UTC")),
        generated_iso=attr(generated.isoformat(timespec="seconds")),
        overview=overview_html(estate, documents, rules),
        changes=changes_html(trend, documents) if trend is not None else "",
        changes_link='<li><a href="#changes">Changes</a></li>' if trend is not None else "",
        patterns=PATTERN_DEFS,
        meta=script_json(meta),
        documents="\n".join(blocks),
        script=script,
    )

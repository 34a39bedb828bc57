"""The HTML report in a real browser: highlights on the right words, explanations, charts,
accessibility, and hostile documents that run nothing. Writes docs/images/report*.png."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from browser import DOCS_IMAGES, axe_violations
from click.testing import CliRunner

from lingo.cli import main

pytestmark = pytest.mark.browser
REPO = Path(__file__).resolve().parent.parent
HELP_CENTRE = "tests/data/help-centre"


def _squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def report_page(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The report over the help-centre folder and the JSON findings of the same run."""
    out = tmp_path_factory.mktemp("report") / "report.html"
    cwd = os.getcwd()
    os.chdir(REPO)  # relative paths, as a user types them
    try:
        runner = CliRunner()
        # Everything lingo detects, so that every kind of highlight is placed and compared
        # (read as replies: as help pages, lingo's choice for them, refusals are left out).
        every = ["--no-cache", "--passive", "all", "--enable", "readability/hard-sentence"]
        every += ["--profile", "support-reply"]
        made = runner.invoke(main, ["report", HELP_CENTRE, "-o", str(out), *every])
        assert made.exit_code == 0, made.output
        checked = runner.invoke(main, ["check", "--format", "json", HELP_CENTRE, *every])
        findings = json.loads(checked.stdout)
    finally:
        os.chdir(cwd)
    return {"url": out.as_uri(), "findings": findings}


@pytest.fixture
def page(browser: Any) -> Any:
    # bypass_csp lets axe-core in; the escaping test below also runs with the
    # page's Content-Security-Policy off, so it proves the escaping on its own.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    yield opened
    context.close()
    assert errors == []


def _open(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("html[data-ready]")


def _files(page: Any) -> list[str]:
    return [
        row[0]
        for row in page.evaluate(
            "JSON.parse(document.getElementById('lingo-meta').textContent).files"
        )
    ]


def test_highlights_sit_on_the_words_the_json_findings_name(page: Any, report_page: dict) -> None:
    _open(page, report_page["url"])
    files = _files(page)
    assert len(files) == 4
    compared = 0
    for index, path in enumerate(files):
        page.evaluate(f"location.hash = '#doc-{index}'")
        page.wait_for_selector("#doc-text")
        placed = page.evaluate(
            """() => {
              const found = {};
              document.querySelectorAll('#doc-text [data-f]').forEach(node => {
                node.getAttribute('data-f').split(' ').forEach(i => {
                  found[i] = (found[i] || '') + node.textContent;
                });
              });
              return found;
            }"""
        )
        expected = [f for f in report_page["findings"] if f["path"] == path]
        source = (REPO / path).read_text(encoding="utf-8")
        assert len(placed) == len(expected), path  # every finding is highlighted
        for i, finding in enumerate(expected):
            flagged = source[finding["start"] : finding["end"]]
            assert flagged == finding["text"]
            assert _squash(placed[str(i)]) == _squash(flagged), (path, finding["rule"])
            compared += 1
    assert compared == len(report_page["findings"]) > 20


def test_clicking_a_highlight_shows_its_explanation(page: Any, report_page: dict) -> None:
    _open(page, report_page["url"])
    index = _files(page).index(f"{HELP_CENTRE}/billing/refunds.md")
    page.evaluate(f"location.hash = '#doc-{index}'")
    mark = page.locator("#doc-text mark", has_text="utilize").first
    mark.click()
    panel = page.locator("#explain")
    assert panel.is_visible()
    assert "Complex words" in panel.inner_text()
    assert "Safe fix: use" in panel.inner_text()
    page.keyboard.press("Escape")
    assert not panel.is_visible()
    assert page.evaluate("document.activeElement.textContent") == "utilize"
    # The keyboard: a hard sentence's button, then Enter; a mark, then Space.
    page.locator("#doc-text button.chip").first.focus()
    page.keyboard.press("Enter")
    assert "Very hard sentence" in panel.inner_text()
    page.keyboard.press("Escape")
    page.locator("#doc-text mark[tabindex]", has_text="Per our policy").focus()
    page.keyboard.press(" ")
    assert "Hiding behind policy" in panel.inner_text()


def test_charts_render_with_labels_and_patterns(page: Any, report_page: dict) -> None:
    _open(page, report_page["url"])
    charts = page.evaluate(
        """() => [...document.querySelectorAll('svg.chart')].map(svg => ({
             name: svg.getAttribute('aria-label'),
             bars: [...svg.querySelectorAll('rect')].filter(r => r.getBBox().width > 0).length,
             labels: [...svg.querySelectorAll('text.label')].map(t => t.textContent),
             patterns: [...svg.querySelectorAll('rect[fill^="url(#"]')].every(r =>
               document.querySelector(r.getAttribute('fill').slice(4, -1))),
             height: svg.getBoundingClientRect().height}))"""
    )
    names = {chart["name"]: chart for chart in charts}
    grades = names["Files by report card grade"]
    assert grades["labels"] == ["Grade A", "Grade B", "Grade C", "Grade D", "Grade F"]
    categories = names["Findings per 1,000 words, by category"]
    assert categories["labels"][:4] == ["Jargon", "Say-no", "Passive voice", "Hard sentences"]
    assert categories["bars"] == 4 and categories["patterns"]
    folders = names["Findings per 1,000 words, by folder"]
    assert folders["labels"] == ["billing", "account"] and folders["patterns"]
    assert all(chart["height"] > 50 for chart in charts)
    DOCS_IMAGES.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(DOCS_IMAGES / "report.png"), full_page=True)


def test_report_passes_axe(page: Any, report_page: dict) -> None:
    _open(page, report_page["url"])
    assert axe_violations(page) == []
    page.evaluate("location.hash = '#files'")
    page.wait_for_selector("#file-rows tr")
    assert axe_violations(page) == []
    index = _files(page).index(f"{HELP_CENTRE}/billing/refunds.md")
    page.evaluate(f"location.hash = '#doc-{index}'")
    page.locator("#doc-text mark", has_text="leverage").click()
    assert axe_violations(page) == []
    page.screenshot(path=str(DOCS_IMAGES / "report-document.png"))


HOSTILE_MD = """# Help <script>window.__pwned = 1</script>

Per our policy we cannot help. <img src=x onerror="window.__pwned = 2"> Utilize it.

[Click here](javascript:window.__pwned=3) and <a href="javascript:window.__pwned=4">here</a>.

<!-- a comment that utilizes --> </textarea><script>window.__pwned = 5</script>

<iframe src="javascript:parent.__pwned=6"></iframe>
"""
HOSTILE_HTML = """<html><head><title>Bad </title><script>window.__pwned = 7</script></title></head>
<body><p onclick="window.__pwned = 8">We cannot utilize </textarea><b>this</b>.</p>
<textarea></textarea><script>window.__pwned = 9</script></textarea>
<p><a href="javascript:window.__pwned=10">Per our policy</a> &lt;script&gt; stays text.</p>
<!-- </script><script>window.__pwned = 11</script> -->
<svg onload="window.__pwned = 12"><text>x</text></svg></body></html>
"""


def test_hostile_documents_render_as_text_and_run_nothing(page: Any, tmp_path: Path) -> None:
    (tmp_path / "bad.md").write_text(HOSTILE_MD, encoding="utf-8")
    (tmp_path / "bad.html").write_text(HOSTILE_HTML, encoding="utf-8")
    out = tmp_path / "report.html"
    made = CliRunner().invoke(main, ["report", str(tmp_path), "-o", str(out), "--no-cache"])
    assert made.exit_code == 0, made.output
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    _open(page, out.as_uri())
    for index in range(2):
        page.evaluate(f"location.hash = '#doc-{index}'")
        page.wait_for_selector("#doc-text")
        for link in page.locator("#doc-text .link").all():
            link.click()
        page.wait_for_timeout(100)
        assert page.evaluate("window.__pwned") is None
        assert (
            page.evaluate(
                "document.querySelectorAll('#doc-text script, #doc-text iframe, "
                "#doc-text img, #doc-text a, #doc-text [onclick]').length"
            )
            == 0
        )
    text = page.inner_text("#doc-text")
    assert dialogs == []
    assert requests == [out.as_uri()]  # the page itself and nothing else
    page.evaluate("location.hash = '#doc-0'")
    shown = page.inner_text("#doc-text")
    assert "<script>" in shown + text  # shown as the characters a writer typed

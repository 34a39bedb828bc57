"""The HTML report without a browser: placement, escaping, changes, and the command."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo.cli import main
from lingo.report.html import render_text, script_json
from lingo.report.html.page import inert_html

# Tags the document views may write; anything else in their output is a bug.
ALLOWED = set(
    "p ul ol li dl dt dd blockquote pre code table thead tbody tfoot tr td th caption h3 h4 h5 "
    "h6 em strong u s del ins sub sup small abbr q cite dfn kbd samp var span div br hr mark "
    "button".split()
)


class _Pieces(HTMLParser):
    """The text inside each highlight, and every tag and attribute written."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[list[str]] = []
        self.text: dict[str, str] = {}
        self.tags: set[str] = set()
        self.attributes: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)
        if tag in ("br", "hr"):
            return
        ids = dict(attrs).get("data-f")
        self.stack.append(ids.split() if ids and tag != "button" else [])

    def handle_endtag(self, tag):
        if tag not in ("br", "hr"):
            self.stack.pop()

    def handle_data(self, data):
        for ids in self.stack:
            for i in ids:
                self.text[i] = self.text.get(i, "") + data


def _pieces(html: str) -> _Pieces:
    parser = _Pieces()
    parser.feed(html)
    parser.close()
    assert parser.tags <= ALLOWED, parser.tags - ALLOWED
    assert parser.attributes <= {"class", "data-f", "tabindex", "title"}, parser.attributes
    return parser


@pytest.mark.parametrize(
    ("name", "syntax", "source"),
    [
        (
            "markdown",
            "markdown",
            "# Refunds\n\nPer our policy, refunds *cannot be issued* after 30 days.\n"
            "> In order to utilize\n> your credit, log in prior to checkout.\n\n"
            "| Method | Note |\n| --- | --- |\n| Card \\| gift | We cannot refund it. |\n\n"
            "Use `utilize` and {{ page.title }} to leverage &amp; synergize.\n",
        ),
        (
            "html",
            "html",
            "<title>Per our policy</title><p>Your request was <b>denied</b> by our team.</p>"
            "<p>In order to utilize&nbsp;it, <a href='x'>log in</a> prior to checkout.</p>"
            "<img alt='A form being utilized'><script>per our policy</script>",
        ),
        ("plain", "plain", "Per our policy\nwe cannot help.\r\n\r\nIn order to utilize it."),
    ],
)
def test_every_finding_is_highlighted_on_its_own_words(
    linter, name: str, syntax: str, source: str
) -> None:
    report = linter.check(source, syntax=syntax)
    assert len(report.findings) >= 3
    rendered = render_text(source, syntax, report.findings)
    pieces = _pieces(rendered.html)
    assert rendered.unplaced == ()
    for i, finding in enumerate(report.findings):
        shown = " ".join(pieces.text[str(i)].split())
        # Markdown drops its markers ("> " and "*") and HTML its tags from what a reader sees.
        written = re.sub(r"<[^>]+>", "", re.sub(r"\n> |\*", " ", finding.text))
        written = " ".join(written.split())
        assert shown == written.replace("&amp;", "&"), finding.rule


@pytest.mark.parametrize(
    ("syntax", "source", "shown"),
    [
        ("markdown", "We cannot help <script>alert(1)</script> you.", "<script>"),
        ("markdown", "<!-- per our policy --> We cannot help.", "<!-- per our policy -->"),
        ("markdown", "[link](javascript:alert(1)) and </textarea> too.", "</textarea>"),
        ("html", "<p>We cannot help <b onclick='alert(1)'>you</b>.</p>", "We cannot help you."),
        ("html", "<p>&lt;script&gt;alert(1)&lt;/script&gt; we cannot</p>", "<script>"),
        ("html", "<textarea></textarea><script>alert(1)</script></textarea>", "script"),
        ("plain", "</script><script>alert(1)</script> We cannot help.", "</script>"),
    ],
)
def test_hostile_text_is_escaped(linter, syntax: str, source: str, shown: str) -> None:
    report = linter.check(source, syntax=syntax)
    html = render_text(source, syntax, report.findings).html
    pieces = _pieces(html)  # only lingo's own tags and attributes
    assert "<script" not in html and "href" not in html and "src=" not in html
    text = re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">")
    assert shown in text.replace("&amp;", "&")
    assert inert_html(html) == html
    assert pieces is not None


def test_json_in_the_page_cannot_end_its_script_element() -> None:
    data = {"s": ["</script><script>alert(1)</script>", "<!-- x -->", "\u2028"]}
    text = script_json(data)
    assert "<" not in text and "\u2028" not in text
    assert json.loads(text) == data
    with pytest.raises(ValueError):
        inert_html("<p>fine</p></script>")


def _report(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", *args, "-o", str(out), "--no-cache"])
    return result.exit_code, result.stderr, out.read_text(encoding="utf-8") if out.exists() else ""


def test_report_command_writes_one_self_contained_page(tmp_path: Path) -> None:
    (tmp_path / "reply.txt").write_text("Per our policy we cannot refund it.", encoding="utf-8")
    code, stderr, page = _report(tmp_path, str(tmp_path / "reply.txt"))
    assert code == 0
    assert re.fullmatch(r"Wrote .*report\.html \(0\.\d MB\): 1 file, \d+ findings\.\n", stderr)
    assert "http://" not in page and "https://" not in page and "src=" not in page
    script = page[page.rindex("<script>") + len("<script>") : page.rindex("</script>")]
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src &#x27;sha256-{digest}&#x27;" in page


def test_unreadable_files_are_named_and_the_rest_reported(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("We cannot help.", encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe not text")
    code, stderr, page = _report(tmp_path, str(tmp_path))
    assert code == 2
    assert "bad.md" in stderr and "Wrote" in stderr
    assert "good.md" in page


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such file"),
        ("{", "not JSON"),
        ('{"path": "x"}', "expected the array of findings"),
        ('[{"path": "x"}]', "finding 1 has no path, rule and text"),
    ],
)
def test_a_bad_compare_file_is_one_line_and_exit_2(tmp_path: Path, content, problem) -> None:
    old = tmp_path / "old.json"
    if content is not None:
        old.write_text(content, encoding="utf-8")
    (tmp_path / "a.txt").write_text("We cannot help.", encoding="utf-8")
    code, stderr, page = _report(tmp_path, str(tmp_path / "a.txt"), "--compare", str(old))
    assert code == 2 and page == ""
    assert stderr.count("\n") == 1 and problem in stderr and "old.json" in stderr


def test_compare_shows_what_was_fixed_and_what_is_new(tmp_path: Path) -> None:
    reply = tmp_path / "reply.txt"
    reply.write_text("Per our policy we cannot refund it. In order to utilize it, log in.")
    (tmp_path / "gone.txt").write_text("We cannot help.", encoding="utf-8")
    before = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path), "--no-cache"])
    old = tmp_path / "old.json"
    old.write_text(before.stdout, encoding="utf-8")
    reply.write_text("We can refund it within 30 days. To utilize it, obviously log in first.")
    code, _, page = _report(tmp_path, str(reply), "--compare", str(old))
    assert code == 0
    changes = page[
        page.index('<section id="changes"') : page.index(
            "</section>", page.index('<section id="changes"')
        )
    ]
    fixed = re.search(r"<strong>(\d+) findings? fixed</strong>, <strong>(\d+) new", changes)
    assert fixed is not None
    assert int(fixed.group(1)) >= 3 and int(fixed.group(2)) == 1  # "obviously"
    assert "obviously" in changes and "per our policy" in changes.lower()
    assert "in files this report did not check; they are not counted as fixed" in changes

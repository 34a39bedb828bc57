"""HTML: visible text and reader-facing attributes, exact positions in the original file."""

from __future__ import annotations

from pathlib import Path

import pytest

from lingo import Linter
from lingo.config import Config
from lingo.text.markup import parse_markup
from lingo.text.markup.prose import CODE, NAME

DATA = Path(__file__).parent / "data" / "markup"
ONLY_UTILIZE = Config(select=("jargon/complex-word",))

# Every "utilize" a reader sees or hears in page.html, as (line, column).
PAGE = [
    (4, 10),  # <title>
    (10, 31),  # <h1> (not its class)
    (12, 6),  # <p>, on its second source line
    (13, 61),  # title attribute of a link
    (13, 80),  # link text
    (15, 44),  # alt attribute
    (17, 22),  # list item
    (17, 57),  # list item after an entity
    (18, 28),  # table cell
    (19, 43),  # placeholder attribute (not value)
    (21, 37),  # after a template tag
]


def lint(linter: Linter, text: str, config: Config = ONLY_UTILIZE):
    return next(linter.check_many([text], paths=["page.html"], configs=[config]))


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_every_visible_text_is_found_at_its_exact_position(linter: Linter, newline: str) -> None:
    source = (DATA / "page.html").read_text(encoding="utf-8").replace("\n", newline)
    report = lint(linter, source)
    assert sorted((f.line, f.column) for f in report.findings) == PAGE
    for finding in report.findings:
        assert source[finding.start : finding.end] == finding.text


def test_every_finding_quotes_its_source_exactly(linter: Linter) -> None:
    source = (
        "<p>Per our policy, your refund was denied &mdash; we cannot&nbsp;refund gift cards.</p>"
        "<p title='Pursuant to the terms'>Obviously, you must restart the app.</p>"
    )
    report = lint(linter, source, config=Config())
    assert {f.rule for f in report.findings} >= {"say-no/policy-speak", "say-no/refusal"}
    for finding in report.findings:
        assert source[finding.start : finding.end] == finding.text


@pytest.mark.parametrize(
    ("html", "segments"),
    [
        ("<p>Hello <b>there</b>, friend.</p>", ["Hello there, friend."]),
        ("<p>One</p><p>Two</p>", ["One", "Two"]),
        ("<ul><li>First<li>Second</ul>", ["First", "Second"]),
        ("<p>Run <code>make</code> now.</p>", [f"Run {CODE} now."]),
        ("<p>Line one<br>Line two</p>", ["Line one\nLine two"]),
        ("<p>Wrapped\n     over lines</p>", ["Wrapped over lines"]),
        ("<p>Fish &amp; chips &#169; &#x41;</p>", ["Fish & chips \u00a9 A"]),
        ("<p>Hi {{ user.name }}!</p>", [f"Hi {NAME}!"]),
        ('<img alt="Team photo" src="t.png">', ["Team photo"]),
        ('<button aria-label="Close dialog">x</button>', ["Close dialog", "x"]),
        ("<p>Text<!-- hidden note --> more</p>", ["Text more"]),
    ],
)
def test_visible_text_in_blocks(html: str, segments: list[str]) -> None:
    assert sorted(s.text for s in parse_markup(html, "html").segments) == sorted(segments)


@pytest.mark.parametrize(
    "html",
    [
        "<script>var msg = 'We cannot help you';</script>",
        "<style>.x::after { content: 'We cannot help you'; }</style>",
        "<pre>We cannot help you.</pre>",
        "<pre><code>We cannot help you.</code></pre>",
        "<code>We cannot help you.</code>",
        "<!-- We cannot help you. -->",
        "<template><p>We cannot help you.</p></template>",
        "<textarea>We cannot help you.</textarea>",
        '<a href="https://example.com/we-cannot-help" class="we cannot help"></a>',
        '<meta name="description" content="We cannot help you.">',
    ],
)
def test_what_is_never_prose(html: str) -> None:
    assert parse_markup(html, "html").segments == []


def test_comments_are_found_with_their_positions() -> None:
    html = "<p>Text</p>\n  <!-- lingo-disable say-no -->\n<p>More</p>"
    (comment,) = parse_markup(html, "html").comments
    assert html[comment.start : comment.end] == "<!-- lingo-disable say-no -->"
    assert comment.body.strip() == "lingo-disable say-no"
    assert comment.own_line

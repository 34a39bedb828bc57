"""Markdown: what is prose, what is not, and exact positions in the original file."""

from __future__ import annotations

from pathlib import Path

import pytest

from lingo import Linter
from lingo.config import Config
from lingo.text.markup import parse_markup, syntax_for
from lingo.text.markup.prose import CODE, LINK, NAME

DATA = Path(__file__).parent / "data" / "markup"
ONLY_UTILIZE = Config(select=("jargon/complex-word",))

# Every prose "utilize" in constructs.md, as (line, column); the other eleven are
# in front matter, code, URLs, a comment, attributes, template tags, and a header
# cell that is only a label ("| Utilize |": a column's name, left alone).
CONSTRUCTS = [
    (6, 3),  # ATX heading
    (8, 19),  # setext heading
    (11, 22),  # paragraph
    (11, 71),  # link text, after an inline code span
    (12, 15),  # second line of the paragraph
    (14, 18),  # list item
    (15, 22),  # nested list item
    (16, 34),  # ordered item nested two deep
    (18, 20),  # block quote
    (19, 23),  # nested block quote
    (23, 11),  # table cell
    (23, 34),  # table cell, after an escaped pipe
    (24, 27),  # table cell after an empty one
    (26, 17),  # image alt text
    (36, 55),  # text of a raw HTML block
    (38, 67),  # after template tags
    (40, 60),  # after a Kramdown attribute list
    (42, 26),  # between escaped asterisks, after an entity
    (42, 47),  # bold
    (42, 74),  # emphasis
]


def lint(linter: Linter, text: str, path: str = "page.md", config: Config = ONLY_UTILIZE):
    return next(linter.check_many([text], paths=[path], configs=[config]))


def positions(report) -> list[tuple[int, int]]:
    return [(f.line, f.column) for f in report.findings]


def test_every_construct_is_found_at_its_exact_position(linter: Linter) -> None:
    source = (DATA / "constructs.md").read_text(encoding="utf-8")
    report = lint(linter, source)
    assert positions(report) == CONSTRUCTS
    assert all(f.text.lower() == "utilize" for f in report.findings)


def test_crlf_line_endings_give_the_same_lines_and_columns(linter: Linter) -> None:
    source = (DATA / "constructs.md").read_text(encoding="utf-8").replace("\n", "\r\n")
    report = lint(linter, source)
    assert positions(report) == CONSTRUCTS
    for finding in report.findings:
        assert source[finding.start : finding.end] == finding.text


@pytest.mark.parametrize("name", ["constructs.md", "support-article.md"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_every_finding_quotes_its_source_exactly(linter: Linter, name: str, newline: str) -> None:
    source = (DATA / name).read_text(encoding="utf-8").replace("\n", newline)
    report = lint(linter, source, config=Config())
    assert report.findings
    for finding in report.findings:
        assert source[finding.start : finding.end] == finding.text
        line_start = source.rfind("\n", 0, finding.start) + 1
        assert finding.column == finding.start - line_start + 1


def test_segments_copy_the_source_character_for_character() -> None:
    source = (DATA / "constructs.md").read_text(encoding="utf-8")
    for segment in parse_markup(source, "markdown").segments:
        replaced = segment.offsets.replaced
        for i, ch in enumerate(segment.text):
            if not any(start <= i < end for start, end, _ in replaced):
                assert source[segment.offsets.to_source(i)] == ch


@pytest.mark.parametrize(
    ("markdown", "prose"),
    [
        ("Run `npm install` first.", f"Run {CODE} first."),
        ("See <https://example.com/a>.", f"See {LINK}."),
        ("See https://example.com/a, then go.", f"See {LINK}, then go."),
        ('[Click here](https://example.com "title") now.', "Click here now."),
        ("![A chart of sales](chart.png) below.", "A chart of sales below."),
        ("Hello {{ customer.first_name }}, welcome.", f"Hello {NAME}, welcome."),
        ("{% if premium %}You get more.{% endif %}", "You get more."),
        ("Open *Settings* and **Billing**.", "Open Settings and Billing."),
        ("Fish &amp; chips &copy; us.", "Fish & chips \u00a9 us."),
        ("Line one<br>Line two", "Line one\nLine two"),
        ("Press <kbd>Ctrl</kbd> and <span>go</span>.", f"Press {CODE} and go."),
        ("A soft\n   break stays a line break.", "A soft\nbreak stays a line break."),
        ("> [!NOTE]\n> Read this first.", "Read this first."),
    ],
)
def test_inline_markup_becomes_what_the_reader_reads(markdown: str, prose: str) -> None:
    segments = parse_markup(markdown, "markdown").segments
    assert [s.text for s in segments] == [prose]


@pytest.mark.parametrize(
    "markdown",
    [
        "```\nWe cannot help you.\n```",
        "~~~md\nWe cannot help you.\n~~~",
        "    We cannot help you.",
        "<!-- We cannot help you. -->",
        "---\ntitle: We cannot help you.\n---\n",
        "{% comment %}\nWe cannot help you.\n{% endcomment %}",
        "<script>\nvar x = 'We cannot help you.';\n</script>",
        '<img alt="We cannot help you." src="x.png">',
        "`We cannot help you.`",
        "<https://example.com/we-cannot-help>",
        "---",
    ],
)
def test_what_is_never_prose(markdown: str) -> None:
    assert parse_markup(markdown, "markdown").segments == []


def test_blocks_are_separate_segments() -> None:
    text = (
        "# Refunds\nWe refund in 5 days.\n\n- First item\n- Second item\n\n"
        "| a | b |\n|---|---|\n| c | d |"
    )
    assert [s.text for s in parse_markup(text, "markdown").segments] == [
        "Refunds",
        "We refund in 5 days.",
        "First item",
        "Second item",
        "a",
        "b",
        "c",
        "d",
    ]


def test_findings_inside_placeholders_are_dropped(linter: Linter) -> None:
    text = "Call `utilize_api()` or visit https://example.com/utilize, {{ utilize }}.\n"
    assert lint(linter, text).findings == ()


def test_a_code_block_never_makes_a_sentence_hard(linter: Linter) -> None:
    code = "\n".join(
        f"    call_the_internal_service_with_a_long_name_{i}(argument_{i})" for i in range(40)
    )
    text = f"Restart the app.\n\n{code}\n\nThen sign in again.\n"
    report = lint(linter, text, config=Config())
    assert not [f for f in report.findings if f.category == "readability"]
    assert report.readability.sentences == 2


def test_front_matter_never_counts_and_lines_stay_true(linter: Linter) -> None:
    text = "---\ntitle: Pursuant to the terms, utilize this\n---\n\nPlease utilize the form.\n"
    report = lint(linter, text)
    assert positions(report) == [(5, 8)]


@pytest.mark.parametrize(
    ("path", "syntax"),
    [
        ("a.md", "markdown"),
        ("A.MARKDOWN", "markdown"),
        ("x/index.html", "html"),
        ("p.htm", "html"),
        ("notes.txt", "plain"),
        ("README", "plain"),
        (None, "plain"),
    ],
)
def test_syntax_comes_from_the_extension(path: str | None, syntax: str) -> None:
    assert syntax_for(path) == syntax

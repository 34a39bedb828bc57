"""Suppression comments: each form, in Markdown, HTML and plain text, and unused ones."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from lingo import Linter
from lingo.cli.main import main

REFUSAL = "We cannot refund gift cards."  # say-no/refusal:we-cannot
JARGON = "Please utilize the form."  # jargon/complex-word:utilize


def rules(linter: Linter, text: str, path: str) -> list[tuple[int, str]]:
    report = linter.check(text, path=path)
    return [(f.line, f.rule) for f in report.findings if f.category != "readability"]


def unused(linter: Linter, text: str, path: str) -> list[tuple[int, str | None, str]]:
    report = linter.check(text, path=path)
    return [(u.line, u.selector, u.reason) for u in report.unused_suppressions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range, closed by lingo-enable
        (
            f"<!-- lingo-disable say-no/refusal -->\n{REFUSAL}\n\n"
            f"<!-- lingo-enable -->\n\n{REFUSAL}\n",
            [(6, "say-no/refusal")],
        ),
        # a category; other categories still reported
        (f"<!-- lingo-disable say-no -->\n{REFUSAL} {JARGON}\n", [(2, "jargon/complex-word")]),
        # no ids: every rule, to the end of the file
        (f"<!-- lingo-disable -->\n\n{REFUSAL}\n\n{JARGON}\n", []),
        # several ids, commas or spaces
        (f"<!-- lingo-disable say-no/refusal, jargon -->\n{REFUSAL} {JARGON}\n", []),
        # rule:entry
        (f"<!-- lingo-disable jargon/complex-word:utilize -->\n{JARGON}\n", []),
        # the next line only
        (
            f"<!-- lingo-disable-next-line say-no -->\n{REFUSAL}\n{REFUSAL}\n",
            [(3, "say-no/refusal")],
        ),
        # the same line
        (f"{REFUSAL} <!-- lingo-disable-line -->\n\n{REFUSAL}\n", [(3, "say-no/refusal")]),
        # re-enable one rule inside a disable-everything range
        (
            f"<!-- lingo-disable -->\n<!-- lingo-enable jargon -->\n{REFUSAL} {JARGON}\n",
            [(3, "jargon/complex-word")],
        ),
        # a directive shown in a code block is an example, not a directive
        (f"```html\n<!-- lingo-disable -->\n```\n\n{REFUSAL}\n", [(5, "say-no/refusal")]),
    ],
)
def test_markdown_directives(linter: Linter, text: str, expected: list) -> None:
    assert rules(linter, text, "page.md") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            f"<p>{REFUSAL}</p>\n<!-- lingo-disable-next-line say-no/refusal -->\n"
            f"<p>{REFUSAL}</p>\n",
            [(1, "say-no/refusal")],
        ),
        (
            f"<!-- lingo-disable say-no -->\n<p>{REFUSAL}</p>\n"
            f"<!-- lingo-enable say-no -->\n<p>{REFUSAL}</p>",
            [(4, "say-no/refusal")],
        ),
        (f"<p>{REFUSAL}</p> <!-- lingo-disable-line -->\n", []),
    ],
)
def test_html_directives(linter: Linter, text: str, expected: list) -> None:
    assert rules(linter, text, "page.html") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # at the end of a line: that line
        (f"{REFUSAL}  # lingo-ignore say-no/refusal\n{REFUSAL}\n", [(2, "say-no/refusal")]),
        (f"{REFUSAL} // lingo-ignore\n{JARGON}\n", [(2, "jargon/complex-word")]),
        # on a line of its own: the next line
        (f"# lingo-ignore say-no\n{REFUSAL}\n{REFUSAL}\n", [(3, "say-no/refusal")]),
        # the same range forms as Markdown
        (
            f"# lingo-disable jargon\n{JARGON}\n\n# lingo-enable\n{JARGON}\n",
            [(5, "jargon/complex-word")],
        ),
        (f"// lingo-disable-next-line\n{REFUSAL}\n", []),
    ],
)
def test_plain_text_directives(linter: Linter, text: str, expected: list) -> None:
    assert rules(linter, text, "reply.txt") == expected


def test_plain_text_directives_are_not_prose(linter: Linter) -> None:
    report = linter.check("Thanks for your order.  # lingo-ignore\n", path="reply.txt")
    assert report.readability.words == 4
    assert report.unused_suppressions and report.unused_suppressions[0].selector is None


def test_unused_and_unknown_suppressions(linter: Linter) -> None:
    text = (
        "<!-- lingo-disable-next-line say-no/refusal -->\nThanks for your order.\n\n"
        "<!-- lingo-disable say-no/refusl passive-voice -->\n"
        "Your refund was approved by our team.\n"
    )
    assert unused(linter, text, "page.md") == [
        (1, "say-no/refusal", "unused"),
        (4, "say-no/refusl", "unknown"),
    ]
    report = linter.check(text, path="page.md")
    unknown = report.unused_suppressions[1]
    assert "did you mean 'say-no/refusal'" in unknown.message
    assert text[unknown.start : unknown.end].startswith("<!-- lingo-disable say-no/refusl")


def test_report_unused_suppressions_on_the_command_line(tmp_path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "<!-- lingo-disable-next-line jargon -->\nThanks for your order.\n", encoding="utf-8"
    )
    runner = CliRunner()
    quiet = runner.invoke(main, ["check", str(page)])
    assert quiet.exit_code == 0, quiet.output
    loud = runner.invoke(main, ["check", "--report-unused-suppressions", str(page)])
    assert loud.exit_code == 1
    assert f"{page}:1:1: warning unused-suppression" in loud.output
    assert "'jargon' silences nothing" in loud.output


def test_plain_text_fixture_quotes_its_source(linter: Linter) -> None:
    from pathlib import Path

    source = (Path(__file__).parent / "data" / "markup" / "reply.txt").read_text(encoding="utf-8")
    for newline in ("\n", "\r\n"):
        text = source.replace("\n", newline)
        report = linter.check(text, path="reply.txt")
        assert report.findings
        for finding in report.findings:
            assert text[finding.start : finding.end] == finding.text
        found = {(f.line, f.rule) for f in report.findings if f.category != "readability"}
        assert (4, "say-no/refusal") not in found and (8, "passive-voice") not in found
        assert (3, "say-no/policy-speak") in found and (5, "jargon/complex-word") in found

"""Errors where users expect them, and no errors where they do not (issue: adopting lingo)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo import Config, Linter
from lingo.cli.main import main
from lingo.text.language import not_english
from lingo.text.markup import parse_markup

SAY_NO = "Per our policy, we cannot refund gift cards.\n"


def lingo(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def write(root: Path, name: str, text: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- configuration found by discovery -------------------------------------------------


def test_a_broken_pyproject_with_a_lingo_table_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, ".git/HEAD", "ref: refs/heads/main\n")
    write(tmp_path, "pyproject.toml", '[tool.lingo]\nignore = ["jargon"\n')
    page = write(tmp_path, "docs/a.md", SAY_NO)
    result = lingo("check", str(page))
    assert result.exit_code == 2
    assert "pyproject.toml: not valid TOML" in result.stderr


def test_a_broken_pyproject_about_something_else_is_not_lingos_business(tmp_path: Path) -> None:
    write(tmp_path, ".git/HEAD", "ref: refs/heads/main\n")
    write(tmp_path, "pyproject.toml", "[project\nname = 'x'\n")
    page = write(tmp_path, "docs/a.md", "Thanks for your order! It ships today.\n")
    assert lingo("check", str(page)).exit_code == 0


def test_a_broken_lingo_yaml_found_by_discovery_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, ".git/HEAD", "ref: refs/heads/main\n")
    write(tmp_path, "lingo.yaml", "ignore: [jargon\n")
    page = write(tmp_path, "docs/a.md", SAY_NO)
    result = lingo("check", str(page))
    assert result.exit_code == 2 and "lingo.yaml: not valid YAML" in result.stderr


# -- which files -----------------------------------------------------------------------------


def test_a_folder_with_nothing_lingo_reads_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "docs/intro.rst", "Intro\n=====\n\nWe cannot refund.\n")
    write(tmp_path, "docs/guide.adoc", "= Guide\n")
    write(tmp_path, "docs/more.rst", "More\n")
    result = lingo("check", str(tmp_path / "docs"))
    assert result.exit_code == 2
    assert "no files to lint (found 2 .rst, 1 .adoc files)" in result.stderr
    assert ".txt .md .markdown .mdx .html .htm" in result.stderr
    assert "extend-include" in result.stderr
    assert "All clear" not in result.output


def test_excluding_everything_is_not_an_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "lingo.yaml", "exclude: [drafts/]\n")
    write(tmp_path, "drafts/a.md", SAY_NO)
    assert lingo("check", "drafts").exit_code == 0


def test_extend_include_reads_more_kinds_and_include_replaces_them(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "site/macro.txt.j2", SAY_NO)
    write(tmp_path, "site/page.md", SAY_NO)
    assert lingo("check", "site").exit_code == 1
    names = {row["path"] for row in json.loads(lingo("check", "--format", "json", "site").stdout)}
    assert names == {"site/page.md"}
    write(tmp_path, "lingo.yaml", 'extend-include: ["*.j2"]\n')
    names = {row["path"] for row in json.loads(lingo("check", "--format", "json", "site").stdout)}
    assert names == {"site/page.md", "site/macro.txt.j2"}
    write(tmp_path, "lingo.yaml", 'include: ["*.j2"]\n')
    names = {row["path"] for row in json.loads(lingo("check", "--format", "json", "site").stdout)}
    assert names == {"site/macro.txt.j2"}


def test_the_default_endings_match_in_any_case(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "site/GUIDE.MD", SAY_NO)
    write(tmp_path, "site/Page.HTML", f"<p>{SAY_NO}</p>")
    names = {row["path"] for row in json.loads(lingo("check", "--format", "json", "site").stdout)}
    assert names == {"site/GUIDE.MD", "site/Page.HTML"}


def test_include_is_for_the_whole_run_not_per_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "lingo.yaml", 'per-file:\n  "a/**": {include: ["*.j2"]}\n')
    write(tmp_path, "a/b.md", SAY_NO)
    result = lingo("check", "a")
    assert result.exit_code == 2 and "applies to a whole run, not per file" in result.stderr


def test_restructuredtext_is_skipped_with_a_clear_notice(tmp_path: Path) -> None:
    write(tmp_path, "docs/a.md", "Thanks for your order! It ships today.\n")
    write(tmp_path, "docs/b.rst", "We cannot refund.\n")
    named = lingo("check", str(tmp_path / "docs" / "b.rst"), str(tmp_path / "docs" / "a.md"))
    assert named.exit_code == 0
    assert "b.rst: skipped: lingo cannot read reStructuredText yet" in named.stderr
    plain = lingo("check", "--syntax", "plain", str(tmp_path / "docs" / "b.rst"))
    assert plain.exit_code == 1  # read as plain text when asked


@pytest.mark.parametrize("content", ["", "   \n\n\t\n", "\ufeff"])
def test_empty_and_blank_files_are_clean(tmp_path: Path, content: str) -> None:
    page = write(tmp_path, "docs/new.md", content)
    result = lingo("check", str(page))
    assert result.exit_code == 0, result.output
    assert "All clear: 1 file checked" in result.stdout
    score = json.loads(lingo("score", "--format", "json", str(page)).stdout)
    assert score["files"][0]["grade"] is None


# -- suppression comments ----------------------------------------------------------------------


def test_an_unknown_rule_in_a_suppression_comment_is_a_warning(tmp_path: Path) -> None:
    page = write(
        tmp_path,
        "a.md",
        "<!-- lingo-disable-next-line say-no/refusl -->\nWe cannot refund gift cards.\n",
    )
    result = CliRunner().invoke(main, ["check", str(page)])
    assert (
        f"lingo: warning: {page}:1:1: lingo-disable-next-line names 'say-no/refusl', which is "
        "no rule or category (did you mean 'say-no/refusal'?)." in result.stderr
    )
    assert "say-no/refusal:we-cannot" in result.stdout  # it silenced nothing
    assert result.exit_code == 1
    # run again (answered from the cache): the warning is told again
    again = CliRunner().invoke(main, ["check", str(page)])
    assert "did you mean 'say-no/refusal'?" in again.stderr


# -- not English ---------------------------------------------------------------------------------

FRENCH = (
    "Nous ne pouvons pas rembourser les cartes cadeaux. Votre commande a été expédiée hier et "
    "elle arrivera dans trois jours. Si vous avez des questions, notre équipe vous répondra "
    "rapidement par courriel. Merci de votre patience et de votre confiance, nous espérons "
    "vous revoir bientôt dans notre boutique en ligne.\n"
)
ENGLISH_LIST = (
    "Settings: Billing, Invoices, Payment methods, Tax IDs, Plans, Seats, Usage, Exports. "
    "Reports: Revenue, Refunds, Disputes, Payouts, Balances, Fees, Transfers, Subscriptions, "
    "Customers, Products, Coupons, Orders, Returns, Webhooks, Logs, Events, API keys, Teams. "
    "You can find each of them in the menu on the left of the dashboard, and you can "
    "open them in a new tab.\n"
)


@pytest.mark.parametrize(
    ("text", "syntax", "tag"),
    [
        (FRENCH, "plain", "unknown"),
        ("---\nlang: de\n---\n# Hilfe\n\nWir können das nicht.\n", "markdown", "de"),
        ('<html lang="es"><body><p>No podemos.</p></body></html>', "html", "es"),
        ("Мы не можем вернуть деньги за подарочные карты. " * 4, "plain", "Cyrillic"),
        (
            "ギフトカードの払い戻しはできません。ご注文は昨日発送されました。" * 4,
            "plain",
            "Japanese",
        ),
        (ENGLISH_LIST, "plain", None),
        ("Nous ne pouvons pas.", "plain", None),  # too short to tell: linted
        ("---\nlang: en-GB\n---\n" + FRENCH, "markdown", None),  # declared English wins
    ],
)
def test_language(text: str, syntax: str, tag: str | None) -> None:
    segments = parse_markup(text, syntax).segments
    found = not_english(text, syntax, (s.text for s in segments))
    assert (found.tag if found else None) == tag


def test_a_french_page_gets_a_notice_no_findings_and_no_grade(
    tmp_path: Path, linter: Linter
) -> None:
    report = linter.check(FRENCH + "Per our policy, we cannot.\n")
    assert report.language == "unknown" and report.grade is None and report.findings == ()
    page = write(tmp_path, "fr/retours.md", "---\nlang: fr\n---\n" + FRENCH)
    result = CliRunner().invoke(main, ["check", str(page)])
    assert result.exit_code == 0
    assert result.stderr.count("lang is 'fr', not English") == 1
    table = lingo("score", str(page)).stdout.splitlines()
    assert table[1].split()[:2] == ["-", "-"]


def test_pages_with_nothing_to_grade_in_the_html_report(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "help/empty.md", "")
    write(tmp_path, "help/fr.md", "---\nlang: fr\n---\n" + FRENCH)
    write(tmp_path, "help/en.md", SAY_NO)
    result = CliRunner().invoke(main, ["report", "-o", "out.html", "help"])
    assert result.exit_code == 0, result.output
    html = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert "g-none" in html  # the files without a grade, in the list of the worst files


# -- MDX -------------------------------------------------------------------------------------------

MDX = """---
title: Refunds
---
import { Callout } from '../components/Callout'
export const meta = {
  author: 'Sam',
}

# Refunds

<Callout type="warning" onClick={() => go('<x>')}>
Per our policy, we cannot refund gift cards.
</Callout>

{/* lingo-disable-next-line say-no/refusal */}
We cannot ship to P.O. boxes.

You can utilize the <Button label="Refund" /> button, and {props.name} will help.

```js
import x from 'y'
<Callout>We cannot refund</Callout>
```
"""


def test_mdx_lints_prose_between_components_and_skips_code(linter: Linter) -> None:
    # read as a reply (as the help page it looks like, its refusals would not be reported)
    config = Config(profile="support-reply")
    report = next(linter.check_many([MDX], paths=["refunds.mdx"], configs=[config]))
    found = [(f.line, f.qualified_id, f.text) for f in report.findings]
    assert found == [
        (12, "say-no/policy-speak:per-our-policy", "Per our policy"),
        (12, "say-no/refusal:we-cannot", "we cannot refund"),
        (18, "jargon/complex-word:utilize", "utilize"),
    ]
    for finding in report.findings:
        assert MDX[finding.start : finding.end] == finding.text


def test_mdx_files_are_walked_and_fixed_in_place(tmp_path: Path) -> None:
    page = write(tmp_path, "docs/page.mdx", MDX)
    assert lingo("check", str(tmp_path / "docs")).exit_code == 1
    assert lingo("check", "--fix", "--select", "jargon", str(page)).exit_code == 0
    fixed = page.read_text(encoding="utf-8")
    assert "You can use the <Button" in fixed and "import { Callout }" in fixed

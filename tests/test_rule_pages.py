"""Every rule page says what the rule leaves alone and how precise it measured.

The "Measured precision" sections are written by `benchmarks/precision.py
--write-docs` (benchmarks/precision_docs.py); these tests check the pages
have them and that the generator is idempotent, on a small judged fixture
that needs no corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from lingo.cli.explain import explanation
from lingo.cli.rulebook import Rulebook
from lingo.lexicon.rules import PRECISION_END, PRECISION_START, all_rules, rule_doc

ROOT = Path(__file__).resolve().parent.parent
RULE_PAGES = ROOT / "docs" / "rules"
sys.path.insert(0, str(ROOT / "benchmarks"))

import precision  # noqa: E402
import precision_docs  # noqa: E402

RULES = [rule.id for rule in all_rules()]


@pytest.mark.parametrize("rule", RULES)
def test_every_rule_page_has_both_sections(rule: str) -> None:
    page = (RULE_PAGES / f"{rule}.md").read_text(encoding="utf-8")
    assert page.count("\n## What it does not flag\n") == 1
    assert page.count(PRECISION_START) == 1 and page.count(PRECISION_END) == 1
    inside = page.split(PRECISION_START)[1].split(PRECISION_END)[0]
    assert inside.lstrip().startswith("## Measured precision")
    assert "untouched" in inside and "commit" in inside
    # the precision section follows "What it does not flag"
    assert page.index("## What it does not flag") < page.index(PRECISION_START)


@pytest.mark.parametrize("rule", ["jargon/tech-term", "readability/hard-sentence"])
def test_opt_in_rule_pages_say_so(rule: str) -> None:
    inside = rule_doc(rule).split("## Measured precision")[1]
    assert "This rule is opt-in" in inside.split("##")[0]


def test_explain_shows_the_sections_without_markers() -> None:
    text = explanation(Rulebook.load(isolated=True), "say-no/refusal")
    assert "## What it does not flag" in text
    assert "## Measured precision" in text
    assert "precision:start" not in text and "precision:end" not in text


def _row(n: int, half_file: str, rule: str, text: str, verdict: str, start: int) -> dict:
    return {
        "id": f"p{n:04d}",
        "corpus": "segment-docs",
        "file": half_file,
        "half": precision.half_of("segment-docs", half_file),
        "start": start,
        "end": start + len(text),
        "rule": rule,
        "text": text,
        "verdict": verdict,
    }


def _found(row: dict) -> precision.Found:
    return precision.Found(
        corpus=row["corpus"],
        file=row["file"],
        rule=row["rule"],
        entry=None,
        start=row["start"],
        end=row["end"],
        line=1,
        text=row["text"],
        message="",
        severity="warning",
        suggestion=None,
        safety=None,
    )


def _fixture() -> tuple[list[dict], list[precision.FileResult]]:
    """Twelve judged buzzwords in the untouched half (nine true), three in the tune half."""
    untouched, tune = "engage/campaigns.md", "guides/setup.md"
    judged = [
        _row(n, untouched, "jargon/buzzword", "leverage", "true" if n < 9 else "false", 40 * n)
        for n in range(12)
    ]
    judged += [_row(20 + n, tune, "jargon/buzzword", "synergy", "true", 40 * n) for n in range(3)]
    judged.append(_row(30, tune, "say-no/refusal", "we cannot refund", "false", 900))
    still_raised = [_found(row) for row in judged if row["id"] != "p0011"]  # one is gone
    results = [
        precision.FileResult(
            "segment-docs", file, 2000, [f for f in still_raised if f.file == file], ""
        )
        for file in (untouched, tune)
    ]
    return judged, results


def test_generator_is_idempotent_on_a_judged_fixture(tmp_path: Path) -> None:
    judged, results = _fixture()
    result = precision.score(judged, results, None)
    rates = precision.corpus_rates(results)
    figures = [
        precision_docs.figures_from(result, "jargon/buzzword", False, rates, 2),
        precision_docs.figures_from(result, "say-no/refusal", False, rates),
        precision_docs.figures_from(result, "jargon/acronym", True, None),
    ]
    pages = tmp_path / "rules"
    for rule in ("jargon/buzzword", "say-no/refusal", "jargon/acronym"):
        (pages / rule).parent.mkdir(parents=True, exist_ok=True)
        text = (RULE_PAGES / f"{rule}.md").read_text(encoding="utf-8")
        if rule == "jargon/acronym":  # a page the generator has not written yet
            start, end = text.index(PRECISION_START), text.index(PRECISION_END)
            text = text[:start] + text[end + len(PRECISION_END) + 2 :]
            assert PRECISION_START not in text
        (pages / f"{rule}.md").write_text(text, encoding="utf-8")
    first = precision_docs.write_pages(pages, figures, date="2026-01-02", commit="abc1234")
    assert len(first) == 3
    written = {p: p.read_text(encoding="utf-8") for p in pages.rglob("*.md")}
    again = precision_docs.write_pages(pages, figures, date="2026-01-02", commit="abc1234")
    assert again == []
    assert written == {p: p.read_text(encoding="utf-8") for p in pages.rglob("*.md")}

    buzzword = written[pages / "jargon" / "buzzword.md"]
    assert buzzword.count(PRECISION_START) == 1 and buzzword.count(PRECISION_END) == 1
    inside = buzzword.split(PRECISION_START)[1].split(PRECISION_END)[0]
    # eleven still raised, of which nine true: 0.82 strict, n 11; the tune half has 3
    assert "| untouched (the figure that counts) | 0.82 | 11 | 9 | 0 | 2 |" in inside
    assert "| tune | not yet judged | 3 | 3 | 0 | 0 |" in inside
    assert "2026-01-02" in inside and "`abc1234`" in inside
    assert "its 2 opt-in entries" in inside
    # 14 buzzwords in 4,000 words
    assert "Findings per 1,000 words: 3.50 on segment-docs." in inside
    assert "not yet judged" in written[pages / "say-no" / "refusal.md"]
    acronym = written[pages / "jargon" / "acronym.md"]
    assert "This rule is opt-in" in acronym and "not measured in this run" in acronym
    assert acronym.index("## What it does not flag") < acronym.index(PRECISION_START)
    assert acronym.index(PRECISION_END) < acronym.index("## Why it matters")

    # new figures replace the old section, and nothing else
    later = precision_docs.write_pages(pages, figures, date="2026-02-03", commit="def5678")
    assert len(later) == 3
    after = (pages / "jargon" / "buzzword.md").read_text(encoding="utf-8")
    assert after.replace("2026-02-03", "2026-01-02").replace("def5678", "abc1234") == buzzword


def _lingo(*args: str) -> str:
    from click.testing import CliRunner

    from lingo.cli.main import main

    result = CliRunner().invoke(main, [*args, "--isolated"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_rules_marks_opt_in_rules_and_entries() -> None:
    rows = {line.split()[0]: line for line in _lingo("rules").splitlines()[1:]}
    assert rows["jargon/tech-term"].endswith("(opt-in)")
    assert rows["readability/hard-sentence"].endswith("(opt-in; on in marketing)")
    assert rows["jargon/acronym"].endswith("(opt-in; on in support-reply)")
    assert "opt-in" not in rows["say-no/refusal"]
    assert "entries opt-in" in rows["say-no/condescension"]
    entries = _lingo("rules", "say-no/condescension").splitlines()
    assert entries[0].split()[:4] == ["ENTRY", "FLAGS", "FIX", "ON"]
    by_id = {line.split()[0]: line for line in entries[1:]}
    assert "  no  " in by_id["you-must"] and "  yes  " in by_id["obviously"]
    assert "opt-in" in entries[-2] and "--enable say-no/condescension:ENTRY" in entries[-1]


def test_explain_an_opt_in_entry_says_how_to_turn_it_on() -> None:
    page = _lingo("explain", "say-no/condescension:you-must")
    assert "Opt-in" in page and "--enable say-no/condescension:you-must" in page
    assert "`lingo explain say-no/condescension`" in page
    assert "Turn it off" in _lingo("explain", "say-no/condescension:obviously")


@pytest.mark.parametrize("rule", RULES)
def test_explain_tells_a_writer_what_the_rule_does_not_how_it_was_built(rule: str) -> None:
    # A marketer reading `lingo explain say-no/refusal` met "Round 6 adds `none-left`" and
    # "Round 8 (heldout-6, spent)": the build history lives in the page's last section,
    # "## How it grew", which explain leaves out.
    import re

    page = (RULE_PAGES / f"{rule}.md").read_text(encoding="utf-8")
    if "\n## How it grew\n" in page:
        history = page.split("\n## How it grew\n", 1)[1]
        assert "\n## " not in history, "How it grew must be the page's last section"
    shown = explanation(Rulebook.load(isolated=True), rule)
    assert "## How it grew" not in shown
    assert "## How it grew" not in rule_doc(rule)  # nor in the editor's hover or SARIF's help
    assert not re.search(r"\b[Rr]ound \d|heldout-\d", shown), rule
    assert "## What it flags" in shown and "## Measured precision" in shown

"""`lingo rules` and `lingo explain` with team lexicons, categories and entries; rule URLs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo import Config, LexiconError, Linter
from lingo.cli.main import main
from lingo.lexicon.lexicons import load_lexicon_file

MINIMAL = """rule: team/house-words
category: house
severity: warning
entries:
  - phrases: [sign-up]
    suggestions: [sign up]
    fix: safe
  - phrases: [e-mail, eMail]
"""


def lingo(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def team(tmp_path: Path, monkeypatch) -> Path:
    """A content repository whose lingo.yaml names a minimal team lexicon."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "style").mkdir()
    (tmp_path / "style" / "house.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "lingo.yaml").write_text("extra-lexicons: [style/house.yaml]\n", encoding="utf-8")
    return tmp_path


def test_a_minimal_team_lexicon_is_valid_and_flags(team: Path) -> None:
    rule = load_lexicon_file(team / "style" / "house.yaml")
    assert [e.id for e in rule.entries] == ["sign-up", "e-mail"]
    assert rule.entries[0].message == "'{match}': write 'sign up' instead."
    linter = Linter(config=Config.from_mapping({"extra-lexicons": ["style/house.yaml"]}))
    report = linter.check("Sign-up is quick. Send us an e-mail.")
    assert [(f.qualified_id, f.message) for f in report.findings] == [
        ("team/house-words:sign-up", "'Sign-up': write 'sign up' instead."),
        ("team/house-words:e-mail", "'e-mail' is on the list of words to avoid."),
    ]


def test_rules_and_explain_see_the_configured_team_lexicon(team: Path) -> None:
    listed = lingo("rules")
    assert "team/house-words" in listed.stdout and "(team)" in listed.stdout
    entries = lingo("rules", "team/house-words").stdout
    assert "sign-up" in entries and "sign up" in entries and "safe" in entries
    page = lingo("explain", "team/house-words").stdout
    assert page.startswith("# team/house-words") and "style/house.yaml" in page
    entry = lingo("explain", "team/house-words:sign-up").stdout
    assert "Safe: sign up" in entry
    category = lingo("explain", "house").stdout
    assert "`team/house-words`" in category
    isolated = CliRunner().invoke(main, ["rules", "--isolated"])
    assert "team/house-words" not in isolated.stdout


def test_rules_and_explain_take_config_and_extra_lexicon(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "house.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "ci.yaml").write_text("extra-lexicons: [house.yaml]\n", encoding="utf-8")
    assert "team/house-words" in lingo("rules", "--config", "ci.yaml").stdout
    assert "team/house-words" in lingo("rules", "--extra-lexicon", "house.yaml").stdout
    assert "team/house-words" not in lingo("rules").stdout


def test_rules_of_a_category_and_of_a_rule() -> None:
    say_no = lingo("rules", "say-no").stdout.splitlines()
    assert {line.split()[0] for line in say_no[1:]} == {
        "say-no/blame",
        "say-no/brush-off",
        "say-no/condescension",
        "say-no/hostility",
        "say-no/policy-speak",
        "say-no/refusal",
        "say-no/tone",
    }
    complex_words = lingo("rules", "jargon/complex-word").stdout
    assert any(
        line.split()[:2] == ["utilize", "utilize,"] and line.rstrip().endswith("use")
        for line in complex_words.splitlines()
    )
    data = json.loads(lingo("rules", "--format", "json", "jargon/complex-word:utilize").stdout)
    assert data["entries"][0]["suggestions"] == ["use"] and data["url"].endswith(
        "docs/rules/jargon/complex-word.md"
    )
    code = lingo("rules", "readability/hard-sentence").stdout
    assert "written as code" in code


def test_explain_a_category_an_entry_and_a_typo() -> None:
    assert lingo("explain", "say-no").stdout.startswith("# say-no")
    entry = lingo("explain", "jargon/complex-word:utilize").stdout
    assert entry.startswith("# jargon/complex-word:utilize")
    assert "'utilize' is a long way to say 'use'." in entry and "Safe: use" in entry
    typo = CliRunner().invoke(main, ["explain", "jargon/complex-word:utilise"])
    assert typo.exit_code == 2 and "did you mean 'jargon/complex-word:utilize'?" in typo.stderr


def test_sarif_rules_link_their_pages(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Per our policy, we cannot.\n", encoding="utf-8")
    log = json.loads(lingo("check", "--format", "sarif", "a.txt").stdout)
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["say-no/policy-speak"]["helpUri"] == (
        "https://github.com/lingo-lint/lingo/blob/main/docs/rules/say-no/policy-speak.md"
    )


def test_every_problem_in_a_lexicon_is_reported_in_one_run(tmp_path: Path) -> None:
    path = tmp_path / "house.yaml"
    path.write_text(
        "rule: team/house-words\ncategory: house\nseverity: loud\nwhy: x\nsuorces: [a]\n"
        "entries:\n"
        "  - phrases: [sign-up]\n    fix: always\n"
        "  - id: email\n    phrases: [e-mail]\n    pos: [VRB]\n"
        "  - id: Bad Id\n    phrases: [x]\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError) as excinfo:
        load_lexicon_file(path)
    text = str(excinfo.value)
    assert all("house.yaml: " in line for line in text.splitlines())
    for problem in (
        "unknown key 'suorces' (did you mean 'sources'?)",
        "unknown severity 'loud'",
        "entry 'sign-up': 'fix' must be one of safe, unsafe, never, not 'always'",
        "entry 'email': unknown part of speech 'VRB' (did you mean 'VERB'?)",
        "entry 3: 'id' must be a kebab-case string, not 'Bad Id'",
    ):
        assert problem in text
    result = CliRunner().invoke(main, ["rules", "--extra-lexicon", str(path)])
    assert result.exit_code == 2
    assert len([line for line in result.stderr.splitlines() if line.startswith("lingo: ")]) == 5


def test_rules_says_how_many_entries_of_a_warning_rule_are_info() -> None:
    out = CliRunner().invoke(main, ["rules", "--isolated"]).output
    line = next(row for row in out.splitlines() if row.startswith("jargon/complex-word "))
    assert "warning" in line
    quiet = int(line.split(" info)")[0].rsplit(" ", 1)[1])
    total = int(line.split(" (")[0].split()[-1])
    assert 0 < quiet < total - 20  # the judged swaps stay warnings, the rest are info

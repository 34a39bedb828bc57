"""Lexicons are the product: every entry's examples are run, and bad files are refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from lingo import LexiconError, Linter
from lingo.lexicon.lexicons import builtin_lexicons, load_lexicon_file

RULES = builtin_lexicons()
ENTRIES = [(rule, entry) for rule in RULES for entry in rule.entries]


def test_lexicons_have_the_promised_size() -> None:
    jargon = sum(len(r.entries) for r in RULES if r.category == "jargon")
    say_no = sum(len(r.entries) for r in RULES if r.category == "say-no")
    assert jargon >= 250
    assert say_no >= 80
    assert {r.id for r in RULES} >= {
        "jargon/buzzword",
        "jargon/legalese",
        "jargon/complex-word",
        "jargon/tech-term",
        "say-no/refusal",
        "say-no/policy-speak",
        "say-no/blame",
        "say-no/condescension",
    }


def test_every_rule_cites_sources() -> None:
    for rule in RULES:
        assert rule.sources, rule.id
        assert rule.path.read_text(encoding="utf-8").lstrip().startswith("#"), rule.path


def test_every_bad_example_is_flagged_by_its_entry(every_rule: Linter) -> None:
    # Opt-in entries are on here: their examples show what they find once enabled.
    cases = [(rule.id, entry.id, text) for rule, entry in ENTRIES for text in entry.bad_examples]
    reports = every_rule.check_many([text for _, _, text in cases])
    missed = [
        f"{rule}:{entry}: {text!r} -> {[f.qualified_id for f in report.findings]}"
        for (rule, entry, text), report in zip(cases, reports)
        if not any(f.rule == rule and f.entry == entry for f in report.findings)
    ]
    assert not missed, "\n".join(missed)


def test_no_good_example_is_flagged_at_all(linter: Linter) -> None:
    cases = [(rule.id, entry.id, text) for rule, entry in ENTRIES for text in entry.good_examples]
    reports = linter.check_many([text for _, _, text in cases])
    flagged = [
        f"{rule}:{entry}: {text!r} -> {[(f.qualified_id, f.text) for f in report.findings]}"
        for (rule, entry, text), report in zip(cases, reports)
        if report.findings
    ]
    assert not flagged, "\n".join(flagged)


def test_lexicon_suggestions_are_never_empty() -> None:
    for rule, entry in ENTRIES:
        assert entry.suggestions, f"{rule.id}:{entry.id}"


def test_builtin_lexicons_cite_sources_explain_and_carry_examples() -> None:
    # A team lexicon may leave these out (see test_minimal_team_lexicon); lingo's own may not.
    import yaml

    for rule in builtin_lexicons():
        assert rule.why and rule.sources, rule.id
        raw = yaml.safe_load(rule.path.read_text(encoding="utf-8"))
        for entry, data in zip(rule.entries, raw["entries"]):
            where = f"{rule.id}:{entry.id}"
            assert "id" in data and "message" in data and "suggestions" in data, where
            assert entry.bad_examples and entry.good_examples, where


VALID_ENTRY = """
  - id: utilize
    phrases: [utilize]
    message: "Say 'use'."
    suggestions: [use]
    examples: {bad: ["We utilize it."], good: ["We use it."]}
"""
HEADER = """rule: team/house-words
category: jargon
severity: warning
why: Our readers prefer short words.
sources: [our style guide]
entries:
"""


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (
            HEADER + VALID_ENTRY.replace("phrases: [utilize]", "phrase: [utilize]"),
            "entry 'utilize': unknown key 'phrase' (did you mean 'phrases'?)",
        ),
        (
            HEADER + VALID_ENTRY.replace('good: ["We use it."]', "good: []"),
            "entry 'utilize': 'examples.good' must not be empty",
        ),
        (
            HEADER + VALID_ENTRY.replace("suggestions: [use]", "suggestions: {use: it}"),
            "entry 'utilize': 'suggestions' must be a list of non-empty strings",
        ),
        (
            HEADER.replace("severity: warning", "severity: loud") + VALID_ENTRY,
            "unknown severity 'loud'",
        ),
        (
            HEADER + VALID_ENTRY.replace("phrases: [utilize]", "patterns: [[{LOWR: utilize}]]"),
            "entry 'utilize': 'patterns' pattern 1: "
            "unknown token attribute 'LOWR' (did you mean 'LOWER'?)",
        ),
        (HEADER + VALID_ENTRY + VALID_ENTRY, "entry 'utilize': id used twice in this file"),
        ("rule: [unclosed\n", "house.yaml:"),
    ],
)
def test_malformed_lexicon_names_file_entry_and_problem(
    tmp_path: Path, body: str, problem: str
) -> None:
    path = tmp_path / "house.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(LexiconError) as excinfo:
        load_lexicon_file(path)
    message = str(excinfo.value)
    assert "house.yaml" in message
    assert problem in message
    assert "\n" not in message


def test_extra_lexicon_adds_a_team_rule(team_lexicon) -> None:
    path = team_lexicon()
    from lingo import Config

    team = Linter(config=Config.from_mapping({"extra-lexicons": [str(path)]}))
    report = team.check("Sign-up takes a minute.")
    assert [f.qualified_id for f in report.findings] == ["team/house-words:signup"]

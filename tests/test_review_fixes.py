"""Behaviour found by reading lingo's output as a user would."""

from __future__ import annotations

from click.testing import CliRunner

from lingo import Config, ConfigError, Linter
from lingo.cli.main import main


def test_accept_takes_rule_entry_names_and_multi_word_terms() -> None:
    text = "We leveraged our tools. Our Acme Cloud synergy plan is new."
    accepting = Linter(
        config=Config.from_mapping({"accept": ["jargon/buzzword:leverage", "Acme Cloud synergy"]})
    )
    assert [f.text for f in accepting.check(text).findings if f.category == "jargon"] == []


def test_misspelt_select_is_an_error_not_silence() -> None:
    result = CliRunner().invoke(
        main,
        ["check", "--no-cache", "--select", "jargon/buzzwords", "-"],
        input="We leverage it.\n",
    )
    assert result.exit_code == 2
    assert "unknown rule or category 'jargon/buzzwords'" in result.stderr
    assert "did you mean 'jargon/buzzword'" in result.stderr


def test_by_hand_is_not_an_actor(linter: Linter) -> None:
    (finding,) = [f for f in linter.check("Your order was packed by hand.").findings]
    assert "hand'" not in finding.message
    assert "does not say who packed it" in finding.message


def test_a_tech_term_is_flagged_when_explained_only_later(every_rule: Linter) -> None:
    late = "You can use the API today. Our API, which lets two apps share data, is free."
    assert [f.text for f in every_rule.check(late).findings] == ["API"]
    early = "Our API (a way for apps to talk) is free. Use the API today."
    assert every_rule.check(early).findings == ()
    # a defining "is a/an/the/like" explains it too; "is ready" defines nothing
    defined = "A webhook is a message our system sends to your app when a payment goes through."
    assert every_rule.check(defined).findings == ()
    ready = "Your webhook is ready."
    assert [f.text for f in every_rule.check(ready).findings] == ["webhook"]


def test_unknown_syntax_is_a_lingo_error(linter: Linter) -> None:
    try:
        linter.check("hi", syntax="rtf")
    except ConfigError as exc:
        assert "unknown syntax 'rtf'" in str(exc)
    else:
        raise AssertionError("expected a ConfigError")


def test_a_team_entry_is_not_hidden_by_a_built_in_match(tmp_path) -> None:
    lexicon = tmp_path / "team.yaml"
    lexicon.write_text(
        """rule: team/words
category: jargon
severity: warning
why: House style.
sources: [our style guide]
entries:
  - id: synergy
    phrases: [synergy]
    message: "We say 'teamwork'."
    suggestions: [teamwork]
    examples: {bad: ["Synergy wins."], good: ["Teamwork wins."]}
""",
        encoding="utf-8",
    )
    team = Linter(config=Config.from_mapping({"extra-lexicons": [str(lexicon)]}))
    rules = {f.rule for f in team.check("We love synergy.").findings}
    assert rules == {"team/words", "jargon/buzzword"}


def test_one_slip_in_a_chat_macro_is_not_an_f(linter: Linter) -> None:
    assert linter.check("We cannot refund this order, sorry.").grade == "B"

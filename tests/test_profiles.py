"""Audience profiles, opt-in rules and the passive switch (issue 11, items 3 and 10)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from lingo import Config, ConfigError, Linter
from lingo.cli import main

REPLY = (
    "We cannot refund gift cards once they are used. "
    "Your refund request was declined by our billing team. "
    "We leverage synergy to serve you."
)


def found(linter: Linter, text: str, **settings) -> list[tuple[str, str]]:
    report = next(linter.check_many([text], configs=[Config.from_mapping(settings)]))
    return [(f.rule, f.severity.value) for f in report.findings]


def test_the_default_is_the_support_reply_profile(linter: Linter) -> None:
    assert found(linter, REPLY) == found(linter, REPLY, profile="support-reply")


def test_help_articles_do_not_report_refusals_or_passives(linter: Linter) -> None:
    article = found(linter, REPLY, profile="help-article")
    assert not [rule for rule, _ in article if rule in ("say-no/refusal", "passive-voice")]
    terms = "As a matter of policy, we do not offer refunds on gift cards."
    assert ("say-no/policy-speak", "warning") in found(linter, terms)
    assert found(linter, terms, profile="help-article") == []
    assert ("say-no/refusal", "warning") in found(linter, REPLY)
    assert ("passive-voice", "info") in found(linter, REPLY)


HELP_PAGE = (
    "Additional settings indicate whether the sync is on. "
    "Utilize the Export page to commence an export. "
    "The licensee shall keep a copy."
)


def test_help_articles_keep_hard_words_but_not_formal_ones(linter: Linter) -> None:
    """On help pages the info tier of jargon (a plainer word exists) is not reported."""
    article = found(linter, HELP_PAGE, profile="help-article")
    assert ("jargon/complex-word", "warning") in article  # utilize
    quiet = [rule for rule, level in article if rule.startswith("jargon/") and level == "info"]
    assert not quiet
    reply = found(linter, HELP_PAGE)
    assert ("jargon/complex-word", "info") in reply  # additional, indicate, commence
    assert ("jargon/legalese", "info") in reply  # shall


def test_naming_a_rule_brings_back_what_the_floor_hides(linter: Linter) -> None:
    back = found(linter, HELP_PAGE, profile="help-article", enable=["jargon/complex-word"])
    assert ("jargon/complex-word", "info") in back
    assert ("jargon/legalese", "info") not in back
    one = next(
        linter.check_many(
            [HELP_PAGE],
            configs=[
                Config.from_mapping(
                    {"profile": "help-article", "severity": {"jargon/legalese:shall": "warning"}}
                )
            ],
        )
    )
    assert [(f.entry, f.severity.value) for f in one.findings if f.rule == "jargon/legalese"] == [
        ("shall", "warning")
    ]


def test_marketing_makes_buzzwords_errors(linter: Linter) -> None:
    assert ("jargon/buzzword", "error") in found(linter, REPLY, profile="marketing")


def test_your_settings_win_over_the_profile(linter: Linter) -> None:
    back = found(linter, REPLY, profile="help-article", enable=["say-no/refusal"])
    assert ("say-no/refusal", "warning") in back
    loud = found(
        linter,
        REPLY,
        profile="help-article",
        enable=["passive-voice"],
        severity={"passive-voice": "error"},
    )
    assert ("passive-voice", "error") in loud
    quiet = found(linter, REPLY, profile="marketing", ignore=["jargon/buzzword"])
    assert not [rule for rule, _ in quiet if rule == "jargon/buzzword"]


def test_opt_in_entries_are_off_until_enabled(linter: Linter) -> None:
    text = "You must log in to see your orders."
    assert found(linter, text) == []
    on = found(linter, text, enable=["say-no/condescension:you-must"])
    assert on == [("say-no/condescension", "info")]


def entries(linter: Linter, text: str, **settings) -> list[str]:
    report = next(linter.check_many([text], configs=[Config.from_mapping(settings)]))
    return [f"{f.rule}:{f.entry}" for f in report.findings if f.category == "jargon"]


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Upon arrival, show the ticket at the gate.", "jargon/officialese:upon"),
        ("We have initiated the transfer of your points.", "jargon/complex-word:initiate"),
        ("Each family is allocated two seats.", "jargon/complex-word:allocate"),
        (
            "There was insufficient stock to send the full order.",
            "jargon/complex-word:insufficient",
        ),
        ("We will talk to all stakeholders before the change.", "jargon/abstract-word:stakeholder"),
    ],
)
def test_replies_turn_on_formal_words_that_help_pages_use_fairly(
    linter: Linter, text: str, entry: str
) -> None:
    # Opt-in because help pages use them fairly; on in a reply (docs/profiles.md).
    assert entry in entries(linter, text)
    assert entry in entries(linter, text, profile="support-reply")
    assert entry not in entries(linter, text, profile="help-article")
    assert entry not in entries(linter, text, profile="marketing")


def test_a_computer_allocating_memory_is_not_a_formal_verb(linter: Linter) -> None:
    # Read as replies, help pages said "allocate" of memory, quota and ports: the precise word.
    for text in (
        "Not enough memory is being allocated to the app.",
        "Ports are allocated from 5000.",
    ):
        assert "jargon/complex-word:allocate" not in entries(linter, text)
    assert "jargon/complex-word:allocate" in entries(linter, "Each family is allocated two seats.")


def test_a_compound_term_is_not_a_formal_verb(linter: Linter) -> None:
    assert "jargon/complex-word:initiate" not in entries(
        linter, "Test the login with IdP-initiated single sign-on."
    )


def test_passive_all_reports_every_passive(linter: Linter) -> None:
    text = "The backup is paused. Only the first 200 contacts are imported."
    assert found(linter, text) == []
    assert [rule for rule, _ in found(linter, text, passive="all")] == ["passive-voice"] * 2


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"profile": "help-articel"}, "did you mean 'help-article'"),
        ({"passive": "some"}, "must be one of significant, all"),
        ({"enable": 3}, "must be a list of strings"),
    ],
)
def test_bad_settings_are_one_clear_error(settings: dict, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Config.from_mapping(settings, "lingo.yaml")


def test_profile_and_enable_on_the_command_line(tmp_path) -> None:
    page = tmp_path / "reply.txt"
    page.write_text("We cannot refund gift cards. Ask for an RMA.\n", encoding="utf-8")
    runner = CliRunner()
    default = runner.invoke(main, ["check", "--isolated", "--no-cache", str(page)])
    article = runner.invoke(
        main, ["check", "--isolated", "--no-cache", "--profile", "help-article", str(page)]
    )
    enabled = runner.invoke(
        main, ["check", "--isolated", "--no-cache", "--enable", "jargon/acronym", str(page)]
    )
    # a reply: refusals and unexplained abbreviations (support-reply turns jargon/acronym on)
    assert "say-no/refusal" in default.stdout and "jargon/acronym:rma" in default.stdout
    assert "say-no/refusal" not in article.stdout and "jargon/acronym" not in article.stdout
    legal = runner.invoke(
        main,
        [
            "check",
            "--isolated",
            "--no-cache",
            "--profile",
            "legal",
            "--enable",
            "jargon/acronym",
            str(page),
        ],
    )
    assert "jargon/acronym:rma" in legal.stdout and "jargon/acronym:rma" in enabled.stdout
    wrong = runner.invoke(main, ["check", "--isolated", "--enable", "jargon/acronyn", str(page)])
    assert wrong.exit_code == 2 and "did you mean 'jargon/acronym'" in wrong.stderr

"""Configuration values: what users may set, and clear errors for what they may not."""

from __future__ import annotations

import pytest

from lingo import Config, ConfigError, Linter, Severity


def test_defaults() -> None:
    config = Config()
    assert config.fail_on is Severity.WARNING
    assert config.target_grade == 8


def test_unknown_key_suggests_the_right_one() -> None:
    with pytest.raises(ConfigError, match=r"unknown key 'ignor'.*did you mean 'ignore'"):
        Config.from_mapping({"ignor": ["jargon"]}, "lingo.yaml")


def test_wrong_type_names_the_key() -> None:
    with pytest.raises(ConfigError, match=r"lingo.yaml: 'target-grade' must be a number"):
        Config.from_mapping({"target-grade": "eight"}, "lingo.yaml")


def test_select_and_ignore_by_category_rule_and_entry() -> None:
    config = Config.from_mapping({"ignore": ["passive-voice", "jargon/complex-word:utilize"]})
    assert not config.is_enabled("passive-voice", "passive-voice")
    assert not config.is_enabled("jargon/complex-word", "jargon", "utilize")
    assert config.is_enabled("jargon/complex-word", "jargon", "commence")
    only_say_no = Config.from_mapping({"select": ["say-no"]})
    assert only_say_no.is_enabled("say-no/refusal", "say-no")
    assert not only_say_no.is_enabled("jargon/buzzword", "jargon")


def test_ignore_and_severity_and_accept_apply(linter: Linter) -> None:
    text = "Please utilize the portal. Your refund was processed."
    config = Config.from_mapping({"ignore": ["passive-voice"], "severity": {"jargon": "error"}})
    report = Linter(config=config).check(text)
    assert [f.rule for f in report.findings] == ["jargon/complex-word"]
    assert report.findings[0].severity is Severity.ERROR
    accepting = Linter(config=Config.from_mapping({"accept": ["utilize"]}))
    assert not [f for f in accepting.check(text).findings if f.category == "jargon"]

"""Noun-heavy sentences (jargon/noun-heavy, issue 12): abstract nouns doing a verb's work."""

from __future__ import annotations

import pytest

from lingo import Config, Linter
from lingo.pipeline.noun_heavy import (
    WordLists,
    base_of,
    everyday_nouns,
    may_be_noun_heavy,
)

RULE = "jargon/noun-heavy"


def noun_heavy(linter: Linter, text: str) -> list[str]:
    return [f.message for f in linter.check(text).findings if f.rule == RULE]


@pytest.mark.parametrize(
    "text",
    [
        # a price rise, a cut and a delay, said in nouns (replies: the support-reply profile)
        "Following a reduction in production capacity, the non-availability of Saturday "
        "collections will continue until further notification.",
        "An evaluation of your eligibility is in progress pending the completion of our checks.",
        "Our prioritisation of urgent repairs has resulted in an extension to the completion "
        "date of your installation.",
    ],
)
def test_a_reply_that_says_it_in_nouns_is_flagged(linter: Linter, text: str) -> None:
    assert len(noun_heavy(linter, text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the same news with verbs
        "We are making fewer boxes, so we can't collect on Saturdays until we tell you.",
        # everyday words and nouns no verb or adjective is behind
        "For more information about the business, see the community section.",
        "The station has a session room and a document store.",
        # two nominalisations are not enough
        "Your application is waiting for a decision from the panel.",
        # a capitalised name inside the sentence is a name
        "Open Consent Management to see the Data Deletion and Suppression settings.",
    ],
)
def test_plain_sentences_are_left_alone(linter: Linter, text: str) -> None:
    assert noun_heavy(linter, text) == []


def test_the_message_names_the_nouns(linter: Linter) -> None:
    report = linter.check(
        "Due to the prioritisation of urgent cases, a reduction in appointment availability "
        "is expected."
    )
    [finding] = [f for f in report.findings if f.rule == RULE]
    assert "'prioritisation'" in finding.message and "'availability'" in finding.message
    assert finding.severity.value == "info"
    hint = finding.suggestions[0]
    assert hint.safety == "hint"
    assert "say who acts" in hint.text
    # the finding covers the run of nouns, first to last
    assert finding.text == "prioritisation of urgent cases, a reduction in appointment availability"


def test_a_word_level_jargon_finding_speaks_instead(linter: Linter) -> None:
    # "utilisation" is complex-word's: its finding names the word and offers "use"
    report = linter.check(
        "The utilisation of the allocation is subject to confirmation of your registration."
    )
    rules = {f.rule for f in report.findings}
    assert "jargon/complex-word" in rules
    assert RULE not in rules


def test_on_in_replies_and_opt_in_everywhere_else() -> None:
    text = "An evaluation of your eligibility is in progress pending the completion of our checks."
    for profile in ("help-article", "marketing", "legal", "ui-copy"):
        quiet = Linter(config=Config(profile=profile))
        assert noun_heavy(quiet, text) == [], profile
    page = "# Refunds\n\n" + text + "\n"
    report = Linter().check(page, path="refunds.md")
    assert report.profile == "help-article"  # a help page, read as one
    assert [f for f in report.findings if f.rule == RULE] == []
    turned_on = Linter(config=Config(profile="help-article", enable=(RULE,)))
    assert len(noun_heavy(turned_on, text)) == 1
    off = Linter(config=Config(ignore=(RULE,)))
    assert noun_heavy(off, text) == []


def test_the_fast_path_sends_every_such_sentence_to_the_tagger() -> None:
    # The fast path tags only the sentences its word tests pick; the full path tags all.
    texts = [
        "An evaluation of your eligibility is in progress pending the completion of our checks.",
        "Activities, adjustments and cancellations are listed after the renewal.",
        "Our commitment to your satisfaction means a replacement at no extra cost.",
        "We are making fewer boxes, so we can't collect on Saturdays until we tell you.",
    ]
    fast, full = Linter(), Linter(fast=False)
    for text in texts:
        assert noun_heavy(fast, text) == noun_heavy(full, text), text


def test_the_word_test_is_wide_enough() -> None:
    # plurals of every ending reach the lemma the rule counts
    assert may_be_noun_heavy(["activities", "adjustments", "businesses"])
    assert not may_be_noun_heavy(["activities", "adjustments", "order"])


def test_bases() -> None:
    words = WordLists(
        verbs=frozenset({"limit", "adjust", "prioritize", "calibrate", "vary", "state"}),
        adjectives=frozenset({"available"}),
    )
    assert base_of("limitation", words) == "limit"
    assert base_of("adjustment", words) == "adjust"
    assert base_of("prioritisation", words) == "prioritise"
    assert base_of("recalibration", words) == "recalibrate"
    assert base_of("variation", words) == "vary"
    assert base_of("availability", words) == "available"
    assert base_of("station", words) is None  # not formed from "state"
    assert "information" in everyday_nouns() and "question" in everyday_nouns()


@pytest.mark.parametrize(
    "text",
    [
        # an independent reviewer's warm replies: nouns that name a thing ("installation kit"),
        # courtesies and occasions are not hidden verbs
        "Congratulations on your graduation, and thank you for your patience while we finished "
        "the installation!",
        "Your replacement, the installation kit and the instructions are all in the same box.",
        "Thank you for your participation in our survey and your thoughtful suggestions for "
        "improvement.",
        # things, places and bodies: an application form, a conference, a destination
        "Thank you for your application to the conference, and for your patience with the "
        "registration.",
        "Choose a destination, then pick the organization and the instance to connect.",
    ],
)
def test_warm_replies_full_of_ordinary_nouns_are_left_alone(linter: Linter, text: str) -> None:
    assert noun_heavy(linter, text) == []


def test_an_abbreviation_or_a_suppressed_finding_does_not_hide_the_nouns(linter: Linter) -> None:
    # the acronym is reported too, but it says nothing about the pile of nouns
    report = linter.check(
        "The recalibration of your RMA has resulted in a limitation of availability and a "
        "reduction of service."
    )
    rules = {f.rule for f in report.findings}
    assert {"jargon/acronym", RULE} <= rules


def test_none_of_150_warm_replies_written_blind_is_noun_heavy(linter: Linter) -> None:
    # benchmarks/data/precision/warm-replies-blind.jsonl: an independent writer's warm replies,
    # written without knowing the rule (its README section)
    import json
    from pathlib import Path

    path = (
        Path(__file__).resolve().parent.parent
        / "benchmarks"
        / "data"
        / "precision"
        / "warm-replies-blind.jsonl"
    )
    texts = [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line]
    assert len(texts) == 150
    flagged = [
        report.text
        for report in linter.check_many(texts)
        if any(f.rule == RULE for f in report.findings)
    ]
    assert flagged == []

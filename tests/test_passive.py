"""Passive voice comes from the dependency parse: real sentences, what lingo says."""

from __future__ import annotations

import pytest

from lingo import Linter


def passives(linter: Linter, text: str):
    return [f for f in linter.check(text).findings if f.rule == "passive-voice"]


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Your refund was processed on Monday.", "was processed"),
        ("Your request was denied by our team.", "was denied"),
        ("The form must be completed by the customer.", "must be completed"),
        ("Your password has been reset.", "has been reset"),
        ("Your ticket is being reviewed by a specialist.", "is being reviewed"),
        ("Your card got charged twice.", "got charged"),
        ("Invoices are sent on the first of each month.", "are sent"),
        ("Your order will be shipped tomorrow.", "will be shipped"),
        ("The account was not closed.", "was not closed"),
    ],
)
def test_flags_passive_clauses(every_rule: Linter, sentence: str, flagged: str) -> None:
    found = passives(every_rule, sentence)
    assert [f.text for f in found] == [flagged]
    assert sentence[found[0].start : found[0].end] == flagged


@pytest.mark.parametrize(
    "sentence",
    [
        "We processed your refund on Monday.",
        "Our team reviewed your request.",
        "I am interested in the yearly plan.",
        "We're excited to welcome you.",
        "Thanks for your order, it ships tomorrow.",
        "You can reset your password from the login page.",
        "The file attached below explains the steps.",
    ],
)
def test_leaves_active_and_stative_sentences_alone(linter: Linter, sentence: str) -> None:
    assert passives(linter, sentence) == []


def test_message_names_the_verb_and_the_actor(linter: Linter) -> None:
    (finding,) = passives(linter, "Your request was denied by our billing team.")
    assert "was denied" in finding.message
    assert "our billing team" in finding.message


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        # a negated passive keeps its "not": the question is who did not approve it
        ("Your claim was not approved.", "who did not approve it"),
        ("Your refund has not been processed.", "who has not processed it"),
        ("Refunds aren't approved automatically.", "who does not approve them"),
        ("Your parcel was never sent.", "who never sent it"),
        # a control without a negation ("Your request was denied." is the say-no verdict's alone)
        ("Your parcel was sent on Monday.", "who sent it"),
    ],
)
def test_message_keeps_the_negation(linter: Linter, sentence: str, who: str) -> None:
    (finding,) = passives(linter, sentence)
    assert f"does not say {who}." in finding.message


def test_message_without_actor_says_so(linter: Linter) -> None:
    (finding,) = passives(linter, "Your parcel was sent on Monday.")
    assert "does not say who" in finding.message
    assert finding.severity.value == "info"  # judged right on under a third of help text
    assert finding.category == "passive-voice"

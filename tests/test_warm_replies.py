"""Warm replies that say "not": a limit with the way forward, an idiom of thanks, a freedom.

An independent writer's check set of 200 warm replies with a negation
(training/say-no-tone/check-warm-negated.jsonl) found six say-no false alarms
in lingo's patterns; these tests hold the causes with sentences written here
(none copied from that set): a "no" followed in the same sentence by what is
there instead, by a helper who can ("any of our shops can", "our partner
workshop can"), "we don't take X lightly / for granted", and "read it again
whenever you like". The same words without the way forward are still flagged.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy

from lingo import Linter
from lingo.config import Config
from lingo.pipeline.tone import acknowledged_letdown, load_tone_model, owned_slip

CHECK_SET = Path(__file__).resolve().parent.parent / "training/say-no-tone/check-warm-negated.jsonl"
CHECK_SET_2 = CHECK_SET.with_name("check-warm-negated-2.jsonl")
CHECK_SET_3 = CHECK_SET.with_name("check-warm-negated-3.jsonl")
CHECK_SET_4 = CHECK_SET.with_name("check-warm-negated-4.jsonl")
CHECK_SET_5 = CHECK_SET.with_name("check-warm-negated-5.jsonl")


def say_no(linter: Linter, text: str) -> list[str]:
    return [f"{f.rule}={f.text}" for f in linter.check(text).findings if f.category == "say-no"]


@pytest.mark.parametrize(
    "text",
    [
        "We don't run classes on Mondays, but we open early on Tuesdays for anyone who works late.",
        "We can't reset the router from here, but any of our shops can do it while you wait.",
        "We cannot fix this battery ourselves, but our partner workshop can, within a week.",
        "We don't take your patience lightly, and the new part is on its way.",
        "We never take a customer of ten years for granted.",
        "You can read the guide again whenever you need it; it stays in your account.",
        "The letter stays in your inbox, so you can read it again any time.",
        # A second check set (check-warm-negated-2.jsonl, another independent writer) found
        # four more: the alternative that suits, named as the subject; warmth built on
        # "can't tell you how"; "calm down" said of the weather.
        "I can't make Friday, but Saturday afternoon suits us.",
        "We can't take boats out at low water, but the harbour walk is lovely then.",
        "I can't tell you how pleased we were to see the shop full again.",
        "We'll finish the roof on Monday, once the wind calms down.",
        # A third (check-warm-negated-3.jsonl, a third writer) found four: a service "there to
        # make it easy for you"; "most patients have theirs" as a fact; the writer who will
        # come back tomorrow; "and I'll start with" as a promise, not a threat.
        "Our guides are there to make it easy for you, so ask them anything.",
        "Most patients have their new glasses within a week.",
        "I'm sorry the hedge isn't finished; we'll come back tomorrow to tidy the edges.",
        "I'll be at the stables by ten and I'll start with the grey pony.",
        # A fourth (check-warm-negated-4.jsonl) found two: an alternative that has room, and a
        # promise owned with "as I said".
        "We can't run a private lesson in March, but the Sunday group has room for you both.",
        "Sorry the photos weren't ready on Monday as I said they'd be; they're attached now.",
    ],
)
def test_warm_replies_with_a_negation_are_not_a_no(linter: Linter, text: str) -> None:
    assert say_no(linter, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We don't take cheques.",
        "We cannot refund the fee, but the bank won't either.",
        "We don't offer refunds, but we expect the item back first.",
        "Read the email again.",
        "We can't change the date, so don't ask again.",
        "I can't make Friday, and Saturday doesn't work either.",
        "I can't tell you how long the repair will take.",
        "Please calm down so I can explain the charge.",
        "Let me make this simple for you.",
        "Please come back tomorrow.",
        "Pay the arrears by Friday or we'll start eviction proceedings.",
        "The balance is overdue, and we'll start court proceedings on Monday.",
        "Let me make it simple for you.",
        "As I said you would need to pay the fee first.",
        "Your son will have to come back another day.",
        "Sorry, we're full; you can come back tomorrow.",
        "Other patients have no trouble with the booking line.",
        "We can't book a private lesson for you, but the Sunday group has no room either.",
        "As I said, the photos are not ready.",
    ],
)
def test_the_same_words_without_a_way_forward_are_still_flagged(linter: Linter, text: str) -> None:
    assert say_no(linter, text)


def test_the_second_check_set_is_scored_not_trained_on() -> None:
    # check-warm-negated-2.jsonl: 200 more warm replies by another independent writer; the
    # tone tier was confirmed on it (round 13), never chosen on it or trained on it.
    rows = [json.loads(line) for line in CHECK_SET_2.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 200
    model = load_tone_model()
    assert max(model.scores(scored([row["text"] for row in rows]))) < model.confident


def test_the_third_check_set_is_scored_not_trained_on() -> None:
    # check-warm-negated-3.jsonl: 200 warm replies by a third independent writer, scored with
    # the shipped weights and tier before anyone read it (max 0.886, none at the tier).
    rows = [json.loads(line) for line in CHECK_SET_3.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 200
    model = load_tone_model()
    assert max(model.scores(scored([row["text"] for row in rows]))) < model.confident


def test_the_fourth_check_set_is_scored_not_trained_on() -> None:
    # check-warm-negated-4.jsonl: a fourth independent writer's 200, scored before anyone read
    # it (max 0.805); it confirmed that the tenth training round changed nothing worth keeping.
    rows = [json.loads(line) for line in CHECK_SET_4.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 200
    model = load_tone_model()
    assert max(model.scores(scored([row["text"] for row in rows]))) < model.confident


def test_the_fifth_check_set_is_scored_not_trained_on() -> None:
    # check-warm-negated-5.jsonl: a fifth independent writer's 200 (public services, B2B
    # suppliers, repairs of unusual things, hobbies), scored before anyone read it: max 0.869,
    # none at the tier. It is why the tier stays 0.9: at 0.85 its "... dust, not a scratch, so
    # it won't affect what you see at all." would be flagged (training/say-no-tone/README.md).
    rows = [json.loads(line) for line in CHECK_SET_5.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 200
    model = load_tone_model()
    assert max(model.scores(scored([row["text"] for row in rows]))) < model.confident


def test_the_tone_tier_leaves_the_check_set_alone() -> None:
    # `train.py ship` sets the confident tier above every sentence of the check set.
    rows = [json.loads(line) for line in CHECK_SET.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 200
    model = load_tone_model()
    assert max(model.scores(scored([row["text"] for row in rows]))) < model.confident


def scored(texts: list[str]) -> list[str]:
    """The sentences lingo scores for tone: not an apology that owns a past slip."""
    tokenizer = spacy.blank("en")
    return [t for t in texts if not owned_slip([w.lower_ for w in tokenizer(t)])]


@pytest.mark.parametrize(
    "text",
    [
        "Sorry we didn't ring you back on Tuesday.",
        "I'm so sorry we forgot to add the gift note.",
        "Apologies that we sent the invoice to your old address.",
        "Sorry we've kept you waiting so long for the part.",
        "I'm sorry we weren't clearer about the deposit.",
        "Sorry you weren't seen on time today.",  # done to them (by us), negated
    ],
)
def test_an_apology_that_owns_a_slip_is_not_a_no(text: str) -> None:
    words = [w.lower_ for w in spacy.blank("en")(text)]
    assert owned_slip(words)
    # Even with the rule in full, at the team's own threshold.
    linter = Linter(config=Config(enable=("say-no/tone",)))
    assert [f for f in linter.check(text).findings if f.rule == "say-no/tone"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Sorry you feel that way.",
        "Sorry if we upset you.",
        "Sorry, but we don't do refunds.",
        "Sorry we can't help with that.",
        "Sorry, I didn't take your booking, so I can't say what happens to the deposit.",
        "Sorry you weren't happy with the repair.",  # a feeling, not something done to them
    ],
)
def test_an_apology_that_does_not_own_a_slip_is_still_scored(text: str) -> None:
    assert not owned_slip([w.lower_ for w in spacy.blank("en")(text)])


@pytest.mark.parametrize(
    "text",
    [
        # a harm said not to happen reassures: no "no" to hear, no actor to name
        "Your refund will not be delayed.",
        "Your cancellation went through today, and you won't be charged again.",
        "Your files weren't lost in the update.",
        "We expect no more delays.",  # the harm said in a noun
        "There's no extra charge for the second visit.",
    ],
)
def test_a_harm_averted_is_neither_a_no_nor_a_hidden_actor(text: str) -> None:
    report = Linter().check(text)
    assert [f.rule for f in report.findings] == []


def test_a_refusal_in_the_same_shape_is_still_read() -> None:
    # read as the refusal it is (its passive is left to the say-no finding on the same words)
    report = Linter().check("Your booking can't be cancelled.")
    assert "say-no/refusal" in {f.rule for f in report.findings}


@pytest.mark.parametrize(
    "text",
    [
        "I know that's not the answer you hoped for.",
        "I understand this isn't the news you were hoping to hear.",
        "We realise it's not quite the outcome you wanted.",
        "I know that it's not the reply you expected from us.",
    ],
)
def test_naming_the_letdown_is_empathy_not_a_no(text: str) -> None:
    assert acknowledged_letdown([w.lower_ for w in spacy.blank("en")(text)])
    report = Linter(config=Config(profile="support-reply")).check(text)
    assert [f.rule for f in report.findings if f.category == "say-no"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Sorry if that's not the answer you wanted.",  # a non-apology: no one owns the knowing
        "I know it's not the answer you wanted, but rules are rules.",  # a wall after it
        "I know that's not the answer you hoped for, and that's final.",
    ],
)
def test_a_letdown_with_a_wall_or_without_owning_it_is_still_read(text: str) -> None:
    assert not acknowledged_letdown([w.lower_ for w in spacy.blank("en")(text)])

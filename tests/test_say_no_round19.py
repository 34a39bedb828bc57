"""Say-no round 19 (heldout-18, now spent, read for its say-no misses and its clean false alarms).

One shape landed: talking down widened from "better things to do" to the customer's matter set
below our "real" work, said of ourselves and ending the clause ("We've got real emergencies to
deal with."). Two writers of heldout-18 used it. Our "real" people or work with something after
it ("real people to deal with your claim") and the customer's own time ("you've got more
important things to do, so ...") stay quiet. At the end, one of heldout-18's clean false alarms
fixed at its cause: B&B is an abbreviation every reader knows. Every sentence here is written for
this file; none is copied from a labelled set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter

TALKING_DOWN = "say-no/hostility:talking-down"


def say_no(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "say-no"}


@pytest.mark.parametrize(
    "text",
    [
        "We've got real emergencies to deal with, sir.",
        "Some of us have proper work to do.",
        "I have more important matters to attend to.",
        "A dented bin lid? We've got bigger problems to worry about today.",
        "We have actual cases to deal with here.",
    ],
)
def test_round19_our_real_work_set_above_the_customer_is_flagged(
    replies: Linter, text: str
) -> None:
    assert TALKING_DOWN in say_no(replies, text)


# Warm replies in the same surface shape: a kind agent would send each, and none is flagged.
@pytest.mark.parametrize(
    "text",
    [
        "We know you've got more important things to do, so we've made the form two minutes long.",
        "Our team have real experience to share, so ask us anything.",
        "We've got real logs to deliver on Saturday, so yours will come then.",
        "We have more jobs to do in your area on Tuesday, so we'll fit yours then.",
        "We've got actual photos to show you, and I'll send them now.",
        "I've got a real soft spot for your dog, so I've booked her in first.",
        "We have serious concerns to raise with the builder for you, and I'll ring you Friday.",
        "We've got bigger vans to deal with bulky items, so your sofa will fit.",
        "We have real staff to handle your call, and they're in from 8am.",
        "I have actual copies of your letters to send back, so look out for a parcel.",
        "We've got proper engineers to deal with it, so you won't be passed around.",
        "We have actual people to get back to you within the hour.",
    ],
)
def test_round19_warm_replies_in_the_same_shape_stay_quiet(replies: Linter, text: str) -> None:
    assert not say_no(replies, text), say_no(replies, text)


# -- heldout-18's clean false alarm: B&B is known to every reader -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The B&B on the harbour still has a double room for Friday.",
        "Two B&Bs near the station take dogs, and I've sent you their numbers.",
        "Your B&B booking includes breakfast from 7am.",
    ],
)
def test_round19_bed_and_breakfast_is_not_an_unexplained_abbreviation(
    replies: Linter, text: str
) -> None:
    flagged = {f.qualified_id for f in replies.check(text).findings if f.category == "jargon"}
    assert not any(rule.startswith("jargon/acronym") for rule in flagged), flagged


def test_round19_an_unknown_abbreviation_is_still_flagged(replies: Linter) -> None:
    flagged = {
        f.qualified_id
        for f in replies.check("Please quote your BRP number when you call.").findings
        if f.category == "jargon"
    }
    assert any(rule.startswith("jargon/acronym") for rule in flagged), flagged

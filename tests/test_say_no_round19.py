"""Say-no round 19 (heldout-18, now spent, read for its say-no misses).

One shape landed: talking down widened from "better things to do" to the customer's matter set
below our "real" work, said of ourselves and ending the clause ("We've got real emergencies to
deal with."). Two writers of heldout-18 used it. Our "real" people or work with something after
it ("real people to deal with your claim") and the customer's own time ("you've got more
important things to do, so ...") stay quiet. Every sentence here is written for this file; none
is copied from a labelled set or a corpus."""

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

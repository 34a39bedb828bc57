"""Jargon round 17 (heldout-16, now spent, read for its jargon misses).

Three kinds, each on plain-language lists: a notice that opens on "Following" and an office
process ("Following a review of ..., the class will close"; 'following' -> 'after'), "pending" as
a preposition before a process ("on hold pending receipt of the photos"; 'until', 'while we wait
for'), and a letter's "at present" ('now'). Each kind has warm or neutral replies in its surface
shape that must stay quiet (the word in another sense or as a status, or a plain event), and
formal ones that are reported. Every sentence here is written for this file; none is copied from
a labelled set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "jargon"}


# -- Following a review of ... -------------------------------------------------------------------

FOLLOWING = "jargon/officialese:following-a-review"


@pytest.mark.parametrize(
    "text",
    [
        "Following a review of opening hours, the Sunday clinic will close.",
        "Following an assessment of your claim, no further payment will be made.",
        "Following receipt of your form, your account will be updated.",
        "Following a staffing reorganisation, your visits move to Tuesdays.",
    ],
)
def test_round17_following_an_office_process_is_officialese(replies: Linter, text: str) -> None:
    assert FOLLOWING in found(replies, text)


@pytest.mark.parametrize(
    "text",
    [
        "Following your visit on Monday, here are the photos of your new kitchen.",
        "Following the river path, you'll reach our farm shop in ten minutes.",
        "Following a recipe from our blog, you can bake the same loaf at home.",
        "Following a long wait, your sofa arrives tomorrow, and delivery is on us.",
        "Thanks for following us; your discount code is in this email.",
        "The following items are in your parcel: a lamp and two bulbs.",
        "Following a quick chat with the chef, we've saved you the corner table.",
        "Following the storm, our engineers will check every line in your street.",
        "Following our call, I've sent the refund to your card.",
        "Following a wedding, the venue sends the couple a bottle of fizz.",
    ],
)
def test_round17_following_in_other_senses_stays_quiet(replies: Linter, text: str) -> None:
    assert FOLLOWING not in found(replies, text)


# -- pending + a process -------------------------------------------------------------------------

PENDING = "jargon/complex-word:pending"


@pytest.mark.parametrize(
    "text",
    [
        "Your claim is on hold pending receipt of the photos.",
        "Your account is frozen pending an investigation by our fraud team.",
        "The work is paused pending planning approval.",
    ],
)
def test_round17_pending_before_a_process_is_formal(replies: Linter, text: str) -> None:
    assert PENDING in found(replies, text)


@pytest.mark.parametrize(
    "text",
    [
        "You'll see a pending charge of £1 that drops off in a day.",
        "Your booking shows as pending until the host confirms, usually within the hour.",
        "If the app says 'Payment pending', you don't need to pay again.",
        "The second line on your statement is a pending hold, not a second bill.",
        "Your refund is pending while the bank clears the payment, which takes two days.",
        "All pending orders ship tomorrow, yours included.",
        "There are no pending fees on your account, so you're all set.",
        "Your upgrade is pending for an hour or so, then it switches on by itself.",
        "We've cleared your pending requests, and your new card is on its way.",
    ],
)
def test_round17_pending_as_a_status_stays_quiet(replies: Linter, text: str) -> None:
    assert PENDING not in found(replies, text)


# -- at present ----------------------------------------------------------------------------------

AT_PRESENT = "jargon/complex-word:at-present"


@pytest.mark.parametrize(
    "text",
    [
        "The blue model is at present out of stock.",
        "At present, our lines are open until six.",
    ],
)
def test_round17_at_present_is_now(replies: Linter, text: str) -> None:
    assert AT_PRESENT in found(replies, text)


@pytest.mark.parametrize(
    "text",
    [
        "Have a look at present ideas on our gift page.",
        "Everyone at Present Perfect, our cafe, sends their love.",
        "Our prices at present-day rates are in the attached list.",
        "The children laughed at presents from the whole team.",
        "Your cake will be waiting at the present table by the door.",
        "Point at present items on the screen to see their price.",
        "Every child at presentation night gets a medal.",
        "Glance at present options in the app; there are three.",
    ],
)
def test_round17_present_in_other_senses_stays_quiet(replies: Linter, text: str) -> None:
    assert AT_PRESENT not in found(replies, text)

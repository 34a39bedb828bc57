"""Jargon round 18 (heldout-17, now spent, read for its jargon misses).

Two kinds. A notice that names what the reader did not do as a noun and then what it brings
("Failure to settle the balance by Friday will result in ..."; the Plain English Campaign's A to Z
lists "failure to": 'if you do not'), and the brainstorm idiom "blue-sky thinking" widened to the
meeting and its shower, which two independent office-jargon polls name ("a blue-sky session", "an
idea shower"). Each kind has warm or neutral replies in its
surface shape that must stay quiet (the words negated, about us, good news, another sense), and
formal ones that are reported. Every sentence here is written for this file; none is copied from
a labelled set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "jargon"}


# -- Failure to ... will result in ---------------------------------------------------------------

FAILURE = "jargon/officialese:failure-to"


@pytest.mark.parametrize(
    "text",
    [
        "Failure to return the trolley by six will result in a £20 charge.",
        "Your failure to keep the appointment may lead to removal from the waiting list.",
        "Failure to renew the permit before March will render it invalid.",
        "Any failure to clear the gutters by the end of the month will void the guarantee.",
    ],
)
def test_round18_failure_to_with_its_consequence_is_officialese(replies: Linter, text: str) -> None:
    assert FAILURE in found(replies, text)


@pytest.mark.parametrize(
    "text",
    [
        # the consequence said not to happen
        "Failure to attend won't result in any charge, so don't worry if plans change.",
        "Failure to pay on time will not lead to a fee this month, as we've paused all charges.",
        # good news after it, or the failure is ours
        "Failure to deliver by Friday will result in a full refund of the delivery charge.",
        "Any failure to arrive on our side will lead to compensation, paid without you asking.",
        "The boiler's failure to ignite will result in a free visit from our engineer.",
        # no consequence named, or the failure is waived
        "We've waived the fee for failure to return the form, because you were in hospital.",
        "Failure to connect is usually the router, so restart it and you'll be back online.",
        "Failure to find your booking usually means it's under another email, so try that one.",
        "A failure to load the page isn't your fault; we fixed the server this morning.",
        "Your failure to receive the parcel was our mistake, and a new one is on its way.",
        # review 38: a cause, not a consequence; a failure that is not the reader's to avoid
        "Failure to get our reminder texts can result from a full inbox, so we've resent them.",
        "Failure to thrive in young kittens can result in a vet visit, which your cover pays for.",
        "Failure to start on icy mornings may result in a call-out, and that's free on your plan.",
        "Any failure to charge your card will lead to a second try tomorrow, with no fee added.",
        "Failure to hear back from us in a week is never going to result in a fee.",
    ],
)
def test_round18_failure_to_without_a_threat_stays_quiet(replies: Linter, text: str) -> None:
    assert FAILURE not in found(replies, text)


# -- blue-sky thinking, idea showers --------------------------------------------------------------

BLUE_SKY = "jargon/buzzword:blue-sky-thinking"


@pytest.mark.parametrize(
    "text",
    [
        "Our blue sky thinkers will sketch three ideas for your shop front.",
        "Our designers did some blue sky thinking on your kitchen layout.",
        "Let's have a quick idea shower about the menu for your party.",
        "The team held a thought shower on how to fit the extra bunk in.",
    ],
)
def test_round18_brainstorm_idioms_are_reported(replies: Linter, text: str) -> None:
    assert BLUE_SKY in found(replies, text)


@pytest.mark.parametrize(
    "text",
    [
        "The forecast is a blue sky all weekend, so your fitting is on.",
        "Under a blue sky the view from the top is lovely, and tickets are half price today.",
        "We've got blue-sky paint back in stock, and it's 10% off this week.",
        "Our salvia 'Blue Sky Thinking' is back in stock for spring.",
        "The room has a blue sky mural and a walk-in shower.",
        # review 38: a day out under a clear sky, and a spaced dash
        "Our blue-sky photography session runs on Saturday if the weather holds.",
        "Book the blue sky workshop and you'll paint clouds with our tutor.",
        "Rain at 11, and then idea - showers clear by noon.",
        "Your baby shower booking is confirmed for Saturday at 2pm.",
        "The rain shower should pass by noon, so your picnic is safe.",
        "The idea of a shower seat came from a guest, and we've fitted one in every room.",
        "Thanks for the thought! We'll shower the couple with confetti as you asked.",
        "We love your ideas, and there's a shower of thank-you cards on the way.",
    ],
)
def test_round18_sky_and_showers_in_other_senses_stay_quiet(replies: Linter, text: str) -> None:
    assert BLUE_SKY not in found(replies, text)

"""Say-no round 16 (heldout-15, now spent, read for its say-no misses).

Three kinds. A widening of `say-no/brush-off:vague-promise`: a promise whose only time is
whoever gets round to it. "at some point" said of a named crew or after a longer promise, with
nothing after it ("The lads will fix the fence at some point."); "when we can" or "when
someone's free" ending the promise ("We'll get to it when we can."); and the same verb twice
with the customer as its object ("They'll get to you when they get to you."). A time given, "as
soon as we can", the customer's own "when you can", or "when we can confirm the date" stay quiet.
And a widening of `say-no/refusal:not-our-responsibility`: the remit wall with the office named
after it ("falls outside the remit of the support team", "fell outside the scope of the
service"), still only with no way forward after it; said not to be outside, a condition we then
act on, and a help page's own limits ("beyond the scope of this guide") stay quiet. And a
widening of `say-no/hostility:threat`: the court named as what comes next by whoever will start
it ("we'll add the fee and start court action", "it goes straight to our solicitor"); court said
not to happen, stopped, or offered to the customer stays quiet.
Every sentence here is written for this file; none is copied from a labelled set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "say-no"}


@pytest.mark.parametrize(
    "text",
    [
        "Our engineer will get to your boiler when we can.",
        "Your complaint will be looked at when somebody's free.",
        "The lads will fix the fence at some point.",
        "We'll pass your note to the office at some point.",
        "The van will get to you when it gets to you.",
    ],
)
def test_round16_a_promise_with_no_time_but_whoever_is_free(linter: Linter, text: str) -> None:
    assert "say-no/brush-off:vague-promise" in found(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "We'll call you back as soon as we can, and before 5pm today at the latest.",
        "Pop in whenever you can, and we'll sort it on the spot.",
        "When you can, send us a photo of the label and we'll refund you straight away.",
        "At some point you may see a pending charge; it drops off within three days.",
        "Our engineer will be with you at some point between 8 and 12 tomorrow.",
        "We'll get to you first thing tomorrow, and I'll text when the van leaves.",
        "If someone's free at the desk, they'll print your boarding pass for you.",
        "Every filter needs changing at some point, so we've put a free spare in your box.",
        "We'll refund the whole fee, and we'll call when we can confirm the new date.",
        "Come and see us when you can; your order will be waiting at the till.",
        "The plumber will get to you by ten, and he'll ring when he's parked.",
        "Our team will do everything they can to find your ring, and I'll call you at noon.",
    ],
)
def test_round16_a_time_or_the_customer_own_time_stays_quiet(linter: Linter, text: str) -> None:
    assert not found(linter, text), found(linter, text)


# -- falls outside the remit or scope of ... ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Your request falls outside the scope of our service.",
        "Garden waste falls outside the remit of the crew.",
        "Loose tiles fell outside the scope of the visit.",
    ],
)
def test_round16_outside_the_remit_of_an_office_is_a_wall(linter: Linter, text: str) -> None:
    assert "say-no/refusal:not-our-responsibility" in found(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Gutter cleaning is outside the scope of your plan, but I've booked it in as a free extra.",
        "Good news: the damage doesn't fall outside the scope of your cover, so we'll pay for it.",
        "The extra room isn't outside the scope of the quote, so there's nothing more to pay.",
        "Setting up email is beyond the scope of this guide; our video shows every step.",
        "If anything falls outside the scope of the survey, we'll tell you and quote for it first.",
        "We've widened the scope of your cover, so the garden shed is now included.",
        "Nothing you've asked for falls outside the scope of the booking, so it's all included.",
        "Repairs to the lift fall outside the scope of our contract, so I've asked the landlord's "
        "agent to ring you this afternoon.",
        "When a job falls outside the remit of the crew, the office will call you to book a "
        "specialist.",
    ],
)
def test_round16_outside_the_scope_with_help_or_negated_stays_quiet(
    linter: Linter, text: str
) -> None:
    assert not found(linter, text), found(linter, text)


# -- the court named as what comes next ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "After three reminders, we'll start court action.",
        "Unpaid balances go straight to our solicitors.",
        "We may commence recovery proceedings without further notice.",
    ],
)
def test_round16_court_action_as_the_next_step_is_a_threat(linter: Linter, text: str) -> None:
    assert "say-no/hostility:threat" in found(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "We won't start court action over the invoice; let's agree a payment plan instead.",
        "If the builder won't refund you, you can start court action yourself, and our guide "
        "shows how.",
        "We've stopped the court action, and your account is back to normal.",
        "Our solicitor has checked your lease, and you're entitled to the full deposit back.",
        "Good news: the recovery proceedings against the seller have ended, and your money is on "
        "its way.",
        "You'll never go straight to court with us; we always offer a payment plan first.",
        "No court action will be taken, and the late fee has been removed.",
        "We'll help you bring court proceedings against the landlord if you want to.",
        "Court action is the last thing we want, so let's find a payment date that works for you.",
    ],
)
def test_round16_court_said_not_to_happen_or_for_the_customer_stays_quiet(
    linter: Linter, text: str
) -> None:
    assert not found(linter, text), found(linter, text)

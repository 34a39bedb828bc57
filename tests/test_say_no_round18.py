"""Say-no round 18 (heldout-17, now spent, read for its say-no misses) and its review.

The round widened blame:if-you-had to a counterfactual reproach ("If you'd put a proper catch
on, the gate wouldn't have blown open."); an independent reviewer's warm replies in that shape
were flagged 20 times in 30 (reassurance, our own slip, a hypothetical offer), so the widening
was taken out: the warm shapes below stay quiet. A penalty we take away is not a threat, but
only as our own promise, never across an "and", and "clear the arrears" stays an order. Every
sentence here is written for this file; none is copied from a labelled set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "say-no"}


IF_YOU_HAD = "say-no/blame:if-you-had"


@pytest.mark.parametrize(
    "text",
    [
        "If you'd had our reminder, the visit wouldn't have slipped, so the next one is on us.",
        "The cot wouldn't have mattered if you'd brought it, as every room has one anyway.",
        "Your cake would have been fine if you'd left it out, so please don't worry.",
        "If you'd set the timer as we told you, it would still have tripped: the fault is ours.",
    ],
)
def test_round18_reassurance_and_our_slip_stay_quiet(replies: Linter, text: str) -> None:
    assert IF_YOU_HAD not in found(replies, text)


# -- heldout-17's clean false alarm: a penalty we take away is not a threat ------------------------

THREAT = "say-no/hostility:consequence-threat"


@pytest.mark.parametrize(
    "text",
    [
        "Send us a copy of the certificate within 30 days and we'll cancel the penalty.",
        "Reply with the photo and we'll waive the late fee.",
        "Pay the first instalment and we'll lift the hold on your account.",
        "Show the ticket at the desk and we'll refund the booking charge.",
    ],
)
def test_round18_a_penalty_taken_away_is_not_a_threat(replies: Linter, text: str) -> None:
    assert THREAT not in found(replies, text)


@pytest.mark.parametrize(
    "text",
    [
        "Miss another class and we'll cancel your place on the course.",
        "Send one more message like that and we will block you.",
        # review 38: an order to clear a debt, and a loss after "and", are still threats
        "Settle the arrears by Monday or we'll take the trailer back.",
        "Another late payment and we'll cancel your plan and charge the full fee.",
    ],
)
def test_round18_a_loss_after_the_order_is_still_a_threat(replies: Linter, text: str) -> None:
    assert THREAT in found(replies, text)


# -- heldout-17's clean false alarms, read after round 18: a way forward the detector missed


@pytest.mark.parametrize(
    "text",
    [
        "We can't refund the ticket itself, but we've waived the £30 change fee for you.",
        "I can't reopen the order, but I've cancelled the late-return charge on your account.",
        "We can't book you in without a referral, but the advice centre on Mill Street can refer "
        "you this afternoon.",
        "We don't take cards at the stall, but there's a cash machine next to the car park.",
        "We can't post prescriptions abroad, but there's a pharmacy at the airport that can help.",
    ],
)
def test_round18_a_way_forward_after_the_no_is_read(replies: Linter, text: str) -> None:
    assert not {f for f in found(replies, text) if f.startswith("say-no/refusal")}


@pytest.mark.parametrize(
    "text",
    [
        "We can't waive the fee, but our recovery team can refer your account to a collector.",
        "We can't reopen the case, but we've cancelled your membership.",
        "We don't take cheques, and there's no cash machine nearby.",
    ],
)
def test_round18_a_loss_after_the_no_is_no_way_forward(replies: Linter, text: str) -> None:
    assert {f for f in found(replies, text) if f.startswith("say-no/refusal")}

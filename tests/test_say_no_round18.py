"""Say-no round 18 (heldout-17, now spent, read for its say-no misses).

One kind: a counterfactual reproach. The customer's own past act, with the loss it would have
spared ("If you'd put a proper catch on, the gate wouldn't have blown open.", "The pipe wouldn't
have burst if you'd lagged it.", "Your bike would have been fine if you'd locked it."), or the
advice quoted back inside the condition ("If you'd let it dry like we told you, ..."). Warm replies
in the same shape stay quiet: an offer or a wish ("If you'd like, ..."), a thing done to the
customer ("If you'd been charged twice, ..."), our own act ("If we'd checked ..."), and a
reassurance ("Even if you'd cancelled, you wouldn't have lost anything"). Every sentence here is
written for this file; none is copied from a labelled set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter

IF_YOU_HAD = "say-no/blame:if-you-had"


def found(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "say-no"}


@pytest.mark.parametrize(
    "text",
    [
        "If you'd put a proper catch on, the gate wouldn't have blown open.",
        "If you'd measured the gap first, the door wouldn't have stuck.",
        "The pipe wouldn't have burst if you'd lagged it before the frost.",
        "Your bike would have been fine if you'd locked it to the rail.",
        "If you'd let the paint dry like we told you, the second coat would have gone on smoothly.",
    ],
)
def test_round18_counterfactual_reproach_is_blame(replies: Linter, text: str) -> None:
    assert IF_YOU_HAD in found(replies, text)


@pytest.mark.parametrize(
    "text",
    [
        "If you'd like, we can send a new one today.",
        "If you'd rather, the driver can leave it with a neighbour.",
        "If you'd prefer a call, like we said, just reply with a good time.",
        "It would have been fine if you'd wanted to bring the dog, as we're pet-friendly.",
        "Even if you'd cancelled, you wouldn't have lost anything, as the fare was flexible.",
        "If you'd ordered it today, it wouldn't have cost any more, so don't worry.",
        "If we'd checked the address, it wouldn't have gone to Leeds, so we've sent another.",
        "The heating wouldn't have failed if we'd fitted the right valve, so the repair is on us.",
        "If you'd been charged twice, we'd refund the extra straight away.",
        "Like we said on the phone, the upgrade is free and it's live on your account now.",
    ],
)
def test_round18_offers_our_acts_and_reassurance_stay_quiet(replies: Linter, text: str) -> None:
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
    ],
)
def test_round18_a_loss_after_the_order_is_still_a_threat(replies: Linter, text: str) -> None:
    assert THREAT in found(replies, text)

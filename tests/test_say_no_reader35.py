"""Cold phrasings an independent reader's own replies showed missed (session 35), each added
after a run over both help corpora read as replies (no new finding there), every spent labelled
file (no change) and the warm check sets (no change). Every sentence here is written for this
file; none is copied from a held-out set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "say-no"}


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # the kind of agreement named before it is still the rulebook held up
        (
            "As per the tenancy agreement, the deposit is kept for 30 days after you leave.",
            "policy-speak:as-per",
        ),
        ("As per the fare conditions, the change fee stands.", "policy-speak:as-per"),
        # "not entitled to" is "not eligible for"
        ("You are not entitled to compensation for a short delay.", "refusal:not-eligible"),
        ("Since you cancelled late, you aren't entitled to a refund.", "refusal:not-eligible"),
        # a debt handed on, whatever the firm is called
        (
            "If the invoice stays unpaid, your account will be passed to our collections partner.",
            "hostility:unpaid-by-deadline",  # the late-payment threat (session 36), longer match
        ),
        ("Unpaid fees are referred to an external debt recovery firm.", "hostility:threat"),
        # the job left with the customer, by another name for them
        (
            "It is the policyholder's responsibility to keep the gutters clear.",
            "blame:your-responsibility",
        ),
        ("Renewing the pass is the cardholder's job.", "blame:your-responsibility"),
        # the customer's account set aside, nothing after it
        ("We have no record of the visit you describe.", "brush-off:no-record"),
        ("We couldn't find any record of your earlier email.", "brush-off:no-record"),
    ],
)
def test_reader35_cold_phrasings_are_flagged(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in found(linter, text), found(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        # the same words, warm: what is owed is given, what we do is ours, help follows the job
        "You're entitled to a full refund, and it's already on its way to your card.",
        "I'll pass this to our collections team, who can set up a payment plan that suits you.",
        "It's the member's job to book the court, but we're happy to do it for you.",
        "It is your responsibility to keep the receipt, but we can look it up if you lose it.",
        "We have no record of your card number, because we never keep it.",
        "I can't find any record of the parcel yet, so I've asked the courier to trace it today.",
        "We have no record of your booking, which is our mistake, so I have booked you for Friday.",
    ],
)
def test_reader35_warm_uses_stay_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text), found(linter, text)

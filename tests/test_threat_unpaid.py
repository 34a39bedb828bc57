"""`say-no/hostility:unpaid-by-deadline`: money the customer owes, not paid by a deadline, and
what we will then do to them. Every sentence here is written for this file; none is copied from
a labelled set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter

ENTRY = "say-no/hostility:unpaid-by-deadline"


def entries(linter: Linter, text: str) -> list[str]:
    return [f.qualified_id for f in linter.check(text).findings if f.category == "say-no"]


@pytest.mark.parametrize(
    "text",
    [
        "If the rent isn't paid by the 1st, we'll take the sofa back.",
        "If the deposit isn't with us by Monday, the date is released to the next couple.",
        "If we haven't received the balance by Friday, we'll stop the work and bill the materials.",
        "Your water will be cut off next week if the bill remains unpaid.",
        "If this isn't settled by the 20th, your locker is cleared and the contents are sold.",
        "If the invoice is still outstanding at month end, we'll pass it to our solicitor.",
        "If the fee hasn't been paid within 14 days, we'll remove your stall from the market.",
    ],
)
def test_a_threat_over_a_late_payment_is_flagged(linter: Linter, replies: Linter, text: str):
    assert ENTRY in entries(linter, text)
    assert ENTRY in entries(replies, text)


@pytest.mark.parametrize(
    "text",
    [
        # help in the consequence: a call, a reminder, a plan, more time
        "If the payment isn't through by Friday, we'll give you a call to check all is well.",
        "If the invoice isn't paid by the 5th, we'll send a reminder and you can pay that week.",
        "If the balance is still outstanding next week, we can set up a payment plan for you.",
        "If the deposit isn't with us by Friday, we'll hold your date for another week anyway.",
        "If the fee isn't paid by Friday, the class place is kept for you until Monday.",
        # a neutral consequence, or good news
        "If the payment isn't with us by Friday, your order ships on Monday instead of Saturday.",
        "If the payment hasn't cleared by Monday, your order will still go out as planned.",
        "If your instalment isn't paid by the 10th, nothing changes and no fee is added.",
        # the harm said not to happen
        "If the bill isn't paid by the due date, we won't close the account.",
        # the customer's own money, owed by us
        "If your refund isn't in your account by Friday, we'll chase the bank for you.",
        # paid: no threat
        "If the invoice is paid by Friday, we'll take 5% off the next one.",
        # after an independent review's warm probes (session 36): a booking kept, a fee taken off,
        # the customer's own money late, an estimate, a case handed on for them
        "If the payment isn't through by Friday, we'll keep your table exactly as booked.",
        "If your bill is still unpaid because of our outage, we'll take the late fee off.",
        "If the money isn't in your account by Friday, we'll take it up with our bank.",
        "If we haven't got your reading by the 3rd, we'll take an estimate you can correct later.",
        "If your deposit hasn't been paid back in ten days, we'll pass your case to the scheme.",
        "Your late fee will be removed even if the balance is still outstanding.",
    ],
)
def test_help_or_a_fact_after_a_late_payment_is_not_a_threat(replies: Linter, text: str):
    assert ENTRY not in entries(replies, text)

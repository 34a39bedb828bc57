"""A "no" followed by something concrete the customer will get is a way forward (session 39).

heldout-18's clean "We can't send an officer ..., but you'll get a crime reference number ..."
was flagged: lingo's `dead-end` rule leaves a refusal with a way forward alone, and "you'll
get" something of value is one (a refund, a voucher, a replacement, a reference number). Not
nothing, not a penalty, not a copy of the terms (an independent reviewer's cold lines).
Sentences written for this file.
"""

from __future__ import annotations

import pytest

from lingo import Config, Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(config=Config(profile="support-reply"))


def refused(linter: Linter, text: str) -> bool:
    return any(f.rule == "say-no/refusal" for f in linter.check(text).findings)


@pytest.mark.parametrize(
    "text",
    [
        "We can't repair the strap, but you'll get a new one in the post this week.",
        "We can't refund the lesson, but you'll receive a credit note for the full amount.",
        "We can't fix the kettle, but you'll get a replacement by Friday.",
    ],
)
def test_something_the_customer_will_get_is_a_way_forward(linter: Linter, text: str) -> None:
    assert not refused(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "We can't refund the lesson, but you'll get nothing back either way.",
        "We can't refund the lesson, but you'll receive a final warning letter.",
        "We can't refund the lesson, and you won't get a credit note either.",
        "We can't refund the lesson, but you'll get an invoice for the rest.",
        "We can't refund the lesson, but you'll get a copy of our terms.",
        "We can't refund the lesson, but you'll get our final response in writing.",
    ],
)
def test_nothing_or_a_penalty_is_no_way_forward(linter: Linter, text: str) -> None:
    assert refused(linter, text)

"""Cold lines an independent reader (session 37) wrote and lingo passed, in shapes written
here, and warm replies in the same shapes that must stay clean. Every pattern was run over
both real corpora first (no hit) and over the spent labelled sets and warm check sets, and an
independent reviewer probed it with warm replies: "not prepared to" is read only before a
concession the customer asked for; the widened "as stated in" and "has been ... and is final"
flagged warm replies in most shapes and were taken out."""

from __future__ import annotations

import pytest

from lingo import Linter


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        (
            "The insurer has considered your appeal and is not prepared to extend the cover.",
            "not-prepared-to",
        ),
        (
            "We are not prepared to replace a kettle that has been descaled with vinegar.",
            "not-prepared-to",
        ),
    ],
)
def test_cold_lines_readers_wrote_are_flagged(replies: Linter, sentence: str, entry: str) -> None:
    report = replies.check(sentence)
    assert entry in [f.entry for f in report.findings if f.category == "say-no"]


@pytest.mark.parametrize(
    "sentence",
    [
        "If you're not prepared to wait for the part, we can refund you today instead.",
        "We aren't prepared to let a leak like that wait, so a plumber will call round at 8am.",
        "The decision was checked by our surveyor and is final, so your payout is on its way",
        "We're not prepared to bill you for a visit our own engineer got wrong.",
        "We aren't prepared to give up on your parcel, and the depot is searching again today.",
        "The landlord isn't prepared to waive the fee, but she's happy to take it in two halves.",
        "As set out in clause 4 of your hire agreement, you get a courtesy car while yours is out.",
        "The hall is not prepared to host more than 80 guests, so we've booked the barn too.",
    ],
)
def test_warm_lines_in_those_shapes_are_left_alone(replies: Linter, sentence: str) -> None:
    report = replies.check(sentence)
    assert [f for f in report.findings if f.category == "say-no"] == [], sentence


def test_a_refusal_hint_does_not_offer_help_about_the_customer(replies: Linter) -> None:
    """ "Here's what we can do about you: ..." read badly (an independent reviewer's find)."""
    report = replies.check("We are not prepared to reimburse you for the missed lesson.")
    finding = next(f for f in report.findings if f.entry == "not-prepared-to")
    assert not any("about you" in s.text for s in finding.suggestions)

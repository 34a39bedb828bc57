"""Cold lines an independent reader (session 37) wrote and lingo passed, in shapes written
here, and warm replies in the same shapes that must stay clean. Every pattern was run over
both real corpora first (no hit) and over the spent labelled sets and warm check sets."""

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
        (
            "This assessment has been checked by our surveyor and is final.",
            "decision-is-final",
        ),
        (
            "As set out in section 7 of your membership agreement, the joining fee is kept.",
            "as-stated-in",
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
        "This decision has been checked by our surveyor and is final, so your payout is on its way",
        "The hall is not prepared to host more than 80 guests, so we've booked the barn too.",
    ],
)
def test_warm_lines_in_those_shapes_are_left_alone(replies: Linter, sentence: str) -> None:
    report = replies.check(sentence)
    assert [f for f in report.findings if f.category == "say-no"] == [], sentence

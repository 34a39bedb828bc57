"""`say-no/blame:not-our-fault` widened in session 36 from spent sets' defensive misses. Every
sentence here is written for this file; none is copied from a labelled set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter

ENTRY = "say-no/blame:not-our-fault"


def entries(linter: Linter, text: str) -> list[str]:
    return [f.qualified_id for f in linter.check(text).findings if f.category == "say-no"]


@pytest.mark.parametrize(
    "text",
    [
        "The fitters tested the joints twice, so the leak is nothing to do with our work.",
        "The creases aren't down to our cleaning.",
        "The wobble isn't down to the fitting; the floor is uneven.",
        "Whatever has happened to the frame since, that isn't our work.",
    ],
)
def test_our_work_defended_instead_of_helping(replies: Linter, text: str) -> None:
    assert ENTRY in entries(replies, text)


@pytest.mark.parametrize(
    "text",
    [
        "We stand by our repairs for a full year, so just bring it back if it fails.",
        "We stand by how we price: you'll never pay more than the quote.",
        "We've been baking for 30 years and we'd love to make your cake.",
        "The dripping is nothing to worry about; it's the condensation pipe doing its job.",
        "It's not down to you at all; the mix-up was on our side and I've fixed it.",
        "The delay is nothing to do with you, and we'll have it with you on Friday.",
        "We're satisfied with the photos you sent, so your claim is approved.",
        "We've been waiting for two weeks for the part too, and I'm sorry it's taking so long.",
        # after an independent review's warm probes (session 36): a promise kept, evidence
        # accepted, a scam disowned, a colleague cleared while we own it, a work not ours
        "We said £60 on the phone, so we stand by charging you £60, though the part cost more.",
        "Our quote said so, so we stand by how you asked for it and won't add the extras.",
        "Thanks for the receipts; we're satisfied with that, so your refund is on its way.",
        "That text asking for your card number was nothing to do with us: please delete it.",
        "The delay isn't down to the driver, it's our warehouse, and I'm sorry.",
        "The fountain in the photo isn't our work, but we'd love to build one like it.",
    ],
)
def test_a_promise_or_reassurance_in_the_same_words_is_not_a_defence(
    replies: Linter, text: str
) -> None:
    assert ENTRY not in entries(replies, text)

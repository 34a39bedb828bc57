"""Warm replies in the shapes of session 36's new patterns, after an independent reviewer's probes
found false alarms in them (benchmarks/data/coverage/README.md, "Review of session 36's patterns").
Every sentence here is written for this file, in the reviewer's shapes, not copied from the review
or from any labelled set or corpus."""

from __future__ import annotations

import pytest

from lingo import Linter

NEW = {
    "jargon/business-idiom:put-a-pin-in-it",
    "jargon/buzzword:industry-leading",
    "jargon/buzzword:iconic",
    "jargon/buzzword:bespoke-experience",
    "say-no/blame:not-our-fault",
    "say-no/brush-off:vague-promise",
    "say-no/hostility:threat",
    "say-no/hostility:consequence-threat",
    "say-no/hostility:unpaid-by-deadline",
    "say-no/refusal:no-x-will-be-given",
}


@pytest.mark.parametrize(
    "text",
    [
        # park: the shelving said not to happen, or the customer's own choice
        "We won't park your question: the answer is in your inbox already.",
        "Rather than park your suggestion, we added it to this week's release.",
        "If you'd like to park the plan until spring, that's completely fine.",
        # "leading" as a verb of place, or the boast denied
        "Follow the road from the market leading down to the quay, and we're on the left.",
        "We're not world-leading at much, but we will have your bike fixed by noon.",
        # "iconic" in its plain sense, of something that is not ours
        "Your walking tour passes the iconic clock tower, and the guide stops there for photos.",
        # made to measure is "bespoke" in its own sense; the sales word denied
        "Your bespoke curtain and blind package is ready to collect on Friday.",
        "We don't sell bespoke experiences; we just fix bikes well, and yours is ready.",
        # "at some point" and "when they can" of things and of the customer's own people
        "Brake pads wear down, so they'll need to be replaced at some point.",
        "Your guests can reply to the invitation link when they can.",
        "On Tuesday the engineer will ask you to turn the water off at some point.",
        # legal action as the customer's right, or done for them against someone else
        "If the seller won't refund you, you could take court action; our guide explains how.",
        "Our solicitors will bring legal proceedings against the builder for you.",
        "Your sale file goes straight to our solicitor, who will finish the paperwork this week.",
        # "No ... is payable" as good news at the head of a sentence
        "No deposit is payable for parties under ten.",
        "No VAT is payable on children's shoes.",
    ],
)
def test_warm_replies_in_the_new_shapes_stay_clear(replies: Linter, text: str) -> None:
    hits = [f.qualified_id for f in replies.check(text).findings if f.qualified_id in NEW]
    assert hits == [], hits

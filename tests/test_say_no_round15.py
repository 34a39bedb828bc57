"""Say-no round 15 (heldout-3, -13 and -14, now spent, read for their say-no misses).

Two say-no kinds landed, each finding misses of other writers' files too and none of the clean,
hard-negative or warm sentences lingo is checked against (benchmarks/data/coverage/README.md):

- a sanction on whoever breaks a house rule, not only "you" (`say-no/hostility:threat`):
  "Latecomers will be refused entry.", "... you'll both be asked to leave";
- orders in a row, each a sentence of its own, with no reason and no help
  (`say-no/hostility:bare-orders`): "Do not lift the lid. Do not touch the cable.".

Each kind has warm or neutral replies in its own surface shape that must stay quiet: the
sanction negated or on someone who wronged the customer, orders followed by what we do. And
heldout-13's clean false alarm: "honey" the food is not a pet name. The jargon kinds are in
tests/test_jargon_round15.py. Every sentence here is written for this file; none is copied from a
labelled set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str, category: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == category}


# -- a sanction on a kind of customer --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Latecomers will be refused entry.",
        "Anyone caught vaping in the toilets will be asked to leave.",
        "If the dogs fight again, you'll both be asked to leave the park.",
        "Spectators will be banned for the rest of the season.",
        "Members who skip the safety talk will be barred from booking the climbing wall.",
        "Anyone shouting at the referee will get refused entry next week.",
    ],
)
def test_round15_sanction_on_a_customer_is_a_threat(linter: Linter, text: str) -> None:
    assert "say-no/hostility:threat" in found(linter, text, "say-no")


@pytest.mark.parametrize(
    "text",
    [
        # negated
        "Nobody will be asked to leave early; the hall is ours until midnight.",
        "You won't be refused entry if your ticket is on your phone.",
        "No child will be refused entry because of a late payment.",
        # leaving something is a step
        "You'll be asked to leave your keys at reception so the cleaner can get in.",
        "At the door you'll be asked to leave a small deposit for the skates, which we hand back.",
        # a ban on someone who wronged the customer
        "Anyone who is rude to you on the forum will be banned, and you can report them easily.",
        "Drivers who refuse your guide dog will be barred from our platform.",
        "Sellers will be banned if they send you a fake, and we'll refund you in full.",
        # a thing, not a person
        "Glass bottles will be banned from the beach this summer.",
    ],
)
def test_round15_sanction_shapes_that_are_warm_stay_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no"), found(linter, text, "say-no")


# -- orders in a row ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Do not touch the display. Do not lean on the glass.",
        "Don't move the boxes. Don't open the crates.",
        "Do not feed the goats. Do not open the gate. Do not pick the apples.",
        "Don't switch it on. Don't tip it over until we've looked at it.",
    ],
)
def test_round15_orders_in_a_row_are_bare(linter: Linter, text: str) -> None:
    assert "say-no/hostility:bare-orders" in found(linter, text, "say-no")


@pytest.mark.parametrize(
    "text",
    [
        # reassurance, not orders
        "Don't worry. Don't rush: your table is held until nine.",
        "Don't forget your towel. Don't forget your goggles!",
        "Don't lose heart. Don't give up on the course: your tutor has kept your place.",
        # help or what we did right after the orders
        "Don't cancel your card. Don't change your PIN. We've already blocked the payment.",
        "Don't bin the old charger. Don't buy a new one. We'll post you a replacement today.",
        # the order gives its reason
        "Don't unplug the kettle. Don't refill it either, as the fuse needs checking first.",
    ],
)
def test_round15_orders_that_are_warm_stay_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no"), found(linter, text, "say-no")


@pytest.mark.parametrize(
    "text",
    [
        # help after the orders, in the same sentence or the next (other rules may read the tone)
        "Don't pay the invoice yet. Don't chase it either, I've asked billing to cancel it.",
        "Do not sign anything. Do not pay anything. Send me the letter and I'll deal with it.",
        "Do not unplug it. Do not open the case. Our engineer will be with you by nine.",
        "Don't unplug the router. Don't press reset, or the settings will be lost.",
    ],
)
def test_round15_orders_with_help_are_not_bare(linter: Linter, text: str) -> None:
    assert "say-no/hostility:bare-orders" not in found(linter, text, "say-no")


def test_round15_one_sentence_unless_window_is_unchanged(linter: Linter) -> None:
    # a match inside one sentence is still cancelled only by its own sentence
    assert "say-no/hostility:bare-prohibition" in found(
        linter, "Do not park on the verge. As you know, the mower comes on Tuesdays.", "say-no"
    )


# -- a pet name is said to someone; the food is not (heldout-13's clean false alarm) -------------


@pytest.mark.parametrize(
    "text",
    [
        "Each hive we sell comes with a full frame of honey for the winter.",
        "The new frames are a lovely honey colour and fit every standard hive.",
        "Our darling little beach hut sleeps four and has a sea view.",
    ],
)
def test_round15_honey_the_food_is_not_a_pet_name(linter: Linter, text: str) -> None:
    assert "say-no/hostility:belittling" not in found(linter, text, "say-no")


@pytest.mark.parametrize(
    "text",
    ["Honey, the form is on the website.", "It's in the email, darling, have another look."],
)
def test_round15_a_pet_name_said_to_the_reader_still_talks_down(linter: Linter, text: str) -> None:
    assert "say-no/hostility:belittling" in found(linter, text, "say-no")

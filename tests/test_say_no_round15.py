"""Say-no round 15 (heldout-3, -13 and -14, now spent, read for their say-no misses), and the
independent review of the day's patterns (review 35).

Round 15 added two kinds, a sanction on whoever breaks a house rule ("Latecomers will be refused
entry.") and orders in a row with no reason ("Do not lift the lid. Do not touch the cable."). An
independent reviewer then wrote warm replies in their shapes, and most were flagged: a fire drill
("all guests will be asked to leave at 10am"), a ban on a scammer, reassurance given as two
"Don't"s. As with round 14, both kinds were taken out (benchmarks/data/coverage/README.md); the
warm replies stay here as the regression. What stays: heldout-13's clean false alarm fixed at its
cause ("honey" the food is not a pet name), and the review's other false alarms fixed at theirs
(a debt hand-over said not to happen, a third party "not entitled", a pet name in a list). The
jargon kinds are in tests/test_jargon_round15.py. Every sentence here is written for this file;
none is copied from a labelled set, the reviewer's notes or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str, category: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == category}


@pytest.mark.parametrize(
    "text",
    [
        # a sanction on someone else, or a leaving that is a plan
        "On the fire drill every guest will be asked to leave at nine, and breakfast is free.",
        "The noisy party next door will be asked to leave, and I've moved you to a quieter room.",
        "Fake-ticket sellers will be refused entry at the gate, so your seats are safe.",
        "Our drivers will be barred from calling you after 8pm, as you asked.",
        # reassurance given as orders, with the reason in the next sentence
        "Don't pay the second bill. Don't cancel anything. That duplicate was our error.",
        # a debt hand-over said not to happen, and a recovery truck
        "Good news: your account will not be passed to our collections partner now.",
        "Your van has been handed to our recovery partner, who will tow it free of charge.",
        # a third party not entitled is on the customer's side
        "The seller is not entitled to cancel your order after you've paid, and I've told them so.",
        # a pet name's word in a list, as a subject, or in a place name
        "The box has jam, honey, oatcakes and tea.",
        "Yes, honey is fine for dogs in small amounts.",
        "Please post it to 12 Park Road, Darling Point, and we'll pay the postage.",
        # older entries the review's asides caught: a lost card blocked for the customer, and
        # nothing more to pay
        "If your card is ever stolen, call us and we'll block it within a minute.",
        "We've settled the account, so no further payment is due from you.",
    ],
)
def test_review35_warm_replies_in_the_shapes_stay_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no"), found(linter, text, "say-no")


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


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Keep missing payments and we'll block your card.", "hostility:consequence-threat"),
        ("Sorry, but no refund is due for the cancelled lesson.", "refusal:no-x-will-be-given"),
    ],
)
def test_review35_the_same_entries_still_read_the_cold_shape(
    linter: Linter, text: str, entry: str
) -> None:
    assert f"say-no/{entry}" in found(linter, text, "say-no")

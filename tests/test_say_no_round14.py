"""Say-no round 14 (heldout-12, now spent, read for its two clean false alarms first and then
for its kinds). New this round: a kind was added only when, besides heldout-12, it also found
at least two say-no sentences of other writers' training files that lingo missed, and no clean
or hard-negative sentence in any of them.

Precision first: "cut" threatens only what is cut off ("we'll cut your blind down to fit" is an
offer); a ban followed by what we can do instead is not bare. Then the kinds: a deadline and
what we then do or what then stops; a lapse of the customer's said as what it will cost; our
work is sound, so the answer is no; the others held up as doing it; the thing said to be
another party's and the customer sent to them; the customer's own signature held up; what the
customer's side did, then the damage pinned on it. Every sentence here is written for this
file; none is copied from a held-out set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str, category: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == category}


@pytest.mark.parametrize(
    "text",
    [
        # "cut" to fit or to size is work we do for the customer
        "We'll cut your new worktop to size on site, free of charge.",
        "If the curtains are too long, we'll cut your fabric down and hem it again for nothing.",
        "I'll cut your spare key while you wait.",
        # a ban, then what we can do instead
        "Balloons aren't allowed on the ward, but we can take a photo of the card to her.",
        "Glass isn't permitted by the pool, but we can pour your drinks into plastic cups.",
        # a deadline that leads to help, not a loss
        "If it isn't with you by Friday, we'll send another one free.",
        "If you haven't heard from us by Friday, we'll call you.",
        "If the part isn't here within a week, we'll refund you in full.",
        # help text about ending a plan: no lapse, no loss
        "Cancelling will end your plan at the end of the month.",
        "Switching to yearly billing will cancel your monthly payments.",
        # a check that leads to help
        "Every order is checked before dispatch, and if anything is missing we'll send it.",
        "We're confident we can fix it this week.",
        # others telling us what helps
        "Other customers tell us this helps: unplug the reader for a minute.",
        "Every other week we run a free class for beginners.",
        # another party named, and we pass it on
        "Refund queries are handled by our billing team, so I've passed yours on today.",
        "That's one of our most popular tours.",
        # the customer's papers offered, not held up
        "Here's a copy of the agreement you signed, with the cancellation terms on page two.",
        # what the customer asked for, and what we did about it
        "You asked for a quiet room, which is why we moved you to the top floor.",
        "Your family asked for an early check-in, and that's why the room was ready at ten.",
    ],
)
def test_round14_hard_negatives_stay_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no"), found(linter, text, "say-no")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # "cut" that cuts something off
        ("Pay the arrears or we'll cut you off.", "hostility:consequence-threat"),
        ("If it isn't paid, we will cut your supply.", "hostility:consequence-threat"),
        ("Threaten our staff and we'll cut your access off.", "hostility:consequence-threat"),
        # a ban with nothing after it is still bare
        ("Photos are not allowed in the chapel.", "hostility:bare-prohibition"),
        ("No dogs in the dining room.", "hostility:bare-prohibition"),
        # a deadline, then what we do or what stops
        (
            "If the rent isn't in by the 5th, we'll close the account and keep the bond.",
            "hostility:consequence-threat",
        ),
        (
            "If we don't get the signed form within ten days, we'll cancel the booking.",
            "hostility:consequence-threat",
        ),
        (
            "If your payment isn't with us before Monday, we'll pass the debt to collectors.",
            "hostility:consequence-threat",
        ),
        (
            "If the fees aren't paid by June, your locker stops working.",
            "hostility:consequence-threat",
        ),
        (
            "If the balance isn't cleared by noon, the boat doesn't leave the harbour.",
            "hostility:consequence-threat",
        ),
        # a lapse of the customer's, said as what it costs
        ("Skipping two boxes in a row will cancel your discount.", "hostility:consequence-threat"),
        ("Missing three lessons will void your block booking.", "hostility:consequence-threat"),
        (
            "Failure to lock the trailer will render the hirer liable for its loss.",
            "hostility:consequence-threat",
        ),
        # our work is sound, so the answer is no
        ("We stand behind every repair we do.", "blame:not-our-fault"),
        ("Our chefs are trained, so we stand by how the steak was cooked.", "blame:not-our-fault"),
        ("So we're confident in how the job was done.", "blame:not-our-fault"),
        ("The fitting was done correctly.", "blame:not-our-fault"),
        ("Every bike is checked before it leaves us.", "blame:not-our-fault"),
        ("Every parcel is checked by two people, so the book was there.", "blame:not-our-fault"),
        ("Our team checks every order, so nothing was missing.", "blame:not-our-fault"),
        # the others held up as doing it
        ("Every other puppy in the class had it by week two.", "brush-off:most-customers-manage"),
        (
            "The others in his group are all swimming lengths already.",
            "brush-off:most-customers-manage",
        ),
        ("Other owners bring the paperwork.", "brush-off:most-customers-manage"),
        ("Other tenants keep their bins off the path.", "brush-off:most-customers-manage"),
        # another party's thing, and the customer sent to them
        ("Parking is run by the council, so that's one for them.", "refusal:not-my-department"),
        (
            "The bar is managed by a contractor, so drinks complaints need to go to them.",
            "refusal:not-my-department",
        ),
        ("Refund queries are handled by a separate team.", "refusal:not-my-department"),
        ("Gate codes are handled by the landlord, not us.", "refusal:not-my-department"),
        (
            "Faulty batteries should be raised with the maker, not with us.",
            "refusal:not-my-department",
        ),
        # the customer's own signature held up
        ("That's the agreement you signed.", "policy-speak:rules-are-rules"),
        ("That's what you signed up to.", "policy-speak:rules-are-rules"),
        ("The contract you signed doesn't allow for refunds.", "policy-speak:rules-are-rules"),
        # what the customer's side did, then the damage pinned on it
        ("Your kids left the gate open, and that's how the pony got out.", "blame:down-to-you"),
        ("You gave the code to a friend, and that's why the money went.", "blame:down-to-you"),
        (
            "Your builder never capped the pipe, which is why the kitchen flooded.",
            "blame:down-to-you",
        ),
    ],
)
def test_round14_kinds_flagged(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in found(linter, text, "say-no"), found(linter, text, "say-no")


# heldout-14's first score showed two say-no false alarms on clean sentences; their causes, in
# sentences written here: "don't panic" said to reassure (three writers), and one of our staff
# who "would have to come back another day".
@pytest.mark.parametrize(
    "text",
    [
        "Don't panic: the alarm resets itself and we'll check it on Friday at no charge.",
        "Don't panic if the screen goes dark during the update; that's normal.",
        "Please leave the side gate open, or the engineer would have to come back another day.",
        "If the part isn't in, we'll come back tomorrow to finish.",
    ],
)
def test_heldout14_clean_false_alarms_fixed(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no")


@pytest.mark.parametrize(
    "text",
    [
        "You're panicking over a tiny scratch.",
        "Don't overreact, it's only a dent.",
        "You'll have to come back another day.",
    ],
)
def test_heldout14_same_words_still_flagged(linter: Linter, text: str) -> None:
    assert found(linter, text, "say-no")

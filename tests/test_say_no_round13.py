"""Say-no round 13 (heldout-11, now spent, read for its two clean false alarms first and then
for its kinds; each kind written as its general shape and checked against how the other
training sets phrase it).

Precision first: a thing that comes later at a time named is a schedule ("your paper will come
later, between 8 and 10"), not "come back later"; a "no" followed by what the customer can do
and what it gets them ("..., but if you book for Tuesday you'll get the same price") has a way
forward. Then the kinds: "any more X and" a loss; an order "or it goes"; the customer's thing as
the only one; nobody else with it has told us; the wait shrugged off as coming when it comes;
the upset sized down ("not exactly a disaster"); the answer kept simple "for you" and the hard
part kept from the customer; a failure in the past put down to what the customer did; the fault
handed to the machine and to no one here. Every sentence here is written for this file; none is
copied from a held-out set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str, category: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == category}


@pytest.mark.parametrize(
    "text",
    [
        # a schedule: a thing that comes later, at a time named
        "From next week the paper will come later, between 8 and 10, as the route has changed.",
        "Your veg box will come later than usual on Friday, around noon.",
        "The bin lorry will come later on Tuesdays, at about 11am.",
        # a "no", then what the customer can do and what it gets them
        "We don't open on Mondays, but if you book for Tuesday you'll get the same price.",
        "We can't post to PO boxes, but if you give a neighbour's address it'll come Friday.",
        "We don't deliver on bank holidays, but if you order by Thursday it will come Saturday.",
    ],
)
def test_round13_schedules_and_ways_forward_stay_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no"), found(linter, text, "say-no")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Please come back later.", "brush-off:call-back-later"),
        (
            "We can't refund the ticket, but if you do that again you'll be banned.",
            "hostility:threat",
        ),
        ("We can't refund it, and if you cancel you'll lose the deposit.", "refusal:we-cannot"),
    ],
)
def test_round13_brush_offs_and_dead_ends_still_flagged(
    linter: Linter, text: str, entry: str
) -> None:
    assert f"say-no/{entry}" in found(linter, text, "say-no")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # threats: "any more X and" a loss, "one more X and it goes", an order "or it goes"
        (
            "Any more rude emails and your membership will be cancelled.",
            "hostility:consequence-threat",
        ),
        ("Any more of this and we'll close the account.", "hostility:consequence-threat"),
        (
            "One more late payment and the car goes back to the dealer.",
            "hostility:consequence-threat",
        ),
        ("Any more swearing at the staff and you will be asked to leave.", "hostility:threat"),
        ("Collect the sofa by Sunday or it goes.", "hostility:consequence-threat"),
        (
            "Pay the deposit today or it's released to the next person.",
            "hostility:consequence-threat",
        ),
        # comparing: the customer's thing as the only one; nobody else with it told us
        ("Yours is the only boiler with this fault.", "brush-off:no-one-else-complained"),
        (
            "We've sold dozens of these and yours is the only one that leaks.",
            "brush-off:no-one-else-complained",
        ),
        (
            "Nobody else on this plan has told us the speed drops.",
            "brush-off:no-one-else-complained",
        ),
        ("No one else using the old app has said that.", "brush-off:no-one-else-complained"),
        ("Nobody else said they had trouble with the lift.", "brush-off:no-one-else-complained"),
        # the wait shrugged off: it comes when it comes
        ("The boiler parts will arrive when they arrive.", "brush-off:vague-promise"),
        ("Your new card will turn up when it turns up.", "brush-off:vague-promise"),
        ("Refunds take as long as they take under the bank's rules.", "brush-off:it-just-happens"),
        # the upset sized down
        ("A flat tyre isn't exactly a disaster.", "hostility:minimising"),
        ("A late bus is not really an emergency.", "hostility:minimising"),
        # talking down: kept simple for you, the hard part kept from the customer
        ("I'll keep it nice and simple for you.", "hostility:talking-down"),
        (
            "Let me keep this really basic for you: the red wire goes on top.",
            "hostility:talking-down",
        ),
        ("Honestly, it's best to leave the complicated settings alone.", "hostility:talking-down"),
        ("Just send the forms and leave the clever stuff to us.", "hostility:talking-down"),
        ("I'd leave the small print to us if I were you.", "hostility:talking-down"),
        ("This might all be a bit much for you.", "hostility:talking-down"),
        (
            "Serious riders train with us; casual cyclists might find it a bit much.",
            "hostility:talking-down",
        ),
        ("It's really very easy once you actually read the guide.", "condescension:its-easy"),
        ("The form is simple once you bother to read it.", "condescension:its-easy"),
        # blame: a failure in the past put down to what the customer did
        ("The heater cut out because you plugged it into an extension lead.", "blame:because-you"),
        ("The booking didn't save because you closed the tab.", "blame:because-you"),
        ("The phone stopped charging because you used a cheap cable.", "blame:because-you"),
        ("The sync stopped because you set the wrong date on the phone.", "blame:because-you"),
        ("Your ads stopped because you let your card expire.", "blame:because-you"),
        ("That's nothing to do with our repair.", "blame:not-our-fault"),
        # the fault handed to the machine and to no one here
        (
            "The double charge was the computer, not anyone in the office.",
            "brush-off:blame-the-system",
        ),
        ("The late delivery wasn't really down to anyone here.", "brush-off:blame-the-system"),
        ("That was the till, not us.", "brush-off:blame-the-system"),
    ],
)
def test_round13_kinds_flagged(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in found(linter, text, "say-no"), found(linter, text, "say-no")


@pytest.mark.parametrize(
    "text",
    [
        # "any more" and "one more" that threaten nothing
        "Any more questions and just reply here.",
        "If you have any more questions, we'll be glad to help.",
        "One more thing: your new card will arrive on Monday.",
        "One more click and your order will be confirmed.",
        "One more step and we'll finish setting up your account.",
        # an order with "or" that offers a choice
        "Collect the sofa on Sunday or we can deliver it on Monday.",
        # the only one, nobody else: good news or a fact
        "Yours is the only order we're shipping today, so it will be with you first thing.",
        "Nobody else can see your notes.",
        "No one else can open your locker.",
        # a time named, not a shrug
        "The parts will arrive on Thursday, and I'll ring you when they do.",
        "It takes as long as it takes to dry the paint, usually two hours.",
        # sizing with respect
        "I know a flat tyre is a real disaster on the way to work; we'll send someone now.",
        # simple, offered kindly
        "I'll keep you posted every step of the way.",
        "We'll leave the tricky part to our engineer, who'll come on Tuesday.",
        "Our advanced course may be a bit much for beginners, so try the starter class first.",
        "Leave the keys with reception and we'll do the rest.",
        # because you: a good thing, or a cause that isn't the customer's
        "We upgraded the room because you asked so nicely.",
        "The order shipped early because you asked us to.",
        "The kettle stopped working because the element failed, so we'll send a new one.",
        "Your parcel was held because the courier couldn't find the door.",
        # nothing to do with your settings: a help step
        "That's nothing to do with your account settings; try signing out and in again.",
        "Please don't share the code with anyone here.",
    ],
)
def test_round13_hard_negatives_stay_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no"), found(linter, text, "say-no")

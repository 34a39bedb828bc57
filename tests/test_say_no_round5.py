"""Say-no round 5 (training sets written, written-2, written-3 and written-4): bare prohibitions
on a kind of customer, threats with a consequence, not knowing, vague promises, closing the
matter, comparisons, passing the customer on, defending ourselves, blaming the customer's act,
talking down and lecturing; and a "no" that goes on to a way forward ("..., but we do read them
all", "...; shall I book it?", "...; just let us know") is no dead end. Help text and kind replies
with the same words stay clean. Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from lingo import Linter


def say_no(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "say-no"}


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # bare prohibitions
        ("Please do not reply to this text message.", "hostility:bare-prohibition"),
        ("Passengers must not leave bags on the seats.", "hostility:bare-prohibition"),
        ("Tenants are forbidden from keeping bikes in the hall.", "hostility:bare-prohibition"),
        ("Cheques are not accepted at this branch.", "hostility:bare-prohibition"),
        ("No dogs, no bikes, no skateboards.", "hostility:bare-prohibition"),
        ("Do not contact the depot about missed collections.", "hostility:do-not-contact-us"),
        ("Please don't ask for an upgrade at the gate.", "hostility:do-not-contact-us"),
        # threats with a consequence
        (
            "Another missed payment will result in your card being frozen.",
            "hostility:consequence-threat",
        ),
        ("Late returns will get your library account blocked.", "hostility:consequence-threat"),
        ("Miss the deadline and you'll lose your deposit.", "hostility:consequence-threat"),
        ("Post that again and we'll ban you from the group.", "hostility:consequence-threat"),
        (
            "Spreading this online may have consequences for your membership.",
            "hostility:consequence-threat",
        ),
        # minimising
        ("There's no reason to be cross about a late bus.", "hostility:minimising"),
        ("Honestly, a short wait isn't a reason for a one-star review.", "hostility:minimising"),
        ("It's only a game, nobody will notice.", "hostility:minimising"),
        # shutting down and pushing away
        ("I'm afraid we're done here.", "hostility:shutting-down"),
        ("I don't have to listen to this kind of language.", "hostility:shutting-down"),
        (
            "If the gym isn't for you, feel free to leave if you want.",
            "hostility:take-your-business-elsewhere",
        ),
        ("Speak to the landlord, not us.", "hostility:your-problem-not-ours"),
        # not knowing
        ("We're not sure why the heating keeps switching off.", "brush-off:i-dont-know"),
        ("It's hard to say when the road will reopen.", "brush-off:i-dont-know"),
        ("We have no way of predicting when stock comes in.", "brush-off:i-dont-know"),
        # vague promises and closing the matter
        ("Someone will look at the leak in due course.", "brush-off:vague-promise"),
        ("Your comments have been logged.", "brush-off:vague-promise"),
        ("This ticket is now closed.", "brush-off:matter-closed"),
        ("Our reply of 4 April stands.", "brush-off:matter-closed"),
        ("Let's not go over the parking fine again.", "brush-off:matter-closed"),
        # comparisons and passing the customer on
        ("No other diner has complained about the soup.", "brush-off:no-one-else-complained"),
        ("Every other tenant in the block pays on time.", "brush-off:most-customers-manage"),
        ("Most customers find the app easy to use.", "brush-off:most-customers-manage"),
        ("That's one for the letting agent.", "brush-off:go-elsewhere-for-help"),
        ("We're only the booking site, so call the hotel.", "brush-off:go-elsewhere-for-help"),
        ("Sorry the chair didn't suit you.", "brush-off:non-apology"),
        # defending ourselves and blaming the customer's act
        ("We stand by our drivers.", "blame:not-our-fault"),
        ("The fault must be on your end.", "blame:not-our-fault"),
        ("The meter was read late because you didn't leave the gate open.", "blame:because-you"),
        ("Your account was locked because you kept entering old passwords.", "blame:because-you"),
        # talking down and lecturing
        ("It's really simple to reset the router.", "condescension:its-easy"),
        ("Even a complete beginner can set the timer.", "condescension:its-easy"),
        ("Going forward, please make sure the address is correct.", "condescension:lecturing"),
    ],
)
def test_round_5_shapes_are_flagged(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        # a "no" that goes on to what happens next
        "We can't answer every message, but we do read each one.",
        "Dogs aren't allowed inside, but we have a covered terrace where they're welcome.",
        "We don't open on Mondays; the first free slot is Tuesday at nine, shall I hold it?",
        "Large bags aren't allowed in the hall for safety reasons; the cloakroom is free,"
        " just ask at the door.",
        "We can't refund the ticket, but you're welcome to swap it for another night.",
        "We don't ship to Norway yet, but our partner Nordpost delivers there every day.",
        "The offer isn't valid on sale items, but there's a similar deal on the full-price range.",
    ],
)
def test_a_no_with_a_way_forward_is_no_dead_end(linter: Linter, text: str) -> None:
    assert not {f for f in say_no(linter, text) if f.startswith("say-no/refusal")}


@pytest.mark.parametrize(
    "text",
    [
        # help text: instructions, technical limits, how a system works, third parties' rules
        "Every other row in the table is shaded so it is easier to read.",
        "Most users find that the desktop app syncs faster than the web version.",
        "Add the tag to your site and your pixel will be ready in a few minutes.",
        "Turning off double opt-in can result in your Mailchimp account being suspended"
        " by Mailchimp.",
        "Send us an order total and we'll pass that on to the payment provider as the amount.",
        "Not sure where to start? Our setup guide walks you through it.",
        "Reviews are meant to help other shoppers choose.",
        "The next payment is due on 2 May; if that date is hard for you, reply and we can move it.",
        # kind replies
        "Thanks for the lovely words about Sam, we'll pass them on!",
        "The technician can come tomorrow afternoon instead, if that suits you.",
        "No contract, no setup fee: cancel online whenever you like.",
        "Why was my transfer declined?",
        "You can't sign in to the portal because you forgot your password.",
    ],
)
def test_help_text_and_kind_replies_stay_clean(linter: Linter, text: str) -> None:
    assert not say_no(linter, text)

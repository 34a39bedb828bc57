"""Say-no round 12 (heldout-10, now spent, read for its clean false alarms first and then for
its kinds; each kind checked against how the other training sets phrase it).

Precision first: a status the screen shows, in quotation marks, is named to explain it ("If
the app says 'Card declined', ..."), not a verdict the writer delivers; a code in quotation marks
that the sentence goes on to explain ("'E4' on the panel means ...") is explained; a UK number
plate or postcode is an address, not an abbreviation; MOT is known to a general reader as GP
is; a legal term the sentence opens by defining ("Limited liability means ...") is being
explained. Every sentence here is written for this file; none is copied from a held-out set or
a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str, category: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == category}


@pytest.mark.parametrize(
    "text",
    [
        # a quoted status, named to explain it
        "If the screen shows 'Card declined', try a different card or ring your bank.",
        "'Transfer rejected' means the sort code didn't match; check it and send it again.",
        'When you see "Booking refused." on the kiosk, ask the desk to book you in by hand.',
        "The message \u2018Voucher denied\u2019 appears when the code has been used already.",
    ],
)
def test_round12_quoted_status_is_not_a_verdict(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no"), found(linter, text, "say-no")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Your application was declined.", "refusal:refusal-verdict"),
        ("Refund request rejected.", "refusal:refusal-verdict"),
        ("Your warranty claim has been rejected.", "refusal:refusal-verdict"),
    ],
)
def test_round12_verdicts_still_flagged(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in found(linter, text, "say-no")


@pytest.mark.parametrize(
    "text",
    [
        # a quoted code the sentence explains
        "'FLO' on the panel means no water is reaching the heater; clean the filter.",
        "The code 'ERR' on the screen means the lid is open.",
        "\u201cLOC\u201d means the keypad is locked; hold the lock key for three seconds.",
        # addresses: a number plate, a postcode
        "The driver is in a blue Ford Fiesta, KD19 XPT, and will be with you in two minutes.",
        "Send it to 14 Mill Lane, Leeds LS6 2QT, and we'll refund you.",
        # known to a general reader (UK)
        "Your MOT is due on 3 May; we'll book it in for you.",
        # a legal term defined where it is used
        "Limited liability means the owners only lose what they put in.",
        "Vicarious liability means an employer answers for what its staff do at work.",
    ],
)
def test_round12_explained_or_known_stays_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "jargon"), found(linter, text, "jargon")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("The 'LOC' light will come on.", "acronym:loc"),
        ("Our GDPR team will reply.", "acronym:gdpr"),
        ("Your locker is KD19 on floor 2.", "acronym:kd19"),
        ("Our liability is limited to the price you paid.", "legalese:liable"),
        ("You are liable for any damage to the room.", "legalese:liable"),
        ("Your liability means you pay for the repair.", "legalese:liable"),
    ],
)
def test_round12_unexplained_still_flagged(linter: Linter, text: str, entry: str) -> None:
    assert f"jargon/{entry}" in found(linter, text, "jargon")


# The kinds of heldout-10's say-no misses, written as their general shape (who speaks, what is
# withheld, no way forward), each checked against how the other training sets phrase it.
@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # not my job: the thing handed to whoever the customer hired; our own narrow job
        (
            "The wiring is your builder's problem. We just fit the kitchen.",
            "refusal:not-my-department",
        ),
        ("Drainage is your landlord's department.", "refusal:not-my-department"),
        ("Damp is your housing association's lookout.", "refusal:not-my-department"),
        ("We just print the posters.", "refusal:not-my-department"),
        # go elsewhere
        (
            "If you'd rather use a cheaper firm, be our guest.",
            "hostility:take-your-business-elsewhere",
        ),
        (
            "If we're so awful, feel free to shop somewhere else.",
            "hostility:take-your-business-elsewhere",
        ),
        (
            "Honestly, go and buy your paint somewhere else.",
            "hostility:take-your-business-elsewhere",
        ),
        ("Take your complaints somewhere else.", "hostility:take-your-business-elsewhere"),
        # the telling-off softened with "maybe" and aimed at next time
        ("Maybe next time book a table in advance.", "condescension:lecturing"),
        ("Perhaps measure the alcove before you order next time.", "condescension:lecturing"),
        ("Maybe don't leave the window open next time.", "condescension:lecturing"),
        # threats: the habit is the "again"; a lapse that voids the cover
        (
            "Keep parking in the disabled bay and we'll clamp the car.",
            "hostility:consequence-threat",
        ),
        (
            "If it keeps happening, we'll stop offering you late slots.",
            "hostility:consequence-threat",
        ),
        (
            "If this keeps happening we will have to cancel your lessons.",
            "hostility:consequence-threat",
        ),
        (
            "Failure to service the boiler every year will void the guarantee.",
            "hostility:consequence-threat",
        ),
        # the charge said to stay
        ("The booking fee stays.", "brush-off:matter-closed"),
        ("I've checked again and the late charge stays.", "brush-off:matter-closed"),
        # a colleague excused as new, by name
        ("Sorry about the mix-up. Priya's new.", "brush-off:blame-a-colleague"),
        (
            "Sorry the parcel was late. He's still learning the routes.",
            "brush-off:blame-a-colleague",
        ),
        # wait and see, nothing done
        ("Leave it a week and see if it settles.", "hostility:minimising"),
        ("Leave it a few days and see.", "hostility:minimising"),
        # the undone step, with the trouble it would have spared us
        (
            "If you had measured the window properly, we wouldn't need a second visit.",
            "blame:if-you-had",
        ),
        ("If you'd sent the form on time, there wouldn't be a fee.", "blame:if-you-had"),
    ],
)
def test_round12_kind_is_flagged(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in found(linter, text, "say-no")


@pytest.mark.parametrize(
    "text",
    [
        # the same words, kindly or innocently
        "The wiring is your builder's problem, so I've sent them the photos for you.",
        "We just sent you a new link.",
        "We just need your order number to find it.",
        "Be our guest at the launch night on Friday.",
        "If we're ever too slow to reply, ring the shop and ask for Dan.",
        "If the signal is weak in the kitchen, go upstairs or somewhere else in the house.",
        "Maybe next time you'll get the window seat!",
        "Perhaps next time we can meet at the new branch.",
        "Express delivery is £3 if you'd like it next time.",
        "Keep going and you'll see the shop on your left.",
        "Keep scrolling and we'll show you more ideas.",
        "If it keeps happening, we'll send an engineer at no cost.",
        "If this keeps happening, chat with us and we'll replace the charger.",
        "Failure to charge the battery can shorten its life, so plug it in overnight.",
        "The discount stays on your account for a year.",
        "The fee stays the same when you change the date.",
        "Priya's new role starts on Monday, and she'll be your account manager.",
        "Tom's new to the team and will be looking after your order from today.",
        "Leave it in the porch and we'll collect it on Friday.",
        "Give it a try and tell us what you think.",
        "If you'd like a copy, we'd be happy to send one.",
        "If you had booked with us before, we'll keep your old preferences.",
    ],
)
def test_round12_hard_negative_stays_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no"), found(linter, text, "say-no")

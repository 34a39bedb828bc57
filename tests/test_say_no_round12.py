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

"""Warm replies in the shapes of coverage round 17's jargon entries, written here after an
independent reviewer probed them (session 37): the words in another sense, or as a status,
must stay clean; the office sense is still read."""

from __future__ import annotations

import pytest

from lingo import Linter


def jargon_entries(replies: Linter, sentence: str) -> list[str]:
    return [f.entry or "" for f in replies.check(sentence).findings if f.category == "jargon"]


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        # "present" the gift or the adjective "current"
        ("Our team is great at present wrapping, so just ask at the desk.", "at-present"),
        ("We'll keep your order at present prices, so the rise won't touch it.", "at-present"),
        ("Your rent stays at present levels until next spring.", "at-present"),
        ("The twins can marvel at present after present on the day.", "at-present"),
        # "pending" as a status after a count or "as"
        ("I've cancelled both pending card charges, so nothing goes out twice.", "pending"),
        (
            "You'll see one pending hold of £20 from the garage, and it drops off tonight.",
            "pending",
        ),
        ("Your parcel shows as pending collection, so it's ready at the counter.", "pending"),
        ("I've cleared all three pending late fees, so your account is square.", "pending"),
        # "following" in the sense of keeping to or coming after a plain event
        (
            "Following a suggestion from our members, the gym now opens at 6am.",
            "following-a-review",
        ),
        (
            "Following a tradition from our first bakery, every birthday gets a free bun.",
            "following-a-review",
        ),
        (
            "Following an upgrade to the lifts, step-free access is back on every floor.",
            "following-a-review",
        ),
        ("Following a renovation, the reading room reopens on Monday.", "following-a-review"),
    ],
)
def test_warm_replies_in_round_17_shapes_are_clean(
    replies: Linter, sentence: str, entry: str
) -> None:
    assert entry not in jargon_entries(replies, sentence)


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        ("At present we cannot take new bookings for the studio.", "at-present"),
        ("Your licence is at present under review.", "at-present"),
        ("Your grant is on hold pending the outcome of the audit.", "pending"),
        ("Following a review of your file, your allowance will change.", "following-a-review"),
        ("Following receipt of your form, your record will be updated.", "following-a-review"),
    ],
)
def test_the_office_sense_is_still_read(replies: Linter, sentence: str, entry: str) -> None:
    assert entry in jargon_entries(replies, sentence)


def test_a_sentence_on_its_own_line_starts_a_sentence(replies: Linter) -> None:
    """After a stop and a single line break (UI strings, one reply per line), the next word opens
    the sentence: the break had taken the start, so patterns that need it never matched there
    (an independent reviewer's one-per-line file)."""
    text = (
        "Thanks for your order.\n"
        "Following a review of your account, your limit will change.\n"
        "Refunds are final.\n"
    )
    report = replies.check(text)
    found = {(f.entry, f.line, f.column) for f in report.findings}
    assert ("following-a-review", 2, 1) in found
    one_line = replies.check(text.replace("\n", " "))
    assert {f.entry for f in one_line.findings} == {f.entry for f in report.findings}

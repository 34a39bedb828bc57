"""Say-no round 14 (heldout-12, now spent, read for its two clean false alarms first and then
for its kinds), and the clean false alarms of heldout-14's first reading.

Precision first: "cut" threatens only what is cut off ("we'll cut your blind down to fit" is an
offer); a ban followed by what we can do instead is not bare. The seven kinds round 14 added
(each required to find misses of two other writers too) were taken out again the same day: an
independent review showed each also flagged warm replies ("Your flight was cancelled, which is
why we rebooked you", "If the engineer hasn't arrived by noon, we'll add £20 credit"), and the
round had moved neither unseen set (benchmarks/data/coverage/README.md). Every sentence here is
written for this file; none is copied from a held-out set or a corpus."""

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
        # a request honoured is not blame
        "You asked for a quiet room, which is why we moved you to the top floor.",
    ],
)
def test_round14_hard_negatives_stay_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no"), found(linter, text, "say-no")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Pay by Friday and we'll cut you off.", "hostility:consequence-threat"),
        ("Dogs are not allowed in the shop.", "hostility:bare-prohibition"),
        ("You told us the wrong address, which is why it went to Leeds.", "blame:down-to-you"),
    ],
)
def test_round14_same_words_still_flagged(linter: Linter, text: str, entry: str) -> None:
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

"""Say-no patterns probed by an independent auditor (2026-12-07), second fixes, continued.

tests/test_say_no_audit.py holds the first fixes and the start of the second; this file holds the
rest (benchmarks/data/precision/README.md, "Say-no probes"). Each fix has both sides: warm
sentences the pattern no longer flags, and the cold sentence of the same shape it still flags.
Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest

from lingo import Linter


def say_no(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "say-no"}


@pytest.mark.parametrize(
    "text",
    [
        "If you think you could get it cheaper down the road, send us the link and we'll beat it.",
        "If we're so expensive next to the others, let me know and I'll match it.",
    ],
)
def test_better_elsewhere_with_our_offer_to_match_is_a_price_promise(
    linter: Linter, text: str
) -> None:
    assert "say-no/hostility:take-your-business-elsewhere" not in say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "If you think you can do better elsewhere, go ahead.",
        "If we're that expensive, tell your friends and shop somewhere else.",
        "If you think you can do better, tell us and we'll see.",
    ],
)
def test_better_elsewhere_without_a_match_is_still_the_door(linter: Linter, text: str) -> None:
    assert "say-no/hostility:take-your-business-elsewhere" in say_no(linter, text), say_no(
        linter, text
    )


@pytest.mark.parametrize(
    "text",
    [
        "You don't need to enter the code; the system applies it automatically.",
        "Your loyalty credit is ready; the till adds it automatically, so there's nothing for you"
        " to do.",
    ],
)
def test_the_system_sparing_the_customer_a_step_blames_nothing(linter: Linter, text: str) -> None:
    assert "say-no/brush-off:blame-the-system" not in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "We can't remove the fee; the system adds it automatically.",
        "The fee stays; the system charges it automatically.",
        "You don't need to worry; the system charges it automatically.",
    ],
)
def test_the_system_named_for_a_charge_still_blames_the_machine(linter: Linter, text: str) -> None:
    assert "say-no/brush-off:blame-the-system" in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm your case owner now, so any query should be sent to me.",
        "We run the event ourselves, so any complaint should go to us.",
    ],
)
def test_a_question_sent_to_the_writer_is_not_sent_away(linter: Linter, text: str) -> None:
    assert "say-no/refusal:not-my-department" not in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "The courier has the parcel now, so any complaint should go to them.",
        "The seller set the price, so any query should be sent to the seller.",
    ],
)
def test_a_question_sent_to_someone_else_is_still_sent_away(linter: Linter, text: str) -> None:
    assert "say-no/refusal:not-my-department" in say_no(linter, text), say_no(linter, text)

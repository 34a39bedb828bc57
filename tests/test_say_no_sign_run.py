"""`say-no/hostility:sign-run`: a row of short bans, one sentence each, in one paragraph.

One "No fees." is good news and one "Do not restart." an instruction; "No outside food. No hot
drinks." is a wall of signs. The entry is matched on the whole paragraph, so it sees across
sentences. Sentences written for this file.
"""

from __future__ import annotations

import pytest

from lingo import Config, Linter

ENTRY = "say-no/hostility:sign-run"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(config=Config(profile="support-reply"))


def flagged(linter: Linter, text: str) -> bool:
    return any(f.qualified_id == ENTRY for f in linter.check(text).findings)


@pytest.mark.parametrize(
    "text",
    [
        "No scooters. No skateboards on the ramp.",
        "NO SMOKING ON THE DECK. NO GLASS BOTTLES.",
        "Do not feed the goats. Do not climb the fences.",
        "No entry after 8pm. Don't knock on the office window.",
        "Don't bring food into the studio. No phones during class.",
        "Please do not move the chairs. Please do not touch the piano.",
    ],
)
def test_a_row_of_bans_is_a_wall(linter: Linter, text: str) -> None:
    assert flagged(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "No fees. No contract. Cancel any time.",
        "No booking fee. No hidden extras.",
        "No problem. No worries at all.",
        "Don't worry. Don't panic: we'll have it sorted by tonight.",
        "Don't wait. Don't miss the early-bird price.",
        "No scooters on the ramp. You can leave yours in the rack by the gate.",
        "Do not feed the goats, because their diet is carefully planned. Do not climb the fences.",
        "No queues. No paperwork. Just tap your card.",
    ],
)
def test_good_news_reassurance_and_reasons_are_left_alone(linter: Linter, text: str) -> None:
    assert not flagged(linter, text)


def test_one_ban_alone_is_not_a_row(linter: Linter) -> None:
    assert not flagged(linter, "Do not climb the fences. The goats are fed at noon.")

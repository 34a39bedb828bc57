"""`say-no/brush-off:noted-and-left`: a complaint noted, logged or passed on, and nothing more.

The active twin of "your feedback has been noted" (matter-closed). Sentences written for this
file.
"""

from __future__ import annotations

import pytest

from lingo import Config, Linter

ENTRY = "say-no/brush-off:noted-and-left"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(config=Config(profile="support-reply"))


def flagged(linter: Linter, text: str) -> bool:
    return any(f.qualified_id == ENTRY for f in linter.check(text).findings)


@pytest.mark.parametrize(
    "text",
    [
        "We've noted your comments about the car park.",
        "I have noted what you said about the hold music.",
        "We've passed your complaint about the noise to the relevant department.",
        "Your email about the late delivery has been passed on.",
        "We've logged your feedback about the broken lift. Kind regards, the Lettings Team.",
    ],
)
def test_a_point_filed_away_is_a_brush_off(linter: Linter, text: str) -> None:
    assert flagged(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "We've logged your complaint about the lift. An engineer will call you on Friday.",
        "We've noted your comments about the car park, and we're adding ten spaces in May.",
        "We've noted your kind comments about Priya, and we've passed them on to her.",
        "We've passed your complaint to Sam, our site manager, who will ring you today.",
        "We've noted your new address.",
        "Thanks for your feedback about the lessons! Hope to see you on the ice soon.",
        "I've passed your comments on to the chef, and she'd love to cook for you again.",
        "We've logged your complaint, so the repair is booked for Tuesday morning.",
    ],
)
def test_a_point_with_what_happens_next_is_left_alone(linter: Linter, text: str) -> None:
    assert not flagged(linter, text)

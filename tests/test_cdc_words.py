"""The CDC's "Everyday Words" entries fire in their health or office sense only.

Every sentence here is written for lingo. Each entry has sentences it must flag
and technical uses of the same word (help text about software) it must leave alone.
"""

from __future__ import annotations

import pytest

from lingo import Config, Linter


def entries(linter: Linter, text: str) -> list[str]:
    """The jargon/complex-word entries that fire on the text."""
    return [f.entry for f in linter.check(text).findings if f.rule == "jargon/complex-word"]


@pytest.mark.parametrize(
    ("text", "entry", "flagged"),
    [
        # seek: with help, advice or feedback; a video player that seeks is left alone
        ("Seek advice from your bank before you switch.", "seek", True),
        ("We are seeking your feedback on the new menu.", "seek", True),
        ("The player seeks to the position the viewer picked.", "seek", False),
        # screening: a health check, not call screening or a screen reader
        ("Book a cancer screening at any of our clinics.", "screening", True),
        ("Screening tests are free for members over 50.", "screening", True),
        ("Turn on call screening to block unknown numbers.", "screening", False),
        ("The page works with a screen reader.", "screening", False),
        # exposed to: a germ or a substance, never a network or an API
        ("Tell us if you were exposed to measles.", "exposed-to", True),
        ("Limit your exposure to secondhand smoke.", "exposed-to", True),
        ("The endpoint is exposed to the internet.", "exposed-to", False),
        ("These fields are exposed to the API.", "exposed-to", False),
        # close contact: the health sense, not keeping in touch
        ("Close contacts of a sick child should stay home.", "close-contact", True),
        ("Stay in close contact with your account manager.", "close-contact", False),
    ],
)
def test_cdc_words_fire_in_their_own_sense(
    linter: Linter, text: str, entry: str, flagged: bool
) -> None:
    assert (entry in entries(linter, text)) is flagged


@pytest.fixture(scope="module")
def with_outcome() -> Linter:
    return Linter(config=Config(enable=("jargon/complex-word:outcome",)))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # outcome: the result of something, not a kind of thing or the outcomes of chance
        ("We will email you the outcome of your claim.", True),
        ("Track the business outcomes you care about.", True),
        ("The tool offers outcome management for sales teams.", False),
        ("The model gives the probability of various outcomes.", False),
    ],
)
def test_outcome_fires_in_its_own_sense_when_enabled(
    with_outcome: Linter, text: str, flagged: bool
) -> None:
    assert ("outcome" in entries(with_outcome, text)) is flagged


def test_outcome_is_opt_in(linter: Linter) -> None:
    # judged on real help text, right 0 of 10 times: an ordinary word in product copy
    assert "outcome" not in entries(linter, "We will email you the outcome of your claim.")

"""`say-no/blame:your-responsibility` in the reader's role, not only "your" (session 39).

"It is the applicant's responsibility to ensure ..." and "the wearer's responsibility" load the
job onto the reader as surely as "your responsibility"; so does "Students ... are solely
responsible for ...". Evidence: a spent labelled miss of heldout-13 (h31) and of heldout-3
(h5), and two independent readers' own pieces (sessions 38 and 39). Neither corpus has the
shape. Sentences written for this file.
"""

from __future__ import annotations

import pytest

from lingo import Config, Linter

RULE = "say-no/blame:your-responsibility"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(config=Config(profile="support-reply"))


def flagged(linter: Linter, text: str) -> bool:
    return any(f.qualified_id == RULE for f in linter.check(text).findings)


@pytest.mark.parametrize(
    "text",
    [
        "It is the applicant's responsibility to ensure that every reference arrives on time.",
        "Clearing the gully outside is the householder's responsibility.",
        "Charging the hearing aid each night is the wearer's responsibility.",
        "Members who lose their key fob are solely responsible for the replacement cost.",
        "It is the passenger's responsibility to check the departure board.",
    ],
)
def test_the_readers_role_is_loaded_with_the_job(linter: Linter, text: str) -> None:
    assert flagged(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "It isn't the applicant's responsibility to chase references; we do that for you.",
        "It's never the guest's responsibility to fix the wifi, so just call reception.",
        "It is the applicant's job to send the form, but we'll remind you a week before.",
        "It is our responsibility to keep your data safe.",
        "The boiler is the landlord's responsibility, so we'll chase them for you.",
        "Students are never solely responsible for a lost parcel; we track every one.",
        "Residents aren't responsible for clearing the gutters; our team does it twice a year.",
        "The member's part ends once the kit is back in the box, and we handle the rest.",
    ],
)
def test_warm_replies_in_the_same_shape_are_left_alone(linter: Linter, text: str) -> None:
    assert not flagged(linter, text)

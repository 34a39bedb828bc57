"""Session 39's say-no entries, each on sentences written for this file.

- `hostility:sign-run`: a row of short bans, one sentence each, in one paragraph. One "No fees."
  is good news and one "Do not restart." an instruction; "No outside food. No hot drinks." is a
  wall of signs. Matched on the whole paragraph, so it sees across sentences.
- `brush-off:noted-and-left`: a complaint noted, logged or passed on, and nothing more (the
  active twin of matter-closed's "your feedback has been noted").
- `blame:your-responsibility` in the reader's role: "It is the applicant's responsibility to
  ensure ...", "the wearer's responsibility", "Students ... are solely responsible for ..."
  (spent misses of heldout-3 h5 and heldout-13 h31, two independent readers' pieces).
"""

from __future__ import annotations

import pytest

from lingo import Config, Linter

SIGN_RUN = "say-no/hostility:sign-run"
NOTED = "say-no/brush-off:noted-and-left"
RESPONSIBILITY = "say-no/blame:your-responsibility"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(config=Config(profile="support-reply"))


def flagged(linter: Linter, text: str, entry: str) -> bool:
    return any(f.qualified_id == entry for f in linter.check(text).findings)


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
    assert flagged(linter, text, SIGN_RUN)


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
    assert not flagged(linter, text, SIGN_RUN)


def test_one_ban_alone_is_not_a_row(linter: Linter) -> None:
    assert not flagged(linter, "Do not climb the fences. The goats are fed at noon.", SIGN_RUN)


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
    assert flagged(linter, text, NOTED)


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
    assert not flagged(linter, text, NOTED)


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
    assert flagged(linter, text, RESPONSIBILITY)


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
    assert not flagged(linter, text, RESPONSIBILITY)

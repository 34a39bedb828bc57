"""Jargon round 16 (heldout-15, now spent, read for its jargon misses).

Four kinds, each a word or phrase that independent plain-language and press-release lists name:
a ranking the reader cannot check ("industry-leading", "market-leading", "world-leading"),
"iconic", "bespoke" said of an experience, a moment or a solution rather than of something made
to measure, and "park" for shelving a request or an idea without "for now" after it. Each kind has
warm or neutral replies in its surface shape that must stay quiet, and cold ones that are
reported. Every sentence here is written for this file; none is copied from a labelled set or a
corpus."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "jargon"}


# -- industry-leading, market-leading, world-leading -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our industry-leading team has looked at your claim again.",
        "We offer market-leading rates on every currency we sell.",
        "Our world leading chefs cook every meal to order.",
    ],
)
def test_round16_a_leading_claim_is_a_boast(linter: Linter, text: str) -> None:
    assert "jargon/buzzword:industry-leading" in found(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Prices in the market leading up to Christmas usually rise, so I've locked yours in today.",
        "Our driver is leading the convoy, so just follow the blue van to the site.",
        "The road leading to the car park is closed, so please use the side gate.",
        "Your sister's team is leading the quiz, and we've saved you both a table.",
        "The leading cause of late parcels is a missing flat number, so I've added yours.",
        "The industry standard is a two-year warranty, and yours runs for three.",
        "We sell more sofas in this town than any other shop, and yours is on its way.",
        "Thanks for saying our help line was the best you've used; I'll tell the team.",
        "The world cup final is on the big screen in the bar tonight, and entry is free.",
    ],
)
def test_round16_leading_in_other_senses_stays_quiet(linter: Linter, text: str) -> None:
    assert "jargon/buzzword:industry-leading" not in found(linter, text)


# -- iconic ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Book a night in our iconic treehouse this summer.", "Our iconic afternoon tea is back."],
)
def test_round16_iconic_is_a_boast(linter: Linter, text: str) -> None:
    assert "jargon/buzzword:iconic" in found(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tap the small bin icon next to the photo to delete it.",
        "The app icon is now blue, so look for the blue square on your home screen.",
        "Our famous red bus stops right outside the hotel every ten minutes.",
        "The lighthouse is on every postcard of the town, and your room looks straight at it.",
        "Icons on the map show where the lifts and toilets are.",
        "We've put a heart icon on your favourite rooms so you can find them again.",
        "The statue in the square is a local landmark, so let's meet by it at ten.",
        "If you can't see the gear icon, scroll to the bottom of the page.",
    ],
)
def test_round16_icons_and_plain_praise_stay_quiet(linter: Linter, text: str) -> None:
    assert "jargon/buzzword:iconic" not in found(linter, text)


# -- bespoke said of an experience --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Enjoy a bespoke spa experience designed around you.",
        "We offer bespoke solutions for every home.",
        "Let us craft a bespoke, unforgettable wedding moment for you both.",
    ],
)
def test_round16_a_bespoke_experience_is_a_sales_word(linter: Linter, text: str) -> None:
    assert "jargon/buzzword:bespoke-experience" in found(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "We can make a bespoke cover for your corner sofa, and the fitting is free.",
        "Your bespoke curtains are ready, and we hope the fitting went smoothly.",
        "Our tailor will measure you for the bespoke suit on Saturday morning.",
        "We made a bespoke cover and the whole experience was a joy for us.",
        "The cabinet is bespoke, so we'll bring it in two pieces and build it in your kitchen.",
        "We hope you enjoyed the experience; your bespoke rings will be posted on Monday.",
        "A bespoke frame takes about a week, and we'll text you when it's ready.",
        "Tell us what you like, and we'll plan your spa day around it.",
    ],
)
def test_round16_bespoke_made_to_measure_stays_quiet(linter: Linter, text: str) -> None:
    assert "jargon/buzzword:bespoke-experience" not in found(linter, text)


# -- park a request or an idea -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Let's park your request and revisit it next quarter.",
        "We'll park that idea until the new year.",
    ],
)
def test_round16_parking_a_request_is_an_office_idiom(linter: Linter, text: str) -> None:
    assert "jargon/business-idiom:put-a-pin-in-it" in found(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "You can park your car in bay 3, and the ticket is on us.",
        "I've parked the call, so pick it up on any phone in the office by pressing 1.",
        "Park your bike by the front door and we'll lock it up for you.",
        "We've parked the domain for you free, so it's safe until you're ready.",
        "Feel free to park the caravan on the top field for the whole week.",
        "There's free parking behind the shop, so there's no need to park on the street.",
        "If the drive is full, park on the verge and we'll move our van.",
        "Your request is with our team now, and you'll have an answer by Friday.",
    ],
)
def test_round16_parking_a_vehicle_or_a_call_stays_quiet(linter: Linter, text: str) -> None:
    assert "jargon/business-idiom:put-a-pin-in-it" not in found(linter, text)

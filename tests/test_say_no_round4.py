"""Say-no round 4 (training sets written-5 and written-6): the company speaking through a
place or team ("the branch won't reverse it"), more service verbs, and new shapes for
non-apologies, threats with a consequence, not knowing, minimising, closing the matter,
passing the customer on, comparing them with others and lecturing them; with the same
words left alone in help text. Every sentence here is written for this file."""

from __future__ import annotations

import pytest

from lingo import Linter
from lingo.pipeline.context import holds


def say_no(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "say-no"}


# -- the company speaks through a place or a team ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The restaurant won't be refunding the deposit.",
        "The surgery will not rebook missed slots.",
        "Our office isn't reissuing lost cards this week.",
        "We won't be unlocking the account.",
        "We cannot reactivate a closed membership.",
        "I'm not waiving the fee.",
    ],
)
def test_a_place_or_team_of_the_company_refuses_like_we_do(linter: Linter, text: str) -> None:
    found = say_no(linter, text)
    assert "say-no/refusal:we-will-not" in found or "say-no/refusal:we-cannot" in found


def test_a_place_as_subject_counts_as_the_speaker(linter: Linter) -> None:
    doc = linter.nlp("The branch cannot reverse the transfer.")
    assert holds(["service"], doc[0:4])
    doc = linter.nlp("The Store cannot reverse the transfer.")  # a product, not the company
    assert not holds(["speaker"], doc[0:4])
    doc = linter.nlp("Your team cannot reverse the transfer.")
    assert not holds(["speaker"], doc[0:4])


@pytest.mark.parametrize(
    "text",
    [
        "We won't be reversing the charge, but we can refund it as store credit today.",
        "The hotel won't be moving your room, but the sister hotel next door can take you tonight.",
    ],
)
def test_a_refusal_with_a_way_forward_is_still_not_a_dead_end(linter: Linter, text: str) -> None:
    assert not {f for f in say_no(linter, text) if f.startswith("say-no/refusal")}


# -- new shapes that carry over -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # non-apologies: sorry for how the customer took it
        ("We're sorry you think the menu is overpriced.", "brush-off:non-apology"),
        ("We apologise if anyone felt rushed at the till.", "brush-off:non-apology"),
        ("I'm sorry you found our driver unfriendly.", "brush-off:non-apology"),
        ("Apologies if the reminder email came across as pushy.", "brush-off:non-apology"),
        ("Sorry, but that's what the ticket says.", "brush-off:non-apology"),
        ("We regret any perceived rudeness.", "brush-off:non-apology"),
        # threats with a consequence
        ("Do that once more and you're banned from the pool.", "hostility:consequence-threat"),
        ("Send the form by Monday or your grant will be revoked.", "hostility:consequence-threat"),
        ("Pay the invoice today or we will suspend the service.", "hostility:consequence-threat"),
        ("Keep shouting like that and I'll end the call.", "hostility:consequence-threat"),
        ("If this happens again, your pass will be cancelled.", "hostility:consequence-threat"),
        ("Don't make me fetch the manager.", "hostility:threat"),
        ("We reserve the right to refuse entry to anyone.", "hostility:threat"),
        # not knowing
        ("I wouldn't know anything about the car park.", "brush-off:i-dont-know"),
        ("Not a clue why the gate is locked.", "brush-off:i-dont-know"),
        ("We have no information about the new timetable.", "brush-off:i-dont-know"),
        ("When the lift gets fixed is anybody's guess.", "brush-off:i-dont-know"),
        # minimising
        ("It's only a few minutes, so please sit down.", "hostility:minimising"),
        ("A cracked cup is hardly an emergency.", "hostility:minimising"),
        ("It's a late bus, not a disaster.", "hostility:minimising"),
        ("That's not really a big deal.", "hostility:minimising"),
        ("You'll survive one night without room service.", "hostility:minimising"),
        # closing the matter
        ("The complaint is now closed.", "brush-off:matter-closed"),
        ("We will not debate this any further.", "brush-off:matter-closed"),
        ("The fine stands.", "brush-off:matter-closed"),
        ("The answer is no.", "brush-off:matter-closed"),
        ("Noted. Anything else?", "brush-off:matter-closed"),
        ("Delays of a few minutes aren't worth complaining about.", "brush-off:matter-closed"),
        ("Their ruling is final.", "policy-speak:decision-is-final"),
        # a promise with no time and no owner
        ("The plumber will get round to it.", "brush-off:vague-promise"),
        ("You'll hear when you hear.", "brush-off:vague-promise"),
        # passing the customer on
        ("The kitchen isn't my department.", "refusal:not-my-department"),
        ("I'm on the bar, not the kitchen.", "refusal:not-my-department"),
        ("You'd have to ask somebody else about that.", "brush-off:go-elsewhere-for-help"),
        ("You've rung the wrong department for refunds.", "brush-off:go-elsewhere-for-help"),
        # comparing the customer with others
        ("Thousands of guests use the app without any problem.", "brush-off:most-customers-manage"),
        ("Most of our members have no trouble with it.", "brush-off:most-customers-manage"),
        ("Every other guest has been fine with the noise.", "brush-off:most-customers-manage"),
        # policy as a wall, lecturing, blame, hostility
        ("The limit is the limit, sorry.", "policy-speak:rules-are-rules"),
        ("In future, please check the opening times.", "condescension:lecturing"),
        ("You must learn to keep your tickets safe.", "condescension:lecturing"),
        ("The missed flight is down to you.", "blame:down-to-you"),
        ("We did nothing wrong here.", "blame:not-our-fault"),
        ("Let me spell it out really slowly.", "hostility:belittling"),
        ("We've answered this question three times.", "hostility:shutting-down"),
        ("No pushchairs in the gallery.", "hostility:bare-prohibition"),
    ],
)
def test_round_four_shapes_are_found(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in say_no(linter, text)


# -- the same words in help text and kind replies are left alone ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs and subjects describing how a system works
        "If the position is passed in, we will call the methods with the play position.",
        "The team can't see the channel until an owner adds them.",
        "The Store won't reverse the install on its own.",
        "If a charge looks wrong, tell us within 60 days and we'll look into it.",
        "Select the file again and your changes are saved.",
        "Export your photos now or your copies will be deleted when the plan ends.",
        "Add one more field and the form shows a preview.",
        "It's only a few minutes' walk from the station.",
        "Pick the area where you'll live before you compare plans.",
        "No entry in the registry is created for this setting.",
        "No smoking on the platform, to keep the air clear for other travellers.",
        "This behavior is by design.",
        "If an item is listed at the wrong price, we reserve the right to cancel the order.",
        "The answer depends on your plan.",
        # kind replies that own the problem
        "I'm sorry we kept you waiting; your table is ready now.",
        "Sorry it took so long, and thank you for waiting.",
        "We're sorry, we charged you twice, and the extra payment is on its way back.",
        "I'm sorry the heating failed; I've sent an engineer and he arrives at 2pm.",
        "Don't worry if you lose the ticket; we can find it from your email.",
        "We can't refund the ticket, but we'll move it to any show this month.",
    ],
)
def test_help_text_and_kind_replies_stay_clean(linter: Linter, text: str) -> None:
    assert not say_no(linter, text), say_no(linter, text)

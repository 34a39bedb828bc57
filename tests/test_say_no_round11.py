"""Say-no round 11 (heldout-9, now spent, read for its kinds; each kind checked against how the
other training sets phrase it): a colleague's slip guessed at ("the new porter must have sent
the wrong key", "the late shift must have misplaced it"), or excused ("He's new."); the others
held up by name ("None of the other families on your floor had ...", "Every other diner ...",
"The other pupils ... finished"); the answer spelt out as to a child ("Let me put it simply.",
"in words a child could follow", "Understood?", "It's a bit more complicated than that.", "It's
really easy: you just ..."); a kind of customer lectured ("owners ought to", "sensible drivers
check", "asking for trouble", "a lesson worth learning", "is no place for", "says more about you
than", "think before you book"); the upset sized against the thing ("hardly calls it", "merits
all this fuss", "comes with the territory", "is hardly a reason"); a shrug at nature ("takes as
long as it takes.", "does what it does", "It happens from time to time."); the end of the road
("we'll leave it there.", "stands as written", "the decision stands.", "as far as I'm
concerned", "not coming back", "nothing to give back", "so ... doesn't change the price");
threats ("One more ... and ... off", "Miss another payment and you lose ...", "If Tom bites
again, his place will be given away", "will result in the suspension of", "lead to your account
being deactivated"); signs ("No parents in the studio.", "Feet off the seats!", "No messaging
other players ...", "No re-entry to the hall after ..."); go elsewhere ("off you go and", "if
you think you'll find it cheaper", "if our rates offend you"); not my job ("I just do the
tills.", "a head-office thing"); our side was sound ("was pre-existing", "must have been there
before", "were undamaged when they reached you", "lies with your router, not our line", "We
stand by every decision"); the cost is yours ("the excess is yours."); sorry if it upset you
("Sorry if the reminder worried you.", "Sorry if this rule is a pain, but ..."). Canon jargon:
"the goalposts move" (the cited "move the goalposts"), "park the dark-mode request for now" (the
cited "park it"). Help text, kind
replies and the same words used innocently stay clean. Every sentence here is written for this
file; none is copied from a held-out set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str, category: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == category}


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # a colleague's slip guessed at, or excused as new
        ("The new porter must have handed you the wrong key.", "brush-off:blame-a-colleague"),
        ("The Sunday lad must have typed the incorrect postcode.", "brush-off:blame-a-colleague"),
        ("The late shift must have misplaced your form.", "brush-off:blame-a-colleague"),
        ("The weekend porter must have mislaid your scarf.", "brush-off:blame-a-colleague"),
        ("Sorry about the mix-up with your order. He's new.", "brush-off:blame-a-colleague"),
        ("She's only new here.", "brush-off:blame-a-colleague"),
        # the others held up by name
        (
            "None of the other families on your floor had any trouble with the heating.",
            "brush-off:no-one-else-complained",
        ),
        ("None of our other tenants have mentioned the noise.", "brush-off:no-one-else-complained"),
        ("Every other diner finished the tasting menu happily.", "brush-off:most-customers-manage"),
        (
            "Every other guest in the hotel seems fine with the pool hours.",
            "brush-off:most-customers-manage",
        ),
        (
            "The other pupils in the class finished the test on time.",
            "brush-off:most-customers-manage",
        ),
        (
            "The other dog owners manage to keep their pets on a lead.",
            "brush-off:most-customers-manage",
        ),
        ("The other volunteers arrived before nine.", "brush-off:most-customers-manage"),
        # the answer spelt out as to a child
        ("Let me put it simply: you pay, then you play.", "hostility:talking-down"),
        ("Let me put this really plainly for you.", "hostility:talking-down"),
        ("I'll explain it in words a child could understand.", "hostility:talking-down"),
        ("Press the red button to stop. Understood?", "hostility:talking-down"),
        ("Tyre pressure is a bit more complicated than that.", "hostility:talking-down"),
        ("Don't worry if you don't understand the invoice.", "hostility:talking-down"),
        ("It's really easy: you just tap the card on the reader.", "hostility:talking-down"),
        # a kind of customer lectured
        ("Cat owners really ought to check the care sheet.", "condescension:lecturing"),
        ("Sensible drivers check their oil every month.", "condescension:lecturing"),
        ("Tenants who skip the inventory check are asking for trouble.", "condescension:lecturing"),
        ("Losing the deposit was a hard lesson worth learning.", "condescension:lecturing"),
        ("A damp shed is no place for an expensive bike.", "condescension:lecturing"),
        (
            "Swearing at our drivers says a lot more about you than about the drivers.",
            "condescension:lecturing",
        ),
        ("Please think before you order twelve pizzas.", "condescension:lecturing"),
        # the upset sized against the thing
        ("A chipped saucer hardly calls for a formal complaint.", "hostility:minimising"),
        ("We would hardly count a small scratch as damage.", "hostility:minimising"),
        ("It was a free sample, so I doubt it merits all this fuss.", "hostility:minimising"),
        ("Muddy boots come with the territory at a riding school.", "hostility:minimising"),
        ("A cold coffee is hardly a disaster.", "hostility:minimising"),
        # a shrug at nature
        ("Planning permission takes as long as it takes.", "brush-off:it-just-happens"),
        ("The sea does what it does.", "brush-off:it-just-happens"),
        (
            "The lift stopped for a minute. It happens from time to time.",
            "brush-off:it-just-happens",
        ),
        # the end of the road
        ("We've answered this twice now, and we'll leave it there.", "brush-off:matter-closed"),
        ("The lease stands as written.", "brush-off:matter-closed"),
        ("I've asked the manager again and the decision stands.", "brush-off:matter-closed"),
        ("The course has begun as far as I'm concerned.", "brush-off:matter-closed"),
        ("The deposit isn't coming back.", "brush-off:matter-closed"),
        ("The gift card was spent, so we have nothing to give back.", "brush-off:matter-closed"),
        (
            "You stayed two nights fewer, so leaving early doesn't change the price.",
            "brush-off:matter-closed",
        ),
        # threats
        (
            "One more noise complaint from your flat and the landlord will have you out.",
            "hostility:consequence-threat",
        ),
        ("Another missed payment and your line gets cut off.", "hostility:consequence-threat"),
        ("Miss another payment and you lose the discount.", "hostility:consequence-threat"),
        ("Keep posting comments like that and we'll ban you.", "hostility:consequence-threat"),
        (
            "If Tom bites another child again, his place will be given to someone else.",
            "hostility:consequence-threat",
        ),
        (
            "Late returns will result in the suspension of your library card.",
            "hostility:consequence-threat",
        ),
        (
            "A second chargeback could lead to your account being deactivated.",
            "hostility:consequence-threat",
        ),
        # signs
        ("No parents in the dance studio.", "hostility:bare-prohibition"),
        ("Feet off the seats!", "hostility:bare-prohibition"),
        ("Everyone off the ice.", "hostility:bare-prohibition"),
        ("No messaging other players outside the app.", "hostility:bare-prohibition"),
        ("No re-entry to the hall after the interval.", "hostility:bare-prohibition"),
        # go elsewhere
        (
            "If you want it faster, off you go and try the next garage.",
            "hostility:take-your-business-elsewhere",
        ),
        (
            "If you think you could find it cheaper online, go ahead.",
            "hostility:take-your-business-elsewhere",
        ),
        (
            "Shop at the discount store if our rates offend you.",
            "hostility:take-your-business-elsewhere",
        ),
        # not my job
        ("I just do the tills.", "refusal:not-my-department"),
        ("Refunds are a head-office thing.", "refusal:not-my-department"),
        # our side was sound
        ("The crack in the screen was pre-existing.", "blame:not-our-fault"),
        ("That dent must have been there before we collected the van.", "blame:not-our-fault"),
        ("The boots were undamaged when they reached you.", "brush-off:blame-another-team"),
        ("The fault lies with your router, not our line.", "blame:not-our-fault"),
        ("We stand by every decision our referees made.", "blame:not-our-fault"),
        # the cost is yours
        ("You picked the wrong week, so the change fee is yours.", "blame:your-responsibility"),
        # sorry if it upset you
        ("Sorry if the reminder worried you.", "brush-off:non-apology"),
        ("Sorry if you were upset by the delay.", "brush-off:non-apology"),
        ("Sorry if this rule is a pain, but it applies to everyone.", "brush-off:non-apology"),
        ("Sorry if this caused some confusion.", "brush-off:non-apology"),
    ],
)
def test_round11_kind_is_flagged(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in found(linter, text, "say-no")


@pytest.mark.parametrize(
    "text",
    [
        # owning it, or a colleague praised
        "We must have sent you the wrong size, so a new pair is on its way today.",
        "The new porter carried your bags to the room.",
        "He's new to skiing, so we've booked him a lesson.",
        "The shoes are brand new.",
        # the others, innocently
        "Every other Tuesday the shop opens late.",
        "Every other row in the table is shaded grey.",
        "None of the other settings change when you switch plans.",
        "The other members of your team can see the file too.",
        "The other fields are optional.",
        # explaining, kindly
        "Here's a simple way to put it: the higher the number on the dial, the warmer the room.",
        "Don't worry, we'll sort it out today.",
        "Setup is a bit more involved on older routers, so here are the steps.",
        # advice, not a lecture
        "You ought to receive the code within a minute.",
        "Drivers should check the tyre pressure before a long trip; here's how.",
        "This is the place for questions about your order.",
        "There's no place for a second address in the form yet.",
        "Think of the deposit as a hold, not a charge.",
        # the size of the thing, plainly
        "This hardly ever happens, and we've fixed it for you.",
        "Delivery takes three days.",
        "The app does what you tell it.",
        "It happens when the battery drops below 5%, and the app saves your work first.",
        # not a wall
        "Leave it there and the courier will collect it.",
        "Your offer stands until Friday.",
        "As far as I know, the parcel left the depot this morning.",
        "Your refund is coming back to your card within five days.",
        "There's nothing to pay back: we covered the cost.",
        "Changing the plan name doesn't change the price.",
        # not a threat
        "One more step and you're done.",
        "One more thing: your parking is free on Sundays.",
        "Click Delete and confirm.",
        "If you see this message again, restart the app.",
        "Heavy rain may result in delays to the ferry.",
        "Too many failed logins will lock the account for ten minutes.",
        # not a sign
        "No parents needed: children can check in themselves.",
        "No fees in the first year.",
        "No waiting in line at the desk: check in on your phone.",
        "Hands-free calling is on in the car.",
        "No return label is needed: we'll collect it.",
        # not going elsewhere
        "Off you go: your booking is confirmed.",
        "If you think you'd like a cheaper plan, we can switch you today.",
        # not my job
        "I just sent the tracking link to your email.",
        "That's a good thing to ask about.",
        # our side, fairly
        "We checked the case before it left us and found a crack, so a new one is on its way.",
        "We stand by our products with a two-year guarantee, and we'll replace this one.",
        "The fault was with the pump, so we've replaced it for free.",
        "The card was refused by your bank, not by us, so please try another card.",
        # the cost, kindly
        "The choice is yours.",
        # a real apology
        "Sorry the reminder came twice; we've fixed the setting.",
        "We're sorry the parcel was late, and we've refunded the postage.",
    ],
)
def test_round11_hard_negative_stays_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no"), found(linter, text, "say-no")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Sign it now, before the goalposts move.", "business-idiom:raise-the-bar"),
        ("We'll park the dark-mode request for now.", "business-idiom:put-a-pin-in-it"),
    ],
)
def test_round11_canon_jargon(linter: Linter, text: str, entry: str) -> None:
    assert f"jargon/{entry}" in found(linter, text, "jargon")


@pytest.mark.parametrize(
    "text",
    ["You can park the camper-van for now in bay 2.", "The goalkeeper moved to the left post."],
)
def test_round11_canon_jargon_negative(linter: Linter, text: str) -> None:
    assert not found(linter, text, "jargon")

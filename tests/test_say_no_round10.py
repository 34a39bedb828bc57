"""Say-no round 10 (heldout-8, now spent, read for its kinds): signs (a place's ban on a kind of
thing or person, "No bikes on the platform."; a seller's terms, "No swaps."; "Viewing only.", "Do
not handle."); the company's record as the answer ("our X has N years' experience, and the ...",
"our X have fitted hundreds of ..., and", "was perfect when it left us", "to the letter", "met
every standard"); the cause put anywhere but here ("the X's doing", ", nothing to do with the
...", "not anything at our end", "isn't from our fitting", "simply followed your brief", "is on
the courier's side", "; the system adds it automatically"); a colleague named with the wrong thing
they did ("the weekend clerk typed the wrong date", "his mistake, not the shop's"); the cause or
the cost put on the customer ("... is what cracked it", "was always going to end badly", "came
from you.", "; the label said ...", "checking ... was on you", "so ... at your cost", "yours to
pay for", "self-funded", "the buyer's business", "down to the photo you sent"); not our job ("...
questions go to your X, we just ...", "we don't deal with ... queries"); not knowing ("Haven't
the faintest", "depends on too many", "as good as ours", "work to their own timetable");
comparing ("Most pupils in her class passed ...", "Every other guest ... loved", "Hundreds of
gardeners grew them fine", "None of our other X have had ..."); minimising ("hardly worth a ...
review", "not worrying about it too much", "X happens.", "to a shop your size"); sorry for how
the customer took it ("a shame you found ...", "sorry if ... for you."); lecturing ("a
responsibility, not a ...", "living things, not ...", "who ... don't tend to complain", "exactly
how people end up", "just because you bought it", good senders/gardeners); talking down ("better
things to do", "if you'd stop ringing", "maybe rethink whether"); threats ("... again and our
solicitors", "Any rent still unpaid ... and your plot goes"); "don't insult me", "don't message
again."; "go open your own"; walls and finality (", big or small.", "This applies in all cases.",
"doesn't bend for anyone", "anything ... doesn't count", "nothing to send back", "stays with us",
"takes it outside the warranty", "no refund this time.", "until all sums due are settled in
full"; a notice quoting its own clause, "Pursuant to clause 9, ...", is legalese, not a
wall). A second pass writes the same kinds as the training sets phrase them
("most buyers assemble it in under an hour", "every other seller ... sends", "sold thousands ... and
never had", "sorry if the X ..., but", "nothing to get angry about", "too fancy for a beginner like
you", "... again and your account will be closed", "before blaming our", "cleaned to our usual
standard.", "most booking errors come from customers picking", "so any complaint should go to
them", "the venue's responsibility"). Canon jargon: "is subject to a reassessment" (Plain
English Campaign A to Z), only around an office noun. Help text, reasons with a way forward and
kind replies with the same words stay clean. Every sentence here is written for this file; none
is copied from a held-out set."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str, category: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == category}


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # signs
        ("No bikes on the platform.", "hostility:bare-prohibition"),
        ("No dogs in the changing rooms.", "hostility:bare-prohibition"),
        ("No swaps.", "hostility:bare-prohibition"),
        ("No lowballers!", "hostility:bare-prohibition"),
        ("Browsing only.", "hostility:bare-prohibition"),
        ("Please do not handle.", "hostility:bare-prohibition"),
        # the company's record as the answer
        (
            "Our tailor has forty years' experience, and the fit was right.",
            "blame:not-our-fault",
        ),
        (
            "Our drivers have delivered thousands of cakes, and this one left us whole.",
            "blame:not-our-fault",
        ),
        (
            "The cake was perfect when it left our kitchen.",
            "brush-off:works-on-our-end",
        ),
        (
            "Our stewards checked every ticket and applied the entry rules to the letter.",
            "blame:not-our-fault",
        ),
        ("The survey met every standard the council sets.", "blame:not-our-fault"),
        # the cause put anywhere but here
        ("The late fee was the booking app's doing.", "brush-off:blame-the-system"),
        (
            "The missing parcel was lost in the sorting office, nothing to do with the shop.",
            "blame:not-our-fault",
        ),
        (
            "The slow stream is down to your broadband, not anything at our end.",
            "blame:not-our-fault",
        ),
        ("The rattle you're hearing isn't from our fitting.", "blame:not-our-fault"),
        ("The logo looks odd because the print simply followed your brief.", "blame:not-our-fault"),
        ("Any difference in the count is on the courier's side.", "brush-off:blame-another-team"),
        (
            "Late returns are charged a day's hire; the system adds it automatically.",
            "brush-off:blame-the-system",
        ),
        # a colleague named
        ("The weekend clerk typed the wrong date on your booking.", "brush-off:blame-another-team"),
        ("So that's his mistake, not the shop's.", "brush-off:blame-another-team"),
        # the cause or the cost put on the customer
        ("Leaving the guitar in the car is what cracked the neck.", "blame:because-you"),
        (
            "You stored the paint in a cold shed, which was always going to end badly.",
            "blame:because-you",
        ),
        ("The venue was booked for Tuesday, and that date came from you.", "blame:because-you"),
        ("The shirt faded in the wash; the label said cold wash only.", "blame:you-were-warned"),
        ("Measuring the alcove before ordering was on you.", "blame:your-responsibility"),
        (
            "The cake matches the design you approved, so a new one would be at your cost.",
            "blame:your-responsibility",
        ),
        (
            "The frame was already cut when you called, so it's yours to pay for.",
            "blame:your-responsibility",
        ),
        ("Any sessions after the tenth are self-funded.", "blame:your-responsibility"),
        ("Collecting the sofa is the buyer's problem.", "blame:your-responsibility"),
        ("The blurring is down to the photo you sent.", "blame:down-to-you"),
        # not our job
        (
            "Delivery questions go to the courier, we just sell the sofas.",
            "refusal:not-my-department",
        ),
        ("We don't deal with parking complaints.", "refusal:not-my-department"),
        # not knowing
        ("Haven't the faintest, I was off that day.", "brush-off:i-dont-know"),
        ("When it'll be fixed depends on too many things.", "brush-off:i-dont-know"),
        ("Why it fails on Fridays, your guess is as good as ours.", "brush-off:i-dont-know"),
        ("The engraver works to his own timetable.", "brush-off:youll-have-to-wait"),
        # comparing
        (
            "Most pupils in her class passed that grade last term.",
            "brush-off:most-customers-manage",
        ),
        ("Every other guest this week loved the room.", "brush-off:most-customers-manage"),
        ("Hundreds of gardeners grew these beans fine.", "brush-off:most-customers-manage"),
        (
            "None of our other tenants have had their post go missing.",
            "brush-off:no-one-else-complained",
        ),
        # minimising
        ("A scuffed box is hardly worth a two-star review.", "hostility:minimising"),
        ("I'd try not worrying about it too much.", "hostility:minimising"),
        ("Condensation happens.", "hostility:minimising"),
        (
            "One late delivery won't make much difference to a shop your size.",
            "hostility:minimising",
        ),
        # sorry for how the customer took it
        ("It's a shame you found the wait annoying.", "brush-off:non-apology"),
        ("Sorry if the show wasn't quite right for you.", "brush-off:non-apology"),
        # lecturing
        ("A pony is a responsibility, not a toy.", "condescension:lecturing"),
        ("Fish are living creatures, not decorations.", "condescension:lecturing"),
        (
            "Bonsai trees are delicate, and they need you to actually read the guide.",
            "condescension:lecturing",
        ),
        (
            "Owners who walk their dogs twice a day don't tend to complain about chewing.",
            "condescension:lecturing",
        ),
        ("Skipping the warm-up is exactly how people end up injured.", "condescension:lecturing"),
        ("The song isn't yours to copy just because you bought it.", "condescension:lecturing"),
        ("Good gardeners water their beds every evening.", "condescension:lecturing"),
        # talking down
        ("We have better things to do than chase your parcel.", "hostility:talking-down"),
        ("If you'd stop emailing every hour we could finish it.", "hostility:talking-down"),
        ("Maybe rethink whether a puppy suits your flat.", "hostility:talking-down"),
        # threats and hostility
        (
            "Post our photos again and our solicitors will be in touch.",
            "hostility:consequence-threat",
        ),
        (
            "Any rent still unpaid on the 1st and your plot goes back on the list.",
            "hostility:consequence-threat",
        ),
        ("Don't insult us.", "hostility:do-not-contact-us"),
        ("Please don't email us again.", "hostility:do-not-contact-us"),
        (
            "If you can run it better, go open your own cafe.",
            "hostility:take-your-business-elsewhere",
        ),
        # walls and finality
        ("Deposits are kept for every booking, big or small.", "brush-off:finality-marker"),
        ("Late entries are refused. This applies in all cases.", "brush-off:finality-marker"),
        ("The contract doesn't bend for anybody.", "brush-off:finality-marker"),
        ("Anything agreed over the phone doesn't count.", "brush-off:finality-marker"),
        (
            "The fee paid for the van we held, so there's nothing to refund.",
            "refusal:we-keep-the-money",
        ),
        ("Once the code is used, the price stays with us.", "refusal:we-keep-the-money"),
        ("You dropped it in the sea, which takes it outside the warranty.", "refusal:not-covered"),
        ("No refund this time.", "refusal:not-covered"),
        (
            "The car stays in the pound until all fees owed are settled in full.",
            "policy-speak:until-paid-in-full",
        ),
        # second pass, as the training sets phrase the same kinds
        ("Most buyers assemble the desk in under an hour.", "brush-off:most-customers-manage"),
        ("Most riders work the buckle out on their own.", "brush-off:most-customers-manage"),
        ("Most tenants just live with it.", "brush-off:most-customers-manage"),
        ("Every other seller on the site sends the right size.", "brush-off:most-customers-manage"),
        (
            "We've fitted thousands of these taps and never had a leak like it.",
            "brush-off:most-customers-manage",
        ),
        (
            "The shop has hundreds of regulars, so the problem isn't us.",
            "brush-off:most-customers-manage",
        ),
        ("Sorry if the new till slowed you down, but it's here to stay.", "brush-off:non-apology"),
        ("We're sorry if parents feel the fee is high.", "brush-off:non-apology"),
        ("Honestly, no clue if the train will run.", "brush-off:i-dont-know"),
        ("A cracked saucer is nothing to get angry about.", "hostility:minimising"),
        ("One missed bin isn't worth all this drama.", "hostility:minimising"),
        ("Most drivers wouldn't call that a dent.", "hostility:minimising"),
        ("That lens is too fancy for a beginner like you.", "hostility:talking-down"),
        (
            "Swear at the staff again and your account will be closed.",
            "hostility:consequence-threat",
        ),
        ("Test your own charger before blaming our cable.", "condescension:lecturing"),
        ("Our heaters meet every standard, so we won't swap it.", "blame:not-our-fault"),
        ("The flat was cleaned to our usual standard.", "blame:not-our-fault"),
        ("The crew followed the checklist exactly as written.", "blame:not-our-fault"),
        ("The oven was working when it left the warehouse.", "brush-off:works-on-our-end"),
        ("Most booking errors come from customers picking the wrong date.", "blame:because-you"),
        ("That's a mess you made yourself.", "blame:because-you"),
        (
            "The strike was the airline's doing, so any complaint should go to them.",
            "refusal:not-my-department",
        ),
        ("The office doesn't deal with queries about parking.", "refusal:not-my-department"),
        ("Lost tickets are the venue's responsibility.", "refusal:not-my-department"),
    ],
)
def test_round10_flagged_by_intended_entry(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in found(linter, text, "say-no")


@pytest.mark.parametrize(
    "text",
    [
        "No fees on weekend bookings.",
        "No ads on the site.",
        "No fees. No contracts. No hassle.",
        "Viewing the report needs an admin account.",
        "Do not handle the battery with wet hands; dry them first.",
        "Our team has ten years' experience with rentals, so ask us anything.",
        "Our drivers have delivered thousands of parcels this week.",
        "If the cake was damaged when it left us, we'll bake you another.",
        "We follow your instructions to the letter, so tell us exactly what you want.",
        "The update meets all requirements for the new law.",
        "This setting has nothing to do with your password.",
        "The message isn't from our team; please don't click the link.",
        "Just follow your usual steps to sign in.",
        "The spare key is on the driver's side.",
        "The system adds the discount automatically at checkout.",
        "The engineer fitted the wrong part, so we're sending him back today with the right one.",
        "Enabling backups is what keeps your files safe.",
        "The photo came from your gallery and looks great.",
        "The label says 'Save' in the new version.",
        "Checking your email is on the list for tomorrow.",
        "The repair is free, so there's no cost to you.",
        "Returns go to our Leeds warehouse, and we'll refund you the day they arrive.",
        "We deal with most questions within a day.",
        "I haven't the slightest doubt we'll fix it today.",
        "The price depends on the size of the room.",
        "Most users sign in with the app.",
        "Every other Tuesday we run a free class.",
        "Hundreds of customers joined the new plan this month.",
        "That review is worth a read.",
        "Don't worry about it; I've already sent a new one.",
        "Things happen in the order you set.",
        "It's a shame the weather spoiled your day; here's a voucher for a return visit.",
        "Sorry if I missed your call; I'll ring you back at two.",
        "Being a member is a privilege we want you to enjoy.",
        "Living things need water, and our guide shows how much.",
        "Customers who book early often get the best seats.",
        "This is exactly how we keep prices low.",
        "We have better ways to reach you now: try the chat.",
        "If you stop the sync, your files stay on this phone.",
        "Try again and our team will help you on the phone.",
        "Any unpaid invoices are listed on your account page.",
        "Please don't hesitate to email us again.",
        "Go make your own playlist in the app.",
        "Pick any size, big or small, and we'll make it.",
        "This applies in all cases where the card is lost.",
        "Nothing you send us is shared.",
        "There's nothing to pay back until June.",
        "The deposit stays with us until you collect the keys.",
        "No problem this time, we've fixed it.",
        "Your plan is subject to availability in your area.",
        "Uploads are subject to a limit of 10 GB.",
        "Most users see the change within a day of the update.",
        "Most people keep the default settings.",
        "Every other week we send a short newsletter.",
        "We've fixed hundreds of bugs this year.",
        "Sorry if the new screen confused you, but we've added a guide to it.",
        "Honestly, no problem at all.",
        "There is nothing to get excited about in the changelog, just fixes.",
        "The charger is too big for a small bag like yours, so we've added a pouch.",
        "Sign in again and your account will be ready.",
        "Before blaming yourself, check the cable is plugged in.",
        "The new cable meets every standard in the EU and the UK.",
        "Most errors come from a wrong password; reset it from the sign-in page.",
        "Any complaint goes to our complaints team, who answer within two days.",
        "Select the bucket you created on the console.",
    ],
)
def test_round10_hard_negatives_stay_clean(linter: Linter, text: str) -> None:
    assert found(linter, text, "say-no") == set()


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Your claim is subject to a verification of the receipts.", "complex-word:subject-to"),
        ("The refund is subject to an assessment by our team.", "complex-word:subject-to"),
    ],
)
def test_round10_canon_jargon(linter: Linter, text: str, entry: str) -> None:
    assert f"jargon/{entry}" in found(linter, text, "jargon")


@pytest.mark.parametrize(
    "text",
    [
        "Prices are subject to change.",
        "Bookings are subject to availability.",
    ],
)
def test_round10_canon_jargon_left_alone(linter: Linter, text: str) -> None:
    assert not any(e.endswith("subject-to") for e in found(linter, text, "jargon"))


def test_a_notice_quoting_its_own_clause_is_legalese_not_a_wall(linter: Linter) -> None:
    text = "Pursuant to section 4, either party may end this agreement with a month's notice."
    assert found(linter, text, "say-no") == set()
    assert "jargon/legalese:pursuant-to" in found(linter, text, "jargon")

"""Say-no round 7 (heldout-5, now spent, read for its kinds): bare orders as signs (one-verb bans,
lists of banned things, "X only at the Y", when and how the customer may not get in touch),
threats (keep doing it and we take something away, we stop serving you and tell your bank, "or
your X will be switched off", "without further notice", failure to settle), blame (done wrong or
late, papers wrong, "you shouldn't have", the previous owner, the courier must have, down to the
subcontractors, "it's happening to everyone"), comparing and minimising ("none ... have had a
problem", "they don't have this problem", "most people wouldn't bother", "there'll be other
shows"), defending ("followed every step", "by the book", "the grade stands"), public scolding
("moaning on here", "before ranting online", "the same email six times", "won't get you it any
faster"), lecturing ("every parent's duty", "as anyone should know"), not our job ("isn't
anything to do with us", "not something the office deals with"), policy walls ("stays paid",
"payable regardless", "the terms are clear that ... not", "our terms are our terms", "no power
to waive", "no variations are permitted"), flat refusals (new entries refusal:will-not-adjust
and refusal:no-more-service, "turned down"), brush-offs ("it'll be ready when it's ready",
"we'll keep that in mind", "closed as won't fix"), the hedged apology to "anyone who may have
been affected", "that's what you pay us for" and "it isn't difficult."; and two literal uses of
canon buzzwords. Help text, reasons with a way forward and kind replies with the same words stay
clean. Every sentence here is written for this file; none is copied from a held-out set."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str, category: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == category}


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Do not climb.", "hostility:bare-prohibition"),
        ("Do not run!", "hostility:bare-prohibition"),
        ("No balloons inside the marquee.", "hostility:bare-prohibition"),
        ("No drones!", "hostility:bare-prohibition"),
        ("Please do not ring the office before 8am.", "hostility:bare-prohibition"),
        ("Do not text the driver before 7am.", "hostility:bare-prohibition"),
        ("Cash only at the bar.", "hostility:bare-prohibition"),
        ("Phones only in the foyer.", "hostility:bare-prohibition"),
        ("Please do not submit a complaint about delivery times.", "hostility:bare-prohibition"),
        ("Don't file duplicate cases with the help desk.", "hostility:bare-prohibition"),
        (
            "Keep leaving bikes in the hallway and we'll remove your storage key.",
            "hostility:consequence-threat",
        ),
        (
            "Keep parking across the gate and we will remove your permit.",
            "hostility:consequence-threat",
        ),
        (
            "If we don't hear from you, we will inform your employer.",
            "hostility:consequence-threat",
        ),
        ("If the invoice isn't paid, we'll cease providing cover.", "hostility:consequence-threat"),
        ("Your water will be disconnected without further notice.", "hostility:consequence-threat"),
        ("Renew by Friday or your listing will be taken down.", "hostility:consequence-threat"),
        (
            "Failure to return the hire kit will lead to a charge on your card.",
            "policy-speak:failure-to-comply",
        ),
        ("The boiler broke because you set the pressure wrong.", "blame:because-you"),
        ("The blinds don't fit because your measurements were incorrect.", "blame:because-you"),
        ("The parcel was returned because you collected it too late.", "blame:because-you"),
        ("You clicked a link you shouldn't have.", "blame:you-should-have"),
        ("The former landlord mislaid your deposit paperwork.", "brush-off:blame-another-team"),
        (
            "Our former supplier deleted the files before we switched.",
            "brush-off:blame-another-team",
        ),
        ("The carrier must have dropped it.", "brush-off:blame-another-team"),
        ("It left our warehouse intact.", "brush-off:blame-another-team"),
        ("The delivery firm must have lost it.", "brush-off:blame-another-team"),
        ("The mix-up is down to the electricians.", "brush-off:blame-another-team"),
        ("Our suppliers keep letting us down.", "brush-off:blame-another-team"),
        (
            "Sorry, the app keeps doing that; it's happening to everyone at the moment.",
            "brush-off:blame-the-system",
        ),
        (
            "That glitch? It has been doing it to everybody since Monday.",
            "brush-off:blame-the-system",
        ),
        ("Most customers wouldn't bother returning a mug that size.", "hostility:minimising"),
        ("Many owners would never notice a chip that small.", "hostility:minimising"),
        ("It was only one match; there'll be other games.", "hostility:minimising"),
        (
            "There will be plenty of other shows, so don't worry about missing this one.",
            "hostility:minimising",
        ),
        ("Our drivers followed every step of the checklist exactly.", "blame:not-our-fault"),
        ("We did everything to the letter.", "blame:not-our-fault"),
        ("We don't agree that we were at fault.", "blame:not-our-fault"),
        ("The grade stands.", "brush-off:matter-closed"),
        ("We've checked the paper twice, and the result stands.", "brush-off:matter-closed"),
        ("If this was so important, you would have booked earlier.", "hostility:talking-down"),
        ("Ring the office instead of complaining on our page.", "hostility:talking-down"),
        ("Maybe read the small print before ranting online.", "hostility:talking-down"),
        ("Perhaps check your inbox before complaining on Facebook.", "hostility:talking-down"),
        (
            "Emailing the same question over and over won't make us reply any sooner.",
            "hostility:talking-down",
        ),
        ("You've sent the same message six times today.", "hostility:talking-down"),
        ("Tagging us again won't get your refund any faster.", "hostility:talking-down"),
        (
            "That's what you hire us for, so don't worry about the tax forms.",
            "hostility:talking-down",
        ),
        ("It is every parent's responsibility to read the newsletter.", "condescension:lecturing"),
        ("It's each member's duty to know the club rules.", "condescension:lecturing"),
        ("Receipts must be kept, as anyone should know.", "condescension:everyone-knows"),
        ("Lost property isn't anything to do with us.", "refusal:not-my-department"),
        (
            "Parking permits are not something the site office deals with.",
            "refusal:not-something-we-do",
        ),
        ("Custom orders are not something the bakery offers.", "refusal:not-something-we-do"),
        ("Once charged, the admin fee remains paid.", "refusal:non-refundable"),
        ("The deposit is payable regardless of whether you attend.", "refusal:non-refundable"),
        (
            "Our policy is clear that vouchers can't be swapped for cash.",
            "policy-speak:rules-are-rules",
        ),
        (
            "Our booking terms are our booking terms, and they apply to everyone.",
            "policy-speak:rules-are-rules",
        ),
        ("I have no power to waive the fee.", "brush-off:hands-are-tied"),
        ("No variations to the menu are permitted.", "refusal:no-exceptions"),
        ("We won't be doing any further work for you.", "refusal:no-more-service"),
        ("Your coach will no longer be working with you.", "refusal:no-more-service"),
        ("Sadly your grant bid got turned down.", "refusal:refusal-verdict"),
        ("Your appeal was knocked back.", "refusal:refusal-verdict"),
        ("It'll be ready when it's ready.", "brush-off:vague-promise"),
        ("They'll arrive when they arrive.", "brush-off:vague-promise"),
        ("Good idea, we'll keep that in mind.", "brush-off:vague-promise"),
        ("Marked as won't fix.", "brush-off:matter-closed"),
        ("Closing this as not a bug.", "brush-off:matter-closed"),
        (
            "Our apologies to any passengers who may have noticed the delay.",
            "brush-off:non-apology",
        ),
        ("Sorry to any guests who might have been disturbed last night.", "brush-off:non-apology"),
        ("It isn't difficult.", "condescension:not-that-hard"),
        ("Honestly, this is not complicated.", "condescension:not-that-hard"),
        ("We won't increase your credit limit.", "refusal:will-not-adjust"),
        ("I'm not going to lower your monthly fee.", "refusal:will-not-adjust"),
    ],
)
def test_round7_say_no_is_flagged_by_its_entry(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in found(linter, text, "say-no")


@pytest.mark.parametrize(
    "text",
    [
        "Apologies for the delay, and thank you for waiting.",
        "Billing is something our accounts team handles, and I've passed your question to them.",
        "Do not restart the server until the backup finishes.",
        "Do not worry.",
        "Everyone should know their rights, so we've put them on one page.",
        "Failure to launch is a common error on older laptops; restarting usually fixes it.",
        "If it was that urgent, I'm sorry we missed your call; I've booked you in for 9am "
        "tomorrow.",
        "If the part isn't in stock, we'll order it and call you when it arrives.",
        "If you don't need the box, we'll recycle it for you.",
        "It isn't hard to pause your plan: tap Settings, then Pause.",
        "It'll arrive tomorrow before noon.",
        "It's every runner's dream to finish a marathon.",
        "It's one click to turn it on.",
        "Keep reading and we'll show you how to set up the printer.",
        "Keep scrolling and you'll see the Save button.",
        "Leave it to us and we'll handle the paperwork.",
        "Most people notice the difference within a week.",
        "No changes are needed on your side.",
        "No contract. No hidden fees.",
        "Once you have paid, your booking stays confirmed even if the weather changes.",
        "Our technicians follow every step of the safety checklist, and we'd like to check your "
        "boiler again for free.",
        "Please don't touch the paintings, because oils from skin damage the varnish.",
        "Save your work or your changes will be lost.",
        "Sorry to everyone affected by the outage; service is back and we've credited your "
        "accounts.",
        "Staff only beyond this point. Reception is on your left.",
        "Thanks for the feedback; we've added it to the roadmap for June.",
        "The courier has your parcel and will deliver it by 6pm.",
        "The delay is down to the snow, so your van will come on Monday instead.",
        "The deposit is payable on booking, and you can move your date for free.",
        "The parcel came back because the address label was torn, so we've sent a new one today.",
        "The previous owner's settings are kept until you reset the device.",
        "The result stands, but you can ask for a review of marking within 14 days.",
        "The rules for the car park are on the sign by the gate.",
        "The terms are clear that you can cancel within 14 days, so we'll refund you in full.",
        "There will be more dates announced in the spring.",
        "We closed this bug as fixed in version 2.3.",
        "We'd love to hear what went wrong before you post a review, so we can put it right.",
        "We're not going to raise your price when the plan renews.",
        "You can't sign in because your password has expired; reset it from the link below.",
        "You should have received an email with your receipt.",
        "Your appeal was turned down, but you can take it to the ombudsman, and here's how.",
        "Your request has been approved.",
        "Your trainer won't be taking any more sessions this month, but Sam can see you on "
        "Tuesday.",
    ],
)
def test_round7_hard_negatives_stay_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no")
    assert not found(linter, text, "jargon")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Fixing the checkout copy is the low-hanging fruit.", "buzzword:low-hanging-fruit"),
        ("Let's circle back on the pricing next week.", "buzzword:circle-back"),
    ],
)
def test_round7_buzzwords_still_flagged(linter: Linter, text: str, entry: str) -> None:
    assert f"jargon/{entry}" in found(linter, text, "jargon")


@pytest.mark.parametrize(
    "text",
    [
        "The apple trees have lots of low-hanging fruit this week, so bring a basket.",
        "At the next lights we'll circle back to the junction and try the turn again.",
    ],
)
def test_round7_literal_buzzwords_left_alone(linter: Linter, text: str) -> None:
    assert not found(linter, text, "jargon")

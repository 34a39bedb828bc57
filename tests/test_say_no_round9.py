"""Say-no round 9 (heldout-7, now spent, read for its kinds): finality said as a tag (", full
stop.", ", plain and simple.", ", rain or not.", ", whatever the reason.", "close the door on", "no
correspondence will be entered into", "applies as billed", "and the list is final", "the last
word"); the company keeping the customer's money ("we'll be keeping the full fee", "the deposit
stays with us", "stays spent", "are forfeit"); a fault shrugged off as normal ("one of those
things", "it does that sometimes", "sort themselves out"); a shrug of ignorance ("I honestly
couldn't tell you.", "a coin flip whether"); the company's own checks as the answer ("our X are
calibrated ..., so", "wasn't our doing", "the error must be on ...", "without a single error", "so
whatever happened", "there's no way the X was ... by us", "correct; our X are checked"); the cause
put on the customer ("from you scratching", "because your X were too small", "because you ...
instead of", "so it must be your ...", "so it's on you.", "a fitting problem, not a product
problem", "Have you even ...?"); the fault left with a third party or the new colleague ("their
lookout", "came from their side", "the new lad ... forgot"); the others held up ("nobody else on
your corridor has complained", "hundreds of riders ... without any rubbing", "with everybody
else's"); minimising ("hardly matters", "hardly calls for", "not worth a complaint", "don't
exactly keep us up at night", "lose any sleep over"); talking down ("I'll go slowly", "make this
really simple for you."); name-calling and sarcasm ("sore losers", "Funny how ... only");
lecturing ("think harder", "before you order next time.", "learn the basics before", "rushing it
helps nobody", "won't get you anywhere", "won't do you any favours"); threats ("Shout at the staff
again and you'll ...", "Another late payment and we close ...", "or you're off the list", "Let the
plan lapse and your photos disappear"); signs ("No feeding the ducks.", "Do not open boxes in
store."). Help text, reasons with a way forward ("...; Tuesday is still open") and kind replies
with the same words stay clean. Every sentence here is written for this file; none is copied
from a held-out set."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str, category: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == category}


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "Our labels are proofread twice, so the error must be on the order form.",
            "blame:not-our-fault",
        ),
        (
            "Our scales are calibrated every week, so the weight difference wasn't our doing.",
            "blame:not-our-fault",
        ),
        ("The late start wasn't our doing.", "blame:not-our-fault"),
        ("Our booking system has run for years without a single error.", "blame:not-our-fault"),
        (
            "The vase was wrapped in three layers, so whatever happened to it happened in transit.",
            "blame:not-our-fault",
        ),
        ("There's no way the parcel was opened by us.", "blame:not-our-fault"),
        (
            "The measurements are correct; our tape measures are checked monthly.",
            "blame:not-our-fault",
        ),
        ("That rash is from you scratching the tattoo.", "blame:because-you"),
        ("The shelf collapsed because your brackets were too small.", "blame:because-you"),
        ("It's a fitting problem, not a product problem.", "blame:wrong-kind-of-problem"),
        ("Other readers get the discount, so it might be your card.", "blame:on-your-end"),
        (
            "The damage was reported after you returned the van, so it's on you.",
            "blame:because-you",
        ),
        (
            "The app crashed because you installed it on a memory card instead of the phone.",
            "blame:because-you",
        ),
        ("Have you even opened the box?", "hostility:belittling"),
        ("Where the driver is now, I honestly couldn't tell you.", "brush-off:i-dont-know"),
        ("It's a coin flip whether the ferry sails today.", "brush-off:i-dont-know"),
        (
            "The courier handled the return, so the delay is their lookout.",
            "brush-off:blame-another-team",
        ),
        ("The refund cut came from their side.", "brush-off:blame-another-team"),
        ("The new lad in the kitchen forgot your sauce.", "brush-off:blame-a-colleague"),
        (
            "Nobody else on your corridor has complained about the heating.",
            "brush-off:no-one-else-complained",
        ),
        (
            "Hundreds of riders wear these boots without any rubbing.",
            "brush-off:most-customers-manage",
        ),
        ("Your email is in the pile with everybody else's.", "brush-off:youll-have-to-wait"),
        ("We'll check the boiler at some point.", "brush-off:vague-promise"),
        ("I'll get round to your refund eventually.", "brush-off:vague-promise"),
        ("Apologies if the late delivery ruined your evening.", "brush-off:non-apology"),
        ("Warranty claims aren't something our shop touches.", "refusal:not-something-we-do"),
        ("All deposits are forfeit.", "refusal:non-refundable"),
        ("Once used, the voucher stays spent.", "refusal:non-refundable"),
        (
            "Complainers are welcome to take their custom elsewhere.",
            "hostility:take-your-business-elsewhere",
        ),
        ("Funny how the fault only showed up after the warranty ran out.", "hostility:belittling"),
        ("A small scuff hardly matters on a work boot.", "hostility:minimising"),
        ("One late bus hardly calls for a formal complaint.", "hostility:minimising"),
        ("A slightly cold coffee is honestly not worth a complaint.", "hostility:minimising"),
        ("Angry tweets don't exactly keep us up at night.", "hostility:minimising"),
        ("We won't lose any sleep over one bad review.", "hostility:minimising"),
        ("I'll go slowly: the plug goes in the wall.", "hostility:talking-down"),
        ("Let me make this really simple for you.", "hostility:talking-down"),
        (
            "Shout at the staff again and you'll be watching from the car park.",
            "hostility:consequence-threat",
        ),
        ("Another late payment and we close your account.", "hostility:consequence-threat"),
        (
            "Pay the arrears by Monday or you're off the list for good.",
            "hostility:consequence-threat",
        ),
        ("Let the plan lapse and your photos disappear.", "hostility:consequence-threat"),
        ("No feeding the ducks.", "hostility:bare-prohibition"),
        ("Parents must not enter the changing rooms.", "hostility:bare-prohibition"),
        ("Do not open boxes in store.", "hostility:bare-prohibition"),
        ("A mortgage is a big step, so think harder about the numbers.", "condescension:lecturing"),
        ("Measure the door before you order next time.", "condescension:lecturing"),
        ("Learn the basics before booking an advanced class.", "condescension:lecturing"),
        ("Skipping the stretches won't get you anywhere.", "condescension:lecturing"),
        ("Rushing the form helps nobody.", "condescension:lecturing"),
        ("Missing lessons won't do you any favours.", "condescension:lecturing"),
        ("Late entries were checked, and the ranking is final.", "policy-speak:decision-is-final"),
        ("Tickets are final under our terms.", "policy-speak:decision-is-final"),
        ("The contract gives us the last word on prices.", "policy-speak:decision-is-final"),
        ("The parking fine stays on your bill, full stop.", "brush-off:finality-marker"),
        ("The hire ends at six, plain and simple.", "brush-off:finality-marker"),
        ("You pay for the whole day, rain or not.", "brush-off:finality-marker"),
        ("The ticket price is the same, whatever the reason.", "brush-off:finality-marker"),
        ("The contract closes the door on early exits.", "brush-off:finality-marker"),
        ("No correspondence will be entered into.", "brush-off:finality-marker"),
        ("The late fee applies as billed.", "brush-off:finality-marker"),
        (
            "The card reader cut out again; it's just one of those things.",
            "brush-off:it-just-happens",
        ),
        ("The booking page logs people out; it does that sometimes.", "brush-off:it-just-happens"),
        ("Delays like this usually sort themselves out.", "brush-off:it-just-happens"),
        ("We'll be keeping the full deposit for the missed lesson.", "refusal:we-keep-the-money"),
        ("We're holding on to the booking fee.", "refusal:we-keep-the-money"),
        ("You cancelled late, so the deposit stays with us.", "refusal:we-keep-the-money"),
        ("Refunds are off the menu.", "refusal:not-an-option"),
        ("Riders must not bring dogs into the arena.", "hostility:bare-prohibition"),
        ("Sore losers can find another league.", "hostility:belittling"),
    ],
)
def test_round9_flagged_by_intended_entry(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in found(linter, text, "say-no")


@pytest.mark.parametrize(
    "text",
    [
        "Our meters are tested every year, so you can trust the reading.",
        "There's no way to undo a sent message, so check it before you press Send.",
        "The error comes from your browser cache; clear it to fix the page.",
        "This is a network problem, not a device problem; restart your router to fix it.",
        "Did you know you can pay by phone?",
        "I'll explain each step as we go.",
        "We make it simple for you to switch plans.",
        "Nobody else on the team can see your notes.",
        "Thousands of teams use the app without any code.",
        "We'll call you back at 3pm.",
        "Apologies if this reaches you twice.",
        "We're keeping your deposit safe until you collect the keys.",
        "We'll hold the deposit as credit for your next stay.",
        "The deposit stays with us until the car is back, then we refund it in full.",
        "Try again and you'll see the new screen.",
        "One more step and we'll finish your setup.",
        "Save your work or you'll lose it.",
        "Let the paint dry and your walls will look great.",
        "Do not open the file in Word.",
        "Think twice before you share your password.",
        "Before you order next time, you can save your sizes in your account.",
        "Learn the basics in our free course.",
        "Skipping the intro will get you to the menu faster.",
        "Our engineers have the final say on safety, and they'll call you today.",
        "The app does that sometimes; restart it and it will sync.",
        "We'll look into it and email you by Friday.",
        "The new girl on reception is Sam, and she'll help you with the keys.",
        "Your order came from our Leeds shop, and it should arrive tomorrow.",
        "It's a small fee, but it's worth the peace of mind.",
        "The update hardly changes the menus, so you'll find everything where it was.",
        "Funny how fast the summer went!",
        "I'm sorry the late delivery spoiled your evening; we've refunded the delivery charge.",
        "The refund came from our side, so it should reach your card in three days.",
        "If you booked four hours, you pay for four hours, and we refund any unused fuel.",
        "We're not keeping the fee: the full amount will be back on your card by Monday.",
        "No feeding schedule is needed for the cat flap.",
        "The last word in the title is the product name.",
        "Your payment is final once you press Confirm, so check the amount first.",
        "Hundreds of guests stay with us every week.",
        "We're short of drivers this week, so we won't be doing Monday deliveries; "
        "Tuesday and Thursday are still open.",
        "We won't be taking bookings for May; June is still available.",
        "Our kitchen is checked every morning, so you can book with confidence.",
        "No touching is needed: the tap turns on by itself.",
        "Your deposit is safe with us, and we'll return it when you collect the keys.",
        "We'll keep the fee as credit towards your next lesson.",
        "It was our mistake, not yours, so we've refunded the fee.",
        "Everyone's order is packed by hand, and yours left the shop today.",
    ],
)
def test_round9_hard_negatives_stay_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no")
    assert not found(linter, text, "jargon")

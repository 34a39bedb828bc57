"""Say-no round 6 (heldout-4, now spent, and the same kinds in the training sets written,
written-2..6): bare orders about conduct, threats with a consequence (things sold, the bailiffs,
a blacklist, "one more and the committee will ..."), minimising, being bullied, "don't bother
coming back", "just because you've decided", not knowing, sorry *if* it caused or seemed,
passing the customer on, feedback passed on and nothing more, closing the ticket, "not up for
discussion", "the amount stands", comparing (plenty of, the vast majority have been patient,
meeting their targets), talking down and lecturing, defending the company, blaming another team
(new entry brush-off:blame-another-team), access withheld until paid in full (new entry
policy-speak:until-paid-in-full), sold out and no more coming (new entry refusal:none-left); and
five canon jargon shapes (further to, writing to inform you, deploying staff, parking a plan for
now, a team's bandwidth). Help text and kind replies with the same words stay clean. Every
sentence here is written for this file."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str, category: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == category}


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # bare orders about conduct, with no reason
        ("Do not park on the grass verge.", "hostility:bare-prohibition"),
        ("Please don't block the driveway.", "hostility:bare-prohibition"),
        ("Do not message the host after checkout.", "hostility:bare-prohibition"),
        ("Don't argue with moderators in the comments.", "hostility:bare-prohibition"),
        ("No sharing accounts.", "hostility:bare-prohibition"),
        ("Posting links is forbidden.", "hostility:bare-prohibition"),
        # threats with a consequence
        (
            "Repeated no-shows will lead to removal from the waiting list.",
            "hostility:consequence-threat",
        ),
        (
            "Settle the invoice by Monday or the debt collectors will be in touch.",
            "hostility:consequence-threat",
        ),
        (
            "Keep emailing our directors and your case will go to the back of the queue.",
            "hostility:consequence-threat",
        ),
        (
            "If the car isn't collected by Friday, we'll tow it and sell it at auction.",
            "hostility:consequence-threat",
        ),
        (
            "Challenge this fee with your bank and we'll add you to the shared fraud database.",
            "hostility:consequence-threat",
        ),
        (
            "Another complaint like that and the board will decide on your place.",
            "hostility:consequence-threat",
        ),
        (
            "We will be reviewing whether your membership should continue.",
            "hostility:consequence-threat",
        ),
        ("Ignore this letter and your parking permit will lapse.", "hostility:consequence-threat"),
        # minimising, bullying, pushing away, talking down
        ("It's only a tiny change to the opening hours.", "hostility:minimising"),
        (
            "Moving the class by ten minutes shouldn't make much difference to anyone.",
            "hostility:minimising",
        ),
        ("I wouldn't call that a fault.", "hostility:minimising"),
        ("It's a parcel, not a life-or-death matter.", "hostility:minimising"),
        ("We refuse to be bullied by threats of bad reviews.", "hostility:tone-policing"),
        ("Don't speak to my staff like that.", "hostility:tone-policing"),
        (
            "If that's your attitude, don't bother coming back.",
            "hostility:take-your-business-elsewhere",
        ),
        ("Just because you think it's urgent doesn't make it urgent.", "hostility:talking-down"),
        ("Some tenants are never satisfied.", "hostility:talking-down"),
        ("Let me walk you through it slowly.", "hostility:belittling"),
        ("Parking disputes are between you and the landlord.", "hostility:your-problem-not-ours"),
        ("We don't get involved in disputes with couriers.", "hostility:your-problem-not-ours"),
        # not knowing, non-apologies, passing on
        ("I couldn't say why the lift keeps stopping.", "brush-off:i-dont-know"),
        ("Apologies if the new booking page caused you any trouble.", "brush-off:non-apology"),
        ("Sorry if our reply seemed harsh.", "brush-off:non-apology"),
        ("We're sorry you didn't like the new menu.", "brush-off:non-apology"),
        (
            "The gym is run by the council, so you'll need to take that up with them.",
            "brush-off:go-elsewhere-for-help",
        ),
        (
            "We don't stock that size, so you'll have to look elsewhere.",
            "brush-off:go-elsewhere-for-help",
        ),
        # nothing more will happen, the matter is closed
        ("We've passed your complaint on to the depot.", "brush-off:vague-promise"),
        ("We'll let you know when there's something to report.", "brush-off:vague-promise"),
        ("I'm closing this case now.", "brush-off:matter-closed"),
        ("Closing this thread.", "brush-off:matter-closed"),
        ("The refund amount is not up for discussion.", "brush-off:matter-closed"),
        ("The deduction stands.", "brush-off:matter-closed"),
        ("This request won't be taken any further.", "brush-off:matter-closed"),
        ("Let's move on, the parking fine has been dealt with.", "brush-off:matter-closed"),
        ("There's nothing further we can add for now.", "brush-off:no-way-forward"),
        ("The club has no discretion over membership fees.", "brush-off:hands-are-tied"),
        # comparing with other customers
        ("We've never had an issue with that boiler before.", "brush-off:no-one-else-complained"),
        ("Plenty of our members manage to book online.", "brush-off:most-customers-manage"),
        (
            "The vast majority of tenants have been really understanding about the works.",
            "brush-off:most-customers-manage",
        ),
        (
            "Other riders on your route are meeting their targets.",
            "brush-off:most-customers-manage",
        ),
        (
            "Plenty of our clients sort their paperwork within a week.",
            "brush-off:most-customers-manage",
        ),
        ("Regular guests know to book the spa early.", "brush-off:most-customers-manage"),
        # defending the company, blaming another team, blaming the customer
        ("The van was spotless when you collected it.", "brush-off:works-on-our-end"),
        ("There was no fault on our part.", "blame:not-our-fault"),
        ("Our fitters followed the standard procedure.", "blame:not-our-fault"),
        ("There was nothing more we could have done.", "blame:not-our-fault"),
        ("Your claim that the driver was rude is unfounded.", "blame:not-our-fault"),
        ("The warehouse packed the wrong colour.", "brush-off:blame-another-team"),
        (
            "The trainee didn't log your call properly, which is why nobody rang you back.",
            "brush-off:blame-another-team",
        ),
        ("Our fitters just install whatever they're given.", "brush-off:blame-another-team"),
        ("The flood happened because your tenant left a tap running.", "blame:because-you"),
        (
            "If you'd serviced the boiler every year, you wouldn't be in this mess.",
            "blame:if-you-had",
        ),
        ("The rug stained because it wasn't dried like we told you.", "blame:you-were-warned"),
        # talking down and lecturing
        (
            "As I've said three times now, the pool shuts at eight.",
            "condescension:as-i-already-said",
        ),
        ("Most people know to read the meter before they call.", "condescension:everyone-knows"),
        (
            "Seasonal pricing is something first-time guests often fail to grasp.",
            "condescension:everyone-knows",
        ),
        (
            "The fee covers the whole term, not one week, but never mind.",
            "condescension:everyone-knows",
        ),
        ("Members need to remember that the studio is a shared space.", "condescension:lecturing"),
        ("Tenants are reminded that bins go out on Sunday night.", "condescension:lecturing"),
        (
            "As you may not be aware, the car park closes at ten.",
            "condescension:as-you-should-know",
        ),
        # policy as a wall, refusals
        ("Removals are final.", "policy-speak:decision-is-final"),
        ("Please refer to our house rules.", "policy-speak:refer-to-terms"),
        (
            "Access to the locker will not be restored until the fees are paid in full.",
            "policy-speak:until-paid-in-full",
        ),
        ("We are bound by our policy on deposits.", "policy-speak:strict-policy"),
        ("We're not taking on any new patients this year.", "refusal:we-will-not"),
        (
            "That isn't something we'd be able to arrange, I'm afraid.",
            "refusal:not-something-we-do",
        ),
        ("We have no double rooms left this weekend.", "refusal:none-left"),
        ("We won't be getting any more of the blue ones in.", "refusal:none-left"),
        ("No appeal will be considered after 14 days.", "refusal:no-x-will-be-given"),
        ("Parking is nothing to do with us.", "refusal:not-my-department"),
    ],
)
def test_round_6_shapes_are_flagged(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in found(linter, text, "say-no")


@pytest.mark.parametrize(
    "text",
    [
        # a reason, or a way forward, in the same sentence
        "Do not park on the verge, as the mower comes on Tuesdays.",
        "The warehouse packed the wrong colour, so we've sent the right one by express today.",
        "We're not taking on any new patients this year, but the surgery on King Street can"
        " register you today.",
        "We have no double rooms left this weekend, but we can offer a twin at the same price.",
        "We've passed your complaint on to the depot manager, who will call you by 5pm today.",
        "We'll close this ticket once you confirm the fix works.",
        # help text: instructions, technical facts, how a system works
        "Do not block the main thread with long-running calls.",
        "Do not share your API key in public repositories.",
        "Keep calling the API and you'll hit the rate limit.",
        "If the file isn't used, we'll remove it after 30 days.",
        "Regular users do not have access to the console.",
        "It works exactly as it does in the desktop app.",
        "Properties that aren't relevant can be excluded from the sync.",
        "Not sure where to start? Read the setup guide.",
        "Values cannot deviate from the schema.",
        "There are no items left in the queue.",
        "Please refer to the setup guide for more detail.",
        "Students are expected to attend the first session.",
        "A good rule of thumb is to keep backups in two places.",
        "The rest of the team can see your changes.",
        # kind replies and reassurance
        "This update won't make any difference to your bill.",
        "It's only a short walk from the station.",
        "Don't bother printing the ticket; the QR code on your phone works.",
        "Thanks for the lovely words, we've passed them on to Sam!",
        "Thanks, everyone has been very patient while we fixed the outage.",
        "Sorry the delivery caused you trouble; we've refunded the fee.",
        "We doubt this will affect your bill.",
        "We expect customers to see the new prices from May.",
        "We refund the deposit in full within 5 days.",
        "Let me walk you through the setup.",
        "Members need to bring a towel to every class.",
        "The complaint made about you was wrong, so we've cleared your record.",
    ],
)
def test_help_text_and_kind_replies_stay_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("Further to your call on Monday, here are the new dates.", "officialese:further-to"),
        ("We write further to your email of 2 March.", "officialese:further-to"),
        (
            "We are writing to inform you that your lease ends in June.",
            "officialese:we-regret-to-inform",
        ),
        ("We will deploy extra stewards at the Saturday match.", "abstract-word:deploy-people"),
        ("We'll park the garden redesign for now.", "business-idiom:put-a-pin-in-it"),
        ("We'll look at it again when the team has more bandwidth.", "buzzword:bandwidth-time"),
    ],
)
def test_round_6_canon_jargon_is_flagged(linter: Linter, text: str, entry: str) -> None:
    assert f"jargon/{entry}" in found(linter, text, "jargon")


@pytest.mark.parametrize(
    "text",
    [
        "Deploy the app to the test server first.",
        "You can park the van in bay 3 for now.",
        "The Pro plan has more bandwidth for video calls.",
        "The trail circles back to the car park after two miles.",
        "After your call on Monday, here are the new dates.",
    ],
)
def test_literal_and_software_uses_stay_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "jargon")

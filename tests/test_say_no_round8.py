"""Say-no round 8 (heldout-6, now spent, read for its kinds): a sign banning an activity ("No
skating."), three banned acts in one breath, other customers' things, "don't open another one";
minimising ("nobody's going to notice it", "a child could fix that", "nothing worth ringing us
about", "not exactly the end of the world", "only a ..., so there's no real need", a rhetorical
"Really?", "give it a few weeks and see", "too much for you, maybe ..."); lecturing (a kind of
customer who "shouldn't act surprised", "take a hard look at", the model customer "a responsible
owner would", "every tenant should understand that", "even a new driver knows", "maybe read the
manual before leaving a review"); blame on the customer ("happened because you", a cause "on your
part", "if you'd ..., you would have"); defending the company ("not on us", "not an installer
fault", "tested several times", "works perfectly on every phone we've tried", "so the connection
was working", credentials as the answer); the fault put on a colleague or a system ("the temp's
fault", "must have been dropped by the new driver", "it was the courier's scanner that failed",
"down to our routing software"); brush-offs and walls ("noted", "we're always learning", "as far as
it goes", "no way round it", "not reviewed case by case", "no matter what", "the same for
everyone", "how it works for every order", "off the table", "no compensation is payable", "nothing
further for us to look into", "remain liable for the full", "the bill's the bill", "we will not be
disclosing the reasons", "we won't be contributing"); sorry for how "your husband feels"; threats
("if your partner keeps phoning ..., we'll have to", "... or we'll take the car back", "email us
again ... and your account may be restricted", ", no warning."); the other customers held up as
content. Help text, reasons with a way forward and kind replies with the same words stay clean.
Every sentence here is written for this file; none is copied from a held-out set."""

from __future__ import annotations

import pytest

from lingo import Linter


def found(linter: Linter, text: str, category: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == category}


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # a row of two bans: reported whole by sign-run (session 39), not per sign
        ("No skating. No ball games.", "hostility:sign-run"),
        ("No sunbathing!", "hostility:bare-prohibition"),
        ("Do not copy, resell or lend the tickets.", "hostility:bare-prohibition"),
        ("Don't move other guests' towels.", "hostility:bare-prohibition"),
        ("Please don't open another one.", "hostility:bare-prohibition"),
        ("Nobody's going to notice it under the rug.", "hostility:minimising"),
        ("A child could fix that hinge in a minute.", "hostility:minimising"),
        ("There's nothing worth ringing us about here.", "hostility:minimising"),
        ("It's hardly worth emailing over.", "hostility:minimising"),
        ("A late parcel is not exactly the end of the world.", "hostility:minimising"),
        (
            "It was only a short delay, so there's no real need for a voucher.",
            "hostility:minimising",
        ),
        ("A refund over a cold chip? Really?", "hostility:minimising"),
        ("Probably a blip, so give it a couple of weeks and see.", "hostility:minimising"),
        ("If the stairs are too much for you, maybe hire a porter.", "hostility:talking-down"),
        (
            "Owners who skip servicing shouldn't act surprised when the boiler fails.",
            "condescension:lecturing",
        ),
        (
            "Renters who miss payments need to take a hard look at their budgets.",
            "condescension:lecturing",
        ),
        ("A responsible owner would always check the tyres first.", "condescension:lecturing"),
        ("Every tenant should understand that bins go out on Monday.", "condescension:lecturing"),
        ("As even a new driver knows, tyres wear out.", "condescension:lecturing"),
        ("Perhaps read the manual before leaving a review.", "hostility:talking-down"),
        ("The fading happened because you washed it on a hot cycle.", "blame:because-you"),
        ("The damp stems from poor ventilation on your part.", "blame:because-you"),
        ("This was caused by negligence on your part.", "blame:because-you"),
        (
            "If you'd booked ahead like the email said, you would have had a seat.",
            "blame:if-you-had",
        ),
        ("The tiles are cracked because of the frost, so that's not on us.", "blame:not-our-fault"),
        ("The leak was not an installer fault.", "blame:not-our-fault"),
        ("The meter is correct; it has been tested several times.", "blame:not-our-fault"),
        ("The app works perfectly on every phone we've tried.", "blame:not-our-fault"),
        (
            "Our line meets the industry standard, so the connection was working.",
            "blame:not-our-fault",
        ),
        (
            "Our clinic is fully accredited, and your blood result is accurate.",
            "blame:not-our-fault",
        ),
        (
            "Our boots are made to the highest standards, and we stand behind them.",
            "blame:not-our-fault",
        ),
        ("That'll be the temp's fault, he keyed the wrong date.", "brush-off:blame-a-colleague"),
        ("Your parcel must have been dropped by the new driver.", "brush-off:blame-a-colleague"),
        ("It was the courier's scanner that failed.", "brush-off:blame-a-colleague"),
        ("The missed deliveries are down to our routing software.", "brush-off:blame-the-system"),
        (
            "Thanks for the note about the parking, your points have been noted.",
            "brush-off:matter-closed",
        ),
        ("Thanks for your thoughts! We're always learning.", "brush-off:vague-promise"),
        ("The panel agreed, and that's as far as it goes.", "brush-off:matter-closed"),
        ("Memberships renew every January and there's no way round it.", "brush-off:matter-closed"),
        ("Late fees are not reviewed case by case.", "brush-off:matter-closed"),
        ("Once the cake is baked, the order is final, no matter what.", "brush-off:matter-closed"),
        (
            "Classes are only for members, and the rules are the same for everyone.",
            "policy-speak:rules-are-rules",
        ),
        (
            "Weekend delivery is for Gold members only; that's the rule for every account.",
            "policy-speak:rules-are-rules",
        ),
        (
            "We don't fit carpets, and that's how it works for every order.",
            "policy-speak:rules-are-rules",
        ),
        (
            "Your coat is past the repair period, so a replacement is off the table.",
            "refusal:not-an-option",
        ),
        ("Under the schedule, no compensation is payable.", "refusal:no-x-will-be-given"),
        ("There's nothing further for us to look into.", "refusal:nothing-we-can-do"),
        (
            "The tenant shall remain liable for the full rent for the whole term.",
            "policy-speak:until-paid-in-full",
        ),
        ("I had to cut the lock, so the bill's the bill.", "policy-speak:rules-are-rules"),
        ("We're sorry your husband feels ignored by the new rota.", "brush-off:non-apology"),
        (
            "If your partner keeps phoning the depot like this, we'll have to review the contract.",
            "hostility:consequence-threat",
        ),
        ("Clear the balance by Friday or we'll take the car back.", "hostility:consequence-threat"),
        (
            "Email us again about the refund and your account may be restricted.",
            "hostility:consequence-threat",
        ),
        (
            "Bags left in the hall are binned after a week, no warning.",
            "hostility:consequence-threat",
        ),
        ("Other guests seem perfectly happy with the room.", "brush-off:most-customers-manage"),
        (
            "The other tenants don't seem bothered by the heating.",
            "brush-off:no-one-else-complained",
        ),
        (
            "Most clients finish the course in a day, so you should be fine without extra time.",
            "brush-off:most-customers-manage",
        ),
        (
            "We've checked the bike and we won't be contributing to the repair.",
            "refusal:we-will-not",
        ),
        (
            "Your account was closed after a review and we will not be disclosing the reasons.",
            "brush-off:no-way-forward",
        ),
        ("That's what happens when you skip the service.", "hostility:talking-down"),
        (
            "Settle the account by Monday or we pass it to a collector.",
            "hostility:consequence-threat",
        ),
        ("Argue about this again and we'll close the case.", "hostility:consequence-threat"),
        ("Argue with the staff again and you will be banned.", "hostility:consequence-threat"),
        (
            "One more missed visit and you'll be removed from the rota.",
            "hostility:consequence-threat",
        ),
        (
            "Complain on social media and see what happens to your deposit.",
            "hostility:consequence-threat",
        ),
        (
            "We'll be looking at your membership after comments like these.",
            "hostility:consequence-threat",
        ),
        ("A cold shower never hurt anyone.", "hostility:minimising"),
        ("Small dents are not worth your time or ours.", "hostility:minimising"),
        ("That's nothing, don't worry about it.", "hostility:minimising"),
        ("Too hard for you? Use the simple form.", "hostility:talking-down"),
        ("Good tenants report leaks early.", "condescension:lecturing"),
        ("Our pumps are fine; we've had no other reports.", "brush-off:no-one-else-complained"),
        ("Other diners manage to keep their voices down.", "brush-off:most-customers-manage"),
        ("Refund questions will not be answered.", "brush-off:will-not-be-answered"),
        ("Parking queries are not handled here.", "brush-off:will-not-be-answered"),
    ],
)
def test_round8_say_no_is_flagged_by_its_entry(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in found(linter, text, "say-no")


@pytest.mark.parametrize(
    "text",
    [
        "No fees. No contract. Cancel any time.",
        "Do not restart the computer while the update installs.",
        "Do not move, rename or delete the folder, because the app reads it at startup.",
        "No problem. We'll send a new one today.",
        "Nobody else can see your notes unless you share them.",
        "A child can use the app with a parent's account.",
        "It's worth checking the cable before you restart.",
        "It's only a few steps, so you can finish setup in five minutes.",
        "Give it a few minutes to sync.",
        "If the setup is too complicated for you, call us and we'll do it with you.",
        "Users who need access should ask their admin.",
        "Every user should know how to reset a password, so here's the link.",
        "Maybe try restarting the router before calling us, and if that doesn't fix it we'll "
        "send an engineer.",
        "The error happened because the server was down, and we're sorry.",
        "No action is needed on your part.",
        "If you had saved the file, Word would have kept a copy in AutoRecover.",
        "The fault is on our side, and we'll refund you today.",
        "This is not a hardware fault; update the driver to fix it.",
        "Check that your email address is correct.",
        "Make sure the time zone is correct.",
        "The key must have been issued by a trusted authority.",
        "Scroll down to the bottom of the page.",
        "We're always happy to help.",
        "Go as far as you can in the wizard, then click Save.",
        "There's no way to undo this step, so export a copy first.",
        "Each request is reviewed case by case, and we'll tell you within a week.",
        "Our prices are the same for everyone, and you can pay monthly.",
        "Nothing further is needed from you.",
        "We're sorry your order was late; we've refunded the delivery charge.",
        "Sign in or create an account.",
        "Contact us again if the problem comes back.",
        "Other users can see your status.",
        "Most users keep the default settings.",
        "We won't be charging you for the replacement.",
        "We will not share your details with anyone.",
        "We won't be able to come on Monday, but Sam can come on Tuesday.",
        "The bill is on the table by the door.",
        "Thanks for the feedback; we've added it to the May release.",
        "The icon is there because you pinned the app, and you can unpin it from the menu.",
        "This happens when you sign in on two devices; sign out of one to fix it.",
        "Restart the app or we can walk you through a reset by phone.",
        "Click Save and you'll be taken to the home page.",
        "Try again and you'll see the new screen.",
        "One more step and you'll be ready to go.",
        "Good news: your order has shipped.",
        "Good results take time, so here's a plan for the next month.",
        "We've had no other reports, but we've sent an engineer to check your pump today.",
        "Questions are answered within two working days.",
        "Calls are not charged.",
        "Press Ctrl+S and your changes will be saved.",
    ],
)
def test_round8_hard_negatives_stay_clean(linter: Linter, text: str) -> None:
    assert not found(linter, text, "say-no")
    assert not found(linter, text, "jargon")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("I'm writing in relation to the parcel you sent back.", "complex-word:in-relation-to"),
        ("Tenants must vacate the flat before the final inspection.", "complex-word:vacate"),
    ],
)
def test_round8_canon_jargon_flagged(linter: Linter, text: str, entry: str) -> None:
    assert f"jargon/{entry}" in found(linter, text, "jargon")

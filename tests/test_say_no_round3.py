"""Say-no round 3 (issue 12): a "no" followed by a way forward is not a dead end (`needs:
dead-end`), and new shapes for threats, shutting the customer down, passing them on and
comparing them with others; with the same words left alone in help text."""

from __future__ import annotations

import pytest

from lingo import Linter
from lingo.pipeline.context import holds


def say_no(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "say-no"}


# -- dead-end: a refusal with the way forward in the same sentence ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We can't swap the sofa colour, but we can send fabric samples today.",
        "I'm not able to move the booking myself, but I've asked the hotel to call you.",
        "Unfortunately the blue mug has sold out, but I've set one aside in green for you.",
        "I don't know the delivery slot yet, but I'll text you as soon as the depot tells me.",
        "We're unable to waive the fee, but we'd be happy to split it over two months.",
        "We can't refund the voucher, but you can use it on any order until June.",
        "We can't refund the deposit; here's what we can do: move it to a later date.",
        # someone else takes the customer forward
        "We can't print the boarding pass here, but the desk at gate 4 can do it for free.",
    ],
)
def test_a_no_with_a_way_forward_is_not_a_dead_end(linter: Linter, text: str) -> None:
    assert not say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "We can't refund the deposit.",
        # a relative clause is no step: nothing the customer can do follows
        "We're not able to see your card, so there's nothing I can check.",
        "We cannot refund orders that we have shipped.",
        # a second "no" is no way forward
        "We can't refund the voucher, but you can't use it either.",
        # a feeling is no step
        "We can't refund the deposit, but I understand that this is annoying.",
        # a threat is no way forward
        "We can't refund the deposit, so we will close your complaint.",
        "I don't know why the parcel went to your old address.",
        "We can't change the seat here, and the desk won't help either.",
    ],
)
def test_a_no_without_a_way_forward_is_still_found(linter: Linter, text: str) -> None:
    assert say_no(linter, text)


def test_dead_end_is_a_need_of_its_own(linter: Linter) -> None:
    doc = linter.nlp("We can't refund it, but we can repair it for free.")
    assert not holds(["dead-end"], doc[0:3])
    doc = linter.nlp("We can't refund it, and it is too late to repair.")
    assert holds(["dead-end"], doc[0:3])


def test_a_policy_that_promises_something_is_not_a_wall(linter: Linter) -> None:
    assert not say_no(linter, "Our policy is to refund you in full if we cancel your class.")
    assert "say-no/policy-speak:it-is-our-policy" in say_no(
        linter, "Our policy is that tickets are not changed after 6pm."
    )


# -- new shapes that carry over --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # threats
        ("Unpaid rent will result in eviction from the flat.", "hostility:consequence-threat"),
        (
            "Pay the balance by Friday or your membership will be suspended.",
            "hostility:consequence-threat",
        ),
        (
            "If you keep emailing the manager, we will stop replying.",
            "hostility:consequence-threat",
        ),
        (
            "Diners who complain about the bill repeatedly will be barred.",
            "hostility:consequence-threat",
        ),
        ("You will be held liable for any damage to the van.", "hostility:consequence-threat"),
        # shutting the customer down, talking down
        ("Please stop shouting so I can finish.", "hostility:shutting-down"),
        ("We've been over that twice now.", "hostility:shutting-down"),
        ("I haven't got time for this today.", "hostility:shutting-down"),
        ("You clearly didn't read the leaflet.", "hostility:talking-down"),
        ("The ticket was cheap, so what did you expect?", "hostility:talking-down"),
        ("The delay is really your problem now.", "hostility:your-problem-not-ours"),
        ("The lost key is yours to deal with.", "hostility:your-problem-not-ours"),
        ("Dogs are not allowed in the dining room at any time.", "hostility:bare-prohibition"),
        # passing the customer on
        ("That's a warehouse mistake, so take it up with them.", "brush-off:go-elsewhere-for-help"),
        ("There's no point ringing the office about it.", "brush-off:no-point-asking"),
        ("Emails about lost property will not be answered.", "brush-off:will-not-be-answered"),
        ("I'm only the driver.", "brush-off:hands-are-tied"),
        ("I just work here.", "brush-off:hands-are-tied"),
        ("We don't set the prices, head office does.", "brush-off:hands-are-tied"),
        # comparison, closed doors
        (
            "You're the only passenger who has ever complained about the seats.",
            "brush-off:no-one-else-complained",
        ),
        ("Other patients manage to book online.", "brush-off:most-customers-manage"),
        (
            "Our decision was final and there is nothing further to discuss.",
            "brush-off:matter-closed",
        ),
        # refusals
        ("We're not going to replace a phone you dropped.", "refusal:we-will-not"),
        (
            "The shop won't exchange worn shoes under any circumstances.",
            "refusal:under-no-circumstances",
        ),
        ("We do not give refunds on custom prints.", "refusal:we-do-not-refund"),
        ("Parking fines are outside our remit.", "refusal:not-our-responsibility"),
        ("Nothing is broken here, so it must be your browser.", "blame:on-your-end"),
        # batch 2: shapes from a fresh set of sentences written for this round
        ("I couldn't tell you when the part will arrive.", "brush-off:i-dont-know"),
        ("You'll have to ask someone else about parking.", "brush-off:go-elsewhere-for-help"),
        ("Key cutting isn't really something we do.", "refusal:not-something-we-do"),
        (
            "We fitted forty of these and none of them complained.",
            "brush-off:no-one-else-complained",
        ),
        ("Shout at the staff again and you'll be asked to leave.", "hostility:threat"),
        ("The rules apply to you too.", "policy-speak:rules-are-rules"),
        ("Stop calling us about the same fault.", "hostility:shutting-down"),
        ("This is the fourth time you've emailed about it.", "hostility:shutting-down"),
        ("We're a business, not a charity.", "hostility:talking-down"),
        ("I'm sure you can work it out yourself.", "hostility:talking-down"),
        ("We don't have to refund a sale item.", "brush-off:matter-closed"),
        ("Nobody here can help you with a lost passport.", "brush-off:go-elsewhere-for-help"),
        # batch 3: from the misses of that fresh set
        ("Had you read the label, the jumper wouldn't have shrunk.", "blame:if-you-had"),
        ("You'd better phone the council about that.", "brush-off:go-elsewhere-for-help"),
        ("Each other diner managed to order from the menu.", "brush-off:most-customers-manage"),
        ("Rude messages will be reported to the police.", "hostility:consequence-threat"),
        ("That's the rule, and it applies to everyone.", "policy-speak:rules-are-rules"),
        ("Shouting won't help anyone here.", "hostility:shutting-down"),
        ("Please don't make such a fuss about a small stain.", "hostility:minimising"),
        ("You should know better than to leave bags unattended.", "hostility:talking-down"),
        (
            "If the lamp is broken, that's their problem, not ours.",
            "hostility:your-problem-not-ours",
        ),
        ("I'm not the one who booked the wrong room.", "brush-off:blame-a-colleague"),
    ],
)
def test_new_shapes(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        # help text that shares the words
        "Save your changes or your edits will be lost when the window closes.",
        "Users who leave the workspace will be removed from its channels.",
        "The server is too busy to respond, so the request is retried.",
        "Stop the service before you update the driver.",
        "Don't ask again is a check box in the dialog.",
        "Failure to set the variable will result in an error at start-up.",
        "There is no point in caching a value that changes every second.",
        "Take it up with your administrator if the policy blocks the install.",
        "The agent will not be restarted until the update finishes, so wait a minute.",
        "We've written our terms in plain English so they are easy to read.",
        "If the upload fails, it must be your network that times out, so try again later.",
        "Every little change is saved as you type.",
        "Keep calling the function until it returns true.",
        "Access rules apply to every user in the tenant.",
        "Stripe is not a bank, and your balance is held by partner banks.",
        "No idea is too small for the feedback board.",
        "You can work it out by hand if the sheet has no formulas.",
        "There is nothing to configure after the install.",
        "You can save the form and come back later to finish it.",
        "I'm sorry you were told the wrong date at the counter.",
    ],
)
def test_help_text_is_left_alone(linter: Linter, text: str) -> None:
    assert not say_no(linter, text), say_no(linter, text)

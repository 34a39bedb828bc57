"""Context-aware rules: the same words flagged in one sense and left alone in another."""

from __future__ import annotations

import pytest

from lingo import Linter


def categories(linter: Linter, text: str) -> set[str]:
    return {f.category for f in linter.check(text).findings}


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # jargon only in one sense (part of speech)
        ("We leverage our network to ship faster.", True),
        ("The leverage ratio on your loan is shown below.", False),
        ("Please purchase a new plan before Friday.", True),
        ("Your purchase arrives on Friday.", False),
        # quoted text and product names are someone else's words
        ('The error says "invalid synergy token" and nothing else.', False),
        ("Try Synergy Cloud free for 30 days.", False),
        ("We build synergy across teams.", True),
        # explained tech terms are fine
        ("Connect your store to our API to sync orders.", True),
        ("Connect your store to our API (a way for two apps to talk) to sync orders.", False),
    ],
)
def test_jargon_in_context(every_rule: Linter, text: str, flagged: bool) -> None:
    assert ("jargon" in categories(every_rule, text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("We cannot refund orders after 30 days.", True),
        ("We can't wait to see what you build.", False),
        ("I can't thank you enough for your patience.", False),
        ("You failed to attach the receipt.", True),
        ("If you don't see the email, check your spam folder.", False),
        ("Per our policy, refunds take 10 days.", True),
        ("Here is the returns policy you asked about.", False),
        ("Vouchers cannot be swapped for cash.", True),
        ("Your data cannot be seen by anyone else.", False),
        ("You must be 18 or over to open an account.", True),
        ("You must try the new cinnamon bun.", False),
        ("As I mentioned, the sale ends Friday.", True),
        ("Nothing is wrong with your account.", False),
    ],
)
def test_say_no_in_context(every_rule: Linter, text: str, flagged: bool) -> None:
    # every_rule: "You must be 18 or over" is an opt-in entry (a requirement in help text).
    assert ("say-no" in categories(every_rule, text)) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "I am interested in the yearly plan.",
        "The store is closed on Sundays.",
        "You're all set for Friday.",
        "Tickets for the 10 am tour are sold out.",
        "I'm sorry it's taken this long.",
        "We're done with the upgrade.",
        "Rooms were outdated but clean.",
    ],
)
def test_states_are_not_passive(linter: Linter, text: str) -> None:
    assert "passive-voice" not in categories(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Your account was closed on Monday.",
        "I was surprised by the reviews.",
        "Don't get married in a hurry.",
        "Why is the city called Miramar?",
        "Attached is the invoice you asked for.",
    ],
)
def test_passives_the_parser_labels_otherwise(every_rule: Linter, text: str) -> None:
    assert "passive-voice" in categories(every_rule, text)

"""Say-no round 2 (issue 12): threats, belittling, bare prohibitions, comparison with other
customers, closed doors and blaming error messages, written as shapes that carry over to
phrasings no entry lists; and the same words left alone in help text."""

from __future__ import annotations

import pytest

from lingo import Config, Linter


def say_no(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "say-no"}


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # threats of a consequence
        (
            "Late payment will result in the suspension of your membership.",
            "hostility:consequence-threat",
        ),
        ("Any appeal sent after 10 days will be deemed abandoned.", "hostility:consequence-threat"),
        ("If this happens again, we will ban you from the forum.", "hostility:consequence-threat"),
        ("Renew by Sunday or you'll lose your saved searches.", "hostility:consequence-threat"),
        ("Emails that insult our staff will be ignored.", "hostility:consequence-threat"),
        # minimising and talking down
        (
            "It was just a short wait, so I'm not sure what the fuss is about.",
            "hostility:minimising",
        ),
        ("The dent is tiny and it isn't a big deal.", "hostility:minimising"),
        ("We don't understand why you keep writing to us.", "hostility:minimising"),
        ("You appear to have misread the invoice.", "hostility:talking-down"),
        (
            "Patients who miss the bus can't expect staff to wait for them.",
            "hostility:talking-down",
        ),
        # bare prohibitions and pushing the customer away
        ("Don't phone us to ask about the results.", "hostility:do-not-contact-us"),
        ("A missed flight is your lookout.", "hostility:your-problem-not-ours"),
        # comparison with other customers
        ("Other callers don't struggle with the menu.", "brush-off:most-customers-manage"),
        (
            "Most residents on the estate were quite happy with the new bins.",
            "brush-off:most-customers-manage",
        ),
        # closed doors
        ("After a second look, we regard the complaint as settled.", "brush-off:matter-closed"),
        ("We won't be replying to further emails on this.", "brush-off:matter-closed"),
        ("The fine cannot be challenged.", "brush-off:matter-closed"),
        ("There isn't much more I can do about it.", "brush-off:no-way-forward"),
        ("Exports are not included in your free plan.", "brush-off:not-on-your-plan"),
        # error messages that blame
        ("You keyed the code in incorrectly.", "hostility:blaming-error"),
        ("Invalid email.", "hostility:blaming-error"),
    ],
)
def test_new_shapes_are_found(linter: Linter, text: str, entry: str) -> None:
    assert f"say-no/{entry}" in say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        # what a product does, or a step with its way forward, is no threat or wall
        "Closing the window will result in the loss of unsaved changes.",
        "The cell may or may not contain a formula.",
        "If you want an add-on that's not available on your current plan, move to Team.",
        "Exports are not included in your plan, so upgrade to Team to get them.",
        "Most users set up the library in a few minutes.",
        "That's how the sync works: every change is sent within a minute.",
        "If you typed the address wrong, the message comes back to you.",
        "Don't call the function twice in one request.",
        "This action cannot be undone.",
        "The request will be ignored if the header is missing.",
    ],
)
def test_help_text_is_left_alone(linter: Linter, text: str) -> None:
    assert not say_no(linter, text)


def test_an_opt_in_entry_that_is_off_hides_no_shorter_finding() -> None:
    # "you'll have to call" (opt-in, off) is longer than "call back tomorrow" and used to hide it.
    text = "You'll have to call back tomorrow."
    assert say_no(Linter(), text) == {"say-no/brush-off:call-back-later"}
    enabled = Linter(config=Config(enable=["say-no/condescension:you-have-to"]))
    assert say_no(enabled, text) == {"say-no/condescension:you-have-to"}

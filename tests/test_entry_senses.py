"""One entry, one sense: each phrase is offered a word that means what it means.

Entries that once held phrases of different senses offered their first suggestion
for all of them ("in advance of" -> "after", "a sufficient number of" -> "more",
"Consolidation of your accounts" -> "Combine of your accounts"). Every sentence
here is written for lingo.
"""

from __future__ import annotations

import pytest

from lingo import Linter
from lingo.fix import apply_edits


@pytest.mark.parametrize(
    ("text", "entry", "fixed"),
    [
        (
            "Please read the notes in advance of your first lesson.",
            "in-advance-of",
            "Please read the notes before your first lesson.",
        ),
        (
            "Subsequent to your call, we updated your address.",
            "subsequent-to",
            "After your call, we updated your address.",
        ),
        (
            "We have had a considerable number of calls.",
            "a-considerable-number-of",
            "We have had many calls.",
        ),
        (
            "Check there is a sufficient amount of ink.",
            "a-sufficient-number-of",
            "Check there is enough ink.",
        ),
        (
            "Moving takes a great deal of planning.",
            "a-considerable-amount-of",
            "Moving takes a lot of planning.",
        ),
        (
            "In view of the delay, we refunded the fee.",
            "in-view-of",
            "Because of the delay, we refunded the fee.",
        ),
        (
            "Please reply as soon as practicable.",
            "rare-formal-words",
            "Please reply as soon as possible.",
        ),
        (
            "Members are accorded priority booking.",
            "accorded",
            "Members are given priority booking.",
        ),
        ("Your reimbursement is on its way.", "reimbursement", "Your refund is on its way."),
        (
            "The only stipulation is that you pay monthly.",
            "stipulation",
            "The only condition is that you pay monthly.",
        ),
    ],
)
def test_each_phrase_gets_a_word_of_its_own_sense(
    linter: Linter, text: str, entry: str, fixed: str
) -> None:
    (finding,) = [f for f in linter.check(text).findings if f.entry == entry]
    first = [s for s in finding.suggestions if s.edits][0]
    assert apply_edits(text, first.edits) == fixed


def test_according_to_is_not_accorded(linter: Linter) -> None:
    found = linter.check("Sort the rows according to the date column.").findings
    assert [f for f in found if f.entry == "accorded"] == []


def test_provides_guidance_on_is_not_offered_need(linter: Linter) -> None:
    (finding,) = [
        f
        for f in linter.check("This page provides guidance on returns.").findings
        if f.entry == "provide-guidance-on"
    ]
    assert finding.suggestions[0].text.startswith("explain")


def test_a_noun_whose_fix_needs_rewording_is_a_hint(linter: Linter) -> None:
    # "Combining of your accounts": the 'of' has to go too, so only a hint is offered
    (finding,) = [
        f
        for f in linter.check("Consolidation of your accounts takes a day.").findings
        if f.entry == "consolidation"
    ]
    assert finding.suggestions[0].text == "combining" and not finding.suggestions[0].edits


@pytest.mark.parametrize(
    ("text", "entry", "flagged"),
    [
        # The idiom, and the same words as a place on a web page or in a tree.
        ("Take your online store to the next level.", "next-level", True),
        ("Move up to the next level of the folder tree.", "next-level", False),
        ("Let's get everyone on the same page before launch.", "on-the-same-page", True),
        ("Are we all on the same page about your refund?", "on-the-same-page", True),
        ("You can add both tags on the same page.", "on-the-same-page", False),
        (
            "If you already run the widget on the same page, set it up once.",
            "on-the-same-page",
            False,
        ),
    ],
)
def test_buzzwords_are_idioms_not_places(
    linter: Linter, text: str, entry: str, flagged: bool
) -> None:
    entries = [f.entry for f in linter.check(text).findings if f.rule == "jargon/buzzword"]
    assert (entry in entries) is flagged


@pytest.mark.parametrize(
    ("text", "entry", "word"),
    [
        # one period per entry: 'on a quarterly basis' was once offered 'daily'
        ("Check the filters on a regular basis.", "on-a-regular-basis", "regularly"),
        ("Validate the settings on a quarterly basis.", "on-a-quarterly-basis", "quarterly"),
        ("Your plan renews on an annual basis.", "on-a-yearly-basis", "yearly"),
        ("Backups run on a nightly basis.", "on-a-nightly-basis", "nightly"),
        # 'please find below' points down the page: nothing is attached
        ("Please find below an example call.", "please-find-below", "here is"),
        ("Please find attached your invoice.", "please-find-attached", "I've attached"),
        # the adjective is not the verb: "an accompanying call" is never "a going with call"
        ("We need an accompanying identify call.", "accompanying", "related"),
        ("A receipt will accompany your order.", "accompany", "go with"),
    ],
)
def test_each_sense_has_its_own_entry(linter: Linter, text: str, entry: str, word: str) -> None:
    (finding,) = [f for f in linter.check(text).findings if f.entry == entry]
    assert finding.suggestions[0].text == word

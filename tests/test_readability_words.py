"""Readability reads prose words: names, codes and non-sentences are not scored (issue 11.6)."""

from __future__ import annotations

import pytest

from lingo import Linter


def words(linter: Linter, text: str, path: str = "page.md") -> int:
    return linter.check(text, path=path).readability.words


@pytest.mark.parametrize(
    ("with_codes", "plain"),
    [
        # a version string, an ID and a URL are not words a reader reads
        (
            "Install update 16.0.14326.20404 (KB5002121) from https://example.com/get today.",
            "Install update from today.",
        ),
        # product names in the middle of a sentence count for nothing
        (
            "Open Contoso Mail Pro for Windows and sign in again.",
            "Open for and sign in again.",
        ),
        # file names and code-ish names
        (
            "Run setup.exe and then restart the user_sync service.",
            "Run and then restart the service.",
        ),
    ],
)
def test_names_and_codes_are_not_counted(linter: Linter, with_codes: str, plain: str) -> None:
    assert words(linter, with_codes) == words(linter, plain)


def test_an_eleven_word_sentence_with_two_product_names_is_not_hard(linter: Linter) -> None:
    text = (
        "Restart Contoso Desktop Sync Manager after you update Contoso Cloud Drive Enterprise "
        "Edition on every computer."
    )
    report = linter.check(text)
    assert not [f for f in report.findings if f.category == "readability"]
    assert report.readability.flesch_kincaid_grade < 12


@pytest.mark.parametrize(
    "text",
    [
        # a heading, a table and alt text are not sentences
        "# How to move your whole account and every saved setting to a brand new computer "
        "without losing a single message or contact along the way in one go\n",
        "| Setting | What it does when you turn it on for every person in your whole team "
        "at the same time without telling them first in any way |\n|---|---|\n| a | b |\n",
        "![A screenshot of the settings page with the sync option turned on and the account "
        "list open on the left side of the window for every user you added](x.png)\n",
        ':::image type="content" source="x.png" alt-text="A screenshot of the settings page with '
        "the sync option turned on and the account list open on the left side of the window for "
        'every user you added today":::\n',
        # a list item without an end stop is a fragment
        "- Every saved setting, contact, message, calendar entry, signature, rule, folder and "
        "template you made on the old computer over the years you used it at home\n",
    ],
)
def test_blocks_that_are_not_sentences_are_not_scored(linter: Linter, text: str) -> None:
    report = linter.check(text, path="page.md")
    assert not [f for f in report.findings if f.category == "readability"]
    assert report.readability.sentences == 0


def test_a_full_sentence_in_a_list_is_scored(linter: Linter) -> None:
    item = (
        "- When your parcel arrives and something inside it is broken or missing, take a photo "
        "of the box and the item, find the order number in the email, and reply so that we can "
        "send a new one.\n"
    )
    report = linter.check(item, path="page.md")
    assert [f.rule for f in report.findings if f.category == "readability"] == [
        "readability/very-hard-sentence"
    ]


def test_heading_attributes_and_directives_are_not_prose(linter: Linter) -> None:
    text = "## Set up sync {#set-up-sync}\n\n:::row:::\nWe utilize sync.\n:::row-end:::\n"
    report = linter.check(text, path="page.md")
    assert [f.text for f in report.findings] == ["utilize"]


def test_a_bracketed_list_does_not_end_the_sentence(linter: Linter) -> None:
    text = "The case fits every model (Mini, Pro, Max, etc.) and ships today."
    assert linter.check(text).readability.sentences == 1


def test_a_bracketed_sentence_ends_where_its_bracket_closes(linter: Linter) -> None:
    # Real help text: two sentences of 18 and 26 words read as one of 44, "too long to follow".
    text = (
        "Device mode sends events from the browser. (You still send your data to our servers, "
        "but this happens in the background.) This is also called wrapping, and you might need "
        "it when the source has to load on the page to work at all."
    )
    report = linter.check(text)
    assert report.readability.sentences == 3
    assert not [f for f in report.findings if f.category == "readability"]
    text = "Open the app (see step 2.) Then tap Save."
    assert linter.check(text).readability.sentences == 2


def test_a_bracket_after_a_stop_opens_the_next_sentence(linter: Linter) -> None:
    # Real help text: the first sentence (36 words) was read as ending in "(" and went
    # unjudged; the bracketed aside is a sentence of its own.
    text = (
        "If you want to change the default message class for new items that you add to the "
        "folder, select the list on the General tab, and then select the appropriate message "
        "class for the folder from the list that appears below it. (See the table.)"
    )
    report = linter.check(text)
    assert [s.text for s in linter.nlp(text).sents][-1] == "(See the table.)"
    assert [f.rule for f in report.findings if f.category == "readability"] == [
        "readability/very-hard-sentence"
    ]
    # after "etc." the next word still decides: a lower-case one goes on with the sentence
    assert (
        linter.check("Bring fruit, nuts, etc. (see the list) to the picnic.").readability.sentences
        == 1
    )


def test_a_capital_after_an_opening_bracket_opens_a_sentence_not_a_name(linter: Linter) -> None:
    # "Additional" after "(" at a sentence start is the first word, not a product name
    found = linter.check("These settings are shared. (Additional settings are only on iOS.)")
    assert [f.text for f in found.findings] == ["Additional"]
    # in the middle of a sentence a capitalised word is still a name
    assert not linter.check("Open the Additional Settings tab and sign in.").findings

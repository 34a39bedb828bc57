"""What an independent reader (session 38) found wrong, each on sentences written here:
rewrites that lost the start of their sentence or a verb, swaps that said a word twice or
put "so" inside a verb, a flight number taken for an abbreviation, reassurance read as a
non-apology, a product's name in alt text and in a table read as a buzzword, and passives that
asked about "it" for plural things or hid a decision said as a noun."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo import Linter
from lingo.cli import main


def finding_of(report, entry: str):
    return next(f for f in report.findings if f.entry == entry)


def entries(report) -> list[str]:
    return [f.entry or "" for f in report.findings]


# -- templates that drop words --------------------------------------------------------------


def test_a_rest_of_sentence_hint_needs_the_match_to_open_the_sentence(replies: Linter) -> None:
    """ "our decision has been made in line with the policy terms and ..." became "Terms and
    ... [The reason]." (the sentence's start lost, and the noun after "policy" cut)."""
    text = "Sadly, your claim was refused in line with the policy terms and we cannot reopen it."
    finding = finding_of(replies.check(text), "in-line-with-policy")
    assert finding.suggestions[0].text.startswith("Say why")
    opening = "In line with our policy, we took the item out of your basket."
    finding = finding_of(replies.check(opening), "in-line-with-policy")
    assert finding.suggestions[0].text.startswith("We took the item out of your basket")


def test_a_rest_hint_after_a_scene_setting_clause_is_kept(replies: Linter) -> None:
    text = "When you book through the app, it's simple to move your table to another night."
    finding = finding_of(replies.check(text), "its-easy")
    assert finding.suggestions[0].text.startswith("You can move your table to another night")


def test_a_lead_in_runs_to_its_comma(replies: Linter) -> None:
    """ "As outlined in the terms you agreed to at sign-up, ..." -> "You agreed to at sign-up,
    ...": the parse hung the relative clause on the main verb."""
    text = "As outlined in the terms you accepted when you joined, lessons are booked a week ahead."
    finding = finding_of(replies.check(text), "as-outlined-in")
    assert finding.suggestions[0].text == "Lessons are booked a week ahead."


@pytest.mark.parametrize(
    ("sentence", "hint"),
    [
        (
            "We are not in a position to review the charge again.",
            "Instead of reviewing the charge, we can [what you can do].",
        ),
        (
            "We are not in a position to offer a refund on this order.",
            "Instead of offering a refund on this order, we can [what you can do].",
        ),
    ],
)
def test_the_act_refused_keeps_its_verb(replies: Linter, sentence: str, hint: str) -> None:
    """ "not in a position to discuss the amount" -> "Instead of the amount, ..." lost the verb."""
    finding = finding_of(replies.check(sentence), "not-in-a-position")
    assert finding.suggestions[0].text == hint


# -- word swaps ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Your lease therefore ends on 1 May.",
        "The kennel is, therefore, closed on Sundays.",
        "We have therefore cancelled the second delivery.",
    ],
)
def test_so_is_not_put_inside_a_clause(replies: Linter, sentence: str) -> None:
    finding = finding_of(replies.check(sentence), "therefore")
    assert not any(s.is_fix for s in finding.suggestions)
    assert "cannot stand inside the verb" in finding.suggestions[0].text
    assert finding.suggestions[0].text.startswith("Reword by hand:")


@pytest.mark.parametrize(
    ("sentence", "entry"),
    [
        ("The van is full, therefore we will bring the rest tomorrow.", "therefore"),
        ("The tank was empty and therefore the boiler stopped.", "therefore"),
        ("Stock ran low thus all orders leave a day late.", "thus"),
    ],
)
def test_so_still_opens_a_clause(replies: Linter, sentence: str, entry: str) -> None:
    finding = finding_of(replies.check(sentence), entry)
    assert finding.suggestions[0].is_fix and finding.suggestions[0].text == "so"


def test_a_swap_does_not_say_also_twice(replies: Linter) -> None:
    """ "Additionally, you might also see" -> "Also, you might also see"."""
    finding = finding_of(replies.check("Additionally, you can also pay by card."), "additionally")
    assert not any(s.is_fix for s in finding.suggestions)
    assert "already has 'also'" in finding.suggestions[0].text
    finding = finding_of(replies.check("Additionally, you can pay by card."), "additionally")
    assert finding.suggestions[0].text == "Also"


def test_the_first_hint_agrees_with_the_message(replies: Linter) -> None:
    """ "'constitute' is formal; say 'is' or 'count as'." was followed by "make up"."""
    text = "Moving house does not constitute a reason to end the contract early."
    finding = finding_of(replies.check(text), "constitute")
    assert finding.suggestions[0].text == "count as"


# -- false alarms ----------------------------------------------------------------------------


def test_a_flight_number_is_not_an_abbreviation(replies: Linter) -> None:
    report = replies.check("Your case from flight KL 1043 is waiting at the QRB desk.")
    assert entries(report).count("qrb") == 1 and "kl" not in entries(report)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Please don't worry, these things happen!", False),
        ("Oh, don't fret about the scratch - accidents happen.", False),
        ("We lost your parcel, but these things happen.", True),
    ],
)
def test_reassuring_a_customer_is_not_a_non_apology(
    replies: Linter, sentence: str, flagged: bool
) -> None:
    assert ("non-apology" in entries(replies.check(sentence))) is flagged


def test_a_name_in_alt_text_or_a_table_is_not_a_buzzword(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# Surveys\n\n"
        "![send-delighted-survey-results](images/a1.png)\n\n"
        "| Source | Cloud |\n| --- | --- |\n| delighted | yes |\n\n"
        "Our new tool will delight your customers.\n",
        encoding="utf-8",
    )
    out = (
        CliRunner()
        .invoke(
            main, ["check", str(page), "--profile", "marketing", "--no-cache", "--color", "never"]
        )
        .output
    )
    assert out.count("buzzword:delight") == 1 and f"{page}:9:" in out, out


# -- passives --------------------------------------------------------------------------------


def _passive(linter: Linter, text: str):
    (finding,) = [f for f in linter.check(text).findings if f.rule == "passive-voice"]
    return finding


def test_a_passive_after_and_takes_the_first_verb_s_subject(replies: Linter) -> None:
    """ "Some items ... are out of stock and have been removed" asked who removed "it"."""
    finding = _passive(replies, "Three plants in your basket are sold out and have been removed.")
    assert "does not say who removed them." in finding.message
    assert finding.suggestions[0].text == "Say who removed them, and lead with them."


def test_a_thing_handed_over_is_asked_about_as_it(replies: Linter) -> None:
    finding = _passive(replies, "You were sent a new booking code on Monday.")
    assert "does not say who sent it to you." in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "After the check-out visit, a deduction of £120 has been made from your deposit.",
        "A charge of £15 has been applied to your account for the missed visit.",
    ],
)
def test_a_decision_said_as_a_noun_hides_its_actor(replies: Linter, text: str) -> None:
    """A reader's cold letter: the deduction is the letter's key decision, not a routine act."""
    assert _passive(replies, text).entry == "hidden-actor"


def test_a_change_to_a_thing_is_not_a_decision_about_the_customer(every_rule: Linter) -> None:
    assert _passive(every_rule, "A change has been made to the booking page.").entry == "routine"


# -- reader 38b ---------------------------------------------------------------------------------


def test_explain_quotes_the_words_a_pattern_entry_flags() -> None:
    """ "'refusal verdict' is a cold verdict" quoted the entry's name as if a customer read it."""
    result = CliRunner().invoke(main, ["explain", "say-no/refusal:refusal-verdict"])
    assert "'account has been suspended' is a cold verdict" in result.output


def test_a_card_payment_declined_is_the_bank_s_verdict(replies: Linter) -> None:
    report = replies.check("Card payment declined. Please try a different card.")
    assert "refusal-verdict" not in entries(report)
    assert "refusal-verdict" in entries(replies.check("Your refund request was declined."))


def test_the_noun_demonstration_is_not_swapped_for_show(replies: Linter) -> None:
    assert "demonstrate" not in entries(replies.check("Watch a demonstration of the new oven."))
    assert "demonstrate" in entries(replies.check("This clip demonstrates the new oven."))

"""Rewrites and hints a support lead read as broken or contradictory (session 39's reader).

Each sentence is written for this file, in the shape the reader met; each test holds the
fix at its cause: an article before a superlative, a participle read as a past tense, a
lead-in with a relative clause, a hint that quoted a whole clause back, a sentence-start
"A" kept capital, a split that left a fragment, and hints that said less than their message.
"""

from __future__ import annotations

import pytest

from lingo import Config, Linter


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(config=Config(profile="support-reply"))


def finding(linter: Linter, text: str, qualified_id: str):
    found = [f for f in linter.check(text).findings if f.qualified_id == qualified_id]
    assert found, [f.qualified_id for f in linter.check(text).findings]
    return found[0]


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # "a best" / "a latest": a superlative takes "the"
        (
            "The new router gives an optimal signal in most rooms.",
            "The new router gives the best signal in most rooms.",
        ),
        ("We stock a cutting-edge kettle range.", "We stock the latest kettle range."),
        # a participle after a determiner is no past tense ("a chose range")
        (
            "Try a curated box of seasonal cheeses.",
            "Try a chosen box of seasonal cheeses.",
        ),
        # "see" fits a message ("run into the message" read badly)
        (
            "You may encounter the message 'Card not recognised' at the till.",
            "You may see the message 'Card not recognised' at the till.",
        ),
        # "acted under our procedures" reads as "under orders"
        (
            "The fitter acted in accordance with our procedures.",
            "The fitter acted in line with our procedures.",
        ),
        ("We looked at your finances holistically.", "We looked at your finances as a whole."),
    ],
)
def test_fixes_that_read(linter: Linter, text: str, fixed: str) -> None:
    new, _ = linter.fix(text, unsafe=True)
    assert fixed in new


def test_a_lead_in_with_a_relative_clause_is_dropped_whole(linter: Linter) -> None:
    text = (
        "As stated in our terms and conditions, which you accepted when you paid, deposits "
        "are kept if you cancel within a week."
    )
    f = finding(linter, text, "say-no/policy-speak:as-stated-in")
    rewrites = [s.text for s in f.suggestions if s.safety != "hint"]
    assert rewrites and rewrites[0].startswith("Deposits are kept"), rewrites


def test_as_previously_advised_is_not_swapped_for_told(linter: Linter) -> None:
    text = "As previously advised, we cannot book a visit without a deposit."
    ids = [f.qualified_id for f in linter.check(text).findings]
    assert "say-no/condescension:as-previously-stated" in ids
    assert "jargon/complex-word:advise" not in ids


def test_advise_is_still_flagged_as_a_verb(linter: Linter) -> None:
    finding(linter, "We will advise you of the new date.", "jargon/complex-word:advise")


def test_a_refusal_hint_does_not_quote_a_whole_clause_back(linter: Linter) -> None:
    text = (
        "We are unable to cover repairs where the boiler has not been serviced every year "
        "by a registered engineer."
    )
    f = finding(linter, text, "say-no/refusal:unable-to")
    assert all("registered engineer" not in s.text for s in f.suggestions)


def test_a_sentence_start_article_is_lower_case_mid_hint(linter: Linter) -> None:
    f = finding(linter, "A refund cannot be issued.", "say-no/refusal:cannot-be-done")
    assert any("about a refund" in s.text for s in f.suggestions), f.suggestions


def test_no_split_before_a_verb_that_shares_the_subject(linter: Linter) -> None:
    text = (
        "Although you might think about clearing the old bookings because the calendar is "
        "full, we suggest that you keep them because you might want to look at them later, "
        "and not remember why the totals changed over the year."
    )
    hard = [f for f in linter.check(text).findings if f.rule.startswith("readability/")]
    assert hard
    assert all("and not remember" not in s.text for f in hard for s in f.suggestions)


@pytest.mark.parametrize(
    ("text", "entry", "not_hint"),
    [
        ("Your refund will be paid in due course.", "officialese:in-due-course", "soon"),
        ("Our best-in-class team is here.", "buzzword:best-in-class", "excellent"),
        (
            "Following a review of your plan, the price will rise.",
            "officialese:following-a-review",
            "after",
        ),
    ],
)
def test_hints_say_what_their_message_asks(
    linter: Linter, text: str, entry: str, not_hint: str
) -> None:
    f = finding(linter, text, f"jargon/{entry}")
    assert f.suggestions[0].text.lower() != not_hint


@pytest.mark.parametrize(
    "text",
    [
        "Please do NOT leave the gate open.",
        "The café is open ONLY on Saturdays.",
        "Bring your card AND your booking code.",
    ],
)
def test_everyday_words_in_capitals_are_no_abbreviation(linter: Linter, text: str) -> None:
    assert not any(f.rule == "jargon/acronym" for f in linter.check(text).findings)


def test_a_real_abbreviation_in_the_same_sentence_is_still_flagged(linter: Linter) -> None:
    text = "Please do NOT send the RMA form yet."
    found = [f.text for f in linter.check(text).findings if f.rule == "jargon/acronym"]
    assert found == ["RMA"]


@pytest.mark.parametrize(
    "text",
    [
        "It's not your responsibility to chase the courier.",
        "None of this was ever your responsibility.",
        "You're responsible for nothing until you collect the keys.",
    ],
)
def test_a_job_taken_off_the_customer_is_no_blame(linter: Linter, text: str) -> None:
    assert not any(
        f.qualified_id == "say-no/blame:your-responsibility" for f in linter.check(text).findings
    )


def test_the_customers_own_time_is_not_talking_down(linter: Linter) -> None:
    text = "You've got better things to do than wait on hold, so we'll ring you at six."
    assert not any(f.rule == "say-no/hostility" for f in linter.check(text).findings)
    cold = "I've got better things to do than listen to this."
    assert any(f.rule == "say-no/hostility" for f in linter.check(cold).findings)


def test_a_participle_the_tagger_reads_as_a_past_tense_is_still_a_refusal(linter: Linter) -> None:
    # lingo's fast tagging reads "amended" after "be" as VBD; "altered" was found, "amended" not
    text = "Your booking cannot be amended after the deposit is paid."
    finding(linter, text, "say-no/refusal:cannot-be-done")


@pytest.mark.parametrize(
    ("text", "scolds"),
    [
        ("The gutter is the landlord's job, and we've already told them.", False),
        ("We've already told the courier, so expect a call before noon.", False),
        ("I already told you the parcel left on Monday.", True),
        ("We've already explained the fee to you twice.", True),
    ],
)
def test_already_told_someone_else_is_no_scolding(linter: Linter, text: str, scolds: bool) -> None:
    found = [f.qualified_id for f in linter.check(text).findings]
    assert ("say-no/condescension:i-already-told-you" in found) is scolds, found

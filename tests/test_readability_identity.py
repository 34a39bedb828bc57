"""Readability figures are exactly textstat's over the sentences joined one per line.

These tests hold lingo to textstat itself, float for float, on texts chosen for
the places where counting could drift: sentence stops inside a line, lines
ending in : or ; (textstat runs them into the next), contractions, hyphens,
numbers, non-ASCII letters and one-word texts. A sentence's own grade is textstat's
formula too, but counts only real sentence ends inside it, not the dot in "Access.exe".
"""

from __future__ import annotations

import pytest
import textstat

from lingo.findings import Readability
from lingo.pipeline import readability_figures as readability
from lingo.pipeline.readability_figures import (
    SentenceScore,
    _closed,
    document_readability,
    score_sentence,
)

DOCUMENTS = {
    "help page": [
        "Refunds",
        "We refund your order within five business days.",
        "You get an email when it is done.",
        "If the refund does not arrive, contact our support team and include your order number.",
        "Notwithstanding the aforementioned considerations, organizational stakeholders must "
        "comprehensively evaluate the multifaceted implications of implementing sophisticated "
        "infrastructure modifications before authorization is subsequently granted.",
    ],
    "lines ending in colon or semicolon": [
        "Before you start:",
        "Open Settings;",
        "then choose Billing",
        "To add a source:",
        "Go to Connections. Click Add Source. Pick a name:",
        "Save",
        "Done",
    ],
    "stops inside lines": [
        "Version 2.3.1 ships on Jan. 5, e.g. to U.S. customers.",
        "It costs $4.99 a month... or $49.99 a year!",
        "Really? Yes. See docs.example.com/billing for more.",
        "...and then the sync starts again",
        "Is it on? Is it off?! We check every 10.5 minutes.",
    ],
    "contractions, quotes and hyphens": [
        "We don't charge you twice; if we do, we'll refund it.",
        "It's a well-known, state-of-the-art, self-service tool.",
        "'Quoted' words and rock 'n' roll aren't a problem, are they?",
        "\u2019Curly\u2019 apostrophes aren\u2019t ASCII ones.",
    ],
    "non-ASCII": [
        "Café naïve résumé: déjà vu.",
        "ΣΟΦΟΣ ΟΔΟΣ and the İstanbul office.",
        "日本語のテキストです。",
        "Emoji 😀 in a sentence 🎉 count as characters.",
    ],
    "numbers and code": ["Set max_retries to 3 and timeout_ms to 1,500.", "Call track() twice."],
    "one word": ["Hello"],
    "punctuation only": ["...", "!?", "\u2014"],
    "empty": ["", "   ", "\n"],
    "very long sentence": [" ".join(["the integration forwards every event"] * 80)],
}


def textstat_readability(sentences: list[str], target_grade: float) -> Readability:
    """What textstat says of the sentences joined one per line: the figures lingo must match."""
    text = "\n".join(_closed(s) for s in sentences if s.strip())
    if not text:
        return Readability(0, 0, 100.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, target_grade)
    return Readability(
        words=textstat.lexicon_count(text),
        sentences=sum(1 for s in sentences if s.strip()),
        flesch_reading_ease=float(textstat.flesch_reading_ease(text)),
        flesch_kincaid_grade=float(textstat.flesch_kincaid_grade(text)),
        gunning_fog=float(textstat.gunning_fog(text)),
        smog_index=float(textstat.smog_index(text)),
        coleman_liau_index=float(textstat.coleman_liau_index(text)),
        automated_readability_index=float(textstat.automated_readability_index(text)),
        dale_chall_score=float(textstat.dale_chall_readability_score(text)),
        target_grade=target_grade,
    )


@pytest.mark.parametrize("name", DOCUMENTS)
def test_document_figures_are_textstats(name: str) -> None:
    sentences = DOCUMENTS[name]
    assert document_readability(sentences, 8.0) == textstat_readability(sentences, 8.0)


def test_all_documents_as_one_are_textstats() -> None:
    sentences = [s for document in DOCUMENTS.values() for s in document]
    assert document_readability(sentences, 6.0) == textstat_readability(sentences, 6.0)


# How many sentences one of lingo's sentences holds for its grade, where textstat, which ends
# a sentence at every stop, counts otherwise.
OWN_STOPS = {
    "It costs $4.99 a month... or $49.99 a year!": 1,  # textstat: 3 ("$4" "99 a month" ...)
}


@pytest.mark.parametrize("sentence", [s for document in DOCUMENTS.values() for s in document])
def test_sentence_score_is_textstats_formula(sentence: str) -> None:
    closed = _closed(sentence)
    score = score_sentence(sentence)
    assert score.words == textstat.lexicon_count(closed)
    if sentence not in OWN_STOPS:
        assert score.grade == textstat.flesch_kincaid_grade(closed)
    else:
        words, syllables = score.words, textstat.syllable_count(closed)
        grade = 0.39 * words / OWN_STOPS[sentence] + 11.8 * syllables / words - 15.59
        assert score.grade == pytest.approx(grade)
        assert score.grade != textstat.flesch_kincaid_grade(closed)


@pytest.mark.parametrize(
    ("sentence", "sentences"),
    [
        # real help text: file names and version numbers are not sentence ends
        (
            "When Microsoft Access (MsAccess.exe) or a custom solution continually connects to "
            "Access database files (.mdb or .accdb) through the Access ODBC driver and the OLE DB "
            "provider (Microsoft.ACE.OLEDB.12.0), the memory usage of the Access database engine "
            "keeps increasing until the process is completed.",
            1,
        ),
        ("Do not use a period (.) or a number sign (#) in the names of your fields.", 1),
        ("Version 2.3.1 ships on Jan. 5, e.g. to U.S. customers.", 1),
        # two sentences lingo's splitter left together still count as two
        (
            "You still send your data to our servers, but this happens in the background.) This "
            "is also called wrapping, and you might need it when the source has to load first.",
            2,
        ),
        ("These errors may be temporary. This means that items will still be moved.", 2),
    ],
)
def test_a_sentence_grade_counts_only_real_sentence_ends(sentence: str, sentences: int) -> None:
    closed = _closed(sentence)
    words, syllables = textstat.lexicon_count(closed), textstat.syllable_count(closed)
    grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59
    assert score_sentence(sentence).grade == pytest.approx(grade)


def test_scored_sentences_give_their_document_the_same_figures() -> None:
    sentences = DOCUMENTS["help page"] + DOCUMENTS["lines ending in colon or semicolon"]
    for sentence in sentences + sentences[:2]:  # some scored twice, as repeated sentences are
        score_sentence(sentence)
    assert document_readability(sentences, 8.0) == textstat_readability(sentences, 8.0)
    assert not set(sentences) & set(readability._SCORED)  # taken out: nothing outlives the text


def test_sentences_scored_without_a_document_do_not_pile_up() -> None:
    for n in range(readability.SCORED_LIMIT + 10):
        score_sentence(f"Sentence number {n} has a few words in it.")
    assert len(readability._SCORED) <= readability.SCORED_LIMIT
    sentences = DOCUMENTS["stops inside lines"]
    assert document_readability(sentences, 8.0) == textstat_readability(sentences, 8.0)


def test_figures_of_a_real_text_are_pinned() -> None:
    """The figures textstat gave lingo before the counts were memoized, to the last bit."""
    sentences = [
        "Your refund reaches your account within five business days.",
        "Notwithstanding the aforementioned considerations, organizational stakeholders must "
        "comprehensively evaluate the multifaceted implications.",
        "Before you start:",
        "Open Settings, then choose Billing.",
        "We don't charge you twice; if we do, we'll refund it.",
    ]
    assert document_readability(sentences, 8.0) == Readability(
        words=40,
        sentences=5,
        flesch_reading_ease=25.370000000000033,
        flesch_kincaid_grade=12.205000000000002,
        gunning_fog=13.0,
        smog_index=11.698219412168324,
        coleman_liau_index=18.505,
        automated_readability_index=15.127000000000002,
        dale_chall_score=10.448500000000001,
        target_grade=8.0,
    )
    assert [score_sentence(s) for s in sentences] == [
        SentenceScore(words=9, grade=6.2755555555555596),
        SentenceScore(words=12, grade=31.37333333333334),
        SentenceScore(words=3, grade=1.3133333333333361),
        SentenceScore(words=5, grade=5.240000000000002),
        SentenceScore(words=11, grade=1.572727272727274),
    ]

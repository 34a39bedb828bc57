"""The lexical pass: it may let an innocent sentence through, never stop one with a finding."""

from __future__ import annotations

import pytest

from lingo import Linter
from lingo.lexicon.participles import IRREGULAR_PARTICIPLES, generate


def test_irregular_participles_match_the_pipeline_tables() -> None:
    assert IRREGULAR_PARTICIPLES == generate()


@pytest.mark.parametrize(
    "sentence",
    [
        "Your password has been reset.",
        "The meeting was put off until Friday.",
        "Your order got sent to the old address.",
        "Was your parcel left at the door?",
        "We cannot refund orders after 30 days.",
        "You have to sign in again.",
        "We'll leverage the new portal.",
    ],
)
def test_sentences_with_findings_are_parsed(every_rule: Linter, sentence: str) -> None:
    words = [t.lower_ for t in every_rule.nlp.make_doc(sentence)]
    assert every_rule._triggers.needs_parse(words)
    assert Linter.check(every_rule, sentence).findings


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for your order, it ships today.",
        "You can change your plan at any time.",
        "Our team answers every email within a day.",
    ],
)
def test_plain_sentences_skip_the_parser(linter: Linter, sentence: str) -> None:
    words = [t.lower_ for t in linter.nlp.make_doc(sentence)]
    assert not linter._triggers.needs_parse(words)


def test_a_pattern_word_counted_from_zero_is_not_required() -> None:
    # "{0,2}" may match nothing, like "?": a sentence without the word must still be matched
    from lingo.lexicon.triggers import pattern_gate

    pattern = [
        {"LOWER": "passed"},
        {"LOWER": "to"},
        {"LOWER": {"IN": ["debt", "external"]}, "OP": "{0,2}"},
        {"LOWER": "collections"},
    ]
    required, _ = pattern_gate(pattern)
    assert required == [frozenset({"passed"}), frozenset({"to"}), frozenset({"collections"})]
    pattern[2]["OP"] = "{1,2}"
    assert frozenset({"debt", "external"}) in pattern_gate(pattern)[0]

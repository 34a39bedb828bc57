"""A sentence parsed once is not parsed again: its findings are reused, unchanged."""

from __future__ import annotations

from lingo import Linter

REPEATED = "Your refund was rejected by our billing team."
TEXT = (
    f"{REPEATED} We cannot reopen it per our policy. An API (a way for apps to talk) "
    f"is required. {REPEATED}\n\nThe API was updated. {REPEATED}"
)


def _shape(report) -> list[tuple]:
    return [
        (f.rule, f.start, f.end, f.message, tuple(s.text for s in f.suggestions))
        for f in report.findings
    ]


def test_repeated_sentences_get_the_findings_a_full_parse_gives(linter: Linter) -> None:
    full = Linter(fast=False)
    assert _shape(linter.check(TEXT)) == _shape(full.check(TEXT))
    passives = [f for f in linter.check(TEXT).findings if f.rule == "passive-voice"]
    assert [TEXT[f.start : f.end] for f in passives].count("was rejected") == 3


def test_a_sentence_seen_in_an_earlier_text_reads_the_same_in_a_new_one(linter: Linter) -> None:
    linter.check(TEXT)
    later = f"Hello. {REPEATED}"
    fresh = Linter()
    assert _shape(linter.check(later)) == _shape(fresh.check(later))
    assert any(later[f.start : f.end] == "was rejected" for f in linter.check(later).findings)

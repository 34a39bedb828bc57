"""Readability: document figures and hard sentences, as a spaCy component.

Figures come from textstat's formulas, fed lingo's own sentences (one per line,
each closed with a full stop) so that a heading never runs into the next
sentence the way textstat's regex splitter would run them together.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import textstat
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..findings import Finding, LineIndex, Readability, Suggestion
from ..rules import HARD_SENTENCE, VERY_HARD_SENTENCE
from ..syllables import install as install_fast_syllables
from .common import READABILITY_ATTR, add_findings, make_finding, register_extensions

install_fast_syllables()

CATEGORY = HARD_SENTENCE.category
HARD_RULE = HARD_SENTENCE.id
VERY_HARD_RULE = VERY_HARD_SENTENCE.id
DEFAULT_TARGET_GRADE = 8.0
# A sentence is judged only from this many words: grade formulas swing wildly on
# three-word sentences.
MIN_WORDS = 12
HARD_MARGIN = 4.0  # grade above target that makes a sentence hard
VERY_HARD_MARGIN = 8.0  # ... very hard
HARD_LENGTH = 25  # words: long enough to be hard whatever the words
VERY_HARD_LENGTH = 35

_TERMINAL = (".", "!", "?", ":", ";")


@dataclass(frozen=True)
class SentenceScore:
    words: int
    grade: float


def _closed(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if sentence.endswith(_TERMINAL) else sentence + "."


def score_sentence(text: str) -> SentenceScore:
    closed = _closed(text)
    return SentenceScore(
        words=textstat.lexicon_count(closed), grade=textstat.flesch_kincaid_grade(closed)
    )


def document_readability(sentences: Iterable[str], target_grade: float) -> Readability:
    """textstat's formulas over the given sentences."""
    lines = [_closed(s) for s in sentences if s.strip()]
    text = "\n".join(lines)
    if not text:
        return Readability(0, 0, 100.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, target_grade)
    return Readability(
        words=textstat.lexicon_count(text),
        sentences=len(lines),
        flesch_reading_ease=float(textstat.flesch_reading_ease(text)),
        flesch_kincaid_grade=float(textstat.flesch_kincaid_grade(text)),
        gunning_fog=float(textstat.gunning_fog(text)),
        smog_index=float(textstat.smog_index(text)),
        coleman_liau_index=float(textstat.coleman_liau_index(text)),
        automated_readability_index=float(textstat.automated_readability_index(text)),
        dale_chall_score=float(textstat.dale_chall_readability_score(text)),
        target_grade=target_grade,
    )


def _split_hint(sent: Span) -> str:
    """Where a long sentence could be split: at a joining word or a semicolon."""
    for token in sent:
        if token.i - sent.start < 5 or sent.end - token.i < 5:
            continue
        if token.text in (";", "\u2014") or (
            token.lower_ in ("and", "but", "so", "because", "which", "while", "although")
            and token.i > sent.start
            and sent.doc[token.i - 1].text == ","
        ):
            return f"Split it into two sentences at '{token.text}', and keep one idea per sentence."
    return "Split it into shorter sentences with one idea each, and use shorter words."


class ReadabilityScorer:
    """Flags hard and very hard sentences; stores document figures on `doc._.lingo_readability`."""

    def __init__(self, name: str, target_grade: float = DEFAULT_TARGET_GRADE) -> None:
        register_extensions()
        self.name = name
        self.target_grade = float(target_grade)

    def __call__(self, doc: Doc) -> Doc:
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        lines = LineIndex(doc.text)
        add_findings(doc, list(self.sentence_findings(sentences, lines)))
        doc._.set(
            READABILITY_ATTR, document_readability((s.text for s in sentences), self.target_grade)
        )
        return doc

    def sentence_findings(self, sentences: Iterable[Span], lines: LineIndex) -> Iterator[Finding]:
        for sent in sentences:
            finding = self.judge(sent, lines)
            if finding is not None:
                yield finding

    def judge(
        self,
        sent: Span,
        lines: LineIndex,
        target: float | None = None,
        words: int | None = None,
    ) -> Finding | None:
        """A finding when the sentence is hard for a reader at the target grade.

        `words` is the number of alphabetic tokens, when the caller has counted them.
        """
        if len(sent) < MIN_WORDS:
            return None
        if (words if words is not None else sum(1 for t in sent if t.is_alpha)) < MIN_WORDS:
            return None
        score = score_sentence(sent.text)
        target = self.target_grade if target is None else target
        if score.grade >= target + VERY_HARD_MARGIN or score.words >= VERY_HARD_LENGTH:
            rule, severity, label = VERY_HARD_RULE, VERY_HARD_SENTENCE.severity, "very hard"
        elif score.grade >= target + HARD_MARGIN or score.words >= HARD_LENGTH:
            rule, severity, label = HARD_RULE, HARD_SENTENCE.severity, "hard"
        else:
            return None
        trimmed = sent
        while len(trimmed) > 1 and trimmed[-1].is_space:
            trimmed = trimmed[:-1]
        message = (
            f"This sentence is {label} to read: grade {score.grade:.0f} with {score.words} words "
            f"(aim for grade {target:.0f} or below)."
        )
        return make_finding(
            trimmed,
            rule=rule,
            category=CATEGORY,
            severity=severity,
            message=message,
            suggestions=(Suggestion(text=_split_hint(sent), safety="hint"),),
            lines=lines,
        )


@Language.factory(
    "lingo_readability",
    default_config={"target_grade": DEFAULT_TARGET_GRADE},
    assigns=["doc._.lingo_findings", "doc._.lingo_readability"],
)
def make_readability_scorer(nlp: Language, name: str, target_grade: float) -> ReadabilityScorer:
    """spaCy factory: `nlp.add_pipe("lingo_readability")` once sentences are set."""
    return ReadabilityScorer(name, target_grade)

"""Readability: hard sentences and document figures, as a spaCy component.

The figures and sentence grades are textstat's formulas over counts kept per word
and per sentence (lingo/pipeline/readability_figures.py, re-exported here).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..findings import Finding, LineIndex, Suggestion
from ..lexicon.rules import HARD_SENTENCE, VERY_HARD_SENTENCE
from .common import READABILITY_ATTR, add_findings, make_finding, register_extensions
from .readability_figures import (
    SentenceCounts,
    SentenceScore,
    document_readability,
    long_words,
    readability_from_counts,
    score_sentence,
    sentence_counts,
)

__all__ = [
    "ReadabilityScorer",
    "SentenceCounts",
    "SentenceScore",
    "document_readability",
    "readability_from_counts",
    "score_sentence",
    "sentence_counts",
]

CATEGORY = HARD_SENTENCE.category
HARD_RULE = HARD_SENTENCE.id
VERY_HARD_RULE = VERY_HARD_SENTENCE.id
DEFAULT_TARGET_GRADE = 8.0
# A sentence is judged only from this many words: grade formulas swing wildly on
# three-word sentences.
MIN_WORDS = 12
HARD_MARGIN = 4.0  # grade above target that makes a sentence hard
HARD_LENGTH = 25  # words: long enough to be hard whatever the words
VERY_HARD_LENGTH = 35  # words a reader reads (not names, codes or URLs): very hard
# Under this many words a sentence hard by its grade is hard for its long words, not its
# length: splitting a 13-word sentence is no advice.
SHORT_LENGTH = 20


def _ends_a_list(sent: Span, token: Token) -> bool:
    """ ", and" that closes a list ("MDE, ACCDE, and ADE files"): no place to split.

    With a parse, "and" splits only where it joins clauses (its head is a verb);
    without one, a comma within the few words before ", and" marks a list.
    """
    if token.lower_ not in ("and", "but", "so"):
        return False
    doc = sent.doc
    if doc.has_annotation("DEP"):
        return token.dep_ == "cc" and token.head.pos_ not in ("VERB", "AUX")
    before = doc[max(sent.start, token.i - 5) : token.i - 1]
    return any(t.text == "," for t in before)


# Words that open a sentence with a condition or a time: "If ..., and ..., we refund" is one
# thought until its main clause, so no split falls before it.
_OPENERS = frozenset(
    "if when whenever once unless after before because although though while since".split()
)


def _main_clause_start(sent: Span) -> int:
    """Where the main clause begins when a subordinate clause opens the sentence ("If your
    parcel is late, and you paid for tracking, we refund ..."), else the sentence's start: by
    the parse where there is one, else after the first comma that no joining word follows."""
    doc = sent.doc
    lead = _lead_in_end(sent)  # "That is, if ...": the opener after a lead-in
    if doc[lead].lower_ not in _OPENERS:
        return sent.start
    if doc.has_annotation("DEP"):
        # the parse is projective: the opening clause is the span of its head's subtree
        opening = [t for t in sent if t.dep_ == "advcl" and t.left_edge.i <= lead]
        return max((t.right_edge.i + 1 for t in opening), default=sent.start)
    for t in doc[lead + 1 : sent.end - 1]:
        if t.text == "," and doc[t.i + 1].lower_ not in _GOES_ON:
            return t.i
    return sent.end


# Words after a comma that go on with the clause before it: a joined clause, or a relative
# clause ("Since the values map to an index you define, which can change, the only way ...").
_GOES_ON = frozenset({"and", "or", "but", "nor", "which", "who", "where", *_OPENERS})
# Lead-ins a sentence may open with before its condition: "That is, if ...", "In short, when ...".
_LEAD_INS = (("that", "is"), ("in", "other", "words"), ("in", "short"), ("for", "example"))


def _lead_in_end(sent: Span) -> int:
    """The token after a lead-in and its comma ("That is, if ..." -> "if"), else the start."""
    words = [t.lower_ for t in sent[:4]]
    for lead in _LEAD_INS:
        n = len(lead)
        if tuple(words[:n]) == lead and len(words) > n and words[n] == ",":
            return sent.start + n + 1
    return sent.start


# After "and" with no subject of its own: "..., and can use more features" goes on with the first.
_MODALS = ("can", "could", "will", "would", "may", "might", "must", "should", "shall")


def _leaves_a_fragment(sent: Span, token: Token) -> bool:
    """Whether splitting at `token` leaves a part without its own clause: the sentence's main
    verb comes later ("Since these variables must be mapped to an index you define, which can
    change, the only way ... is ..."), or the words after it go on with a verb of the first
    part ("... that data is arriving, and being delivered", "..., and can use more")."""
    doc = sent.doc
    after = doc[token.i + 1] if token.i + 1 < sent.end else None
    if after is not None and (
        after.lower_ in ("being", "been", "having", "not", *_MODALS)  # "..., and not remember"
        or (after.tag_ in ("VB", "VBG", "VBN") and doc.has_annotation("TAG"))
    ):
        return True
    if not doc.has_annotation("DEP"):
        return False
    return token.text not in (";", "\u2014") and sent.root.i > token.i


def _split_point(sent: Span, token: Token) -> str:
    """The split word, with the words after it when it is not the only one in the sentence
    ("at 'and anyone with'", not "at 'and'" of two)."""
    if sum(1 for t in sent if t.lower_ == token.lower_) < 2:
        return token.text
    follow = [t.text for t in sent.doc[token.i + 1 : min(token.i + 4, sent.end)] if not t.is_punct]
    return " ".join([token.text, *follow[:2]])


def _split_hint(sent: Span, plain_words: bool = False) -> str:
    """Where a long sentence could be split: at a joining word or a semicolon."""
    main = _main_clause_start(sent)  # no split inside an opening "If ..., and ...,"
    for token in sent:
        if token.i - sent.start < 5 or sent.end - token.i < 5 or token.i < main:
            continue
        if token.text in (";", "\u2014") or (
            token.lower_ in ("and", "but", "so", "because", "which", "while", "although")
            and token.i > sent.start
            and sent.doc[token.i - 1].text == ","
            and not _ends_a_list(sent, token)
        ):
            if _leaves_a_fragment(sent, token):
                continue
            at = _split_point(sent, token)
            return f"Split it into two sentences at '{at}', and keep one idea per sentence."
    if plain_words:  # the words are plain enough: only the length is the problem
        return "Split it into shorter sentences with one idea each."
    return "Split it into shorter sentences with one idea each, and use shorter words."


def _names_something(token: Token) -> bool:
    """A capitalised word inside a sentence: a name ("Microsoft", "Edinburgh"), not a choice."""
    return token.text[:1].isupper() and not token.is_sent_start and token.i > 0


def _and_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


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
        text: str | None = None,
    ) -> Finding | None:
        """A finding when the sentence is hard for a reader at the target grade.

        `words` (the number of alphabetic tokens) and `text` (`sent.text`) are
        for a caller that has them already: spaCy joins a span's text token by
        token.
        """
        if len(sent) < MIN_WORDS:
            return None
        if (words if words is not None else sum(1 for t in sent if t.is_alpha)) < MIN_WORDS:
            return None
        score = score_sentence(text if text is not None else sent.text)
        target = self.target_grade if target is None else target
        if score.words >= VERY_HARD_LENGTH:
            # Length alone: a single sentence's grade swings with a few long words, and
            # judged on real help text only the longest sentences were reliably too hard.
            rule, severity, label = VERY_HARD_RULE, VERY_HARD_SENTENCE.severity, "very hard"
        elif score.grade >= target + HARD_MARGIN or score.words >= HARD_LENGTH:
            rule, severity, label = HARD_RULE, HARD_SENTENCE.severity, "hard"
        else:
            return None
        trimmed = sent
        while len(trimmed) > 1 and trimmed[-1].is_space:
            trimmed = trimmed[:-1]
        plain_words = rule == VERY_HARD_RULE and score.grade <= target + 0.5
        if plain_words:
            # long but in plain words: the grade is not the problem, so it is not quoted as
            # one ("38 words (grade 8; aim for grade 8 or below)" read as a contradiction)
            message = (
                f"This sentence is too long to follow: {score.words} words "
                f"(aim for fewer than {HARD_LENGTH})."
            )
        elif rule == HARD_RULE and score.grade < target + HARD_MARGIN:
            # hard for its length, not its words: a grade under the aim is no reason
            # ("grade 7 with 25 words (aim for grade 8 or below)" read as a contradiction)
            message = (
                f"This sentence is long: {score.words} words (aim for fewer than {HARD_LENGTH})."
            )
        elif rule == VERY_HARD_RULE:  # length alone makes it very hard: say so first
            message = (
                f"This sentence is too long to follow: {score.words} words "
                f"(grade {score.grade:.0f}; aim for grade {target:.0f} or below)."
            )
        else:
            message = (
                f"This sentence is {label} to read: grade {score.grade:.0f} with "
                f"{score.words} words (aim for grade {target:.0f} or below)."
            )
        hint = _split_hint(sent, plain_words)
        if rule == HARD_RULE and score.words < SHORT_LENGTH:
            longest = long_words(
                t.text.lower() for t in sent if t.is_alpha and not _names_something(t)
            )
            if longest:
                quoted_words = _and_list([f"'{w}'" for w in longest])
                message = (
                    f"This sentence is hard to read for its long words: grade "
                    f"{score.grade:.0f} with only {score.words} words (aim for grade "
                    f"{target:.0f} or below)."
                )
                hint = f"Try shorter, everyday words for {quoted_words}."
        return make_finding(
            trimmed,
            rule=rule,
            category=CATEGORY,
            severity=severity,
            message=message,
            suggestions=(Suggestion(text=hint, safety="hint"),),
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

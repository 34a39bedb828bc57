"""One text on its way through the Linter: what is known of it, and the small steps on it.

`Prepared` gathers a text's findings, sentences and markup facts between the
Linter's steps (prepare, parse, report); the functions here are the steps
that need nothing of the Linter but the text itself: its kind, its time
budget, its tone scores, its pieces and sentences.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..config import Config
from ..findings import Finding, LineIndex
from ..pipeline.tone import RULE as TONE_RULE
from ..pipeline.tone import ToneModel, confidently_no, not_scored, tone_finding
from ..text.language import NotEnglish
from ..text.markup import Comment, Segment
from .parts import Part
from .placement import relocate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass
class Sentence:
    segment: Segment
    start: int  # offset of the sentence inside the segment text
    doc: Doc  # the sentence as its own Doc, tokenized once


@dataclass
class Prepared:
    text: str
    path: str | None
    config: Config
    lines: LineIndex
    sentences: list[str] = field(default_factory=list)
    to_parse: list[Sentence] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    explained: dict[str, int] = field(default_factory=dict)  # term -> where first explained
    comments: list[Comment] = field(default_factory=list)  # for suppression directives
    masked: list[tuple[int, int]] = field(default_factory=list)  # source spans of placeholders
    protected: list[tuple[int, int]] = field(default_factory=list)  # source spans naming things
    blocks: list[tuple[int, str]] = field(default_factory=list)  # (source start, kind), in order
    language: NotEnglish | None = None  # set when the text is not English: nothing is linted
    index: int = 0  # its place among the texts of one `check_many` call
    spent: float = 0.0  # seconds spent on it so far, against config.time_budget
    prose: list[str] = field(default_factory=list)  # its segments' text (is it English?)
    chosen: bool = False  # no profile was set: `config` carries the one its kind chose


def score_tone(
    item: Prepared, tone: ToneModel, sentences: Sequence[tuple[Segment, LineIndex, Span, str]]
) -> None:
    """Score the text's sentences (of three words or more) for say-no tone in one batch.

    The team's own `enable: [say-no/tone]` uses the model's threshold; a profile that
    turns the rule on for them, only its confident tier (with a "no" word below CERTAIN).
    """
    scores = tone.scores([text for *_, text in sentences])
    named = item.config.names_rule(TONE_RULE)
    threshold = tone.threshold if named else tone.confident
    for (segment, lines, sent, _), score in zip(sentences, scores):
        if score < threshold:
            continue  # most sentences: no need to read their words
        words = [t.lower_ for t in sent]
        if named:
            found = not not_scored(words)
        else:
            found = confidently_no(score, tone.confident, words)
        if found:
            finding = tone_finding(sent, lines)
            item.findings.append(relocate(finding, segment, 0, item.lines))


def read_as(item: Prepared, kind: str) -> None:
    """Read the document as a page or a message: with no profile set, the kind's profile."""
    item.chosen = item.config.chooses_profile
    item.config = item.config.for_kind(kind)


def within_budget(item: Prepared) -> None:
    """Give up a text that has taken longer than its settings' time budget."""
    budget = item.config.time_budget
    if budget and item.spent > budget:
        from ..errors import TimeBudgetExceeded

        raise TimeBudgetExceeded(
            f"{item.path or '<text>'}: not checked, it took longer than the time budget of "
            f"{budget:g} s (split the file, or raise time-budget)",
            item.index,
        )


def pieces(segments: Iterable[Segment]) -> Iterator[Segment]:
    """Segments as spaCy should see them: long punctuation runs quiet, long blocks cut."""
    from ..text.chunks import bounded_pieces, quiet_runs

    for segment in segments:
        yield from bounded_pieces(quiet_runs(segment))


def part_of(item: Prepared) -> Part:
    """A checked stretch for `Linter.combine`: what it says before the document-level steps."""
    from ..pipeline.readability import sentence_counts

    return Part(
        text=item.text,
        findings=tuple(item.findings),
        explained=tuple(item.explained.items()),
        comments=tuple(item.comments),
        masked=tuple(item.masked),
        counts=tuple(sentence_counts(item.sentences)),
        protected=tuple(item.protected),
        blocks=tuple(item.blocks),
        prose=tuple(item.prose),
    )


def trimmed(sent: Span) -> Span | None:
    """The sentence without whitespace tokens at either end; None when nothing is left."""
    start, end = sent.start, sent.end
    doc = sent.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if end > start else None

"""Say-no tone: a trained classifier for the say-no that no pattern list covers.

Brush-offs, blame, belittling and hostility take more shapes than any finite
list of phrases: on sentences from sources nobody here had read, the say-no
patterns found half. This component scores each sentence with a small text
classifier (a bag of words, word pairs and triples: spaCy's TextCatBOW)
trained on lingo's labelled sentences and real help text
(training/say-no-tone/README.md), and reports `say-no/tone` on a sentence that
scores at or above the threshold shipped with the weights. The Linter keeps a
tone finding only where no say-no pattern matched: the patterns say more.

The weights ship inside the package (lingo/models/say-no-tone, about 1 MB) and
load from disk, offline, the first time the rule is on; a run that leaves the
rule off never loads them. Scoring is deterministic: the same sentence always
gets the same score.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import ModelError
from ..findings import Finding, LineIndex, Suggestion
from ..lexicon.rules import TONE
from ..resources import tone_model_dir
from .common import FINDINGS_ATTR, add_findings, make_finding

RULE = TONE.id
MESSAGE = (
    "This sentence may read as a 'no' to a customer: cold, dismissive or blaming, "
    "even without a refusal word."
)
HINT = "Say what you will do, or what they can do next, and own the problem."
BATCH_SIZE = 256
# Sentences shorter than this (in letters-only words) are labels, not something said.
MIN_WORDS = 3


@dataclass(frozen=True)
class ToneModel:
    """The classifier and the decision thresholds shipped with it.

    `threshold` decides when a team turns the rule on; `confident`, higher, when a
    profile turns it on for them (support-reply): there a false alarm is lingo's, not
    the team's choice, so only scores above every one of lingo's own plain rewrites
    count (training/say-no-tone/README.md).
    """

    nlp: Language
    label: str
    threshold: float
    confident: float

    def scores(self, texts: Sequence[str]) -> list[float]:
        """Each text's say-no score, 0 to 1."""
        return self.doc_scores([self.nlp.make_doc(text) for text in texts])

    def doc_scores(self, docs: Sequence[Doc]) -> list[float]:
        """Each Doc's say-no score, 0 to 1, for Docs an English spaCy tokenizer made.

        The Docs may belong to any vocabulary: the model reads hashes of the
        words, the same in every vocabulary.
        """
        textcat: Any = self.nlp.get_pipe("textcat_multilabel")  # a TextCategorizer
        column = list(textcat.labels).index(self.label)
        scores: list[float] = []
        for start in range(0, len(docs), BATCH_SIZE):
            batch = textcat.predict(list(docs[start : start + BATCH_SIZE]))
            scores.extend(float(row[column]) for row in batch.tolist())
        return scores


@cache
def load_tone_model(path: str | None = None) -> ToneModel:
    """The classifier at `path` (by default the one in the package), loaded once per process."""
    from ..engine.spacy_import import import_spacy

    folder = Path(path) if path else tone_model_dir()
    spacy = import_spacy()
    try:
        nlp = spacy.load(folder)
        settings = json.loads((folder / "meta.json").read_text(encoding="utf-8"))["lingo"]
        label, threshold = str(settings["label"]), float(settings["threshold"])
        # Weights shipped before the confident tier have one threshold for both.
        confident = max(threshold, float(settings.get("confident", threshold)))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelError(f"{folder}: the say-no tone model cannot be loaded ({exc})") from None
    return ToneModel(nlp, label, threshold, confident)


def worth_scoring(sent: Span) -> bool:
    """A sentence, not a label: a few words at least."""
    return sum(1 for token in sent if token.is_alpha) >= MIN_WORDS


def flagged(sentences: Sequence[Span], model: ToneModel) -> list[int]:
    """The positions of the sentences scoring at or above the model's threshold, in one batch."""
    picked = [i for i, sent in enumerate(sentences) if worth_scoring(sent)]
    if not picked:
        return []
    scores = model.scores([sentences[i].text for i in picked])
    return [i for i, score in zip(picked, scores) if score >= model.threshold]


def tone_finding(sent: Span, lines: LineIndex | None = None) -> Finding:
    """The `say-no/tone` finding over a whole sentence."""
    return make_finding(
        sent,
        rule=RULE,
        category=TONE.category,
        severity=TONE.severity,
        message=MESSAGE,
        suggestions=(Suggestion(text=HINT, safety="hint"),),
        lines=lines,
    )


def tone_findings(
    sentences: Iterable[Span], model: ToneModel, lines: LineIndex | None = None
) -> Iterator[Finding]:
    """A `say-no/tone` finding on each sentence scoring at or above the model's threshold."""
    spans = list(sentences)
    for i in flagged(spans, model):
        yield tone_finding(spans[i], lines)


def without_covered(findings: Sequence[Finding]) -> list[Finding]:
    """Tone findings on sentences no other say-no finding touches; every other finding kept.

    A sentence a say-no pattern matched (reported or not) is that pattern's: its
    message names the words and its rewrite fits them.
    """
    patterns = [(f.start, f.end) for f in findings if f.category == "say-no" and f.rule != RULE]
    return [
        f
        for f in findings
        if f.rule != RULE or not any(s < f.end and f.start < e for s, e in patterns)
    ]


class ToneScorer:
    """spaCy component: scores each sentence of a Doc for say-no tone.

    Added to a pipeline of one's own with `nlp.add_pipe("lingo_tone")`; needs
    sentence boundaries (a parser or a sentencizer before it). Findings go to
    `doc._.lingo_findings`, after those already there, and a sentence that
    already has a say-no finding gets no tone finding.
    """

    def __init__(self, nlp: Language, name: str, model_path: str = "") -> None:
        self.name = name
        self.model_path = model_path
        self._model: ToneModel | None = None

    @property
    def model(self) -> ToneModel:
        if self._model is None:
            self._model = load_tone_model(self.model_path or None)
        return self._model

    def __call__(self, doc: Doc) -> Doc:
        sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        found = list(tone_findings(sentences, self.model))
        current = list(doc._.get(FINDINGS_ATTR) or [])
        kept = [f for f in without_covered([*current, *found]) if f.rule == RULE]
        if kept:
            add_findings(doc, kept)
        return doc


@Language.factory("lingo_tone", default_config={"model_path": ""})
def make_tone_scorer(nlp: Language, name: str, model_path: str) -> ToneScorer:
    """The say-no tone component; `model_path` empty means the model shipped with lingo."""
    return ToneScorer(nlp, name, model_path)

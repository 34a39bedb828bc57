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
from ..lexicon.morphology import getInflection, getLemma
from ..lexicon.rules import TONE
from ..resources import tone_model_dir
from ..suggest.words import HARM_NOUNS, HARMS
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


# An apology that owns a past slip is not a "no": "Sorry we didn't mention the pool closure.",
# "Sorry I sent the wrong link." A bag of words reads "sorry" and "didn't" as a no whatever the
# sentence does with them (training/say-no-tone/README.md), so the classifier does not score it.
# Still scored when a refusal follows ("Sorry, I didn't take your booking, so I can't say").
APOLOGY = frozenset("sorry apologies apologise apologize apologised apologized".split())
_BEFORE_SUBJECT = frozenset({"that", ",", "—", "–", "-", "so", "very", "really", "truly"})
_ADVERBS = frozenset(
    "just really completely totally simply honestly genuinely clearly also".split()
)
_PAST_AUXILIARIES = frozenset(
    {"did", "have", "had", "has", "were", "was", "'ve", "'d", "’ve", "’d"}
)
_PERFECT = frozenset({"have", "'ve", "’ve", "had", "'d", "’d"})
_NOT = frozenset({"n't", "n’t", "not"})
_MODALS = frozenset({"ca", "can", "wo", "will"})  # "ca n't", "can not", "wo n't", "will not"


def _refusal_in(words: Sequence[str]) -> bool:
    """ "can't", "cannot", "won't", "will not", "unable" among the words."""
    return any(
        w in ("cannot", "unable") or (w in _MODALS and i + 1 < len(words) and words[i + 1] in _NOT)
        for i, w in enumerate(words)
    )


def _is_past(word: str) -> bool:
    """A past-tense or past-participle verb form ("sent", "mixed", "forgot")."""
    for lemma in getLemma(word, upos="VERB", lemmatize_oov=False):
        if word in getInflection(lemma, "VBD") or word in getInflection(lemma, "VBN"):
            return lemma != word
    return False


# What a customer feels is not something done to them: "sorry you were upset" apologises for
# the feeling (a non-apology), "sorry you were told the wrong date" for what happened.
_FEELINGS = frozenset(
    """upset disappointed dissatisfied unhappy annoyed frustrated confused offended
    inconvenienced unsatisfied displeased bothered worried concerned hurt angry""".split()
)


def _done_to_you(after: Sequence[str]) -> bool:
    """ "(sorry) you were told / you've been charged / you weren't seen ...": a passive with the
    customer as its subject and a deed, not a feeling, as its verb."""
    k = 0
    if k < len(after) and after[k] in ("'ve", "’ve", "have", "had", "'d", "’d"):
        k += 1
        if k >= len(after) or after[k] != "been":
            return False
    elif k >= len(after) or after[k] not in ("were", "was", "got", "get"):
        return False
    k += 1
    while k < len(after) and (after[k] in _ADVERBS or after[k] in _NOT):  # "weren't seen"
        k += 1
    return k < len(after) and after[k] not in _FEELINGS and _is_past(after[k])


def owned_slip(words: Sequence[str]) -> bool:
    """Whether a sentence's lower-cased words apologise for something the writer did or
    did not do ("sorry we didn't ...", "apologies that I sent ...", "sorry we've kept you
    waiting", "sorry you were told ..."), with no refusal after it."""
    for i, word in enumerate(words):
        if word not in APOLOGY:
            continue
        j = i + 1
        while j < len(words) and words[j] in _BEFORE_SUBJECT:
            j += 1
        if j >= len(words):
            continue
        if words[j] == "you":  # "sorry you were told the wrong date": done to them, by us
            if _done_to_you(words[j + 1 :]):
                return not _refusal_in(words[j:])
            continue
        if words[j] not in ("we", "i"):
            continue
        j += 1
        while j < len(words) and words[j] in _ADVERBS:
            j += 1
        if j >= len(words):
            continue
        first, second = words[j], words[j + 1] if j + 1 < len(words) else ""
        owned = (
            (first in _PAST_AUXILIARIES and second in _NOT)
            or (first in _PERFECT and _is_past(second))
            or (first not in ("could", "would", "should", "might") and _is_past(first))
        )
        if owned:
            return not _refusal_in(words[j:])
    return False


# A harm said not to happen is reassurance, not a "no": "Your refund won't be delayed.",
# "You haven't been charged twice." On lingo's labelled and check sentences every one of
# about 60 such sentences is warm, and the classifier hears the "not" (2026-12-07, an
# independent review's "Your refund will not be delayed." at the confident tier).
# "... can't be cancelled" refuses the customer something and stays scored.
_NO_HARM_AUX = frozenset(
    "will wo would is are was were has have had does do did 's 're ’s ’re".split()
)
_BETWEEN = frozenset("be been ever at all".split())
_NO_MORE = frozenset("more further extra additional hidden".split())
# ... unless the harm is what the customer may not do: "no delays accepted", "no exceptions".
_RULED_OUT = frozenset("accepted allowed tolerated permitted exceptions".split())


def no_harm(words: Sequence[str]) -> bool:
    """Whether the sentence's lower-cased words say a harm will not or did not happen ("you
    won't be charged", "your files weren't lost", "we expect no more delays"), with no
    "can't" or "unable" in it."""
    if any(w in ("cannot", "unable", "ca", "can") for w in words):
        return False
    ruled_out = not _RULED_OUT.isdisjoint(words)
    for i, word in enumerate(words):
        if word == "no" and not ruled_out:  # "no (more) delays", "no extra charge"
            j = i + 1
            while j < len(words) and words[j] in _NO_MORE:
                j += 1
            if j < len(words) and words[j] in HARM_NOUNS:
                return True
        if word not in _NOT or i == 0 or words[i - 1] not in _NO_HARM_AUX:
            continue
        j = i + 1
        while j < len(words) and words[j] in _BETWEEN:
            j += 1
        if j < len(words) and words[j] in HARMS:
            return True
    return False


# Naming the letdown is empathy, not a "no": "I know that's not the answer you hoped for."
# The sentence says only that (a refusal or a rule after it is scored as usual), and it owns
# the knowing: "Sorry if that's not the answer you wanted." is a non-apology and stays scored.
_KNOWING = frozenset("know understand realise realize appreciate recognise recognize".split())
_LETDOWN = frozenset("answer news outcome result reply response".split())
_HOPING = frozenset("wanted hoped expected needed hoping expecting wanting".split())
_AROUND_HOPING = _HOPING | frozenset(
    "were was had 'd ’d 're ’re are for to hear get receive today from us me".split()
)
_IT_IS = frozenset({"it", "that", "this"})


def acknowledged_letdown(words: Sequence[str]) -> bool:
    """Whether the lower-cased words are only "I know (that) it's not the answer/news you
    wanted / hoped for / were hoping to hear" and the like."""
    words = [w for w in words if w.isalnum() or "'" in w or "’" in w]  # no punctuation
    if len(words) < 9 or words[0] not in ("i", "we"):
        return False
    j = 1 + (words[1] in _ADVERBS)
    if words[j] not in _KNOWING:
        return False
    j += 1
    j += words[j] == "that" and words[j + 1] in _IT_IS
    if words[j] not in _IT_IS or words[j + 1] not in ("'s", "’s", "is", "was"):
        return False
    j += 2
    if j >= len(words) or words[j] not in _NOT:
        return False
    j += 1
    j += j < len(words) and words[j] in ("quite", "really", "exactly")
    if words[j : j + 1] != ["the"] or words[j + 2 : j + 3] != ["you"]:
        return False
    if words[j + 1] not in _LETDOWN:
        return False
    rest = words[j + 3 :]
    return bool(rest) and not _HOPING.isdisjoint(rest) and all(w in _AROUND_HOPING for w in rest)


def not_scored(words: Sequence[str]) -> bool:
    """Sentences the classifier's score does not speak for: an owned slip, a harm averted,
    a letdown acknowledged."""
    return owned_slip(words) or no_harm(words) or acknowledged_letdown(words)


# Between the confident tier and CERTAIN a sentence needs a "no" word to be flagged: on the
# held-out sets the classifier never trained on, every sentence scoring 0.9 to 0.95 was say-no,
# and lingo's own plain sentences that score there ("That's a good thing to ask about.") have
# none (training/say-no-tone/README.md).
CERTAIN = 0.95
NO_WORDS = frozenset("not n't n’t never no nothing none nobody cannot nor neither without".split())


def confidently_no(score: float, confident: float, words: Sequence[str]) -> bool:
    """Whether a score at a profile's confident tier is a finding (words lower-cased)."""
    if score < confident or not_scored(words):
        return False
    return score >= CERTAIN or any(w in NO_WORDS for w in words)


def worth_scoring(sent: Span) -> bool:
    """A sentence, not a label: a few words at least."""
    return sum(1 for token in sent if token.is_alpha) >= MIN_WORDS


def flagged(sentences: Sequence[Span], model: ToneModel) -> list[int]:
    """The positions of the sentences scoring at or above the model's threshold, in one batch."""
    picked = [
        i
        for i, sent in enumerate(sentences)
        if worth_scoring(sent) and not not_scored([t.lower_ for t in sent])
    ]
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

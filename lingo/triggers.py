"""The cheap lexical pass: which sentences can hold a finding at all.

Tagging and parsing cost most of lingo's time, and most sentences hold no
lexicon term and no passive. From the tokenizer alone this picks the sentences
that contain a surface form of some rule's required word (every inflection of a
lemma, from lemminflect) or a form of "be"/"get" (a passive needs one); only
those are tagged and parsed. The set errs on the side of parsing: a sentence it
lets through may still have no finding, but one it drops never has one (the
accuracy benchmark checks the fast and full paths agree).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from lemminflect import getAllInflections
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from .lexicons import LexiconRule

# spaCy's lemmatizer maps these surface forms to lemmas lemminflect does not list.
_EXTRA_FORMS = {
    "can": {"ca", "cannot"},
    "will": {"wo", "'ll", "\u2019ll", "ll"},
    "not": {"n't", "n\u2019t", "nt"},
    "be": {"'s", "\u2019s", "'re", "\u2019re", "'m", "\u2019m", "s", "re", "m"},
    "have": {"'ve", "\u2019ve", "'s", "\u2019s", "'d", "\u2019d", "ve"},
    "would": {"'d", "\u2019d"},
    "do": {"d"},
    "shall": {"sha"},
}
PASSIVE_AUXILIARIES = frozenset(
    {"be", "is", "are", "am", "was", "were", "been", "being", "get", "gets", "got",
     "gotten", "getting"}
    | _EXTRA_FORMS["be"]
)


def surface_forms(lemma: str) -> set[str]:
    """Lowercase spellings a token with this lemma can have."""
    low = lemma.lower()
    forms = {low}
    for values in getAllInflections(low).values():
        forms.update(v.lower() for v in values)
    forms.update(_EXTRA_FORMS.get(low, ()))
    return forms


def _values(spec: Any) -> list[str] | None:
    """Literal strings a token attribute spec accepts, or None when it is open."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, Mapping) and isinstance(spec.get("IN"), list):
        return [str(v) for v in spec["IN"]]
    return None


def _token_forms(token: Mapping[str, Any]) -> set[str] | None:
    for attr in ("LOWER", "ORTH", "TEXT", "NORM"):
        values = _values(token.get(attr))
        if values is not None:
            return {v.lower() for v in values}
    values = _values(token.get("LEMMA"))
    if values is not None:
        return set().union(*(surface_forms(v) for v in values))
    return None


def pattern_triggers(pattern: Iterable[Mapping[str, Any]]) -> set[str] | None:
    """Surface forms of one required token of the pattern (the least common one)."""
    best: set[str] | None = None
    for token in pattern:
        if token.get("OP") in ("?", "*", "!"):
            continue
        forms = _token_forms(token)
        if forms is None:
            continue
        if best is None or _commonness(forms) < _commonness(best):
            best = forms
    return best


def _commonness(forms: set[str]) -> tuple[int, int]:
    return (sum(1 for f in forms if f in STOP_WORDS), len(forms))


class Triggers:
    """Decides from tokens alone whether a sentence needs the tagger and parser."""

    def __init__(
        self,
        rules: Iterable[LexiconRule],
        tokenize: Callable[[str], list[str]],
        passive: bool = True,
    ) -> None:
        """`tokenize` must split phrases the way the pipeline's tokenizer does."""
        self.words: set[str] = set()
        self.always = False
        for rule in rules:
            for entry in rule.entries:
                for phrase in entry.phrases:
                    words = tokenize(phrase)
                    self.words |= min((surface_forms(w) for w in words), key=_commonness)
                for pattern in entry.patterns:
                    forms = pattern_triggers(pattern)
                    if forms is None:
                        self.always = True
                    else:
                        self.words |= forms
        if passive:
            self.words |= PASSIVE_AUXILIARIES

    def wants(self, sentence: Span) -> bool:
        if self.always:
            return True
        words = self.words
        return any(t.lower_ in words for t in sentence)

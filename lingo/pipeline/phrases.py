"""Lexicon phrases as word sequences: how they tokenize, and finding them in a sentence.

The lexicons hold about 540 phrases; listed with every inflection of their
words they make about 3,600 word sequences. spaCy's PhraseMatcher wants each
sequence as a Doc, and building those Docs (and a vocabulary entry for every
new word) cost about 0.1 s per process, a tenth of a pre-commit run on one
small file. lingo matches on lowercase token text, which a dict keyed by a
sequence's first word answers as well: the same matches, no Docs.

How a phrase splits into tokens is the pipeline tokenizer's answer ("e-mail"
is three tokens). Those answers are kept between runs (`lingo.compiled`),
keyed by a digest of the tokenizer's own rules, so another pipeline, or a
changed lexicon, never reuses them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from .. import compiled

if TYPE_CHECKING:
    from spacy.language import Language

    from ..lexicons import LexiconRule


class PhraseTable:
    """Word sequences (lowercase), each under one or more keys; finds them in token lists."""

    def __init__(self) -> None:
        # first word -> {whole sequence -> keys, in the order they were added}
        self._by_first: dict[str, dict[tuple[str, ...], list[str]]] = {}

    def add(self, key: str, sequences: Iterable[Sequence[str]]) -> None:
        for sequence in sequences:
            words = tuple(word.lower() for word in sequence)
            if not words:
                continue
            keys = self._by_first.setdefault(words[0], {}).setdefault(words, [])
            if key not in keys:
                keys.append(key)

    def __len__(self) -> int:
        return sum(len(by_words) for by_words in self._by_first.values())

    def matches(self, lowers: Sequence[str]) -> list[tuple[str, int, int]]:
        """(key, start, end) of every sequence in these lowercase tokens; overlaps included."""
        found: list[tuple[str, int, int]] = []
        by_first = self._by_first
        for start, word in enumerate(lowers):
            candidates = by_first.get(word)
            if candidates is None:
                continue
            for words, keys in candidates.items():
                end = start + len(words)
                if end <= len(lowers) and (len(words) == 1 or tuple(lowers[start:end]) == words):
                    found.extend((key, start, end) for key in keys)
        return found


def phrase_tokenizer(nlp: Language, rules: Iterable[LexiconRule]) -> Callable[[str], list[str]]:
    """A function giving the token texts of a phrase, as the pipeline's tokenizer splits it.

    The phrases of `rules` are answered from tables kept between runs, one
    per lexicon file; any other phrase goes to the tokenizer. A tokenizer that
    cannot serialise its rules is asked every time.
    """
    known: dict[str, list[str]] = {}

    def tokenize(phrase: str) -> list[str]:
        words = known.get(phrase)
        if words is None:
            words = known[phrase] = [token.text for token in nlp.make_doc(phrase)]
        return words

    to_bytes = getattr(nlp.tokenizer, "to_bytes", None)
    if to_bytes is None:
        return tokenize
    tokenizer_key = compiled.digest_of([to_bytes(exclude=["vocab"])])
    by_file: dict[str, set[str]] = {}
    for rule in rules:
        by_file.setdefault(str(rule.path), set()).update(
            phrase for entry in rule.entries for phrase in entry.phrases
        )
    for path, phrases in by_file.items():
        ordered = sorted(phrases)
        table = compiled.load_or_build(
            f"phrase-tokens-{compiled.digest_of([tokenizer_key, path])[:12]}",
            compiled.digest_of(ordered),
            lambda ordered=ordered: {p: tokenize(p) for p in ordered},  # type: ignore[misc]
        )
        known.update(table)
    return tokenize

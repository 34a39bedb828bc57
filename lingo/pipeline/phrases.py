"""Lexicon phrases as word sequences: how they tokenize, and finding them in a sentence.

The lexicons hold about 540 phrases; listed with every inflection of their
words they make about 3,600 word sequences. spaCy's PhraseMatcher wants each
sequence as a Doc, and building those Docs (and a vocabulary entry for every
new word) cost about 0.1 s per process, a tenth of a pre-commit run on one
small file. lingo matches on lowercase token text, which a dict keyed by a
sequence's first word answers as well: the same matches, no Docs.

How a phrase splits into tokens is the pipeline tokenizer's answer ("e-mail"
is three tokens). Those answers are kept between runs (`lingo.lexicon.compiled`),
keyed by a digest of the tokenizer's own rules, so another pipeline, or a
changed lexicon, never reuses them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from ..lexicon import compiled

if TYPE_CHECKING:
    from spacy.language import Language

    from ..lexicon.entries import LexiconRule


class PhraseTable:
    """Word sequences (lowercase), each under one or more keys; finds them in token lists.

    One-word sequences are indexed by their word, longer ones by their first
    two words: sequences often start with common words ("the", "in"), and a
    sentence rarely holds one of those two-word openings.
    """

    def __init__(self) -> None:
        self._single: dict[str, list[str]] = {}  # word -> keys, in the order they were added
        # (first word, second word) -> {whole sequence -> keys}
        self._opening: dict[tuple[str, str], dict[tuple[str, ...], list[str]]] = {}

    def add(self, key: str, sequences: Iterable[Sequence[str]]) -> None:
        for sequence in sequences:
            words = tuple(word.lower() for word in sequence)
            if not words:
                continue
            if len(words) == 1:
                keys = self._single.setdefault(words[0], [])
            else:
                opening = (words[0], words[1])
                keys = self._opening.setdefault(opening, {}).setdefault(words, [])
            if key not in keys:
                keys.append(key)

    def __len__(self) -> int:
        return len(self._single) + sum(len(by_words) for by_words in self._opening.values())

    def items(self) -> Iterator[tuple[tuple[str, ...], list[str]]]:
        """Every sequence with its keys."""
        for word, keys in self._single.items():
            yield (word,), keys
        for by_words in self._opening.values():
            yield from by_words.items()

    def matches(
        self,
        lowers: list[str],
        words: AbstractSet[str] | None = None,
        bigrams: AbstractSet[tuple[str, str]] | None = None,
    ) -> list[tuple[str, int, int]]:
        """(key, start, end) of every sequence in these lowercase tokens, by start; overlaps kept.

        `words` and `bigrams` are the sentence's word and adjacent-pair sets
        when the caller has them. Which words and openings occur is found with
        set intersections and where with `list.index`, loops in C: a sentence
        costs about what spaCy's PhraseMatcher costs.
        """
        if words is None:
            words = set(lowers)
        if bigrams is None:
            bigrams = set(zip(lowers, lowers[1:]))
        found: list[tuple[str, int, int]] = []
        for word in self._single.keys() & words:
            keys = self._single[word]
            for start in _positions(lowers, word):
                found.extend((key, start, start + 1) for key in keys)
        size = len(lowers)
        for opening in self._opening.keys() & bigrams:
            sequences = self._opening[opening]
            for start in _positions(lowers, opening[0]):
                if start + 1 >= size or lowers[start + 1] != opening[1]:
                    continue
                for sequence, keys in sequences.items():
                    end = start + len(sequence)
                    if end <= size and (end == start + 2 or tuple(lowers[start:end]) == sequence):
                        found.extend((key, start, end) for key in keys)
        found.sort(key=_start)  # stable: the matches at one start keep a fixed order
        return found


def _positions(lowers: list[str], word: str) -> Iterator[int]:
    start = -1
    while True:
        try:
            start = lowers.index(word, start + 1)
        except ValueError:
            return
        yield start


def _start(match: tuple[str, int, int]) -> int:
    return match[1]


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

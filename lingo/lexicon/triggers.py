"""The cheap lexical pass: which sentences (and which rules) can hold a finding at all.

Tagging and parsing cost most of lingo's time, and most sentences hold no
lexicon term and no passive. From the tokenizer alone, a *word gate* tells
whether a sentence holds every required word of a phrase or pattern (each in
any inflection: lemminflect lists them); a passive needs a form of "be" or
"get" and a word that can be a past participle. Only sentences through some
gate are tagged and parsed, and only rules whose gate they pass run their
Matcher. Gates err on the side of letting through: a sentence they stop never
has a finding (`benchmarks/accuracy.py --compare-full` checks the fast and the
full path agree).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from lemminflect import __version__ as lemminflect_version
from spacy.lang.en.stop_words import STOP_WORDS

from . import compiled
from .entries import LexiconRule
from .morphology import getAllInflections
from .participles import PASSIVE_WINDOW, is_participle_form

Words = frozenset[str]

# spaCy's tokenizer and lemmatizer give these surface forms lemmas lemminflect does not list.
CONTRACTED_FORMS: dict[str, set[str]] = {
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
    {
        "be",
        "is",
        "are",
        "am",
        "was",
        "were",
        "been",
        "being",
        "get",
        "gets",
        "got",
        "gotten",
        "getting",
    }
    | CONTRACTED_FORMS["be"]
)
# Words so frequent that a gate keyed on them would let almost every sentence through.
_VERY_COMMON = frozenset(
    "the a an to of and or in on for at by with from it is are be was were this that "
    "we you i your our my they he she not can will do".split()
)


def word_forms(word: str) -> Mapping[str, str]:
    """Lowercase inflected forms of a word, each with the Penn tag it carries ("" for the base).

    The one source of word forms: the lexicon matcher matches them, the gates
    below look for them, so the two can never disagree. Memoised (read-only
    results), and kept between runs by `stored_word_forms`.
    """
    low = word.lower()
    forms = _FORMS.get(low)
    if forms is None:
        forms = _FORMS[low] = _inflections(low)
    return forms


def _inflections(low: str) -> dict[str, str]:
    forms = {low: ""}
    if low.isalpha():
        for tag, values in sorted(getAllInflections(low).items()):
            for value in values:
                forms.setdefault(value.lower(), tag if value.lower() != low else "")
    for contracted in CONTRACTED_FORMS.get(low, ()):  # "n't" for "not", "ca" for "can"
        forms.setdefault(contracted, "")
    return forms


_FORMS: dict[str, dict[str, str]] = {}


@contextmanager
def stored_word_forms() -> Iterator[None]:
    """Reuse the word forms of earlier runs while building matchers, and store any new ones.

    Listing the forms of every lexicon word through lemminflect is most of
    building the lexicon matcher; the stored table (`lingo.lexicon.compiled`) is keyed
    by lemminflect's version and lingo's code, so it can never be stale.
    """
    key = compiled.digest_of([lemminflect_version, compiled.code_digest()])
    stored = compiled.read("word-forms", key)
    if isinstance(stored, dict):
        for word, forms in stored.items():
            _FORMS.setdefault(word, forms)
    known = len(_FORMS)
    try:
        yield
    finally:
        if len(_FORMS) != known or not isinstance(stored, dict):
            compiled.write("word-forms", key, _FORMS)


def surface_forms(lemma: str) -> set[str]:
    """Lowercase spellings a token with this lemma can have."""
    return set(word_forms(lemma))


def _values(spec: Any) -> list[str] | None:
    """Literal strings a token attribute spec accepts, or None when it is open."""
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, Mapping) and isinstance(spec.get("IN"), list):
        return [str(v) for v in spec["IN"]]
    return None


def token_forms(token: Mapping[str, Any]) -> set[str] | None:
    """Surface forms one pattern token can match, or None when any word could."""
    for attr in ("LOWER", "ORTH", "TEXT", "NORM"):
        values = _values(token.get(attr))
        if values is not None:
            return {v.lower() for v in values}
    values = _values(token.get("LEMMA"))
    if values is not None:
        return set().union(*(surface_forms(v) for v in values))
    return None


def commonness(forms: Iterable[str]) -> tuple[int, int, int]:
    forms = list(forms)
    return (
        sum(1 for f in forms if f in _VERY_COMMON),
        sum(1 for f in forms if f in STOP_WORDS),
        len(forms),
    )


class WordGates:
    """Conjunctive gates over a sentence's lowercase words, indexed by their rarest word.

    A gate is a list of word sets plus the pairs of them that must stand side
    by side; it opens when the sentence holds a word from every set, in those
    pairs next to each other. An owner with an empty gate (a pattern with no
    literal word) is always open.
    """

    def __init__(self) -> None:
        self._gates: list[tuple[Hashable, tuple[Words, ...], tuple[tuple[int, int], ...]]] = []
        self._by_word: dict[str, list[int]] = defaultdict(list)
        self.always: set[Hashable] = set()

    def add(
        self, owner: Hashable, required: Sequence[Words], adjacent: Sequence[tuple[int, int]] = ()
    ) -> None:
        if not required:
            self.always.add(owner)
            return
        index = len(self._gates)
        self._gates.append((owner, tuple(required), tuple(adjacent)))
        for word in min(required, key=commonness):
            self._by_word[word].append(index)

    def _passes(
        self, index: int, words: frozenset[str], bigrams: frozenset[tuple[str, str]]
    ) -> bool:
        _, required, adjacent = self._gates[index]
        if not all(not words.isdisjoint(s) for s in required):
            return False
        for i, j in adjacent:
            firsts = required[i] & words
            seconds = required[j] & words
            if not any((a, b) in bigrams for a in firsts for b in seconds):
                return False
        return True

    def open_for(self, words: frozenset[str], bigrams: frozenset[tuple[str, str]]) -> set[Hashable]:
        """Owners whose gate the sentence opens."""
        opened = set(self.always)
        for word in words:
            for index in self._by_word.get(word, ()):
                owner = self._gates[index][0]
                if owner not in opened and self._passes(index, words, bigrams):
                    opened.add(owner)
        return opened

    def any_open(self, words: frozenset[str], bigrams: frozenset[tuple[str, str]]) -> bool:
        if self.always:
            return True
        for word in words:
            for index in self._by_word.get(word, ()):
                if self._passes(index, words, bigrams):
                    return True
        return False


def _may_be_absent(op: str | None) -> bool:
    """A pattern token that can match nothing: "?", "*", "!", a count from zero ("{0,2}")."""
    if op in ("?", "*", "!"):
        return True
    if op is None or not op.startswith("{"):
        return False
    return op[1:].rstrip("}").split(",")[0].strip() in ("", "0")


def pattern_gate(pattern: Sequence[Mapping[str, Any]]) -> tuple[list[Words], list[tuple[int, int]]]:
    """Required word sets of a pattern, and which of them stand side by side."""
    required: list[Words] = []
    adjacent: list[tuple[int, int]] = []
    previous: int | None = None  # index in `required` of the pattern token just before
    for token in pattern:
        op = token.get("OP")
        forms = token_forms(token) if not _may_be_absent(op) else None
        if forms is None:
            previous = None
            continue
        required.append(frozenset(forms))
        if previous is not None:
            adjacent.append((previous, len(required) - 1))
        previous = len(required) - 1 if op in (None, "1") else None
    return required, adjacent


def entry_gates(
    rules: Iterable[LexiconRule], tokenize: Callable[[str], list[str]], *, phrases: bool = True
) -> WordGates:
    """Gates for every lexicon entry (owner `rule:entry`), from its phrases and patterns."""
    gates = WordGates()
    for rule in rules:
        for entry in rule.entries:
            owner = f"{rule.id}:{entry.id}"
            if phrases:
                for phrase in entry.phrases:
                    words = tokenize(phrase)
                    gates.add(
                        owner,
                        [frozenset(surface_forms(w)) for w in words],
                        [(i, i + 1) for i in range(len(words) - 1)],
                    )
            for pattern in entry.patterns:
                gates.add(owner, *pattern_gate(pattern))
    return gates


class Triggers:
    """Decides from tokens alone whether a sentence needs the tagger and parser.

    It does when the gate of an entry that needs the parse opens (see
    `LexiconMatcher.parse_gates`), or when a form of "be" or "get" stands
    within `PASSIVE_WINDOW` words of a word that can be a past participle:
    the passive rule flags nothing else (lingo/pipeline/passive.py).
    """

    def __init__(self, parse_gates: WordGates) -> None:
        self.gates = parse_gates

    def needs_parse(self, lowers: Sequence[str]) -> bool:
        words = frozenset(lowers)
        if may_be_passive(lowers, words):
            return True
        return self.gates.any_open(words, frozenset(zip(lowers, lowers[1:])))


def may_be_passive(lowers: Sequence[str], words: frozenset[str] | None = None) -> bool:
    """A be/get form within the passive window of a participle form."""
    if (words if words is not None else frozenset(lowers)).isdisjoint(PASSIVE_AUXILIARIES):
        return False
    last = len(lowers)
    for i, word in enumerate(lowers):
        if word in PASSIVE_AUXILIARIES:
            nearby = lowers[max(0, i - PASSIVE_WINDOW) : min(last, i + 1 + PASSIVE_WINDOW)]
            if any(is_participle_form(w) for w in nearby if w != word):
                return True
    return False

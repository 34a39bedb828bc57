"""Word forms and lemmas from lemminflect, with its tables read on demand.

lemminflect parses both of its lookup tables into about 120,000 nested dicts
on first use: 0.4 s and some 50 MB in every lingo process, which is a third of
a pre-commit run on one small file. The two files are sorted by word, so lingo
decompresses them (about 15 ms) and binary-searches them for the words it
actually asks about, handing lemminflect mappings that answer `.get` exactly
as its own dicts would. lemminflect's logic (capitals, overrides, the
out-of-vocabulary rules) runs unchanged. `tests/test_morphology.py` checks
every key against the stock tables.

Every lingo module takes lemminflect's functions from here, so the tables are
always installed before the first look-up.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

import lemminflect
from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
from lemminflect.core.Inflections import Inflections
from lemminflect.core.Lemmatizer import Lemmatizer
from lemminflect.core.LexicalUtils import categoryToUPos

from . import compiled

__all__ = ["getAllInflections", "getAllLemmas", "getInflection", "getLemma", "install"]

Entry = dict[str, Any]


class SortedTable(Mapping[str, Entry]):
    """A lemminflect look-up file (`word,category,forms` lines sorted by word) as a mapping.

    The file is read on the first look-up (a compiled copy of its text, when
    there is one) and binary-searched by character position, so there is no
    index to build. Only the words asked for are parsed, each once; `merge`
    folds one line into a word's entry the way lemminflect's own loader does.
    """

    def __init__(
        self,
        path: Path,
        merge: Callable[[Entry, str], None],
        fixed: Mapping[str, Entry] | None = None,
    ) -> None:
        self._path = path
        self._text_cache: str | None = None
        self._merge = merge
        self._fixed = dict(fixed or {})
        self._parsed: dict[str, Entry | None] = {}

    @property
    def _text(self) -> str:
        if self._text_cache is None:
            self._text_cache = _decompressed(self._path)
        return self._text_cache

    def _line_from(self, position: int) -> int:
        """Start of the first line that starts at or after `position` (the end when none)."""
        if position == 0:
            return 0
        newline = self._text.find("\n", position - 1)
        return len(self._text) if newline == -1 else newline + 1

    def _key_at(self, start: int) -> str:
        comma = self._text.find(",", start)
        return self._text[start:comma]

    def _first_at_or_after(self, word: str) -> int:
        """Start of the first line whose word sorts at or after `word` (a binary search)."""
        low, high = 0, len(self._text)
        while low < high:
            middle = (low + high) // 2
            start = self._line_from(middle)
            if start < len(self._text) and self._key_at(start) < word:
                low = middle + 1
            else:
                high = middle
        return self._line_from(low)

    def _lookup(self, word: str) -> Entry | None:
        if word in self._fixed:
            return self._fixed[word]
        text = self._text
        start = self._first_at_or_after(word)
        entry: Entry | None = None
        while start < len(text) and self._key_at(start) == word:
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
            if entry is None:
                entry = {}
            self._merge(entry, text[start:end])
            start = end + 1
        return entry

    def get(self, word: str, default: Any = None) -> Any:  # type: ignore[override]
        if not isinstance(word, str):
            return default
        if word not in self._parsed:
            self._parsed[word] = self._lookup(word)
        found = self._parsed[word]
        return default if found is None else found

    def __getitem__(self, word: str) -> Entry:
        found = self.get(word)
        if found is None:
            raise KeyError(word)
        return found

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __iter__(self) -> Iterator[str]:
        seen = set(self._fixed)
        yield from self._fixed
        for line in self._text.splitlines():
            key = line.partition(",")[0]
            if key not in seen:
                seen.add(key)
                yield key

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _decompressed(path: Path) -> str:
    """The text of a gzipped table, kept as a compiled table so later runs skip the inflating."""
    key = compiled.file_key(path)
    if key:
        found = compiled.read(f"lemminflect-{path.name.split('.')[0]}", key)
        if isinstance(found, str):
            return found
    with gzip.open(path, "rb") as handle:
        text = handle.read().decode()
    if key:
        compiled.write(f"lemminflect-{path.name.split('.')[0]}", key, text)
    return text


def _merge_lemma_line(entry: Entry, line: str) -> None:
    _, category, forms = LemmaLUCodec.fromString(line)
    entry[categoryToUPos(category)] = forms


def _merge_inflection_line(entry: Entry, line: str) -> None:
    _, _, forms = InflectionLUCodec.fromString(line)
    entry.update(forms)


def install() -> None:
    """Give lemminflect's singletons on-demand tables, unless they already hold loaded ones.

    Should a lemminflect release change the internals this relies on, nothing
    is replaced and lemminflect loads its tables itself: slower, same answers.
    """
    lemmatizer, inflections = Lemmatizer(), Inflections()
    try:
        if not hasattr(lemmatizer, "lemma_dict") and callable(lemmatizer._getLemmaDict):
            lemmatizer.lemma_dict = SortedTable(Path(lemmatizer.lemma_lu_fn), _merge_lemma_line)
        if not hasattr(inflections, "infl_dict") and callable(inflections._getInflDict):
            inflections.infl_dict = SortedTable(
                Path(inflections.infl_lu_fn),
                _merge_inflection_line,
                fixed=InflectionLUCodec.updateForAuxMod({}),
            )
    except (AttributeError, OSError, ValueError):
        return


install()

# lemminflect deep-copies its table entries on every call (0.9 s of the 1 MiB
# benchmark); lingo asks about the same few thousand words again and again, so
# answers are memoised, as read-only mappings since every caller shares them.
_MEMO = 65_536


@lru_cache(maxsize=_MEMO)
def getAllLemmas(word: str, upos: str | None = None) -> Mapping[str, tuple[str, ...]]:  # noqa: N802
    return MappingProxyType(lemminflect.getAllLemmas(word, upos))


@lru_cache(maxsize=_MEMO)
def getAllInflections(  # noqa: N802
    lemma: str, upos: str | None = None
) -> Mapping[str, tuple[str, ...]]:
    return MappingProxyType(lemminflect.getAllInflections(lemma, upos))


@lru_cache(maxsize=_MEMO)
def getInflection(lemma: str, tag: str, inflect_oov: bool = True) -> tuple[str, ...]:  # noqa: N802
    return tuple(lemminflect.getInflection(lemma, tag, inflect_oov))


@lru_cache(maxsize=_MEMO)
def getLemma(word: str, upos: str, lemmatize_oov: bool = True) -> tuple[str, ...]:  # noqa: N802
    return tuple(lemminflect.getLemma(word, upos, lemmatize_oov))

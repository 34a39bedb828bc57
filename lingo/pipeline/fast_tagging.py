"""Faster stand-ins for spaCy's attribute_ruler and rule lemmatizer, built from their own data.

On the sentences lingo parses, spaCy's AttributeRuler spends most of its time
running a Matcher over ~180 patterns, nearly all of which look at one token;
the rule Lemmatizer spends its time on cache misses, scanning word lists of up
to 57,000 entries with `in`. The components here give the same POS, TAG, DEP,
MORPH and LEMMA on every token, but do the work with dict lookups on token
arrays:

* `FastAttributeRuler` compiles the loaded ruler's patterns into indexes.
  Single-token patterns that test only low-variety attributes (TAG, DEP,
  IS_SPACE...) are answered by a cache keyed on those values; patterns that
  name a word (LOWER "gon") are looked up by that word. Patterns it cannot
  compile (operators, extension attributes, fuzzy or comparison predicates)
  run in a spaCy Matcher of their own.
* `FastLemmatizer` asks a twin of the loaded lemmatizer (same class and
  tables, its word lists as sets) once per (word, POS, MORPH): the three
  things its rules read.

`use_fast_tagging(nlp)` swaps them in under the stock names. Whatever it does
not fully understand (another ruler or lemmatizer class, an attribute it does
not set the same way) keeps the stock component: results never change.
The swapped pipeline is for running, not for `nlp.to_disk`.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Callable, cast

from spacy.attrs import DEP, IDS, LEMMA, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, MorphAnalysis

if TYPE_CHECKING:
    from spacy.vocab import Vocab

__all__ = [
    "FastAttributeRuler",
    "FastLemmatizer",
    "UnsupportedComponent",
    "use_fast_tagging",
]


class UnsupportedComponent(Exception):
    """The stock component has a shape the fast one cannot reproduce exactly."""


# Attributes a pattern may test that `Doc.to_array` reads exactly as the
# Matcher does. Left out on purpose: SENT_START (the Matcher reads it as a
# bool), ENT_IOB (string values mean an index) and MORPH (IN normalises it).
_TESTABLE_NAMES = (
    "ORTH LOWER NORM SHAPE PREFIX SUFFIX LENGTH LEMMA POS TAG DEP ENT_TYPE "
    "IS_ALPHA IS_ASCII IS_DIGIT IS_LOWER IS_PUNCT IS_SPACE IS_TITLE IS_UPPER "
    "LIKE_URL LIKE_NUM LIKE_EMAIL IS_STOP IS_BRACKET IS_QUOTE IS_LEFT_PUNCT "
    "IS_RIGHT_PUNCT IS_CURRENCY"
).split()
_TESTABLE = {IDS[name]: name for name in _TESTABLE_NAMES}
# Attributes with one value per word: indexing by them finds few candidates.
_WORD_ATTRS = (ORTH, IDS["LOWER"], IDS["NORM"], LEMMA)
# Attributes the ruler may set that live on the token alone (no lexeme side effect).
_SETTERS = {POS: "pos", TAG: "tag", DEP: "dep", LEMMA: "lemma", MORPH: "morph"}

_EQ, _IN, _NOT_IN, _REGEX = range(4)
# (attribute id, kind, operand): operand is an id, a frozenset of ids or a regex.
Condition = tuple[int, int, Any]
# One token of a pattern: all its conditions must hold.
TokenSpec = tuple[Condition, ...]


class _Unsupported(Exception):
    """This one pattern needs the real Matcher."""


def _attr_id(key: object) -> int:
    if isinstance(key, str):
        name = key.upper()
        name = "ORTH" if name == "TEXT" else name
        attr = IDS.get(name)
    else:
        attr = key if isinstance(key, int) else None
    if attr not in _TESTABLE:
        raise _Unsupported(f"attribute {key!r}")
    return attr


def _id_list(operand: object) -> frozenset[int]:
    if not isinstance(operand, (list, tuple)):
        raise _Unsupported("set operand that is not a list")
    if not all(isinstance(v, (str, int)) and not isinstance(v, bool) for v in operand):
        raise _Unsupported("set operand with values other than strings and ids")
    # The Matcher's set predicates convert with get_string_id, not StringStore.add.
    return frozenset(get_string_id(v) for v in operand)


def _token_spec(spec: object, vocab: Vocab) -> TokenSpec:
    """One token's dict as conditions on array values, converted the way the Matcher converts."""
    if not isinstance(spec, dict):
        raise _Unsupported("token spec that is not a dict")
    conditions: list[Condition] = []
    for key, value in spec.items():
        if isinstance(key, str) and key.upper() in ("OP", "_"):
            raise _Unsupported(f"{key} in a token spec")
        attr = _attr_id(key)
        if isinstance(value, dict):
            for predicate, operand in value.items():
                kind = str(predicate).upper()
                if kind == "IN":
                    conditions.append((attr, _IN, _id_list(operand)))
                elif kind == "NOT_IN":
                    conditions.append((attr, _NOT_IN, _id_list(operand)))
                elif kind == "REGEX" and isinstance(operand, str):
                    conditions.append((attr, _REGEX, re.compile(operand)))
                else:
                    raise _Unsupported(f"predicate {predicate!r}")
        elif isinstance(value, bool):
            conditions.append((attr, _EQ, int(value)))
        elif isinstance(value, str):
            conditions.append((attr, _EQ, vocab.strings.add(value)))
        elif isinstance(value, int):
            conditions.append((attr, _EQ, value))
        else:
            raise _Unsupported(f"value {value!r}")
    return tuple(conditions)


class _Compiled:
    """One native pattern: its conditions rewritten against array columns."""

    __slots__ = ("rule", "specs", "target", "anchor_offset")

    def __init__(self, rule: int, specs: list[TokenSpec], target: int, anchor_offset: int):
        self.rule = rule
        self.specs = specs
        self.target = target
        self.anchor_offset = anchor_offset


def _anchor(specs: list[TokenSpec]) -> tuple[int, int, frozenset[int]] | None:
    """The (position, attribute, values) that a match must have, most selective first."""
    best = None
    for position, spec in enumerate(specs):
        for attr, kind, operand in spec:
            if kind not in (_EQ, _IN):
                continue
            values = frozenset([operand]) if kind == _EQ else operand
            rank = 0 if attr in _WORD_ATTRS else 1
            if best is None or rank < best[0]:
                best = (rank, position, attr, values)
    return None if best is None else best[1:]


def _rows(doc: Doc, columns: list[int]) -> list[list[int]]:
    """The doc's values for `columns`, one list per token, as Python ints for fast compares."""
    array = doc.to_array(cast("list[int | str]", columns))
    return cast("list[list[int]]", array.reshape(len(doc), len(columns)).tolist())


def _holds(spec: TokenSpec, row: list[int], strings: Any) -> bool:
    """Whether a token's row meets every condition, as the Matcher would judge it."""
    for column, kind, operand in spec:
        value = row[column]
        if kind == _EQ:
            if value != operand:
                return False
        elif kind == _IN:
            if value not in operand:
                return False
        elif kind == _NOT_IN:
            if value in operand:
                return False
        elif operand.search(strings[value]) is None:
            return False
    return True


class _CachedGroup:
    """Single-token patterns whose matches depend only on the columns they test, cached by those."""

    # A cache keyed per word is bounded by the vocabulary; clear it before it grows past this.
    LIMIT = 200_000

    def __init__(
        self,
        patterns: list[tuple[int, TokenSpec]],
        gate: tuple[int, frozenset[int]] | None = None,
    ):
        self.patterns = patterns
        # (column, values): rows with another value there match none of the patterns.
        self.gate_column: int | None = None if gate is None else gate[0]
        self.gate_words: frozenset[int] = frozenset() if gate is None else gate[1]
        columns = sorted({column for _, spec in patterns for column, _, _ in spec})
        # itemgetter with no columns (patterns of `{}`) would fail: a constant key instead.
        self.key_of: Callable[[list[int]], Any] = (
            itemgetter(*columns) if columns else (lambda row: None)
        )
        self.cache: dict[Any, tuple[int, ...]] = {}

    def evaluate(self, key: Any, row: list[int], strings: Any) -> tuple[int, ...]:
        rules = tuple(rule for rule, spec in self.patterns if _holds(spec, row, strings))
        if len(self.cache) >= self.LIMIT:
            self.cache.clear()
        self.cache[key] = rules
        return rules


class FastAttributeRuler:
    """The loaded AttributeRuler's rules, applied with dict lookups instead of a Matcher.

    Semantics kept from the stock ruler: every pattern is matched against the
    token values as they were before the ruler ran; a matched rule sets its
    attributes on the token at its `index`; where several rules set the same
    attribute of a token, the one added last wins.
    """

    def __init__(self, stock: AttributeRuler, name: str = "attribute_ruler"):
        if type(stock) is not AttributeRuler:
            raise UnsupportedComponent(f"{type(stock).__name__} is not spaCy's AttributeRuler")
        if not (len(stock.attrs) == len(stock.indices) == len(stock.matcher)):
            raise UnsupportedComponent("ruler patterns, attributes and indices disagree")
        self.name = name
        self.vocab = stock.vocab
        # For docs of another vocab, whose morphology the prepared analyses do not belong to.
        self._stock = stock
        self._settings = [self._setting(attrs) for attrs in stock.attrs]
        self._fallback = Matcher(stock.vocab, validate=stock.validate)
        self._fallback_rules: dict[int, tuple[int, int]] = {}
        native: list[tuple[int, list[TokenSpec], int]] = []
        for rule, index in enumerate(stock.indices):
            on_match, alternatives = stock.matcher.get(str(rule))
            if on_match is not None:
                raise UnsupportedComponent("a ruler pattern has an on_match callback")
            for pattern in alternatives:
                try:
                    specs = [_token_spec(spec, stock.vocab) for spec in pattern]
                except _Unsupported:
                    self._add_fallback(rule, index, pattern)
                    continue
                if not -len(specs) <= index < len(specs):
                    # The stock ruler raises on such a match; keep that behaviour by keeping it.
                    raise UnsupportedComponent(f"rule {rule} has index {index} out of its pattern")
                native.append((rule, specs, index % len(specs)))
        self._compile(native)
        self._plans: dict[tuple[int, ...], tuple[tuple[str, Any], ...]] = {}

    def _setting(self, attrs: dict) -> dict[int, Any]:
        """A rule's normalised attributes as token setter values; anything else is unsupported."""
        setting: dict[int, Any] = {}
        for attr, value in attrs.items():
            if attr not in _SETTERS or not isinstance(value, int):
                raise UnsupportedComponent(f"the ruler sets {attr!r}")
            if attr == MORPH:
                value = self._morph(value)
            setting[attr] = value
        return setting

    def _morph(self, key: int) -> MorphAnalysis:
        """The analysis to assign, checked to store exactly `key` as the stock ruler does."""
        analysis = MorphAnalysis.from_id(self.vocab, key)
        probe = Doc(self.vocab, words=["probe"])
        probe[0].morph = analysis
        if int(probe.to_array([MORPH])[0]) != key:
            raise UnsupportedComponent(f"MORPH {key} does not round-trip")
        return analysis

    def _add_fallback(self, rule: int, index: int, pattern: list) -> None:
        key = str(rule)
        self._fallback.add(key, [pattern])
        self._fallback_rules[self.vocab.strings[key]] = (rule, index)

    def _compile(self, native: list[tuple[int, list[TokenSpec], int]]) -> None:
        """Sort native patterns into cached groups and the anchored index."""
        # Single-token patterns are answered from caches keyed on the values they
        # test. Those that name words (LOWER "he") form one group per attribute,
        # consulted only for those words; those that test a word otherwise
        # (REGEX, NOT_IN) have a cache keyed per word; the rest (TAG, DEP...)
        # share a cache of a few hundred keys.
        wordless: list[tuple[int, TokenSpec]] = []
        word_tested: list[tuple[int, TokenSpec]] = []
        named: dict[int, list[tuple[int, TokenSpec]]] = {}
        named_words: dict[int, set[int]] = {}
        sequences: list[tuple[int, list[TokenSpec], int, tuple[int, int, frozenset] | None]] = []
        for rule, specs, target in native:
            anchor = _anchor(specs)
            if len(specs) > 1:
                sequences.append((rule, specs, target, anchor))
            elif anchor is not None and anchor[1] in _WORD_ATTRS:
                named.setdefault(anchor[1], []).append((rule, specs[0]))
                named_words.setdefault(anchor[1], set()).update(anchor[2])
            elif any(attr in _WORD_ATTRS for attr, _, _ in specs[0]):
                word_tested.append((rule, specs[0]))
            else:
                wordless.append((rule, specs[0]))
        all_specs = [spec for _, spec in wordless + word_tested]
        all_specs += [spec for group in named.values() for _, spec in group]
        all_specs += [spec for _, specs, _, _ in sequences for spec in specs]
        self._columns = sorted({attr for spec in all_specs for attr, _, _ in spec}) or [ORTH]
        column = {attr: i for i, attr in enumerate(self._columns)}

        def to_columns(group: list[tuple[int, TokenSpec]]) -> list[tuple[int, TokenSpec]]:
            return [
                (rule, tuple((column[attr], kind, operand) for attr, kind, operand in spec))
                for rule, spec in group
            ]

        self._groups = [
            _CachedGroup(to_columns(group)) for group in (wordless, word_tested) if group
        ]
        self._groups += [
            _CachedGroup(to_columns(group), gate=(column[attr], frozenset(named_words[attr])))
            for attr, group in named.items()
        ]
        # Multi-token patterns: looked up by their most selective token, then checked in full.
        self._index: dict[int, dict[int, list[_Compiled]]] = {}
        self._unanchored: list[_Compiled] = []
        for rule, specs, target, anchor in sequences:
            compiled_specs = [spec for _, spec in to_columns([(rule, spec) for spec in specs])]
            if anchor is None:
                self._unanchored.append(_Compiled(rule, compiled_specs, target, 0))
                continue
            position, attr, values = anchor
            by_value = self._index.setdefault(column[attr], {})
            compiled = _Compiled(rule, compiled_specs, target, position)
            for value in values:
                by_value.setdefault(value, []).append(compiled)

    def __call__(self, doc: Doc) -> Doc:
        if doc.vocab is not self.vocab:
            return self._stock(doc)
        rows = _rows(doc, self._columns)
        extra = self._anchored_matches(doc, rows)
        strings, groups, plans = self.vocab.strings, self._groups, self._plans
        for i, row in enumerate(rows):
            # Rule ids in no particular order: the plan sorts them once per combination.
            rules: tuple[int, ...] = ()
            for group in groups:
                if group.gate_column is not None and row[group.gate_column] not in group.gate_words:
                    continue
                key = group.key_of(row)
                found = group.cache.get(key)
                if found is None:
                    found = group.evaluate(key, row, strings)
                if found:
                    rules = rules + found if rules else found
            if extra and i in extra:
                rules = rules + tuple(extra[i])
            if not rules:
                continue
            plan = plans.get(rules)
            if plan is None:
                plan = plans[rules] = self._plan(rules)
            token = doc[i]
            for setter, value in plan:
                setattr(token, setter, value)
        return doc

    def _anchored_matches(self, doc: Doc, rows: list[list[int]]) -> dict[int, list[int]]:
        """Rules matched by multi-token and Matcher patterns, by target token."""
        found: dict[int, list[int]] = {}
        strings = self.vocab.strings
        length = len(rows)

        def try_at(start: int, compiled: _Compiled) -> None:
            specs = compiled.specs
            if start < 0 or start + len(specs) > length:
                return
            for offset, spec in enumerate(specs):
                if not _holds(spec, rows[start + offset], strings):
                    return
            found.setdefault(start + compiled.target, []).append(compiled.rule)

        for column, by_value in self._index.items():
            for i, row in enumerate(rows):
                candidates = by_value.get(row[column])
                if candidates:
                    for compiled in candidates:
                        try_at(i - compiled.anchor_offset, compiled)
        for compiled in self._unanchored:
            for start in range(length):
                try_at(start, compiled)
        if self._fallback_rules:
            for match_id, start, end in self._fallback(doc, allow_missing=True):
                rule, index = self._fallback_rules[match_id]
                target = (start if index >= 0 else end) + index
                if not start <= target < end:
                    raise ValueError(
                        f"attribute ruler rule {rule}: index {index} is outside its match"
                    )
                found.setdefault(target, []).append(rule)
        return found

    def _plan(self, rules: tuple[int, ...]) -> tuple[tuple[str, Any], ...]:
        """The setter calls for a token matched by `rules`: where two set one attribute,
        the rule added later wins, as in the stock ruler's sorted matches."""
        merged: dict[int, Any] = {}
        for rule in sorted(set(rules)):
            merged.update(self._settings[rule])
        return tuple((_SETTERS[attr], value) for attr, value in merged.items())


class FastLemmatizer:
    """The loaded rule or lookup lemmatizer, asked once per (word, POS, MORPH).

    Those three are all spaCy's Lemmatizer and EnglishLemmatizer read; any
    other class might read more, so it is not accepted.
    """

    def __init__(self, stock: Lemmatizer, name: str = "lemmatizer"):
        if type(stock) not in (Lemmatizer, EnglishLemmatizer):
            raise UnsupportedComponent(f"{type(stock).__name__} is not a lemmatizer class it knows")
        if stock.mode not in ("rule", "lookup"):
            raise UnsupportedComponent(f"lemmatizer mode {stock.mode!r}")
        method = getattr(stock.lemmatize, "__func__", None)
        if method not in (Lemmatizer.rule_lemmatize, Lemmatizer.lookup_lemmatize):
            raise UnsupportedComponent("the lemmatizer's lemmatize method was replaced")
        if "is_base_form" in vars(stock):
            raise UnsupportedComponent("the lemmatizer's is_base_form was replaced")
        required, _ = stock.get_lookups_config(stock.mode)
        if any(table not in stock.lookups for table in required):
            raise UnsupportedComponent("the lemmatizer lacks its tables")
        self.name = name
        self.stock = stock
        self._asked = _with_index_sets(stock)
        self.mode = stock.mode
        self.overwrite = stock.overwrite
        # Code that reads the lemmatizer's tables finds them as before.
        self.lookups = stock.lookups
        self._lemmas: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmas, overwrite = self._lemmas, self.overwrite
        rows = _rows(doc, [ORTH, POS, MORPH, LEMMA])
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                continue
            key = (orth, pos, morph)
            text = lemmas.get(key)
            token = doc[i]
            if text is None:
                text = self._asked.lemmatize(token)[0]
                if pos:  # POS-less tokens warn each time in spaCy; let them
                    lemmas[key] = text
            # The lemma string, not its hash: strings can leave a memory zone.
            token.lemma_ = text
        return doc


def _with_index_sets(stock: Lemmatizer) -> Lemmatizer:
    """A twin of `stock` (same class, mode and tables) whose lemma_index lists are sets.

    The rule lemmatizer asks `form in index` of lists of up to 57,000 words,
    which is most of its time on a cache miss; a set answers the same.
    """
    if "lemma_index" not in stock.lookups:
        return stock
    lookups = Lookups()
    for table_name in stock.lookups.tables:
        table = stock.lookups.get_table(table_name)
        if table_name == "lemma_index":
            if not all(
                isinstance(words, (list, tuple, set, frozenset)) for words in table.values()
            ):
                return stock
            indexed = Table(name=table_name)
            for key, words in table.items():
                indexed[key] = frozenset(words)
            table = indexed
        lookups.set_table(table_name, table)
    twin = type(stock)(
        stock.vocab, stock.model, stock.name, mode=stock.mode, overwrite=stock.overwrite
    )
    twin.lookups = lookups
    return twin


@Language.factory("lingo_attribute_ruler", default_config={"source": "attribute_ruler"})
def make_fast_attribute_ruler(nlp: Language, name: str, source: str) -> FastAttributeRuler:
    """spaCy factory: a FastAttributeRuler compiled from the pipe named `source`."""
    stock = nlp.get_pipe(source)
    if not isinstance(stock, AttributeRuler):
        raise UnsupportedComponent(f"{source!r} is not an AttributeRuler")
    return FastAttributeRuler(stock, name)


@Language.factory("lingo_lemmatizer", default_config={"source": "lemmatizer"})
def make_fast_lemmatizer(nlp: Language, name: str, source: str) -> FastLemmatizer:
    """spaCy factory: a FastLemmatizer that asks the pipe named `source` on cache misses."""
    stock = nlp.get_pipe(source)
    if not isinstance(stock, Lemmatizer):
        raise UnsupportedComponent(f"{source!r} is not a Lemmatizer")
    return FastLemmatizer(stock, name)


_REPLACEMENTS = (("attribute_ruler", "lingo_attribute_ruler"), ("lemmatizer", "lingo_lemmatizer"))


def use_fast_tagging(nlp: Language) -> list[str]:
    """Swap in the fast components where the stock ones are understood; returns the names swapped.

    The fast components keep the stock names, so code that asks for
    `nlp.get_pipe("lemmatizer")` or disables "attribute_ruler" works as before.
    """
    swapped = []
    for name, factory in _REPLACEMENTS:
        if name not in nlp.pipe_names:
            continue
        building = f"{factory}_from_{name}"
        try:
            nlp.add_pipe(factory, name=building, after=name, config={"source": name})
        except Exception:  # UnsupportedComponent, or a shape nobody foresaw: keep the stock one
            continue
        nlp.remove_pipe(name)
        nlp.rename_pipe(building, name)
        swapped.append(name)
    return swapped

"""Jargon and say-no findings from the lexicons, as one spaCy component.

Two kinds of entries, matched two ways:

* phrases with no part-of-speech condition match every inflection of their
  words ("utilize" matches "utilized", "utilizing"; lemminflect lists the
  forms) through a `PhraseMatcher` on lowercase text. That needs only the
  tokenizer, so the Linter runs it over every sentence without tagging it.
* phrases with a `pos` condition ("leverage" the verb) and token patterns (the
  negation- and modal-aware say-no phrasings) need the tagger and parser; they
  run on parsed sentences, each entry's `Matcher` only where the sentence holds
  the entry's required words (lingo/triggers.py).

Quotation, product names, explanations and `unless` patterns are checked the
same way on both.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..doc_text import doc_text
from ..errors import LexiconError
from ..findings import Finding, LineIndex, Suggestion
from ..lexicons import Entry, LexiconRule, builtin_lexicons, load_lexicons
from ..suggest.inflect import fit_replacement
from ..suggest.templates import generic_rewrites, template_suggestion
from ..triggers import WordGates, entry_gates, stored_word_forms, word_forms
from .common import (
    EXPLAINED_ATTR,
    add_findings,
    keep_longest,
    make_finding,
    register_extensions,
    token_words,
)

QUOTES_OPEN = {'"', "\u201c"}
QUOTES_CLOSE = {'"', "\u201d"}
EXPLANATION_STARTS = {"(", "\u2014", "--", ":"}
APPOSITIVE_WORDS = {"which", "meaning", "or", "i.e.", "that", "a", "an", "the"}
MAX_FORMS_PER_PHRASE = 400


@dataclass(frozen=True)
class _Key:
    rule: LexiconRule
    entry: Entry


def lexicon_rules_for(paths: Sequence[str]) -> tuple[LexiconRule, ...]:
    """The built-in lexicons plus any extra lexicon files or folders."""
    rules = builtin_lexicons()
    if paths:
        extra = load_lexicons([Path(p) for p in paths])
        taken = {r.id: r for r in rules}
        for rule in extra:
            if rule.id in taken:
                raise LexiconError(
                    f"{rule.path}: rule {rule.id!r} is already a built-in lingo rule; "
                    "give your lexicon its own id"
                )
        rules = rules + extra
    return rules


# Token attributes the tokenizer alone sets.
TOKENIZER_ATTRS = frozenset(
    """ORTH TEXT LOWER NORM LENGTH SHAPE SPACY IS_ALPHA IS_ASCII IS_DIGIT IS_LOWER IS_UPPER
    IS_TITLE IS_PUNCT IS_SPACE IS_STOP IS_SENT_START LIKE_NUM LIKE_URL LIKE_EMAIL OP""".split()
)


def needs_parse(entry: Entry) -> bool:
    """Entries whose matching needs tags, lemmas or the parse.

    A POS condition, or token or `unless` patterns that look at more than the
    words themselves (lemmas, tags, dependencies).
    """
    if entry.pos:
        return True
    patterns = (*entry.patterns, *entry.unless)
    return any(set(token) - TOKENIZER_ATTRS for pattern in patterns for token in pattern)


class LexiconMatcher:
    """Finds lexicon terms and phrasings in a Doc (tokenized, or parsed for some entries)."""

    def __init__(self, nlp: Language, name: str, lexicon_paths: Sequence[str] = ()) -> None:
        register_extensions()
        self.name = name
        self.rules = lexicon_rules_for(lexicon_paths)
        self._keys: dict[str, _Key] = {}
        self._tags: dict[str, str] = {}  # surface form -> tag, for inflecting fixes
        self.surface_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.tagged_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        # One Matcher per entry with token patterns: spaCy's Matcher tries every
        # pattern at every token, so a Doc runs only the entries whose required
        # words it holds.
        self.matchers: dict[str, Matcher] = {}
        self._unless: dict[str, Matcher] = {}
        tokenize = self._tokenizer(nlp)
        parsed_rules = [_only(rule, needs_parse) for rule in self.rules]
        surface_rules = [_only(rule, lambda e: not needs_parse(e)) for rule in self.rules]
        with stored_word_forms():
            self.parse_gates: WordGates = entry_gates(parsed_rules, tokenize)
            self._surface_pattern_gates = entry_gates(surface_rules, tokenize, phrases=False)
            self._parse_pattern_gates = entry_gates(parsed_rules, tokenize, phrases=False)
            for rule in self.rules:
                for entry in rule.entries:
                    self._add_entry(nlp, rule, entry, tokenize)

    @staticmethod
    def _tokenizer(nlp: Language):
        def tokenize(text: str) -> list[str]:
            return [t.text for t in nlp.make_doc(text)]

        return tokenize

    def _add_entry(self, nlp: Language, rule: LexiconRule, entry: Entry, tokenize) -> None:
        key = f"{rule.id}:{entry.id}"
        self._keys[key] = _Key(rule, entry)
        if entry.phrases:
            docs = [
                Doc(nlp.vocab, words=list(words))
                for phrase in entry.phrases
                for words in self._phrase_forms(tokenize(phrase))
            ]
            (self.tagged_matcher if needs_parse(entry) else self.surface_matcher).add(key, docs)
        try:
            if entry.patterns:
                matcher = Matcher(nlp.vocab, validate=True)
                matcher.add(key, [[dict(t) for t in p] for p in entry.patterns])
                self.matchers[key] = matcher
            if entry.unless:
                unless = Matcher(nlp.vocab, validate=True)
                unless.add(key, [[dict(t) for t in p] for p in entry.unless])
                self._unless[key] = unless
        except (ValueError, KeyError, TypeError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise LexiconError(
                f"{rule.path}: entry {entry.id!r}: spaCy rejects a pattern: {first}"
            ) from None

    def _phrase_forms(self, words: list[str]) -> list[tuple[str, ...]]:
        """Every inflection of every word of a phrase, combined."""
        per_word = []
        for word in words:
            forms = word_forms(word)
            for form, tag in forms.items():
                if tag:
                    self._tags.setdefault(form, tag)
            per_word.append(list(forms))
        combos = itertools.islice(itertools.product(*per_word), MAX_FORMS_PER_PHRASE)
        return list(combos)

    # -- matching ----------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        """spaCy entry point: every entry, on a tagged and parsed Doc."""
        add_findings(doc, keep_longest(self.findings(doc, surface=True, parsed=True)))
        return doc

    def findings(self, doc: Doc, *, surface: bool, parsed: bool) -> list[Finding]:
        """Findings of the surface entries, the parse entries, or both.

        Explained uses of terms reported on first use (`report: first-use`,
        e.g. tech terms) are left out and their keys recorded on
        `doc._.lingo_explained` (key -> where it is first explained), so the
        Linter can drop the uses after the explanation too.
        """
        matches = self._matches(doc, surface=surface, parsed=parsed)
        if not matches:
            return []
        lines = LineIndex(doc_text(doc))
        explained: dict[str, int] = dict(doc._.get(EXPLAINED_ATTR) or {})
        found = []
        for key, span in matches:
            if self._keys[key].rule.report == "first-use" and _explained(span):
                explained[key] = min(explained.get(key, span.start_char), span.start_char)
                continue
            found.append(self._finding(key, span, lines))
        doc._.set(EXPLAINED_ATTR, explained)
        return found

    def _matches(self, doc: Doc, *, surface: bool, parsed: bool) -> list[tuple[str, Span]]:
        raw = []
        lowers = token_words(doc)[0]
        words, bigrams = frozenset(lowers), frozenset(zip(lowers, lowers[1:]))
        if surface:
            raw.extend(self.surface_matcher(doc))
            for key in self._surface_pattern_gates.open_for(words, bigrams):
                raw.extend(self.matchers[str(key)](doc))
        if parsed:
            raw.extend(self.tagged_matcher(doc))
            for key in self._parse_pattern_gates.open_for(words, bigrams):
                raw.extend(self.matchers[str(key)](doc))
        if not raw:
            return []
        quoted = _quoted_tokens(lowers)
        kept = []
        for match_id, start, end in raw:
            key = doc.vocab.strings[match_id]
            rule, entry = self._keys[key].rule, self._keys[key].entry
            span = doc[start:end]
            if entry.pos and _head(span).pos_ not in entry.pos:  # only on parsed Docs
                continue
            if rule.category == "jargon" and (any(t.i in quoted for t in span) or _is_name(span)):
                continue
            if key in self._unless and self._cancelled(key, doc, span):
                continue
            kept.append((key, span))
        return kept

    def _cancelled(self, key: str, doc: Doc, span: Span) -> bool:
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        for _, start, end in self._unless[key](sent):
            s, e = sent.start + start, sent.start + end
            if s < span.end and span.start < e:
                return True
        return False

    def _finding(self, key: str, span: Span, lines: LineIndex) -> Finding:
        rule, entry = self._keys[key].rule, self._keys[key].entry
        for token in span:
            if not token.tag_ and token.lower_ in self._tags:
                # A tokenized-only Doc: take the tag the matched form carries,
                # so the replacement is inflected to fit ("utilized" -> "used").
                token.tag_ = self._tags[token.lower_]
        return make_finding(
            span,
            rule=rule.id,
            category=rule.category,
            severity=entry.severity,
            message=entry.message.replace("{match}", span.text),
            suggestions=tuple(_suggestions(span, entry)),
            entry=entry.id,
            lines=lines,
        )


def _only(rule: LexiconRule, keep) -> LexiconRule:
    return replace(rule, entries=tuple(e for e in rule.entries if keep(e)))


def _head(span: Span) -> Token:
    return span.root if len(span) > 1 else span[0]


def _suggestions(span: Span, entry: Entry) -> Iterable[Suggestion]:
    """The entry's suggestions: fitted replacements when it is a fix, hints otherwise.

    A say-no entry's `rewrite` template, filled with the sentence's own words,
    comes first: it is the most concrete advice. A template that uses none of
    the sentence's words is generic advice and comes last.
    """
    rewrite = template_suggestion(span, entry.rewrite) if entry.rewrite else None
    specific = rewrite is not None and rewrite.text not in generic_rewrites(entry.rewrite)
    if entry.fix == "never":
        if rewrite is not None and specific:
            yield rewrite
        for text in entry.suggestions:
            yield Suggestion(text=text, safety="hint")
        if rewrite is not None and not specific:
            yield rewrite
        return
    head = _head(span)
    for n, text in enumerate(entry.suggestions):
        fitted = fit_replacement(span, text, head)
        # Only the first suggestion carries the entry's safety: the others are
        # alternatives a human picks between.
        safety = entry.fix if n == 0 else "unsafe"
        yield Suggestion(text=fitted.text, safety=safety, edits=fitted.edits)  # type: ignore[arg-type]
    if rewrite is not None:
        yield rewrite


def _quoted_tokens(words: Sequence[str]) -> set[int]:
    """Token indexes inside quotation marks: quoted words are someone else's.

    Read from the tokens' lowercase forms (quote marks have no case).
    """
    inside: set[int] = set()
    open_at: int | None = None
    for i, text in enumerate(words):
        if open_at is None and text in QUOTES_OPEN:
            open_at = i
        elif open_at is not None and text in QUOTES_CLOSE:
            inside.update(range(open_at + 1, i))
            open_at = None
    return inside


def _is_name(span: Span) -> bool:
    """A capitalised word mid-sentence is a product or company name ("Synergy Cloud").

    Read from capitals, not tags, so it says the same on tokenized and parsed
    text; all-caps and mixed-case words ("API", "OAuth") are acronyms and stay checked.
    """
    return all(t.text[:1].isupper() and t.text[1:].islower() and not t.is_sent_start for t in span)


def _explained(span: Span) -> bool:
    """A term followed by an explanation ("API (a way for apps to talk)") or inside one."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.text in EXPLANATION_STARTS:
        return True
    if before is not None and before.text == "(":
        return True
    if after is not None and after.text == "," and span.end + 1 < len(doc):
        return doc[span.end + 1].lower_ in APPOSITIVE_WORDS
    return False


@Language.factory(
    "lingo_lexicon",
    default_config={"lexicon_paths": []},
    requires=["token.lemma", "token.pos"],
    assigns=["doc._.lingo_findings"],
)
def make_lexicon_matcher(nlp: Language, name: str, lexicon_paths: list[str]) -> LexiconMatcher:
    """spaCy factory: `nlp.add_pipe("lingo_lexicon")` after the lemmatizer."""
    return LexiconMatcher(nlp, name, lexicon_paths)

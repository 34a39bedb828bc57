"""Jargon and say-no findings from the lexicons, as one spaCy component.

Two kinds of entries, matched two ways:

* phrases with no part-of-speech condition match every inflection of their
  words ("utilize" matches "utilized", "utilizing"; lemminflect lists the
  forms) on lowercase token text (lingo/pipeline/phrases.py). That needs
  only the tokenizer, so the Linter runs it over every sentence without
  tagging it.
* phrases with a `pos` condition ("leverage" the verb) and token patterns (the
  negation- and modal-aware say-no phrasings) need the tagger and parser; they
  run on parsed sentences, each entry's `Matcher` only where the sentence holds
  the entry's required words (lingo/lexicon/triggers.py). A built-in entry's Matcher
  is built the first time a sentence needs it; a team lexicon's are built,
  and so checked, at load time.

Quotation, product names, explanations and `unless` patterns are checked the
same way on both.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from ..doc_text import doc_text
from ..errors import LexiconError
from ..findings import Finding, LineIndex, Suggestion
from ..lexicon.entries import Entry, LexiconRule
from ..lexicon.lexicons import builtin_lexicons, load_lexicons
from ..lexicon.triggers import WordGates, entry_gates, stored_word_forms, word_forms
from ..suggest.annotations import has_annotation
from ..suggest.inflect import fit_replacement
from ..suggest.quote import quoted
from ..suggest.recheck import advice_only, checked
from ..suggest.reparse import Reparser
from ..suggest.templates import generic_rewrites, template_suggestion
from ..suggest.word_forms import inflection_head, regional_variant, said_in_form, takes_degree
from . import context
from .common import (
    EXPLAINED_ATTR,
    add_findings,
    keep_longest,
    make_finding,
    register_extensions,
    token_words,
)
from .explained import defined_here, is_explained, is_name, quoted_tokens
from .linear_regex import RegexProblem, linear_patterns
from .phrases import PhraseTable, phrase_tokenizer

MAX_FORMS_PER_PHRASE = 400
# Rules whose terms a plain text may define in place ("Joint liability means each of you
# ..."): a legal term is often the thing the customer needs explained. Not buzzwords or
# abstract words: "Our transformation means fewer forms" is not a definition.
DEFINED_TERMS_RULES = {"jargon/legalese"}


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
    if entry.pos or entry.needs:
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
        self.surface_phrases = PhraseTable()
        self.tagged_phrases = PhraseTable()
        # One Matcher per entry with token patterns: spaCy's Matcher tries every
        # pattern at every token, so a Doc runs only the entries whose required
        # words it holds.
        self._vocab = nlp.vocab
        # Fixes are parsed again with the replacement applied before they are offered.
        self._reparser = Reparser(nlp) if any(n == "parser" for n, _ in nlp.components) else None
        self._patterns: dict[str, tuple[Sequence, Sequence]] = {}  # key -> patterns, unless
        self._matchers: dict[str, tuple[Matcher | None, Matcher | None]] = {}
        tokenize = phrase_tokenizer(nlp, self.rules)
        builtin = frozenset(id(rule) for rule in builtin_lexicons())
        parsed_rules = [_only(rule, needs_parse) for rule in self.rules]
        surface_rules = [_only(rule, lambda e: not needs_parse(e)) for rule in self.rules]
        with stored_word_forms():
            self.parse_gates: WordGates = entry_gates(parsed_rules, tokenize)
            self._surface_pattern_gates = entry_gates(surface_rules, tokenize, phrases=False)
            self._parse_pattern_gates = entry_gates(parsed_rules, tokenize, phrases=False)
            for rule in self.rules:
                for entry in rule.entries:
                    key = self._add_entry(rule, entry, tokenize)
                    if id(rule) not in builtin:
                        self._entry_matchers(key)  # a team lexicon's patterns: checked now

    def _add_entry(self, rule: LexiconRule, entry: Entry, tokenize) -> str:
        key = f"{rule.id}:{entry.id}"
        self._keys[key] = _Key(rule, entry)
        if entry.phrases:
            sequences = [
                words for phrase in entry.phrases for words in self._phrase_forms(tokenize(phrase))
            ]
            (self.tagged_phrases if needs_parse(entry) else self.surface_phrases).add(
                key, sequences
            )
        if entry.patterns or entry.unless:
            self._patterns[key] = (entry.patterns, entry.unless)
        return key

    def _entry_matchers(self, key: str) -> tuple[Matcher | None, Matcher | None]:
        """The entry's pattern Matcher and its `unless` Matcher, built on first use."""
        built = self._matchers.get(key)
        if built is not None:
            return built
        patterns, unless = self._patterns.get(key, ((), ()))
        rule = self._keys[key].rule
        try:
            built = (self._matcher(key, patterns), self._matcher(key, unless))
        except RegexProblem as exc:
            raise LexiconError(f"{rule.path}: entry {self._keys[key].entry.id!r}: {exc}") from None
        except (ValueError, KeyError, TypeError, AttributeError, re.error) as exc:
            raise LexiconError(
                f"{rule.path}: entry {self._keys[key].entry.id!r}: "
                f"spaCy rejects a pattern: {_pattern_problem(exc)}"
            ) from None
        self._matchers[key] = built
        return built

    def _matcher(self, key: str, patterns: Sequence) -> Matcher | None:
        if not patterns:
            return None
        matcher = Matcher(self._vocab, validate=True)
        # Regular expressions run on RE2, in linear time (lingo/pipeline/linear_regex.py).
        matcher.add(key, linear_patterns(patterns))
        return matcher

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

    def findings(
        self, doc: Doc, *, surface: bool, parsed: bool, lowers: list[str] | None = None
    ) -> list[Finding]:
        """Findings of the surface entries, the parse entries, or both.

        Explained uses of terms reported on first use (`report: first-use`,
        e.g. tech terms) are left out and their keys recorded on
        `doc._.lingo_explained` (key -> where it is first explained), so the
        Linter can drop the uses after the explanation too. `lowers` is the
        Doc's lowercase token texts when the caller has them already.
        """
        matches = self._matches(doc, surface=surface, parsed=parsed, lowers=lowers)
        if not matches:
            return []
        lines = LineIndex(doc_text(doc))
        explained: dict[str, int] = dict(doc._.get(EXPLAINED_ATTR) or {})
        found = []
        for key, span in matches:
            if self._keys[key].rule.report == "first-use" and is_explained(span):
                explained[key] = min(explained.get(key, span.start_char), span.start_char)
                continue
            found.append(self._finding(key, span, lines))
        doc._.set(EXPLAINED_ATTR, explained)
        return found

    def _matches(
        self, doc: Doc, *, surface: bool, parsed: bool, lowers: list[str] | None = None
    ) -> list[tuple[str, Span]]:
        raw: list[tuple[str, int, int]] = []
        if lowers is None:
            lowers = token_words(doc)[0]
        words, bigrams = frozenset(lowers), frozenset(zip(lowers, lowers[1:]))
        if surface:
            raw.extend(self.surface_phrases.matches(lowers, words, bigrams))
            for key in self._surface_pattern_gates.open_for(words, bigrams):
                raw.extend(self._pattern_matches(str(key), doc))
        if parsed:
            raw.extend(self.tagged_phrases.matches(lowers, words, bigrams))
            for key in self._parse_pattern_gates.open_for(words, bigrams):
                raw.extend(self._pattern_matches(str(key), doc))
        if not raw:
            return []
        quoted = quoted_tokens(lowers)
        kept = []
        for key, start, end in raw:
            rule, entry = self._keys[key].rule, self._keys[key].entry
            span = doc[start:end]
            if entry.pos and _head(span).pos_ not in entry.pos:  # only on parsed Docs
                continue
            if rule.category == "jargon" and (
                any(t.i in quoted for t in span)
                or is_name(span)
                or (rule.id in DEFINED_TERMS_RULES and defined_here(span))
            ):
                continue
            if entry.unless and self._cancelled(key, doc, span):
                continue
            if entry.needs and not context.holds(entry.needs, span):
                continue
            kept.append((key, span))
        return kept

    def _pattern_matches(self, key: str, doc: Doc) -> list[tuple[str, int, int]]:
        matcher = self._entry_matchers(key)[0]
        return [(key, start, end) for _, start, end in matcher(doc)] if matcher else []

    def _cancelled(self, key: str, doc: Doc, span: Span) -> bool:
        unless = self._entry_matchers(key)[1]
        if unless is None:
            return False
        sent = span.sent if has_annotation(doc, "SENT_START") else doc[:]
        last = doc[span.end - 1].sent if has_annotation(doc, "SENT_START") else sent
        if last.start != sent.start:
            # A match across sentences (a paragraph's row of signs): its `unless` reads every
            # sentence it spans and the one after ("Don't queue. Don't print. Just scan.").
            after = doc[last.end].sent.end if last.end < len(doc) else last.end
            sent = doc[sent.start : after]
        for _, start, end in unless(sent):
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
        suggestions = tuple(_suggestions(span, entry, self._reparser))
        message = entry.message.replace("{match}", quoted(span))
        if entry.fix != "never" and suggestions and suggestions[0].safety != "hint":
            # "'portions' is formal; say 'parts'", as the fix writes it
            message = said_in_form(message, span, entry.suggestions)
        return make_finding(
            span,
            rule=rule.id,
            category=rule.category,
            severity=entry.severity,
            message=message,
            suggestions=suggestions,
            entry=entry.id,
            lines=lines,
        )


def _pattern_problem(exc: Exception) -> str:
    """spaCy's first complaint about a pattern, on one line ("pattern 1, token 2, LOWER: ...")."""
    if isinstance(exc, re.error):
        return f"invalid regular expression: {exc}"
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    pattern = next((line for line in lines if line.startswith("Pattern ")), "")
    detail = next((line for line in lines if line.startswith("- [")), "")
    where, _, what = detail[3:].partition("] ")
    steps = where.split(" -> ")  # pattern -> 0 -> LOWER -> TokenPatternString -> IN
    if pattern and what and len(steps) >= 3 and steps[1].isdigit():
        number = pattern.removeprefix("Pattern ").rstrip(":")
        index = int(number) + 1 if number.isdigit() else number
        return f"pattern {index}, token {int(steps[1]) + 1}, {steps[2]}: {what}"
    return lines[0] if lines else type(exc).__name__


def _only(rule: LexiconRule, keep) -> LexiconRule:
    return replace(rule, entries=tuple(e for e in rule.entries if keep(e)))


def _head(span: Span) -> Token:
    return span.root if len(span) > 1 else span[0]


def _suggestions(
    span: Span, entry: Entry, reparser: Reparser | None = None
) -> Iterable[Suggestion]:
    """The entry's suggestions: fitted replacements when it is a fix, hints otherwise.

    A say-no entry's `rewrite` template, filled with the sentence's own words,
    comes first: it is the most concrete advice. A template that uses none of
    the sentence's words is generic advice and comes last. A hint is advice,
    never a stock example sentence written for another case. Fixes are parsed
    again with the replacement applied; one that breaks the sentence becomes a
    hint that says why (`suggest.recheck`).
    """
    rewrite = template_suggestion(span, entry.rewrite, reparser) if entry.rewrite else None
    specific = rewrite is not None and rewrite.text not in generic_rewrites(entry.rewrite)
    suggestions = _fitting_first(span, entry)
    if entry.fix == "never":
        if rewrite is not None and specific:
            yield rewrite
        for text in dict.fromkeys(advice_only(t) for t in suggestions):
            yield Suggestion(text=text, safety="hint")
        if rewrite is not None and not specific:
            yield rewrite
        return
    head = _head(span)
    fixes = []
    for n, text in enumerate(suggestions):
        fitted = fit_replacement(span, text, head)
        # Only the first suggestion carries the entry's safety: the others are
        # alternatives a human picks between.
        safety = entry.fix if n == 0 else "unsafe"
        variant = regional_variant(fitted.text, inflection_head(span, head))
        if variant is not None:
            # "have gotten" or "have got": the writer's region decides, so neither is safe
            safety = "unsafe"
        fixes.append(Suggestion(text=fitted.text, safety=safety, edits=fitted.edits))  # type: ignore[arg-type]
        if variant is not None:
            edits = tuple(
                replace(e, replacement=e.replacement.replace(fitted.text, variant, 1))
                for e in fitted.edits
            )
            fixes.append(Suggestion(text=variant, safety="unsafe", edits=edits))
    yield from checked(reparser, span, fixes)
    if rewrite is not None:
        yield rewrite


def _fitting_first(span: Span, entry: Entry) -> tuple[str, ...]:
    """The entry's suggestions, the one its `suggest-for` gives for a word of the match first.

    After "more"/"most" a word with no idiomatic degree goes last ("most comprehensive" ->
    "most complete", not "fullest")."""
    if entry.suggestions and span.start > 0 and span.doc[span.start - 1].lower_ in ("more", "most"):
        ordered = sorted(entry.suggestions, key=lambda s: not takes_degree(s))
        if ordered[0] != entry.suggestions[0]:
            return tuple(ordered)
    if not entry.suggest_for:
        return entry.suggestions
    words = [w for t in span for w in (t.lower_, t.lemma_.lower())]
    wanted = dict(entry.suggest_for)
    for word in words:
        if word in wanted:
            first = wanted[word]
            return (first, *(s for s in entry.suggestions if s != first))
    return entry.suggestions


@Language.factory(
    "lingo_lexicon",
    default_config={"lexicon_paths": []},
    requires=["token.lemma", "token.pos"],
    assigns=["doc._.lingo_findings"],
)
def make_lexicon_matcher(nlp: Language, name: str, lexicon_paths: list[str]) -> LexiconMatcher:
    """spaCy factory: `nlp.add_pipe("lingo_lexicon")` after the lemmatizer."""
    return LexiconMatcher(nlp, name, lexicon_paths)

"""Jargon and say-no findings from the lexicons, as one spaCy component.

Phrases are matched on lemmas (patterns built by running each phrase through
the pipeline, so "utilize" matches "utilized"), raw token patterns go to the
same `Matcher`, and part-of-speech, `unless`, quotation and proper-noun
conditions are checked on the parsed sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from ..errors import LexiconError
from ..findings import Finding, LineIndex, Suggestion
from ..lexicons import Entry, LexiconRule, builtin_lexicons, load_lexicons
from ..suggest.inflect import fit_replacement
from .common import EXPLAINED_ATTR, add_findings, make_finding, register_extensions

QUOTES_OPEN = {'"', "\u201c", "\u2018", "'"}
QUOTES_CLOSE = {'"', "\u201d", "\u2019", "'"}
# Rules whose terms are fine once explained: skip an explained use.
EXPLAINABLE_CATEGORIES = {"jargon"}
EXPLANATION_STARTS = {"(", "\u2014", "-", "--", ":"}
APPOSITIVE_WORDS = {"which", "meaning", "or", "i.e.", "that", "a", "an", "the"}


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


class LexiconMatcher:
    """Finds lexicon terms and phrasings in a parsed Doc.

    Phrases go to a `PhraseMatcher` on lemmas (a hash lookup per token, so
    hundreds of terms cost almost nothing); token patterns go to a `Matcher`,
    which runs only on Docs that contain one of its required words.
    """

    def __init__(self, nlp: Language, name: str, lexicon_paths: Sequence[str] = ()) -> None:
        register_extensions()
        self.name = name
        self.rules = lexicon_rules_for(lexicon_paths)
        self.phrase_matcher = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.matcher = Matcher(nlp.vocab, validate=True)
        self._keys: dict[str, _Key] = {}
        self._unless: dict[str, Matcher] = {}
        self._pattern_words: set[str] | None = set()
        phrases = sorted({p for r in self.rules for e in r.entries for p in e.phrases})
        lemmas = dict(zip(phrases, _lemmatize(nlp, phrases)))
        for rule in self.rules:
            for entry in rule.entries:
                self._add_entry(nlp, rule, entry, lemmas)

    def _add_entry(
        self, nlp: Language, rule: LexiconRule, entry: Entry, lemmas: dict[str, list[list[str]]]
    ) -> None:
        key = f"{rule.id}:{entry.id}"
        self._keys[key] = _Key(rule, entry)
        if entry.phrases:
            docs = [
                Doc(nlp.vocab, words=variant, lemmas=variant)
                for phrase in entry.phrases
                for variant in lemmas[phrase]
            ]
            self.phrase_matcher.add(key, docs)
        if not entry.patterns and not entry.unless:
            return
        try:
            if entry.patterns:
                self.matcher.add(key, [[dict(t) for t in p] for p in entry.patterns])
                self._note_pattern_words(entry)
            if entry.unless:
                unless = Matcher(nlp.vocab, validate=True)
                unless.add(key, [[dict(t) for t in p] for p in entry.unless])
                self._unless[key] = unless
        except (ValueError, KeyError, TypeError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise LexiconError(
                f"{rule.path}: entry {entry.id!r}: spaCy rejects a pattern: {first}"
            ) from None

    def _note_pattern_words(self, entry: Entry) -> None:
        from ..triggers import pattern_triggers

        for pattern in entry.patterns:
            words = pattern_triggers(pattern)
            if words is None or self._pattern_words is None:
                self._pattern_words = None  # a pattern with no required word: always run
            else:
                self._pattern_words |= words

    def _needs_matcher(self, doc: Doc) -> bool:
        words = self._pattern_words
        if words is None:
            return True
        return bool(words) and any(t.lower_ in words for t in doc)

    def __call__(self, doc: Doc) -> Doc:
        lines = LineIndex(doc.text)
        spans = self._matches(doc)
        findings = [self._finding(key, span, lines) for key, span in spans]
        explained = set(doc._.get(EXPLAINED_ATTR) or set())
        kept: list[Finding] = []
        for finding, (key, span) in zip(findings, spans):
            if self._keys[key].rule.category in EXPLAINABLE_CATEGORIES and _explained(span):
                explained.add(key)
                continue
            kept.append(finding)
        doc._.set(EXPLAINED_ATTR, explained)
        add_findings(doc, kept)
        return doc

    def _matches(self, doc: Doc) -> list[tuple[str, Span]]:
        """Matches that pass their conditions, longest first within a category."""
        found: list[tuple[str, Span]] = []
        quoted = _quoted_tokens(doc)
        matches = list(self.phrase_matcher(doc))
        if self._needs_matcher(doc):
            matches.extend(self.matcher(doc))
        for match_id, start, end in matches:
            key = doc.vocab.strings[match_id]
            rule, entry = self._keys[key].rule, self._keys[key].entry
            span = doc[start:end]
            if entry.pos and not self._pos_ok(span, entry):
                continue
            if rule.category == "jargon" and (
                any(t.i in quoted for t in span) or _is_name(span)
            ):
                continue
            if key in self._unless and self._cancelled(key, doc, span):
                continue
            found.append((key, span))
        return _longest_per_category(found, self._keys)

    def _pos_ok(self, span: Span, entry: Entry) -> bool:
        head = span.root if len(span) > 1 else span[0]
        return head.pos_ in entry.pos

    def _cancelled(self, key: str, doc: Doc, span: Span) -> bool:
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        for _, start, end in self._unless[key](sent):
            s, e = sent.start + start, sent.start + end
            if s < span.end and span.start < e:
                return True
        return False

    def _finding(self, key: str, span: Span, lines: LineIndex) -> Finding:
        rule, entry = self._keys[key].rule, self._keys[key].entry
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


def _suggestions(span: Span, entry: Entry) -> Iterable[Suggestion]:
    """The entry's suggestions: fitted replacements when it is a fix, hints otherwise."""
    if entry.fix == "never":
        for text in entry.suggestions:
            yield Suggestion(text=text, safety="hint")
        return
    head = span.root if len(span) > 1 else span[0]
    for n, text in enumerate(entry.suggestions):
        fitted = fit_replacement(span, text, head)
        # Only the first suggestion carries the entry's safety: the others are
        # alternatives a human picks between.
        safety = entry.fix if n == 0 else "unsafe"
        yield Suggestion(text=fitted.text, safety=safety, edits=fitted.edits)  # type: ignore[arg-type]


def _lemmatize(nlp: Language, phrases: list[str]) -> list[list[list[str]]]:
    """Per phrase, the lemma sequences the PhraseMatcher should accept.

    Lemmas come from running the phrase through the pipeline (so they are the
    lemmas the sentence will get); the phrase's own words, and capitalised and
    upper-case spellings, are added because the lemmatizer keeps the case of
    words it tags as proper nouns ("Synergy" at the start of a sentence).
    """
    has_lemmas = "lemmatizer" in nlp.pipe_names
    docs = nlp.pipe(phrases) if has_lemmas else (nlp.make_doc(p) for p in phrases)
    out = []
    for doc in docs:
        lemmas = [(t.lemma_ or t.lower_).lower() for t in doc]
        words = [t.lower_ for t in doc]
        variants = []
        for base in (lemmas, words):
            for variant in (
                base,
                [base[0].capitalize(), *base[1:]],
                [w.capitalize() for w in base],
                [w.upper() for w in base],
            ):
                if variant not in variants:
                    variants.append(variant)
        out.append(variants)
    return out


def _quoted_tokens(doc: Doc) -> set[int]:
    """Token indexes inside quotation marks: quoted words are someone else's."""
    inside: set[int] = set()
    open_at: int | None = None
    for token in doc:
        text = token.text
        if open_at is None and text in QUOTES_OPEN and text != "'":
            open_at = token.i
        elif open_at is not None and text in QUOTES_CLOSE and text != "'":
            inside.update(range(open_at + 1, token.i))
            open_at = None
    return inside


def _is_name(span: Span) -> bool:
    """A capitalised proper noun mid-sentence is a product or company name.

    All-caps words ("API", "HTTPS") are acronyms, not names: they stay checked.
    """
    return all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() and not t.is_sent_start
        for t in span
    )


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


def _longest_per_category(
    found: list[tuple[str, Span]], keys: dict[str, _Key]
) -> list[tuple[str, Span]]:
    """Within a category, keep the longest of overlapping matches (then the earliest)."""
    ordered = sorted(found, key=lambda m: (-(m[1].end - m[1].start), m[1].start, m[0]))
    taken: dict[str, set[int]] = {}
    kept = []
    for key, span in ordered:
        used = taken.setdefault(keys[key].rule.category, set())
        if any(i in used for i in range(span.start, span.end)):
            continue
        used.update(range(span.start, span.end))
        kept.append((key, span))
    return sorted(kept, key=lambda m: (m[1].start, m[1].end, m[0]))


@Language.factory(
    "lingo_lexicon",
    default_config={"lexicon_paths": []},
    requires=["token.lemma", "token.pos"],
    assigns=["doc._.lingo_findings"],
)
def make_lexicon_matcher(nlp: Language, name: str, lexicon_paths: list[str]) -> LexiconMatcher:
    """spaCy factory: `nlp.add_pipe("lingo_lexicon")` after the lemmatizer."""
    return LexiconMatcher(nlp, name, lexicon_paths)

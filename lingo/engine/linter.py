"""The Linter: builds the spaCy pipeline once and runs texts through it.

Flow for one text: markup adapter -> prose segments -> lingo's rule-based
sentences -> readability on every sentence -> the tagger, parser and lingo's
rule components on the sentences the lexical pass picks -> findings moved to
source offsets (none inside a placeholder for code, URLs or template tags) ->
configuration filter -> suppression comments -> Report. Placing findings in
the source and choosing which survive is placement.py's.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from ..config import Config
from ..doc_text import doc_text, remember_text
from ..findings import Finding, LineIndex, Report
from ..pipeline.acronyms import RULE as ACRONYM_RULE
from ..pipeline.acronyms import acronym_findings, definitions
from ..pipeline.common import EXPLAINED_ATTR, keep_longest, token_words
from ..pipeline.readability_words import SCORED_KINDS, is_full_sentence, scored_words
from ..pipeline.tone import MIN_WORDS as TONE_MIN_WORDS
from ..pipeline.tone import RULE as TONE_RULE
from ..pipeline.tone import ToneModel, load_tone_model, tone_finding, without_covered
from ..suggest.annotations import declare
from ..text.kind import document_kind
from ..text.language import NotEnglish, not_english
from ..text.markup import Comment, Segment, parse_markup, syntax_for
from ..text.protected import protected_spans
from ..text.suppressions import apply_suppressions
from . import grade
from .collector import fewer_collections
from .model import load_pipeline, one_blas_thread
from .parts import Part, place
from .placement import (
    SpanIndex,
    first_uses,
    names_something,
    note_explained,
    relocate,
    visible,
    without_doubled_acronyms,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from ..lexicon.lexicons import LexiconRule
    from ..lexicon.triggers import Triggers
    from ..pipeline.lexicon_rules import LexiconMatcher
    from ..pipeline.readability import ReadabilityScorer, SentenceCounts

# How many texts are prepared before their sentences are parsed together.
TEXTS_PER_BATCH = 64
# Sentences per batch through the tagger and parser. Their working arrays grow
# with the batch: 256 sentences peaked at about 100 MB a process, 64 at 40 MB,
# for about 5% more time (benchmarks/speed.py; docs/performance.md).
PARSE_BATCH_SIZE = 64
# Distinct sentences whose parse findings a Linter keeps for reuse (a few MB).
PARSED_MEMO_SIZE = 20_000
LINGO_COMPONENTS = ("lingo_lexicon", "lingo_passive", "lingo_readability")


@dataclass
class _Sentence:
    segment: Segment
    start: int  # offset of the sentence inside the segment text
    doc: Doc  # the sentence as its own Doc, tokenized once


@dataclass
class _Prepared:
    text: str
    path: str | None
    config: Config
    lines: LineIndex
    sentences: list[str] = field(default_factory=list)
    to_parse: list[_Sentence] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    explained: dict[str, int] = field(default_factory=dict)  # term -> where first explained
    comments: list[Comment] = field(default_factory=list)  # for suppression directives
    masked: list[tuple[int, int]] = field(default_factory=list)  # source spans of placeholders
    protected: list[tuple[int, int]] = field(default_factory=list)  # source spans naming things
    blocks: list[tuple[int, str]] = field(default_factory=list)  # (source start, kind), in order
    language: NotEnglish | None = None  # set when the text is not English: nothing is linted
    index: int = 0  # its place among the texts of one `check_many` call
    spent: float = 0.0  # seconds spent on it so far, against config.time_budget
    prose: list[str] = field(default_factory=list)  # its segments' text (is it English?)
    chosen: bool = False  # no profile was set: `config` carries the one its kind chose


class Linter:
    """Checks customer-facing text for jargon, passive voice, say-no phrasing and readability.

    Build one and reuse it: loading the spaCy pipeline takes about a second,
    checking a page takes milliseconds.
    """

    def __init__(
        self, model: str | None = None, config: Config | None = None, *, fast: bool = True
    ) -> None:
        """`model` names a spaCy pipeline (package or path); `config` defaults to lingo's defaults.

        `fast=False` parses every sentence instead of only those the lexical
        pass picks; the benchmarks use it to prove both give the same findings.
        """
        self.config = config or Config()
        self.fast = fast
        self.nlp: Language = build_pipeline(model or self.config.model, self.config)
        from ..lexicon.triggers import Triggers
        from ..pipeline.lexicon_rules import LexiconMatcher
        from ..pipeline.readability import ReadabilityScorer

        lexicon = self.nlp.get_pipe("lingo_lexicon")
        assert isinstance(lexicon, LexiconMatcher)
        self._lexicon: LexiconMatcher = lexicon
        self._triggers: Triggers = Triggers(lexicon.parse_gates)
        readability = self.nlp.get_pipe("lingo_readability")
        assert isinstance(readability, ReadabilityScorer)
        self._readability: ReadabilityScorer = readability
        self.rules = lexicon.rules
        self._first_use_rules = frozenset(
            {r.id for r in self.rules if r.report == "first-use"} | {ACRONYM_RULE}
        )
        self._known_rules = _known_rule_names(self.rules)
        from ..lexicon.lexicons import builtin_lexicons

        self._builtin_rules = frozenset(r.id for r in builtin_lexicons())
        from ..lexicon.rules import CODE_RULES

        self._opt_in = frozenset(
            f"{r.id}:{e.id}" for r in self.rules for e in r.entries if e.opt_in
        ) | {r.id for r in CODE_RULES if r.opt_in}
        # Sentence text -> its parse findings and explained terms (see `_parse`).
        self._parsed: dict[str, tuple[tuple[Finding, ...], dict[str, int]]] = {}

    def unknown_selectors(self, config: Config) -> list[str]:
        """One message per name in select, ignore or severity that matches no rule.

        A misspelt name would otherwise silence nothing, or everything, silently.
        """
        import difflib

        known = (
            set(self._known_rules)
            | {f"{rule.id}:{entry.id}" for rule in self.rules for entry in rule.entries}
            | {"unused-suppression"}
        )
        problems = []
        for key, names in (
            ("select", config.select),
            ("ignore", config.ignore),
            ("enable", config.enable),
            ("severity", tuple(config.severity)),
        ):
            for name in names:
                if name in known or any(k.startswith(name + "/") for k in known):
                    continue
                close = difflib.get_close_matches(name, sorted(known), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else " (see `lingo rules`)"
                where = config.source or "command line"
                problems.append(f"{where}: unknown rule or category {name!r} in {key}{hint}")
        return problems

    # -- public API --------------------------------------------------------------

    def check(self, text: str, *, path: str | None = None, syntax: str | None = None) -> Report:
        """Lint one text and return its report.

        `syntax` is "plain", "markdown" or "html"; by default it follows the
        path's extension, and plain text when there is no path.
        """
        return next(self.check_many([text], paths=[path], syntax=syntax))

    def fix(
        self,
        text: str,
        *,
        unsafe: bool = False,
        path: str | None = None,
        syntax: str | None = None,
        config: Config | None = None,
    ) -> tuple[str, list[Finding]]:
        """Apply lingo's safe fixes to `text`; return the new text and the findings fixed.

        `unsafe=True` also applies the unsafe ones (replacements that need a
        human's eye, such as active-voice rewrites). Fixing the result again
        changes nothing. `lingo.fix.fix_text` also gives the final report.
        """
        from ..fix import fix_text

        configs = [config] if config is not None else None

        def check(current: str) -> Report:
            return next(self.check_many([current], paths=[path], syntax=syntax, configs=configs))

        result = fix_text(check, text, unsafe=unsafe)
        return result.text, result.applied

    def check_many(
        self,
        texts: Iterable[str],
        *,
        paths: Iterable[str | None] | None = None,
        syntax: str | None = None,
        configs: Iterable[Config] | None = None,
        syntaxes: Iterable[str | None] | None = None,
    ) -> Iterator[Report]:
        """Lint many texts, parsing their sentences in batches through `nlp.pipe`.

        `syntax` applies to every text, `syntaxes` gives one per text; by
        default each follows its path. Reports come back in the order of the
        texts, as each batch finishes.
        """
        path_iter = iter(paths) if paths is not None else None
        config_iter = iter(configs) if configs is not None else None
        syntax_iter = iter(syntaxes) if syntaxes is not None else None
        text_iter = iter(texts)
        done = 0
        while True:
            batch = list(islice(text_iter, TEXTS_PER_BATCH))
            if not batch:
                return
            with fewer_collections():
                prepared = []
                for i, text in enumerate(batch, done):
                    path = next(path_iter, None) if path_iter is not None else None
                    config = (
                        next(config_iter, self.config) if config_iter is not None else self.config
                    )
                    text_syntax = next(syntax_iter, None) if syntax_iter is not None else None
                    item = self._prepare(text, path, text_syntax or syntax, config, index=i)
                    prepared.append(item)
                self._parse(prepared)
                reports = [self._report(item) for item in prepared]
            done += len(batch)
            yield from reports

    def check_parts(
        self,
        texts: Iterable[str],
        *,
        path: str | None = None,
        syntax: str | None = None,
        config: Config | None = None,
    ) -> Iterator[Part]:
        """Check stretches of one document, each on its own, for `combine`.

        Each is read as `syntax` (by default from `path`) with `config`'s settings.
        """
        config = config or self.config
        syntax = syntax or syntax_for(path)
        text_iter = iter(texts)
        while batch := list(islice(text_iter, TEXTS_PER_BATCH)):
            with fewer_collections():
                # A part is always read: whether the text is English is the whole
                # document's question, answered in `combine`.
                prepared = [
                    self._prepare(text, path, syntax, config, whole=False) for text in batch
                ]
                self._parse(prepared)
                parts = [_part_of(item) for item in prepared]
            yield from parts

    def combine(
        self,
        text: str,
        parts: Iterable[tuple[int, Part]],
        *,
        path: str | None = None,
        syntax: str | None = None,
        config: Config | None = None,
    ) -> Report:
        """The report of `text` from its parts, each at its offset in it, in order.

        It is the report `check` gives for the whole text when the parts are
        whole markup blocks that read the same on their own (lingo/engine/parts.py).
        """
        from ..text.sources import Source, check_length, check_unicode

        config = config or self.config
        check_length(Source(path or "<text>", text), config.max_length)
        check_unicode(Source(path or "<text>", text))
        item = _Prepared(text=text, path=path, config=config, lines=LineIndex(text))
        placed = [(offset, part) for offset, part in parts]
        prose = (segment for _, part in placed for segment in part.prose)
        item.language = not_english(text, syntax or syntax_for(path), prose)
        if item.language is not None:  # as `_prepare` does: lingo reads English only
            return self._report(item, [])
        counts: list[SentenceCounts] = []
        for offset, part in placed:
            part = place(part, offset, item.lines)
            item.findings.extend(part.findings)
            item.comments.extend(part.comments)
            item.masked.extend(part.masked)
            item.protected.extend(part.protected)
            item.blocks.extend(part.blocks)
            for key, at in part.explained:
                item.explained[key] = min(item.explained.get(key, at), at)
            counts.extend(part.counts)
        texts = (block for _, part in placed for block in part.prose)
        kinds = (kind for _, kind in item.blocks)
        _read_as(item, document_kind(text, syntax or syntax_for(path), kinds, texts, path))
        return self._report(item, counts)

    # -- steps -------------------------------------------------------------------

    def _prepare(
        self,
        text: str,
        path: str | None,
        syntax: str | None,
        config: Config,
        whole: bool = True,
        index: int = 0,
    ) -> _Prepared:
        from ..text.sentences import split_sentences
        from ..text.sources import Source, check_length, check_unicode

        started = time.monotonic()
        source = Source(path or "<text>", text)
        check_length(source, config.max_length)
        check_unicode(source)
        item = _Prepared(text=text, path=path, config=config, lines=LineIndex(text), index=index)
        lexicon = self._lexicon
        tone_sents: list[tuple[Segment, LineIndex, Span, str]] = []  # the sentences tone scores
        syntax = syntax or syntax_for(path)
        markup = parse_markup(text, syntax)
        item.comments = markup.comments
        item.prose = [segment.text for segment in markup.segments]
        if whole:
            item.language = not_english(text, syntax, item.prose)
        if item.language is not None:  # lingo's rules and grades are for English only
            return item
        if whole:  # a part's kind is its whole document's (`combine`)
            kinds = (segment.kind for segment in markup.segments)
            _read_as(item, document_kind(text, syntax, kinds, item.prose, path))
        # After the kind is known: a help page leaves the rule off and never loads the weights.
        tone = self._tone_model(item.config)
        for segment in _pieces(markup.segments):
            item.spent = time.monotonic() - started
            _within_budget(item)
            item.masked.extend(segment.offsets.span_to_source(s, e) for s, e in segment.masked)
            item.protected.extend(
                segment.offsets.span_to_source(s, e) for s, e in protected_spans(segment)
            )
            item.blocks.append((segment.offsets.to_source(0), segment.kind))
            doc = split_sentences(remember_text(self.nlp.make_doc(segment.text), segment.text))
            declare(doc, DEP=False, SENT_START=True)  # never parsed: no scan per finding
            # Phrases without a part-of-speech condition need no tags: match
            # them on the tokenized prose, with the whole block as context.
            # Token arrays, not Token objects: this loop sees every word lingo reads.
            lowers, alphas = token_words(doc)
            for finding in lexicon.findings(doc, surface=True, parsed=False, lowers=lowers):
                item.findings.append(relocate(finding, segment, 0, item.lines))
            note_explained(item.explained, doc._.get(EXPLAINED_ATTR) or {}, segment, 0)
            seg_lines = LineIndex(segment.text)
            for finding in acronym_findings(doc, seg_lines):
                item.findings.append(relocate(finding, segment, 0, item.lines))
            spelled = definitions(segment.text)
            if spelled:
                note_explained(
                    item.explained,
                    {f"{ACRONYM_RULE}:{k}": at for k, at in spelled.items()},
                    segment,
                    0,
                )
            scored_block = segment.kind in SCORED_KINDS
            # One copy of the block's token arrays for all its sentences: `Span.as_doc`
            # would copy the whole block for each sentence (quadratic; issue 17).
            array_head = doc._get_array_attrs()
            array = doc.to_array(list(array_head))
            for raw_sent in doc.sents:
                sent = _trimmed(raw_sent)
                if sent is None:
                    continue
                text = segment.text[sent.start_char : sent.end_char]  # == sent.text, not joined
                if scored_block and (segment.kind != "list-item" or is_full_sentence(text)):
                    # Readability reads words: names, codes, numbers and URLs are left out.
                    words_text, words = scored_words(sent, alphas, segment.masked)
                    item.sentences.append(words_text)
                    found = self._readability.judge(
                        sent, seg_lines, target=config.target_grade, words=words, text=words_text
                    )
                    if found is not None:
                        item.findings.append(relocate(found, segment, 0, item.lines))
                if tone is not None and scored_block:
                    if sum(alphas[sent.start : sent.end]) >= TONE_MIN_WORDS:
                        tone_sents.append((segment, seg_lines, sent, text))
                if not self.fast or self._triggers.needs_parse(lowers[sent.start : sent.end]):
                    last = sent[-1]
                    with_space = segment.text[sent.start_char : last.idx + len(last.text_with_ws)]
                    sent_doc = remember_text(
                        sent.as_doc(array_head=array_head, array=array),  # type: ignore[call-arg]
                        with_space,
                    )
                    item.to_parse.append(_Sentence(segment, sent.start_char, sent_doc))
        if tone is not None and tone_sents:
            _score_tone(item, tone, tone_sents)
        item.spent = time.monotonic() - started
        _within_budget(item)
        return item

    def _tone_model(self, config: Config) -> ToneModel | None:
        """The say-no tone classifier when these settings turn its rule on, else None.

        Loaded on first use only: a run that leaves the rule off never reads the weights.
        """
        if not config.is_enabled(TONE_RULE, "say-no", opt_in=True):
            return None
        return load_tone_model()

    def _parse(self, prepared: Sequence[_Prepared]) -> None:
        """Tag and parse the picked sentences, then run the rules that need the parse.

        A sentence's parse findings depend on its text alone, so on the fast
        path a sentence seen before (documentation repeats itself: 10% of the
        parsed sentences of the 1 MiB benchmark text, 18% of segment-docs')
        reuses them instead of being parsed again. The full path parses every
        sentence, which is how the benchmarks prove the reuse changes nothing.
        """
        work = [(item, sent) for item in prepared for sent in item.to_parse]
        if not work:
            return
        if self.fast:
            keys = [doc_text(sent.doc) for _, sent in work]
        else:  # every sentence parsed, none reused
            keys = [str(i) for i in range(len(work))]
        known = self._parsed if self.fast else {}
        new: dict[str, _Sentence] = {}
        owner: dict[str, _Prepared] = {}  # the text a new sentence's parse time is charged to
        for key, (item, sent) in zip(keys, work):
            if key not in known and key not in new:
                new[key] = sent
                owner[key] = item
        results = {key: known[key] for key in keys if key in known}
        lexicon = self._lexicon
        parse_only = self.nlp.select_pipes(disable=["lingo_lexicon", "lingo_readability"])
        with one_blas_thread(), parse_only:
            docs: Iterator[Doc] = self.nlp.pipe(
                (sent.doc for sent in new.values()), batch_size=PARSE_BATCH_SIZE
            )
            before = time.monotonic()
            for key, doc in zip(new, docs):
                now = time.monotonic()
                owner[key].spent += now - before
                before = now
                _within_budget(owner[key])
                found = (
                    *(doc._.lingo_findings or ()),
                    *lexicon.findings(doc, surface=False, parsed=True),
                )
                results[key] = (found, dict(doc._.get(EXPLAINED_ATTR) or {}))
        for key, (item, sent) in zip(keys, work):
            found, explained = results[key]
            for finding in found:
                item.findings.append(relocate(finding, sent.segment, sent.start, item.lines))
            note_explained(item.explained, explained, sent.segment, sent.start)
        if self.fast:
            known.update((key, results[key]) for key in new)
            while len(known) > PARSED_MEMO_SIZE:
                known.pop(next(iter(known)))  # the oldest first

    def _report(self, item: _Prepared, counts: Sequence[SentenceCounts] | None = None) -> Report:
        from ..pipeline.readability import document_readability, readability_from_counts

        found = visible(item.findings, item.masked, item.text)
        names = SpanIndex(item.protected)
        found = [f for f in found if not names_something(f, item.blocks, names)]
        # A sentence a say-no pattern matched is left to the pattern (say-no/tone).
        if any(f.rule == TONE_RULE for f in found):
            found = without_covered(found)
        # A team's own lexicon is resolved apart from lingo's: its entries are never
        # hidden by a longer built-in match in the same category.
        builtin = self._builtin_rules
        # What is switched off (an opt-in entry not enabled, an ignored rule, an accepted term)
        # goes before the longest match is chosen, so that it never hides a shorter finding
        # that is on: the opt-in "you'll have to call" hid "call back tomorrow".
        found = item.config.apply(found, item.text, self._opt_in)
        longest = keep_longest(found, group=lambda f: (f.category, f.rule in builtin))
        findings = first_uses(longest, item.explained, self._first_use_rules)
        findings = without_doubled_acronyms(findings)
        comments = item.comments if item.language is None else []  # not linted: none used
        findings, unused = apply_suppressions(findings, comments, item.lines, self._known_rules)
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        target = item.config.target_grade
        if counts is None:
            readability = document_readability(item.sentences, target)
        else:  # from parts, each counted when it was checked
            readability = readability_from_counts(counts, target)
        language = item.language
        # Nothing to grade: no prose at all, or not English.
        points = grade.score(readability, findings) if readability.words and not language else None
        return Report(
            findings=tuple(findings),
            readability=readability,
            grade=grade.letter(points) if points is not None else None,
            score=points,
            path=item.path,
            text=item.text,
            unused_suppressions=tuple(unused),
            language=language.tag if language else None,
            language_note=language.reason if language else None,
            profile=item.config.profile if item.chosen else None,
        )


def _score_tone(
    item: _Prepared, tone: ToneModel, sentences: Sequence[tuple[Segment, LineIndex, Span, str]]
) -> None:
    """Score the text's sentences (of three words or more) for say-no tone in one batch.

    The team's own `enable: [say-no/tone]` uses the model's threshold; a profile that
    turns the rule on for them, only its confident tier.
    """
    scores = tone.scores([text for *_, text in sentences])
    named = item.config.names_rule(TONE_RULE)
    threshold = tone.threshold if named else tone.confident
    for (segment, lines, sent, _), score in zip(sentences, scores):
        if score >= threshold:
            finding = tone_finding(sent, lines)
            item.findings.append(relocate(finding, segment, 0, item.lines))


def _read_as(item: _Prepared, kind: str) -> None:
    """Read the document as a page or a message: with no profile set, the kind's profile."""
    item.chosen = item.config.chooses_profile
    item.config = item.config.for_kind(kind)


def _within_budget(item: _Prepared) -> None:
    """Give up a text that has taken longer than its settings' time budget."""
    budget = item.config.time_budget
    if budget and item.spent > budget:
        from ..errors import TimeBudgetExceeded

        raise TimeBudgetExceeded(
            f"{item.path or '<text>'}: not checked, it took longer than the time budget of "
            f"{budget:g} s (split the file, or raise time-budget)",
            item.index,
        )


def _pieces(segments: Iterable[Segment]) -> Iterator[Segment]:
    """Segments as spaCy should see them: long punctuation runs quiet, long blocks cut."""
    from ..text.chunks import bounded_pieces, quiet_runs

    for segment in segments:
        yield from bounded_pieces(quiet_runs(segment))


def _part_of(item: _Prepared) -> Part:
    """A checked stretch for `Linter.combine`: what it says before the document-level steps."""
    from ..pipeline.readability import sentence_counts

    return Part(
        text=item.text,
        findings=tuple(item.findings),
        explained=tuple(item.explained.items()),
        comments=tuple(item.comments),
        masked=tuple(item.masked),
        counts=tuple(sentence_counts(item.sentences)),
        protected=tuple(item.protected),
        blocks=tuple(item.blocks),
        prose=tuple(item.prose),
    )


def _trimmed(sent: Span) -> Span | None:
    """The sentence without whitespace tokens at either end; None when nothing is left."""
    start, end = sent.start, sent.end
    doc = sent.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if end > start else None


def _known_rule_names(rules: Iterable[LexiconRule]) -> frozenset[str]:
    """Every rule id and category a suppression comment may name."""
    from ..lexicon.rules import CODE_RULES

    names = {name for r in CODE_RULES for name in (r.id, r.category)}
    names.update(name for r in rules for name in (r.id, r.category))
    return frozenset(names)


def build_pipeline(model: str | None, config: Config) -> Language:
    """The spaCy pipeline with lingo's components added after the parser."""
    from .. import pipeline  # noqa: F401  (registers the factories)

    with fewer_collections():  # building allocates much and frees little
        nlp = load_pipeline(model)
        nlp.add_pipe("lingo_lexicon", config={"lexicon_paths": list(config.extra_lexicons)})
        nlp.add_pipe("lingo_passive")
        nlp.add_pipe("lingo_readability", config={"target_grade": config.target_grade})
    return nlp


_default: Linter | None = None


def check(text: str) -> Report:
    """Lint one text with lingo's defaults (the pipeline is built once per process)."""
    global _default
    if _default is None:
        _default = Linter()
    return _default.check(text)

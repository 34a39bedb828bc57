"""The Linter: builds the spaCy pipeline once and runs texts through it.

Flow for one text: markup adapter -> prose segments -> lingo's rule-based
sentences -> readability on every sentence -> the tagger, parser and lingo's
rule components on the sentences the lexical pass picks -> findings moved to
source offsets (none inside a placeholder for code, URLs or template tags) ->
configuration filter -> suppression comments -> Report. This module prepares
each text (markup, sentences, the lexical pass, readability, tone); the parse
step is parse.py's, the last step (which findings survive, the Report)
finish.py's, and placing findings in the source placement.py's.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from ..config import Config
from ..doc_text import remember_text
from ..findings import Finding, LineIndex, Report
from ..pipeline.acronyms import RULE as ACRONYM_RULE
from ..pipeline.acronyms import acronym_findings, definitions
from ..pipeline.common import EXPLAINED_ATTR, token_words
from ..pipeline.noun_heavy import RULE as NOUN_HEAVY_RULE
from ..pipeline.noun_heavy import may_be_noun_heavy
from ..pipeline.readability_words import SCORED_KINDS, is_full_sentence, scored_words
from ..pipeline.tone import MIN_WORDS as TONE_MIN_WORDS
from ..pipeline.tone import RULE as TONE_RULE
from ..pipeline.tone import ToneModel, load_tone_model
from ..suggest.annotations import declare
from ..text.kind import document_kind
from ..text.language import not_english
from ..text.markup import Segment, parse_markup, syntax_for
from ..text.protected import protected_spans
from . import finish
from .collector import fewer_collections
from .model import build_pipeline
from .parse import SentenceParser
from .parts import Part, place
from .placement import (
    note_explained,
    relocate,
)
from .prepared import (
    Prepared,
    Sentence,
    part_of,
    pieces,
    read_as,
    score_tone,
    trimmed,
    within_budget,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span

    from ..lexicon.triggers import Triggers
    from ..pipeline.lexicon_rules import LexiconMatcher
    from ..pipeline.readability import ReadabilityScorer, SentenceCounts

# How many texts are prepared before their sentences are parsed together.
TEXTS_PER_BATCH = 64
LINGO_COMPONENTS = ("lingo_lexicon", "lingo_passive", "lingo_readability")


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
        self._names = finish.RuleNames.of(self.rules)
        self._parser = SentenceParser(self.nlp, lexicon, fast=fast)

    def unknown_selectors(self, config: Config) -> list[str]:
        """One message per name in select, ignore or severity that matches no rule.

        A misspelt name would otherwise silence nothing, or everything, silently.
        """
        import difflib

        known = (
            set(self._names.known)
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
                self._parser.parse(prepared)
                reports = [finish.report(item, self._names) for item in prepared]
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
                self._parser.parse(prepared)
                parts = [part_of(item) for item in prepared]
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
        item = Prepared(text=text, path=path, config=config, lines=LineIndex(text))
        placed = [(offset, part) for offset, part in parts]
        prose = (segment for _, part in placed for segment in part.prose)
        item.language = not_english(text, syntax or syntax_for(path), prose)
        if item.language is not None:  # as `_prepare` does: lingo reads English only
            return finish.report(item, self._names, [])
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
        read_as(item, document_kind(text, syntax or syntax_for(path), kinds, texts, path))
        return finish.report(item, self._names, counts)

    # -- steps -------------------------------------------------------------------

    def _prepare(
        self,
        text: str,
        path: str | None,
        syntax: str | None,
        config: Config,
        whole: bool = True,
        index: int = 0,
    ) -> Prepared:
        from ..text.sentences import split_sentences
        from ..text.sources import Source, check_length, check_unicode

        started = time.monotonic()
        source = Source(path or "<text>", text)
        check_length(source, config.max_length)
        check_unicode(source)
        item = Prepared(text=text, path=path, config=config, lines=LineIndex(text), index=index)
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
            read_as(item, document_kind(text, syntax, kinds, item.prose, path))
        # After the kind is known: a help page leaves the rule off and never loads the weights.
        tone = self._tone_model(item.config)
        # Noun-heavy sentences need the tagger: sent to it only when the rule is on.
        noun_heavy = item.config.is_enabled(NOUN_HEAVY_RULE, "jargon", opt_in=True)
        for segment in pieces(markup.segments):
            item.spent = time.monotonic() - started
            within_budget(item)
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
                sent = trimmed(raw_sent)
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
                sent_words = lowers[sent.start : sent.end]
                if (
                    not self.fast
                    or self._triggers.needs_parse(sent_words)
                    or (noun_heavy and may_be_noun_heavy(sent_words))
                ):
                    last = sent[-1]
                    with_space = segment.text[sent.start_char : last.idx + len(last.text_with_ws)]
                    sent_doc = remember_text(
                        sent.as_doc(array_head=array_head, array=array),  # type: ignore[call-arg]
                        with_space,
                    )
                    item.to_parse.append(Sentence(segment, sent.start_char, sent_doc))
        if tone is not None and tone_sents:
            score_tone(item, tone, tone_sents)
        item.spent = time.monotonic() - started
        within_budget(item)
        return item

    def _tone_model(self, config: Config) -> ToneModel | None:
        """The say-no tone classifier when these settings turn its rule on, else None.

        Loaded on first use only: a run that leaves the rule off never reads the weights.
        """
        if not config.is_enabled(TONE_RULE, "say-no", opt_in=True):
            return None
        return load_tone_model()


_default: Linter | None = None


def check(text: str) -> Report:
    """Lint one text with lingo's defaults (the pipeline is built once per process)."""
    global _default
    if _default is None:
        _default = Linter()
    return _default.check(text)

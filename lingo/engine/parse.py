"""The parse step: tag and parse the sentences the lexical pass picked, then run the rules
that need the parse, reusing what an earlier text's identical sentence gave."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..doc_text import doc_text
from ..findings import Finding
from ..pipeline.common import EXPLAINED_ATTR
from .model import one_blas_thread
from .placement import note_explained, relocate
from .prepared import Prepared, Sentence, within_budget

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..pipeline.lexicon_rules import LexiconMatcher

# Sentences per batch through the tagger and parser. Their working arrays grow
# with the batch: 256 sentences peaked at about 100 MB a process, 64 at 40 MB,
# for about 5% more time (benchmarks/speed.py; docs/performance.md).
PARSE_BATCH_SIZE = 64
# Distinct sentences whose parse findings a Linter keeps for reuse (a few MB).
PARSED_MEMO_SIZE = 20_000


class SentenceParser:
    """Parses the picked sentences of prepared texts for one Linter, and remembers the results."""

    def __init__(self, nlp: Language, lexicon: LexiconMatcher, *, fast: bool = True) -> None:
        self.nlp = nlp
        self.lexicon = lexicon
        self.fast = fast
        # Sentence text -> its parse findings and explained terms.
        self._parsed: dict[str, tuple[tuple[Finding, ...], dict[str, int]]] = {}

    def parse(self, prepared: Sequence[Prepared]) -> None:
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
        new: dict[str, Sentence] = {}
        owner: dict[str, Prepared] = {}  # the text a new sentence's parse time is charged to
        for key, (item, sent) in zip(keys, work):
            if key not in known and key not in new:
                new[key] = sent
                owner[key] = item
        results = {key: known[key] for key in keys if key in known}
        lexicon = self.lexicon
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
                within_budget(owner[key])
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

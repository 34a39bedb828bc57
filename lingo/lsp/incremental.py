"""Checking one open document again and again: only the blocks an edit changed.

The first check of a document checks every block (lingo/lsp/blocks.py) on
its own and keeps each block's `Part`; an edit changes a block or two, so the
next check finds the other blocks' parts by their text and checks only the
new ones. `Linter.combine` then takes the document-level steps (first uses,
suppressions, configuration, readability, grade) over all the parts, so the
report is the one a full `Linter.check` of the same text gives.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..config import Config
from ..engine.parts import place
from ..findings import LineIndex, Report
from ..text.sources import Source, check_length
from .blocks import Blocks, split_blocks

if TYPE_CHECKING:
    from ..engine.linter import Linter
    from ..engine.parts import Part


class Stale(Exception):
    """A newer version of the document arrived while this one was being checked."""


class IncrementalChecker:
    """Checks the versions of one document with one Linter and one configuration."""

    def __init__(self, linter: Linter, config: Config, path: str | None, syntax: str) -> None:
        self.linter = linter
        self.config = config
        self.path = path
        self.syntax = syntax
        self._blocks: Blocks | None = None
        # Parts of this version's blocks (where they are now) and of the last version's
        # (an undo is then free).
        self._parts: dict[str, Part] = {}
        self._older: dict[str, Part] = {}
        self.checked_blocks = 0  # blocks checked by the last `check` (the rest were reused)

    def check(self, text: str, stale: Callable[[], bool] = lambda: False) -> Report:
        """The report of `text`; raises `Stale` when `stale()` says a newer version waits."""
        check_length(Source(self.path or "<text>", text), self.config.max_length)
        blocks = split_blocks(text, self.syntax, self._blocks)
        texts = blocks.texts_to_check()
        known = {**self._older, **self._parts}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            found = self.linter.check_parts(
                missing, path=self.path, syntax=self.syntax, config=self.config
            )
            for block_text, part in zip(missing, found):
                known[block_text] = part
                if stale():
                    raise Stale
        # Placed where they now are: a part the edit did not move keeps its findings,
        # the very objects, so what was made of them before can be reused.
        lines = LineIndex(text)
        placed = [
            (start, place(known[t], start, lines)) for (start, _), t in zip(blocks.spans(), texts)
        ]
        report = self.linter.combine(
            text, placed, path=self.path, syntax=self.syntax, config=self.config
        )
        known.update((t, part) for t, (_, part) in zip(texts, placed))
        current = {t: known[t] for t in texts}
        self._older = {t: p for t, p in self._parts.items() if t not in current}
        self._parts = current
        self._blocks = blocks
        self.checked_blocks = len(missing)
        return report


def memory_zone(linter: Any) -> Any:
    """spaCy's memory zone (3.8+): the words a check adds to the pipeline's vocabulary
    are let go when it ends, so a server that runs all day does not keep every word
    form ever typed (lingo keeps no spaCy object past a check)."""
    zone = getattr(linter.nlp, "memory_zone", None)
    return zone() if zone is not None else contextlib.nullcontext()

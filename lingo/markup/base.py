"""A prose segment and the map from its characters back to the source file."""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True)
class OffsetMap:
    """Runs of (segment offset, source offset): characters are contiguous inside a run.

    A markup adapter that drops or replaces source text starts a new run after
    it, so every segment offset has exactly one source offset.
    """

    seg_starts: tuple[int, ...]
    src_starts: tuple[int, ...]

    @classmethod
    def contiguous(cls, source_start: int) -> OffsetMap:
        return cls((0,), (source_start,))

    def to_source(self, offset: int) -> int:
        run = bisect.bisect_right(self.seg_starts, offset) - 1
        return self.src_starts[run] + offset - self.seg_starts[run]

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of a segment span; the end maps from its last character."""
        if end <= start:
            src = self.to_source(start)
            return src, src
        return self.to_source(start), self.to_source(end - 1) + 1


@dataclass(frozen=True)
class Segment:
    """A block of prose (a paragraph, a heading, a list item) as the reader sees it."""

    text: str
    offsets: OffsetMap

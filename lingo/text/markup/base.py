"""A prose segment, the map from its characters back to the source, and its builder."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class OffsetMap:
    """Runs of (segment offset, source offset): characters are contiguous inside a run.

    A markup adapter that drops or replaces source text starts a new run after
    it, so every segment offset has exactly one source offset. A *replaced* run
    stands for source text of another length (an entity such as `&amp;`, a
    placeholder for inline code): any offset inside it maps to the start of
    that source text, and a span ending inside it ends where the source text
    ends. `replaced` holds (segment start, segment end, source end) triples.
    """

    seg_starts: tuple[int, ...]
    src_starts: tuple[int, ...]
    replaced: tuple[tuple[int, int, int], ...] = ()

    @classmethod
    def contiguous(cls, source_start: int) -> OffsetMap:
        return cls((0,), (source_start,))

    def _run(self, offset: int) -> int:
        return max(bisect.bisect_right(self.seg_starts, offset) - 1, 0)

    def _replaced_at(self, offset: int) -> tuple[int, int, int] | None:
        if not self.replaced:
            return None
        i = bisect.bisect_right(self.replaced, (offset, float("inf"), 0)) - 1
        if i >= 0 and self.replaced[i][0] <= offset < self.replaced[i][1]:
            return self.replaced[i]
        return None

    def to_source(self, offset: int) -> int:
        run = self._run(offset)
        if self._replaced_at(offset) is not None:
            return self.src_starts[run]
        return self.src_starts[run] + offset - self.seg_starts[run]

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of a segment span; the end maps from its last character."""
        if end <= start:
            src = self.to_source(start)
            return src, src
        last = self._replaced_at(end - 1)
        src_end = last[2] if last is not None else self.to_source(end - 1) + 1
        return self.to_source(start), src_end

    def is_verbatim(self, start: int, end: int) -> bool:
        """Whether segment[start:end] is an unchanged, unbroken slice of the source.

        Only such a span can be replaced in the source by an automatic fix: one
        that crosses dropped markup (`**`, a link's URL) or a replaced run would
        rewrite markup the writer never saw in the sentence.
        """
        if end <= start:
            return self._replaced_at(start) is None
        run = self._run(start)
        if run != self._run(end - 1):
            return False
        if not self.replaced:
            return True
        # Replaced runs are in order and disjoint: only the one starting at or
        # before `start` and the next can overlap [start, end).
        i = bisect.bisect_right(self.replaced, (start, float("inf"), 0)) - 1
        for s, e, _ in self.replaced[max(i, 0) : i + 2]:
            if s < end and start < e:
                return False
        return True


@dataclass(frozen=True)
class Segment:
    """A block of prose (a paragraph, a heading, a list item) as the reader sees it.

    `masked` lists segment ranges that stand for something that is not prose
    (inline code, a URL, a template tag) as a neutral placeholder word, so the
    sentence still parses; the Linter drops findings that start or end inside one.
    """

    text: str
    offsets: OffsetMap
    masked: tuple[tuple[int, int], ...] = ()
    # What the block is, as the reader sees it: "prose" (a paragraph, a callout),
    # "heading", "list-item", "cell" (a table cell), "alt" (alt text, a title or
    # label attribute) or "quote" (someone else's words, such as an error message
    # quoted after "you receive this message:"). Readability scores only prose and
    # full-sentence list items.
    kind: str = "prose"
    # Segment ranges the markup marks as naming something: bold or strong text, the
    # way help text writes a button or a setting ("Select **Save as**").
    names: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Comment:
    """A comment in the source (`<!-- ... -->`, or a plain-text directive line).

    `start`/`end` are source offsets of the whole comment, `body` its text
    without the delimiters. Suppression directives are read from these.
    """

    start: int
    end: int
    body: str
    own_line: bool = True  # nothing but whitespace before it on its line


@dataclass(frozen=True)
class Markup:
    """What a markup adapter found in a source: its prose and its comments."""

    segments: list[Segment]
    comments: list[Comment] = field(default_factory=list)


class SegmentBuilder:
    """Collects the prose of one block piece by piece, keeping the offset map.

    `copy` adds text that is in the source as written; `replace` adds text
    that stands for other source text (a decoded entity, a placeholder).
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._seg_starts: list[int] = []
        self._src_starts: list[int] = []
        self._replaced: list[tuple[int, int, int]] = []
        self._masked: list[tuple[int, int]] = []
        self._names: list[tuple[int, int]] = []
        self._next_src: int | None = None  # source offset that would continue the last run

    def __len__(self) -> int:
        return self._length

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def copy(self, text: str, src_start: int) -> None:
        if not text:
            return
        if self._next_src != src_start:
            self._seg_starts.append(self._length)
            self._src_starts.append(src_start)
        self._parts.append(text)
        self._length += len(text)
        self._next_src = src_start + len(text)

    def mark_name(self, start: int, end: int) -> None:
        """Mark segment[start:end] (written already) as naming something: bold text."""
        if end > start:
            self._names.append((start, end))

    def replace(self, text: str, src_start: int, src_end: int, *, masked: bool = False) -> None:
        if not text:
            return
        self._seg_starts.append(self._length)
        self._src_starts.append(src_start)
        self._replaced.append((self._length, self._length + len(text), src_end))
        if masked:
            self._masked.append((self._length, self._length + len(text)))
        self._parts.append(text)
        self._length += len(text)
        self._next_src = None

    def build(self, kind: str = "prose") -> Segment | None:
        """The segment, trimmed of outer whitespace; None when it holds no prose."""
        text = self.text
        start, end = 0, len(text)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if not _has_prose(text, start, end, self._masked):
            return None
        return self._slice(text, start, end, kind)

    def _slice(self, text: str, start: int, end: int, kind: str) -> Segment:
        seg_starts, src_starts, replaced = [], [], []
        run = max(bisect.bisect_right(self._seg_starts, start) - 1, 0)
        for i in range(run, len(self._seg_starts)):
            seg = self._seg_starts[i]
            if seg >= end:
                break
            src = self._src_starts[i]
            if seg < start:  # the run begins before the trim point
                rep = self._replaced_for(seg)
                src = src if rep is not None else src + start - seg
                seg = start
            seg_starts.append(seg - start)
            src_starts.append(src)
        for r_start, r_end, r_src_end in self._replaced:
            if r_start < end and start < r_end:
                replaced.append((max(r_start, start) - start, min(r_end, end) - start, r_src_end))
        masked = tuple(
            (max(s, start) - start, min(e, end) - start)
            for s, e in self._masked
            if s < end and start < e
        )
        names = tuple(
            (max(s, start) - start, min(e, end) - start)
            for s, e in self._names
            if s < end and start < e
        )
        offsets = OffsetMap(tuple(seg_starts), tuple(src_starts), tuple(replaced))
        return Segment(text[start:end], offsets, masked, kind, names)

    def _replaced_for(self, seg_start: int) -> tuple[int, int, int] | None:
        for rep in self._replaced:
            if rep[0] == seg_start:
                return rep
        return None


def _has_prose(text: str, start: int, end: int, masked: list[tuple[int, int]]) -> bool:
    """At least one letter outside the placeholders."""
    pos = start
    for m_start, m_end in sorted(masked):
        if any(ch.isalpha() for ch in text[pos : max(pos, min(m_start, end))]):
            return True
        pos = max(pos, m_end)
    return any(ch.isalpha() for ch in text[pos:end])

"""Bounded pieces of prose for spaCy: no input makes it work harder than linearly.

Two shapes of text made spaCy's tokenizer, or lingo's per-sentence rules,
slow out of proportion to their length (issue 17):

- a long run of punctuation (`&&&&...`, `[[[[...`, `((((...`): spaCy's
  tokenizer strips prefixes and suffixes off one token one character at a
  time, quadratic in the run. `quiet_runs` replaces every run of
  `PUNCT_RUN` or more punctuation characters by its first character and
  spaces, the same length, masked: offsets are unchanged and nothing inside
  it is flagged or fixed;
- a block of prose with no blank line (16,000 lines, a CR-only file, a 1 MB
  run-on sentence). `bounded_pieces` cuts a segment longer than `MAX_CHARS`
  into pieces at line ends, else after sentence ends, else at spaces.
  Ordinary paragraphs are far shorter and are never cut.

Sentences are bounded in tokens by `lingo.text.sentences` as well.
"""

from __future__ import annotations

import bisect
import re

from .markup.base import OffsetMap, Segment

MAX_CHARS = 20_000  # characters in one piece of prose; paragraphs are a few hundred
PUNCT_RUN = 24  # punctuation characters in a row before the run is quietened
_PUNCT_RUN = re.compile(rf"[^\w\s\ue000]{{{PUNCT_RUN},}}")  # not template masks
_LINE_END = re.compile(r"[\r\n]+")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]*\s+")
_SPACE = re.compile(r"\s+")


def quiet_runs(segment: Segment) -> Segment:
    """The segment with long punctuation runs replaced by one character and spaces, masked."""
    text = segment.text
    runs = [
        (m.start(), m.end())
        for m in _PUNCT_RUN.finditer(text)
        if segment.offsets.is_verbatim(m.start(), m.end())
    ]
    if not runs:
        return segment
    parts, at = [], 0
    for start, end in runs:
        parts.append(text[at:start])
        parts.append(text[start] + " " * (end - start - 1))
        at = end
    parts.append(text[at:])
    masked = tuple(sorted((*segment.masked, *runs)))
    return Segment(
        "".join(parts),
        _with_replaced(segment.offsets, runs),
        masked,
        segment.kind,
        segment.names,
    )


def bounded_pieces(segment: Segment, limit: int = MAX_CHARS) -> list[Segment]:
    """The segment cut into pieces of at most about `limit` characters (itself when short)."""
    text = segment.text
    if len(text) <= limit:
        return [segment]
    pieces, start = [], 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit, segment.offsets)
        piece = slice_segment(segment, start, end)
        if piece.text.strip():
            pieces.append(piece)
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        pieces.append(slice_segment(segment, start, len(text)))
    return pieces


def _cut(text: str, start: int, limit: int, offsets: OffsetMap) -> int:
    """Where to end the piece that starts at `start`: the last good break before `limit`."""
    floor = start + (limit - start) // 2  # never a piece shorter than half the limit
    for pattern in (_LINE_END, _SENTENCE_END, _SPACE):
        last = None
        for match in pattern.finditer(text, floor, limit):
            last = match.end()
        if last is not None and last > start:
            return _outside_replaced(last, offsets)
    return _outside_replaced(limit, offsets)


def _outside_replaced(at: int, offsets: OffsetMap) -> int:
    """`at`, moved past a replaced run (a placeholder) it would cut in two."""
    for s, e, _ in offsets.replaced[_first_replaced(offsets, at) :]:
        if s >= at:
            break
        if s < at < e:
            return e
    return at


def _first_replaced(offsets: OffsetMap, at: int) -> int:
    return max(bisect.bisect_right(offsets.replaced, (at, float("inf"), 0)) - 1, 0)


def slice_segment(segment: Segment, start: int, end: int) -> Segment:
    """segment.text[start:end] as a segment of its own, mapped to the same source."""
    offsets = segment.offsets
    seg_starts, src_starts = [], []
    first = max(bisect.bisect_right(offsets.seg_starts, start) - 1, 0)
    for i in range(first, len(offsets.seg_starts)):
        seg, src = offsets.seg_starts[i], offsets.src_starts[i]
        if seg >= end:
            break
        if seg < start:  # the run begins before the cut
            inside = offsets._replaced_at(start)
            src = src if inside is not None else src + start - seg
            seg = start
        seg_starts.append(seg - start)
        src_starts.append(src)
    replaced = []
    for s, e, src_end in offsets.replaced[_first_replaced(offsets, start) :]:
        if s >= end:
            break
        if start < e:
            replaced.append((max(s, start) - start, min(e, end) - start, src_end))
    return Segment(
        segment.text[start:end],
        OffsetMap(tuple(seg_starts), tuple(src_starts), tuple(replaced)),
        _clip(segment.masked, start, end),
        segment.kind,
        _clip(segment.names, start, end),
    )


def _clip(spans: tuple[tuple[int, int], ...], start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Spans (sorted, disjoint) inside [start, end), moved to offsets from `start`."""
    first = max(bisect.bisect_right(spans, (start, start)) - 1, 0)
    clipped = []
    for s, e in spans[first:]:
        if s >= end:
            break
        if start < e:
            clipped.append((max(s, start) - start, min(e, end) - start))
    return tuple(clipped)


def _with_replaced(offsets: OffsetMap, runs: list[tuple[int, int]]) -> OffsetMap:
    """The offset map with each run marked as replaced (it stands for other characters).

    A run keeps its length and lies inside one verbatim stretch, so it maps
    character for character; marked replaced, no fix is ever made across it.
    """
    points = dict(zip(offsets.seg_starts, offsets.src_starts))
    for start, end in runs:
        points[start] = offsets.to_source(start)
        points.setdefault(end, offsets.to_source(start) + end - start)
    ordered = sorted(points.items())
    replaced = sorted((*offsets.replaced, *((s, e, offsets.to_source(s) + e - s) for s, e in runs)))
    return OffsetMap(
        tuple(seg for seg, _ in ordered), tuple(src for _, src in ordered), tuple(replaced)
    )

"""Where each character of a catalogue string stands in the file.

A string in a catalogue is written with quotes, escapes (`\\"`, `\\n`,
`\\u00e9`), line continuations, folded lines and indentation. `align` walks
the decoded string and its raw source side by side and builds an `OffsetMap`
(the one the markup adapters use) from string offsets to file offsets, so a
finding points at the exact line and column of the words in the file.
"""

from __future__ import annotations

from ...text.markup.base import OffsetMap

# Backslash escapes of C, JSON, YAML double-quoted scalars, gettext and iOS
# .strings: the escape letter and how many characters follow it.
_ESCAPE_LENGTH = {"x": 2, "u": 4, "U": 8}


class MapBuilder:
    """Collects (string offset, file offset) runs, as a SegmentBuilder does for prose."""

    def __init__(self) -> None:
        self.seg_starts: list[int] = []
        self.src_starts: list[int] = []
        self.replaced: list[tuple[int, int, int]] = []
        self.length = 0
        self._next_src: int | None = None

    def copy(self, src: int) -> None:
        """One character of the string, written as itself at `src`."""
        if self._next_src != src:
            self.seg_starts.append(self.length)
            self.src_starts.append(src)
        self.length += 1
        self._next_src = src + 1

    def replace(self, count: int, src_start: int, src_end: int) -> None:
        """`count` characters of the string written as source[src_start:src_end] (an escape)."""
        if count <= 0:
            return
        self.seg_starts.append(self.length)
        self.src_starts.append(src_start)
        self.replaced.append((self.length, self.length + count, src_end))
        self.length += count
        self._next_src = None

    def build(self) -> OffsetMap:
        if not self.seg_starts:
            return OffsetMap((0,), (self._next_src or 0,))
        return OffsetMap(tuple(self.seg_starts), tuple(self.src_starts), tuple(self.replaced))


def align(value: str, source: str, start: int, end: int, *, quote: str = "") -> OffsetMap:
    """Map `value`, decoded from source[start:end], back to source offsets.

    `quote` is the string's quote character: `"` for strings with backslash
    escapes (JSON, YAML double-quoted, gettext, .strings), `'` for YAML
    single-quoted (`''` is a quote), "" for plain and block scalars. Characters
    of the source that are not in the value (quotes, indentation, a line
    continuation) are stepped over. If the two cannot be lined up, every
    offset maps to the start of the string: a position on the right line
    rather than a wrong column.
    """
    builder = MapBuilder()
    j = start
    for ch in value:
        while True:
            if j >= end:
                return _whole(value, start, end)
            raw = source[j]
            if quote == '"' and raw == "\\":
                length = _escape_length(source, j, end)
                if source[j + 1 : j + 2] in ("\n", "\r"):  # a line continuation: no character
                    j += length
                    continue
                builder.replace(1, j, j + length)
                j += length
                break
            if quote and raw == quote:
                if quote == "'" and source[j + 1 : j + 2] == "'" and ch == "'":
                    builder.replace(1, j, j + 2)
                    j += 2
                    break
                j += 1  # a delimiter, never content
                continue
            if raw == ch:
                builder.copy(j)
                j += 1
                break
            if ch in " \n" and raw in "\r\n":  # a folded line break
                builder.replace(1, j, j + 1)
                j += 1
                break
            j += 1
    return builder.build()


def _escape_length(source: str, j: int, end: int) -> int:
    letter = source[j + 1 : j + 2]
    if letter in ("\r", "\n"):
        k = j + 2 if source[j + 1 : j + 3] != "\r\n" else j + 3
        while k < end and source[k] in " \t":
            k += 1
        return k - j
    if letter == "u" and source[j + 2 : j + 4].lower() in ("d8", "d9", "da", "db"):
        if source[j + 6 : j + 8] == "\\u":  # a surrogate pair: one character, two escapes
            return 12
    return 2 + _ESCAPE_LENGTH.get(letter, 0)


def _whole(value: str, start: int, end: int) -> OffsetMap:
    return OffsetMap((0,), (start,), ((0, max(len(value), 1), end),))

"""Character offsets (lingo's) to LSP positions and back.

lingo counts positions in Python characters (code points). LSP counts a
line's columns in UTF-16 code units unless client and server agreed on
UTF-8 or UTF-32 at initialization: an emoji is one character to lingo and
two units to a UTF-16 client, "é" one and one (two in UTF-8).
"""

from __future__ import annotations

import bisect

from lsprotocol import types

UNIT_BYTES = {"utf-8": 1, "utf-16": 2, "utf-32": 4}


class PositionMap:
    """Offsets of one text to LSP (line, unit column) positions and back."""

    def __init__(self, text: str, encoding: str = "utf-16") -> None:
        self.text = text
        self.encoding = encoding if encoding in UNIT_BYTES else "utf-16"
        self._starts = [0]
        at = text.find("\n")
        while at != -1:
            self._starts.append(at + 1)
            at = text.find("\n", at + 1)

    def _units(self, chars: str) -> int:
        if self.encoding == "utf-32" or chars.isascii():
            return len(chars)
        codec = "utf-8" if self.encoding == "utf-8" else "utf-16-le"
        return len(chars.encode(codec, "surrogatepass")) // UNIT_BYTES[self.encoding]

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._starts, offset) - 1
        start = self._starts[line]
        return types.Position(line=line, character=self._units(self.text[start:offset]))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """The offset of an LSP position; past a line's end means its end, as LSP says."""
        if position.line >= len(self._starts):
            return len(self.text)
        start = self._starts[max(position.line, 0)]
        end = (
            self._starts[position.line + 1] - 1
            if position.line + 1 < len(self._starts)
            else (len(self.text))
        )
        line = self.text[start:end]
        if self.encoding == "utf-32" or line.isascii():
            return start + min(max(position.character, 0), len(line))
        units = 0
        for index, char in enumerate(line):
            if units >= position.character:
                return start + index
            units += self._units(char)
        return end

    def line_range(self, line: int) -> tuple[int, int]:
        """Offsets of a line's start and of its end (before the line break)."""
        line = max(0, min(line, len(self._starts) - 1))
        start = self._starts[line]
        end = self._starts[line + 1] - 1 if line + 1 < len(self._starts) else len(self.text)
        if end > start and self.text[end - 1] == "\r":
            end -= 1
        return start, end

"""Cutting a document into blocks that each read the same on their own.

A block is a run of whole markup blocks: lingo checks it as its own text and
finds what it would find for those lines inside the whole document (see
`lingo/engine/parts.py`). So an edit re-checks only the blocks it touched.

* Plain text: one block per paragraph (blank lines separate them, as in the
  plain-text adapter).
* Markdown: top-level blocks as markdown-it's block parser sees them (and the
  items of top-level lists) that start with a word (see `_starts_with_words`),
  never inside a template block that spans lines (`{% comment %}`). Link
  reference definitions apply to the whole document: a block that holds a
  `[` is checked with the document's definitions after it. After an edit
  only the changed stretch is parsed again, from the block before it to the
  first old block boundary that the new parse also has: the block parser
  reads forwards only, so from a top-level boundary on, the same lines give
  the same blocks.
* HTML: a block starts at a block element's start tag where the HTML reader
  holds nothing back (no open `pre`, `script`, inline code, heading, list
  item or table cell; the text before has made its segment), never inside a
  template block that spans lines.
  After an edit only the changed stretch is read again, as for Markdown.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..text.markup.html import block_starts
from ..text.markup.markdown import top_level_blocks
from ..text.markup.templates import mask_templates

_PLAIN_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")  # as lingo/text/markup/plain.py
_NEWLINE = re.compile("\n")
# What may stand before a block's first word: indentation, a list marker, a heading's
# hashes, a table row's bar.
_MARKDOWN_LEAD = re.compile(r"[ \t]{0,3}(?:[-*+][ \t]+|\d{1,9}[.)][ \t]+|#{1,6}[ \t]+|\|[ \t]*)?")


@dataclass(frozen=True)
class Blocks:
    """A document and where its blocks start (the first at 0)."""

    text: str
    syntax: str
    starts: tuple[int, ...]
    # Markdown: the link reference definitions each block holds, (label, source lines).
    references: tuple[tuple[tuple[str, str], ...], ...] = ()
    # Markdown: template blocks that span lines (no block starts inside one).
    spanning: tuple[tuple[int, int], ...] = ()

    def spans(self) -> Iterator[tuple[int, int]]:
        ends = (*self.starts[1:], len(self.text))
        return zip(self.starts, ends)

    def texts_to_check(self) -> list[str]:
        """The text lingo checks for each block: its own, and the definitions it may use."""
        texts = [self.text[start:end] for start, end in self.spans()]
        definitions = _effective_definitions(self.references)
        if not definitions:
            return texts
        suffix = "\n\n" + "\n".join(definitions) + "\n"
        return [t + suffix if "[" in t and _appendable(t) else t for t in texts]


def split_blocks(text: str, syntax: str, previous: Blocks | None = None) -> Blocks:
    """The blocks of `text` read as `syntax`; `previous` (the last version's) saves work."""
    if syntax == "plain":
        return Blocks(text, syntax, _plain_starts(text))
    if syntax == "html" or (syntax == "markdown" and "\r" not in text.replace("\r\n", "")):
        return _Splitter(text, syntax, previous).blocks()
    return Blocks(text, syntax, (0,))  # Markdown with bare "\r" line breaks: one block


def _plain_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    for match in _PLAIN_BLANK_LINES.finditer(text):
        starts.append(text.rfind("\n", match.start(), match.end()) + 1)
    return tuple(starts)


def _effective_definitions(references: tuple[tuple[tuple[str, str], ...], ...]) -> list[str]:
    """The source of each label's first definition, in document order."""
    seen: dict[str, str] = {}
    for block in references:
        for label, source in block:
            seen.setdefault(label, source)
    return list(seen.values())


def _appendable(text: str) -> bool:
    """Whether definitions after the block stay definitions (no comment left open)."""
    return text.rfind("<!--") <= text.rfind("-->")


class _Splitter:
    """Markdown or HTML cut where its parser starts a block; again only where an edit was."""

    def __init__(self, text: str, syntax: str, previous: Blocks | None) -> None:
        self.text = text
        self.syntax = syntax
        self.masked, mask = mask_templates(text, markdown=syntax == "markdown")
        # Template blocks that span lines: no block may start inside one.
        self.spanning = [(r.start, r.end) for r in mask.regions if "\n" in text[r.start : r.end]]
        if syntax == "markdown":
            self.line_starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
        self.previous = previous if previous is not None and previous.syntax == syntax else None

    def blocks(self) -> Blocks:
        found = self._incremental() if self.previous is not None else None
        if found is None:
            found = self._parse(0, len(self.text))
        starts, references = found
        return Blocks(
            self.text, self.syntax, tuple(starts), tuple(references), tuple(self.spanning)
        )

    # -- a stretch of the document through the parser ----------------------------------

    def _parse(self, start: int, end: int) -> tuple[list[int], list[tuple[tuple[str, str], ...]]]:
        """Block starts (offsets) in text[start:end] and each block's definitions."""
        if self.syntax == "html":
            found = (
                start + at
                for at in block_starts(self.masked[start:end], whole=end == len(self.text))
            )
            starts = [start, *(at for at in found if at > start and self._may_start(at))]
            return starts, [() for _ in starts]
        return self._parse_markdown(start, end)

    def _parse_markdown(
        self, start: int, end: int
    ) -> tuple[list[int], list[tuple[tuple[str, str], ...]]]:
        first_line = self._line_of(start)
        blocks, definitions = top_level_blocks(self.masked[start:end])
        starts = [start]
        for line, _ in blocks:
            offset = self.line_starts[first_line + line]
            if offset > starts[-1] and self._may_start(offset):
                starts.append(offset)
        references: list[list[tuple[str, str]]] = [[] for _ in starts]
        for label, (line, end_line) in sorted(definitions.items(), key=lambda d: d[1]):
            offset = self.line_starts[first_line + line]
            source_end = self._line_start_or_end(first_line + end_line)
            source = self.text[offset:source_end].strip("\n")
            references[bisect.bisect_right(starts, offset) - 1].append((label, source))
        return starts, [tuple(r) for r in references]

    def _may_start(self, offset: int) -> bool:
        """Whether a block the parser starts here may start a block of ours: no `---`, no template.

        Where the parser starts a block, the lines before it have ended theirs
        whatever follows, and the block reads the same without them.
        """
        if offset == 0:
            return True
        if self.syntax == "markdown" and not self._starts_with_words(offset):
            return False
        return not any(start < offset < end for start, end in self.spanning)

    def _starts_with_words(self, offset: int) -> bool:
        """Whether a Markdown block starts with a word: a paragraph, heading, list item or
        table row that surely makes a segment of its own.

        A block quote reads as someone else's words when the segment before it ends
        with a colon ("you see this message:"), so it never starts a block of ours,
        nor does a block that might make no segment (code, a rule, raw HTML, a
        template tag): the segment before the quote stays in the same block. And
        `---` alone would open front matter.
        """
        marker = _MARKDOWN_LEAD.match(self.masked, offset)
        at = marker.end() if marker else offset
        return at < len(self.masked) and self.masked[at].isalpha()

    def _line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1

    def _line_start_or_end(self, line: int) -> int:
        return self.line_starts[line] if line < len(self.line_starts) else len(self.text)

    # -- after an edit: parse the changed stretch again ---------------------------------

    def _incremental(self) -> tuple[list[int], list[tuple[tuple[str, str], ...]]] | None:
        previous = self.previous
        assert previous is not None
        old, new = previous.text, self.text
        if len(previous.references) != len(previous.starts):
            return None
        prefix = _common_prefix(old, new)
        suffix = _common_suffix(old, new, limit=min(len(old), len(new)) - prefix)
        delta = len(new) - len(old)
        old_changed_end = len(old) - suffix
        if self.spanning != _spanning_after(previous, old_changed_end, delta):
            return None  # a template block opened or closed: cut the whole document afresh
        old_starts = previous.starts
        # The block before the changed one too: a changed first line can continue
        # its list or indented code.
        first = max(bisect.bisect_right(old_starts, prefix) - 2, 0)
        start = old_starts[first]
        candidates = [
            k
            for k in range(first + 1, len(old_starts))
            if old.rfind("\n", 0, old_starts[k] - 1) + 1 >= old_changed_end
        ]
        step = 1
        index = 0
        while index < len(candidates):
            k = candidates[index]
            resync = old_starts[k] + delta
            far = candidates[index + step] if index + step < len(candidates) else None
            end = old_starts[far] + delta if far is not None else len(new)
            starts, references = self._parse(start, end)
            if resync in starts and self._may_start(resync):
                cut = starts.index(resync)
                return (
                    [*old_starts[:first], *starts[:cut], *(s + delta for s in old_starts[k:])],
                    [
                        *previous.references[:first],
                        *references[:cut],
                        *previous.references[k:],
                    ],
                )
            index += step
            step *= 2
        starts, references = self._parse(start, len(new))
        return [*old_starts[:first], *starts], [*previous.references[:first], *references]


def _spanning_after(previous: Blocks, old_changed_end: int, delta: int) -> list[tuple[int, int]]:
    """The old document's spanning template blocks, where they are after the edit."""
    return [
        (start + delta, end + delta) if start >= old_changed_end else (start, end)
        for start, end in previous.spanning
    ]


def _common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix (compared in C, halving the window)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    """Length of the longest common suffix, at most `limit`."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle : len(a) - low] == b[len(b) - middle : len(b) - low]:
            low = middle
        else:
            high = middle - 1
    return low

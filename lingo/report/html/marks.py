"""Writing a document's rendered HTML with every finding highlighted on its own characters.

The document views (Markdown, HTML, plain text) walk the source in order and
hand each run of text to `MarkedHtml` with the source offsets it came from.
The writer cuts runs at every finding's start and end, so each piece of text
is wholly inside or outside each finding, and wraps the pieces a finding
covers: hard sentences as background bands, everything else as marks.
Positions come from the markup adapters' offset maps; nothing is searched for.

Everything written here is escaped text or a tag from this module's own short
list, with attributes it builds itself: a hostile document cannot add markup.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from html import escape

from ...findings import Finding

# Short class names: a large report holds tens of thousands of these elements.
BAND_RULES = {"readability/hard-sentence": "bh", "readability/very-hard-sentence": "bv"}
CATEGORY_CLASSES = {"jargon": "cj", "say-no": "cs", "passive-voice": "cp"}
OTHER_CLASS = "co"


def category_class(category: str) -> str:
    """The CSS class of a category's marks (team lexicons' own categories share one)."""
    return CATEGORY_CLASSES.get(category, OTHER_CLASS)


def is_band(finding: Finding) -> bool:
    return finding.rule in BAND_RULES


def text_html(text: str) -> str:
    """Text as HTML: escaped, with carriage returns dropped (the HTML parser drops them too)."""
    return escape(text.replace("\r", ""), quote=False)


def attr(value: str) -> str:
    return escape(value, quote=True)


class MarkedHtml:
    """Collects one document's HTML; text given with source offsets gets its highlights."""

    def __init__(self, source: str, findings: Sequence[Finding]) -> None:
        self.source = source
        self.findings = findings
        self._parts: list[str] = []
        order = sorted(range(len(findings)), key=lambda i: findings[i].start)
        self._order = order
        self._starts = [findings[i].start for i in order]
        self._longest = max((f.end - f.start for f in findings), default=0)
        self._cuts = sorted({o for f in findings for o in (f.start, f.end)})
        self.placed: set[int] = set()  # findings with at least one highlighted piece

    # -- what the views call ----------------------------------------------------------

    def raw(self, html: str) -> None:
        """Markup this package wrote itself (never text from the document)."""
        self._parts.append(html)

    def plain(self, text: str) -> None:
        """Text with no known place in the source: shown, never highlighted."""
        self._parts.append(text_html(text))

    def text(self, start: int, end: int) -> None:
        """source[start:end], shown as written, cut where findings start and end."""
        if end <= start:
            return
        i = bisect.bisect_right(self._cuts, start)
        at = start
        while i < len(self._cuts) and self._cuts[i] < end:
            self._piece(self.source[at : self._cuts[i]], at, self._cuts[i])
            at = self._cuts[i]
            i += 1
        self._piece(self.source[at:end], at, end)

    def replaced(self, shown: str, start: int, end: int) -> None:
        """`shown` stands for source[start:end] (an entity, inline code): one piece."""
        self._piece(shown, start, end)

    def html(self) -> str:
        return "".join(self._parts)

    # -- pieces -------------------------------------------------------------------------

    def _covering(self, start: int, end: int) -> list[int]:
        """Findings overlapping source[start:end], in document order."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        found = []
        for k in range(lo, hi):
            i = self._order[k]
            f = self.findings[i]
            if f.end > start:  # a finding of no width is listed, not drawn
                found.append(i)
        return found

    def _piece(self, text: str, start: int, end: int) -> None:
        if not text:
            return
        body = text_html(text)
        covering = self._covering(start, end) if self.findings else []
        if not covering:
            self._parts.append(body)
            return
        bands = [i for i in covering if is_band(self.findings[i])]
        marks = [i for i in covering if not is_band(self.findings[i])]
        if marks:
            # The longest mark gives the colour; the others are listed with it.
            marks.sort(key=lambda i: (-(self.findings[i].end - self.findings[i].start), i))
            first = self.findings[marks[0]]
            classes = category_class(first.category)
            if len(marks) > 1:
                classes += " multi"
            # Keyboard users reach each finding once, on its first piece (the
            # page's script gives these their button role).
            focus = ' tabindex="0"' if any(i not in self.placed for i in marks) else ""
            ids = " ".join(map(str, marks))
            body = f'<mark class="{classes}" data-f="{ids}"{focus}>{body}</mark>'
            self.placed.update(marks)
        if bands:
            chips = "".join(self._chip(i) for i in bands if i not in self.placed)
            self.placed.update(bands)
            band = self.findings[bands[0]]
            ids = " ".join(map(str, bands))
            body = f'<span class="{BAND_RULES[band.rule]}" data-f="{ids}">{chips}{body}</span>'
        self._parts.append(body)

    def _chip(self, index: int) -> str:
        """The keyboard's way into a sentence band: a small button where the sentence starts.

        The page's script names it ("Hard sentence: show the explanation").
        """
        return f'<button class="chip" data-f="{index}"></button>'


class OpenTags:
    """Tags written and not closed yet: closing one closes those opened inside it.

    Documents close tags out of order or not at all; the page's markup is
    always balanced.
    """

    def __init__(self, out: MarkedHtml) -> None:
        self.out = out
        self.tags: list[str] = []

    def open(self, tag: str, html: str | None = None) -> None:
        self.out.raw(html or f"<{tag}>")
        self.tags.append(tag)

    def close(self, tag: str) -> None:
        if tag not in self.tags:
            return
        while self.tags:
            top = self.tags.pop()
            self.out.raw(f"</{top}>")
            if top == tag:
                return

    def close_all(self) -> None:
        while self.tags:
            self.out.raw(f"</{self.tags.pop()}>")

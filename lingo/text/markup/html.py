"""HTML: the visible text of a page, read with Python's HTML parser, with exact offsets.

Linted: text in the body and the title, and the `alt`, `title`, `placeholder`
and `aria-label` attributes (text a reader sees or hears). Never linted:
`script`, `style`, `pre`, `code` (and `kbd`, `samp`, `var`), `template`,
`textarea`, `svg`, `math`, comments, and template tags ({{ }}, {% %}).

Block elements (p, li, td, h1...) each make a segment; inline elements
(a, em, span...) continue it. Whitespace collapses as a browser shows it, so
a line break in the source never splits a sentence.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from .base import Comment, Markup, Segment, SegmentBuilder
from .prose import CODE, add_text
from .templates import TemplateMask, mask_templates

SKIPPED = frozenset(
    "script style pre template textarea svg math noscript iframe object canvas xmp listing".split()
)
INLINE_CODE = frozenset({"code", "kbd", "samp", "var", "tt"})
BLOCKS = frozenset(
    """address article aside blockquote body caption center dd details dialog dir div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html legend
    li main menu nav ol optgroup option p section summary table tbody td tfoot th thead title tr ul
    button label select""".split()
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "title"})
# Open elements that make the text inside them something other than prose (see `_kind`).
_NOT_PROSE = _HEADINGS | frozenset(
    "td th caption li dt dd option button label summary legend".split()
)
SPACERS = frozenset({"img", "input", "wbr", "area", "embed", "video", "audio", "source", "track"})
TEXT_ATTRIBUTES = ("alt", "title", "placeholder", "aria-label")
_ATTRIBUTE = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"'`=<]+)))?""")
_CHARREF = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_SPACE_RUN = re.compile(r"\s+")


def html_markup(text: str) -> Markup:
    """The prose segments and comments of an HTML source."""
    masked, mask = mask_templates(text, markdown=False)
    return html_markup_of(masked, 0, len(masked), mask, attributes=True)


def html_markup_of(
    source: str, start: int, end: int, mask: TemplateMask, *, attributes: bool
) -> Markup:
    """Read source[start:end] (template tags already masked) as HTML.

    Markdown uses this for its raw HTML blocks, without the attributes.
    """
    # A comment opened and never closed runs to the end, as a browser reads it:
    # its words are not prose (HTMLParser would hand them over as text).
    unclosed = unclosed_comment(source, start, end)
    stop = end if unclosed is None else unclosed
    reader = _Reader(source, start, stop, mask, attributes)
    reader.feed(source[start:stop])
    reader.close()
    reader.flush()
    if unclosed is not None:
        line_start = source.rfind("\n", 0, unclosed) + 1
        own_line = not source[line_start:unclosed].strip()
        reader.comments.append(Comment(unclosed, end, source[unclosed + 4 : end], own_line))
    return Markup(reader.segments, reader.comments)


def unclosed_comment(source: str, start: int, end: int) -> int | None:
    """Where a `<!--` in source[start:end] opens a comment that is never closed; None if none."""
    at = start
    while True:
        opened = source.find("<!--", at, end)
        if opened < 0:
            return None
        closed = source.find("-->", opened + 4, end)
        if closed < 0:
            return opened
        at = closed + 3


def block_starts(masked: str, *, whole: bool = True) -> list[int]:
    """Where a block element's start tag begins while the reader holds nothing back.

    At such a tag no skipped element (`script`, `pre`...), inline code or
    element that gives its text a kind (a heading, a list item, a table cell)
    is open, and the text before it has made its segment, so the page reads
    the same from there on without what came before: a caller may check the
    page from each of these offsets on its own. `masked` is the page with its
    template tags masked (`mask_templates`), as `html_markup` reads it.

    With `whole=False`, `masked` is the start of a longer page: only tags the
    parser is sure of without its end count (a quote or comment still open
    at the end might run on past it and swallow them).
    """
    _, mask = mask_templates(masked, markdown=False)
    reader = _Reader(masked, 0, len(masked), mask, attributes=False)
    reader.starts = []
    reader.feed(masked)
    if whole:
        reader.close()
    return reader.starts


class _Reader(HTMLParser):
    starts: list[int] | None = None  # where block start tags begin (see `block_starts`)

    def __init__(
        self, source: str, base: int, end: int, mask: TemplateMask, attributes: bool
    ) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.base = base
        self.mask = mask
        self.attributes = attributes
        self.segments: list[Segment] = []
        self.comments: list[Comment] = []
        self.builder = SegmentBuilder()
        self.block: list[str] = []  # open block elements, innermost last: the segment's kind
        self.strong: list[tuple[str, int]] = []  # open <b>/<strong> and where they began
        self.skipping: list[str] = []  # open skipped elements
        self.code: tuple[str, int] | None = None  # open inline code element and its start
        self._line_starts = [base]
        newline = source.find("\n", base, end)
        while newline >= 0:
            self._line_starts.append(newline + 1)
            newline = source.find("\n", newline + 1, end)

    # -- positions -----------------------------------------------------------------

    def _here(self) -> int:
        """Source offset of the construct being handled (html.parser counts \\n lines)."""
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    # -- segments ------------------------------------------------------------------

    def flush(self) -> None:
        segment = self.builder.build(self._kind())
        if segment is not None:
            self.segments.append(segment)
        self.builder = SegmentBuilder()

    def _kind(self) -> str:
        """What the open block is to a reader: a heading, a table cell, a list item or prose."""
        for tag in reversed(self.block):
            if tag in _HEADINGS:
                return "heading"
            if tag in ("td", "th", "caption"):
                return "cell"
            if tag in ("li", "dt", "dd", "option", "button", "label", "summary", "legend"):
                return "list-item" if tag in ("li", "dt", "dd") else "cell"
            if tag in ("p", "blockquote", "figcaption", "td", "div", "article", "section"):
                return "prose"
        return "prose"

    def _end_code(self, end: int) -> None:
        if self.code is not None:
            self.builder.replace(CODE, self.code[1], end, masked=True)
            self.code = None

    # -- HTMLParser callbacks ------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, self_closing=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, self_closing=True)

    def _start(self, tag: str, *, self_closing: bool) -> None:
        start = self._here()
        raw = self.get_starttag_text() or ""
        end = start + len(raw)
        if self.skipping:
            if tag == self.skipping[-1] and not self_closing:
                self.skipping.append(tag)
            return
        if tag in SKIPPED:
            self._end_code(start)
            self.flush()
            if not self_closing:
                self.skipping.append(tag)
            return
        if self.code is not None:
            return
        if tag in BLOCKS:
            self.strong.clear()
            self.flush()
            if self.starts is not None and not any(t in _NOT_PROSE for t in self.block):
                self.starts.append(start)  # what follows reads the same without what came before
            if not self_closing:
                self.block.append(tag)
        elif tag == "br":
            self.builder.replace("\n", start, end)
        elif tag in SPACERS:
            self.builder.replace(" ", start, end)
        if self.attributes:
            self._attributes(raw, start)
        if tag in INLINE_CODE and not self_closing:
            self.code = (tag, start)
        if tag in ("b", "strong") and not self_closing:
            self.strong.append((tag, len(self.builder)))

    def handle_endtag(self, tag: str) -> None:
        start = self._here()
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if self.code is not None:
            if tag == self.code[0]:
                close = self.source.find(">", start)
                self._end_code(close + 1 if close >= 0 else start)
            elif tag in BLOCKS:  # an unclosed <code> ends with its block
                self._end_code(start)
            else:
                return
        if tag in ("b", "strong") and self.strong and self.strong[-1][0] == tag:
            self.builder.mark_name(self.strong.pop()[1], len(self.builder))
        if tag in BLOCKS:
            self.strong.clear()
            self.flush()
            if tag in self.block:  # close it, and any block left open inside it
                del self.block[len(self.block) - 1 - self.block[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if self.skipping or self.code is not None:
            return
        start = self._here()
        pos = 0
        for match in _SPACE_RUN.finditer(data):
            add_text(self.builder, data[pos : match.start()], start + pos, self.mask)
            if match.group() == " ":
                self.builder.copy(" ", start + match.start())
            else:  # a browser shows any run of white space as one space
                self.builder.replace(" ", start + match.start(), start + match.end())
            pos = match.end()
        add_text(self.builder, data[pos:], start + pos, self.mask)

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()

    def _reference(self) -> None:
        if self.skipping or self.code is not None:
            return
        start = self._here()
        match = _CHARREF.match(self.source, start)
        if match is None:
            return
        decoded = html.unescape(match.group())
        if decoded == match.group():
            self.builder.copy(decoded, start)
        else:
            self.builder.replace(decoded.replace("\xa0", " "), start, match.end())

    def handle_comment(self, data: str) -> None:
        start = self._here()
        close = self.source.find("-->", start + 4)
        end = close + 3 if close >= 0 else start + 4 + len(data)
        line_start = self.source.rfind("\n", 0, start) + 1
        own_line = not self.source[line_start:start].strip()
        self.comments.append(Comment(start, end, data, own_line))

    # -- attributes ----------------------------------------------------------------

    def _attributes(self, raw: str, start: int) -> None:
        name_end = re.match(r"<[^\s/>]*", raw)
        pos = name_end.end() if name_end else 0
        for match in _ATTRIBUTE.finditer(raw, pos):
            name = match.group(1).lower()
            if name not in TEXT_ATTRIBUTES:
                continue
            group = next((g for g in (2, 3, 4) if match.group(g) is not None), None)
            if group is None:
                continue
            self._attribute_value(match.group(group), start + match.start(group))

    def _attribute_value(self, value: str, value_start: int) -> None:
        outer = self.builder
        self.builder = SegmentBuilder()
        pos = 0
        for match in _CHARREF.finditer(value):
            add_text(self.builder, value[pos : match.start()], value_start + pos, self.mask)
            decoded = html.unescape(match.group())
            self.builder.replace(
                decoded.replace("\xa0", " "), value_start + match.start(), value_start + match.end()
            )
            pos = match.end()
        add_text(self.builder, value[pos:], value_start + pos, self.mask)
        segment = self.builder.build("alt")
        if segment is not None:
            self.segments.append(segment)
        self.builder = outer

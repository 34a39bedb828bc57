"""Markdown: prose read through a CommonMark parser (markdown-it-py), with exact offsets.

Linted: paragraphs, headings, list items, block quotes, table cells, link
text, image alt text, and the visible text of raw HTML blocks. Never linted:
fenced and indented code, inline code, URLs, HTML comments and tags, front
matter, template tags ({{ }}, {% %}) and Kramdown attribute lists.

Exact offsets come from the parse in positions.py: markdown-it's own rules, with every
inline token's span recorded and each inline block aligned with its lines in the file.
"""

from __future__ import annotations

import re
from typing import Any

from markdown_it.token import Token

from .base import Comment, Markup, OffsetMap, Segment, SegmentBuilder
from .html import html_markup_of
from .positions import (
    CELL_OPEN,
    SPAN,
    SourceLines,
    html_block_span,
    parse_positioned,
    parser,
    shallow_brackets,
)
from .prose import CODE, LINK, add_text
from .templates import TemplateMask, mask_templates

_HTML_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
# Inline HTML whose content is not prose, and the placeholder it leaves ("" for none).
_RAW_INLINE = {
    "code": CODE,
    "kbd": CODE,
    "samp": CODE,
    "var": CODE,
    "tt": CODE,
    "pre": CODE,
    "script": "",
    "style": "",
    "template": "",
    "textarea": "",
}
_PHRASING = frozenset(
    "a abbr b bdi bdo cite data del dfn em font i ins mark q s small span strong sub sup "
    "time u".split()
)

# Italic text with a path separator between words is a menu path the reader follows
# ("*File > Options*", "*Office & Office Apps \\ I can't activate it*"): it names
# something, as bold does; plain italic emphasis does not.
MENU_PATH = re.compile(r"\S\s+(?:>|\\|→|›)\s+\S")


def markdown_markup(text: str) -> Markup:
    """The prose segments and HTML comments of a Markdown source."""
    masked, mask = mask_templates(text, markdown=True)
    masked, alt_segments = _mask_extensions(masked)
    masked = shallow_brackets(masked)
    lines = SourceLines(masked)
    tokens, maps = parse_positioned(masked)
    segments: list[Segment] = []
    comments: list[Comment] = []
    list_depth = 0
    quoting = 0  # depth of block quotes that quote someone else (after "...message:")
    for i, token in enumerate(tokens):
        if token.type == "blockquote_open":
            if quoting or (segments and segments[-1].text.rstrip().endswith(":")):
                quoting += 1
        elif token.type == "blockquote_close":
            quoting = max(0, quoting - 1)
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif token.type == "inline" and i in maps:
            opener = tokens[i - 1].type if i else ""
            writer = _InlineWriter(token.content, maps[i], mask, masked, comments)
            writer.write(token.children or [], 0)
            kind = "quote" if quoting else _block_kind(opener, token, list_depth)
            segment = writer.finish(kind)
            if segment is not None:
                segments.append(segment)
        elif token.type == "html_block" and token.map is not None:
            start, end = html_block_span(token, lines)
            html = html_markup_of(masked, start, end, mask, attributes=False)
            segments.extend(html.segments)
            comments.extend(html.comments)
    segments.extend(alt_segments)
    segments.sort(key=lambda seg: seg.offsets.src_starts[0])
    return Markup(segments, comments)


def _block_kind(opener: str, token: Token, list_depth: int) -> str:
    """What a reader takes an inline block for: a heading, a table cell, alt text, a list item."""
    if opener in CELL_OPEN:
        return "cell"
    if opener == "heading_open":
        return "heading"
    children = [c for c in token.children or [] if not (c.type == "text" and not c.content.strip())]
    if children and all(c.type in ("image", "softbreak", "hardbreak") for c in children):
        return "alt"  # a paragraph that is only an image: its alt text
    return "list-item" if list_depth else "prose"


# DocFX and Microsoft Learn extensions: `:::image type="content" source="..." alt-text="...":::`
# and `:::row:::`-style fences. Only the alt text is prose.
_DIRECTIVE = re.compile(r"^[ \t>]*(:::[^\n]*?:::|:::[ \t]*[A-Za-z-]+(?:[ \t][^\n]*)?)[ \t]*$", re.M)
_ALT_TEXT = re.compile(r'\balt-text\s*=\s*"([^"\n]*)"')
# Kramdown and Pandoc attributes at the end of a heading: `## Set up {#set-up}`.
_HEADING_ATTRIBUTES = re.compile(
    r"^([ \t]{0,3}#{1,6}[ \t][^\n]*?)([ \t]+\{[#.:][^}\n]*\})[ \t]*$", re.M
)


def _mask_extensions(text: str) -> tuple[str, list[Segment]]:
    """Blank out directives and heading attributes (offsets kept); alt text as its own segments."""
    pieces: list[tuple[int, int]] = []
    alts: list[Segment] = []
    for match in _DIRECTIVE.finditer(text):
        start, end = match.span(1)
        pieces.append((start, end))
        for alt in _ALT_TEXT.finditer(text, start, end):
            if alt.group(1).strip():
                alts.append(Segment(alt.group(1), OffsetMap.contiguous(alt.start(1)), kind="alt"))
    for match in _HEADING_ATTRIBUTES.finditer(text):
        pieces.append(match.span(2))
    if not pieces:
        return text, alts
    chars = list(text)
    for start, end in pieces:
        for at in range(start, end):
            if chars[at] not in "\r\n":
                chars[at] = " "
    return "".join(chars), alts


# Link brackets nested deeper than this are read as spaces: markdown-it scans for
# each `[` to its label's end, quadratic in the depth (5,000 nested links: 39 s).


def top_level_blocks(masked: str) -> tuple[list[tuple[int, int]], dict[str, tuple[int, int]]]:
    """The line ranges [start, end) of a Markdown source's top-level blocks, from the block parser.

    The items of a top-level list count as blocks too: an item reads the same
    on its own (an ordered list may start at any number). `masked` is the
    source with its template tags masked (`mask_templates`), as
    `markdown_markup` parses it. Also returns the line range of each link
    reference definition, by label (the first definition of a label wins).
    Lines are counted at "\n"; the caller keeps bare "\r" line breaks away.
    """
    md = parser()
    env: dict[str, Any] = {}
    masked, _ = _mask_extensions(masked)  # as markdown_markup reads it (line by line)
    tokens = md.block.parse(masked.replace("\r\n", "\n"), md, env, []) or []
    blocks = [
        (token.map[0], token.map[1])
        for token in tokens
        if token.map is not None
        and token.nesting >= 0
        and (token.level == 0 or (token.level == 1 and token.type == "list_item_open"))
    ]
    references = {
        label: (found["map"][0], found["map"][1])
        for label, found in env.get("references", {}).items()
        if found.get("map")
    }
    return blocks, references


class _InlineWriter:
    """Writes the inline tokens of one block into a segment."""

    def __init__(
        self,
        content: str,
        content_map: OffsetMap,
        mask: TemplateMask,
        source: str,
        comments: list[Comment],
    ) -> None:
        self.content = content
        self.map = content_map
        self.mask = mask
        self.source = source
        self.comments = comments
        self.builder = SegmentBuilder()
        self.raw: tuple[str, int, int] | None = None  # (tag, source start, source end) of <code>...
        self.in_autolink = False
        self.strong: list[int] = []  # where each open **strong** run began in the segment
        self.em: list[int] = []  # where each open *emphasis* run began
        self.links: list[int] = []  # where each open link's text began
        self.lost = False  # a token whose place is unknown: drop the segment, never guess

    def src(self, start: int, end: int) -> tuple[int, int]:
        return self.map.span_to_source(start, end)

    def write(self, tokens: list[Token], shift: int) -> None:
        for token in tokens:
            span = (token.meta or {}).get(SPAN)
            if span is None:
                continue
            start, end = span[0] + shift, span[1] + shift
            if self.raw is not None:
                self._in_raw(token, start, end)
            elif self.in_autolink:
                self.in_autolink = token.type != "link_close"
            else:
                self._token(token, start, end)

    def _token(self, token: Token, start: int, end: int) -> None:
        kind = token.type
        builder = self.builder
        if kind == "text":
            if token.content:  # emphasis markers that became tags keep an empty text token
                if self.content[start:end] != token.content:
                    self.lost = True
                    return
                self._text(start, end)
        elif kind == "text_special":
            src_start, src_end = self.src(start, end)
            if token.info == "escape":  # `\*` is "*"; a backslash before a letter stays
                add_text(builder, token.content, src_end - len(token.content), self.mask)
            else:
                builder.replace(token.content.replace("\xa0", " "), src_start, src_end)
        elif kind == "softbreak":
            # A line break, as in plain text: the sentence splitter reads a
            # break before a capital after an unpunctuated line as a new sentence
            # (a callout title, a label line), as a writer laying out lines means.
            builder.replace("\n", *self.src(start, end))
        elif kind == "hardbreak":
            builder.replace("\n", *self.src(start, end))
        elif kind == "code_inline":
            builder.replace(CODE, *self.src(start, end), masked=True)
        elif kind == "image":
            self.write(token.children or [], start + 2)  # the alt text, after "!["
        elif kind == "link_open" and token.markup == "autolink":
            builder.replace(LINK, *self.src(start, end), masked=True)
            self.in_autolink = True
        elif kind == "html_inline":
            self._html(token.content, start, end)
        elif kind == "link_open":
            self.links.append(len(builder))
        elif kind == "link_close" and self.links:
            builder.mark_name(self.links.pop(), len(builder))  # a page's title: names it
        elif kind == "strong_open":
            self.strong.append(len(builder))
        elif kind == "strong_close" and self.strong:
            builder.mark_name(self.strong.pop(), len(builder))
        elif kind == "em_open":
            self.em.append(len(builder))
        elif kind == "em_close" and self.em:
            begun = self.em.pop()
            if MENU_PATH.search(builder.text[begun:]):
                builder.mark_name(begun, len(builder))  # *Settings > Privacy*: a menu path

    def _text(self, start: int, end: int) -> None:
        # The text is verbatim inline source; split it where the map breaks
        # (an escaped pipe in a table cell) so every piece is verbatim in the file.
        cuts = [s for s in self.map.seg_starts if start < s < end]
        for piece_start, piece_end in zip([start, *cuts], [*cuts, end]):
            src_start = self.map.to_source(piece_start)
            add_text(self.builder, self.content[piece_start:piece_end], src_start, self.mask)

    def _html(self, html: str, start: int, end: int) -> None:
        src_start, src_end = self.src(start, end)
        if html.startswith("<!--"):
            body = html[4:-3] if html.endswith("-->") else html[4:]
            line_start = self.source.rfind("\n", 0, src_start) + 1
            own_line = not self.source[line_start:src_start].strip()
            self.comments.append(Comment(src_start, src_end, body, own_line))
            return
        match = _HTML_TAG.match(html)
        if match is None:
            return
        closing, tag = match.group(1) == "/", match.group(2).lower()
        if tag in _RAW_INLINE and not closing and not html.rstrip().endswith("/>"):
            self.raw = (tag, src_start, src_end)
        elif tag == "br":
            self.builder.replace("\n", src_start, src_end)
        elif tag not in _PHRASING:
            self.builder.replace(" ", src_start, src_end)

    def _in_raw(self, token: Token, start: int, end: int) -> None:
        assert self.raw is not None
        tag, raw_start, _ = self.raw
        src_end = self.src(start, end)[1]
        self.raw = (tag, raw_start, src_end)
        match = _HTML_TAG.match(token.content) if token.type == "html_inline" else None
        if match and match.group(1) == "/" and match.group(2).lower() == tag:
            self._close_raw()

    def _close_raw(self) -> None:
        assert self.raw is not None
        tag, raw_start, raw_end = self.raw
        self.raw = None
        if _RAW_INLINE[tag]:
            self.builder.replace(_RAW_INLINE[tag], raw_start, raw_end, masked=True)

    def finish(self, kind: str = "prose") -> Segment | None:
        if self.lost:
            return None
        if self.raw is not None:
            self._close_raw()
        return self.builder.build(kind)

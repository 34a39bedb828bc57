"""Markdown: prose read through a CommonMark parser (markdown-it-py), with exact offsets.

Linted: paragraphs, headings, list items, block quotes, table cells, link
text, image alt text, and the visible text of raw HTML blocks. Never linted:
fenced and indented code, inline code, URLs, HTML comments and tags, front
matter, template tags ({{ }}, {% %}) and Kramdown attribute lists.

markdown-it gives block tokens their lines but inline tokens no positions.
Two things recover exact offsets without searching for text afterwards:

* `_PositionedInline` runs markdown-it's own inline rules and records, for
  every token a rule pushes, the span of the inline source it consumed;
* each inline block's source (its lines with container markers such as `> `
  and list indentation removed) is aligned line by line with the file, which
  gives a map from inline-source offsets to file offsets.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from .base import Comment, Markup, OffsetMap, Segment, SegmentBuilder
from .html import html_markup_of
from .prose import CODE, LINK, add_text
from .templates import TemplateMask, mask_templates

SPAN = "lingo_span"  # token.meta key: (start, end) in the inline source
_CELL_OPEN = frozenset({"th_open", "td_open"})
_HTML_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
# Inline HTML whose content is not prose, and the placeholder it leaves ("" for none).
_RAW_INLINE = {
    "code": CODE, "kbd": CODE, "samp": CODE, "var": CODE, "tt": CODE, "pre": CODE,
    "script": "", "style": "", "template": "", "textarea": "",
}
_PHRASING = frozenset(
    "a abbr b bdi bdo cite data del dfn em font i ins mark q s small span strong sub sup time u"
    .split()
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
    if opener in _CELL_OPEN:
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
MAX_BRACKET_DEPTH = 16
_DEEP_BRACKETS = re.compile(rf"(?:\[[^\[\]\n]{{0,40}}){{{MAX_BRACKET_DEPTH + 1},}}")


def shallow_brackets(text: str) -> str:
    """`text` with `[` past `MAX_BRACKET_DEPTH` in a row replaced by a space (same length)."""
    if not _DEEP_BRACKETS.search(text):
        return text
    parts, at = [], 0
    for match in _DEEP_BRACKETS.finditer(text):
        run = match.group()
        keep = 0
        for i, ch in enumerate(run):
            if ch == "[":
                keep += 1
                if keep > MAX_BRACKET_DEPTH:
                    parts.append(text[at : match.start() + i])
                    parts.append(" ")
                    at = match.start() + i + 1
    parts.append(text[at:])
    return "".join(parts)


def parse_positioned(masked: str) -> tuple[list[Token], dict[int, OffsetMap]]:
    """markdown-it's tokens of a (template-masked) source, with source positions.

    Every inline child token carries its span in its block's content under
    `token.meta[SPAN]`; the map, keyed by the inline token's index, takes
    content offsets to source offsets. An inline block that cannot be placed
    exactly has no map: better silent than wrong. The HTML report renders
    documents from the same positions the linter reads them with.
    """
    lines = SourceLines(masked)
    tokens = _parser().parse(masked)
    maps: dict[int, OffsetMap] = {}
    cell_cursor = (-1, 0)  # (line, column) after the last table cell read
    for i, token in enumerate(tokens):
        if token.type != "inline" or token.map is None:
            continue
        opener = tokens[i - 1].type if i else ""
        if opener in _CELL_OPEN:
            kind = "cell"
        elif opener == "heading_open" and tokens[i - 1].markup.startswith("#"):
            kind = "atx"
        else:
            kind = "block"
        if kind != "cell":
            cell_cursor = (-1, 0)
        aligned = _align(token, kind, lines, cell_cursor)
        if aligned is None:
            continue
        maps[i], cell_cursor = aligned
    return tokens, maps


def html_block_span(token: Token, lines: SourceLines) -> tuple[int, int]:
    """Source offsets of a raw HTML block."""
    assert token.map is not None
    start = lines.start(token.map[0])
    end = lines.start(token.map[1]) if token.map[1] < lines.count else len(lines.text)
    return start, end


def top_level_blocks(masked: str) -> tuple[list[tuple[int, int]], dict[str, tuple[int, int]]]:
    """The line ranges [start, end) of a Markdown source's top-level blocks, from the block parser.

    The items of a top-level list count as blocks too: an item reads the same
    on its own (an ordered list may start at any number). `masked` is the
    source with its template tags masked (`mask_templates`), as
    `markdown_markup` parses it. Also returns the line range of each link
    reference definition, by label (the first definition of a label wins).
    Lines are counted at "\n"; the caller keeps bare "\r" line breaks away.
    """
    md = _parser()
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


@functools.lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(front_matter_plugin)
    # Keep entities, escapes and leftover emphasis markers as their own tokens:
    # each has its own source span, and joining them would lose it.
    md.disable("text_join", ignoreInvalid=True)
    md.inline.ruler2.disable("fragments_join", ignoreInvalid=True)
    positioned = _PositionedInline()
    positioned.__dict__.update(md.inline.__dict__)
    md.inline = positioned
    return md


class _PositionedInline(ParserInline):
    """markdown-it's inline tokenizer, recording the source span of every token."""

    def tokenize(self, state: StateInline) -> None:
        rules = self.ruler.getRules("")
        end = state.posMax
        max_nesting = state.md.options["maxNesting"]
        pending_start = state.pos
        while state.pos < end:
            pos = state.pos
            had_pending = bool(state.pending)
            first_new = len(state.tokens)
            ok = False
            if state.level < max_nesting:
                for rule in rules:
                    ok = rule(state, False)
                    if ok:
                        if state.pos <= pos:
                            raise RuntimeError("inline rule didn't increment state.pos")
                        break
            if ok:
                new = state.tokens[first_new:]
                if new and had_pending and new[0].type == "text" and SPAN not in new[0].meta:
                    # the text pending before this rule, flushed by its first push
                    _set_span(new[0], pending_start, pending_start + len(new[0].content))
                    new = new[1:]
                _mark_rule_tokens(state, new, pos)
                if state.pending and (not had_pending or new):
                    pending_start = pos if not new else state.pos - len(state.pending)
                if state.pos >= end:
                    break
                continue
            if not had_pending:
                pending_start = pos
            if hasattr(state, "append_pending"):
                state.append_pending(state.src[state.pos])
            else:  # markdown-it-py < 4
                state.pending += state.src[state.pos]
            state.pos += 1
        if state.pending:
            token = state.pushPending()
            _set_span(token, pending_start, pending_start + len(token.content))


def _set_span(token: Token, start: int, end: int) -> None:
    token.meta = dict(token.meta or {})
    token.meta[SPAN] = (start, end)


def _mark_rule_tokens(state: StateInline, new: list[Token], pos: int) -> None:
    """Give the tokens one rule pushed the span it consumed.

    Emphasis and strikethrough push one text token per delimiter run piece:
    those get consecutive spans. Tokens of a nested parse (a link's text)
    already have theirs.
    """
    todo = [t for t in new if SPAN not in (t.meta or {})]
    if not todo:
        return
    consumed = state.src[pos : state.pos]
    if all(t.type == "text" for t in todo) and "".join(t.content for t in todo) == consumed:
        at = pos
        for token in todo:
            _set_span(token, at, at + len(token.content))
            at += len(token.content)
        return
    for token in todo:
        _set_span(token, pos, state.pos)


class SourceLines:
    """Line starts and ends of a source; \\n, \\r\\n and \\r each end a line, as in CommonMark."""

    _BREAK = re.compile(r"\r\n|\r|\n")

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0]
        self.ends = []
        for match in self._BREAK.finditer(text):
            self.ends.append(match.start())
            self.starts.append(match.end())
        self.ends.append(len(text))
        self.count = len(self.starts)

    def start(self, line: int) -> int:
        return self.starts[line] if line < self.count else len(self.text)

    def line(self, line: int) -> str:
        return self.text[self.starts[line] : self.ends[line]]


def _align(
    token: Token, kind: str, lines: SourceLines, cell_cursor: tuple[int, int]
) -> tuple[OffsetMap, tuple[int, int]] | None:
    """Map offsets in `token.content` (an inline block's source) to file offsets."""
    assert token.map is not None
    first = token.map[0]
    seg_starts: list[int] = []
    src_starts: list[int] = []
    content_offset = 0
    cursor = cell_cursor
    for i, piece in enumerate(token.content.split("\n")):
        number = first + i
        if number >= lines.count:
            return None
        source = lines.line(number)
        if i:  # the line break between two content lines
            seg_starts.append(content_offset - 1)
            src_starts.append(lines.ends[number - 1])
        start_at = cursor[1] if cursor[0] == number else 0
        runs = _align_line(piece, source, kind, start_at)
        if runs is None:
            return None
        line_runs, end_column = runs
        for c_off, s_off in line_runs:
            seg_starts.append(content_offset + c_off)
            src_starts.append(lines.starts[number] + s_off)
        cursor = (number, end_column)
        content_offset += len(piece) + 1
    if not seg_starts:
        seg_starts, src_starts = [0], [lines.start(first)]
    return OffsetMap(tuple(seg_starts), tuple(src_starts)), cursor


def _align_line(
    piece: str, source: str, kind: str, start_at: int
) -> tuple[list[tuple[int, int]], int] | None:
    """Runs (piece offset, source column) placing one content line in its source line."""
    if not piece:  # an empty table cell: the next cell is further along the same line
        return [(0, start_at)], start_at
    if kind == "cell":
        if "|" not in piece:
            column = source.find(piece, start_at)
            return ([(0, column)], column + len(piece)) if column >= 0 else None
        # Table cells: `\|` in the file is `|` in the cell's content.
        pattern = "".join(r"\\?\|" if ch == "|" else re.escape(ch) for ch in piece)
        match = re.compile(pattern).search(source, start_at)
        if match is None:
            return None
        runs: list[tuple[int, int]] = []
        s = match.start()
        for c, ch in enumerate(piece):
            if ch == "|" and source[s] == "\\":
                s += 1
                runs.append((c, s))
            elif c == 0:
                runs.append((0, s))
            s += 1
        return runs, match.end()
    if kind == "atx":
        column = source.find(piece, start_at if start_at else _after_hashes(source))
        return ([(0, column)], column + len(piece)) if column >= 0 else None
    # Paragraph lines: the content line is what is left of the file line once
    # the container markers and indentation before it are taken off.
    if source.endswith(piece):
        column = len(source) - len(piece)
        return [(0, column)], len(source)
    trimmed_piece, trimmed_source = piece.rstrip(), source.rstrip()
    if trimmed_piece and trimmed_source.endswith(trimmed_piece):
        column = len(trimmed_source) - len(trimmed_piece)
        return [(0, column)], column + len(piece)
    # A tab in the indentation can come out as spaces: align what follows it.
    body = trimmed_piece.lstrip()
    lead = len(trimmed_piece) - len(body)
    if body and trimmed_source.endswith(body):
        column = len(trimmed_source) - len(body)
        return [(0, max(column - lead, 0)), (lead, column)], column + len(body)
    return None


def _after_hashes(source: str) -> int:
    stripped = source.lstrip(" ")
    return len(source) - len(stripped) + len(stripped) - len(stripped.lstrip("#"))


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

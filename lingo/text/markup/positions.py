"""Where every markdown-it token sits in the source: the parse with exact offsets.

markdown-it gives block tokens their lines but inline tokens no positions.
Two things recover exact offsets without searching for text afterwards:

* `_PositionedInline` runs markdown-it's own inline rules and records, for
  every token a rule pushes, the span of the inline source it consumed;
* each inline block's source (its lines with container markers such as `> `
  and list indentation removed) is aligned line by line with the file, which
  gives a map from inline-source offsets to file offsets.

The Markdown adapter (markdown.py) and the HTML report (report/html/markdown_view.py)
both read documents through `parse_positioned`.
"""

from __future__ import annotations

import functools
import re

from markdown_it import MarkdownIt
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from .base import OffsetMap

SPAN = "lingo_span"  # token.meta key: (start, end) in the inline source
CELL_OPEN = frozenset({"th_open", "td_open"})

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
    tokens = parser().parse(masked)
    maps: dict[int, OffsetMap] = {}
    cell_cursor = (-1, 0)  # (line, column) after the last table cell read
    for i, token in enumerate(tokens):
        if token.type != "inline" or token.map is None:
            continue
        opener = tokens[i - 1].type if i else ""
        if opener in CELL_OPEN:
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


@functools.lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """The CommonMark parser lingo reads Markdown with (tables, strikethrough, front matter)."""
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

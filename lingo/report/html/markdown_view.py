"""A Markdown document as a reader sees it, placed by the positions lingo lints it with.

The tokens and offset maps come from lingo's Markdown adapter
(`parse_positioned`), so a highlight lands on exactly the characters the
finding names. Code is shown as code; raw HTML goes through the HTML view's
short list of safe tags; links never lead anywhere and images are never
loaded (the report makes no network request): both show their text.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

from ...text.markup.base import OffsetMap
from ...text.markup.positions import (
    SPAN,
    SourceLines,
    html_block_span,
    parse_positioned,
    shallow_brackets,
)
from ...text.markup.templates import mask_templates
from .html_view import HEADING_SHIFT, PHRASING, render_html
from .marks import MarkedHtml, OpenTags, attr

_BLOCK_TAGS = {
    "paragraph": "p",
    "bullet_list": "ul",
    "ordered_list": "ol",
    "list_item": "li",
    "blockquote": "blockquote",
    "table": "table",
    "thead": "thead",
    "tbody": "tbody",
    "tr": "tr",
    "th": "th",
    "td": "td",
}
_INLINE_TAGS = {"em": "em", "strong": "strong", "s": "s"}
_HTML_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")
# Raw inline HTML whose content is not prose: the tags are shown as written.
_RAW_CONTENT = frozenset({"script", "style", "textarea", "template", "iframe", "object"})


def render_markdown(source: str, out: MarkedHtml) -> None:
    """Write a Markdown source into `out`, rendered."""
    masked, _ = mask_templates(source, markdown=True)
    lines = SourceLines(masked)
    # As the linter parses it: a run of "[" past 16 is read as spaces (same length), or
    # markdown-it takes quadratic time on links nested thousands deep.
    tokens, maps = parse_positioned(shallow_brackets(masked))
    for i, token in enumerate(tokens):
        kind = token.type
        if kind == "inline":
            if i in maps:
                writer = _Inline(out, token.content, maps[i], masked)
                writer.write(token.children or [], 0)
                writer.finish()
            else:  # a block lingo could not place: shown, never highlighted
                out.plain(token.content)
        elif kind in ("fence", "code_block"):
            out.raw('<pre class="code"><code>')
            out.plain(token.content)
            out.raw("</code></pre>")
        elif kind == "html_block" and token.map is not None:
            start, end = html_block_span(token, lines)
            out.raw('<div class="html-block">')
            render_html(source, out, start, end)
            out.raw("</div>")
        elif kind == "hr":
            out.raw("<hr>")
        elif kind in ("heading_open", "heading_close"):
            level = int(token.tag[1]) + HEADING_SHIFT
            out.raw(f"<{'/' if kind == 'heading_close' else ''}h{min(level, 6)}>")
        elif kind.endswith("_open") or kind.endswith("_close"):
            name, _, edge = kind.rpartition("_")
            tag = _BLOCK_TAGS.get(name)
            if tag is not None and not token.hidden:
                out.raw(f"<{tag}>" if edge == "open" else f"</{tag}>")
        # front matter and anything else a reader never sees: left out


class _Inline:
    """Writes one inline block's tokens, with the source offsets of their text."""

    def __init__(self, out: MarkedHtml, content: str, offsets: OffsetMap, masked: str) -> None:
        self.out = out
        self.content = content
        self.map = offsets
        self.masked = masked
        self.tags = OpenTags(out)
        self._close = self.tags.close
        self.raw_tag: str | None = None

    def src(self, start: int, end: int) -> tuple[int, int]:
        return self.map.span_to_source(start, end)

    def write(self, tokens: list[Token], shift: int) -> None:
        for token in tokens:
            span = (token.meta or {}).get(SPAN)
            if span is None:
                if token.type == "text":
                    self.out.plain(token.content)
                continue
            self._token(token, span[0] + shift, span[1] + shift)

    def _token(self, token: Token, start: int, end: int) -> None:
        kind = token.type
        out = self.out
        if kind == "text":
            if token.content:  # emphasis markers that became tags keep an empty text token
                self._text(token.content, start, end)
        elif kind == "text_special":
            src_start, src_end = self.src(start, end)
            out.replaced(token.content, src_start, src_end)
        elif kind in ("softbreak", "hardbreak"):
            src_start, src_end = self.src(start, end)
            out.replaced("\n", src_start, src_end)
            if kind == "hardbreak":
                out.raw("<br>")
        elif kind == "code_inline":
            out.raw("<code>")
            out.replaced(token.content, *self.src(start, end))
            out.raw("</code>")
        elif kind == "image":
            out.raw(
                f'<span class="image" title="{attr("Image " + str(token.attrGet("src") or ""))}">'
            )
            self.write(token.children or [], start + 2)  # the alt text, after "!["
            out.raw("</span>")
        elif kind == "link_open":
            href = str(token.attrGet("href") or "")
            self.tags.open("span", f'<span class="link" title="{attr("Link to " + href)}">')
        elif kind == "link_close":
            self._close("span")
        elif kind.endswith("_open") and kind[:-5] in _INLINE_TAGS:
            self.tags.open(_INLINE_TAGS[kind[:-5]])
        elif kind.endswith("_close") and kind[:-6] in _INLINE_TAGS:
            self._close(_INLINE_TAGS[kind[:-6]])
        elif kind == "html_inline":
            self._html(token.content, start, end)

    def _text(self, content: str, start: int, end: int) -> None:
        if self.content[start:end] != content:
            self.out.plain(content)
            return
        # Split where the map breaks (an escaped pipe in a table cell), so
        # every piece is verbatim in the file.
        cuts = [s for s in self.map.seg_starts if start < s < end]
        for piece_start, piece_end in zip([start, *cuts], [*cuts, end]):
            piece = self.content[piece_start:piece_end]
            src = self.map.to_source(piece_start)
            if self.masked[src : src + len(piece)] == piece:
                self.out.text(src, src + len(piece))
            else:
                self.out.plain(piece)

    def _html(self, html: str, start: int, end: int) -> None:
        src_start, src_end = self.src(start, end)
        if html.startswith("<!--"):
            self.out.raw('<span class="comment">')
            self.out.text(src_start, src_end)
            self.out.raw("</span>")
            return
        match = _HTML_TAG.match(html)
        if match is None:
            return
        closing, tag = match.group(1) == "/", match.group(2).lower()
        if tag in _RAW_CONTENT:  # shown as the characters it is: it runs nothing
            self.out.raw('<code class="raw">')
            self.out.text(src_start, src_end)
            self.out.raw("</code>")
        elif tag == "br":
            self.out.raw("<br>")
        elif tag in PHRASING:
            safe = PHRASING[tag]
            if closing:
                self._close(safe)
            elif not html.rstrip().endswith("/>"):
                self.tags.open(safe)
        # other tags (span, a, div, img ...) are left out; their text stays

    def finish(self) -> None:
        self.tags.close_all()

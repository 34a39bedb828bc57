"""An HTML document as a reader sees it, rebuilt from a short list of safe tags.

The document is read with Python's HTML parser, as lingo's HTML adapter reads
it, and written again: known structural and phrasing tags without any of their
attributes, text with its source offsets (so findings are highlighted on it),
links as underlined text that goes nowhere, images as their alt text. Scripts,
styles and other things a reader never sees are left out, with a small label
saying so; comments are shown as dim text, as a writer sees them in the file.
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from .marks import MarkedHtml, OpenTags, attr

# Document headings sit under the report's own: h1 becomes h3, and so on.
HEADING_SHIFT = 2
PHRASING = {
    "em": "em",
    "i": "em",
    "strong": "strong",
    "b": "strong",
    "u": "u",
    "s": "s",
    "del": "del",
    "ins": "ins",
    "sub": "sub",
    "sup": "sup",
    "small": "small",
    "abbr": "abbr",
    "q": "q",
    "cite": "cite",
    "dfn": "dfn",
    "code": "code",
    "kbd": "kbd",
    "samp": "samp",
    "var": "var",
    "tt": "code",
    "mark": "strong",
}
STRUCTURE = {
    "p": "p",
    "ul": "ul",
    "ol": "ol",
    "li": "li",
    "dl": "dl",
    "dt": "dt",
    "dd": "dd",
    "blockquote": "blockquote",
    "pre": "pre",
    "table": "table",
    "thead": "thead",
    "tbody": "tbody",
    "tfoot": "tfoot",
    "tr": "tr",
    "td": "td",
    "th": "th",
    "caption": "caption",
}
CONTAINERS = frozenset(
    """address article aside body center details dialog dir div fieldset figcaption figure
    footer form header hgroup html legend main menu nav section summary label button select
    option optgroup""".split()
)
# Never shown to a reader: left out, with a label.
HIDDEN = frozenset(
    "script style template svg math noscript iframe object canvas embed audio video".split()
)
# Shown as their text, as written.
AS_TEXT = frozenset({"textarea", "xmp", "listing", "plaintext"})
_CHARREF = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_ATTRIBUTE = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"'`=<]+)))?""")


def heading_tag(level: int) -> str:
    return f"h{min(level + HEADING_SHIFT, 6)}"


def attribute_span(raw_tag: str, tag_start: int, name: str) -> tuple[str, int] | None:
    """The value of attribute `name` in a start tag, and its source offset."""
    opening = re.match(r"<[^\s/>]*", raw_tag)
    for match in _ATTRIBUTE.finditer(raw_tag, opening.end() if opening else 0):
        if match.group(1).lower() != name:
            continue
        for group in (2, 3, 4):
            if match.group(group) is not None:
                return match.group(group), tag_start + match.start(group)
    return None


def write_attribute_text(out: MarkedHtml, value: str, start: int) -> None:
    """An attribute value shown as text: verbatim pieces keep their highlights."""
    pos = 0
    for match in _CHARREF.finditer(value):
        out.text(start + pos, start + match.start())
        out.replaced(unescape(match.group()), start + match.start(), start + match.end())
        pos = match.end()
    out.text(start + pos, start + len(value))


def render_html(source: str, out: MarkedHtml, start: int = 0, end: int | None = None) -> None:
    """Write source[start:end], read as HTML, into `out`."""
    end = len(source) if end is None else end
    view = _HtmlView(source, out, start, end)
    view.feed(source[start:end])
    view.close()
    view.finish()


class _HtmlView(HTMLParser):
    def __init__(self, source: str, out: MarkedHtml, base: int, end: int) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.out = out
        self.tags = OpenTags(out)
        self._open, self._close = self.tags.open, self.tags.close
        self.hidden: list[str] = []  # open elements whose content is left out
        self.as_text: str | None = None
        self.in_head = False
        self._line_starts = [base]
        newline = source.find("\n", base, end)
        while newline >= 0:
            self._line_starts.append(newline + 1)
            newline = source.find("\n", newline + 1, end)

    def _here(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def finish(self) -> None:
        self.tags.close_all()

    # -- the parser's callbacks -----------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, self_closing=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, self_closing=True)

    def _start(self, tag: str, *, self_closing: bool) -> None:
        if self.hidden:
            if tag == self.hidden[-1] and not self_closing:
                self.hidden.append(tag)
            return
        if self.as_text is not None:
            self._literal()
            return
        start = self._here()
        raw = self.get_starttag_text() or ""
        if tag == "head":
            self.in_head = True
        if tag in HIDDEN:
            if not self.in_head:
                self.out.raw(f'<span class="omitted">{tag}, not shown to readers</span>')
            if not self_closing and tag not in ("embed",):
                self.hidden.append(tag)
            return
        if self.in_head and tag != "title":
            return
        if tag in AS_TEXT and not self_closing:
            self.as_text = tag
            self._open("pre", '<pre class="raw">')
        elif tag == "title":
            self._open("p", '<p class="page-title">')
        elif len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
            self._open(heading_tag(int(tag[1])))
        elif tag in STRUCTURE:
            self._open(STRUCTURE[tag])
        elif tag in PHRASING:
            self._open(PHRASING[tag])
        elif tag in CONTAINERS:
            self._open("div")
        elif tag == "a":
            href = attribute_span(raw, start, "href")
            title = f' title="{attr("Link to " + unescape(href[0]))}"' if href else ""
            self._open("span", f'<span class="link"{title}>')
        elif tag == "br":
            self.out.raw("<br>")
        elif tag == "hr":
            self.out.raw("<hr>")
        elif tag == "img":
            self._image(raw, start)

    def _image(self, raw: str, start: int) -> None:
        self.out.raw('<span class="image">')
        alt = attribute_span(raw, start, "alt")
        if alt is not None and alt[0].strip():
            write_attribute_text(self.out, alt[0], alt[1])
        else:
            self.out.raw('<span class="no-alt">no alt text</span>')
        self.out.raw("</span>")

    def handle_endtag(self, tag: str) -> None:
        if self.hidden:
            if tag == self.hidden[-1]:
                self.hidden.pop()
            return
        if self.as_text is not None:
            if tag == self.as_text:
                self.as_text = None
                self._close("pre")
            else:
                self._literal()
            return
        if tag == "head":
            self.in_head = False
            return
        if self.in_head and tag != "title":
            return
        if tag == "title":
            self._close("p")
        elif len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
            self._close(heading_tag(int(tag[1])))
        elif tag in STRUCTURE:
            self._close(STRUCTURE[tag])
        elif tag in PHRASING:
            self._close(PHRASING[tag])
        elif tag in CONTAINERS:
            self._close("div")
        elif tag == "a":
            self._close("span")

    def _literal(self) -> None:
        """A tag inside a textarea: shown as the characters it is."""
        start = self._here()
        close = self.source.find(">", start)
        self.out.text(start, close + 1 if close >= 0 else start + 1)

    def handle_data(self, data: str) -> None:
        if self.hidden or (self.in_head and not self.tags.tags):
            return
        start = self._here()
        self.out.text(start, start + len(data))

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()

    def _reference(self) -> None:
        if self.hidden or (self.in_head and not self.tags.tags):
            return
        start = self._here()
        match = _CHARREF.match(self.source, start)
        if match is not None:
            self.out.replaced(unescape(match.group()), start, match.end())

    def handle_comment(self, data: str) -> None:
        if self.hidden:
            return
        start = self._here()
        close = self.source.find("-->", start + 4)
        end = close + 3 if close >= 0 else start + 4 + len(data)
        self.out.raw('<span class="comment">')
        self.out.text(start, end)
        self.out.raw("</span>")

    def handle_decl(self, decl: str) -> None:
        return None

    def unknown_decl(self, data: str) -> None:
        return None

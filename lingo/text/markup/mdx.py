"""MDX: Markdown with JSX components, `{expressions}` and `import`/`export` lines.

The MDX-only parts are blanked out (every character but line breaks becomes
a space), so offsets stay those of the file, and the rest is read by the
Markdown adapter:

* `import` and `export` statements at the start of a line, up to the next
  blank line (MDX's own rule for where an ESM block ends);
* JSX tags (`<Callout type="warning">`, `</Callout>`, `<Button />`, `<>`),
  with their attributes: the text between an opening and a closing tag is
  Markdown and is linted;
* `{expressions}`, except `{/* comments */}`, which are read as comments:
  `{/* lingo-disable-next-line say-no */}` is a suppression directive, as
  `<!-- ... -->` is in Markdown.

Fenced code blocks and inline code are left as they are (the Markdown
adapter never lints them).
"""

from __future__ import annotations

import re

from .base import Comment, Markup
from .markdown import markdown_markup

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ESM = re.compile(r"^(?:import|export)\b")
_TAG_START = re.compile(r"</?(?:[A-Za-z][\w.:-]*|>)")


def mdx_markup(text: str) -> Markup:
    """The prose segments and comments of an MDX source."""
    blanked, comments = blank_mdx(text)
    markup = markdown_markup(blanked)
    merged = sorted([*markup.comments, *comments], key=lambda c: c.start)
    return Markup(markup.segments, merged)


def blank_mdx(text: str) -> tuple[str, list[Comment]]:
    """`text` with ESM, JSX and expressions blanked, and the `{/* */}` comments found."""
    chars = list(text)
    comments: list[Comment] = []
    fence: str | None = None
    in_esm = False
    offset = 0
    lines = text.split("\n")
    line_starts = []
    for line in lines:
        line_starts.append(offset)
        offset += len(line) + 1
    skip_until = 0  # an expression or tag may run over several lines
    previous_blank = True  # ESM starts a block: not a paragraph's next line
    front_matter = bool(lines) and lines[0].rstrip() == "---"
    for number, (start, line) in enumerate(zip(line_starts, lines)):
        end = start + len(line)
        if front_matter:  # left to the Markdown adapter, which skips it
            front_matter = number == 0 or line.rstrip() not in ("---", "...")
            continue
        after_blank, previous_blank = previous_blank, not line.strip()
        if fence is not None:
            match = _FENCE.match(line)
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = None
            continue
        if in_esm:
            if not line.strip():
                in_esm = False
            else:
                _blank(chars, start, end)
            continue
        if start < skip_until:
            if skip_until >= end:
                continue
            scan_from = skip_until
        else:
            scan_from = start
            match = _FENCE.match(line)
            if match:
                fence = match.group(1)
                continue
            if after_blank and _ESM.match(line):
                in_esm = True
                _blank(chars, start, end)
                continue
        skip_until = _blank_inline(text, chars, scan_from, end, comments)
    return "".join(chars), comments


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, min(end, len(chars))):
        if chars[i] != "\n":
            chars[i] = " "


def _blank_inline(
    text: str, chars: list[str], start: int, end: int, comments: list[Comment]
) -> int:
    """Blank JSX and expressions in text[start:end]; return where scanning may go on."""
    i = start
    reached = end
    while i < end:
        char = text[i]
        if char == "`":
            run = len(text[i:end]) - len(text[i:end].lstrip("`"))
            close = text.find("`" * run, i + run, end)
            i = close + run if close != -1 else i + run
            continue
        if char == "\\":
            i += 2
            continue
        if char == "{":
            close = _matching(text, i, "{", "}")
            if close == -1:
                i += 1
                continue
            body = text[i + 1 : close].strip()
            if body.startswith("/*") and body.endswith("*/"):
                line_start = text.rfind("\n", 0, i) + 1
                own_line = not text[line_start:i].strip()
                comments.append(Comment(i, close + 1, body[2:-2].strip(), own_line))
            _blank(chars, i, close + 1)
            i = close + 1
            reached = max(reached, i)
            continue
        if char == "<" and _TAG_START.match(text, i):
            close = _tag_end(text, i)
            if close == -1:
                i += 1
                continue
            _blank(chars, i, close + 1)
            i = close + 1
            reached = max(reached, i)
            continue
        i += 1
    return reached


def _matching(text: str, start: int, opening: str, closing: str) -> int:
    """The offset of the bracket closing the one at `start`, skipping strings; -1 if none."""
    depth = 0
    i = start
    quote = ""
    while i < len(text):
        char = text[i]
        if quote:
            if char == "\\":
                i += 2
                continue
            if char == quote:
                quote = ""
        elif char in "\"'`":
            quote = char
        elif char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _tag_end(text: str, start: int) -> int:
    """The `>` that ends the JSX tag at `start`, past quoted and `{}` attribute values."""
    i = start + 1
    quote = ""
    while i < len(text):
        char = text[i]
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "{":
            close = _matching(text, i, "{", "}")
            if close == -1:
                return -1
            i = close
        elif char == ">":
            return i
        elif char == "<" and i > start + 1:
            return -1  # a new tag before this one closed: not a tag after all
        i += 1
    return -1

"""Markup adapters: turn a source file into prose segments with offsets back to it."""

from __future__ import annotations

import os

from ...errors import ConfigError
from .base import Comment, Markup, OffsetMap, Segment
from .plain import plain_segments

__all__ = [
    "Comment",
    "Markup",
    "OffsetMap",
    "SYNTAXES",
    "Segment",
    "parse_markup",
    "plain_segments",
    "segments_for",
    "syntax_for",
]

SYNTAXES = ("plain", "markdown", "mdx", "html")
_EXTENSIONS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "mdx",
    ".html": "html",
    ".htm": "html",
}


def syntax_for(path: str | None) -> str:
    """The markup a file is written in, from its extension (plain text by default)."""
    if not path:
        return "plain"
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower(), "plain")


def parse_markup(text: str, syntax: str = "plain") -> Markup:
    """The prose segments and the comments of `text` read as `syntax`."""
    if syntax == "plain":
        from .plain import plain_markup

        return plain_markup(text)
    if syntax == "markdown":
        from .markdown import markdown_markup

        return markdown_markup(text)
    if syntax == "html":
        from .html import html_markup

        return html_markup(text)
    if syntax == "mdx":
        from .mdx import mdx_markup

        return mdx_markup(text)
    raise ConfigError(f"unknown syntax {syntax!r} (use one of: {', '.join(SYNTAXES)})")


def segments_for(text: str, syntax: str = "plain") -> list[Segment]:
    """The prose segments of `text` read as `syntax`."""
    return parse_markup(text, syntax).segments

"""Is a text a page (a help article, a documentation page) or a message to one customer?

lingo reads the two differently (lingo/profiles.py): a page that explains how a
product works states its limits, is full of routine passives and uses formal
words as its normal vocabulary; a message to one customer is where a refusal, a
policy quoted as a wall or a stiff word costs the most. When no profile is set,
each document is read as what it looks like:

* a **page**: a marked-up document (Markdown, MDX, HTML) with a heading, front
  matter or an HTML `<title>`, as help centres and documentation sites publish,
  or one kept in a folder of pieces that a site generator includes into pages
  (`_includes/`, `includes/`, `partials/`, `reusables/`, `fragments/`): a
  shared note or paragraph of a documentation site has no heading of its own;
* a **message**: everything else: plain text, a snippet from the Python API or
  an editor, an email template without headings, and any document whose
  paragraphs open with a greeting ("Hi Sam,", "Dear customer,"), such as a file
  of chat macros under headings.

Cheap signals only, read from what the markup adapter already found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .language import FRONT_MATTER

PAGE, MESSAGE = "page", "message"

# Folders in which static-site generators and docs platforms keep pieces of pages (Jekyll
# `_includes`, Hugo and Astro `partials`, Docusaurus `_partials`, GitHub Docs `reusables`,
# Microsoft Learn `includes`), with or without a leading underscore.
_PAGE_PIECES = frozenset({"includes", "partials", "reusables", "fragments"})

_MARKUP = frozenset({"markdown", "mdx", "html"})
_HTML_TITLE = re.compile(r"<title\b[^>]*>\s*\S", re.IGNORECASE)
# How a message opens: a greeting ("Hi Sam,", "Hello there!", "Dear customer,", "Hi {{name}},")
# or thanks for writing ("Thanks for reaching out", "Thank you for your email").
_GREETING = re.compile(
    r"(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.!?,\n]{0,40}[,!]"
    r"|thanks?(?: you)?\W{0,6}for (?:writing|reaching out|contacting|getting in touch"
    r"|getting back|your (?:message|email|e-mail|note|patience|order|question|feedback)))",
    re.IGNORECASE,
)


def document_kind(
    text: str, syntax: str, kinds: Iterable[str], prose: Iterable[str], path: str | None = None
) -> str:
    """PAGE or MESSAGE for a document read as `syntax`, from its block kinds and block texts.

    `path` (the file's, if any) adds one signal: a marked-up file in a folder of page pieces.
    """
    if syntax not in _MARKUP:
        return MESSAGE
    if any(_GREETING.match(block.lstrip()) for block in prose):
        return MESSAGE
    if "heading" in set(kinds) or FRONT_MATTER.match(text) or in_page_pieces(path):
        return PAGE
    if syntax == "html" and _HTML_TITLE.search(text):
        return PAGE
    return MESSAGE


def in_page_pieces(path: str | None) -> bool:
    """Is `path` inside a folder of page pieces (`_includes/`, `partials/`, ...)?"""
    if not path:
        return False
    folders = re.split(r"[\\/]", path)[:-1]
    return any(folder.lower().lstrip("_") in _PAGE_PIECES for folder in folders)

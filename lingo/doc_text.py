"""A Doc's text, joined once.

spaCy rebuilds `doc.text` from every token on each access, and lingo's
components and rewriters ask for it many times per sentence: on the 1 MiB
benchmark text that was some 14,000 rebuilds. A Doc's text cannot change, so
the first join is kept in the Doc's `user_data`, or the text is handed over
by whoever made the Doc from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "lingo_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined on the first call only."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text  # type: ignore[no-any-return]


def remember_text(doc: Doc, text: str) -> Doc:
    """Record the text a Doc was made from, so it is never joined at all."""
    doc.user_data[_KEY] = text
    return doc

"""What readability counts: prose sentences, and in them only the words a reader reads as words.

Help text is full of things that are not words to a reader: version strings
("16.0.14326.20404"), IDs ("KB5002121", "0x80070005"), URLs, file names
("setup.exe"), code-ish names ("Set-Mailbox", "user_id") and product names
("Microsoft Outlook for Mac"). Counted as words, each inflates syllables and
sentence length, so an 11-word sentence with two product names reads as
"grade 13". They are left out of the counts. Blocks that are not sentences
(headings, table cells, alt text, list items without an end stop) are not
scored at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

SCORED_KINDS = frozenset({"prose", "list-item"})
_CODE_CHARS = re.compile(r"[_/\\@#=<>{}|~^*+$%]")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
_DOTTED = re.compile(r"\w\.\w")
_SENTENCE_END = re.compile(r"[.!?][\"')\]\u201d\u2019]*$")


def is_full_sentence(text: str) -> bool:
    """A list item reads as a sentence when it ends like one: "Restart the app.", not "Restart"."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def is_word(token: Token, first: bool) -> bool:
    """Whether a reader reads the token as an ordinary word (punctuation counts as nothing)."""
    text = token.text
    if token.is_space or token.is_punct:
        return True  # textstat drops punctuation; keep it so sentence stops still count
    if token.like_url or token.like_email:
        return False
    if any(ch.isdigit() for ch in text):
        return False  # numbers, versions, IDs, error codes
    if _CODE_CHARS.search(text) or _DOTTED.search(text):
        return False  # file names, paths, code
    if _INNER_CAPITAL.search(text):
        return False  # PowerShell, iPhone, camelCase
    if not first and text[:1].isupper() and not text.isupper() and text != "I":
        return False  # a name in the middle of a sentence: Outlook, Microsoft Teams
    return True


def scored_words(
    sent: Span,
    alphas: Sequence[int] | None = None,
    masked: Sequence[tuple[int, int]] = (),
) -> tuple[str, int]:
    """The sentence's text as readability should count it, and how many words that leaves.

    `alphas` is the Doc's is_alpha array, when the caller has it; `masked` the
    Doc ranges that stand in for inline code, URLs and template tags.
    """
    parts: list[str] = []
    words = 0
    first = True
    for token in sent:
        if masked and any(s <= token.idx < e for s, e in masked):
            if parts and not parts[-1].endswith(" "):
                parts.append(" ")
            continue
        if first and not (token.is_punct or token.is_space):
            keep = is_word(token, True)
            first = False
        else:
            keep = is_word(token, False)
        if not keep:
            if parts and not parts[-1].endswith(" "):
                parts.append(" ")
            continue
        parts.append(token.text_with_ws)
        alpha = alphas[token.i] if alphas is not None else token.is_alpha
        words += bool(alpha)
    return "".join(parts).strip(), words

"""Words in a block that name something rather than say something.

Help text quotes error messages ("Access denied"), writes buttons and settings
in bold ("Select **Save as**") and controls in capitals ("UPGRADE PLAN"). Those
words are the product's, not the writer's: lingo neither flags nor rewrites
them (readability still counts them as words read).
"""

from __future__ import annotations

import re

from .markup.base import Segment

# A quotation within one line: "...", “...”, ‘...’ (straight single quotes are apostrophes).
_QUOTED = re.compile(
    r'"[^"\n]{1,300}"|\u201c[^\u201d\n]{1,300}\u201d|\u2018[^\u2019\n]{1,300}\u2019'
)
# Two or more words in capitals: a control or a banner ("UPGRADE PLAN", "ACCESS DENIED").
_CAPITALS = re.compile(r"\b[A-Z][A-Z0-9'&]*[A-Z](?:[ \-]+[A-Z][A-Z0-9'&]*[A-Z])+\b")
# A sentence up to its stop, and a word of two letters or more in it.
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'&]*[A-Za-z]")
# Alt text that is a slug, not words for a reader: "trigger-delighted-surveys-segment", "img_0042".
_SLUG = re.compile(r"[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+")


def protected_spans(segment: Segment) -> list[tuple[int, int]]:
    """Segment ranges lingo leaves alone: quotations, bold labels, words in capitals.

    Bold and link text name something when they start with a capital or a
    digit ("**Save as**", "[Can't sign in to Teams](...)"); lowercase bold is
    emphasis and lowercase link text is part of the sentence ("log in **before**
    checkout", "see the [setup guide](...)").
    """
    text = segment.text
    spans = [(s, e) for s, e in segment.names if text[s : s + 1].isupper() or _digit(text, s)]
    spans.extend(match.span() for match in _QUOTED.finditer(text))
    shouted = shouted_sentences(text)
    spans.extend(
        match.span()
        for match in _CAPITALS.finditer(text)
        if not any(s <= match.start() and match.end() <= e for s, e in shouted)
    )
    if segment.kind == "alt" and _SLUG.fullmatch(text.strip()):
        spans.append((0, len(text)))  # alt text that is a file's name: "trigger-delighted-surveys"
    if segment.kind == "cell" and _is_label(text):
        spans.append((0, len(text)))  # a table cell that names something: "Purchase", "Enabled"
    return spans


def shouted_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences written wholly in capitals and closed by a stop ("NO PHONES. NO PHOTOS.",
    "PAY THE BALANCE WITHIN 7 DAYS OR ..."): shouting at the reader, read like any other
    sentence. A control or a banner in capitals is a name inside a sentence, or has no stop
    ("Select UPGRADE PLAN.", "GETTING STARTED"), and stays protected."""
    found = []
    for match in _SENTENCE.finditer(text):
        chunk = match.group()
        if any(c.islower() for c in chunk) or len(_WORD.findall(chunk)) < 2:
            continue
        start = match.start() + len(chunk) - len(chunk.lstrip())
        found.append((start, match.end()))
    return found


def _is_label(text: str) -> bool:
    """A short capitalised cell with no sentence in it: an event, a setting, a value; or one
    word in any case (a name or value listed in a table: "delighted", "enabled")."""
    words = text.split()
    ended = text.rstrip().endswith((".", "?", "!"))
    return 0 < len(words) <= 3 and (text[:1].isupper() or len(words) == 1) and not ended


def _digit(text: str, at: int) -> bool:
    return text[at : at + 1].isdigit()

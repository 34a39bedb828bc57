"""Fit a dictionary-form replacement into the sentence it replaces words in.

"utilized" -> "used", "utilizes" -> "uses", "commencing" -> "starting": the
replacement takes the tag (tense, number) of the word it replaces, using
lemminflect, a morphology library built for spaCy's Penn tags. Capitals at the
start of a sentence and ALL-CAPS are kept, and "a"/"an" before the replaced words
is made to agree with the new first word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lemminflect import getInflection
from spacy.tokens import Span, Token

from ..findings import Edit

_VERB_TAGS = {"VBD", "VBN", "VBG", "VBZ", "VBP", "VB"}
_NOUN_PLURAL_TAGS = {"NNS", "NNPS"}
_ADJ_TAGS = {"JJR", "JJS"}
# Words spelled with a vowel but said with a consonant sound, and the reverse.
_CONSONANT_SOUND = re.compile(r"^(u[bcfhjkqrstn][aeiou]|uni(?!n)|use|usu|eu|ewe|one\b|once)")
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
_VOWEL_LETTER_NAMES = set("aefhilmnorsx")  # "an FAQ", "an SMS", "a PDF"


@dataclass(frozen=True)
class Replacement:
    """A replacement fitted to the sentence, with the edits that apply it."""

    text: str
    edits: tuple[Edit, ...]


def wants_an(word: str) -> bool:
    """True when `word` starts with a vowel sound ("an extra fee", "a user")."""
    if not word:
        return False
    if word.isupper() and len(word) > 1:
        return word[0].lower() in _VOWEL_LETTER_NAMES
    lower = word.lower()
    if lower.startswith(_SILENT_H):
        return True
    if lower[0] not in "aeiou":
        return False
    return not _CONSONANT_SOUND.match(lower)


def _inflect_word(word: str, tag: str) -> str:
    forms = getInflection(word, tag=tag)
    return forms[0] if forms else word


def inflect_phrase(replacement: str, head: Token) -> str:
    """Give `replacement` (dictionary form) the inflection of `head`.

    Verbs inflect their first word ("find out" -> "found out"); plural nouns
    their last word ("fee" -> "fees"); comparatives and superlatives the adjective.
    """
    words = replacement.split(" ")
    if not words or not words[0]:
        return replacement
    tag = head.tag_
    if tag in _VERB_TAGS and tag not in ("VB", "VBP"):
        words[0] = _inflect_word(words[0], tag)
    elif tag in _NOUN_PLURAL_TAGS:
        words[-1] = _inflect_word(words[-1], "NNS")
    elif tag in _ADJ_TAGS and len(words) == 1:
        words[0] = _inflect_word(words[0], tag)
    elif tag == "VBP" and head.lower_ in ("am", "are"):
        words[0] = _inflect_word(words[0], tag)
    return " ".join(words)


def match_case(original: str, replacement: str, *, sentence_start: bool) -> str:
    """Carry ALL-CAPS and an initial capital over from the replaced words."""
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if original[:1].isupper() and (sentence_start or original[1:2].islower()):
        return replacement[:1].upper() + replacement[1:]
    return replacement


def fit_replacement(span: Span, replacement: str, head: Token | None = None) -> Replacement:
    """The replacement for `span`, inflected and cased, with any article fix-up.

    Offsets in the edits are character offsets into `span.doc.text`.
    """
    head = head if head is not None else span.root
    text = inflect_phrase(replacement, head)
    text = match_case(span.text, text, sentence_start=span[0].is_sent_start or span.start == 0)
    edits = [Edit(span.start_char, span.end_char, text)]
    if span.start > 0 and text:
        article = span.doc[span.start - 1]
        if article.lower_ in ("a", "an"):
            wanted = "an" if wants_an(text) else "a"
            if article.lower_ != wanted:
                wanted = match_case(article.text, wanted, sentence_start=article.is_sent_start)
                edits.insert(0, Edit(article.idx, article.idx + len(article.text), wanted))
    return Replacement(text=text, edits=tuple(edits))

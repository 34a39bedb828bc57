"""lingo's own sentence splitter: rule-based, so it needs no parse.

Sentences end at terminal punctuation (the rule of spaCy's `Sentencizer`) and
at a line break that closes a line with no terminal punctuation followed by a
line that starts like a new sentence: a heading or a list item in plain text.
Splitting before parsing lets lingo parse only the sentences that need it, and
gives the same sentences whichever path parses them. It reads the token arrays
rather than Token objects: this runs over every word lingo sees.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START
from spacy.pipeline import Sentencizer
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Token

TERMINAL = frozenset(Sentencizer.default_punct_chars)
_TERMINAL_HASHES = frozenset(hash_string(p) for p in TERMINAL)
_BULLETS = frozenset({"-", "*", "\u2022", "+"})
_OPENING = frozenset(hash_string(p) for p in ("(", "["))
_CLOSING = frozenset(hash_string(p) for p in (")", "]"))
_ABBREVIATIONS = frozenset(hash_string(p) for p in ("etc", "etc.", "approx", "incl", "vs"))


def split_sentences(doc: Doc) -> Doc:
    """Set sentence starts on a tokenized, unparsed Doc and return it."""
    n = len(doc)
    if n == 0:
        return doc
    arr = doc.to_array([ORTH, IS_PUNCT, IS_SPACE])
    orths = arr[:, 0].tolist()
    puncts = arr[:, 1].tolist()
    spaces = arr[:, 2].tolist()
    starts = [-1] * n
    starts[0] = 1
    strings = doc.vocab.strings
    seen_terminal = abbreviated = False
    bracketed = _inside_brackets(orths)  # "(Mini, Pro, Max, etc.)" does not end the sentence
    for i, orth in enumerate(orths):
        terminal = orth in _TERMINAL_HASHES and (
            i not in bracketed or _closes_a_sentence(i, orths, spaces, strings)
        )
        opens = orth in _OPENING and not abbreviated  # "etc. (see below)": the word decides
        if spaces[i]:
            continue  # a line break after a stop: the next word opens the sentence, not the break
        if seen_terminal and (not puncts[i] or opens) and not terminal:
            # "etc." before a lowercase word goes on with the sentence; an opening
            # bracket after a stop starts the next one ("... app. (You still ...")
            if not (abbreviated and strings[orth][:1].islower()):
                starts[i] = 1
            seen_terminal = False
        elif terminal:
            seen_terminal = True
            abbreviated = i > 0 and orths[i - 1] in _ABBREVIATIONS
    for i in range(1, n - 1):
        if spaces[i] and _breaks_line(strings[orths[i]]):
            if orths[i - 1] not in _TERMINAL_HASHES and _starts_sentence(strings[orths[i + 1]]):
                starts[i + 1] = 1
    _bound_lengths(starts, orths, strings)
    values = numpy.array(starts, dtype="int64").astype("uint64").reshape(-1, 1)
    doc.from_array([SENT_START], values)  # type: ignore[arg-type]
    return doc


# Tokens in one sentence at most. Every rule works sentence by sentence, and some
# look at the whole sentence for each finding in it: a run-on "sentence" of 1 MB
# with a finding every few words was quadratic (issue 17). A longer sentence is
# cut after a comma, semicolon or colon past SOFT tokens, and anywhere at MAX.
MAX_SENTENCE_TOKENS = 200
SOFT_SENTENCE_TOKENS = 120
_CLAUSE_ENDS = frozenset(hash_string(p) for p in (",", ";", ":"))


def _bound_lengths(starts: list[int], orths: list[int], strings: object) -> None:
    """Start a new sentence where one has run on past the token limits."""
    length = 0
    for i in range(len(starts)):
        if starts[i] == 1:
            length = 0
        elif length >= MAX_SENTENCE_TOKENS or (
            length >= SOFT_SENTENCE_TOKENS and orths[i - 1] in _CLAUSE_ENDS
        ):
            starts[i] = 1
            length = 0
        length += 1


def _breaks_line(text: str) -> bool:
    """A whitespace token holding a line end: LF, CRLF or a bare CR (old Mac files)."""
    return "\n" in text or "\r" in text


MAX_BRACKETED = 40  # tokens: a longer "( ... )" holds sentences of its own


def _inside_brackets(orths: list[int]) -> set[int]:
    """Positions inside a short, closed pair of brackets (an unclosed one holds nothing)."""
    inside: set[int] = set()
    opened: list[int] = []
    for i, orth in enumerate(orths):
        if orth in _OPENING:
            opened.append(i)
        elif orth in _CLOSING and opened:
            start = opened.pop()
            if i - start <= MAX_BRACKETED:
                inside.update(range(start + 1, i))
    return inside


def _closes_a_sentence(i: int, orths: list[int], spaces: list[int], strings: object) -> bool:
    """A stop inside brackets that ends a sentence too: the bracket closes right after it and
    a sentence starts after that ("... in the background.) This is also called ...", "(See
    step 2.) Then ..."); not "(Mini, Pro, etc.) and more"."""
    if i + 2 >= len(orths) or orths[i + 1] not in _CLOSING:
        return False
    k = i + 2
    while k < len(orths) and spaces[k]:
        k += 1
    return k < len(orths) and strings[orths[k]][:1].isupper()  # type: ignore[index]


def opens_sentence(token: Token) -> bool:
    """The first word of its sentence: only brackets, quotes or a bullet come before it
    ("(Additional settings ...)", "- Additional fees apply"), so its capital is no name."""
    if token.is_sent_start:
        return True
    doc = token.doc
    for j in range(token.i - 1, -1, -1):
        before = doc[j]
        if before.is_alpha or before.like_num:
            return False
        if before.is_sent_start:
            return True
    return True


def _starts_sentence(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit() or text in _BULLETS

"""lingo's own sentence splitter: rule-based, so it needs no parse.

Sentences end at terminal punctuation (spaCy's `Sentencizer`) and at a line
break that closes a line with no terminal punctuation followed by a line that
starts like a new sentence: a heading or a list item in plain text. Splitting
before parsing lets lingo parse only the sentences that need it, and gives the
same sentences whichever path parses them.
"""

from __future__ import annotations

from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

_SENTENCIZER = Sentencizer()
_TERMINAL = set(Sentencizer.default_punct_chars)
_BULLETS = {"-", "*", "\u2022", "+"}


def split_sentences(doc: Doc) -> Doc:
    """Set sentence starts on a tokenized, unparsed Doc and return it."""
    _SENTENCIZER(doc)
    for token in doc[1:]:
        if token.is_space and "\n" in token.text and token.i + 1 < len(doc):
            before, after = doc[token.i - 1], doc[token.i + 1]
            if before.text not in _TERMINAL and _starts_sentence(after.text):
                after.is_sent_start = True
    return doc


def _starts_sentence(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit() or text in _BULLETS

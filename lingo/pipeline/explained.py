"""Words of a match that are not the text's own say, or that the text explains.

Inside quotation marks, a product or company name, a term the sentence defines, a term an
explanation follows. Read from tokens, so they say the same on tokenized and parsed text
(lingo/pipeline/lexicon_rules.py asks).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from ..text.sentences import opens_sentence

QUOTES_OPEN = {'"', "\u201c"}
QUOTES_CLOSE = {'"', "\u201d"}
EXPLANATION_STARTS = {"(", "\u2014", "--", ":"}
APPOSITIVE_WORDS = {"which", "meaning", "or", "i.e.", "that", "a", "an", "the"}
DEFINING_WORDS = {"a", "an", "the", "like"}
_SENTENCE_ENDS = {".", "!", "?", ":", ";", "\n"}
DETERMINERS = frozenset(
    "the this that these those our your their its my his her a an any no every each".split()
)


def quoted_tokens(words: Sequence[str]) -> set[int]:
    """Token indexes inside quotation marks: quoted words are someone else's.

    Read from the tokens' lowercase forms (quote marks have no case).
    """
    inside: set[int] = set()
    open_at: int | None = None
    for i, text in enumerate(words):
        if open_at is None and text in QUOTES_OPEN:
            open_at = i
        elif open_at is not None and text in QUOTES_CLOSE:
            inside.update(range(open_at + 1, i))
            open_at = None
    return inside


def is_name(span: Span) -> bool:
    """A capitalised word mid-sentence is a product or company name ("Synergy Cloud").

    Read from capitals, not tags, so it says the same on tokenized and parsed
    text; all-caps and mixed-case words ("API", "OAuth") are acronyms and stay checked.
    """
    return all(
        t.text[:1].isupper() and t.text[1:].islower() and not opens_sentence(t) for t in span
    )


def defined_here(span: Span) -> bool:
    """A term the sentence opens by defining: "Joint liability means each of you ...".

    The term (with at most three describing words before it, no determiner or
    possessive: "Our liability means ..." speaks of a thing, not a term) opens
    the sentence and "means" follows it. Read from tokens, so it says the same
    on tokenized and parsed text.
    """
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "means":
        return False
    start = span.start
    for _ in range(4):
        if start == 0 or doc[start].is_sent_start or doc[start - 1].text in _SENTENCE_ENDS:
            return True
        before = doc[start - 1]
        if before.lower_ in DETERMINERS or not (before.is_alpha or before.text == "-"):
            return False
        start -= 1
    return False


def is_explained(span: Span) -> bool:
    """A term followed by an explanation ("API (a way for apps to talk)") or inside one."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.text in EXPLANATION_STARTS:
        return True
    if before is not None and before.text == "(":
        return True
    if after is not None and after.text == "," and span.end + 1 < len(doc):
        return doc[span.end + 1].lower_ in APPOSITIVE_WORDS
    # "A webhook is a message our system sends ...", "DNS is like an address book"
    if after is not None and after.lower_ in ("is", "are") and span.end + 1 < len(doc):
        return doc[span.end + 1].lower_ in DEFINING_WORDS
    return False

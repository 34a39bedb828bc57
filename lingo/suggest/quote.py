"""The flagged words as a message quotes them: a whole phrase, not one cut mid-way.

A pattern's match is shaped to find the problem, not to be quoted: it may take
the joiner before it ("and this decision is final."), the last word of the
subject's phrase ("desk are not authorised" of "Staff at the front desk are not
authorised") or stop at a noun that describes the next one ("be subject to an
administration" of "... an administration fee"). The message quotes the phrase
a reader would: the joiner and the closing stop go, a cut subject is quoted whole
(or, when it is long, not at all), a "the" or "your" whose noun is outside goes, and a
describing noun takes the noun it describes (not for a one-word match: the message is
about that word). The finding's place in the text stays the match's.
"""

from __future__ import annotations

from spacy.tokens import Span

from .annotations import has_annotation

_JOINERS = frozenset({"and", "but", "or", "so", "yet"})
_DESCRIBING = frozenset({"compound", "amod", "nmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_SHORT_SUBJECT = 5  # words of a subject added before the match, at most


def _is_mark(text: str) -> bool:
    """Punctuation or markup left by the text ("`", "*"): no letter or digit in it."""
    return not any(ch.isalnum() for ch in text)


def quoted(span: Span) -> str:
    """The words of `span` a message should quote (the span's own text when nothing is cut)."""
    doc = span.doc
    start, end = span.start, span.end
    while end - start > 1 and doc[end - 1].is_punct and doc[end - 1].text in ".!?,;:":
        end -= 1
    while end - start > 1 and (_is_mark(doc[start].text) or doc[start].lower_ in _JOINERS):
        start += 1
    if has_annotation(doc, "DEP"):
        first = doc[start]
        subject = next((t for t in (first, *first.ancestors) if t.dep_ in _SUBJECTS), None)
        if (
            end - start > 1
            and subject is not None
            and subject is not first
            and start <= subject.head.i < end
            and subject.left_edge.i < start
        ):
            # "desk are not authorised" of "Staff at the front desk are not authorised":
            # the whole subject when it is short and plain, else none of it
            whole = doc[subject.left_edge.i : start]
            if len(whole) <= _SHORT_SUBJECT and not any(t.is_punct for t in whole):
                start = subject.left_edge.i
            else:
                start = subject.right_edge.i + 1
                while end - start > 1 and (
                    _is_mark(doc[start].text) or doc[start].lower_ in _JOINERS
                ):
                    start += 1
        while (
            end - start > 1 and doc[end - 1].tag_ in ("DT", "PRP$") and doc[end - 1].head.i >= end
        ):
            end -= 1  # "Further to your" of "Further to your call": the phrase goes on
        last = doc[end - 1]
        head = last.head
        if (
            end - start > 1  # a one-word match is the word the message is about
            and last.dep_ in _DESCRIBING
            and last.pos_ in ("NOUN", "PROPN", "ADJ")
            and end <= head.i <= end + 3
            and head.pos_ in ("NOUN", "PROPN")
            and all(
                doc[i].dep_ in _DESCRIBING and doc[i].head.i == head.i for i in range(end, head.i)
            )
        ):
            end = head.i + 1  # "an administration" of "an administration fee"
    if (start, end) == (span.start, span.end):
        return span.text
    return doc[start:end].text

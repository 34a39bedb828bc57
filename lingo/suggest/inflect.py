"""Fit a dictionary-form replacement into the sentence it replaces words in.

"utilized" -> "used", "utilizes" -> "uses", "commencing" -> "starting", "pain
points" -> "problems": the replacement takes the tag (tense, number, degree) of
the word it replaces (word_forms.py, through lemminflect).

Around the replacement the sentence is kept grammatical: "a"/"an" agrees with
the new first word, "the aforementioned" -> "this" loses its "the", a subject
that becomes "I" or "we" takes a verb that agrees ("the undersigned agrees" ->
"I agree"), "for the purpose of sending" -> "to send", and "empowers you to
manage" -> "lets you manage". Capitals at the start of a sentence and ALL-CAPS
shouting are kept; an acronym's capitals are not carried over.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..doc_text import doc_text
from ..findings import Edit
from ..lexicon.morphology import getAllInflections, getAllLemmas
from .annotations import has_annotation
from .word_forms import (
    DETERMINERS,
    degree_form,
    inflect_phrase,
    inflection_head,
    is_base,
    match_case,
    wants_an,
)

# Verbs that take a bare infinitive: "lets you manage", never "lets you to manage".
_BARE_INFINITIVE = frozenset({"let", "make"})
# Replacements that take "the", not "a": "a cutting-edge phone" -> "the latest phone".
_SUPERLATIVES = frozenset(
    "best worst most least latest newest biggest fastest simplest easiest cheapest".split()
)
_PLURAL_SUBJECTS = {"i": "1s", "we": "pl", "you": "pl", "they": "pl"}
_BE_FORMS = {("1s", False): "am", ("pl", False): "are", ("1s", True): "was", ("pl", True): "were"}


@dataclass(frozen=True)
class Replacement:
    """A replacement fitted to the sentence, with the edits that apply it."""

    text: str
    edits: tuple[Edit, ...]


def _starts_sentence(span: Span) -> bool:
    first = span[0]
    if first.is_sent_start or span.start == 0:
        return True
    before = (
        span.doc[first.sent.start : span.start]
        if has_annotation(span.doc, "SENT_START")
        else span.doc[: span.start]
    )
    return all(not (t.is_alpha or t.like_num) for t in before)


def fit_replacement(span: Span, replacement: str, head: Token | None = None) -> Replacement:
    """The replacement for `span`, inflected and cased, with the edits around it.

    Offsets in the edits are character offsets into `span.doc.text`.
    """
    head = inflection_head(span, head)
    doc = span.doc
    text = inflect_phrase(replacement, head)
    start, end = span.start_char, span.end_char
    first_word = text.split(" ")[0].lower() if text else ""
    before = doc[span.start - 1] if span.start > 0 else None
    # "the aforementioned charge" -> "this charge", not "the this charge".
    parsed = has_annotation(doc, "DEP")
    if (
        before is not None
        and first_word in DETERMINERS
        and before.lower_ in DETERMINERS
        and (before.dep_ in ("det", "poss") or not parsed)
    ):
        start = before.idx
        text = match_case(
            before.text, text, sentence_start=_starts_sentence(doc[span.start - 1 : span.end])
        )
        before = doc[span.start - 2] if span.start > 1 else None
    elif (
        before is not None
        and before.lower_ in ("more", "most")
        and len(text.split(" ")) == 1
        # an adjective only: "most frequently" -> "most often", never "oftenest"
        and head.pos_ != "ADV"
        and not span[-1].lower_.endswith("ly")
        and (degree := degree_form(text, "JJR" if before.lower_ == "more" else "JJS"))
    ):
        # "a more robust plan" -> "a stronger plan", not "a more strong plan".
        text = degree
        start = before.idx
        text = match_case(
            before.text, text, sentence_start=_starts_sentence(doc[before.i : span.end])
        )
        before = doc[before.i - 1] if before.i > 0 else None
    else:
        text = match_case(span.text, text, sentence_start=_starts_sentence(span))
    end, text = _absorb_stranded_to(span, text, end)
    edits = [Edit(start, end, text)]
    if before is not None and text and start == span.start_char and before.lower_ in ("a", "an"):
        # "an optimal experience" -> "the best experience", never "a best experience".
        wanted = (
            "the"
            if text.split(" ")[0].lower() in _SUPERLATIVES
            else "an"
            if wants_an(text)
            else "a"
        )
        if before.lower_ != wanted:
            wanted = match_case(
                before.text, wanted, sentence_start=_starts_sentence(doc[before.i : before.i + 1])
            )
            edits.insert(0, Edit(before.idx, before.idx + len(before.text), wanted))
    if parsed:
        edits += _agreement_edits(span, text)
        edits += _infinitive_edits(span, text, head)
    else:
        edits += _next_word_edits(span, text)
    return Replacement(text=_shown(doc_text(doc), edits, span), edits=tuple(edits))


_PARTICLES = frozenset({"out", "up", "back", "in", "off", "down", "over"})


def _absorb_stranded_to(span: Span, text: str, end: int) -> tuple[int, str]:
    """ "reach out to us" -> "contact us" or "get in touch with us": a one-word verb takes its
    object without "to", and "in touch" takes it with "with".

    Only when the phrase ends in a particle, the next word is "to", and what
    follows "to" is not a verb ("reach out to ask" keeps its "to"); a capitalised
    word there is a name, even one spelt like a verb ("reach out to Segment Support").
    Returns the end of the replaced text and the replacement.
    """
    doc = span.doc
    words = text.split(" ")
    touch = len(words) == 3 and [w.lower() for w in words[1:]] == ["in", "touch"]
    if len(words) != 1 and not touch:
        return end, text
    if span[-1].lower_ not in _PARTICLES or span.end + 1 >= len(doc):
        return end, text
    to, after = doc[span.end], doc[span.end + 1]
    if to.lower_ != "to" or not is_base(words[0], "VERB") and not _verb_form_of(words[0]):
        return end, text
    if (
        after.is_punct
        or is_base(after.text, "VERB")
        and after.lower_ not in ("us", "me", "you", "them")
        and not after.text[:1].isupper()
    ):
        return end, text
    return to.idx + len(to.text), f"{text} with" if touch else text


def _shown(source: str, edits: list[Edit], span: Span) -> str:
    """What the reader sees as the suggestion: the replacement, plus any words fixed around it."""
    if len(edits) == 1:
        return edits[0].replacement
    start = min(e.start for e in edits)
    end = max(e.end for e in edits)
    out = []
    pos = start
    for edit in sorted(edits, key=lambda e: e.start):
        out.append(source[pos : edit.start])
        out.append(edit.replacement)
        pos = edit.end
    out.append(source[pos:end])
    return "".join(out).strip()


def _agreement_edits(span: Span, text: str) -> list[Edit]:
    """A subject that becomes "I", "we", "you" or "they" takes a verb that agrees with it."""
    person = _PLURAL_SUBJECTS.get(text.lower())
    root = span.root
    if person is None or root.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = root.head
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > root.i]
    finite = helpers[0] if helpers else verb
    if finite.i < root.i or finite.tag_ not in ("VBZ", "VBD"):
        return []
    low = finite.lower_
    if finite.tag_ == "VBD":
        if low not in ("was", "were"):
            return []
        new = _BE_FORMS[(person, True)]
    elif low in ("is", "'s"):
        new = _BE_FORMS[(person, False)]
    elif low == "has":
        new = "have"
    elif low == "does":
        new = "do"
    else:
        lemma = finite.lemma_.lower()
        if not is_base(lemma, "VERB"):
            return []
        new = lemma
    if new == low:
        return []
    new = match_case(finite.text, new, sentence_start=False)
    return [Edit(finite.idx, finite.idx + len(finite.text), new)]


def _verb_form_of(word: str) -> tuple[str, str] | None:
    """(lemma, tag) when `word` is an inflected verb form lemminflect knows."""
    low = word.lower()
    for lemma in getAllLemmas(low).get("VERB", ()):
        for tag, forms in getAllInflections(lemma, upos="VERB").items():
            if low in forms and low != lemma:
                return lemma, tag
    return None


_OBJECT_PRONOUNS = frozenset({"you", "us", "them", "me", "him", "her", "it"})


def _next_word_edits(span: Span, text: str) -> list[Edit]:
    """The same repairs as on a parsed Doc, read from word forms alone.

    The Linter matches plain phrases on sentences it has not tagged, so there
    is no parse to ask; the word right after the replacement tells enough.
    """
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None:
        return []
    words = text.lower().split(" ")
    form = _verb_form_of(after.text)
    person = _PLURAL_SUBJECTS.get(text.lower())
    if person is not None and form is not None and form[1] == "VBZ":
        lemma = form[0]
        new = {"be": _BE_FORMS[(person, False)], "have": "have", "do": "do"}.get(lemma, lemma)
        return [Edit(after.idx, after.idx + len(after.text), new)]
    if words[-1] == "to" and span[-1].lower_ != "to" and form is not None and form[1] == "VBG":
        return [Edit(after.idx, after.idx + len(after.text), form[0])]
    lemma = getAllLemmas(words[0]).get("VERB", ("",))[0]
    if lemma in _BARE_INFINITIVE:
        # "lets global brands to create" -> "lets global brands create": a short
        # object of plain words, then "to" and a verb.
        for i in range(span.end, min(span.end + 5, len(doc) - 1)):
            token = doc[i]
            if token.lower_ == "to":
                if i > span.end and is_base(doc[i + 1].text, "VERB"):
                    return [Edit(token.idx, token.idx + len(token.text_with_ws), "")]
                break
            if not token.is_alpha or (
                _verb_form_of(token.text) is not None and "NOUN" not in getAllLemmas(token.lower_)
            ):
                break
    return []


def _infinitive_edits(span: Span, text: str, head: Token) -> list[Edit]:
    """Keep the verb after the replacement grammatical.

    "for the purpose of sending" -> "to send"; "empowers you to manage" ->
    "lets you manage".
    """
    doc = span.doc
    words = text.lower().split(" ")
    after = doc[span.end] if span.end < len(doc) else None
    if words[-1] == "to" and span[-1].lower_ != "to" and after is not None and after.tag_ == "VBG":
        lemma = getAllLemmas(after.lower_).get("VERB")
        if lemma:
            return [Edit(after.idx, after.idx + len(after.text), lemma[0])]
    if (
        head.pos_ == "VERB"
        and words[0] in _BARE_INFINITIVE
        or (
            head.pos_ == "VERB" and getAllLemmas(words[0]).get("VERB", ("",))[0] in _BARE_INFINITIVE
        )
    ):
        for child in head.children:
            if child.dep_ not in ("xcomp", "ccomp", "advcl") or child.i < span.end:
                continue
            tos = [
                c for c in child.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < child.i
            ]
            if tos:
                to = tos[0]
                return [Edit(to.idx, to.idx + len(to.text_with_ws), "")]
    return []

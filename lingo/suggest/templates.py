"""Fill a say-no entry's `rewrite` template from the sentence's parse.

    rewrite: "We can {verb} {object} [when we can]; {clause}, here's what we can do: [option]."
    "We cannot refund orders after 30 days."
    -> "We can refund orders [when we can]; after 30 days, here's what we can do: [option]."

The placeholders ({match}, {verb}, {object}, {doing}, {it}, {rest}, {clause}, {before},
{Subject}, {subject}) are described in docs/lexicon-format.md. An entry may give
several templates, most specific first: the first whose placeholders can all be
filled is used. A template whose placeholder cannot be filled (no verb, no
object, nothing after the match) is dropped: a rewrite with a hole in it reads
worse than none. Text in [square brackets] is a blank for the writer to fill.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..doc_text import doc_text
from ..findings import Edit, Suggestion
from ..lexicon.schema import REWRITE_PLACEHOLDERS
from ..text.sentences import opens_sentence
from .annotations import has_annotation
from .clauses import end_of_phrase, match_opens_sentence, rest_after, sentence_of
from .recheck import rewrite_problem
from .reparse import Reparser
from .word_forms import gerund
from .words import lemma_of_verb

PLACEHOLDER = re.compile(r"\{(" + "|".join(REWRITE_PLACEHOLDERS) + r")\}")
BLANK = re.compile(r"\[[^\]]+\]")
_SKIPPABLE = frozenset({"ADV", "PART"})
# A template that says "we can {verb}" of a verb the sentence denies turns a
# refusal into a promise: "We cannot control the weather" -> "We can control the weather".
# Only "we" and "I" promise: "You can pay the invoice here" for "You have not
# paid the invoice" is the customer's next step. "could we {verb}" asks.
_AFFIRMS_VERB = re.compile(
    r"(?<!could )(?<!would )(?<!can )(?<!will )\b(?:we|i)(?:\s+(?:can|will|could|may)|'ll)?"
    r"\s+\{verb\}",
    re.I,
)
# "Let's {verb} {object} together" offers to do a step again with the customer: right for a
# code to enter or a form to fill, wrong for what had its time ("you failed to attend your
# induction", "... to pay by the 5th", "... to reply within 14 days"), which the next template
# ("It looks like [what happened], so let's [the next step].") leaves to the writer.
_DO_TOGETHER = re.compile(r"\blet's \{verb\}[^.]*\btogether\b", re.I)
_MISSED_AT_A_TIME = frozenset(
    """attend arrive appear come show turn meet keep make visit respond reply return pay
    notify inform tell call cancel collect renew book""".split()
)
_PERSONS = frozenset({"you", "me", "us", "him", "her"})  # "them" may be the tickets
_NEGATORS = frozenset(
    "not n't cannot never no unable impossible refuse refuses refused won't can't".split()
)
# Words that give a reason, or only frame the case, rather than narrow the thing a
# {condition} follows: "about the address because the label is printed", "about
# an exception in this case" name the thing badly; "about orders once they ship" names it.
_REASONS = frozenset("because as since given due owing so".split())
_FRAMES = re.compile(
    r"^(?:on (?:that|this|these|those) basis|in (?:this|that|your|such a|such) cases?|"
    r"at (?:this|the moment|present|the present) ?(?:time|moment)?|"
    r"for (?:this|that|these) reasons?|"
    r"(?:right )?now|here|either|anyway|though|unfortunately|on this occasion)$",
    re.I,
)
_OBJECT_PRONOUN = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them"}


@dataclass(frozen=True)
class Filled:
    """A template filled from one sentence: the new sentence and what it replaces."""

    text: str
    start: int  # doc.text offsets of the sentence the text replaces
    end: int
    complete: bool  # no [blank] left for the writer


def placeholders(template: str) -> set[str]:
    return set(PLACEHOLDER.findall(template))


def action_verb(span: Span) -> Token | None:
    """The verb the flagged words are about ("refund" in "we cannot refund")."""
    doc = span.doc
    verbs = [t for t in span if t.pos_ == "VERB"]
    verb = verbs[-1] if verbs else None
    if verb is not None:
        governed = [
            c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i >= span.start
        ]
        if governed:
            return governed[0]
        return verb
    sent_end = sentence_of(span).end
    i = span.end
    while i < sent_end and doc[i].pos_ in _SKIPPABLE:
        i += 1
    if i < sent_end and doc[i].pos_ == "VERB" and doc[i].tag_ == "VB":
        return doc[i]
    return None


def _particles(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]


def _object(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ == "dobj":
            return verb.doc[child.left_edge.i : child.right_edge.i + 1]
    return None


def _subject(verb: Token, span: Span) -> Span | None:
    heads = [verb, *(t for t in verb.ancestors if t.i >= span.start - 1)]
    for head in heads:
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return verb.doc[child.left_edge.i : child.right_edge.i + 1]
    return None


def _running_text(span: Span) -> str:
    """A span as it reads mid-sentence: a sentence-start capital goes, names keep theirs."""
    text = span.text
    first = span[0]
    if (
        opens_sentence(first)
        and first.pos_ != "PROPN"
        and first.text != "I"
        and not (first.text.isupper() and len(first.text) > 1)  # "A refund" -> "a refund"
    ):
        return text[:1].lower() + text[1:]
    return text


# Words an `{object}` or a `{condition}` may hold before a template that quotes it back is
# left for a plainer one.
_LONGEST_QUOTE = 8


def fill(template: str, span: Span) -> Filled | None:
    """The template filled from `span`'s sentence, or None when a placeholder cannot be."""
    used = placeholders(template)
    doc = span.doc
    needs_parse = used & {"verb", "object", "doing", "Subject", "subject"}
    if needs_parse and not has_annotation(doc, "DEP"):
        return None
    values: dict[str, str] = {"match": span.text}
    after = end_of_phrase(span)
    verb = action_verb(span) if needs_parse else None
    if used & {"verb", "object", "doing"} or ({"Subject", "subject"} & used):
        if verb is None:
            return None
    if verb is not None and "verb" in used:
        if _DO_TOGETHER.search(template) and lemma_of_verb(verb) in _MISSED_AT_A_TIME:
            return None  # "Let's attend your induction session together" is past saying
        particles = _particles(verb)
        values["verb"] = " ".join([lemma_of_verb(verb), *(p.text for p in particles)])
        after = max(after, (particles[-1].i if particles else verb.i) + 1)
    if used & {"object", "it", "doing"}:
        assert verb is not None
        obj = _object(verb)
        if obj is None:
            return None
        obj = _without_frame(obj)
        if "object" in used and len(obj) == 1 and obj[0].lower_ in _PERSONS:
            return None  # "Here's what we can do about you" names no thing
        if used & {"object", "doing"} and len(obj) > _LONGEST_QUOTE:
            return None  # "Here's what we can do about repairs where the appliance has not ..."
        values["object"] = _running_text(obj)
        if "doing" in used:  # "discuss the amount" -> "discussing the amount"
            words = [gerund(lemma_of_verb(verb)), *(p.text for p in _particles(verb))]
            values["doing"] = " ".join([*words, values["object"]])
        plural = obj.root.tag_ in ("NNS", "NNPS") or any(
            c.dep_ == "conj" for c in obj.root.children
        )
        values["it"] = "them" if plural or obj.root.lower_ in ("them", "these", "those") else "it"
        after = max(after, obj.end)
    if "before" in used:
        sent = sentence_of(span)
        values["before"] = doc[sent.start : span.start].text.strip()
    if {"Subject", "subject"} & used:
        assert verb is not None
        subject = _subject(verb, span)
        if subject is None:
            return None
        if len(subject) == 1 and subject[0].lower_ in _OBJECT_PRONOUN:
            running = subject[0].lower_ if subject[0].text != "I" else "I"
        else:
            running = _running_text(subject)
        values["subject"] = running
        values["Subject"] = running[:1].upper() + running[1:]
    if used & {"rest", "clause"} and "before" not in used and not match_opens_sentence(span):
        return None  # "our decision has been made in line with the policy ..." keeps its start
    if used & {"rest", "clause"}:
        rest = rest_after(span, after)
        if not rest:
            return None
        if "clause" in used and _holds_two_clauses(span, after):
            return None
        values["rest"] = values["clause"] = rest
    if "condition" in used:
        condition = rest_after(span, after)
        if not condition or not _narrows(condition) or _holds_two_clauses(span, after):
            return None
        if len(condition.split()) > _LONGEST_QUOTE:
            return None  # a hint that repeats a whole clause back is no help (a reader)
        values["condition"] = condition
    text = PLACEHOLDER.sub(lambda m: values[m.group(1)], template)
    if not text.strip(" .,;:"):
        return None
    text = _tidy(text)
    sent = sentence_of(span)
    start, end = sent.start_char, sent.end_char
    while end > start and doc_text(doc)[end - 1].isspace():
        end -= 1
    # The sentence's own end stays: a colon that opens a list, a question mark.
    ending = doc_text(doc)[start:end].rstrip()[-1:]
    bare = not PLACEHOLDER.sub("", template).strip(" .,;:!?")  # "{rest}.", "{before} {rest}."
    if ending in (":", "?", "!") and text[-1:] in ".:?!" and text[-1] != ending:
        if ending == ":" or bare:
            text = text[:-1] + ending
    complete = not BLANK.search(text)
    if complete and not _keeps_the_sentence(span, used, text):
        return None
    if ending == "?" and not text.endswith("?"):
        complete = False  # a question rewritten as a statement: advice, not a fix
    return Filled(text=text, start=start, end=end, complete=complete)


def _without_frame(obj: Span) -> Span:
    """The object without a frame the parse hung on it: "an exception in this case" ->
    "an exception"."""
    for child in obj.root.children:
        if child.i > obj.root.i and child.dep_ == "prep" and child.right_edge.i == obj.end - 1:
            tail = obj.doc[child.i : child.right_edge.i + 1].text
            if _FRAMES.match(tail):
                return obj.doc[obj.start : child.i]
    return obj


def _narrows(words: str) -> bool:
    """Whether the words after a thing narrow it (a time, a condition, a place: "once they ship",
    "for private channels") rather than give a reason or frame the case ("because ...",
    "on that basis", "in this case")."""
    first = words.split(" ", 1)[0].lower().strip(",")
    return first not in _REASONS and not _FRAMES.match(words.strip(" ,.;:"))


def _holds_two_clauses(span: Span, after: int) -> bool:
    """True when the words from `after` hold a second clause (", and your request was denied")."""
    doc = span.doc
    sent = sentence_of(span)
    for token in doc[after : sent.end]:
        if token.text == ";":
            return True
        if (
            token.dep_ == "conj"
            and token.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)
        ):
            return True
    return False


_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?")


def _keeps_the_sentence(span: Span, used: set[str], text: str) -> bool:
    """A complete rewrite replaces the whole sentence, so it must keep what the match is not.

    Without `{before}` the match must open the sentence; and every word of the
    sentence outside the match must still be there ("To use your credit, you
    must log in" may not become "Please log in").
    """
    sent = sentence_of(span)
    doc = span.doc
    if "before" not in used and any(t.is_alpha or t.like_num for t in doc[sent.start : span.start]):
        return False
    kept = {w.lower() for w in _WORD.findall(text)}
    phrase_end = end_of_phrase(span)
    outside = [t for t in doc[sent.start : sent.end] if not span.start <= t.i < phrase_end]
    words = [t.lower_ for t in outside if (t.is_alpha or t.like_num) and not t.is_stop]
    return all(w in kept for w in words)


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([.,!?;:])", r"\1", text)
    text = re.sub(r"([.!?])\1+", r"\1", text)
    text = re.sub(r",\s*,", ",", text)
    return text[:1].upper() + text[1:] if text else text


def denies(span: Span) -> bool:
    """True when the flagged words deny something: "we cannot", "unable to", "not permitted"."""
    if any(t.lower_ in _NEGATORS for t in span):
        return True
    verb = action_verb(span) if has_annotation(span.doc, "DEP") else None
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


def promises_what_is_denied(template: str, span: Span) -> bool:
    return bool(_AFFIRMS_VERB.search(template)) and denies(span)


def generic_rewrites(templates: tuple[str, ...]) -> frozenset[str]:
    """The templates that use no placeholder, as they read once filled: generic advice."""
    return frozenset(_tidy(t) for t in templates if not placeholders(t))


def template_suggestion(
    span: Span, templates: str | tuple[str, ...], reparser: Reparser | None = None
) -> Suggestion | None:
    """The entry's rewrite of the whole sentence, as a suggestion (the first template that fills).

    A rewrite with a [blank] left in it is a hint: written into the file it
    would ship the blank to a customer. A complete rewrite is an unsafe fix
    over the sentence: it changes what the sentence promises, so only a
    writer who asks for unsafe fixes gets it applied.

    A template that would promise what the sentence denies is skipped. A
    complete rewrite is parsed (with `reparser`) before it is offered: one that
    does not read is a hint.
    """
    if isinstance(templates, str):
        templates = (templates,)
    templates = tuple(t for t in templates if not promises_what_is_denied(t, span))
    filled = next((f for f in (fill(t, span) for t in templates) if f is not None), None)
    if filled is None:
        return None
    if not filled.complete:
        return Suggestion(text=filled.text, safety="hint")
    if reparser is not None:
        reason = rewrite_problem(reparser, filled.text)
        if reason is not None:
            return Suggestion(text=f"{filled.text} (reword by hand: {reason})", safety="hint")
    return Suggestion(
        text=filled.text, safety="unsafe", edits=(Edit(filled.start, filled.end, filled.text),)
    )

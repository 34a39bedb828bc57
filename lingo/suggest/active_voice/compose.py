"""Building the rewrite: the active clause's text from the parts of the passive one.

`compose` puts the actor first, the active verb group (verb_group.py) after
it, and the old subject as the new object; questions and relative clauses
keep their front word in front.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from ...text.sentences import opens_sentence
from ..words import TO_OBJECT, TO_SUBJECT, lemma_of_verb
from .clause import _Clause
from .verb_group import _agree, _neg_word, _person, build_group, verb_form

PLACEHOLDER = "[who]"

# -- building the rewrite -----------------------------------------------------------------


def _object_text(clause: _Clause) -> str:
    """The old subject as the new object: pronouns change case, a sentence-start capital goes."""
    subject = clause.subject
    assert subject is not None
    if len(subject) == 1 and subject[0].lower_ in TO_OBJECT:
        return TO_OBJECT[subject[0].lower_]
    text = subject.text
    first = subject[0]
    if (
        opens_sentence(first)
        and first.pos_ != "PROPN"
        and first.text != "I"
        and not (first.text.isupper() and len(first.text) > 1)
    ):
        return text[:1].lower() + text[1:]
    return text


def _actor_text(clause: _Clause, guess: str | None) -> str:
    if clause.actor is None:
        return guess or PLACEHOLDER
    actor = clause.actor
    if len(actor) == 1 and actor[0].lower_ in TO_SUBJECT:
        return TO_SUBJECT[actor[0].lower_]
    return actor.text


def _tokens_text(tokens: Sequence[Token]) -> str:
    return "".join(t.text_with_ws for t in tokens).strip()


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace(" \u0000", "").replace("\u0000", "")
    text = re.sub(r"\s+([.,!?;:%)\]])", r"\1", text)
    text = re.sub(r"([(\[$])\s+", r"\1", text)
    text = re.sub(r"\s+(n't|n’t|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    return text


def compose(clause: _Clause, guess: str | None) -> str | None:
    """The replacement for the clause's region, or None when it cannot be built."""
    doc = clause.verb.doc
    actor = _actor_text(clause, guess)
    person = _person(actor, clause.actor)
    wh_question = (
        clause.front is not None
        and clause.verb.dep_ == "ROOT"
        and clause.verb.sent.text.rstrip().endswith("?")
    )
    group = build_group(
        clause, person, question=(clause.question and clause.front is None) or wh_question
    )
    if group is None:
        return None
    words = list(group.words)
    # Adverbs of the group go before the main verb, after any negation.
    main_at = len(words) - 1
    adverbs = [t.text for t in clause.adverbs]
    words = [*words[:main_at], *adverbs, words[main_at]]
    words += [t.text for t in clause.tail]
    for conj in clause.conjuncts:
        joiners = [t for t in doc[_prev_end(clause, conj) : conj.i] if not t.is_space]
        if any(t.dep_ not in ("cc", "punct", "preconj") for t in joiners):
            return None
        words += [t.text for t in joiners]
        words.append(verb_form(lemma_of_verb(conj), group.verb_tag, conj.text))
    head_words = _head_words(clause, person)
    if head_words is None:
        return None
    obj = "" if clause.expletive or clause.front is not None else _object_text(clause)
    if (
        obj
        and [t.dep_ for t in clause.tail] == ["prt"]
        and obj.lower() in {*TO_OBJECT.values(), "it", "you"}
    ):
        words.insert(len(words) - 1, obj)  # "shut it down", never "shut down it"
        obj = ""
    between = _between_verb_and_end(clause)
    if clause.question and clause.front is None:
        # "Was it sent?" -> "Did we send it?": the first helper goes before the actor.
        first, *rest = [*head_words, *words]
        if rest and rest[0] == "n't":
            first, rest = first + "n't", rest[1:]
        parts = [first, actor, *rest, obj, between]
    elif clause.front is not None:
        front = clause.front.text
        if wh_question:
            first, *rest = [*head_words, *words]
            if rest and rest[0] == "n't":
                first, rest = first + "n't", rest[1:]
            parts = [front, first, actor, *rest, between]
        else:
            parts = [front, actor, *head_words, *words, between]
    else:
        parts = [actor, *head_words, *words, obj, between]
    text = _tidy(" ".join(p for p in parts if p))
    start = doc[clause.region[0]]
    if opens_sentence(start) and text[:1].islower() and not text.startswith("[who]"):
        text = text[:1].upper() + text[1:]
    elif text.startswith(PLACEHOLDER) and opens_sentence(start):
        text = "[Who]" + text[len(PLACEHOLDER) :]
    if clause.front is None and not opens_sentence(start) and actor not in ("I",):
        if (
            clause.actor is not None
            and opens_sentence(clause.actor[0])
            and clause.actor[0].pos_ != "PROPN"
        ):
            text = text[:1].lower() + text[1:]
    return text


def _prev_end(clause: _Clause, conj: Token) -> int:
    before = [c for c in clause.conjuncts if c.i < conj.i]
    anchor = before[-1] if before else (clause.tail[-1] if clause.tail else clause.verb)
    return anchor.i + 1


def _head_words(clause: _Clause, person: str) -> list[str] | None:
    """ "needs" in "Your card needs to be replaced", agreeing with the new subject."""
    if not clause.head_group:
        return []
    words = []
    finite_done = False
    for token in clause.head_group:
        if token.tag_ == "MD" or finite_done:
            words.append(token.text.lower())
            finite_done = finite_done or token.tag_ == "MD"
            continue
        lemma = lemma_of_verb(token) if token.pos_ == "VERB" else token.lemma_.lower()
        if token.tag_ in ("VBZ", "VBP", "VBD"):
            words.append(_agree(lemma, person, token.tag_ == "VBD", token.text))
            finite_done = True
        else:
            words.append(token.text.lower())
        for neg in token.children:
            if neg.dep_ == "neg" and neg.i == token.i + 1:
                words.append(_neg_word(neg, token.lower_))
    return words


def _between_verb_and_end(clause: _Clause) -> str:
    """Words inside the region after the verb that are not the actor: "on Tuesday"."""
    doc = clause.verb.doc
    start, end = clause.region
    skip = {clause.verb.i, *(c.i for c in clause.conjuncts), *clause.dropped}
    skip |= {t.i for t in clause.tail}
    if clause.agent is not None:
        skip |= set(range(clause.agent.start, clause.agent.end))
    after = max([clause.verb.i, *(c.i for c in clause.conjuncts)] + ([t.i for t in clause.tail]))
    kept = [t for t in doc[after + 1 : end] if t.i not in skip]
    return _tokens_text(kept)

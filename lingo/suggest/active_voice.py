"""Turn a passive clause into the active sentence, from its dependency parse.

"Your request was denied by our team." -> "Our team denied your request."
"The form must be completed by the customer" -> "The customer must complete the form"

With no "by ..." actor, the clause gets "we" (something the company did to the
customer's things) or "you" (an instruction: "must be signed"). The rewrite keeps
every word of the original but the passive auxiliaries and "by"; a clause whose
shape is not understood gets no rewrite rather than a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lemminflect import getInflection
from spacy.tokens import Span, Token

from ..findings import Edit, Suggestion

_TO_SUBJECT = {"me": "I", "us": "we", "him": "he", "her": "she", "them": "they", "whom": "who"}
_TO_OBJECT = {"i": "me", "we": "us", "he": "him", "she": "her", "they": "them", "who": "whom"}
_THIRD_SINGULAR_PRONOUNS = {"he", "she", "it", "this", "that", "someone", "somebody", "everyone",
                            "nobody", "anyone", "each", "who"}
_INSTRUCTION_MODALS = {"must", "should", "shall"}
_INSTRUCTION_HEADS = {"need", "have"}


@dataclass(frozen=True)
class _Clause:
    verb: Token
    subject: Span
    auxes: tuple[Token, ...]  # aux, auxpass and neg children before the verb
    agent: Span | None  # the whole "by ..." phrase
    actor: str  # the new subject, in subject case
    actor_is_guess: bool


def _form(lemma: str, tag: str) -> str:
    forms = getInflection(lemma, tag=tag)
    return forms[0] if forms else lemma


def _person(actor: str, root: Token | None) -> str:
    """'3s' for third person singular, '1s' for I, 'pl' otherwise."""
    low = actor.lower()
    if low == "i":
        return "1s"
    if root is None:
        return "3s" if low in _THIRD_SINGULAR_PRONOUNS else "pl"
    if root.lower_ in _THIRD_SINGULAR_PRONOUNS:
        return "3s"
    if root.tag_ in ("NN", "NNP") or root.lower_ in ("it",):
        return "3s"
    return "pl"


def _present(lemma: str, person: str) -> str:
    if lemma == "be":
        return {"1s": "am", "3s": "is", "pl": "are"}[person]
    if lemma == "have":
        return "has" if person == "3s" else "have"
    if lemma == "do":
        return "does" if person == "3s" else "do"
    return _form(lemma, "VBZ") if person == "3s" else lemma


def _past_be(person: str) -> str:
    return "were" if person == "pl" else "was"


def new_verb_group(clause: _Clause, person: str) -> list[str] | None:
    """The active verb group: "denied", "must complete", "has updated", "did not approve"."""
    verb = clause.verb
    lemma = verb.lemma_.lower()
    auxes = clause.auxes
    modals = [a for a in auxes if a.tag_ == "MD"]
    negated = any(a.dep_ == "neg" for a in auxes)
    perfect = [a for a in auxes if a.lemma_.lower() == "have" and a.dep_ == "aux"]
    passive_aux = [a for a in auxes if a.dep_ == "auxpass"]
    progressive = any(a.lower_ == "being" for a in auxes)
    neg = ["not"] if negated else []
    if modals:
        words = [modals[0].text.lower(), *neg]
        if perfect:
            return [*words, "have", _form(lemma, "VBN")]
        if progressive:
            return [*words, "be", _form(lemma, "VBG")]
        return [*words, lemma]
    if perfect:
        have = "had" if perfect[0].tag_ == "VBD" else _present("have", person)
        if progressive:
            return [have, *neg, "been", _form(lemma, "VBG")]
        return [have, *neg, _form(lemma, "VBN")]
    if not passive_aux:
        return None
    tense_tag = passive_aux[0].tag_
    past = tense_tag == "VBD"
    if progressive:
        be = _past_be(person) if past else _present("be", person)
        return [be, *neg, _form(lemma, "VBG")]
    if tense_tag not in ("VBD", "VBZ", "VBP"):
        return None
    if negated:
        do = "did" if past else _present("do", person)
        return [do, "not", lemma]
    return [_form(lemma, "VBD")] if past else [_present(lemma, person)]


def _object_text(subject: Span) -> str:
    text = subject.text
    if len(subject) == 1 and subject[0].lower_ in _TO_OBJECT:
        return _TO_OBJECT[subject[0].lower_]
    if subject[0].is_sent_start and subject[0].pos_ not in ("PROPN",) and subject[0].text != "I":
        return text[:1].lower() + text[1:]
    return text


def _clause(verb: Token, who: Span | None) -> _Clause | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1:
        return None
    subj_token = subjects[0]
    subject = verb.doc[subj_token.left_edge.i : subj_token.right_edge.i + 1]
    auxes = tuple(c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i)
    agent_tokens = [c for c in verb.children if c.dep_ == "agent"]
    agent = None
    if agent_tokens:
        a = agent_tokens[0]
        agent = verb.doc[a.left_edge.i : a.right_edge.i + 1]
    if who is not None:
        text = who.text
        if len(who) == 1 and who[0].lower_ in _TO_SUBJECT:
            text = _TO_SUBJECT[who[0].lower_]
        return _Clause(verb, subject, auxes, agent, text, actor_is_guess=False)
    head = verb.head if verb.dep_ in ("xcomp",) else None
    instruction = any(a.lower_ in _INSTRUCTION_MODALS for a in auxes) or (
        head is not None and head.lemma_ in _INSTRUCTION_HEADS
    )
    return _Clause(verb, subject, auxes, None, "you" if instruction else "we", True)


def _tidy(words: list[str]) -> str:
    text = re.sub(r"\s+", " ", " ".join(w.strip() for w in words if w.strip()))
    text = re.sub(r"\s+([.,!?;:%)\]])", r"\1", text)
    text = re.sub(r"([(\[$])\s+", r"\1", text)
    text = re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    return text[:1].upper() + text[1:] if text else text


def rewrite_sentence(verb: Token, who: Span | None) -> tuple[str, bool] | None:
    """The whole sentence in the active voice, and whether the actor was guessed."""
    clause = _clause(verb, who)
    if clause is None:
        return None
    sent = verb.sent
    subject, auxes = clause.subject, clause.auxes
    first_aux = min((a.i for a in auxes), default=verb.i)
    question = first_aux < subject.start
    if question or subject.end > first_aux:
        return None
    between = verb.doc[subject.end : first_aux]
    if any(not t.is_space for t in between):
        return None
    root = who.root if who is not None else None
    group = new_verb_group(clause, _person(clause.actor, root))
    if group is None:
        return None
    aux_ids = {a.i for a in auxes}
    adverbs = [t.text for t in verb.doc[first_aux : verb.i] if t.i not in aux_ids]
    agent_ids = set(range(clause.agent.start, clause.agent.end)) if clause.agent else set()
    prefix = [verb.doc[sent.start : subject.start].text] if subject.start > sent.start else []
    rest = ["".join(t.text_with_ws for t in verb.doc[verb.i + 1 : sent.end] if t.i not in agent_ids)]
    actor = clause.actor
    if not prefix and actor[:1].islower():
        actor = actor[:1].upper() + actor[1:]
    elif prefix and who is not None and who[0].is_sent_start:
        actor = actor[:1].lower() + actor[1:]
    verb_words = [*group[:-1], *adverbs, group[-1]]
    words = [*prefix, actor, *verb_words, _object_text(subject), *rest]
    return _tidy(words), clause.actor_is_guess


def active_rewrites(verb: Token, who: Span | None) -> Iterator[Suggestion]:
    """Suggestions for a passive verb: the active sentence, as an edit of the sentence."""
    rewritten = rewrite_sentence(verb, who)
    if rewritten is None:
        return
    text, _guessed = rewritten
    sent = verb.sent
    end = sent.end_char
    while end > sent.start_char and verb.doc.text[end - 1].isspace():
        end -= 1
    original = verb.doc.text[sent.start_char : end]
    if text == original:
        return
    yield Suggestion(text=text, safety="unsafe", edits=(Edit(sent.start_char, end, text),))

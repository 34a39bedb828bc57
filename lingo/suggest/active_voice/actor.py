"""Finding the actor when the sentence names none: "you" where the reader acts, else nothing.

lingo never guesses "we": a wrong actor is worse than none (`guess_actor`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..words import COMPANY_ACTIONS, CUSTOMER_ACTIONS, INSTRUCTION_MODALS, POSSIBILITY_MODALS
from .clause import _TIME_WORDS, _Clause, _span, is_manner

FIRST_PERSON = frozenset(
    {"i", "me", "we", "us", "my", "our", "mine", "ours", "myself", "ourselves"}
)
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})

# -- who does it ----------------------------------------------------------------------------


def guess_actor(clause: _Clause) -> str | None:
    """ "you" when the sentence makes the reader the actor, None otherwise.

    - an instruction ("must be signed", "needs to be replaced") is for the reader: "you";
    - something the customer can do ("can be reset online") is for the reader: "you".
    Who did something to the customer's things ("your refund was processed") is
    not in the sentence: lingo does not guess "we" (a hint asks the writer).
    """
    subject = clause.subject
    assert subject is not None
    words = {t.lower_ for t in subject}
    if words & FIRST_PERSON:
        return None  # the writer's own things: we cannot tell who acted
    modals = {t.lower_ for t in clause.group + clause.head_group if t.tag_ == "MD"}
    negated = clause.neg is not None
    lemma = clause.lemma
    subject_is_reader = bool(words & SECOND_PERSON) and len(subject) == 1
    if any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.tag_ == "VBG" for g in c.children)
        for c in clause.verb.children
    ):
        # "Your account is verified by clicking the link": the reader clicks, so the reader acts.
        return None if subject_is_reader else "you"
    head = clause.verb.head
    if (
        clause.verb.dep_ == "ccomp"
        and head.tag_ == "VB"
        and head.dep_ == "ROOT"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        # "Ensure the thermostat is charged": a step for the reader.
        return None if subject_is_reader else "you"
    if modals == {"should"} and _has_time_limit(clause.verb) and lemma in COMPANY_ACTIONS:
        return None  # "Your points should be added within 48 hours": a promise; whose is not said
    if clause.head_group and clause.head_group[-1].tag_ == "VBD":
        return None  # "had to be postponed": a past need, not an instruction
    if lemma in _RECEIVER_ACTIONS:
        # "Payment must be received by the 5th": the company receives it, not the reader.
        return None
    if clause.head_group or modals & INSTRUCTION_MODALS:
        return None if subject_is_reader else "you"
    if modals & POSSIBILITY_MODALS and not negated and lemma in CUSTOMER_ACTIONS:
        return None if subject_is_reader else "you"
    return None  # never a guessed "we": the sentence does not say who acts


def _has_time_limit(verb: Token) -> bool:
    """ "within 48 hours", "by Friday", "in 3 days", "soon": when it happens, said about us."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("within", "by", "in", "before", "after"):
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if objects and is_manner(_span(objects[0])):
                return True
        if child.dep_ in ("advmod", "npadvmod") and child.lower_ in _SOON_WORDS | _TIME_WORDS:
            return True
    return False


# What the company does with what a customer sends it, never the reader: "Payment must be
# received by the 5th" is no instruction to the reader ("You must receive payment"). Kept to
# these: on help pages the reader is often the one who enables, assigns or removes things.
_RECEIVER_ACTIONS = frozenset(
    "receive process refund reimburse credit dispatch ship deliver".split()
)

_SOON_WORDS = frozenset({"soon", "shortly", "later", "automatically"})

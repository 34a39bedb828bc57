"""The active verb group: verb forms, agreement with the new subject, and the group itself.

`build_group` turns the passive's auxiliaries into the active ones ("was
denied" -> "denied", "must be completed" -> "must complete", "was it sent?"
-> "did we send it?"); `verb_form` and `_agree` inflect a verb for its tag
and its subject.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...lexicon.morphology import getInflection
from .clause import _Clause

_THIRD_SINGULAR = frozenset(
    "he she it this that someone somebody everyone everybody nobody anyone anybody each "
    "who what something nothing everything".split()
)
_PLURAL_PRONOUNS = frozenset({"we", "you", "they", "these", "those", "both", "us", "them"})

# -- inflection ---------------------------------------------------------------------------


def _pick(forms: Sequence[str], original: str) -> str:
    """Of several spellings ("canceled", "cancelled"), the one closest to the writer's."""
    if original in forms:
        return original

    def shared(form: str) -> int:
        n = 0
        for a, b in zip(form, original):
            if a != b:
                break
            n += 1
        return n

    return max(forms, key=shared)


def verb_form(lemma: str, tag: str, original: str = "") -> str:
    """`lemma` in the form of Penn tag `tag` ("send", "VBD" -> "sent")."""
    if tag in ("VB", "VBP"):
        return lemma
    forms = getInflection(lemma, tag=tag)
    if not forms:
        return lemma
    return _pick(forms, original.lower()) if original else forms[0]


def _person(actor_text: str, actor: Span | None) -> str:
    """'1s' for I, '3s' for a singular third person, 'pl' otherwise (we, you, they, plurals)."""
    low = actor_text.lower()
    if low == "i":
        return "1s"
    if low in _PLURAL_PRONOUNS:
        return "pl"
    if low in _THIRD_SINGULAR or actor is None:
        return "3s"
    root = actor.root
    if root.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in root.children):
        return "pl"
    return "3s"


def _be(person: str, past: bool) -> str:
    if past:
        return "were" if person == "pl" else "was"
    return {"1s": "am", "3s": "is", "pl": "are"}[person]


def _agree(lemma: str, person: str, past: bool, original: str = "") -> str:
    """A finite verb that agrees with the new subject: "has"/"have", "does"/"do"."""
    if lemma == "be":
        return _be(person, past)
    if past:
        return verb_form(lemma, "VBD", original)
    if lemma == "have":
        return "has" if person == "3s" else "have"
    if lemma == "do":
        return "does" if person == "3s" else "do"
    return verb_form(lemma, "VBZ", original) if person == "3s" else lemma


# -- the verb group -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Group:
    """The active verb group as words, and the tag the main verb (and its conjuncts) take."""

    words: list[str]
    verb_tag: str
    neg_at: int | None  # index in `words` of the negation, if any


def _is_perfect_have(token: Token, following: Sequence[Token]) -> bool:
    if token.lemma_.lower() == "have":
        return True
    # "Your order's been shipped": the clitic 's is "has" before "been".
    return token.lower_ in ("'s", "’s", "'ve", "’ve", "'d", "’d") and any(
        t.lower_ == "been" for t in following
    )


def _neg_word(neg: Token, attach_to: str) -> str:
    """The negation as written: "n't" stays a contraction, "cannot" stays one word."""
    low = neg.lower_
    if low in ("n't", "n’t"):
        return "n't"
    if low == "not" and attach_to in ("can", "ca") and neg.i > 0:
        prev = neg.doc[neg.i - 1]
        if prev.lower_ == "can" and not prev.whitespace_:
            return "\u0000not"  # glued back to "cannot" by _tidy
    return neg.text.lower()


def build_group(clause: _Clause, person: str, *, question: bool) -> _Group | None:
    """The active verb group: "denied", "must complete", "has updated", "did not approve".

    In a question the first word is the one that moves before the subject, so a
    simple tense gets "do": "Was it sent?" -> "Did we send it?".
    """
    lemma = clause.lemma
    group = clause.group
    modals = [t for t in group if t.tag_ == "MD"]
    dos = [t for t in group if t.lemma_.lower() == "do" and t.tag_ != "MD"]
    tos = [t for t in group if t.lower_ == "to" and t.tag_ == "TO"]
    perfect = [t for n, t in enumerate(group) if _is_perfect_have(t, group[n + 1 :])]
    progressive = any(t.lower_ == "being" for t in group)
    passive = [t for t in group if t.lemma_.lower() in ("be", "get") and t not in perfect]
    neg = clause.neg
    never = neg is not None and neg.lower_ == "never"

    def with_neg(first: list[str], rest: list[str], tag: str) -> _Group:
        if neg is None:
            return _Group([*first, *rest], tag, None)
        word = _neg_word(neg, first[-1] if first else "")
        if never and not first:
            return _Group([word, *rest], tag, 0)
        return _Group([*first, word, *rest], tag, len(first))

    if modals:
        modal = modals[0].text.lower()
        if perfect:
            return with_neg([modal], ["have", verb_form(lemma, "VBN", clause.verb.text)], "VBN")
        if progressive:
            return with_neg([modal], ["be", verb_form(lemma, "VBG", clause.verb.text)], "VBG")
        return with_neg([modal], [lemma], "VB")
    if tos:
        if perfect:
            return _Group(["to", "have", verb_form(lemma, "VBN", clause.verb.text)], "VBN", None)
        if neg is not None:
            return _Group([neg.text.lower(), "to", lemma], "VB", 0)
        return _Group(["to", lemma], "VB", None)
    if perfect:
        have = perfect[0]
        past = have.tag_ == "VBD" or have.lower_ in ("had", "'d", "’d")
        have_word = "had" if past else _agree("have", person, False)
        if progressive:
            return with_neg([have_word], ["been", verb_form(lemma, "VBG", clause.verb.text)], "VBG")
        return with_neg([have_word], [verb_form(lemma, "VBN", clause.verb.text)], "VBN")
    tense_token = dos[0] if dos else (passive[0] if passive else None)
    if tense_token is None:
        return None
    if tense_token.tag_ == "VBD" or tense_token.lower_ in ("was", "were", "got", "did"):
        past = True
    elif tense_token.tag_ in ("VBZ", "VBP") or tense_token.lower_ in (
        "is",
        "are",
        "am",
        "'s",
        "'re",
        "'m",
        "gets",
        "get",
        "does",
        "do",
    ):
        past = False
    else:
        return None  # "be advised", "being charged", "to get paid": no tense to carry
    if progressive:
        return with_neg([_be(person, past)], [verb_form(lemma, "VBG", clause.verb.text)], "VBG")
    if dos or question or (neg is not None and not never):
        do = "did" if past else _agree("do", person, False)
        return with_neg([do], [lemma], "VB")
    tag = "VBD" if past else ("VBZ" if person == "3s" else "VBP")
    form = verb_form(lemma, tag, clause.verb.text)
    return with_neg([], [form], tag)


# The modal as the tokenizer splits a contraction ("wo" + "n't", "ca" + "n't", "sha" + "n't",
# "you" + "'ll"), as it reads before a verb.
MODAL_WORDS = {"wo": "will", "ca": "can", "sha": "shall", "'ll": "will", "\u2019ll": "will"}
_SUBJECTS = ("nsubj", "nsubjpass", "csubjpass")
_OBJECT_PRONOUNS = {"you": "you", "we": "us", "i": "me", "they": "them", "he": "him", "she": "her"}


def modal_word(modal: Token) -> str:
    """The modal as it reads before a verb: "must", "ca" -> "can", "wo" -> "will"."""
    return MODAL_WORDS.get(modal.lower_, modal.lower_)


def object_pronoun(verb: Token) -> str:
    """Who or what a passive is done to, as an object: "who informs you" for "you're informed",
    "who deletes them" for "cancellations are deleted"."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "csubjpass")), None)
    head = verb
    while subject is None and head.dep_ == "conj" and head.head is not head:
        # "Some items are out of stock and have been removed": the first verb's subject
        head = head.head
        # only a noun: a pronoun there may belong to a verb the parse joined wrongly ("You can
        # confirm your events flow or are blocked")
        subject = next(
            (c for c in head.children if c.dep_ in _SUBJECTS and c.pos_ in ("NOUN", "PROPN")),
            None,
        )
    if subject is None:
        return "it"
    if subject.lower_ in _OBJECT_PRONOUNS:
        return _OBJECT_PRONOUNS[subject.lower_]
    return "them" if subject.tag_ in ("NNS", "NNPS") else "it"

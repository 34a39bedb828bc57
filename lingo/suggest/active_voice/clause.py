"""Finding the passive clause to rewrite, from its dependency parse.

`find_clause` gathers the parts the active sentence is built from (subject,
auxiliaries, negation, the "by ..." actor, conjoined participles, a particle
or stranded preposition) and decides which tokens the rewrite replaces; it
returns None for a shape lingo does not rewrite. `is_manner` tells a "by"
phrase that says how or when ("by email", "by Friday") from one that names who.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..words import lemma_of_verb

# Verbs whose active form takes a bare infinitive: "was made to wait" -> "made you wait".
BARE_INFINITIVE_VERBS = frozenset({"make", "let", "see", "hear", "watch", "have"})
# Heads of "needs to be replaced": an instruction to the reader.
NEED_HEADS = frozenset({"need", "have"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})


@dataclass
class _Clause:
    """The parts of a passive clause that the active sentence is built from."""

    verb: Token
    lemma: str
    subject: Span | None  # None for "It is estimated that ..." (the "it" is dropped)
    group: list[Token]  # auxiliaries before the verb, in order (not the negation)
    neg: Token | None
    adverbs: list[Token]  # words inside the verb group: "was *suddenly* arrested"
    agent: Span | None  # "by our team"
    actor: Span | None  # "our team"
    head_group: list[Token] = field(default_factory=list)  # "needs" in "needs to be replaced"
    conjuncts: list[Token] = field(default_factory=list)  # "fined or *sent*"
    tail: list[Token] = field(
        default_factory=list
    )  # "shut *down*", "looked *into*", "taken *care of*"
    dropped: set[int] = field(default_factory=set)  # token indexes the rewrite leaves out
    region: tuple[int, int] = (0, 0)  # token range [start, end) the rewrite replaces
    question: bool = False
    expletive: bool = False  # "It is estimated that ..."
    front: Span | None = None  # a relative or question word subject that stays in front


# -- finding the clause ---------------------------------------------------------------------


def _span(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def _subject_and_group(
    verb: Token, aux: Sequence[Token]
) -> tuple[Token | None, list[Token], list[Token]]:
    """The passive subject's head token, the auxiliaries, and the head's group for "needs to be"."""
    group = {t.i: t for t in verb.children if t.dep_ in ("aux", "auxpass") and t.i < verb.i}
    for token in aux:
        if token.i < verb.i:
            group[token.i] = token
    head = verb.head
    if (
        verb.dep_ in ("ccomp", "acl", "acomp")
        and head.lemma_.lower() == "be"
        and head.pos_ == "AUX"
        and head.i < verb.i
        and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in group.values())
    ):
        # "Is your order being shipped?": the parser makes "Is" the root.
        group[head.i] = head
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    head_group: list[Token] = []
    if len(subjects) == 1:
        return subjects[0], [group[i] for i in sorted(group)], head_group
    if subjects:
        return None, [], []
    if verb.dep_ == "acl" and head.dep_ in ("nsubj", "nsubjpass") and head.i < verb.i:
        # "Was your order shipped by FedEx?": the parser hangs the participle on the subject.
        return head, [group[i] for i in sorted(group)], head_group
    if verb.dep_ == "acomp" and head.lemma_.lower() in ("be", "get"):
        # "Why was your card charged?": the subject belongs to the auxiliary.
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                group[head.i] = head
                return child, [group[i] for i in sorted(group)], head_group
    if verb.dep_ == "xcomp" and head.lemma_.lower() in NEED_HEADS and head.i < verb.i:
        # "Your card needs to be replaced": the subject belongs to "needs".
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.i < head.i:
                head_group = [
                    c for c in head.children if c.dep_ in ("aux", "neg") and c.i < head.i
                ] + [head]
                return child, [group[i] for i in sorted(group)], head_group
    return None, [], []


def find_clause(verb: Token, aux: Sequence[Token], actor: Span | None) -> _Clause | None:
    """The passive clause around `verb`, or None when its shape is not one lingo rewrites."""
    doc = verb.doc
    subject_token, group, head_group = _subject_and_group(verb, aux)
    if subject_token is None or not group:
        return None
    subject = _span(subject_token)
    if verb.dep_ == "acl" and verb.head == subject_token:
        subject = doc[subject.start : verb.left_edge.i]  # without the participle itself
    if not len(subject) or subject.start <= verb.i < subject.end:
        return None
    negs = [c for c in verb.children if c.dep_ == "neg" and c.i < verb.i]
    for token in group:
        negs += [c for c in token.children if c.dep_ == "neg" and c.i < verb.i]
    if verb.dep_ == "acomp":
        negs += [c for c in verb.head.children if c.dep_ == "neg"]
    negs = sorted(set(negs), key=lambda t: t.i)
    if len(negs) > 1 or (head_group and negs and any(n.i < head_group[-1].i for n in negs)):
        return None
    neg = negs[0] if negs else None
    agents = [c for c in verb.children if c.dep_ == "agent"]
    agent = _span(agents[0]) if agents else None
    if agent is not None and actor is None:
        objects = [c for c in agents[0].children if c.dep_ == "pobj"]
        if not objects or not is_manner(_span(objects[0])):
            return None
        agent = None  # "sent by email": how, not who; the words stay where they are
    if agent is not None and agent.start < verb.i:
        return None
    lemma = lemma_of_verb(verb)
    clause = _Clause(verb, lemma, subject, group, neg, [], agent, actor, head_group)
    first_aux = min(t.i for t in (group + head_group))
    clause.question = first_aux < subject.start
    if clause.question and not verb.sent.text.rstrip().endswith("?"):
        return None  # "As you see it was CES acquired by ENA": not a question, not understood
    if subject[0].tag_ in RELATIVE_TAGS or (
        subject_token.tag_ in RELATIVE_TAGS and len(subject) == 1
    ):
        clause.front = subject
    if (
        subject_token.lower_ == "it"
        and len(subject) == 1
        and any(c.dep_ in ("ccomp", "csubjpass") and c.i > verb.i for c in verb.children)
    ):
        clause.expletive = True
    clause.tail = _verb_tail(verb)
    conjuncts = _conjuncts(verb)
    if conjuncts is None:
        return None
    clause.conjuncts = conjuncts
    return _place(clause)


def _verb_tail(verb: Token) -> list[Token]:
    """Words that stay with the verb before its new object.

    A particle ("shut *down* the plant") or a preposition the passive left
    stranded ("is being looked *into*" -> "looking into your complaint",
    "has been taken *care of*").
    """
    doc = verb.doc

    def child(i: int, deps: tuple[str, ...]) -> Token | None:
        if i < len(doc) and doc[i].head == verb and doc[i].dep_ in deps:
            return doc[i]
        return None

    def stranded(i: int) -> Token | None:
        prep = child(i, ("prep",))
        return prep if prep is not None and not list(prep.children) else None

    tail = []
    i = verb.i + 1
    prt = child(i, ("prt",))
    if prt is not None:
        tail.append(prt)
        i += 1
    noun = child(i, ("dobj",))
    if noun is not None and not list(noun.children) and stranded(i + 1) is not None:
        return [*tail, noun, doc[i + 1]]
    prep = stranded(i)
    if prep is not None:
        tail.append(prep)
    return tail


def _conjuncts(verb: Token) -> list[Token] | None:
    """Participles sharing the clause ("fined or sent"); None when a shared verb is active.

    "I was sold a phone by a friend and sent it off": "sent" is the customer's
    own act, and moving the friend to the front would say the friend sent it.
    """
    found = []
    for child in verb.children:
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "AUX"):
            continue
        deps = {c.dep_ for c in child.children}
        if deps & {"nsubj", "nsubjpass", "csubj", "expl"}:
            continue  # its own clause
        agents = [c for c in child.children if c.dep_ == "agent"]
        if agents and not all(
            any(is_manner(_span(o)) for o in a.children if o.dep_ == "pobj") for a in agents
        ):
            return None  # "delivered by the courier and signed for by your neighbour"
        if child.tag_ == "VBN" and not deps & {"dobj", "aux", "auxpass", "dative"}:
            found.append(child)
            continue
        return None
    return found


def _place(clause: _Clause) -> _Clause | None:
    """Decide which tokens the rewrite replaces, and check nothing unexpected sits inside."""
    verb, doc = clause.verb, clause.verb.doc
    subject = clause.subject
    assert subject is not None
    helpers = clause.group + clause.head_group
    first = min([subject.start, *(t.i for t in helpers)])
    last = verb.i
    if clause.tail:
        last = clause.tail[-1].i
    for conj in clause.conjuncts:
        last = max(last, conj.i)
    if clause.agent is not None:
        last = max(last, clause.agent.end - 1)
    # "made to wait" -> "made you wait": take the "to" along so it can go.
    if clause.lemma in BARE_INFINITIVE_VERBS:
        for child in verb.children:
            tos = [c for c in child.children if c.lower_ == "to" and c.dep_ == "aux"]
            if child.dep_ in ("xcomp", "advcl", "ccomp") and tos and tos[0].i > verb.i:
                if all(t.is_space for t in doc[last + 1 : tos[0].i]) or tos[0].i <= last:
                    clause.dropped.add(tos[0].i)
                    last = max(last, tos[0].i)
    known = set(range(subject.start, subject.end)) | {t.i for t in helpers} | {verb.i}
    if clause.neg is not None:
        known.add(clause.neg.i)
    known |= {t.i for t in clause.tail}
    if clause.agent is not None:
        known |= set(range(clause.agent.start, clause.agent.end))
    # Words between the first helper and the verb are adverbs of the group
    # ("was *suddenly* arrested", "is *either* fined or sent").
    group_start = min(t.i for t in helpers) if helpers else verb.i
    for token in doc[group_start : verb.i]:
        if token.i in known:
            continue
        if token.pos_ in ("ADV", "PART", "CCONJ") or token.dep_ in ("advmod", "preconj"):
            if clause.question and token.i < subject.start:
                return None
            clause.adverbs.append(token)
            known.add(token.i)
        elif not token.is_space:
            return None
    # Between the subject and the group only spaces are allowed (declaratives).
    if not clause.question:
        for token in doc[subject.end : group_start]:
            if token.i not in known and not token.is_space:
                return None
    if clause.agent is not None and any(
        t.lower_ == "by" and t.i >= clause.agent.end for t in verb.subtree
    ):
        return None  # "declined by your bank, not by us": two actors, one place to put them
    if (
        first > 0
        and verb.dep_ != "relcl"
        and doc[first - 1] == verb.head
        and doc[first - 1].tag_ in ("VBN", "JJ", "NN", "NNS")
    ):
        return None  # a parse that hangs the clause on a word right before it: not understood
    clause.region = (first, last + 1)
    return clause


# -- how or when, not who ------------------------------------------------------------------

# "by" phrases that say how, not who: "sent by email", "cancelled by mistake".
_MANNER_NOUNS = frozenset(
    "mistake accident email e-mail mail post phone telephone text hand default courier "
    "cheque check card cash transfer chance design".split()
)
# "reversed by the time you wake up", "returned by the 15th", "by Friday": when, not who.
_TIME_WORDS = frozenset(
    """time end date deadline noon midnight morning afternoon evening night weekend week month
    year day then now tomorrow today tonight monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december""".split()
)


def is_manner(who: Span) -> bool:
    """True for a "by" phrase that names a means or a time ("by email", "by Friday"), not who."""
    root = who.root
    if root.lower_ in _TIME_WORDS or root.like_num or any(t.like_num for t in who if t.i <= root.i):
        return True
    if re.fullmatch(r"\d+(st|nd|rd|th)", root.lower_):
        return True
    bare = not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in root.children)
    return bare and root.tag_ == "NN" and root.lower_ in _MANNER_NOUNS

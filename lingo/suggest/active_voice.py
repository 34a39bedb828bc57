"""Turn a passive clause into the active one, from its dependency parse.

"Your request was denied by our team." -> "Our team denied your request."
"The form must be completed by the customer" -> "The customer must complete the form"
"Was your order shipped by FedEx?" -> "Did FedEx ship your order?"

The rewrite replaces only the clause (subject, verb group, "by ..." actor and
what lies between them), so it rarely collides with another fix in the sentence.
With no "by ..." actor the clause gets "you" only where the sentence itself
makes the reader the actor: an instruction ("must be signed") or something
the customer can do ("can be reset online"). lingo never guesses "we": a
wrong actor is worse than none, so every other clause gets a hint that shows
the active sentence with a blank for the actor. Every rewrite is checked against the
original: a rewrite that loses or invents a word is not offered.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..engine.doc_text import doc_text
from ..findings import Edit, Suggestion
from ..lexicon.morphology import getAllInflections, getInflection
from .words import (
    COMPANY_ACTIONS,
    CUSTOMER_ACTIONS,
    INSTRUCTION_MODALS,
    POSSIBILITY_MODALS,
    TO_OBJECT,
    TO_SUBJECT,
    lemma_of_verb,
)

PLACEHOLDER = "[who]"
# Participles that describe where or what something is, not who did it: no
# actor to name ("the shop is located", "the price is based on").
STATE_PASSIVES = frozenset(
    "suppose base locate situate bear compose comprise entitle marry deem intend mean "
    "call name title label".split()
)
# Verbs whose active form takes a bare infinitive: "was made to wait" -> "made you wait".
BARE_INFINITIVE_VERBS = frozenset({"make", "let", "see", "hear", "watch", "have"})
# Heads of "needs to be replaced": an instruction to the reader.
NEED_HEADS = frozenset({"need", "have"})
FIRST_PERSON = frozenset(
    {"i", "me", "we", "us", "my", "our", "mine", "ours", "myself", "ourselves"}
)
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
_THIRD_SINGULAR = frozenset(
    "he she it this that someone somebody everyone everybody nobody anyone anybody each "
    "who what something nothing everything".split()
)
_PLURAL_PRONOUNS = frozenset({"we", "you", "they", "these", "those", "both", "us", "them"})
_NEGATIONS = frozenset({"not", "n't", "never"})
# Words a rewrite may add: tense and agreement helpers, never content.
_HELPER_WORDS = frozenset(
    "do does did have has had am is are was were be been being not n't will would can "
    "could may might must shall should to".split()
)


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
        _starts_sentence(first)
        and first.pos_ != "PROPN"
        and first.text != "I"
        and not (first.text.isupper() and len(first.text) > 1)
    ):
        return text[:1].lower() + text[1:]
    return text


def _starts_sentence(token: Token) -> bool:
    """True when no word comes before `token` in its sentence (quotes and brackets may)."""
    sent = token.sent
    return all(not (t.is_alpha or t.like_num) for t in token.doc[sent.start : token.i])


def _actor_text(clause: _Clause, guess: str | None) -> str:
    if clause.actor is None:
        return guess or PLACEHOLDER
    actor = clause.actor
    if len(actor) == 1 and actor[0].lower_ in TO_SUBJECT:
        return TO_SUBJECT[actor[0].lower_]
    text = actor.text
    first = actor[0]
    if first.pos_ not in ("PROPN",) and first.text[:1].isupper() and first.text[1:2].islower():
        # "by Our team" keeps its case only for names.
        pass
    return text


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
    if _starts_sentence(start) and text[:1].islower() and not text.startswith("[who]"):
        text = text[:1].upper() + text[1:]
    elif text.startswith(PLACEHOLDER) and _starts_sentence(start):
        text = "[Who]" + text[len(PLACEHOLDER) :]
    if clause.front is None and not _starts_sentence(start) and actor not in ("I",):
        if (
            clause.actor is not None
            and clause.actor[0].is_sent_start
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


# -- the meaning guard ----------------------------------------------------------------------


_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?|\[who\]", re.IGNORECASE)
_NORMAL = {
    "ca": "can",
    "wo": "will",
    "sha": "shall",
    "n't": "not",
    "n’t": "not",
    "cannot": "can not",
    "'ll": "will",
    "'s": "is",
    "'re": "are",
    "'ve": "have",
    "'d": "would",
    "'m": "am",
}


def _words(text: str) -> list[str]:
    out = []
    for word in _WORD.findall(text.replace("\u0000", "")):
        low = word.lower().replace("’", "'")
        if low.endswith("n't") and len(low) > 3:
            out += [_NORMAL.get(low[:-3], low[:-3]), "not"]
            continue
        out += _NORMAL.get(low, low).split()
    return out


def keeps_meaning(clause: _Clause, original: str, rewrite: str, actor: str) -> bool:
    """True when the rewrite keeps every word of the original clause and adds only helpers.

    Passive helpers, "by" and the verb's own form may change; the verb must be
    there in some form; a negation must survive; nothing else may go or come.
    """
    doc = clause.verb.doc
    start, end = clause.region
    changeable = {t.i for t in clause.group + clause.head_group}
    changeable.add(clause.verb.i)
    changeable |= {c.i for c in clause.conjuncts}
    changeable |= clause.dropped
    if clause.neg is not None:
        changeable.add(clause.neg.i)
    if clause.agent is not None:
        changeable.add(clause.agent.start)  # "by"
        changeable |= set(range(clause.actor.start, clause.actor.end)) if clause.actor else set()
    if clause.expletive and clause.subject is not None:
        changeable.add(clause.subject.start)
    kept = Counter(
        _words(
            "".join(
                _as_object(t, clause) + t.whitespace_
                for t in doc[start:end]
                if t.i not in changeable
            )
        )
    )
    new = Counter(_words(rewrite))
    for word in _words(actor):
        new[word] -= 1
    missing = kept - new
    if missing:
        return False
    verb_forms = (
        {lemma for lemma in [clause.lemma]}
        | {f for forms in getAllInflections(clause.lemma, upos="VERB").values() for f in forms}
        | {clause.verb.lower_}
    )
    if not verb_forms & set(new):
        return False
    if clause.neg is not None and not {"not", "never"} & set(new):
        return False
    extra = new - kept
    conj_forms = {
        f
        for conj in clause.conjuncts
        for forms in getAllInflections(lemma_of_verb(conj), upos="VERB").values()
        for f in forms
    } | {lemma_of_verb(c) for c in clause.conjuncts}
    head_forms = {
        f
        for t in clause.head_group
        for forms in getAllInflections(lemma_of_verb(t), upos="VERB").values()
        for f in forms
    }
    allowed = (
        set(_HELPER_WORDS)
        | verb_forms
        | head_forms
        | conj_forms
        | set(_words(clause.neg.text if clause.neg else ""))
    )
    allowed |= {t.lower_ for t in clause.tail}
    return all(word in allowed for word, n in extra.items() if n > 0)


def _as_object(token: Token, clause: _Clause) -> str:
    subject = clause.subject
    if subject is not None and len(subject) == 1 and token.i == subject.start:
        return TO_OBJECT.get(token.lower_, token.text)
    return token.text


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


_SOON_WORDS = frozenset({"soon", "shortly", "later", "automatically"})


# -- public ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ActiveRewrite:
    """The active clause, where it goes, and whether its actor was guessed or left blank."""

    text: str  # replacement for doc.text[start:end]
    start: int
    end: int
    sentence: str  # the whole sentence with the replacement in place
    actor: str  # "our team", "we", "you" or "[who]"
    guessed: bool


def rewrite(
    verb: Token, aux: Sequence[Token], actor: Span | None, *, blank: bool = False
) -> ActiveRewrite | None:
    """The active form of the passive clause headed by `verb`, or None.

    With no actor in the sentence lingo guesses "we" or "you" where that is
    clear; `blank=True` puts "[who]" there instead (for a hint).
    """
    if lemma_of_verb(verb) in STATE_PASSIVES:
        return None
    clause = find_clause(verb, aux, actor)
    if clause is None or clause.subject is None:
        return None
    guessed = actor is None
    guess = None
    if guessed:
        guess = PLACEHOLDER if blank else guess_actor(clause)
        if guess is None:
            return None
    doc = verb.doc
    text = compose(clause, guess)
    if text is None:
        return None
    start_tok, end_tok = doc[clause.region[0]], doc[clause.region[1] - 1]
    start, end = start_tok.idx, end_tok.idx + len(end_tok.text)
    original = doc_text(doc)[start:end]
    actor_text = guess if guess is not None else _actor_text(clause, None)
    if not keeps_meaning(clause, original, text, actor_text):
        return None
    if text == original:
        return None
    sent = verb.sent
    sent_end = sent.end_char
    while sent_end > sent.start_char and doc_text(doc)[sent_end - 1].isspace():
        sent_end -= 1
    sentence = doc_text(doc)[sent.start_char : start] + text + doc_text(doc)[end:sent_end]
    return ActiveRewrite(text, start, end, sentence.strip(), actor_text, guessed)


def located_rewrite(verb: Token, aux: Sequence[Token]) -> Suggestion | None:
    """ "The shop is located just off the river road" -> "The shop is just off the river road"."""
    if lemma_of_verb(verb) not in ("locate", "situate") or any(
        c.dep_ == "agent" for c in verb.children
    ):
        return None
    be = [a for a in aux if a.lemma_.lower() == "be"]
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if not be or after is None or after.pos_ not in ("ADP", "ADV"):
        return None
    doc = verb.doc
    start, end = verb.idx, after.idx
    sent = verb.sent
    sentence = (doc_text(doc)[sent.start_char : start] + doc_text(doc)[end : sent.end_char]).strip()
    return Suggestion(text=sentence, safety="unsafe", edits=(Edit(start, end, ""),))


# "by" phrases that say how, not who: "sent by email", "cancelled by mistake".
_MANNER_NOUNS = frozenset(
    "mistake accident email e-mail mail post phone telephone text hand default courier "
    "cheque check card cash transfer chance design hand".split()
)
_LAW_NOUNS = frozenset({"law", "statute", "regulation", "regulations", "contract", "policy"})
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


def passive_suggestions(
    verb: Token, aux: Sequence[Token], who: Span | None
) -> Iterator[Suggestion]:
    """What to write instead of a passive clause: the active sentence, or a hint.

    A rewrite is an unsafe fix (it changes the sentence's shape, and a guessed
    actor needs a human to confirm it); when the actor cannot be told, the hint
    shows the active sentence with a blank to fill.
    """
    located = located_rewrite(verb, aux)
    if located is not None:
        yield located
        return
    if who is not None and who.root.lower_ in _LAW_NOUNS and len(who) == 1:
        yield Suggestion(
            text=f"Say what the {who.text} asks of whom: 'The {who.text} requires us to ...'.",
            safety="hint",
        )
        return
    if who is not None and is_manner(who):
        who = None  # "sent by email": the actor is still unknown; "by email" stays
    found = rewrite(verb, aux, who)
    if found is not None:
        yield Suggestion(
            text=found.sentence, safety="unsafe", edits=(Edit(found.start, found.end, found.text),)
        )
        return
    yield Suggestion(text=hint(verb, aux, who), safety="hint")


def hint(verb: Token, aux: Sequence[Token], who: Span | None) -> str:
    """Advice for a passive clause lingo cannot rewrite on its own."""
    lemma = lemma_of_verb(verb)
    past = verb_form(lemma, "VBD", verb.text)
    if lemma in STATE_PASSIVES:
        return (
            f"'{verb.text}' may describe a state rather than an action; if someone does it, "
            "say who."
        )
    if who is not None:
        lead = who.text if who[0].pos_ == "PROPN" else who.text[:1].upper() + who.text[1:]
        return f"Lead with the actor: '{lead} {past} ...'."
    blank = rewrite(verb, aux, None, blank=True)
    if blank is not None:
        return f'Name who acts: "{blank.sentence}"'
    if (
        verb.dep_ == "ROOT"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "csubjpass") for c in verb.children)
        and any(a.tag_ == "VB" and a.lower_ == "be" for a in aux)
    ):
        return f"Say it directly: drop 'be {verb.text}' and tell the reader the thing itself."
    return f"Say who {past} it, and lead with them."

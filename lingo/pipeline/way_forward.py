"""Whether a "no" leads somewhere: the `dead-end` condition of say-no entries.

After the matched "no", does its sentence go on with what the writer will do, what
someone else can do, what the reader can do or what is still there? "We can't refund
the ticket, but we can move it", "..., but any of our shops can do it", "..., but we
open at 7:30", "...; just let us know": yes. "..., so we will close your account",
"..., but I understand it's frustrating": no (lingo/pipeline/context.py, `dead-end`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..suggest.annotations import has_annotation
from .offers import OFFERS

# Words that join a "no" to what comes next: "..., but we can ...", "...; I'll ...".
JOINERS = frozenset({"but", "however", "though", "although", "instead", "so", ";", "—", "–", ":"})
# After "we"/"I": a promise or an offer ("we can", "I'll", "we'd like to", "I've reserved").
PROMISING = frozenset({"can", "could", "will", "'ll", "’ll", "would", "'d", "’d", "shall"})
DOING = frozenset({"am", "'m", "’m", "are", "'re", "’re"})
DONE = frozenset({"have", "'ve", "’ve", "has"})
NEGATIONS = frozenset({"not", "n't", "n’t", "never", "no"})
# What comes after "we will" that is no way forward for the customer but a threat.
THREATS = frozenset(
    """close charge cancel block ban suspend end remove report refer restrict terminate delete
    stop ignore fine bar evict refuse reject decline deny""".split()
)
# Feelings and opinions are no step: "..., but I understand it's frustrating".
NOT_STEPS_FORWARD = frozenset(
    """be understand see imagine appreciate know think feel hope believe realise realize
    sympathise sympathize apologise apologize regret wish""".split()
)


# Who else can take the customer forward: "..., but the desk at the gate can change it".
HELPERS = frozenset(
    """desk team staff store shop branch courier seller manager agent colleague bank airline hotel
    reception pharmacist pharmacy doctor nurse surgery crew driver engineer technician partner
    service warehouse department office clinic website site lab laboratory workshop kiosk
    machine helpline centre center they he she""".split()
)
# What is no way forward when it happens to the customer's things: "your data will be lost".
LOSSES = THREATS | frozenset(
    "lose expire forfeit revoke freeze withdraw lock disconnect double".split()
)
# Imperatives that send the customer off rather than forward: "so just wait", "deal with it".
NOT_STEPS_TO_TAKE = frozenset("deal accept live put read wait calm relax leave stop".split())
# What "there's ..." may offer after a "no": "..., but there's a similar deal on the new model".
ALTERNATIVES = OFFERS | frozenset(
    "option options alternative alternatives slot slots version model plan".split()
)
# Where else the customer can be served: "..., but there's a cash machine by the gate".
PLACES = frozenset(
    "machine desk counter kiosk shop store branch pharmacy office bank helpline".split()
)
DO = frozenset({"do", "does", "did"})
# What "we" do that asks something of the customer rather than offering it: "..., but we
# expect payment first", "..., but we need the receipt".
DEMANDS = frozenset("expect require need insist ask reserve want must".split())


def _helper_will_act(token: Token) -> bool:
    """A person, team or firm other than the writer will or can act, or does it as a matter of
    course: "the desk can do it for free", "our partner store ships there", "Apple handles it",
    "any of our cash machines will let you", "our partner lab can"."""
    if token.dep_ != "nsubj":
        return False
    if not _helper(token):
        return False
    verb = token.head
    if verb.tag_ == "MD" and verb.lower_ in PROMISING - {"would", "'d", "’d"}:
        # "..., but our partner lab can": the modal stands for the verb of the "no"
        return not any(c.lower_ in NEGATIONS for c in verb.children)
    if verb.pos_ != "VERB" or (
        verb.lemma_.lower() in THREATS | NOT_STEPS_FORWARD and not _refers_you(verb)
    ):
        return False
    children = {c.lower_ for c in verb.children}
    if children & NEGATIONS:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True  # "our EU warehouse delivers to most of Europe"
    return bool(children & (PROMISING - {"would", "'d", "’d"}))


def _refers_you(verb: Token) -> bool:
    """ "Citizens Advice can refer you today": a third party sending the customer on to help,
    not "refer your account to a debt collector"."""
    return verb.lemma_.lower() == "refer" and any(
        c.dep_ == "dobj" and c.lower_ in ("you", "them") for c in verb.children
    )


# What we take away from the customer, as good news: "..., but we've cancelled the penalty".
PENALTIES = frozenset(
    "penalty fine fee charge surcharge interest arrears debt warning suspension".split()
)
LIFTING = frozenset("cancel waive remove drop lift scrap wipe refund reverse clear".split())


def _penalty_lifted(verb: Token) -> bool:
    """ "..., but we've cancelled the £100 penalty", "..., so I've waived the late fee"."""
    if verb.lemma_.lower() not in LIFTING:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in PENALTIES for c in verb.children)


_WILLING = frozenset({"happy", "glad", "willing", "able", "pleased"})


def _third_party_willing(after: list[Token]) -> bool:
    """ "he's happy to", "they are willing to": the person the "no" was about offers instead."""
    words = [t.lower_ for t in after]
    return (
        len(words) == 3
        and words[0] in DOING | {"is", "'s", "\u2019s"}
        and words[1] in _WILLING
        and words[2] == "to"
    )


def _helper(token: Token) -> bool:
    """Someone or something other than the writer that can serve the customer: a helper noun,
    a name, one with a helper before it ("our partner lab"), or "any of our cash machines"."""
    if token.lemma_.lower() in HELPERS or token.pos_ == "PROPN":
        return True
    if any(c.dep_ == "compound" and c.lemma_.lower() in HELPERS for c in token.children):
        return True
    if token.lower_ in ("any", "all", "each", "one", "either", "both"):
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            if any(_helper(o) for o in prep.children if o.dep_ == "pobj"):
                return True
    return False


def _yours_will_come(token: Token) -> bool:
    """The customer's thing will or can still happen: "..., so your parcel will arrive Monday"
    (not "your account will be closed", not "your data will be lost")."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.lower_ == "your" and c.dep_ == "poss" for c in token.children):
        return False
    verb = token.head
    children = {c.lower_ for c in verb.children}
    if verb.pos_ != "VERB" or children & NEGATIONS or verb.lemma_.lower() in LOSSES:
        return False
    return bool(children & (PROMISING - {"would", "'d", "’d"}))


def _step_to_take(token: Token) -> bool:
    """An instruction that takes the reader on: "...; just let us know", "...; sell at cost on
    our resale page" (not "so just wait", not "try again later", not "don't ask")."""
    if (
        token.pos_ != "VERB"
        or token.tag_ != "VB"
        or token.dep_ not in ("ROOT", "conj", "ccomp", "dep")
    ):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "neg") for c in token.children):
        return False  # a subject, "to", "will", "do n't": no instruction
    lemma = token.lemma_.lower()
    if lemma in THREATS | NOT_STEPS_FORWARD | NOT_STEPS_TO_TAKE:
        return False
    if lemma == "try" and any(c.lower_ in ("again", "later") for c in token.children):
        return False
    return True


def _alternative_named(token: Token) -> bool:
    """ "..., but there's a similar deal on the newer model": an alternative that exists."""
    if token.lower_ != "there" or token.dep_ != "expl" or token.head.lemma_ != "be":
        return False
    if any(c.lower_ in NEGATIONS for c in token.head.children):
        return False
    for child in token.head.children:
        if child.dep_ == "attr" and child.lemma_.lower() in ALTERNATIVES | PLACES:
            return not any(c.lower_ in NEGATIONS for c in child.children)
    return False


# What a day, slot or service still is when another one is closed: "Sunday is still open".
STILL_OPEN = frozenset("open available free bookable running on".split())


def _still_open(token: Token) -> bool:
    """ "...; Friday and Sunday are still open": what the customer can still have, named."""
    if token.lower_ != "still" or token.head.lemma_ != "be":
        return False
    verb = token.head
    if any(c.lower_ in NEGATIONS for c in verb.children):
        return False
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.lower_ in ("nothing", "none", "nobody", "neither") or any(
            c.lower_ == "no" for c in subject.children
        ):
            return False  # "...; nothing is still open"
    return any(c.dep_ == "acomp" and c.lower_ in STILL_OPEN for c in verb.children) or (
        token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ in STILL_OPEN
    )


# What another day, slot or option does when the asked-for one is out: "..., but Wednesday
# morning works", "..., but the woodland trail is lovely then" (check set 2).
SUITS = frozenset("work suit".split())
FINE = STILL_OPEN | frozenset("fine lovely great good perfect ideal quieter cheaper".split())
# What a named alternative has for the customer: "the Saturday class has spaces".
ROOM = frozenset("room space place seat spot slot availability".split())
PEOPLE = frozenset(
    "manager staff team engineer agent colleague person people driver technician".split()
)


def _alternative_works(token: Token) -> bool:
    """ "..., but Wednesday morning works": a named alternative (a noun, not "it" or "that")
    that suits, is fine or has room, said without a negation."""
    if token.dep_ not in ("nsubj", "npadvmod") or token.pos_ not in ("NOUN", "PROPN"):
        return False
    verb = token.head
    if verb.i < token.i or any(c.lower_ in NEGATIONS for c in verb.children):
        return False
    if verb.lemma_ == "have" and verb.pos_ == "VERB" and token.lemma_.lower() not in PEOPLE:
        # "..., but our Thursday taster has room for all six of you" (check set 4)
        return any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in ROOM
            and not any(d.lower_ in NEGATIONS for d in c.children)
            for c in verb.children
        )
    if verb.lemma_.lower() in SUITS and verb.pos_ == "VERB":
        # "morning" in "Wednesday morning works" is parsed as npadvmod; a person is not an
        # alternative ("..., but the manager works on Mondays")
        return token.lemma_.lower() not in PEOPLE
    return (
        token.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "acomp" and c.lower_ in FINE for c in verb.children)
    )


def _if_you_then(token: Token) -> bool:
    """ "..., but if you add a pint to Saturday's order it'll still be fresh on Monday": what the
    customer can do, and what it gets them (not "..., but if you do it again you'll be banned",
    not "..., but if you cancel you'll lose the deposit")."""
    if token.lower_ != "if" or token.dep_ != "mark":
        return False
    act = token.head
    if act.dep_ != "advcl" or not any(
        c.lower_ == "you" and c.dep_ == "nsubj" for c in act.children
    ):
        return False
    outcome = act.head
    words = {c.lower_ for c in act.children} | {c.lower_ for c in outcome.children}
    if words & (NEGATIONS | {"again"}) or act.lemma_.lower() in THREATS | {"keep", "continue"}:
        return False
    if outcome.lemma_.lower() in LOSSES or any(
        c.dep_ == "acomp" and c.lower_ in ("liable", "responsible") for c in outcome.children
    ):
        return False
    return bool({c.lower_ for c in outcome.children} & (PROMISING - {"would", "'d", "’d"}))


# What "you'll get" may bring that is a way forward: something of value ("..., but you'll get a
# voucher for the full amount", "a new one in the post", "a crime reference number"). A list of
# gifts, not of harms: an independent reviewer's cold lines got "a copy of our complaints policy",
# "a surcharge", "our final response in writing" and "the same answer" (session 39).
GIFTS = frozenset(
    """refund voucher credit replacement discount upgrade loan code gift compensation
    reimbursement one number note""".split()
)
# "one", "number" and "note" only with what makes them a thing of value: "a new one", "a reference
# number", "a credit note".
_GIFT_MARKS = {
    "one": {"new", "replacement", "spare"},
    "number": {"reference", "tracking", "crime"},
    "note": {"credit"},
}


def _you_will_get(verb: Token) -> bool:
    """The customer will get or receive something of value: "..., but you'll get a crime
    reference number by email" (not "you'll get nothing", "a fine", "our final response")."""
    if verb.lemma_.lower() not in ("get", "receive") or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    for child in verb.children:
        if child.dep_ != "dobj":
            continue
        lemma = child.lemma_.lower()
        marks = {c.lower_ for c in child.children}
        if lemma not in GIFTS or marks & {"no", "any", "zero"}:
            return False
        return lemma not in _GIFT_MARKS or bool(marks & _GIFT_MARKS[lemma])
    return False


def way_forward(span: Span) -> bool:
    """After the match, its sentence goes on with what the writer will do or the reader can do.

    "..., but we can move it", "..., but I'll ask the captain", "..., but I've reserved the
    next one", "..., but you can swap it", "..., but we do read them all", "..., but we have
    pet-friendly rooms", "...; shall I book it?", "...; just let us know": yes. A relative
    clause ("orders that we have shipped", "so there's nothing I can check"), a negation
    ("but we can't ...") or a threat ("so we will close your account"): no.
    """
    sentence = span.sent if has_annotation(span.doc, "SENT_START") else span.doc[:]
    tokens = [t for t in sentence if t.i >= span.end]
    joined = False
    for k, token in enumerate(tokens):
        word = token.lower_
        if word in JOINERS:
            joined = True
            continue
        if word == "here" and k + 1 < len(tokens) and tokens[k + 1].lemma_ == "be":
            if joined or k == 0 or tokens[k - 1].is_punct:
                return True  # "..., here's what we can do"
        if not joined:
            continue
        if _helper_will_act(token) or _yours_will_come(token):
            return True  # "..., but the desk at the gate can do it for free"
        if _step_to_take(token) or _alternative_named(token):
            return True  # "...; just let us know", "..., but there's a similar deal"
        if _still_open(token) or _alternative_works(token):
            return True  # "...; Friday and Sunday are still open", "..., but Wednesday works"
        if _if_you_then(token):
            return True  # "..., but if you add it to Saturday's order it'll still be fresh"
        if word in PROMISING | {"shall", "should"} and k + 2 < len(tokens):
            if tokens[k + 1].lower_ in ("we", "i", "you") and token.i == tokens[k + 1].i - 1:
                if tokens[k + 2].lemma_.lower() not in THREATS | NOT_STEPS_FORWARD:
                    return True  # "..., shall I book it?", "would you like the 11:15?"
        if word in ("he", "she", "they") and _third_party_willing(tokens[k + 1 : k + 4]):
            return True  # "..., but he's happy to split it across three months"
        if word not in ("we", "i", "you"):
            continue
        if token.head.dep_ in ("relcl", "acl"):
            continue  # "so there's nothing I can check": a relative clause, no step
        rest = [t for t in tokens[k + 1 : k + 6] if t.pos_ != "ADV" or t.lower_ in NEGATIONS]
        if len(rest) < 2:
            continue
        aux, after = rest[0], rest[1]
        if after.lower_ in NEGATIONS:
            continue
        if word == "you":
            if aux.lower_ in ("can", "could"):
                return True
            if aux.lower_ in PROMISING and _you_will_get(after):
                return True  # "..., but you'll get a crime reference number by email"
            if aux.lower_ in DOING and after.lower_ == "welcome":
                return True  # "..., but you're welcome to exchange it"
            continue
        verb = after
        if aux.lower_ in PROMISING:
            if verb.lemma_.lower() == "be" and len(rest) > 2:
                verb = rest[2]  # "we'll be happy to", "I'll be in touch"
            if verb.lemma_.lower() not in THREATS | NOT_STEPS_FORWARD:
                return True
        elif aux.lower_ in DOING:
            if verb.lower_ in ("going", "happy", "glad") or verb.tag_ == "VBG":
                return True
        elif aux.lower_ in DONE and aux.pos_ == "VERB" and aux.dep_ != "aux":
            if verb.lower_ not in ("to", "no", "nothing"):
                return True  # "..., but we have pet-friendly rooms on the ground floor"
        elif aux.lower_ in DONE:
            if verb.tag_ == "VBN" and (
                verb.lemma_.lower() not in THREATS | NOT_STEPS_FORWARD or _penalty_lifted(verb)
            ):
                return True  # "..., but I've reserved the next one", "... cancelled the penalty"
        elif aux.lower_ in DO and verb.pos_ == "VERB":
            if verb.lemma_.lower() not in THREATS | NOT_STEPS_FORWARD:
                return True  # "..., but we do read them all"
        elif aux.tag_ == "VBD" and aux.pos_ == "VERB":
            if aux.lemma_.lower() not in THREATS | NOT_STEPS_FORWARD:
                return True  # "..., but I reserved the next one", "..., so we sent a new one"
        elif aux.tag_ == "VBP" and aux.pos_ == "VERB" and aux.dep_ in ("conj", "ROOT"):
            if aux.lemma_.lower() not in THREATS | NOT_STEPS_FORWARD | DEMANDS:
                return True  # "..., but we open at 7:30 on Wednesdays": what is there instead
    return False

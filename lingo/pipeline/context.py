"""Conditions a say-no match must meet in its sentence to be what its rule says it is.

A lexicon entry lists them under `needs` (docs/lexicon-format.md; the names are
validated against lingo/lexicon/lexicons.py NEEDS when a lexicon loads):

- `speaker-or-offer`: the company speaks ("our policy", "we") or an offer is
  named: "per our policy" and "as per the refund policy", not "select the region
  as per the privacy policy" in a setup step.
- `service`: a refusal needs something refused that a company could offer: an
  offer named in the sentence (a refund, a return, a delivery), or a service
  the writer refuses ("we can't change your booking"). "Refunds cannot
  be issued after 30 days" refuses the customer; "Cloud mode is not available
  with this library", "we can't verify the domain" and "Backup codes cannot be
  recovered" describe how a system works.
- `speaker`: the writer speaks as themselves or their company ("we", "our",
  "I", or "the branch", "our team", "the hotel" as the subject): "We require a
  receipt" is office language to a customer, while "This endpoint requires a
  token" is how a developer reference says it.
- `customer-subject`: a verdict is about the customer or their things: "your
  account has been suspended", not "leaked tokens are automatically revoked".
- `person`: blame needs a person as the one at fault: "you failed to attach the
  receipt", not "devices that failed to activate".
- `held-thing`: the word is said of something a customer holds, as its subject, its
  object or what it is "of": "we may terminate your account", "your contract will
  terminate", "termination of your tenancy", not "the process terminated".
- `not-conditional`: blame is about what someone did, not a condition: "if you
  omit the argument, the default is used" blames nobody.
- `reader-step`: the match is (or qualifies) a step the reader takes: an
  instruction ("simply enable the setting", "ensure the cable is plugged in")
  or something "you" do ("you can simply create a mapping", "you should ensure
  that ..."), not what a product does ("the library simply calls the
  endpoint", "this setting ensures that ...", "to ensure delivery, the app
  retries") or a word it narrows ("appears as simply `id`").
- `main-clause`: said to the reader, not given as a cause or a circumstance:
  "You didn't attach the photo" blames; "this error occurs when you try to
  upsert a record but you did not provide any traits" explains.
- `dead-end`: the sentence stops at the "no": no way forward follows it. "We can't
  refund the ticket" is a dead end; "We can't refund the ticket, but we can move it to
  another date", "I don't know yet, but I'll find out by 3pm" and "..., but you can
  swap it for store credit" name what happens next, which is what the customer-service
  guides ask for.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..suggest.annotations import has_annotation
from ..text.sentences import opens_sentence
from .offers import OFFERS
from .way_forward import way_forward

FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my", "mine"})
# What a company does for a customer: refusing one of these refuses the customer.
SERVICE_VERBS = frozenset(
    """refund replace exchange return accept offer give send help change cancel extend waive
    process issue approve honour honor reimburse compensate credit deliver ship repair book
    reschedule upgrade downgrade transfer reinstate reopen make allow let guarantee promise hold
    reserve contact call visit collect discount match price lower reduce remove do provide
    recover respond reply reset consider tolerate merge see check look find take keep pay sell
    arrange organise organize waive freeze unfreeze swap apply discuss answer reverse reactivate
    restore rebook reissue resend unblock unlock move""".split()
)
# A place or team of the company's that speaks for it when it is the subject: "the branch won't
# reverse the charge" is the company refusing, as "we won't" is. Lower case only, so a product
# ("the Microsoft Store", "Teams") is no speaker, and never "your team" or "a store".
SPEAKING_PLACES = frozenset(
    """branch hotel store shop team kitchen restaurant pharmacy practice surgery office
    desk reception airline bank venue theatre gym club company""".split()
)
SPEAKING_DETERMINERS = frozenset({"the", "our", "this"})
# "your order", "the order": an order a customer placed (not "in order to", "sort order").
ORDER_DETERMINERS = frozenset({"your", "the", "this", "an", "my", "our", "their", "his", "her"})
PEOPLE = frozenset(
    """you customer customers user users people person anyone someone everyone somebody anybody
    those who client clients member members buyer buyers guest guests""".split()
)
# Who or what a verdict is about when it is about the customer.
CUSTOMER_WORDS = frozenset(
    """you your yours customer customers refund request application claim appeal complaint
    order booking reservation payment return subscription membership""".split()
)
CONDITIONS = frozenset({"if", "unless", "when", "whenever", "whether", "once", "until"})
SUBORDINATORS = CONDITIONS | {"because", "since", "as", "while", "after", "before", "so"}


def holds(needs: Sequence[str], span: Span) -> bool:
    """Whether every condition the entry needs holds for this match in its sentence."""
    for need in needs:
        if need == "speaker" and not _speaker(span):
            return False
        if need == "speaker-or-offer" and not (_speaker(span) or _offer(span)):
            return False
        if need == "service" and not _service(span):
            return False
        if need == "customer-subject" and not _customer_subject(span):
            return False
        if need == "person" and not _person(span):
            return False
        if need == "held-thing" and not _held_thing(span):
            return False
        if need == "not-conditional" and _conditional(span):
            return False
        if need == "main-clause" and _subordinate(span):
            return False
        if need == "reader-step" and not _reader_step(span):
            return False
        if need == "dead-end" and way_forward(span):
            return False
    return True


# Verbs that are not steps: "you simply want to leave feedback" means "just want".
NOT_STEPS = frozenset({"be", "have", "want", "need", "mean", "like", "wish", "seem"})


def _reader_step(span: Span) -> bool:
    """The matched adverb modifies an action the reader is told to take, or that "you" take."""
    verb = span.root if span.root.pos_ in ("VERB", "AUX") else span.root.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False  # "appears as simply `id`": it narrows a word, not a step
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp":
        verb = verb.head.head  # "by simply going to the page": the step the "by" belongs to
    if verb.lemma_.lower() in NOT_STEPS:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects and verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if subjects:
        return any(s.lower_ in ("you", "yourself") for s in subjects)
    # No subject: an instruction ("Simply click Reset") when the verb is in its base form
    # and not an infinitive ("to simply send the data" describes a purpose).
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.tag_ == "VB" and not infinitive


def _sentence(span: Span) -> Span:
    return span.sent if has_annotation(span.doc, "SENT_START") else span.doc[:]


def _speaker(span: Span) -> bool:
    """The writer speaks as themselves or their company: "we", "our", "I", or "the branch"
    (or "our team", "the hotel") as the one who acts."""
    sentence = _sentence(span)
    if any(t.lower_ in FIRST_PERSON and t.text != "US" for t in sentence):
        return True
    return any(_speaking_place(t) for t in sentence)


def _speaking_place(token: Token) -> bool:
    """ "The branch won't reverse it", "the hotel is not able to": a place of the company's
    as the subject, in lower case (not "the Store app", not "your team")."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.text != token.lower_:
        return False
    if token.lemma_.lower() not in SPEAKING_PLACES:
        return False
    determiners = [c.lower_ for c in token.children if c.dep_ in ("det", "poss")]
    return bool(determiners) and all(d in SPEAKING_DETERMINERS for d in determiners)


def _offer(span: Span) -> bool:
    """The sentence names something a company offers: a refund, a return, an order."""
    for token in _sentence(span):
        word = token.lower_
        if word in OFFERS and (token.text.islower() or opens_sentence(token)):
            if token.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in token.children):
                continue  # "no way to guarantee that types stay the same": a claim, no offer
            return True  # "exchange" yes, "Exchange" (a product) mid-sentence no
        # the singular of "charges", "penalties", "fines" as a noun only ("charge your phone",
        # "that's fine" offer nothing): "The charge cannot be waived." (an independent reader)
        if word in ("charge", "penalty", "fine", "surcharge") and token.pos_ == "NOUN":
            if token.text.islower() or opens_sentence(token):
                return True
        if word in ("order", "orders") and token.pos_ == "NOUN":
            if token.dep_ in ("nsubj", "nsubjpass", "dobj") or any(
                c.lower_ in ORDER_DETERMINERS for c in token.children
            ):
                return True
    return False


def _service(span: Span) -> bool:
    """Something a company could offer is refused: an offer named, or a service verb refused.

    "We can't refund gift cards", "Refunds cannot be issued": yes. "We can't verify
    the domain", "we don't support this browser": a system's limits, not a refusal.
    """
    if _offer(span):
        return True
    verb = _refused_verb(span)
    if verb is None:
        return False
    if _speaker(span) and verb.lemma_.lower() in SERVICE_VERBS:
        return True
    # Something of the customer's is refused: "your account can't be reopened".
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "csubjpass") and "your" in {t.lower_ for t in c.subtree}
        for c in verb.children
    )


def _refused_verb(span: Span) -> Token | None:
    """The action a refusal is about: a verb in the match, or the first one just after it."""
    doc = span.doc
    for token in [*span, *doc[span.end : min(len(doc), span.end + 4)]]:
        if token.pos_ == "VERB" and token.lemma_.lower() not in ("be", "have"):
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if token.lower_ == "going" and following is not None and following.lower_ == "to":
                continue  # "we're not going to replace it": the refused action is "replace"
            return token
    return None


def _subject_of(span: Span) -> Token | None:
    """Who does the match's verb: its subject, or the noun a relative clause hangs on."""
    verb = next((t for t in span if t.pos_ == "VERB"), None) or span.root
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ in ("xcomp", "conj", "ccomp") and verb.head is not verb:
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _customer_subject(span: Span) -> bool:
    subject = _subject_of(span)
    if subject is not None:
        words = {t.lower_ for t in subject.subtree}
    else:  # a headline verdict: "Refund request rejected."
        words = {t.lower_ for t in _sentence(span) if t.i < span.end}
    return bool(words & CUSTOMER_WORDS)


# What a customer holds with a company, for `held-thing` (lemmas). Not "line": "termination of
# your line at the socket" is wiring.
HELD_THINGS = frozenset(
    """contract subscription account agreement membership plan policy tenancy lease service
    booking cover licence license loan""".split()
)


def _held_thing(span: Span) -> bool:
    """The match is said of a contract, an account or another thing a customer holds."""
    near: list[Token] = []
    for token in span:
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj", "compound"):
                near.append(child)
            elif child.dep_ == "prep" and child.lower_ == "of":
                near.extend(g for g in child.children if g.dep_ == "pobj")
        # "the terminated contract", "an account terminated last week"
        if token.dep_ in ("amod", "acl", "relcl"):
            near.append(token.head)
    return any(_held(t) for t in near)


def _held(token: Token) -> bool:
    """A held thing; a "service" only right after "your", "this", "the", "our" or "my" ("this
    service will terminate at Reading"), not a program's ("the RPC Client Access service")."""
    lemma = token.lemma_.lower()
    if lemma not in HELD_THINGS:
        return False
    if lemma == "service":
        return token.i > 0 and token.doc[token.i - 1].lower_ in ("your", "this", "the", "our", "my")
    return True


def _person(span: Span) -> bool:
    subject = _subject_of(span)
    if subject is None:
        return any(t.lower_ in PEOPLE for t in span)
    if subject.lower_ in PEOPLE or subject.lemma_.lower() in PEOPLE:
        return True
    return subject.ent_type_ == "PERSON"


def _conditional(span: Span) -> bool:
    """Inside an if/when/unless clause, or right after such a word."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in CONDITIONS:
        return True
    for token in span:
        head = token
        for _ in range(4):  # walk up to the clause that holds the match
            if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in head.children):
                return True
            if head.dep_ in ("advcl",) and any(c.lower_ in CONDITIONS for c in head.children):
                return True
            if head.head is head:
                break
            head = head.head
    return False


def _subordinate(span: Span) -> bool:
    """In a clause that gives a condition, a cause or a time, or joined to one with "and"/"but"."""
    if _conditional(span):
        return True
    verb = next((t for t in span if t.pos_ == "VERB"), None) or span.root
    clause = verb
    for _ in range(6):
        if any(_introduces(c) for c in clause.children):
            return True
        if clause.dep_ in ("advcl", "relcl", "acl"):
            return True
        if clause.dep_ == "conj" and clause.head is not clause:
            clause = clause.head  # "when you try X but you did not Y": Y shares X's clause
            continue
        break
    if any(c.dep_ == "cc" for c in clause.children):
        # The parser may cut "when you try X but you did not Y" in two: look back.
        sentence = _sentence(span)
        return any(_introduces(t) for t in sentence if t.i < span.start)
    return False


def _introduces(token: Token) -> bool:
    """ "if", "because", "when" ... heading a clause ("when" is labelled advmod, not mark)."""
    return token.dep_ in ("mark", "advmod") and token.lower_ in SUBORDINATORS

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

FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my", "mine"})
# What a company offers or does for a customer: refusing it refuses the customer.
OFFERS = frozenset(
    """refund refunds return returns voucher vouchers coupon coupons discount discounts offer offers
    promotion promotions delivery deliveries shipping postage warranty warranties guarantee
    compensation reimbursement cancellation cancellations booking bookings reservation
    reservations appointment appointments exception exceptions replacement replacements repair
    repairs rebate rebates stock giftcard gift-card deal deals promo fee fees membership
    memberships subscription subscriptions claim claims purchase purchases withdrawal withdrawals
    deposit deposits payment payments price prices fare fares charges penalties fines""".split()
)
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
        if need == "not-conditional" and _conditional(span):
            return False
        if need == "main-clause" and _subordinate(span):
            return False
        if need == "reader-step" and not _reader_step(span):
            return False
        if need == "dead-end" and _way_forward(span):
            return False
    return True


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
    machine helpline they he she""".split()
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
DO = frozenset({"do", "does", "did"})


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
    if verb.pos_ != "VERB" or verb.lemma_.lower() in THREATS | NOT_STEPS_FORWARD:
        return False
    children = {c.lower_ for c in verb.children}
    if children & NEGATIONS:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True  # "our EU warehouse delivers to most of Europe"
    return bool(children & (PROMISING - {"would", "'d", "’d"}))


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
        if child.dep_ == "attr" and child.lemma_.lower() in ALTERNATIVES:
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


def _way_forward(span: Span) -> bool:
    """After the match, its sentence goes on with what the writer will do or the reader can do.

    "..., but we can move it", "..., but I'll ask the captain", "..., but I've reserved the
    next one", "..., but you can swap it", "..., but we do read them all", "..., but we have
    pet-friendly rooms", "...; shall I book it?", "...; just let us know": yes. A relative
    clause ("orders that we have shipped", "so there's nothing I can check"), a negation
    ("but we can't ...") or a threat ("so we will close your account"): no.
    """
    sentence = _sentence(span)
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
        if _still_open(token):
            return True  # "...; Friday and Sunday are still open"
        if word in PROMISING | {"shall", "should"} and k + 2 < len(tokens):
            if tokens[k + 1].lower_ in ("we", "i", "you") and token.i == tokens[k + 1].i - 1:
                if tokens[k + 2].lemma_.lower() not in THREATS | NOT_STEPS_FORWARD:
                    return True  # "..., shall I book it?", "would you like the 11:15?"
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
            if verb.tag_ == "VBN" and verb.lemma_.lower() not in THREATS | NOT_STEPS_FORWARD:
                return True
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


# What "we" do that asks something of the customer rather than offering it: "..., but we
# expect payment first", "..., but we need the receipt".
DEMANDS = frozenset("expect require need insist ask reserve want must".split())


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
        if word in OFFERS and (token.text.islower() or token.is_sent_start):
            if token.pos_ == "VERB" and any(c.dep_ == "ccomp" for c in token.children):
                continue  # "no way to guarantee that types stay the same": a claim, no offer
            return True  # "exchange" yes, "Exchange" (a product) mid-sentence no
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

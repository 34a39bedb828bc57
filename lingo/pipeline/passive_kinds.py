"""What kind of passive a clause is, so the reporting policy can tell which ones matter.

The detector (passive.py) finds every passive clause; this module sorts them:

- `by-actor`: the actor is named in a "by ..." phrase ("was denied by our team"):
  the sentence buries who acts at its end.
- `hidden-actor`: no actor, and the reader needs one: something done to the
  customer or their request, account or money ("your refund was declined"), a
  decision ("the claim was rejected"), a promise ("you will be contacted"), or
  an instruction whose actor is the reader ("the form must be signed").
- `state`: the participle describes how something is, not who did it ("check
  that Bluetooth is enabled", "the light is lit", "the files are damaged or
  missing", "the app is signed in").
- `routine`: an action whose actor does not matter to the reader ("the file is
  saved to the folder", "only the first 500 rows are processed").

The default policy reports `by-actor` and `hidden-actor` passives; `passive:
all` reports every kind (docs/rules/passive-voice.md).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..suggest.words import COMPANY_ACTIONS, HARMS, lemma_of_verb

BY_ACTOR, HIDDEN_ACTOR, STATE, ROUTINE = "by-actor", "hidden-actor", "state", "routine"
KINDS = (BY_ACTOR, HIDDEN_ACTOR, STATE, ROUTINE)

# Participles that, in the present tense, describe a setting or condition.
STATE_VERBS = frozenset(
    """enable disable install uninstall connect disconnect configure reconfigure lock unlock
    pause damage corrupt light attach detach select deselect check uncheck set sign log block
    unblock turn store locate base support include exclude list show display hide define specify
    name call label title mark open close expire encrypt protect license assign map link
    synchronize synchronise sync host deploy save load mount format compress pair register
    require limit restrict cap reserve permit allow apply enforce populate fill empty print
    validate sort group nest embed associate
    join merge split position align size shape color colour highlight gray grey dim star pin
    select activate deactivate install preinstall preconfigure cache index""".split()
)
# "is turned on", "is signed in", "is logged out", "is set up": a state word after the participle.
STATE_PARTICLES = frozenset({"on", "off", "in", "out", "up", "down", "open", "closed", "away"})
# "Check that the printer is connected": the clause says what to look for, a state.
CHECKING_VERBS = frozenset(
    """check verify ensure confirm see make determine find notice wait test validate
    look ask""".split()
)
STATE_ADVERBS = frozenset({"already", "still", "currently", "now", "correctly", "properly"})
# Decisions a company makes about a customer: the customer must know who made them.
DECISION_VERBS = frozenset(
    """deny refuse reject decline approve grant cancel suspend terminate ban revoke withhold
    charge bill fine penalize penalise disqualify flag investigate escalate refund reimburse
    credit debit compensate waive void ignore overlook dismiss close delete remove disable
    restrict lock freeze hold delay postpone review""".split()
)
# What a customer owns or asks for: something done to it is done to the customer.
CUSTOMER_THINGS = frozenset(
    """account order request refund payment subscription ticket case claim complaint application
    appeal booking reservation purchase return parcel package delivery shipment invoice bill charge
    fee card money deposit membership plan warranty replacement repair query question enquiry
    inquiry feedback message email call password profile reimbursement compensation
    credit""".split()
)  # counted as the customer's when "your" (or "customer") says so
# Things a decision is about even without "your": "the claim was rejected".
DECIDED_THINGS = frozenset(
    """refund claim request application appeal complaint order booking reservation payment
    return warranty subscription membership account ticket case""".split()
)
PERSON_PRONOUNS = frozenset({"us", "me", "you", "them", "him", "her", "we", "i", "they"})
# Who acts in customer-facing text: people and organisations.
PEOPLE_WORDS = frozenset(
    """team staff agent manager support department company bank courier administrator admin
    representative specialist engineer technician employee colleague supervisor owner seller
    merchant provider partner carrier store shop office member person people customer
    government authority court insurer lender landlord""".split()
)
# Things an organisation makes: "by the Segment API", "by Microsoft Excel's engine".
THING_WORDS = frozenset(
    """api sdk app application library service server system tool feature setting function
    engine plugin add-in extension script program software driver module protocol""".split()
)
ADDRESS_WORDS = frozenset({"you", "yourself", "yourselves", "customer", "customers"})
INSTRUCTION_MODALS = frozenset({"must", "should", "shall"})
PROMISE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
POSSIBILITY_MODALS = frozenset({"can", "ca", "could", "may"})


def passive_kind(verb: Token, aux: Sequence[Token], agent: Span | None) -> str:
    """`by-actor`, `hidden-actor`, `state` or `routine` for the passive clause headed by `verb`.

    `agent` is the "by ..." phrase's object, when the sentence names one.
    """
    if agent is not None:
        if verb.dep_ in ("relcl", "acl"):
            return ROUTINE  # "credentials, which are generated by AWS": a detail, not the point
        if not is_person_or_organisation(agent):
            return ROUTINE  # "is indicated by an exponent": no one acts
        # Someone is named at the end. It matters when what they did matters to the
        # customer (a decision, something done to them or their request, a promise);
        # "this destination is maintained by Acme" keeps its topic first, and judged on
        # real help text the active version added nothing there.
        hidden = passive_kind(verb, aux, None)
        return BY_ACTOR if hidden == HIDDEN_ACTOR else ROUTINE
    lemma = lemma_of_verb(verb)
    modals = {t.lower_ for t in verb.children if t.tag_ == "MD"}
    negated = any(c.dep_ == "neg" for c in verb.children)
    needs = _head_need(verb)
    subject = _subject_words(verb)
    addressed = bool(subject & ADDRESS_WORDS)  # "you", "customers": the reader themselves
    possessed = "your" in subject or "customer" in subject or "customers" in subject
    customers_things = possessed and bool(subject & CUSTOMER_THINGS)
    if any(c.dep_ == "advmod" and c.lower_ in STATE_ADVERBS for c in verb.children):
        return STATE  # "should already be installed", "is currently set to"
    if negated and verb.lower_ in HARMS and not modals & {"can", "ca", "could"}:
        # A harm said not to happen has no actor to name: "you won't be charged", "your
        # files weren't lost" (reassurance; "your booking can't be cancelled" refuses)
        return ROUTINE
    if _decision_as_a_noun(verb, lemma):
        # "a deduction of £340 has been made from your deposit": the decision is the noun
        return HIDDEN_ACTOR
    if lemma in DECISION_VERBS and (addressed or possessed or subject & DECIDED_THINGS):
        # A decision about the customer: "your claim was rejected", "you were charged twice".
        return HIDDEN_ACTOR
    if (
        (addressed or customers_things)
        and lemma in COMPANY_ACTIONS
        and not modals & POSSIBILITY_MODALS  # "you may be offered an update": how it works
        and _main_clause(verb)
    ):
        # Done to the customer: "your order was shipped", "you will be contacted" (not a
        # circumstance: "once you've been accepted to the program, apply ...").
        return HIDDEN_ACTOR
    if (
        (needs or modals & INSTRUCTION_MODALS)
        and not negated
        and not addressed
        and _main_clause(verb)
    ):
        return HIDDEN_ACTOR  # an instruction whose actor is the reader: "must be signed"
    if not modals and not needs and is_state(verb, aux, lemma):
        return STATE
    return ROUTINE


# A decision said as a noun with a light verb: "a deduction has been made", "a charge has
# been applied", "a decision has been taken", "a hold has been placed on your account".
LIGHT_VERBS = frozenset("make apply take place raise add impose levy issue".split())
DECISION_NOUNS = frozenset(
    """deduction charge decision adjustment penalty fine fee surcharge cancellation suspension
    withdrawal restriction hold block""".split()
)


def _decision_as_a_noun(verb: Token, lemma: str) -> bool:
    """A light verb whose subject is a decision about the customer's things ("from your
    deposit", "to your account", "to close your account")."""
    if lemma not in LIGHT_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lemma_.lower() not in DECISION_NOUNS:
        return False
    return "your" in {t.lower_ for t in verb.subtree}


def _main_clause(verb: Token) -> bool:
    """Not in a relative or adverbial clause ("the file that must be loaded", "when ... must")."""
    clause = verb
    for _ in range(4):
        if clause.dep_ in ("relcl", "acl", "advcl", "pcomp"):
            return False
        if clause.dep_ in ("xcomp", "conj", "ccomp") and clause.head is not clause:
            clause = clause.head
            continue
        return True
    return True


def is_person_or_organisation(agent: Span) -> bool:
    """Whether a "by ..." phrase names someone who acts (our team, a bank, Segment), not a thing."""
    root = agent.root
    if root.lower_ in PERSON_PRONOUNS:
        return True
    if root.lemma_.lower() in PEOPLE_WORDS:
        return True
    if root.pos_ == "PROPN" or root.ent_type_ in ("ORG", "PERSON"):
        # "Segment", "Microsoft", "your bank": a name acts, unless it names a thing it made.
        return not any(t.lower_ in THING_WORDS for t in agent)
    return False


def is_state(verb: Token, aux: Sequence[Token], lemma: str) -> bool:
    """Whether a passive participle reads as a state ("is enabled"), not an action."""
    if not aux or any(a.lemma_.lower() != "be" for a in aux):
        return False  # "got charged": an event
    if not all(a.tag_ in ("VBZ", "VBP", "VB") for a in aux):
        return False  # "was enabled", "has been enabled": something happened
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    if any(c.dep_ == "conj" and c.tag_ == "JJ" for c in verb.children) or (
        verb.dep_ == "conj" and verb.head.tag_ == "JJ"
    ):
        return True  # "damaged or missing"
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        following is not None
        and following.lower_ in STATE_PARTICLES
        and following.head == verb
        and following.dep_ in ("prt", "advmod", "acomp")
    ):
        return True  # "is turned on", "is signed in"
    if any(c.dep_ == "advmod" and c.lower_ in STATE_ADVERBS for c in verb.children):
        return True  # "is already installed"
    if _checked_clause(verb):
        return True  # "make sure the printer is connected"
    return lemma in STATE_VERBS


def _checked_clause(verb: Token) -> bool:
    """The clause is what the reader checks or waits for: "verify that X is Y", "until X is Y"."""
    if verb.dep_ in ("ccomp", "advcl"):
        head = verb.head
        if lemma_of_verb(head) in CHECKING_VERBS:
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("until", "whether", "if") for c in verb.children):
            return head.lemma_.lower() in ("wait", "check", "see", "verify", "confirm", "determine")
    return False


def _head_need(verb: Token) -> bool:
    """ "needs to be replaced", "has to be signed": a need laid on the reader."""
    if verb.dep_ != "xcomp":
        return False
    head = verb.head
    return head.lemma_.lower() in ("need", "have", "require") and head.tag_ != "VBN"


def _subject_words(verb: Token) -> set[str]:
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "nsubj", "csubjpass"):
            return {t.lower_ for t in child.subtree} | {child.lemma_.lower()}
    head = verb.head
    if verb.dep_ in ("xcomp", "conj") and head is not verb:
        return _subject_words(head)
    return set()

"""Passive voice from the dependency parse, as a spaCy component.

A clause is passive when its verb has a passive auxiliary (`auxpass`: "was
denied", "got charged") or a passive subject (`nsubjpass`/`csubjpass`). The
parse also tells the actor (the `agent` "by ..." phrase), which the message
names. Participles that describe a state rather than an action ("I am
interested", "we're excited") are adjectives to a reader and are not flagged.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..doc_text import doc_text
from ..findings import Finding, LineIndex, Severity, Suggestion
from ..lexicon.morphology import getAllLemmas
from ..lexicon.participles import PASSIVE_WINDOW, is_participle_form
from ..lexicon.rules import PASSIVE_VOICE, TONE
from ..suggest.active_voice import located_rewrite, passive_suggestions
from ..suggest.active_voice.clause import is_manner
from ..suggest.active_voice.verb_group import modal_word, object_pronoun
from ..suggest.recheck import checked_rewrites
from ..suggest.reparse import Reparser
from .common import add_findings, make_finding, register_extensions
from .passive_kinds import ROUTINE, STATE, passive_kind

RULE = PASSIVE_VOICE.id
STATE_HINT = "Keep it if it says how things are; if someone does it, say who."
CATEGORY = PASSIVE_VOICE.category
SEVERITY = PASSIVE_VOICE.severity

PASSIVE_AUX_DEPS = {"auxpass"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
PASSIVE_AUX_LEMMAS = {"be", "get"}
# Participles that name a feeling or state rather than an action done to
# someone: "I am interested", "we're thrilled", "she is married".
STATIVE_PARTICIPLES = frozenset(
    """interest concern please involve incline embarrass ashame determine terrify
    impress satisfy excite thrill delight worry bore tire amaze scare frighten
    confuse annoy frustrate overwhelm relieve fascinate amuse devote dedicate
    accustom acquaint""".split()
)
# States in the present tense, events in the past: "the store is closed on
# Sundays" describes, "your account was closed" reports an action.
STATIVE_IN_PRESENT = frozenset({"close", "open", "lock", "finish"})
# "get rid of", "get lost", "we're done": idioms, not passives.
IDIOMS = frozenset({"rid", "lose", "waste", "go", "start"})
PERSON_IDIOMS = frozenset({"do", "finish"})
OUT_STATES = frozenset({"sell", "book", "wear", "burn"})  # "sold out", "booked out"
NOT_PASSIVE_LEMMAS = frozenset({"be", "have", "get"})
# "aged 5 to 15", "aged between 18 and 25", "aged over 65": an age, not something done
_AGE_WORDS = frozenset({"between", "over", "under", "from", "up", "at", "no"})


PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she"})


def find_passives(doc: Doc | Span) -> Iterator[tuple[Token, list[Token]]]:
    """Passive clauses as (verb, passive auxiliaries), in text order.

    A passive needs a be/get auxiliary within `PASSIVE_WINDOW` tokens of a
    past-participle form: the same test the lexical pass (lingo/lexicon/triggers.py)
    makes before parsing, so skipping the parser never loses a finding.
    """
    for token in doc:
        if not is_participle_form(token.lower_):
            continue
        aux = passive_auxiliaries(token)
        if not aux or all(abs(a.i - token.i) > PASSIVE_WINDOW for a in aux):
            continue
        if not is_adjectival(token, aux):
            yield token, aux


def passive_verbs(doc: Doc | Span) -> Iterator[Token]:
    """Verbs heading a passive clause, in text order."""
    for verb, _ in find_passives(doc):
        yield verb


def passive_auxiliaries(token: Token) -> list[Token] | None:
    """The be/get auxiliaries that make `token` passive, or None when it is not.

    Besides the parser's own passive labels this reads three shapes the small
    English model labels otherwise: "I was surprised by ..." (a participle
    with a "by" agent after "be"), "get married" (a participle after "get"),
    and questions such as "Why is the city called Miramar?".
    """
    tag, head = token.tag_, token.head
    if tag.startswith("VB"):
        deps = {child.dep_ for child in token.children}
        if deps & PASSIVE_AUX_DEPS or deps & PASSIVE_SUBJECT_DEPS:
            aux = [c for c in token.children if c.dep_ in PASSIVE_AUX_DEPS]
            return [a for a in aux if a.lemma_.lower() in PASSIVE_AUX_LEMMAS] or None
    if tag in ("VBN", "JJ") and token.dep_ == "acomp" and head.lemma_.lower() in PASSIVE_AUX_LEMMAS:
        if head.lemma_.lower() == "get" and tag == "VBN":
            return [head]
        if has_agent(token):
            return [head]
    if (
        tag == "VBN"
        and token.dep_ == "acl"
        and head.dep_ == "nsubj"
        and head.head.lemma_.lower() == "be"
        and head.head.i < head.i
    ):
        return [head.head]
    return None


_SHAPE_DEPS = ("auxpass", "nsubjpass", "csubjpass", "acomp", "acl")


def _may_hold_passive(doc: Doc) -> bool:
    """A quick look at the dependency labels before walking the tree."""
    if not doc.has_annotation("DEP"):
        return False
    labels = set(doc.to_array("DEP").tolist())
    return any(doc.vocab.strings[dep] in labels for dep in _SHAPE_DEPS)


def has_agent(verb: Token) -> bool:
    return any(child.dep_ == "agent" for child in verb.children)


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubjpass", "nsubj"):
            return child
    return None


def is_adjectival(verb: Token, aux: list[Token]) -> bool:
    """A participle read as an adjective: a feeling, a state, an idiom, or no verb at all."""
    lemma = verb.lemma_.lower()
    if lemma in NOT_PASSIVE_LEMMAS:
        return True
    if "VERB" not in getAllLemmas(verb.lower_):
        return True  # "outdated", "unsupported": adjectives with no verb behind them
    if has_agent(verb):
        return False
    if lemma in STATIVE_PARTICIPLES or lemma in IDIOMS:
        return True
    children = list(verb.children)
    if any(c.lower_ == "all" and c.i == verb.i - 1 for c in children):
        return True  # "you're all set", "we're all booked"
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in children) and lemma in OUT_STATES:
        return True  # "tickets are sold out"
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        lemma == "age"
        and following is not None
        and (following.like_num or following.lower_ in _AGE_WORDS)
    ):
        return True  # "children must be aged 5 to 15": how old, not an action
    if any(a.lower_ in ("'s", "\u2019s") for a in aux) and (
        any(c.dep_ in ("dobj", "npadvmod") for c in children)
        or (following is not None and following.tag_ in ("DT", "PRP$"))
    ):
        return True  # "it's taken this long": 's is "has", not "is"
    subject = _subject(verb)
    if lemma in PERSON_IDIOMS and (
        (subject is not None and subject.lower_ in PERSONAL_PRONOUNS)
        or any(c.tag_ == "VBG" for c in verb.children)
    ):
        return True  # "we're done", "I'm finished", "they were done talking"
    present = any(a.tag_ in ("VBZ", "VBP") for a in aux)
    return lemma in STATIVE_IN_PRESENT and present


def verb_group(verb: Token, aux: list[Token] | None = None) -> Span:
    """The auxiliaries and the verb: "must be completed", "has been updated"."""
    doc = verb.doc
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    helpers += [a for a in aux or () if a.i < verb.i]
    start = verb.i
    for token in sorted(helpers, key=lambda t: -t.i):
        between = doc[token.i + 1 : start]
        if all(t.i in {h.i for h in helpers} or t.pos_ in ("ADV", "PART", "AUX") for t in between):
            start = token.i
    return doc[start : verb.i + 1]


def actor(verb: Token) -> Span | None:
    """The "by ..." phrase's object, when the parse shows one: "our team"."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                obj = objects[0]
                who = verb.doc[obj.left_edge.i : obj.right_edge.i + 1]
                return None if is_manner(who) else who  # "by hand", "by Friday": how or when
    return None


def _message(group: Span, verb: Token, who: Span | None, kind: str) -> str:
    shown = _shown(group)
    if who is not None:
        return (
            f"'{shown}' is passive: the sentence hides its actor, "
            f"'{who.text}', at the end. Lead with who acts."
        )
    if kind == STATE:
        return f"'{shown}' is passive in form but describes a state; fine as it is."
    done_to = f"{_who_form(group, verb)}{_stranded(verb)} {_done_to(verb)}"
    if kind == ROUTINE:
        return (
            f"'{shown}' is passive; who {done_to} may not matter here. "
            "Name the actor if the reader needs to know."
        )
    return (
        f"'{shown}' is passive and does not say who {done_to}. "
        "Say who does it: we, you, or a named team."
    )


# Verbs of handing over: "You were sent a new code" asks who sent it to you ("who sent you"
# reads as who sent the customer somewhere).
_HANDED = frozenset("send post mail email give issue hand offer".split())


def _done_to(verb: Token) -> str:
    """Who or what the passive is done to, as its object: "it", "them", "you", or "it to you"
    when a thing was handed to the subject."""
    pronoun = object_pronoun(verb)
    kept = any(c.dep_ in ("dobj", "dative") for c in verb.children if c.i > verb.i)
    person = any(
        c.dep_ == "nsubjpass" and c.lower_ in ("you", "we", "i", "they") for c in verb.children
    )
    if kept and person and verb.lemma_.lower() in _HANDED:
        return f"it to {pronoun}"
    return pronoun


_CLITICS = ("'", "\u2019")


def _shown(group: Span) -> str:
    """The verb group as quoted in the message: "you're informed", not "'re informed"."""
    if group.text.startswith(_CLITICS) and group.start > 0:
        return group.doc[group.start - 1 : group.end].text
    return group.text


def _stranded(verb: Token) -> str:
    """The preposition left without its object: " to" in "will not be responded to"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.i > verb.i and not any(True for _ in child.children):
            return f" {child.lower_}"
    return ""


_PAST_AUXILIARIES = frozenset({"was", "were", "been"})


_NEGATED_MODALS = {"will": "won't", "can": "can't", "shall": "shan't"}


def _who_form(group: Span, verb: Token) -> str:
    """The verb for "who ... it", in the passive's time and mood.

    "who denied it" after "was denied", "who must sign it" after "must be
    signed", "who saves it" after "is saved" (not "who saved it" for a
    passive that has not happened yet), "who did not approve it" after "was
    not approved".
    """
    from ..lexicon.morphology import getInflection

    before = [t for t in group if t.i < verb.i]
    lemma = verb.lemma_.lower()
    negated = any(t.lower_ in ("not", "n't", "n’t") for t in before)
    modal = next((t for t in before if t.tag_ == "MD"), None)
    if modal is not None:  # "who must sign it", "who will close it", "who won't charge you"
        word = modal_word(modal)  # "won't" is "wo" + "n't"
        if negated:
            word = _NEGATED_MODALS.get(word, f"{word} not")
        return f"{word} {lemma}"
    past = any(t.lower_ in _PAST_AUXILIARIES for t in before)
    if negated:  # "who did not approve it"
        perfect = next((t.lower_ for t in before if t.lemma_ == "have"), None)
        if perfect is not None:  # "has not been processed": "who has not processed it"
            aux = "had" if perfect in ("had", "'d", "\u2019d") else "has"
            return f"{aux} not {verb.lower_}"
        return f"{'did' if past else 'does'} not {lemma}"
    never = "never " if any(t.lower_ == "never" for t in before) else ""  # "who never sent it"
    if past:
        return never + verb_past(verb)
    present = getInflection(lemma, tag="VBZ")
    return never + (present[0] if present else verb_past(verb))


def verb_past(verb: Token) -> str:
    """The simple past for "who denied it", whatever the tagger made of the participle."""
    from ..lexicon.morphology import getInflection

    past = getInflection(verb.lemma_.lower(), tag="VBD")
    return past[0] if past else verb.text.lower()


class PassiveVoice:
    """Flags passive clauses and proposes the active sentence where the parse allows."""

    def __init__(
        self, name: str, severity: str = SEVERITY.value, nlp: Language | None = None
    ) -> None:
        register_extensions()
        self.name = name
        self.severity = Severity.parse(severity)
        # An active rewrite is parsed again before it is offered (suggest/recheck.py).
        has_parser = nlp is not None and any(n == "parser" for n, _ in nlp.components)
        self._reparser = Reparser(nlp) if nlp is not None and has_parser else None

    def __call__(self, doc: Doc) -> Doc:
        lines = LineIndex(doc_text(doc))
        add_findings(doc, list(self.findings(doc, lines)))
        return doc

    def findings(self, doc: Doc, lines: LineIndex) -> Iterator[Finding]:
        if not _may_hold_passive(doc):
            return
        for verb, aux in find_passives(doc):
            group = verb_group(verb, aux)
            who = actor(verb)
            kind = passive_kind(verb, aux, who)
            located = located_rewrite(verb, aux) if kind == STATE else None
            if located is not None:
                suggestions = [located]  # "is located just off the road" -> "is just off the road"
            elif kind == STATE:
                # A state has no actor to put first: a rewrite would change what it says.
                suggestions = [Suggestion(text=STATE_HINT, safety="hint")]
            else:
                suggestions = checked_rewrites(
                    self._reparser, verb.sent, list(passive_suggestions(verb, aux, who))
                )
            yield make_finding(
                group,
                rule=RULE,
                category=CATEGORY,
                severity=self.severity,
                message=_message(group, verb, who, kind),
                suggestions=suggestions,
                entry=kind,
                lines=lines,
            )


def without_restated(findings: Sequence[Finding]) -> list[Finding]:
    """Every finding but a hidden-actor passive on words a say-no finding already covers.

    "Your request was refused." is a cold verdict first: its say-no message asks the
    writer to say what they decided, which names the actor; a second message asking who
    refused it repeats that. A passive that names its actor ("by your bank") stays: its
    rewrite is a fix of its own. The tone classifier's finding spans a whole sentence
    and names no words, so it hides nothing.
    """
    said = [(f.start, f.end) for f in findings if f.category == "say-no" and f.rule != TONE.id]
    return [
        f
        for f in findings
        if f.rule != RULE
        or f.entry != "hidden-actor"
        or not any(s < f.end and f.start < e for s, e in said)
    ]


@Language.factory(
    "lingo_passive",
    default_config={"severity": SEVERITY.value},
    requires=["token.dep", "token.tag", "token.lemma"],
    assigns=["doc._.lingo_findings"],
)
def make_passive_voice(nlp: Language, name: str, severity: str) -> PassiveVoice:
    """spaCy factory: `nlp.add_pipe("lingo_passive")` after the parser."""
    return PassiveVoice(name, severity, nlp)

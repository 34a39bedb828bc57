"""Passive voice from the dependency parse, as a spaCy component.

A clause is passive when its verb has a passive auxiliary (`auxpass`: "was
denied", "got charged") or a passive subject (`nsubjpass`/`csubjpass`). The
parse also tells the actor (the `agent` "by ..." phrase), which the message
names. Participles that describe a state rather than an action ("I am
interested", "we're excited") are adjectives to a reader and are not flagged.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..findings import Finding, LineIndex, Severity, Suggestion
from ..rules import PASSIVE_VOICE
from ..suggest.active_voice import active_rewrites
from .common import add_findings, make_finding, register_extensions

RULE = PASSIVE_VOICE.id
CATEGORY = PASSIVE_VOICE.category
SEVERITY = PASSIVE_VOICE.severity

PASSIVE_AUX_DEPS = {"auxpass"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
PASSIVE_AUX_LEMMAS = {"be", "get"}
# Participles that name a feeling or state: "I am interested", "we're thrilled".
STATIVE_PARTICIPLES = frozenset(
    """interest excite thrill delight please concern worry bore tire surprise amaze
    satisfy disappoint frustrate confuse annoy scare frighten embarrass overwhelm
    relieve impress amuse fascinate devote dedicate commit involve engage marry
    qualify entitle equip prepare allow suppose""".split()
)


def passive_verbs(doc: Doc | Span) -> Iterator[Token]:
    """Verbs heading a passive clause, in text order."""
    for token in doc:
        if not token.tag_.startswith("VB"):
            continue
        deps = {child.dep_ for child in token.children}
        if not (deps & PASSIVE_AUX_DEPS or deps & PASSIVE_SUBJECT_DEPS):
            continue
        aux = [c for c in token.children if c.dep_ in PASSIVE_AUX_DEPS]
        if aux and not any(a.lemma_.lower() in PASSIVE_AUX_LEMMAS for a in aux):
            continue
        if is_stative(token):
            continue
        yield token


def is_stative(verb: Token) -> bool:
    """"I am interested in", "we're excited": a state, not an action done to someone."""
    if verb.lemma_.lower() not in STATIVE_PARTICIPLES:
        return False
    return not any(child.dep_ == "agent" for child in verb.children)


def verb_group(verb: Token) -> Span:
    """The auxiliaries and the verb: "must be completed", "has been updated"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    start = min([verb.i, *(a.i for a in auxes)])
    return verb.doc[start : verb.i + 1]


def actor(verb: Token) -> Span | None:
    """The "by ..." phrase's object, when the parse shows one: "our team"."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                obj = objects[0]
                return verb.doc[obj.left_edge.i : obj.right_edge.i + 1]
    return None


def _message(group: Span, verb: Token, who: Span | None) -> str:
    if who is not None:
        return (
            f"'{group.text}' is passive: the sentence hides its actor, "
            f"'{who.text}', at the end. Lead with who acts."
        )
    return (
        f"'{group.text}' is passive and does not say who {verb_past(verb)} it. "
        "Say who does it: we, you, or a named team."
    )


def verb_past(verb: Token) -> str:
    return verb.text.lower() if verb.tag_ == "VBN" else verb.lemma_


class PassiveVoice:
    """Flags passive clauses and proposes the active sentence where the parse allows."""

    def __init__(self, name: str, severity: str = SEVERITY.value) -> None:
        register_extensions()
        self.name = name
        self.severity = Severity.parse(severity)

    def __call__(self, doc: Doc) -> Doc:
        lines = LineIndex(doc.text)
        add_findings(doc, list(self.findings(doc, lines)))
        return doc

    def findings(self, doc: Doc, lines: LineIndex) -> Iterator[Finding]:
        for verb in passive_verbs(doc):
            group = verb_group(verb)
            who = actor(verb)
            suggestions = list(active_rewrites(verb, who))
            if not suggestions:
                suggestions = [Suggestion(text=_hint(verb, who), safety="hint")]
            yield make_finding(
                group,
                rule=RULE,
                category=CATEGORY,
                severity=self.severity,
                message=_message(group, verb, who),
                suggestions=suggestions,
                lines=lines,
            )


def _hint(verb: Token, who: Span | None) -> str:
    if who is not None:
        return f"Start with '{who.text}' and make it the subject of '{verb.lemma_}'."
    return f"Name who {verb.lemma_}s it: 'We {verb_past(verb)} ...' or 'You can {verb.lemma_} ...'."


@Language.factory(
    "lingo_passive",
    default_config={"severity": SEVERITY.value},
    requires=["token.dep", "token.tag", "token.lemma"],
    assigns=["doc._.lingo_findings"],
)
def make_passive_voice(nlp: Language, name: str, severity: str) -> PassiveVoice:
    """spaCy factory: `nlp.add_pipe("lingo_passive")` after the parser."""
    return PassiveVoice(name, severity)

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

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ...doc_text import doc_text
from ...findings import Edit, Suggestion
from ..words import lemma_of_verb
from .actor import guess_actor
from .clause import find_clause, is_manner
from .compose import PLACEHOLDER, _actor_text, compose
from .meaning import keeps_meaning
from .verb_group import modal_word, object_pronoun, verb_form

# Participles that describe where or what something is, not who did it: no
# actor to name ("the shop is located", "the price is based on").
STATE_PASSIVES = frozenset(
    "suppose base locate situate bear compose comprise entitle marry deem intend mean "
    "call name title label".split()
)

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


_LAW_NOUNS = frozenset({"law", "statute", "regulation", "regulations", "contract", "policy"})


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
    modal = next(
        (c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD" and c.i < verb.i), None
    )
    if modal is not None:
        # "must be submitted": who must submit it, not who submitted it.
        base = verb_form(lemma, "VB", verb.text)
        return f"Say who {modal_word(modal)} {base} {object_pronoun(verb)}, and lead with them."
    if any(a.tag_ in ("VB", "VBZ", "VBP") for a in aux) and not any(
        a.tag_ in ("VBD", "VBN") for a in aux
    ):
        # "will continue to be collected", "is reviewed weekly": who collects it, not who did
        done_to = object_pronoun(verb)
        return f"Say who {verb_form(lemma, 'VBZ', verb.text)} {done_to}, and lead with them."
    return f"Say who {past} {object_pronoun(verb)}, and lead with them."

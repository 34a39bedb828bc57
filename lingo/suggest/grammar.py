"""What a replacement may break in a sentence's grammar, read from its parse: a verb's
object or complement, subject-verb agreement, a modal's meaning. Used by lingo/suggest/recheck.py,
which parses a sentence before and after a fix."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..lexicon.morphology import getAllLemmas

# Verbs a replacement brings in that cannot stand without an object.
NEEDS_OBJECT = frozenset(
    "contact give use get let show tell buy find have send put take keep bring need "
    "include prevent remove fix combine explain list name simplify spend share meet".split()
)
# Who "help" can take as its object: "helps you", "helps your team", "helps shops sell more".
# "helps seamless connectivity" is not English; "help" wants a person, a verb or "with".
HELPED = frozenset(
    """team staff agent manager department company business bank member person people customer
    user client developer admin administrator engineer marketer seller buyer merchant shop store
    brand organisation organization owner partner reader visitor employee colleague student
    parent patient traveller traveler guest family everyone anyone someone nobody startup
    enterprise firm agency""".split()
)
# "helps you", never "helps this" ("To facilitate this" -> "To help this"); a name may be a
# product as well as a company ("facilitate PDI electronically"), so it is no person here.
_HELPED_PRONOUNS = frozenset("you us me them him her yourself yourselves themselves".split())
# Words "about" can follow: telling, asking, knowing and deciding ("writing about your order",
# "a question about your bill"). "offer settlement about this loss" and "fitness about any
# product" are not English: there "in respect of" means "for" or "of".
ABOUT_HEADS = frozenset(
    """write call email phone contact ask question query enquiry inquiry complaint complain
    information info detail news update talk speak hear decision decide think know concern
    worry feedback note message letter reply respond response advice advise guidance say
    tell explain discuss discussion conversation chat comment request read learn inform notify
    notice document documentation policy rule guideline be""".split()
)
OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "attr", "oprd", "acomp", "obj"})
GAP_DEPS = frozenset({"relcl", "acl"})  # "the problem you encountered": the object went before
WH = frozenset({"what", "which", "who", "whom", "whatever", "that"})
PLURAL_PRONOUNS = frozenset({"i", "we", "you", "they"})
SINGULAR_PRONOUNS = frozenset({"he", "she", "it", "this", "that"})
MODAL_CLASS = {
    "must": "obligation",
    "shall": "obligation",
    "should": "advice",
    "ought": "advice",
    "can": "possibility",
    "ca": "possibility",
    "could": "possibility",
    "may": "possibility",
    "might": "possibility",
    "will": "future",
    "wo": "future",
    "'ll": "future",
    "would": "future",
}


def tokens_in(doc: Doc, ranges: Sequence[tuple[int, int]]) -> list[Token]:
    return [t for t in doc if any(s <= t.idx < e or t.idx <= s < t.idx + len(t) for s, e in ranges)]


def main_verb(tokens: Sequence[Token]) -> Token | None:
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    return verbs[0] if verbs else None


def has_object(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "to"
            and any(c.dep_ == "pobj" for c in child.children)
        ):
            return True  # "reach out to us"
        if child.dep_ == "prep" and child.lower_ == "in":
            if any(c.lower_ == "touch" for c in child.children):
                return True  # "get in touch (with us)" is whole without an object
        if child.dep_ == "prt":
            continue
    return False


def has_complement(verb: Token) -> bool:
    """An object, or any phrase after the verb that it governs ("following the form")."""
    return has_object(verb) or any(
        c.dep_ in ("pobj", "prep", "advmod", "npadvmod") and c.i > verb.i for c in verb.children
    )


def object_elsewhere(verb: Token) -> bool:
    """The object is not after the verb: a relative clause, a passive, a shared or fronted one."""
    if verb.dep_ in GAP_DEPS or verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return True
    deps = {c.dep_ for c in verb.children}
    if deps & {"nsubjpass", "auxpass", "conj"}:
        return True
    return any(t.lower_ in WH for t in verb.doc[verb.sent.start : verb.i])


def is_plural_subject(subject: Token) -> bool | None:
    low = subject.lower_
    if low in PLURAL_PRONOUNS or subject.tag_ in ("NNS", "NNPS"):
        return True
    if any(c.dep_ == "conj" for c in subject.children):
        return True
    if low in SINGULAR_PRONOUNS or subject.tag_ in ("NN", "NNP"):
        return False
    return None


def disagrees(subject: Token, verb: Token) -> bool:
    plural = is_plural_subject(subject)
    if plural is None:
        return False
    low = verb.lower_
    if low in ("was", "were"):
        one = subject.lower_ == "i" or plural is False
        return (low == "was") != one
    if verb.tag_ == "VBZ":
        return plural
    if verb.tag_ == "VBP" and low not in ("am",):
        return not plural
    return False


def finite(verb: Token) -> Token:
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return helpers[0] if helpers else verb


def agreement_problem(new: Sequence[Token], region: Sequence[Token] | None = None) -> str | None:
    """A subject and verb that do not agree, where one of them is in `region` (all when None).

    A relative pronoun ("ones that do") takes the number of what it stands for: skipped.
    """
    inside = set(region if region is not None else new)
    for token in new:
        pairs: list[tuple[Token, Token]] = []
        if token.dep_ in ("nsubj", "nsubjpass"):
            pairs.append((token, finite(token.head)))
        if token.pos_ in ("VERB", "AUX"):
            for child in token.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    pairs.append((child, finite(token)))
        for subject, verb in pairs:
            if verb.tag_ == "MD" or subject.tag_ in ("WDT", "WP") or subject.lower_ == "that":
                continue
            if subject not in inside and verb not in inside:
                continue
            if disagrees(subject, verb):
                return f"'{subject.text} {verb.text}' does not agree"
    return None


def lemmas(word: str) -> set[str]:
    return {word} | {lemma for forms in getAllLemmas(word).values() for lemma in forms}


def content_words(tokens: Sequence[Token]) -> Counter[str]:
    return Counter(t.lower_ for t in tokens if t.is_alpha and not t.is_stop)


def starts_text(token: Token) -> bool:
    """First word of the (one-sentence) text it is in, or the first after a colon."""
    if token.i > 0 and token.doc[token.i - 1].text == ":":
        return True
    return all(not (t.is_alpha or t.like_num) for t in token.doc[: token.i])


def may_break_grammar(old: Sequence[Token], new: Sequence[Token]) -> bool:
    """Whether the new words can change the sentence's grammar, so it must be parsed.

    A pronoun or modal can break agreement; "let" and "make sure" want what
    follows them in a shape of their own; a verb that replaces a phrase ("reach
    out" -> "contact") or is one ("run into") may lose or misplace an object.
    One verb for one verb ("utilize" -> "use") keeps the object where it was,
    and "additional" -> "extra" touches no grammar: those are not parsed.
    """
    for token in new:
        low = token.lower_
        if low in MODAL_CLASS or low in PLURAL_PRONOUNS or low in SINGULAR_PRONOUNS:
            return True
    if about_for_phrase(old, new):
        return True  # "in respect of" -> "about": only after words of telling and asking
    words = [t for t in new if t.is_alpha]
    verbs = [t for t in words if "VERB" in getAllLemmas(t.lower_)]
    if not verbs:
        return False
    lemmas = {lemma for t in verbs for lemma in getAllLemmas(t.lower_)["VERB"]}
    if lemmas & {"let", "make"}:
        return True
    return len(words) > 1 or len([t for t in old if t.is_alpha]) > 1


def modal_words(tokens: Sequence[Token]) -> set[str]:
    # Read from words, not tags (the text is only tokenized): "May" mid-sentence is a month.
    return {
        MODAL_CLASS[t.lower_]
        for t in tokens
        if t.lower_ in MODAL_CLASS and (t.text.islower() or starts_text(t))
    }


def helps_someone(verb: Token) -> bool:
    """ "help" with a person, a verb or "with" after it ("helps you pay", "helps to cut costs",
    "helps with setup"), or with nothing ("that helps"); not with a thing ("helps connectivity")."""
    if any(c.dep_ in ("xcomp", "ccomp") and _bare_or_to(c) for c in verb.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True
    objects = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "dative", "obj", "acomp", "attr", "oprd")
        or c.dep_ in ("xcomp", "ccomp")
        and c.i > verb.i
    ]
    if not objects:
        return True
    thing = objects[0]
    for noun in (thing, *thing.conjuncts):
        if noun.lower_ in _HELPED_PRONOUNS or noun.lemma_.lower() in HELPED:
            return True  # "helps you", "helps your sales and support teams"
    # "helps CSM's and AE's to achieve more": a verb for the object to do, hung on the object,
    # on "help" or on what the parse joined to either (not "offering users the flexibility to ...")
    holders = {verb, thing, *thing.conjuncts, *(c for c in verb.children if c.dep_ == "conj")}
    return any(
        t.dep_ in ("ccomp", "xcomp", "acl", "advcl")
        and t.head in holders
        and t.i > thing.i
        and _bare_or_to(t)
        for t in verb.subtree
    )


def _bare_or_to(verb: Token) -> bool:
    """A verb in its dictionary form ("helps you pay", "helps to cut"), not "-ing", nor a noun
    the small model read as a verb ("helps collaboration")."""
    low = verb.lower_
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True
    return (
        verb.tag_ in ("VB", "VBP")
        and low in getAllLemmas(low).get("VERB", ())
        and not ("NOUN" in getAllLemmas(low) and low not in getAllLemmas(low).get("VERB", ()))
    )


def about_for_phrase(old: Sequence[Token], new: Sequence[Token]) -> bool:
    """A phrase ("in respect of") replaced by "about" or "on" alone."""
    return [t.lower_ for t in new] in (["about"], ["on"]) and len(old) > 1


def about_fits(old_first: Token) -> bool:
    """Whether "about" (or "on") can stand for the phrase opening with `old_first` ("in" of
    "in respect of"): after a word of telling or asking, or opening the sentence ("With regard
    to your order, ...")."""
    head = old_first.head
    if head.i == old_first.i or old_first.i == old_first.sent.start:
        return True
    return head.lemma_.lower() in ABOUT_HEADS

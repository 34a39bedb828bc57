"""Noun-heavy sentences: abstract nouns doing the work of verbs ("hidden verbs").

"A capacity recalibration has resulted in an availability limitation" says, in
nouns, that fewer places are left. The plain-language canon (plainlanguage.gov's
"use verbs, not nouns", the Plain English Campaign's guide to nominalisations,
GOV.UK's style guide) asks for the verbs back: the nouns hide who did what, and
in replies they often hide a cut, a price rise or a delay.

The rule counts the distinct nominalisations of a sentence: nouns (by the
tagger, by lemma) of seven letters or more that end in -tion, -sion, -ment,
-ity, -ance, -ence, -ancy, -ency or -ness and are formed from a verb or an
adjective the tagger's word lists know ("limitation" from "limit",
"availability" from "available"); everyday words ("information", "business",
the Dale-Chall familiar words) and capitalised names do not count. Three or
more make the sentence noun-heavy (docs/rules/jargon/noun-heavy.md gives the
measured figures).

The rule is opt-in, and the support-reply profile turns it on: a help page names
its features with such nouns ("the destination configuration") and its readers
know them. A run of nouns that another jargon finding (not an acronym) already
overlaps gets no noun-heavy finding (`without_worded`, called by lingo/engine/finish.py):
the word-level finding says more.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..doc_text import doc_text
from ..findings import Finding, LineIndex, Suggestion
from ..lexicon.rules import ACRONYM, NOUN_HEAVY
from ..resources import lexicon_dir
from ..text.sentences import opens_sentence
from .common import add_findings, make_finding

RULE = NOUN_HEAVY.id
SUFFIXES = ("tion", "sion", "ment", "ity", "ance", "ence", "ancy", "ency", "ness")
MIN_LETTERS = 7
MIN_NOUNS = 3
SHOWN = 4  # nouns named in the message, at most
# No verb is named for a noun: an independent judge found the verb behind the noun right in
# the sentence 3 times in 62 ("destine" for "destination", "apply" for "application").
HINT = (
    "Say it with verbs, and say who acts: 'we have cut the price' rather than "
    "'a price reduction has been applied'."
)
# Suffix (longest first) -> the endings of the word it is formed from, and that word's kind.
_DERIVATIONS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("isation", (("ise", "verb"), ("ize", "verb"))),
    ("ization", (("ize", "verb"), ("ise", "verb"))),
    ("ication", (("y", "verb"), ("icate", "verb"))),
    ("iation", (("y", "verb"), ("iate", "verb"))),
    ("ation", (("ate", "verb"), ("e", "verb"), ("", "verb"))),
    ("ition", (("ite", "verb"), ("e", "verb"), ("", "verb"))),
    ("ction", (("ct", "verb"), ("ce", "verb"))),
    ("tion", (("te", "verb"), ("", "verb"), ("t", "verb"))),
    ("sion", (("de", "verb"), ("d", "verb"), ("se", "verb"), ("t", "verb"))),
    ("ion", (("", "verb"), ("e", "verb"))),
    ("ment", (("", "verb"),)),
    ("ility", (("le", "adj"),)),
    ("ity", (("e", "adj"), ("", "adj"), ("ous", "adj"))),
    ("ance", (("", "verb"), ("e", "verb"), ("ant", "adj"))),
    ("ence", (("", "verb"), ("e", "verb"), ("ent", "adj"))),
    ("ancy", (("ant", "adj"),)),
    ("ency", (("ent", "adj"),)),
    ("iness", (("y", "adj"),)),
    ("ness", (("", "adj"),)),
)


@dataclass(frozen=True)
class WordLists:
    """The verbs and adjectives the tagger's lemmatizer knows, and the everyday nouns."""

    verbs: frozenset[str] = frozenset()
    adjectives: frozenset[str] = frozenset()
    everyday: frozenset[str] = frozenset()


def _stems(word: str) -> Iterator[str]:
    """A lower-cased word and its singulars ("activities" -> "activity")."""
    yield word
    if word.endswith("ies"):
        yield word[:-3] + "y"
    if word.endswith("es"):
        yield word[:-2]
    if word.endswith("s"):
        yield word[:-1]


def _looks_nominal(word: str) -> bool:
    return len(word) >= MIN_LETTERS and word.endswith(SUFFIXES)


def may_be_noun_heavy(lowers: Sequence[str]) -> bool:
    """Whether a sentence's lower-cased words could make it noun-heavy: the test that sends
    it to the tagger. Every noun the rule counts passes it (its lemma is one of the word's
    `_stems`), so the rule never misses a sentence this leaves out."""
    seen: set[str] = set()
    for word in lowers:
        for stem in _stems(word):
            if _looks_nominal(stem):
                seen.add(stem)
                break
        if len(seen) >= MIN_NOUNS:
            return True
    return False


def base_of(noun: str, words: WordLists) -> str | None:
    """The verb or adjective a nominalisation is formed from ("limitation" -> "limit",
    "adjustment" -> "adjust", "prioritisation" -> "prioritise", "availability" ->
    "available"), or None when the word lists know none. Stems under four letters are not
    tried ("variation" and "application" aside, stems of three): "station" is not formed
    from "state", nor "option" from "opt"."""
    for suffix, endings in _DERIVATIONS:
        if not noun.endswith(suffix):
            continue
        stem = noun[: -len(suffix)]
        if len(stem) < (3 if suffix in ("ication", "iation") else 4):
            return None
        for ending, kind in endings:
            base = stem + ending
            known = words.verbs if kind == "verb" else words.adjectives
            if base in known or (base.startswith("re") and base[2:] in known):
                return base
            if base.endswith("ise") and base[:-3] + "ize" in known:
                return base  # the British spelling of a verb the lists hold in -ize
        return None
    return None


def abstract_nouns(sent: Span, words: WordLists) -> list[Token]:
    """The first token of each distinct nominalisation in the sentence, in text order."""
    found: dict[str, Token] = {}
    for token in sent:
        if token.pos_ != "NOUN" or (token.text[:1].isupper() and not opens_sentence(token)):
            continue  # a capitalised word inside a sentence is a name ("Consent Management")
        if _modifier(token):
            continue  # "the installation kit", "an activation code": it names the thing after it
        lemma = token.lemma_.lower()
        if lemma in found or not _looks_nominal(lemma) or lemma in words.everyday:
            continue
        if base_of(lemma, words) is not None:
            found[lemma] = token
    return list(found.values())


def _modifier(token: Token) -> bool:
    """A noun that modifies the noun after it ("installation kit"): by the parse where there is
    one, else by the next word being a noun."""
    doc = token.doc
    if doc.has_annotation("DEP"):
        return token.dep_ == "compound"
    return token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("NOUN", "PROPN")


def noun_heavy_findings(doc: Doc, lines: LineIndex, words: WordLists) -> Iterator[Finding]:
    """A `jargon/noun-heavy` finding on each sentence with three or more nominalisations."""
    for sent in doc.sents:
        nouns = abstract_nouns(sent, words)
        if len(nouns) < MIN_NOUNS:
            continue
        shown = ", ".join(f"'{t.text}'" for t in nouns[:SHOWN])
        yield make_finding(
            doc[nouns[0].i : nouns[-1].i + 1],  # the run of nouns, first to last
            rule=RULE,
            category=NOUN_HEAVY.category,
            severity=NOUN_HEAVY.severity,
            message=f"This sentence leans on abstract nouns ({shown}); they hide who does what.",
            suggestions=(Suggestion(text=HINT, safety="hint"),),
            lines=lines,
        )


# Entries that flag the word leading into a run of nouns, not the nouns: "Following a review of
# ...", "pending the completion of ...". They say nothing about the nouns after them, so they
# leave a noun-heavy finding on the sentence standing.
LEAD_INS = frozenset({"jargon/officialese:following-a-review", "jargon/complex-word:pending"})


def without_worded(findings: Sequence[Finding]) -> list[Finding]:
    """Noun-heavy findings that no other jargon finding overlaps (an abbreviation aside); every
    other finding kept. A word-level finding on the run of nouns ("'utilisation' is a long
    way to say 'use'") names the words and offers plain ones, which says more than "too many
    nouns"; a lead-in ("Following a review", "pending the completion") does not. Called on
    the findings a reader will see: after first uses, doubled acronyms and suppressions."""
    worded = [
        (f.start, f.end)
        for f in findings
        if f.category == NOUN_HEAVY.category
        and f.rule not in (RULE, ACRONYM.id)
        and f.qualified_id not in LEAD_INS
    ]
    return [
        f
        for f in findings
        if f.rule != RULE or not any(s < f.end and f.start < e for s, e in worded)
    ]


def word_lists(nlp: Language) -> WordLists:
    """The pipeline lemmatizer's verbs and adjectives (WordNet's, in en_core_web_sm) and the
    everyday nouns; without a lemmatizer that has them, no word counts."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
        verbs, adjectives = frozenset(table["verb"]), frozenset(table["adj"])
    except (KeyError, AttributeError):
        verbs = adjectives = frozenset()
    return WordLists(verbs, adjectives, everyday_nouns())


@lru_cache(maxsize=1)
def everyday_nouns() -> frozenset[str]:
    """lexicons/noun-heavy/everyday.txt and the Dale-Chall familiar words (textstat's list)."""
    words: set[str] = set()
    path = lexicon_dir() / "noun-heavy" / "everyday.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip().lower()
        if word:
            words.add(word)
    return frozenset(words | _dale_chall())


def _dale_chall() -> frozenset[str]:
    """The familiar words textstat's Dale-Chall formula reads, as lingo's readability does."""
    from textstat.backend.utils import get_lang_easy_words

    from .readability_figures import TEXTSTAT_LANG

    return frozenset(word.lower() for word in get_lang_easy_words(TEXTSTAT_LANG))


class NounHeavy:
    """spaCy component: reports noun-heavy sentences. Needs the tagger and lemmatizer (and
    sentence boundaries); findings go to `doc._.lingo_findings`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.words = word_lists(nlp)

    def __call__(self, doc: Doc) -> Doc:
        if not may_be_noun_heavy([t.lower_ for t in doc]):
            return doc
        lines = LineIndex(doc_text(doc))
        add_findings(doc, list(noun_heavy_findings(doc, lines, self.words)))
        return doc


@Language.factory(
    "lingo_noun_heavy",
    requires=["token.pos", "token.lemma"],
    assigns=["doc._.lingo_findings"],
)
def make_noun_heavy(nlp: Language, name: str) -> NounHeavy:
    """spaCy factory: `nlp.add_pipe("lingo_noun_heavy")` after the tagger and lemmatizer."""
    return NounHeavy(nlp, name)

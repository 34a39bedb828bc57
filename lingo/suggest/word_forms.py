"""One word's forms: a dictionary-form replacement given the tense, number or degree of
the word it replaces ("utilized" -> "used", "pain points" -> "problems"), its capitals,
and "a" or "an" before it.

Through lemminflect, a morphology library built for spaCy's Penn tags: only a word it knows
in that part of speech is inflected, so "concerning" -> "about" never becomes "abouting".
Fitting the result into its sentence (agreement, "to", articles around it) is inflect.py's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..lexicon.morphology import getAllInflections, getAllLemmas, getInflection, getLemma
from .annotations import has_annotation

_VERB_TAGS = frozenset({"VBD", "VBN", "VBG", "VBZ"})
_NOUN_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_DEGREE_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})
# Words spelled with a vowel but said with a consonant sound ("a user", "a one-off"),
# and words with a silent h ("an hour").
_CONSONANT_SOUND = re.compile(r"^(u[bcfhjkqrst][aeiou]|uni(?!n)|unanim|use|usu|eu|ewe|one\b|once)")
_SILENT_H = ("hour", "honest", "honor", "honour", "heir")
_VOWEL_LETTER_NAMES = set("aefhilmnorsx")  # "an FAQ", "an SMS", "a PDF"


def wants_an(word: str) -> bool:
    """True when `word` starts with a vowel sound ("an extra fee", "a user", "an hour")."""
    if not word:
        return False
    first = word.split()[0].strip("\"'“‘(")
    if not first:
        return False
    if first[0].isdigit():
        return first.startswith("8") or re.match(r"^1[18](?!\d)", first) is not None
    letters = re.sub(r"[^A-Za-z]", "", first)
    if letters.isupper() and len(letters) > 1 and not getAllLemmas(letters.lower()):
        return letters[0].lower() in _VOWEL_LETTER_NAMES  # an acronym, said letter by letter
    lower = first.lower()
    if lower.startswith(_SILENT_H):
        return True
    if lower[0] not in "aeiou":
        return False
    return not _CONSONANT_SOUND.match(lower)


# One-syllable adjectives whose "-er"/"-est" form reads oddly as the degree of a long word
# ("the fullest set of data" for "the most comprehensive set"), and that cannot take
# "more"/"most" either ("most full"): after "more"/"most" another suggestion goes first.
_AWKWARD_DEGREE = frozenset({"full"})
_SHORT_ENDINGS = ("y", "le", "ow", "er")


def _syllables(word: str) -> int:
    """A spelling count of syllables: vowel groups, a silent final "e" not counted."""
    low = word.lower()
    groups = len(re.findall(r"[aeiouy]+", low))
    if low.endswith("e") and not low.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    return max(groups, 1)


def degree_form(word: str, tag: str) -> str | None:
    """The one-word comparative or superlative of `word` ("strong" -> "strongest") where it is
    idiomatic: a word of one syllable, or of two ending in -y, -le, -ow or -er ("easier",
    "simplest"). Longer words take "more"/"most" ("more secure", not lemminflect's "securer")."""
    upos = "ADJ" if tag.startswith("JJ") else "ADV"
    forms = getAllInflections(word.lower(), upos=upos).get(tag)
    if not forms or word.lower() in _AWKWARD_DEGREE:
        return None
    count = _syllables(word)
    if count == 1 or count == 2 and word.lower().endswith(_SHORT_ENDINGS):
        return forms[0]
    return None


def takes_degree(word: str) -> bool:
    """Whether `word` reads after "more"/"most", or in its one-word degree form."""
    if " " in word:
        return True
    return word.lower() not in _AWKWARD_DEGREE or _syllables(word) > 1


def _known(word: str, upos: str) -> bool:
    """True when lemminflect knows `word` as a dictionary form of `upos`."""
    return word.lower() in getAllLemmas(word.lower()).get(upos, ()) or bool(
        getAllInflections(word.lower(), upos=upos)
    )


def is_base(word: str, upos: str) -> bool:
    """True when `word` is its own lemma in `upos` ("use" yes, "lessons" no)."""
    return word.lower() in getAllLemmas(word.lower()).get(upos, ())


def _unknown_content_word(word: str, head: Token) -> bool:
    """A word lemminflect does not know that is not a function word ("redesign", "upsell")."""
    low = word.lower()
    return low.isalpha() and not getAllLemmas(low) and not head.vocab[low].is_stop


def _inflect(word: str, tag: str, upos: str, *, oov: bool = False) -> str:
    forms = getAllInflections(word.lower(), upos=upos).get(tag)
    if not forms:
        forms = getInflection(word.lower(), tag=tag, inflect_oov=oov)
    if not forms:
        return word
    return forms[0] if word.islower() else match_case(word, forms[0], sentence_start=False)


def gerund(verb: str) -> str:
    """The -ing form of a verb's base form: "discuss" -> "discussing", "make" -> "making"."""
    return _inflect(verb, "VBG", "VERB", oov=True)


def _is_inflected(head: Token) -> bool:
    """Whether the replaced word really carries the inflection its tag says.

    "personnel" is tagged NNS but is its own lemma, so "staff" stays "staff".
    On a Doc that was only tokenized, the tag came from the matched word's own
    inflection table, so it is true by construction.
    """
    if not head.lemma_:
        return True
    return head.lower_ != head.lemma_.lower()


def inflection_head(span: Span, head: Token | None = None) -> Token:
    """The word whose inflection the replacement takes.

    On a parsed Doc, the given head or the span's syntactic root. On a Doc that
    was only tokenized (the Linter matches plain phrases without tagging) the
    parse knows nothing, and the matcher tagged only the inflected word of the
    phrase ("pain *points*"): that word is the head.
    """
    if has_annotation(span.doc, "DEP"):
        return head if head is not None else span.root
    tagged = [t for t in span if t.tag_]
    if head is not None and head.tag_:
        return head
    if tagged:
        return tagged[-1]
    for token in reversed(span):
        tag = _tag_from_form(token.text, "")
        # "at your earliest convenience" -> "soon", not "soonest": a degree inside a set phrase
        # belongs to the phrase
        if tag and not (len(span) > 1 and tag in _DEGREE_TAGS):
            return token
    return head if head is not None else span[0]


def _tag_from_form(word: str, replacement: str) -> str:
    """The Penn tag of an untagged word, read from lemminflect's tables.

    A token pattern matched on a tokenized-only Doc leaves "reimagined" without
    a tag; its inflection table says VBD (or VBN), which is all the
    replacement needs. Ambiguous forms ("uses": a plural noun or a verb) take
    the part of speech the replacement's first word has.
    """
    low = word.lower()
    wanted = [
        u
        for u in ("VERB", "NOUN", "ADJ", "ADV")
        if u in getAllLemmas(replacement.split(" ")[0].lower())
    ]
    for upos in wanted or ["VERB", "NOUN", "ADJ", "ADV"]:
        for lemma in getAllLemmas(low).get(upos, ()):
            if lemma == low:
                continue
            for tag, forms in getAllInflections(lemma, upos=upos).items():
                if low in forms and tag not in ("VB", "VBP", "NN"):
                    if tag in _DEGREE_TAGS and low in getAllLemmas(low).get("NOUN", ()):
                        continue  # "number" is a noun, not "numb" + -er
                    return tag
    if not getAllLemmas(low) and low.isalpha():
        # A verb lemminflect does not list ("reimagined"): its rules for unknown words.
        for lemma in getLemma(low, upos="VERB"):
            for tag in ("VBD", "VBG", "VBZ"):
                if lemma != low and low in getInflection(lemma, tag=tag):
                    return tag
    return ""


# Forms of "be" (shared with seams.py).
BE_FORMS = frozenset("am is are was were be been being 's 're ’s ’re".split())
_PARTICIPLE_AUX = BE_FORMS | frozenset(
    "has have had having get gets got gotten getting 've 'd ’ve ’d".split()
)
_SKIPPED_BEFORE_PARTICIPLE = frozenset(
    "not n't n’t also often always never already just all both".split()
)


def _after_auxiliary(token: Token) -> bool:
    """A verb right after "be", "have" or "get" ("are indicated", "has often indicated"):
    a participle, whatever the tagger said (it reads some as past tenses)."""
    i = token.i - 1
    while i >= 0 and i >= token.i - 3:
        low = token.doc[i].lower_
        if low in _PARTICIPLE_AUX:
            return True
        if low not in _SKIPPED_BEFORE_PARTICIPLE and not low.endswith("ly"):
            return False
        i -= 1
    return False


# Determiners (shared with inflect.py): "the aforementioned charge", "a curated range".
DETERMINERS = frozenset(
    "the a an this that these those my your our their his her its any some every each no".split()
)


def _after_determiner(token: Token) -> bool:
    """A verb form right after a determiner ("a curated range"): a participle used as an
    adjective, never a past tense."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in DETERMINERS


# Participles that English writes two ways by region: "have gotten" is American, "have got"
# British (where it can also mean "possess"). A fix that writes one is a choice for the
# writer to review, with the other offered beside it.
REGIONAL_PARTICIPLES = {"gotten": "got", "got": "gotten"}


def regional_variant(text: str, head: Token) -> str | None:
    """The other region's form of a fix whose verb is a participle such as "gotten", or None."""
    if head.tag_ != "VBN" and not _after_auxiliary(head):
        return None
    words = text.split(" ")
    other = REGIONAL_PARTICIPLES.get(words[0].lower()) if words and words[0] else None
    if other is None:
        return None
    return " ".join([match_case(words[0], other, sentence_start=False), *words[1:]])


def _verb_only(word: str) -> bool:
    """A word that is a verb and never a noun: "continue" (not "use", which is both)."""
    lemmas = getAllLemmas(word.lower())
    return "VERB" in lemmas and "NOUN" not in lemmas


def _written_in(word: str, tag: str) -> bool:
    """Can `word` be a verb form of `tag`? "harness" is no -ing form, whatever a tagger says.

    Only a word lemminflect knows as a verb is judged; any other is taken as tagged.
    """
    lemmas = getAllLemmas(word).get("VERB", ())
    if not lemmas:
        return True
    return any(word in getInflection(lemma, tag=tag) for lemma in lemmas)


def inflect_phrase(replacement: str, head: Token) -> str:
    """Give `replacement` (dictionary form) the inflection of `head`.

    A verb phrase inflects its first word ("find out" -> "found out"); a plural
    noun phrase its last word ("pain point" -> "pain points"); a comparative or
    superlative adjective its only word. A word lemminflect does not know in
    that part of speech, or one already inflected, is left as written.
    """
    words = replacement.split(" ")
    if not words or not words[0]:
        return replacement
    tag = head.tag_ or _tag_from_form(head.text, replacement)
    if tag in _VERB_TAGS and not _written_in(head.lower_, tag):
        # The tagger's tense, not the word's: "and harness the results" read as VBG is
        # "use", not "using".
        tag = _tag_from_form(head.text, replacement)
    elif tag in ("NN", "NNS") and _verb_only(words[0]):
        # A verb replacing a word the tagger read as a noun: "before proceeding;" -> "before
        # continuing;", not "before continue;". The word's own form says which.
        written = _tag_from_form(head.text, replacement)
        if written in _VERB_TAGS:
            tag = written
    if tag == "VBD" and (_after_auxiliary(head) or _after_determiner(head)):
        # "are indicated" -> "are shown", not "are showed"; "a curated range" -> "a chosen
        # range", not "a chose range" (a form spelt as both, read from its table untagged).
        tag = "VBN"
    if tag in _VERB_TAGS:
        if is_base(words[0], "VERB"):
            words[0] = _inflect(words[0], tag, "VERB")
        elif _unknown_content_word(words[0], head):
            words[0] = _inflect(words[0], tag, "VERB", oov=True)
    elif tag in _NOUN_PLURAL_TAGS and _is_inflected(head):
        if is_base(words[-1], "NOUN"):
            words[-1] = _inflect(words[-1], "NNS", "NOUN")
    elif tag in _DEGREE_TAGS and len(words) == 1:
        upos = "ADJ" if tag.startswith("JJ") else "ADV"
        if is_base(words[0], upos):
            form = degree_form(words[0], tag)
            if form:
                words[0] = form
            else:  # "more helpful", "most helpful", "more secure"
                words[0] = ("more " if tag.endswith("R") else "most ") + words[0]
    return " ".join(words)


def _is_acronym(word: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", word)
    return letters.isupper() and len(letters) > 1 and not getAllLemmas(letters.lower())


def match_case(original: str, replacement: str, *, sentence_start: bool) -> str:
    """Carry ALL-CAPS and an initial capital over from the replaced words.

    An acronym ("API", "ASAP") is written in capitals because it is one, not
    for emphasis: its replacement keeps its own case.
    """
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        if not all(_is_acronym(w) for w in original.split()):
            return replacement.upper()
        return replacement[:1].upper() + replacement[1:] if sentence_start else replacement
    if original[:1].isupper() and (sentence_start or original[1:2].islower()):
        return replacement[:1].upper() + replacement[1:]
    return replacement


def said_in_form(message: str, span: Span, suggestions: Sequence[str]) -> str:
    """The message with each plain word it offers given the flagged word's form.

    "'portions' is formal; say 'part'." offers the dictionary form while the fix
    writes "parts"; the message says "say 'parts'", as the fix does. Only a
    suggestion the message quotes whole ('part') is changed, and only when every one
    it quotes is one word: a phrase ("get in touch", "set aside") may not take the
    form a word does, and "say 'gives' or 'set aside'" reads worse than either.
    """
    offered = [plain for plain in suggestions if f"'{plain}'" in message]
    if any(" " in plain for plain in offered):
        return message
    head = inflection_head(span)
    for plain in offered:
        quoted = f"'{plain}'"
        form = inflect_phrase(plain, head)
        if form and form != plain:
            message = message.replace(quoted, f"'{form}'")
    return message

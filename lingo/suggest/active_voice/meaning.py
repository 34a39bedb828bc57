"""Checking the rewrite: it keeps every word of the original clause and adds only helpers.

A rewrite that loses or invents a word is not offered (`keeps_meaning`).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Token

from ...lexicon.morphology import getAllInflections
from ..words import TO_OBJECT, lemma_of_verb
from .clause import _Clause

# Words a rewrite may add: tense and agreement helpers, never content.
_HELPER_WORDS = frozenset(
    "do does did have has had am is are was were be been being not n't will would can "
    "could may might must shall should to".split()
)

# -- the meaning guard ----------------------------------------------------------------------


_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?|\[who\]", re.IGNORECASE)
_NORMAL = {
    "ca": "can",
    "wo": "will",
    "sha": "shall",
    "n't": "not",
    "n’t": "not",
    "cannot": "can not",
    "'ll": "will",
    "'s": "is",
    "'re": "are",
    "'ve": "have",
    "'d": "would",
    "'m": "am",
}


def _words(text: str) -> list[str]:
    out = []
    for word in _WORD.findall(text.replace("\u0000", "")):
        low = word.lower().replace("’", "'")
        if low.endswith("n't") and len(low) > 3:
            out += [_NORMAL.get(low[:-3], low[:-3]), "not"]
            continue
        out += _NORMAL.get(low, low).split()
    return out


def keeps_meaning(clause: _Clause, original: str, rewrite: str, actor: str) -> bool:
    """True when the rewrite keeps every word of the original clause and adds only helpers.

    Passive helpers, "by" and the verb's own form may change; the verb must be
    there in some form; a negation must survive; nothing else may go or come.
    """
    doc = clause.verb.doc
    start, end = clause.region
    changeable = {t.i for t in clause.group + clause.head_group}
    changeable.add(clause.verb.i)
    changeable |= {c.i for c in clause.conjuncts}
    changeable |= clause.dropped
    if clause.neg is not None:
        changeable.add(clause.neg.i)
    if clause.agent is not None:
        changeable.add(clause.agent.start)  # "by"
        changeable |= set(range(clause.actor.start, clause.actor.end)) if clause.actor else set()
    if clause.expletive and clause.subject is not None:
        changeable.add(clause.subject.start)
    kept = Counter(
        _words(
            "".join(
                _as_object(t, clause) + t.whitespace_
                for t in doc[start:end]
                if t.i not in changeable
            )
        )
    )
    new = Counter(_words(rewrite))
    for word in _words(actor):
        new[word] -= 1
    missing = kept - new
    if missing:
        return False
    verb_forms = (
        {lemma for lemma in [clause.lemma]}
        | {f for forms in getAllInflections(clause.lemma, upos="VERB").values() for f in forms}
        | {clause.verb.lower_}
    )
    if not verb_forms & set(new):
        return False
    if clause.neg is not None and not {"not", "never"} & set(new):
        return False
    extra = new - kept
    conj_forms = {
        f
        for conj in clause.conjuncts
        for forms in getAllInflections(lemma_of_verb(conj), upos="VERB").values()
        for f in forms
    } | {lemma_of_verb(c) for c in clause.conjuncts}
    head_forms = {
        f
        for t in clause.head_group
        for forms in getAllInflections(lemma_of_verb(t), upos="VERB").values()
        for f in forms
    }
    allowed = (
        set(_HELPER_WORDS)
        | verb_forms
        | head_forms
        | conj_forms
        | set(_words(clause.neg.text if clause.neg else ""))
    )
    allowed |= {t.lower_ for t in clause.tail}
    return all(word in allowed for word, n in extra.items() if n > 0)


def _as_object(token: Token, clause: _Clause) -> str:
    subject = clause.subject
    if subject is not None and len(subject) == 1 and token.i == subject.start:
        return TO_OBJECT.get(token.lower_, token.text)
    return token.text

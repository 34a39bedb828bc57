"""Where a replacement's words meet the words around it.

A word swap can be right on its own and wrong in its place: "an additional
seat" -> "an more seat", "two identical invoices" -> "two the same invoices",
"identical to" -> "the same to". These checks read the tokens on either side
of the new words (no parse needed); `recheck.problem` turns a failure into a
hint, so the next suggestion ("extra") is offered instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from .clauses import CLAUSE_STARTS
from .grammar import lemmas
from .word_forms import BE_FORMS, wants_an

# Words that take a noun after them, not a second determiner ("an extra", never "an more").
_DETERMINERS = frozenset(
    "a an the this that these those each every another other no".split()
    + "my your our their its his her".split()
    # "the following more capability", "your own more script", "any more commas" (meaning
    # changes: any longer): after these, 'extra' reads and 'more' does not
    + "following own any some several many various certain".split()
)
_DETERMINER_STARTS = frozenset("more the a an this that".split())
# A last new word that does not read before the next old one, and why.
_NOT_BEFORE = {
    ("same", "to"): "'the same to' does not read: 'the same as'",
    ("touch", "to"): "'in touch to' does not read: 'in touch with'",
    # "prevent modification of data" -> "prevent change of data": 'changes to data'
    ("change", "of"): "'change of' does not read here: 'changes to'",
    # "contact us", never "contact to us"
    **{
        (form, "to"): f"'{form} to' does not read: '{form}' takes its object directly"
        for form in ("contact", "contacts", "contacted", "contacting")
    },
}
# Plain verbs that do not read as a passive: "an error is run into", "the token wasn't gotten"
_NO_PASSIVE = {
    "run": "say who runs into it",
    "ran": "say who runs into it",
    "got": "say who gets it",
    "gotten": "say who gets it",
}
_NEGATIONS = frozenset({"not", "n't", "n’t", "never"})
# Adverbs a sentence says once: a swap that repeats one already there is dropped instead.
_SAID_ONCE = frozenset("also too so now then still again only".split())
# Words that open a clause after "so" with no comma: "strong typing so all the traits ...".
_CLAUSE_OPENERS = CLAUSE_STARTS | {"that"}
_SO_OPENS_AFTER = frozenset({"and", "but", ","})
_CLAUSE_BREAKS = frozenset({";", ":", "\u2014", "-"})
# Prepositions left at the end of a clause, which "to" cannot follow ("reproduce it with to")
_STRANDED = frozenset("with for about from at by of into onto than".split())
_AUXILIARIES = BE_FORMS | frozenset(
    "has have had do does did will would can could shall should may might must".split()
)
# "does not support it now" reads as "no longer"; "only for some customers now" as "from now on"
_NOW_MISREAD_AFTER = frozenset("not n't n’t never no only".split())


def seam_problem(words: Doc, new: Sequence[Token]) -> str | None:
    """Where the new words meet the old: "an more property", "two the same IDs", "the same to",
    "one or more more prompts", "contact to support", "an error is run into"."""
    first, last = new[0], new[-1]
    before = words[first.i - 1] if first.i > 0 else None
    after = words[last.i + 1] if last.i + 1 < len(words) else None
    run = ([before] if before is not None else []) + list(new)
    for left, right in zip(run, run[1:]):
        if left.lower_ in _DETERMINERS or left.like_num:
            if right.lower_ in _DETERMINER_STARTS:
                return f"'{left.text} {right.text}' does not read"
    if before is not None and before.lower_ in ("a", "an") and first.is_alpha:
        if (before.lower_ == "an") != wants_an(first.text):
            return f"'{before.text} {first.text}': the article no longer fits"
    if before is not None and before.lower_ == first.lower_ == "more":
        return "'more more' does not read"
    # "Additionally, you might also see" -> "Also, you might also see": say it once
    if len(new) == 1 and first.lower_ in _SAID_ONCE:
        near = list(words[max(0, first.i - 8) : first.i]) + list(words[last.i + 1 : last.i + 9])
        if any(t.lower_ == first.lower_ for t in near):
            return f"the sentence already has '{first.lower_}': delete the flagged word"
    # "that we can reproduce the issue with in order to continue" -> "with to continue"
    if before is not None and before.lower_ in _STRANDED and first.lower_ == "to":
        return f"'{before.text} to' does not read: move the '{before.text}' or reword the clause"
    if after is not None and (last.lower_, after.lower_) in _NOT_BEFORE:
        return _NOT_BEFORE[(last.lower_, after.lower_)]
    if len(new) == 1 and first.lower_ == "now":
        if any(t.lower_ in _NOW_MISREAD_AFTER for t in words[: first.i]):
            return "'now' after a 'not' or an 'only' can read as 'no longer' or 'from now on'"
        if any(t.lower_ in _NOW_MISREAD_AFTER for t in words[first.i + 1 : first.i + 5]):
            return "'now' before a 'no' or an 'only' can read as 'no longer' or 'from now on'"
        # "At this time, the tool is only in beta" -> "Now, the tool ...": an aside "now,"
        # reads as "well,"; "Segment, now, maps ..." as a change
        if (after is not None and after.text == ",") or (before is not None and before.text == ","):
            return "'now' set off by a comma reads as 'well' or as a change"
    # "has therefore been declined" -> "has so been declined": 'so' joins clauses, it cannot
    # stand inside a verb group
    if len(new) == 1 and first.lower_ == "so" and before is not None:
        # read from the words (the recheck's tokens carry no tags): "has so been", "we so
        # declined", "your contract so runs": 'so' opens a clause, after a stop, a comma, a
        # semicolon or "and"/"but"; anywhere else it reads as "very" or not at all
        opens = (
            before.text in _CLAUSE_BREAKS  # "; so, the database is smaller"
            or (before.lower_ in _SO_OPENS_AFTER and (after is None or after.text != ","))
            or (after is not None and after.lower_ in _CLAUSE_OPENERS)  # "traits so all the"
        )
        if not opens:
            if before.is_alpha or (after is not None and after.text == ","):
                return "'so' cannot stand inside the verb; start the clause with it"
    # "by facilitating the export" -> "by making easier the export": 'making the export easier'
    if last.lower_ in ("easier", "possible", "clear", "clearer") and len(new) >= 2:
        if after is not None and (after.lower_ in _DETERMINERS or after.is_alpha):
            if after.lower_ not in ("for", "to", "and", "or", "than", "by", "with"):
                said = f"{new[-2].text} {last.text} {after.text}"
                return f"'{said}' does not read: the thing goes first"
    if before is not None and first.lower_ in _NO_PASSIVE:
        # "is gotten", and with a negation between: "wasn't gotten", "is not run into"
        at = first.i - 1
        while at > 0 and words[at].lower_ in _NEGATIONS:
            at -= 1
        if words[at].lower_ in BE_FORMS:
            said = words[at : first.i + 1].text
            return f"'{said}' does not read: {_NO_PASSIVE[first.lower_]}"
    return doubled(words, new) or repeated_nearby(words, new)


# How far either side of a new word the same word reads as a repeat ("Segment uses AWS and
# uses many machines", "helps growth by helping").
_NEARBY = 8


def repeated_nearby(words: Doc, new: Sequence[Token]) -> str | None:
    """A new word (a form of it) that the sentence already says a few words away: the swap
    would make the writer repeat themselves ("utilizes AWS and uses" -> "uses AWS and uses")."""
    first, last = new[0].i, new[-1].i
    near = [
        lemmas(t.lower_)  # each neighbour's forms looked up once, not once per new word
        for t in (*words[max(0, first - _NEARBY) : first], *words[last + 1 : last + 1 + _NEARBY])
        if t.is_alpha and len(t) >= 3
    ]
    for token in new:
        if not token.is_alpha or len(token) < 3 or token.is_stop:
            continue
        forms = lemmas(token.lower_)
        if any(other & forms for other in near):
            return f"'{token.text}' would then be said twice, close together"
    return None


# A word or two that may stand between a conjunction and the repeated words ("not located or
# not found": the "not" is said again on the other side).
_DOUBLED_SLACK = 2


def doubled(words: Doc, new: Sequence[Token]) -> str | None:
    """The new words said twice across "or"/"and": "not located or not found" -> "not found or
    not found", "modify and change" -> "change and change"."""
    said = [t.lower_ for t in new]
    reach = len(said) + _DOUBLED_SLACK
    first, last = new[0].i, new[-1].i
    # The nearest conjunction just after the new words, else just before them.
    after = [
        i for i in range(last + 1, min(len(words), last + 3)) if words[i].lower_ in _CONJUNCTIONS
    ]
    before = [
        i for i in range(first - 1, max(-1, first - 3), -1) if words[i].lower_ in _CONJUNCTIONS
    ]
    if after:
        other = words[after[0] + 1 : after[0] + 1 + reach]
    elif before:
        other = words[max(0, before[0] - reach) : before[0]]
    else:
        return None
    if not _contains([t.lower_ for t in other], said):
        return None
    return f"'{' '.join(t.text for t in new)}' would then be said twice"


_CONJUNCTIONS = frozenset({"or", "and", "nor"})


def _contains(run: list[str], part: list[str]) -> bool:
    return any(run[i : i + len(part)] == part for i in range(len(run) - len(part) + 1))

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

# Words that take a noun after them, not a second determiner ("an extra", never "an more").
_DETERMINERS = frozenset(
    "a an the this that these those each every another other no".split()
    + "my your our their its his her".split()
    # "the following more capability", "your own more script", "any more commas" (meaning
    # changes: any longer): after these, 'extra' reads and 'more' does not
    + "following own any some several many various certain".split()
)
_DETERMINER_STARTS = frozenset("more the a an this that".split())
# "a" or "an" goes by the sound, not the letter: the few common exceptions.
_VOWEL_LETTER_CONSONANT_SOUND = ("one", "once", "use", "user", "usual", "uni", "euro")
_CONSONANT_LETTER_VOWEL_SOUND = ("hour", "honest", "honor", "honour", "heir")


# Verbs that take their object without "to" ("contact us", never "contact to us").
_TAKES_NO_TO = frozenset("contact contacts contacted contacting".split())
_BE_FORMS = frozenset("is are was were be been being 's 're".split())


def _wants_an(word: str) -> bool:
    low = word.lower()
    if low.startswith(_CONSONANT_LETTER_VOWEL_SOUND):
        return True
    if low.startswith(_VOWEL_LETTER_CONSONANT_SOUND):
        return False
    return low[:1] in "aeiou"


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
        if (before.lower_ == "an") != _wants_an(first.text):
            return f"'{before.text} {first.text}': the article no longer fits"
    if after is not None and last.lower_ == "same" and after.lower_ == "to":
        return "'the same to' does not read: 'the same as'"
    if before is not None and before.lower_ == first.lower_ == "more":
        return "'more more' does not read"
    if after is not None and last.lower_ in _TAKES_NO_TO and after.lower_ == "to":
        return f"'{last.text} to' does not read: '{last.text}' takes its object directly"
    if after is not None and last.lower_ == "touch" and after.lower_ == "to":
        return "'in touch to' does not read: 'in touch with'"
    if before is not None and before.lower_ in _BE_FORMS and first.lower_ in ("run", "ran"):
        return f"'{before.text} {first.text} into' does not read: say who runs into it"
    return None

"""Unexplained acronyms: an abbreviation in capitals that the text never spells out.

A customer meets "RMA", "SLA" or "MFA" cold: unless the text says what it
stands for ("Return Merchandise Authorization (RMA)", "SLA (service level
agreement)", "MFA stands for ...") or the reader knows it anyway (PIN, ID,
USB: lexicons/acronyms/known.txt), the first use is flagged. Read from the
tokens alone, so it needs no parse. The rule is opt-in, and the support-reply
profile turns it on: judged on real help text, the readers of help and
developer pages knew their acronyms (see docs/rules/jargon/acronym.md), while a
customer reading a reply meets them cold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.tokens import Doc

from ..findings import Finding, LineIndex, Suggestion
from ..lexicon.rules import ACRONYM
from ..resources import lexicon_dir
from ..text.protected import shouted_sentences
from .common import make_finding

RULE = ACRONYM.id
# Two to six capitals (digits allowed inside: 2FA, B2B), an optional plural "s".
_ACRONYM = re.compile(r"^(?=[A-Z0-9&]*[A-Z][A-Z0-9&]*[A-Z])[A-Z0-9&]{2,6}s?$")
_ROMAN = re.compile(r"^[IVXLC]+$")
_STOP = frozenset({"of", "and", "the", "for", "to", "in", "a", "an", "on", "&", "by", "with"})
# A word in capitals right after one of these verbs is a keyword to send or a control to
# press ("Reply YES", "Text STOP to 12345", "press OK", "click SAVE"), not an abbreviation.
_KEYWORD_VERBS = frozenset(
    {
        "reply",
        "text",
        "send",
        "type",
        "enter",
        "press",
        "hold",
        "tap",
        "click",
        "select",
        "choose",
        "say",
        "dial",
    }
)
_EXPLAINS = re.compile(
    r"\s*(?:\(|,?\s*(?:which\s+)?(?:stands\s+for|means|is\s+short\s+for)\b"
    # "The DNO, the company that runs the power lines, ..."; "DNS is like an address book"
    # (an appositive closes with a comma that no "and"/"or" follows: not a list "IP, a warehouse,
    # or ...")
    r"|,\s+(?:the|a|an)\s[^,.;:()]{3,80},(?!\s+(?:and|or)\b)|\s+(?:is|are)\s+(?:a|an|the|like)\s)"
)

# A code the reader sees, quoted and then explained: "'FLO' on the display means ...",
# "the code 'E4' on the screen means ...": the text says what it means.
_QUOTED_THEN_MEANS = re.compile(
    r"['\"\u2019\u201d](?:\s+(?:on|in)\s+(?:the|your)\s+[a-z]+)?\s+means\b"
)
_QUOTES_OPEN = frozenset("'\"\u2018\u201c")
# A UK number plate ("AB12 CDE") or postcode ("LS6 2QT") is an address, not an abbreviation.
_PLATE_OR_POSTCODE = re.compile(
    r"\b(?:[A-Z]{2}[0-9]{2} ?[A-Z]{3}|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})\b"
)

# A code the reader copies after its label: "Tracking number: DX 4471 2290", "Your booking
# code is HB 20931", "booking reference QX7TR2" (letters and digits mixed), "flight SK 2291".
_CODE_AFTER_LABEL = re.compile(
    r"\b(?:number|reference|ref|code|id|flight|route|gate|platform)(?:\s+(?:is|was))?\s*[:#]?\s*"
    r"((?-i:[A-Z]{1,4})[ -]?[0-9][0-9 -]{2,}|(?-i:(?=[A-Z]*[0-9])(?=[0-9]*[A-Z])[A-Z0-9]{4,12})\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def known_acronyms() -> frozenset[str]:
    """Abbreviations every reader knows (lexicons/acronyms/known.txt)."""
    path = lexicon_dir() / "acronyms" / "known.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


# Everyday words written in capitals for emphasis ("Do NOT park here", "ONLY on Sundays"): no
# abbreviation. Small words only; a word that is also an abbreviation (WHO, NICE, DID for direct
# inward dialling) stays.
_EMPHASIS = frozenset(
    """NOT AND OR ONLY ALL IF NO NEVER ANY NONE BEFORE AFTER FROM AT ON IS ARE DO MUST NOW
    BOTH EVERY EACH ALWAYS ONCE WHERE WHEN THE TO OF IN FOR WITH BUT THIS THAT YOUR OUR""".split()
)


def is_acronym(word: str) -> bool:
    if not _ACRONYM.match(word) or _ROMAN.match(word.rstrip("s")) or word in _EMPHASIS:
        return False
    known = known_acronyms()
    return word not in known and word.rstrip("s") not in known


def key_of(word: str) -> str:
    """The entry an acronym is reported under: its singular, lowercase ("rmas" -> "rma")."""
    bare = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
    return bare.lower()


def acronym_findings(doc: Doc, lines: LineIndex) -> Iterator[Finding]:
    """Every acronym in a block (the first use in the document is kept by the Linter)."""
    text = doc.text
    if text.upper() == text:
        return  # a shouted block: capitals mean nothing here
    addresses = [m.span() for m in _PLATE_OR_POSTCODE.finditer(text)]
    addresses += shouted_sentences(text)  # a shouted sentence in a block: the same
    addresses += [m.span(1) for m in _CODE_AFTER_LABEL.finditer(text)]
    for token in doc:
        word = token.text
        if not is_acronym(word):
            continue
        if _explained_here(text, token.idx, token.idx + len(word)):
            continue
        if any(s <= token.idx < e for s, e in addresses):
            continue
        if _keyword_or_control(doc, token.i):
            continue
        yield make_finding(
            doc[token.i : token.i + 1],
            rule=RULE,
            category=ACRONYM.category,
            severity=ACRONYM.severity,
            message=(
                f"'{word}' is an abbreviation the text never spells out; a customer may not "
                "know it."
            ),
            suggestions=(
                Suggestion(
                    text=(
                        f"Spell it out the first time: '[what {word} stands for] ({word})', "
                        "or say it another way."
                    ),
                    safety="hint",
                ),
            ),
            entry=key_of(word),
            lines=lines,
        )


def _keyword_or_control(doc: Doc, i: int) -> bool:
    """ "Reply YES", "text STOP", "reply with CANCEL", "press OK": a word to send or press."""
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    if before and before[-1] == "with":
        before = before[:-1]
    return bool(before) and before[-1] in _KEYWORD_VERBS


def _explained_here(text: str, start: int, end: int) -> bool:
    """ "RMA (return merchandise authorization)", "RMA stands for ...", "RMA, the form ...",
    "RMA is a form ..." or "... (RMA)"."""
    if _EXPLAINS.match(text, end):
        return True
    if text[start - 1 : start] in _QUOTES_OPEN and _QUOTED_THEN_MEANS.match(text, end):
        return True
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")"


def definitions(text: str) -> dict[str, int]:
    """Where each acronym is spelled out in a text: "Service Level Agreement (SLA)" and the like.

    Returns {entry key: offset}. "Words (ACR)" counts when the initials of the
    words before the bracket spell the acronym; "ACR (words)" and "ACR stands
    for ..." count as they are.
    """
    found: dict[str, int] = {}
    for match in re.finditer(r"\(([A-Z][A-Z0-9&]{1,5}s?)\)", text):
        word = match.group(1)
        before = re.findall(r"[A-Za-z][\w'-]*", text[max(0, match.start() - 120) : match.start()])
        if _spells(before, word.rstrip("s") if word[:-1].isupper() else word):
            found.setdefault(key_of(word), match.start())
    for match in re.finditer(r"\b([A-Z][A-Z0-9&]{1,5}s?)\b(?=" + _EXPLAINS.pattern + ")", text):
        found.setdefault(key_of(match.group(1)), match.start())
    return found


def _spells(words: list[str], acronym: str) -> bool:
    """Whether the words just before the bracket spell the acronym, letter by letter.

    Each word gives its initial and any inner capitals ("JavaScript Object
    Notation" spells J, S, O, N); small words ("of", "and") may count or not.
    """
    letters = [c for c in acronym.lower() if c.isalpha()]
    if not letters:
        return False
    for skip_small in (True, False):
        spelled: list[str] = []
        for word in words:
            if skip_small and word.lower() in _STOP:
                continue
            spelled.append(word[0].lower())
            spelled.extend(c.lower() for c in word[1:] if c.isupper())
        if spelled[-len(letters) :] == letters:
            return True
        initials = [w[0].lower() for w in words if not (skip_small and w.lower() in _STOP)]
        if initials[-len(letters) :] == letters:
            return True
    return False

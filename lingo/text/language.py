"""Is this text English? lingo's rules and grades are for English only.

Two cheap signals, no model and no download:

* what the document declares: `<html lang="fr">` (or the first `lang`
  attribute on an `<html>` or `<body>` tag) in HTML, and `lang:` or
  `language:` in Markdown front matter;
* for the rest, the prose itself: English prose is about 40% common
  function words ("the", "and", "you", "to"), other languages written in
  the Latin alphabet a few percent; text mostly in another script (Cyrillic,
  Greek, Arabic, CJK, ...) is not English either.

Short texts are never judged by the detector (too few words to tell), so a
product name or a one-line macro is always linted.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

# Judged by the detector only from this many words (or letters, for a script) on.
MIN_WORDS = 40
MIN_LETTERS = 80
# Only the first words are read: enough to tell, and quick on a long text.
MAX_WORDS = 2_000
# At most this share of common English words: not English. English prose
# sits at 0.30-0.50; help-centre pages full of UI labels and lists above
# 0.15; French, German, Spanish, Dutch and Italian below 0.06.
MAX_ENGLISH_SHARE = 0.08
# Letters outside the Latin alphabet beyond this share: another script.
MAX_OTHER_SCRIPT = 0.5

COMMON_ENGLISH = frozenset(
    """the a an and or but if of to in on at by for with from into about as is are was were be
    been being am it its this that these those there their they them you your yours we our us i
    me my he him his she her not no do does did done have has had can could will would should
    shall may might must what which who whom when where why how all any each some more most
    other than then so just also only very up out over after before because while here""".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_HTML_LANG = re.compile(
    r"<(?:html|body)\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:-[\w-]+)?)", re.I
)
# Markdown front matter (also how lingo/text/kind.py tells a page).
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_MATTER_LANG = re.compile(
    r"^(?:lang|language|locale)\s*:\s*[\"']?([A-Za-z]{2,3}(?:[-_][\w-]+)?)[\"']?\s*$", re.M
)


@dataclass(frozen=True)
class NotEnglish:
    """What lingo found a text's language to be, when it is not English."""

    tag: str  # a language tag ("fr", "de-CH"), a script ("Cyrillic"), or "unknown"
    reason: str  # how lingo knows, in words, for the notice


def declared_language(text: str, syntax: str) -> str | None:
    """The language a document declares (`lang`), if any."""
    if syntax == "html":
        match = _HTML_LANG.search(text[:20_000])
        return match.group(1) if match else None
    if syntax in ("markdown", "mdx"):
        front = FRONT_MATTER.match(text)
        if front:
            match = _FRONT_MATTER_LANG.search(front.group(1))
            return match.group(1) if match else None
    return None


def is_english_tag(tag: str) -> bool:
    return tag.lower().replace("_", "-").split("-")[0] in ("en", "eng")


_DECLARE = {
    "markdown": " (put lang: en in its front matter if it is English)",
    "mdx": " (put lang: en in its front matter if it is English)",
    "html": ' (give its <html> tag lang="en" if it is English)',
}


def not_english(text: str, syntax: str, prose: Iterable[str]) -> NotEnglish | None:
    """A NotEnglish when the text is not English; None when it is, or when lingo cannot tell."""
    declared = declared_language(text, syntax)
    if declared is not None:
        if is_english_tag(declared):
            return None
        return NotEnglish(declared, f"lang is {declared!r}, not English")
    found = _detected(prose)
    if found is not None and found.tag == "unknown":
        return NotEnglish(found.tag, found.reason + _DECLARE.get(syntax, ""))
    return found


def _detected(prose: Iterable[str]) -> NotEnglish | None:
    """Judge the first MAX_WORDS words of the prose (a page rarely changes language)."""
    words: list[str] = []
    for block in prose:
        words.extend(_WORD.findall(block))
        if len(words) >= MAX_WORDS:
            del words[MAX_WORDS:]
            break
    joined = "".join(words)
    if not joined.isascii():  # only then can it be another script
        scripts: Counter[str] = Counter(_script(c) for c in joined if not c.isascii())
        other = sum(n for script, n in scripts.items() if script != "Latin")
        if len(joined) >= MIN_LETTERS and other / len(joined) > MAX_OTHER_SCRIPT:
            script = max((s for s in scripts if s != "Latin"), key=lambda s: scripts[s])
            return NotEnglish(script, f"the text is mostly in {script} script, not English")
    if len(words) < MIN_WORDS:
        return None
    common = sum(map(COMMON_ENGLISH.__contains__, map(str.lower, words)))
    if common / len(words) < MAX_ENGLISH_SHARE:
        return NotEnglish(
            "unknown",
            f"the text does not look like English (only {common} of {len(words)} words "
            + ("is a common English word)" if common == 1 else "are common English words)"),
        )
    return None


def _script(char: str) -> str:
    if char.isascii():
        return "Latin"
    try:
        name = unicodedata.name(char)
    except ValueError:
        return "other"
    first = name.split()[0]
    if first in ("LATIN", "COMBINING", "MODIFIER"):
        return "Latin"
    if first in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "IDEOGRAPHIC"):
        return {"HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean"}.get(
            first, "CJK"
        )
    return first.capitalize()

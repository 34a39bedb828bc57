"""Reading native app and gettext catalogues: gettext .po/.pot, iOS .strings and Android
strings.xml. Each string keeps an `OffsetMap` to the file, so findings point at the exact line
and column of the words (the i18n JSON and YAML readers are in formats.py).
"""

from __future__ import annotations

import re

from ...errors import InputError, LingoError
from ...text.markup.base import OffsetMap
from .formats import Entry
from .positions import align

# -- gettext .po ---------------------------------------------------------------------

_PO_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]+"', re.MULTILINE)
_PO_CONTINUATION = re.compile(r'[ \t]*"')


def po_entries(path: str, text: str, *, use: str = "auto") -> list[Entry]:
    """The customer-facing strings of a .po or .pot file.

    `use`: "msgid" (the source text), "msgstr" (the translation), or "auto":
    the translation where an English catalogue has one, else the source text.
    Obsolete entries are left out, and so are fuzzy translations (never shown).
    """
    try:
        import polib
    except ImportError:
        raise LingoError(
            "reading .po files needs polib: pip install 'lingo-lint[tables]'"
        ) from None
    try:
        catalogue = polib.pofile(text, wrapwidth=0)
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a valid .po file ({exc})") from None
    language = (catalogue.metadata.get("Language") or "").lower()
    translations = use == "msgstr" or (use == "auto" and language.startswith("en"))
    fields = _po_fields(text)
    entries: list[Entry] = []
    for entry in catalogue:
        if entry.obsolete or not entry.msgid:
            continue
        where = fields.get((entry.msgctxt or "", entry.msgid), {})
        key = (f"{entry.msgctxt}|" if entry.msgctxt else "") + entry.msgid
        chosen: list[tuple[str, str]] = []
        if translations and not entry.fuzzy and (entry.msgstr or any(entry.msgstr_plural.values())):
            if entry.msgid_plural:
                chosen = [(f"msgstr[{n}]", s) for n, s in sorted(entry.msgstr_plural.items())]
            else:
                chosen = [("msgstr", entry.msgstr)]
        else:
            chosen = [("msgid", entry.msgid)]
            if entry.msgid_plural:
                chosen.append(("msgid_plural", entry.msgid_plural))
        for field, value in chosen:
            if not value.strip():
                continue
            offsets = where.get(field) or _line_start(text, entry.linenum)
            entries.append(Entry(key, value, offsets, "" if field == "msgid" else field))
    return entries


def _po_fields(text: str) -> dict[tuple[str, str], dict[str, OffsetMap]]:
    """Each live entry's fields (by context and msgid) with where their strings are."""
    found: dict[tuple[str, str], dict[str, OffsetMap]] = {}
    current: dict[str, tuple[str, OffsetMap]] = {}

    def close() -> None:
        if "msgid" in current:
            context = current["msgctxt"][0] if "msgctxt" in current else ""
            found[(context, current["msgid"][0])] = {k: v[1] for k, v in current.items()}
        current.clear()

    for match in _PO_KEYWORD.finditer(text):
        keyword = match.group(1)
        if keyword == "msgctxt" or (keyword == "msgid" and "msgid" in current):
            close()  # a new entry
        value, start, end = _po_string(text, match.end() - 1)
        current[keyword] = (value, align(value, text, start, end, quote='"'))
    close()
    return found


def _po_string(text: str, at: int) -> tuple[str, int, int]:
    """The decoded string starting with the quote at `at`, over continuation lines."""
    start = at
    parts = []
    while True:
        close = _closing_quote(text, at)
        parts.append(text[at + 1 : close])
        end = close + 1
        newline = text.find("\n", end)
        if newline < 0:
            break
        follow = _PO_CONTINUATION.match(text, newline + 1)
        if follow is None:
            break
        at = follow.end() - 1
    return _c_unescape("".join(parts)), start, end


def _closing_quote(text: str, at: int) -> int:
    j = at + 1
    while j < len(text):
        ch = text[j]
        if ch == "\\":
            j += 2
            continue
        if ch == '"' or ch == "\n":
            return j
        j += 1
    return len(text) - 1


_C_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "r": "\r",
    '"': '"',
    "\\": "\\",
    "a": "\a",
    "b": "\b",
    "f": "\f",
    "v": "\v",
    "'": "'",
    "?": "?",
}


def _c_unescape(raw: str) -> str:
    def one(match: re.Match[str]) -> str:
        body = match.group(1)
        if body[0] in "xX" and len(body) > 1:
            return chr(int(body[1:], 16))
        if body[0] == "u" and len(body) == 5:
            return chr(int(body[1:], 16))
        if body[0].isdigit():
            return chr(int(body, 8))
        return _C_ESCAPES.get(body, body)

    return re.sub(r"\\(u[0-9a-fA-F]{4}|[xX][0-9a-fA-F]{2}|[0-7]{1,3}|.)", one, raw, flags=re.S)


def _line_start(text: str, line: int) -> OffsetMap:
    at = 0
    for _ in range(max(line - 1, 0)):
        found = text.find("\n", at)
        if found < 0:
            break
        at = found + 1
    return OffsetMap((0,), (at,), ((0, 1 << 30, at),))


# -- iOS .strings ----------------------------------------------------------------------

_STRINGS_PAIR = re.compile(
    r'"((?:[^"\\\n]|\\.)*)"\s*=\s*"((?:[^"\\]|\\.)*)"\s*;'
    r"|(/\*.*?\*/|//[^\n]*)",
    re.DOTALL,
)


def strings_entries(path: str, text: str) -> list[Entry]:
    """`"key" = "value";` pairs of an iOS/macOS .strings file (comments skipped)."""
    entries: list[Entry] = []
    for match in _STRINGS_PAIR.finditer(text):
        if match.group(3) is not None:
            continue
        key = _c_unescape(match.group(1))
        value = _c_unescape(match.group(2))
        if value.strip():
            start, end = match.start(2) - 1, match.end(2) + 1
            entries.append(Entry(key, value, align(value, text, start, end, quote='"')))
    if not entries and text.strip() and not _only_comments(text):
        raise InputError(f'{path}: no "key" = "value"; pairs found (not a .strings file?)')
    return entries


def _only_comments(text: str) -> bool:
    return not re.sub(r"/\*.*?\*/|//[^\n]*|\s", "", text, flags=re.DOTALL)


# -- Android strings.xml -------------------------------------------------------------

_XML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_ANDROID_RESOURCE = re.compile(
    r"<(string|plurals|string-array)\b([^>]*?)(?<!/)>(.*?)</\1\s*>", re.DOTALL
)
_ANDROID_ITEM = re.compile(r"<item\b([^>]*?)(?<!/)>(.*?)</item\s*>", re.DOTALL)
_ATTRIBUTE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_ANDROID_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)|\"", re.DOTALL)
_ANDROID_ESCAPES = {"n": "\n", "t": "\t"}


def android_entries(path: str, text: str) -> list[Entry]:
    """`<string>`, `<plurals>` items and `<string-array>` items of an Android strings.xml.

    Each string is read as Android shows it (backslash escapes decoded, bare
    double quotes dropped) and checked as HTML, so `<b>` and `&amp;` read as a
    customer sees them; `translatable="false"` resources are not prose.
    """
    if "<resources" not in text:
        raise InputError(f"{path}: not an Android resources file (no <resources> element)")
    source = _XML_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    entries: list[Entry] = []
    for match in _ANDROID_RESOURCE.finditer(source):
        kind, attributes = match.group(1), _attributes(match.group(2))
        name = attributes.get("name")
        if not name or attributes.get("translatable") == "false":
            continue
        if kind == "string":
            entries.extend(_android_entry(text, name, "", match.start(3), match.end(3)))
            continue
        for index, item in enumerate(_ANDROID_ITEM.finditer(source, match.start(3), match.end(3))):
            quantity = _attributes(item.group(1)).get("quantity")
            key = name if quantity else f"{name}[{index}]"
            variant = f"quantity: {quantity}" if quantity else ""
            entries.extend(_android_entry(text, key, variant, item.start(2), item.end(2)))
    return entries


def _attributes(raw: str) -> dict[str, str]:
    return {
        m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
        for m in _ATTRIBUTE.finditer(raw)
    }


def _android_entry(text: str, key: str, variant: str, start: int, end: int) -> list[Entry]:
    def one(match: re.Match[str]) -> str:
        body = match.group(1)
        if body is None:  # a bare double quote only keeps white space as written
            return ""
        if body[0] == "u" and len(body) == 5:
            return chr(int(body[1:], 16))
        return _ANDROID_ESCAPES.get(body, body)

    value = _ANDROID_ESCAPE.sub(one, text[start:end])
    if not value.strip():
        return []
    offsets = align(value, text, start, end, quote='"')
    return [Entry(key, value, offsets, variant, syntax="html")]

"""Reading message catalogues into strings with their keys and positions.

i18n JSON (i18next, react-intl, Vue and ARB files: nested objects, keys
joined with "."), i18n YAML (Rails and friends), gettext .po/.pot (through
polib) and iOS .strings. Each string keeps an `OffsetMap` to the file, so
findings point at the exact line and column of the words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from ...errors import InputError, LingoError
from ...text.markup.base import OffsetMap
from .positions import align

MAX_DEPTH = 200
# Metadata beside a message, for translators rather than customers.
_JSON_METADATA = frozenset({"description", "context", "meaning", "comment", "_comment", "notes"})
_MESSAGE_KEYS = ("defaultMessage", "message", "string", "text", "value")


@dataclass(frozen=True)
class Entry:
    """One string of a catalogue: its key, its text and where its characters are in the file."""

    key: str
    text: str
    offsets: OffsetMap
    variant: str = ""  # e.g. msgid_plural, msgstr[1]
    syntax: str | None = None  # the markup the string is written in, when the format says


# -- JSON ----------------------------------------------------------------------------

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_LITERAL = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null")


def json_entries(path: str, text: str) -> list[Entry]:
    """Every string value of a JSON catalogue (ARB `@` metadata and descriptions left out)."""
    reader = _JsonReader(path, text)
    entries: list[Entry] = []
    at = reader.skip(0)
    at = reader.value(at, "", 0, entries)
    if reader.skip(at) != len(text):
        reader.fail(reader.skip(at), "extra data after the catalogue")
    return entries


class _JsonReader:
    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.text = text

    def fail(self, at: int, problem: str) -> None:
        line = self.text.count("\n", 0, at) + 1
        column = at - (self.text.rfind("\n", 0, at) + 1) + 1
        raise InputError(f"{self.path}:{line}:{column}: not valid JSON ({problem})")

    def skip(self, at: int) -> int:
        match = _WHITESPACE.match(self.text, at)
        return match.end() if match else at

    def string(self, at: int) -> tuple[str, int]:
        try:
            return scanstring(self.text, at + 1, True)  # type: ignore[no-any-return]
        except json.JSONDecodeError as exc:
            self.fail(exc.pos, exc.msg.lower())
            raise AssertionError from None  # unreachable: fail raises

    def value(self, at: int, key: str, depth: int, entries: list[Entry]) -> int:
        if depth > MAX_DEPTH:
            self.fail(at, f"nested deeper than {MAX_DEPTH} levels")
        ch = self.text[at : at + 1]
        if ch == '"':
            value, end = self.string(at)
            if key and value.strip():
                entries.append(Entry(key, value, align(value, self.text, at, end, quote='"')))
            return end
        if ch == "{":
            return self.object(at, key, depth, entries)
        if ch == "[":
            return self.array(at, key, depth, entries)
        match = _LITERAL.match(self.text, at)
        if match is None:
            self.fail(at, "expected a value")
            raise AssertionError
        return match.end()

    def object(self, at: int, key: str, depth: int, entries: list[Entry]) -> int:
        at = self.skip(at + 1)
        if self.text[at : at + 1] == "}":
            return at + 1
        members: list[tuple[str, int]] = []
        while True:
            if self.text[at : at + 1] != '"':
                self.fail(at, "expected a key in double quotes")
            name, at = self.string(at)
            at = self.skip(at)
            if self.text[at : at + 1] != ":":
                self.fail(at, "expected ':'")
            at = self.skip(at + 1)
            members.append((name, at))
            found: list[Entry] = []
            at = self.skip(self.value(at, _join(key, name), depth + 1, found))
            entries.extend(e for e in found if _is_message(name, e, members))
            ch = self.text[at : at + 1]
            if ch == "}":
                return at + 1
            if ch != ",":
                self.fail(at, "expected ',' or '}'")
            at = self.skip(at + 1)

    def array(self, at: int, key: str, depth: int, entries: list[Entry]) -> int:
        at = self.skip(at + 1)
        if self.text[at : at + 1] == "]":
            return at + 1
        index = 0
        while True:
            at = self.skip(self.value(at, f"{key}[{index}]", depth + 1, entries))
            ch = self.text[at : at + 1]
            if ch == "]":
                return at + 1
            if ch != ",":
                self.fail(at, "expected ',' or ']'")
            at = self.skip(at + 1)
            index += 1


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _is_message(name: str, entry: Entry, members: list[tuple[str, int]]) -> bool:
    """ARB `@key` metadata is never checked; a description beside a message is not either."""
    if name.startswith("@") or ".@" in entry.key:
        return False
    return name not in _JSON_METADATA


def message_key(entry: Entry) -> Entry:
    """`greeting.defaultMessage` is the message `greeting` (react-intl, Chrome, Transifex)."""
    for suffix in _MESSAGE_KEYS:
        if entry.key.endswith("." + suffix):
            return Entry(entry.key[: -len(suffix) - 1], entry.text, entry.offsets, entry.variant)
    return entry


# -- YAML ----------------------------------------------------------------------------


def yaml_entries(path: str, text: str) -> list[Entry]:
    """Every string scalar of a YAML catalogue, keys joined with "." (Rails: `en.orders.title`)."""
    import yaml

    try:
        documents = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else path
        raise InputError(f"{where}: not valid YAML ({exc.problem})") from None
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: not valid YAML ({exc})") from None
    except RecursionError:
        raise InputError(f"{path}: nested too deeply to read") from None
    entries: list[Entry] = []
    seen: set[int] = set()
    for document in documents:
        if document is not None:
            _yaml_node(text, document, "", 0, entries, seen, path)
    return entries


def _yaml_node(
    text: str, node: Any, key: str, depth: int, entries: list[Entry], seen: set[int], path: str
) -> None:
    import yaml

    if depth > MAX_DEPTH:
        raise InputError(f"{path}: nested deeper than {MAX_DEPTH} levels")
    if id(node) in seen:  # an alias: checked where the anchor is
        return
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for name_node, value_node in node.value:
            name = str(name_node.value)
            if name.startswith("@") or name in _JSON_METADATA:
                continue
            _yaml_node(text, value_node, _join(key, name), depth + 1, entries, seen, path)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _yaml_node(text, item, f"{key}[{index}]", depth + 1, entries, seen, path)
    elif isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str":
        value = node.value
        if key and value.strip():
            quote = node.style if node.style in ('"', "'") else ""
            start, end = node.start_mark.index, node.end_mark.index
            entries.append(Entry(key, value, align(value, text, start, end, quote=quote)))


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

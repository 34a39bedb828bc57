"""Reading message catalogues into strings with their keys and positions: the Entry, and the
i18n JSON (i18next, react-intl, Vue and ARB files: nested objects, keys joined with ".") and
i18n YAML (Rails and friends) readers. gettext .po/.pot, iOS .strings and Android strings.xml
are read in native.py. Each string keeps an `OffsetMap` to the file, so findings point at the
exact line and column of the words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from ...errors import InputError
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

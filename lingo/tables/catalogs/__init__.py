"""Message catalogues: every UI string checked on its own, findings at the key and the file line.

    from lingo.tables.catalogs import check_catalog
    for found in check_catalog("locales/en.json"):
        print(found.key, found.finding.line, found.finding.column, found.finding.message)

A catalogue is a table of keys and strings, so it lives beside tables: the
same engine call (`lingo.Linter.check_many`), the same record writers. ICU
plurals and selects are read as each variant a customer can see; template
and ICU placeholders are masked by the markup adapters like everywhere else.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from ...config import Config
from ...errors import InputError
from ...findings import Finding, LineIndex
from ...text.markup.base import OffsetMap
from ..engine import process_linter
from .formats import Entry, json_entries, message_key, yaml_entries
from .icu import has_choices, variants
from .native import android_entries, po_entries, strings_entries

__all__ = ["CATALOG_SUFFIXES", "CatalogFinding", "catalog_files", "check_catalog", "read_catalog"]

CATALOG_SUFFIXES = {
    ".json": "json",
    ".arb": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".po": "po",
    ".pot": "po",
    ".strings": "strings",
    ".xml": "android",
}
_HTML_TAG = re.compile(r"</?[A-Za-z][\w:.-]*(?:\s[^<>]*)?/?>")
MAX_CATALOG_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class CatalogFinding:
    """A finding in one string of a catalogue.

    The finding's `start`, `end`, `line` and `column` are in the catalogue
    file; its `text` is the flagged words as the customer reads them.
    `variant` names the plural or select reading ("count: one") or the
    gettext field ("msgid_plural", "msgstr[1]") when there is one.
    """

    key: str
    variant: str
    finding: Finding


def catalog_format(path: str) -> str:
    found = CATALOG_SUFFIXES.get(os.path.splitext(path)[1].lower())
    if found is None:
        names = ", ".join(sorted(CATALOG_SUFFIXES))
        raise InputError(f"{path}: not a message catalogue lingo reads ({names})")
    return found


def catalog_files(paths: Sequence[str], on_skip: Callable[[str], None]) -> list[str]:
    """The catalogues named, and those in the folders named (sorted, hidden folders skipped)."""
    from ...text.sources import is_skipped_dir

    files: list[str] = []
    for path in paths:
        if not os.path.isdir(path):
            files.append(path)
            continue
        found = []
        for folder, dirs, names in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not is_skipped_dir(d, folder))
            for name in names:
                if _is_catalog_name(folder, name):
                    found.append(os.path.join(folder, name))
        if not found:
            on_skip(f"{path}: no catalogues found ({', '.join(sorted(CATALOG_SUFFIXES))})")
        files.extend(sorted(found))
    return files


def _is_catalog_name(folder: str, name: str) -> bool:
    """In a folder: the catalogue suffixes, and of XML files only Android string resources."""
    suffix = os.path.splitext(name)[1].lower()
    if suffix != ".xml":
        return suffix in CATALOG_SUFFIXES
    return name.lower().startswith("strings") or os.path.basename(folder).startswith("values")


def read_text(path: str) -> str:
    """A catalogue's text: UTF-8, or UTF-16 with a byte order mark (as .strings often are)."""
    try:
        size = os.stat(path).st_size
        if not os.path.isfile(path):
            raise InputError(f"{path}: not a regular file")
        if size > MAX_CATALOG_BYTES:
            raise InputError(f"{path}: {size:,} bytes is too large for a catalogue")
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def read_catalog(path: str, text: str | None = None, *, po_text: str = "auto") -> list[Entry]:
    """The strings of a catalogue with their keys and positions."""
    kind = catalog_format(path)
    if text is None:
        text = read_text(path)
    if kind == "json":
        return [message_key(e) for e in json_entries(path, text)]
    if kind == "yaml":
        return yaml_entries(path, text)
    if kind == "po":
        return po_entries(path, text, use=po_text)
    if kind == "android":
        return android_entries(path, text)
    return strings_entries(path, text)


@dataclass(frozen=True)
class _Reading:
    entry: Entry
    variant: str
    text: str
    pieces: tuple[tuple[int, int], ...]  # pieces of entry.text, in order


def _readings(entry: Entry) -> Iterator[_Reading]:
    if not has_choices(entry.text):
        yield _Reading(entry, entry.variant, entry.text, ((0, len(entry.text)),))
        return
    for label, pieces in variants(entry.text):
        text = "".join(entry.text[s:e] for s, e in pieces)
        if text.strip():
            variant = "; ".join(v for v in (entry.variant, label) if v)
            yield _Reading(entry, variant, text, pieces)


def check_catalog(
    path: str,
    *,
    config: Config | None = None,
    syntax: str | None = None,
    po_text: str = "auto",
) -> list[CatalogFinding]:
    """Every finding in the strings of one catalogue, in file order.

    `syntax` is the markup of the strings; by default a string with HTML tags
    in it is read as HTML and any other as plain text. A finding made in
    several plural variants at the same place is reported once.
    """
    config = config or Config()
    text = read_text(path)
    entries = read_catalog(path, text, po_text=po_text)
    readings = [reading for entry in entries for reading in _readings(entry)]
    linter = process_linter(config)
    reports = linter.check_many(
        [r.text for r in readings],
        syntaxes=[syntax or r.entry.syntax or _syntax_of(r.text) for r in readings],
        configs=[config] * len(readings),
    )
    lines = LineIndex(text)
    found: list[CatalogFinding] = []
    seen: set[tuple[str, int, int, str]] = set()
    for reading, report in zip(readings, reports):
        for finding in report.findings:
            moved = _in_file(finding, reading, lines)
            key = (moved.qualified_id, moved.start, moved.end, reading.entry.key)
            if key in seen:
                continue
            seen.add(key)
            found.append(CatalogFinding(reading.entry.key, reading.variant, moved))
    found.sort(key=lambda f: (f.finding.start, f.finding.end, f.finding.rule))
    return found


def _syntax_of(text: str) -> str:
    return "html" if _HTML_TAG.search(text) else "plain"


def _in_file(finding: Finding, reading: _Reading, lines: LineIndex) -> Finding:
    """The finding moved from the reading's offsets to the file's; no edits (nothing is fixed)."""
    start = _to_entry(reading.pieces, finding.start)
    end = _to_entry(reading.pieces, max(finding.end - 1, finding.start)) + 1
    src_start, src_end = _span(reading.entry.offsets, start, end)
    line, column = lines.position(src_start)
    end_line, end_column = lines.position(src_end)
    suggestions = tuple(replace(s, edits=()) for s in finding.suggestions)
    return replace(
        finding,
        start=src_start,
        end=src_end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        suggestions=suggestions,
    )


def _to_entry(pieces: tuple[tuple[int, int], ...], offset: int) -> int:
    at = 0
    for start, end in pieces:
        if offset < at + end - start:
            return start + offset - at
        at += end - start
    return pieces[-1][1] if pieces else 0


def _span(offsets: OffsetMap, start: int, end: int) -> tuple[int, int]:
    return offsets.span_to_source(start, end)

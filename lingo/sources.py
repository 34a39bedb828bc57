"""Reading what the user asked to lint: files, folders and stdin.

Every problem becomes an `InputError` with one line naming the file, so the
CLI can report it and go on with the other files.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError

LINTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
SKIPPED_DIRS = frozenset(
    {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".nox",
     ".mypy_cache", ".pytest_cache", ".ruff_cache", ".lingo_cache", "site-packages"}
)
BINARY_SNIFF = 8192
STDIN = "-"


@dataclass(frozen=True)
class Source:
    """A text to lint and how it was stored, so a fix can write it back the same way."""

    path: str
    text: str
    bom: bool = False


def decode(data: bytes, path: str) -> Source:
    """Bytes to text; binary, non-UTF-8 and empty input are errors."""
    if b"\x00" in data[:BINARY_SNIFF]:
        raise InputError(f"{path}: binary file, not text")
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    if not text.strip():
        raise InputError(f"{path}: empty file, nothing to lint")
    return Source(path=path, text=text, bom=bom)


def read_source(path: str) -> Source:
    """Read one file (or stdin for "-")."""
    if path == STDIN:
        import sys

        return decode(sys.stdin.buffer.read(), "<stdin>")
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or folder") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode(data, path)


def is_skipped_dir(name: str) -> bool:
    return name in SKIPPED_DIRS or (name.startswith(".") and name not in (".", ".."))


def walk(paths: Sequence[str]) -> Iterator[str]:
    """Expand folders into the text files below them (sorted); files pass through.

    A path that does not exist is yielded as-is so reading it reports the error.
    """
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not is_skipped_dir(d))
                for name in files:
                    if name.lower().endswith(LINTED_SUFFIXES):
                        found.append(os.path.join(root, name))
            yield from sorted(found)
        else:
            yield path


def check_length(source: Source, max_length: int) -> None:
    """Refuse a text longer than the pipeline accepts, naming the setting to raise."""
    if len(source.text) > max_length:
        raise InputError(
            f"{source.path}: text is {len(source.text):,} characters, longer than max-length "
            f"{max_length:,} (split it, or raise max-length in the configuration)"
        )

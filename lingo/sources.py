"""Reading what the user asked to lint: files, folders and stdin.

Every problem becomes an `InputError` with one line naming the file, so the
CLI can report it and go on with the other files.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
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


def is_skipped_dir(name: str, parent: str | None = None) -> bool:
    """Folders never walked: version control, caches, dependencies, virtual environments."""
    if name in SKIPPED_DIRS or (name.startswith(".") and name not in (".", "..")):
        return True
    # A virtual environment by any name holds a pyvenv.cfg (PEP 405).
    return parent is not None and os.path.isfile(os.path.join(parent, name, "pyvenv.cfg"))


def walk(
    paths: Sequence[str], excluded: Callable[[str, bool], bool] | None = None
) -> Iterator[str]:
    """Expand folders into the text files below them (sorted); files pass through.

    `excluded(path, is_folder)` prunes what the configuration excludes; it is
    asked about everything found in a folder, not about the paths given.
    A path that does not exist is yielded as-is so reading it reports the error.
    """
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(
                    d for d in dirs
                    if not is_skipped_dir(d, root)
                    and not (excluded and excluded(os.path.join(root, d), True))
                )
                for name in files:
                    if name.lower().endswith(LINTED_SUFFIXES):
                        file = os.path.join(root, name)
                        if not (excluded and excluded(file, False)):
                            found.append(file)
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


def write_text_atomic(path: str, text: str) -> None:
    """Write a whole file or nothing: a temporary file beside it, then a rename.

    A reader (or CI step) never sees half a report, and a failure leaves any
    old file as it was.
    """
    import tempfile

    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None

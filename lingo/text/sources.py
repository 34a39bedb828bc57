"""Reading what the user asked to lint: files, folders and stdin.

Every problem becomes an `InputError` with one line naming the file, so the
CLI can report it and go on with the other files.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..config import LINTED_SUFFIXES
from ..errors import InputError

SKIPPED_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        "__pycache__",
        ".venv",
        "venv",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".lingo_cache",
        "site-packages",
    }
)
BINARY_SNIFF = 8192
STDIN = "-"


@dataclass(frozen=True)
class Source:
    """A text to lint and how it was stored, so a fix can write it back the same way."""

    path: str
    text: str
    bom: bool = False
    # "utf-8", or "utf-16-le"/"utf-16-be" for a file that starts with a UTF-16 byte
    # order mark (Windows tools write them); `bom` is then true. Written back as
    # (BOM + text).encode(encoding), it keeps its encoding and byte order.
    encoding: str = "utf-8"


def decode(data: bytes, path: str) -> Source:
    """Bytes to text; binary and non-UTF-8 input are errors (an empty file is clean text).

    A file that starts with a UTF-16 byte order mark is UTF-16 text, not binary.
    """
    if data.startswith(UTF16_BOMS) and not data.startswith(UTF32_LE_BOM):
        try:
            text = data.decode("utf-16")  # the BOM says which byte order, and is dropped
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{path}: not valid UTF-16 (it starts with a UTF-16 byte order mark; "
                f"{exc.reason} at offset {exc.start})"
            ) from None
        order = "utf-16-le" if data.startswith(b"\xff\xfe") else "utf-16-be"
        return Source(path=path, text=text, bom=True, encoding=order)
    if b"\x00" in data[:BINARY_SNIFF]:
        raise InputError(f"{path}: binary file, not text")
    bom = data.startswith(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    return Source(path=path, text=text, bom=bom)


def read_source(path: str, max_length: int | None = None) -> Source:
    """Read one file (or stdin for "-"); only regular files, and no more than `max_length` allows.

    A FIFO, device or socket is refused without waiting on it, and a file too
    long to lint is refused from its size, before it is read.
    """
    limit = None if max_length is None else 4 * max_length + len(BOM_BYTES)  # UTF-8: 4 bytes max
    if path == STDIN:
        import sys

        data = sys.stdin.buffer.read() if limit is None else sys.stdin.buffer.read(limit + 1)
        return decode(data, "<stdin>")
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise InputError(f"{path}: no such file or folder") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{path}: is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: not a regular file ({file_kind(info.st_mode)}); not read")
        if limit is not None and info.st_size > limit:
            raise InputError(
                f"{path}: file is {info.st_size:,} bytes, longer than max-length "
                f"{max_length:,} characters allows (split it, or raise max-length)"
            )
        try:
            data = handle.read() if limit is None else handle.read(limit + 1)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return decode(data, path)


BOM_BYTES = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
UTF32_LE_BOM = b"\xff\xfe\x00\x00"
_SURROGATE = re.compile("[\ud800-\udfff]")


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def is_skipped_dir(name: str, parent: str | None = None) -> bool:
    """Folders never walked: version control, caches, dependencies, virtual environments."""
    if name in SKIPPED_DIRS or (name.startswith(".") and name not in (".", "..")):
        return True
    # A virtual environment by any name holds a pyvenv.cfg (PEP 405).
    return parent is not None and os.path.isfile(os.path.join(parent, name, "pyvenv.cfg"))


def _inside(path: str, folder: str) -> bool:
    """Whether the real path `path` lies in the real folder `folder`."""
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # different drives
        return False


def walk(
    paths: Sequence[str],
    excluded: Callable[[str, bool], bool] | None = None,
    *,
    on_skip: Callable[[str], None] = lambda notice: None,
    follow_symlinks: bool = False,
    included: Callable[[str], bool] | None = None,
    on_unread: Callable[[str], None] = lambda path: None,
) -> Iterator[str]:
    """Expand folders into the text files below them (sorted); files pass through.

    Walking a folder stays inside it: only regular files are yielded; a
    symbolic link is followed only while it points inside the folder (each
    real file is yielded once), unless `follow_symlinks`. What is skipped for
    being a link out of the folder, a broken link or a FIFO, device or socket
    is told to `on_skip` in one line. Paths named by the caller pass through
    as they are (reading checks them).

    `excluded(path, is_folder)` prunes what the configuration excludes; it is
    asked about everything found in a folder, not about the paths given.
    `included(path)` says which files in a folder are text to lint (by
    default the LINTED_SUFFIXES); the others are told to `on_unread`.
    A path that does not exist is yielded as-is so reading it reports the error.
    """
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            yield from _walk_folder(
                path, excluded, on_skip, follow_symlinks, included or _has_linted_suffix, on_unread
            )
        else:
            yield path


def _has_linted_suffix(path: str) -> bool:
    return path.lower().endswith(LINTED_SUFFIXES)


def _walk_folder(
    top: str,
    excluded: Callable[[str, bool], bool] | None,
    on_skip: Callable[[str], None],
    follow_symlinks: bool,
    included: Callable[[str], bool],
    on_unread: Callable[[str], None],
) -> list[str]:
    top_real = os.path.realpath(top)
    files: list[tuple[str, str, bool]] = []  # (path, real path, is a link)
    seen_folders = {top_real}
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as found:
                entries = sorted(found, key=lambda e: e.name)
        except OSError as exc:
            on_skip(f"{folder}: cannot read the folder ({exc.strerror or exc}); skipped")
            continue
        for entry in entries:
            full = entry.path
            try:
                is_link = entry.is_symlink()
                is_folder = entry.is_dir(follow_symlinks=True)
            except OSError:
                continue
            if is_folder:
                if is_skipped_dir(entry.name, folder) or (excluded and excluded(full, True)):
                    continue
                real = os.path.realpath(full)
                if is_link and not follow_symlinks:
                    if not _inside(real, top_real):
                        on_skip(
                            f"{full}: skipped, a symbolic link to a folder outside {top}"
                            " (pass --follow-symlinks to lint it)"
                        )
                    continue  # inside: its files are walked where they really are
                if real in seen_folders:  # a link to a folder already walked, or a loop
                    continue
                seen_folders.add(real)
                pending.append(full)
                continue
            if not included(full):
                on_unread(full)
                continue
            if excluded and excluded(full, False):
                continue
            try:
                info = os.stat(full)  # follows a link: what would be read
            except OSError:
                on_skip(f"{full}: skipped, a broken symbolic link")
                continue
            if not stat.S_ISREG(info.st_mode):
                on_skip(f"{full}: skipped, {file_kind(info.st_mode)}, not a regular file")
                continue
            real = os.path.realpath(full) if is_link else os.path.abspath(full)
            if is_link and not (follow_symlinks or _inside(real, top_real)):
                on_skip(
                    f"{full}: skipped, a symbolic link to a file outside {top}"
                    " (name it, or pass --follow-symlinks, to lint it)"
                )
                continue
            files.append((full, real, is_link))
    # Each real file once: the file itself rather than a link to it.
    files.sort(key=lambda f: (f[2], f[0]))
    chosen: dict[str, str] = {}
    for full, real, _ in files:
        chosen.setdefault(os.path.normcase(real), full)
    return sorted(chosen.values())


def check_length(source: Source, max_length: int) -> None:
    """Refuse a text longer than the pipeline accepts, naming the setting to raise."""
    if len(source.text) > max_length:
        raise InputError(
            f"{source.path}: text is {len(source.text):,} characters, longer than max-length "
            f"{max_length:,} (split it, or raise max-length in the configuration)"
        )


def check_unicode(source: Source) -> None:
    """Refuse a text holding a lone surrogate (possible through the Python API only).

    Such a string is not Unicode text: it cannot be written or encoded, and
    failed deep inside the pipeline with a UnicodeEncodeError.
    """
    if source.text.isascii():
        return
    found = _SURROGATE.search(source.text)
    if found is not None:
        raise InputError(
            f"{source.path}: not valid Unicode: a lone surrogate U+{ord(found.group()):04X} "
            f"at offset {found.start()} (decode the text with errors='replace', or fix its source)"
        )


def write_text_atomic(path: str, text: str) -> None:
    """Write a whole file or nothing: a temporary file beside it, then a rename.

    A reader (or CI step) never sees half a report, and a failure leaves any
    old file as it was.
    """
    fd, temporary = temporary_beside(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    put_in_place(temporary, path)


def temporary_beside(path: str) -> tuple[int, str]:
    """An open, empty temporary file in the folder of `path`, to be put in place when written."""
    import tempfile

    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        return tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def put_in_place(temporary: str, path: str) -> None:
    """Replace `path` by the finished `temporary` file, keeping the old file's mode.

    On failure the temporary file is removed and the old file is left as it was.
    """
    target = Path(path)
    try:
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

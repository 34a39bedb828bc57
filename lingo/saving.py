"""Writing files the way a careful editor saves them (issue 17, item 3).

`--fix` replaces a file only when:

* it is unchanged since lingo read it: same size, modification time and
  content hash (`Stamp`), checked again just before the rename, so a line
  someone appended while lingo worked is never overwritten;
* the invoking user may write it (`os.access` with the effective ids): a
  read-only file is refused even when its folder is writable;
* its owner, group and mode can be kept. The new text goes to a temporary
  file beside it that takes the old file's owner, group and mode and is then
  renamed over it. When the owner or group cannot be given to the temporary
  file (not root), or the file has several hard links (a rename would split
  them), the file is written in place instead, after a backup that is read
  back and compared; the backup is removed once the new text is verified, and
  kept (and named in the error) if anything fails.

Temporary files are named `.NAME.XXXXXXXX.lingo-fix` and are locked while
they are written; one left by a run that was killed (`kill -9`) is removed by
the next run that fixes NAME.

`write_output` writes `-o` files: through an existing symbolic link (the link
stays), and straight into a device or FIFO (`-o /dev/stdout`).
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .text.sources import STDIN, Source, read_source

FIX_SUFFIX = ".lingo-fix"
OUTPUT_SUFFIX = ".lingo-out"
BACKUP_SUFFIX = ".lingo-backup"
# A temporary file younger than this may belong to a run still writing it.
STRAY_AGE = 2.0


@dataclass(frozen=True)
class Stamp:
    """What a file was when lingo read it: enough to tell whether anyone changed it since."""

    size: int
    mtime_ns: int
    inode: int
    digest: str

    @staticmethod
    def of(info: os.stat_result, data: bytes) -> Stamp:
        return Stamp(info.st_size, info.st_mtime_ns, info.st_ino, hashlib.sha256(data).hexdigest())

    def same_metadata(self, info: os.stat_result) -> bool:
        return (info.st_size, info.st_mtime_ns, info.st_ino) == (
            self.size,
            self.mtime_ns,
            self.inode,
        )


def read_stamp(path: str) -> Stamp:
    """The stamp of the file at `path` now (following a link); only regular files."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{path}: not a regular file; not fixed")
        data = handle.read()
    return Stamp.of(info, data)


def read_fixable(path: str, max_length: int | None) -> tuple[Source, Stamp | None]:
    """Read a file to fix (as `read_source` does) and stamp it as it was read.

    The file is stamped before and after reading; a file that changed in
    between is refused, so the stamp always describes the text that was read.
    Standard input has no stamp.
    """
    if path == STDIN:
        return read_source(path, max_length), None
    try:
        before: os.stat_result | None = os.stat(path)
    except OSError:
        before = None  # reading reports it
    source = read_source(path, max_length)
    stamp = read_stamp(path)
    if before is None or not stamp.same_metadata(before):
        raise InputError(f"{path}: changed while lingo read it; not fixed (run lingo again)")
    return source, stamp


# -- replacing a file that was fixed ----------------------------------------------------------


def replace_file(name: str, target: Path, data: bytes, stamp: Stamp) -> None:
    """Put `data` in the file `target` (reported as `name`) if it is still as `stamp` says.

    Raises InputError, naming the file, when it changed, cannot be written by
    this user, or the disk refuses; the file is then left as it was.
    """
    try:
        info = os.stat(target)
    except OSError as exc:
        raise InputError(f"{name}: cannot write ({exc.strerror or exc})") from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(f"{name}: not a regular file; not fixed")
    if not may_write(target):
        raise InputError(f"{name}: you do not have permission to write it; not fixed")
    original = _unchanged(name, target, stamp)
    clean_strays(target)
    if info.st_nlink > 1:
        _write_in_place(name, target, data, original, stamp)
        return
    fd, temporary = _temporary(name, target, FIX_SUFFIX)
    try:
        try:
            with os.fdopen(fd, "wb") as handle:
                _lock(handle.fileno())
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
                kept_owner = _keep_owner(handle.fileno(), info)
            os.chmod(temporary, stat.S_IMODE(info.st_mode))  # after chown, which clears set-id bits
            if not kept_owner:
                Path(temporary).unlink(missing_ok=True)
                _write_in_place(name, target, data, original, stamp)
                return
            if not stamp.same_metadata(os.stat(target)):
                raise InputError(
                    f"{name}: changed while lingo fixed it; not fixed (run lingo again)"
                )
            os.replace(temporary, target)
        except OSError as exc:
            raise InputError(f"{name}: cannot write ({exc.strerror or exc})") from None
    finally:
        if os.path.lexists(temporary):
            Path(temporary).unlink(missing_ok=True)


def may_write(path: Path) -> bool:
    """Whether the invoking user (effective ids) may write `path`."""
    if os.access in os.supports_effective_ids:
        return os.access(path, os.W_OK, effective_ids=True)
    return os.access(path, os.W_OK)


def _unchanged(name: str, target: Path, stamp: Stamp) -> bytes:
    """The file's bytes, after checking they are what lingo read; InputError if not."""
    try:
        with open(target, "rb") as handle:
            info = os.fstat(handle.fileno())
            data = handle.read()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if not stamp.same_metadata(info) or hashlib.sha256(data).hexdigest() != stamp.digest:
        raise InputError(
            f"{name}: changed since lingo read it; not fixed, so the change is kept "
            "(run lingo again)"
        )
    return data


def _keep_owner(fd: int, info: os.stat_result) -> bool:
    """Give the open temporary file the old file's owner and group; False when not allowed."""
    mine = os.fstat(fd)
    if (mine.st_uid, mine.st_gid) == (info.st_uid, info.st_gid):
        return True
    if not hasattr(os, "fchown"):
        return True  # no owners to keep (Windows)
    try:
        os.fchown(fd, info.st_uid, info.st_gid)
    except PermissionError:
        return False
    return True


def _write_in_place(name: str, target: Path, data: bytes, original: bytes, stamp: Stamp) -> None:
    """Overwrite `target` in place (every hard link sees it), after a verified backup."""
    fd, backup = _temporary(name, target, BACKUP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(original)
            handle.flush()
            os.fsync(handle.fileno())
        if Path(backup).read_bytes() != original:
            raise OSError("the backup could not be verified")
    except OSError as exc:
        Path(backup).unlink(missing_ok=True)
        raise InputError(
            f"{name}: cannot write a backup ({getattr(exc, 'strerror', None) or exc}); not fixed"
        ) from None
    try:
        _overwrite(target, data, stamp)
        if target.read_bytes() != data:
            raise OSError("the new text did not read back as written")
    except InputError:
        Path(backup).unlink(missing_ok=True)
        raise InputError(
            f"{name}: changed while lingo fixed it; not fixed (run lingo again)"
        ) from None
    except OSError as exc:
        why = getattr(exc, "strerror", None) or exc
        try:
            _overwrite(target, original, None)
        except OSError:
            raise InputError(
                f"{name}: cannot write ({why}); the file as it was is kept in {backup}"
            ) from None
        Path(backup).unlink(missing_ok=True)
        raise InputError(f"{name}: cannot write ({why}); left as it was") from None
    Path(backup).unlink(missing_ok=True)


def _overwrite(target: Path, data: bytes, stamp: Stamp | None) -> None:
    fd = os.open(target, os.O_WRONLY)
    with os.fdopen(fd, "wb") as handle:
        if stamp is not None and not stamp.same_metadata(os.fstat(fd)):
            raise InputError("changed")
        handle.write(data)
        handle.truncate()
        handle.flush()
        os.fsync(handle.fileno())


def _temporary(name: str, target: Path, suffix: str) -> tuple[int, str]:
    try:
        return tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    except OSError as exc:
        raise InputError(f"{name}: cannot write ({exc.strerror or exc})") from None


# -- temporary files left by a killed run ----------------------------------------------------


def _lock(fd: int) -> None:
    """Hold an exclusive lock on a temporary file while it is written (POSIX)."""
    try:
        import fcntl
    except ImportError:  # Windows: the age alone tells a stray
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        pass


def _abandoned(path: str) -> bool:
    """Whether no live process holds the lock of the temporary file `path`."""
    try:
        import fcntl
    except ImportError:
        return True
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a run is writing it right now
    finally:
        os.close(fd)
    return True


def clean_strays(target: Path) -> list[str]:
    """Remove the temporary files an interrupted lingo run left beside `target`; their names.

    Only regular files named as lingo names its temporary files for this
    file, owned by this user, older than a moment and not locked by a live
    run are removed. Backups (`.lingo-backup`) are never removed: one left
    behind holds a file's text from before a failed write.
    """
    folder = str(target.parent) or "."
    prefix = f".{target.name}."
    removed: list[str] = []
    now = time.time()
    for name in _stray_names(folder):
        if not (name.startswith(prefix) and _TEMPORARY.fullmatch(name[len(prefix) :])):
            continue
        path = os.path.join(folder, name)
        try:
            info = os.lstat(path)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode) or now - info.st_mtime < STRAY_AGE:
            continue
        if hasattr(os, "geteuid") and info.st_uid != os.geteuid():
            continue
        if not _abandoned(path):
            continue
        try:
            os.unlink(path)
            removed.append(path)
        except OSError:
            pass
    return removed


_TEMPORARY = re.compile(
    r"[A-Za-z0-9_]{8}(?:" + re.escape(FIX_SUFFIX) + "|" + re.escape(OUTPUT_SUFFIX) + ")"
)
_STRAYS: dict[str, list[str]] = {}


def _stray_names(folder: str) -> list[str]:
    """The names in `folder` that look like lingo's temporary files, listed once per run.

    Fixing ten thousand files of one folder lists it once, not ten thousand
    times; strays come only from runs that ended before this one started.
    """
    key = os.path.abspath(folder)
    if key not in _STRAYS:
        if len(_STRAYS) > 1024:
            _STRAYS.clear()
        try:
            with os.scandir(folder) as found:
                _STRAYS[key] = [
                    e.name for e in found if e.name.endswith((FIX_SUFFIX, OUTPUT_SUFFIX))
                ]
        except OSError:
            _STRAYS[key] = []
    return _STRAYS[key]


# -- -o / --output-file ------------------------------------------------------------------------


def write_output(path: str, text: str) -> None:
    """Write a whole output file or nothing; through a symbolic link, and into a device as is.

    An existing link is written through (the file it points to is replaced,
    the link stays); a device or FIFO (`/dev/stdout`) is written directly,
    since it cannot be replaced. A regular file is replaced atomically,
    keeping its mode (and owner and group where the user may).
    """
    data = text.encode("utf-8")
    target = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    try:
        info: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise InputError(f"{path}: is a folder")
    if info is not None and not stat.S_ISREG(info.st_mode):
        try:
            with open(target, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        return
    if info is not None:
        clean_strays(target)
    fd, temporary = _temporary(path, target, OUTPUT_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as handle:
            _lock(handle.fileno())
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if info is not None:
                _keep_owner(handle.fileno(), info)
        if info is not None:
            os.chmod(temporary, stat.S_IMODE(info.st_mode))
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None

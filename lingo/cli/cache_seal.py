"""Sealed cache entries: a planted or committed cache can make lingo slower, never wrong.

Every entry and replayable run lingo writes into its result cache is sealed
with a keyed checksum (HMAC-SHA256) over the entry's kind, its name (its cache
key) and its bytes. The key is 32 random bytes kept outside the cache folder,
in the user's own cache directory (`$LINGO_KEY_FILE`, else
`$XDG_CACHE_HOME/lingo/key`, else `~/.cache/lingo/key`), created private
(0600, in a 0700 folder). A repository can commit a `.lingo_cache` full of
entries, but it cannot seal them: lingo reads an entry only when

1. it is a regular file no larger than the kind allows (checked from its size,
   before it is read, so a tiny entry cannot make Python allocate gigabytes),
2. it starts with lingo's header and its checksum matches, for this kind and
   this name (so a genuine entry moved under another name is refused too),

and only then decodes it. Anything else, and any error decoding it, is a
miss: the file is linted again. Nothing in the cache is ever an answer
lingo did not write itself.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import stat
from pathlib import Path

HEADER = b"lingo-sealed 1\n"
_MAC_SIZE = 32
KEY_BYTES = 32


def key_path() -> Path:
    """Where the user's key lives: outside any cache folder a repository could hold."""
    explicit = os.environ.get("LINGO_KEY_FILE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lingo" / "key"


class KeyProblem(Exception):
    """The key cannot be made or is not safe to trust; the cache is then off."""


def _key_at(path: Path) -> bytes:
    try:
        return _read_key(path)
    except FileNotFoundError:
        pass
    _create_key(path)
    return _read_key(path)


def user_key() -> bytes:
    """The user's cache key, created on first use; KeyProblem when it cannot be trusted.

    Read again by each ResultCache (once per run): a key made unsafe is noticed.
    """
    try:
        path = key_path()
    except RuntimeError:  # no home folder to keep it in
        raise KeyProblem("there is no home folder for its key (set LINGO_KEY_FILE)") from None
    return _key_at(path)


def _read_key(path: Path) -> bytes:
    info = os.lstat(path)  # FileNotFoundError: not made yet
    if not stat.S_ISREG(info.st_mode):
        raise KeyProblem(f"its key {path} is not a regular file")
    if hasattr(os, "geteuid"):
        if info.st_uid != os.geteuid():
            raise KeyProblem(f"its key {path} belongs to another user")
        if info.st_mode & 0o077:
            raise KeyProblem(f"its key {path} can be read by others (chmod 600 it)")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            text = handle.read(2 * KEY_BYTES + 2).strip()
        key = bytes.fromhex(text.decode("ascii"))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise KeyProblem(f"its key {path} cannot be read ({exc})") from None
    if len(key) != KEY_BYTES:
        raise KeyProblem(f"its key {path} is not a lingo key")
    return key


def _create_key(path: Path) -> None:
    """Make a new private key file, atomically: concurrent runs all end up with one key."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = path.parent / f".{path.name}.{secrets.token_hex(8)}.tmp"
        fd = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600
        )
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(secrets.token_hex(KEY_BYTES) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)  # fails if another run made the key first: theirs is used
        except FileExistsError:
            pass
        finally:
            temporary.unlink(missing_ok=True)
    except OSError as exc:
        raise KeyProblem(f"its key {path} cannot be created ({exc.strerror or exc})") from None


def _mac(key: bytes, kind: str, name: str, payload: bytes) -> bytes:
    message = hmac.new(key, digestmod=hashlib.sha256)
    message.update(f"{kind}\0{name}\0".encode())
    message.update(payload)
    return message.digest()


def seal(key: bytes, kind: str, name: str, payload: bytes) -> bytes:
    """The bytes to store: lingo's header, the checksum, then the payload."""
    return HEADER + _mac(key, kind, name, payload) + payload


def open_sealed(key: bytes, kind: str, name: str, file: Path, max_bytes: int) -> bytes | None:
    """The payload of a sealed file, or None when it is missing, too large, or not lingo's.

    The size is checked before anything is read; the checksum before the
    payload is handed on to be decoded.
    """
    try:
        fd = os.open(
            file, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        )
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return None
            if not len(HEADER) + _MAC_SIZE <= info.st_size <= max_bytes:
                return None
            data = handle.read(max_bytes + 1)
        except OSError:
            return None
    if len(data) > max_bytes or not data.startswith(HEADER):
        return None
    mac = data[len(HEADER) : len(HEADER) + _MAC_SIZE]
    payload = data[len(HEADER) + _MAC_SIZE :]
    if not hmac.compare_digest(mac, _mac(key, kind, name, payload)):
        return None
    return payload

"""Tables lingo derives from its data files, kept on disk between runs.

Parsing the lexicons' YAML, listing every inflection of their words and
reading the CMU syllable dictionary cost about 0.3 s per process: a quarter of
a pre-commit run on one small file. Like Python's `__pycache__`, lingo keeps
the results, stored with `marshal` (plain data only, nothing executable),
under a name that carries a digest of everything they were made from, so a
changed source is simply a different file. They are not lint results:
`--no-cache` bypasses the result cache, not these.

The folder is `$LINGO_COMPILED_DIR`, else `$XDG_CACHE_HOME/lingo/compiled`,
else `~/.cache/lingo/compiled`. When it cannot be written, lingo builds the
tables in memory every run: slower, same answers.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from ..bounded import prune_compiled

T = TypeVar("T")


def compiled_dir() -> Path:
    explicit = os.environ.get("LINGO_COMPILED_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "lingo" / "compiled"


@lru_cache(maxsize=1)
def code_digest() -> str:
    """lingo's own source: a changed rule in a checkout must not use stale tables or reports."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent.parent  # all of lingo's code
    for file in sorted(package.rglob("*.py")):
        digest.update(file.read_bytes())
    return digest.hexdigest()


def digest_of(parts: Iterable[str | bytes]) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()


def file_key(path: str | os.PathLike[str], *extra: str) -> str | None:
    """A key for a table made from one file: its path, size and modification time.

    None when the file cannot be stat'ed (a zipped install): build every run then.
    """
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return digest_of([str(path), str(stat.st_size), str(stat.st_mtime_ns), *extra])


def _path(name: str, key: str) -> Path:
    return compiled_dir() / f"{name}-{key[:40]}.marshal"


def read(name: str, key: str) -> Any | None:
    """The table stored under `name` for this key; None when there is none or it is unreadable."""
    try:
        return marshal.loads(_path(name, key).read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def write(name: str, key: str, value: Any) -> None:
    """Store a table atomically, and remove the tables of the same name made from other sources.

    Concurrent runs each write a whole file and rename it into place, so none
    ever reads half a table. Failure to write is not an error.
    """
    path = _path(name, key)
    try:
        write_atomic(path, marshal.dumps(value))
        for stale in path.parent.glob(f"{name}-*.marshal"):
            if stale != path:
                stale.unlink(missing_ok=True)
        prune_compiled(path)  # issue 17: bounded however many lexicon paths are seen
    except (OSError, ValueError):
        return


def write_atomic(path: Path, data: bytes) -> None:
    """Write a whole file or nothing: a temporary file beside it, renamed into place.

    Concurrent lingo runs each write a whole file, so none ever reads half of
    one; a failed write leaves no temporary file. Raises OSError.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def load_or_build(name: str, key: str, build: Callable[[], T]) -> T:
    """The stored table for this key, else `build()`'s, stored for the next run."""
    found = read(name, key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    value = build()
    write(name, key, value)
    return value

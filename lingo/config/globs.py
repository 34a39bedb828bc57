"""gitignore-style globs in settings (`exclude`, `include`, `per-file`), checked when read."""

from __future__ import annotations

import functools
import os
import re
from typing import TYPE_CHECKING

from ..errors import ConfigError

if TYPE_CHECKING:
    from pathspec import PathSpec


def check_glob(glob: str, where: str) -> None:
    """Refuse a glob that cannot mean what its writer meant, naming the key."""
    if not glob.strip():
        raise ConfigError(f"{where}: an empty glob matches nothing")
    depth = 0
    escaped = False
    for ch in glob:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
    if depth:
        raise ConfigError(f"{where}: bad glob {glob!r}: '[' is never closed")
    try:
        _spec(glob)
    except (ValueError, re.error) as exc:
        reason = re.sub(r" at position \d+$", "", str(exc))
        raise ConfigError(f"{where}: bad glob {glob!r}: {reason}") from None


def glob_matches(glob: str, relative_path: str) -> bool:
    """gitignore-style matching: `*.md` anywhere, `docs/legal/**` from the config's folder."""
    return _spec(glob).match_file(relative_path)


def globs_match(globs: tuple[str, ...], relative_path: str) -> bool:
    """A list of globs read as one .gitignore: a later `!glob` takes a path back out."""
    return _spec(*globs).match_file(relative_path) if globs else False


@functools.lru_cache(maxsize=512)
def _spec(*globs: str) -> PathSpec:
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(globs)


def _same_drive(a: str, b: str) -> bool:
    return os.path.splitdrive(a)[0].lower() == os.path.splitdrive(b)[0].lower()

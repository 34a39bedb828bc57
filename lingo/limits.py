"""Limits on the shape of what lingo reads: configuration and lexicon files."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Settings and lexicons are a few levels deep; a file nested hundreds of levels
# deep made the parsers (and anything walking the result) raise RecursionError.
MAX_DEPTH = 32
TOO_DEEP = f"nested too deeply to read (lingo reads at most {MAX_DEPTH} levels)"


def check_depth(data: Any, where: str, error: type[Exception]) -> None:
    """Raise `error` naming `where` when lists and mappings in `data` nest past MAX_DEPTH."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, Mapping):
            children: Any = value.values()
        elif isinstance(value, (list, tuple)):
            children = value
        else:
            continue
        if depth >= MAX_DEPTH:
            raise error(f"{where}: {TOO_DEEP}")
        stack.extend((child, depth + 1) for child in children)

"""Checks on a lexicon file's values, shared by its schema (lingo/lexicon/schema.py) and its
citations (lingo/lexicon/citations.py): each raises a Problem naming the key and what is wrong."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..findings import Severity

ENTRY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class Problem(Exception):
    """A validation problem inside one file; turned into a LexiconError with the file name."""


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def require_str(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise Problem(f"{where}'{key}' must be a non-empty string")
    return value.strip()


def str_list(value: Any, key: str, where: str, *, allow_empty: bool = False) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise Problem(f"{where}'{key}' must be a list of non-empty strings")
    for n, item in enumerate(value, 1):
        if isinstance(item, dict):
            raise Problem(
                f"{where}'{key}' item {n} is a mapping, not a string "
                "(put text that contains ': ' in quotes)"
            )
        if not isinstance(item, str) or not item.strip():
            raise Problem(f"{where}'{key}' item {n} must be a non-empty string")
    if not value and not allow_empty:
        raise Problem(f"{where}'{key}' must not be empty")
    return tuple(v.strip() for v in value)


def severity_of(value: Any, where: str) -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError as exc:
        raise Problem(f"{where}{exc}") from None


def flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise Problem(f"{where} must be true or false")
    return value

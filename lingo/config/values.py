"""Checking each key of a configuration: one clear `ConfigError` per bad value, naming where."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from ..errors import ConfigError
from ..findings import Severity
from ..profiles import AUTO, PASSIVE_POLICIES, PROFILES
from .globs import check_glob


def _str_tuple(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _severity(value: Any, where: str) -> Severity:
    if not isinstance(value, str):
        raise ConfigError(f"{where} must be one of error, warning, info")
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(f"{where}: {exc}") from None


def _severity_map(value: Any, where: str) -> dict[str, Severity]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where} must map rule ids or categories to error, warning or info")
    return {str(k): _severity(v, f"{where}[{k!r}]") for k, v in value.items()}


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(f"{where} must be a number")
    if not 0 <= value <= 20:
        raise ConfigError(f"{where} must be a school grade between 0 and 20")
    return float(value)


def _positive_int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= 2**40:
        raise ConfigError(f"{where} must be a positive whole number (at most 2**40)")
    return value


def _seconds(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= 0:
        raise ConfigError(f"{where} must be a number of seconds (0 for no limit)")
    return float(value)


def _optional_str(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where} must be the name or path of a spaCy pipeline")
    return value.strip()


def _profile(value: Any, where: str) -> str:
    known = [AUTO, *PROFILES]
    if not isinstance(value, str) or value.strip() not in known:
        names = ", ".join(known)
        close = difflib.get_close_matches(str(value), known, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise ConfigError(f"{where} must be one of {names}{hint}")
    return value.strip()


def _passive(value: Any, where: str) -> str:
    if not isinstance(value, str) or value.strip() not in PASSIVE_POLICIES:
        raise ConfigError(f"{where} must be one of {', '.join(PASSIVE_POLICIES)}")
    return value.strip()


def _per_file(value: Any, where: str) -> tuple[tuple[str, Mapping[str, Any]], ...]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where} must map file globs to settings")
    out = []
    for glob, settings in value.items():
        if not isinstance(glob, str):
            raise ConfigError(f"{where}: {glob!r} must be a glob in quotes")
        check_glob(glob, f"{where}[{glob!r}]")
        if not isinstance(settings, Mapping):
            raise ConfigError(f"{where}[{glob!r}] must be a mapping of settings")
        for key in settings:
            if str(key).replace("_", "-") in _NOT_PER_FILE:
                raise ConfigError(
                    f"{where}[{glob!r}]: {key!r} applies to a whole run, not per file"
                )
        from .settings import Config

        Config().merged(settings, f"{where}[{glob!r}]")  # validate now, apply per file
        out.append((glob, dict(settings)))
    return tuple(out)


def _fail_on(value: Any, where: str) -> Severity | None:
    if isinstance(value, str) and value.strip().lower() == "never":
        return None
    if not isinstance(value, str):
        raise ConfigError(f"{where} must be one of error, warning, info, never")
    try:
        return Severity.parse(value)
    except ValueError:
        raise ConfigError(f"{where}: {value!r} is not error, warning, info or never") from None


def _globs(value: Any, where: str) -> tuple[str, ...]:
    globs = _str_tuple(value, where)
    for glob in globs:
        check_glob(glob, where)
    return globs


def _path(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where} must be the path of a file")
    return value.strip()


_NOT_PER_FILE = frozenset({"per-file", "exclude", "include", "extend-include", "baseline"})


PARSERS = {
    "select": _str_tuple,
    "ignore": _str_tuple,
    "enable": _str_tuple,
    "severity": _severity_map,
    "fail-on": _fail_on,
    "target-grade": _number,
    "exclude": _globs,
    "accept": _str_tuple,
    "extra-lexicons": _str_tuple,
    "per-file": _per_file,
    "model": _optional_str,
    "max-length": _positive_int,
    "time-budget": _seconds,
    "profile": _profile,
    "passive": _passive,
    "include": _globs,
    "extend-include": _globs,
    "baseline": _path,
}

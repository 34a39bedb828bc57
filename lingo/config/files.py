"""Finding and reading the configuration that applies to a file.

The nearest `lingo.yaml`, `.lingo.yaml` or `pyproject.toml` with a `[tool.lingo]`
table, from the file's folder up to the repository root; docs/configuration.md
describes every key.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..limits import TOO_DEEP, check_depth
from .settings import Config

CONFIG_FILE_NAMES = ("lingo.yaml", ".lingo.yaml", "pyproject.toml")
_REPOSITORY_MARKERS = (".git", ".hg")
_PATH_KEYS = ("extra-lexicons", "extra_lexicons", "baseline")


def find_config_file(folder: str | os.PathLike[str]) -> Path | None:
    """The configuration file for files in `folder`: the nearest one upwards.

    In each folder `lingo.yaml` comes before `.lingo.yaml`, which comes before a
    `pyproject.toml` with a `[tool.lingo]` table. The search stops at the
    repository root (a folder with `.git` or `.hg`), so a stray file above
    the repository never applies.
    """
    start = Path(folder).resolve()
    for candidate in (start, *start.parents):
        for name in CONFIG_FILE_NAMES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_lingo_table(path)):
                return path
        if any((candidate / marker).exists() for marker in _REPOSITORY_MARKERS):
            return None
    return None


def load_config_file(path: str | os.PathLike[str]) -> Config:
    """Read and validate one configuration file; paths in it are relative to its folder."""
    file = Path(path)
    data = _read_config_data(file)
    root = file.resolve().parent
    config = Config.from_mapping(_resolve_paths(data, root), str(path))
    return replace(config, source=str(path), root=str(root))


def _read_config_data(file: Path) -> Mapping[str, Any]:
    try:
        raw = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{file}: no such configuration file") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or exc
        raise ConfigError(f"{file}: cannot read ({reason})") from None
    if file.suffix == ".toml":
        table = _toml(raw, file).get("tool", {})
        if not isinstance(table, Mapping) or "lingo" not in table:
            raise ConfigError(f"{file}: no [tool.lingo] table")
        data = table["lingo"]
        if not isinstance(data, Mapping):
            raise ConfigError(f"{file}: [tool.lingo] must be a table of settings")
        check_depth(data, str(file), ConfigError)
        return data
    import yaml

    try:
        data = yaml.safe_load(raw)
    except RecursionError:
        raise ConfigError(f"{file}: {TOO_DEEP}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{file}: not valid YAML{where}: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, Mapping):
        raise ConfigError(f"{file}: the configuration must be a mapping of keys to values")
    check_depth(data, str(file), ConfigError)
    return data


def _toml(raw: str, file: Path) -> Mapping[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.9 and 3.10
        import tomli as tomllib
    try:
        return tomllib.loads(raw)
    except RecursionError:
        raise ConfigError(f"{file}: {TOO_DEEP}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from None


def _has_lingo_table(path: Path) -> bool:
    """Whether a pyproject.toml holds lingo's settings.

    One that cannot be read as TOML is lingo's problem only when it mentions
    a `[tool.lingo]` table: then it is an error naming the file, never a
    configuration silently skipped.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    try:
        tool = _toml(raw, path).get("tool", {})
    except ConfigError:
        if _MENTIONS_LINGO.search(raw):
            raise
        return False
    return isinstance(tool, Mapping) and "lingo" in tool


# `[tool.lingo]`, `[tool.lingo.per-file]`, or `lingo = {...}` under `[tool]`.
_MENTIONS_LINGO = re.compile(
    r"^\s*\[\s*tool\s*\.\s*[\"']?lingo\b|^\s*\[\s*tool\s*\]|^\s*tool\s*\.\s*lingo\b", re.M
)


def _resolve_paths(data: Mapping[str, Any], root: Path) -> dict[str, Any]:
    """Lexicon paths (and a model given as a path) made absolute against the config's folder."""
    resolved = dict(data)
    for key, value in data.items():
        if key in _PATH_KEYS:
            if isinstance(value, str):
                resolved[key] = str(root / value)
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                resolved[key] = [str(root / v) for v in value]
        elif key == "model" and isinstance(value, str) and _looks_like_path(value):
            resolved[key] = str(root / value)
        elif key in ("per-file", "per_file") and isinstance(value, Mapping):
            resolved[key] = {
                glob: _resolve_paths(settings, root) if isinstance(settings, Mapping) else settings
                for glob, settings in value.items()
            }
    return resolved


def _looks_like_path(value: str) -> bool:
    return value.startswith((".", "/", "~")) or "/" in value or os.sep in value

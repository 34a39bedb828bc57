"""lingo's settings: what to check, how strict to be, and what to accept.

`Config.from_mapping` validates a mapping (from `lingo.yaml`, `[tool.lingo]`
or a Python caller): unknown keys and wrong types give one `ConfigError`
naming the source, the key and a "did you mean" where there is one.

`find_config_file` and `load_config_file` find and read the configuration
that applies to a file (the nearest `lingo.yaml`, `.lingo.yaml` or
`pyproject.toml` with a `[tool.lingo]` table, from the file's folder up to
the repository root); docs/configuration.md describes every key.

The package: `settings` (the `Config` of one run and how it filters findings),
`values` (checking each key), `globs` (file globs), `files` (finding and reading
configuration files).
"""

from __future__ import annotations

from .files import CONFIG_FILE_NAMES, find_config_file, load_config_file
from .globs import check_glob, glob_matches, globs_match
from .settings import (
    DEFAULT_INCLUDE,
    DEFAULT_MAX_LENGTH,
    DEFAULT_TIME_BUDGET,
    LINTED_SUFFIXES,
    PASSIVE_RULE,
    QUIET_PASSIVES,
    Config,
    selects,
)

__all__ = [
    "CONFIG_FILE_NAMES",
    "DEFAULT_INCLUDE",
    "DEFAULT_MAX_LENGTH",
    "DEFAULT_TIME_BUDGET",
    "LINTED_SUFFIXES",
    "PASSIVE_RULE",
    "QUIET_PASSIVES",
    "Config",
    "check_glob",
    "find_config_file",
    "glob_matches",
    "globs_match",
    "load_config_file",
    "selects",
]

"""lingo's settings: what to check, how strict to be, and what to accept.

`Config.from_mapping` validates a mapping (from `lingo.yaml`, `[tool.lingo]`
or a Python caller): unknown keys and wrong types give one `ConfigError`
naming the source, the key and a "did you mean" where there is one.

`find_config_file` and `load_config_file` find and read the configuration
that applies to a file (the nearest `lingo.yaml`, `.lingo.yaml` or
`pyproject.toml` with a `[tool.lingo]` table, from the file's folder up to
the repository root); docs/configuration.md describes every key.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .findings import Finding, Severity
from .limits import TOO_DEEP, check_depth
from .profiles import AUTO, PASSIVE_POLICIES, PROFILE_FOR_KIND, PROFILES, get_profile

# The passive-voice rule's kinds (its entries) that the "significant" policy leaves out:
# states ("the light is on"), and routine actions whose actor the reader does not need.
PASSIVE_RULE = "passive-voice"
QUIET_PASSIVES = frozenset({"state", "routine"})

if TYPE_CHECKING:
    from pathspec import PathSpec

DEFAULT_MAX_LENGTH = 1_000_000  # spaCy's own default for nlp.max_length
# Seconds one file may take to lint before it is given up with an error (0: no limit).
# 1 MB of prose takes about 20 s on a slow CI core; nothing ordinary comes near 120.
DEFAULT_TIME_BUDGET = 120.0
# The files a folder walk reads unless `include` says otherwise.
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.mdx", "*.html", "*.htm")
# The same, as endings matched in any case (README.MD too), as lingo always has.
LINTED_SUFFIXES = tuple(glob.lstrip("*") for glob in DEFAULT_INCLUDE)


class _Containing:
    """Whether a range lies inside any of many spans: a look-up per finding, not a scan."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans up to each
        for _, end in ordered:
            self._reach.append(max(end, self._reach[-1] if self._reach else end))

    def contains(self, start: int, end: int) -> bool:
        last = bisect.bisect_right(self._starts, start) - 1  # the last span starting at or before
        return last >= 0 and self._reach[last] >= end


@dataclass(frozen=True)
class Config:
    """Settings for one run; every field has the default a new user expects."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    # Opt-in rules and entries to turn on, and rules the profile turns off to bring back.
    enable: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    fail_on: Severity | None = Severity.WARNING  # None: never fail
    target_grade: float = 8.0
    exclude: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    extra_lexicons: tuple[str, ...] = ()
    per_file: tuple[tuple[str, Mapping[str, Any]], ...] = ()
    model: str | None = None
    max_length: int = DEFAULT_MAX_LENGTH
    time_budget: float = DEFAULT_TIME_BUDGET
    # An audience profile (lingo/profiles.py) laid under the settings above; None or
    # "auto": each document's own kind decides (`for_kind`).
    profile: str | None = None
    # Which detected passives are reported: "significant" (those hiding an actor the
    # reader needs) or "all"; None follows the profile.
    passive: str | None = None
    # Which files a folder walk reads (gitignore-style globs); see DEFAULT_INCLUDE.
    include: tuple[str, ...] = ()
    extend_include: tuple[str, ...] = ()
    # A baseline file (lingo baseline): findings recorded in it are not reported.
    baseline: str | None = None
    # Where the settings came from, and the folder that globs and paths in them
    # are relative to (None for lingo's defaults and the command line).
    source: str | None = field(default=None, compare=False)
    root: str | None = field(default=None, compare=False)

    # -- which findings survive ------------------------------------------------

    @property
    def chooses_profile(self) -> bool:
        """No profile is set: each document is read with the profile of its kind."""
        return not self.profile or self.profile == AUTO

    def for_kind(self, kind: str) -> Config:
        """These settings for one document of `kind` (lingo/text/kind.py): a page or a message.

        With no profile set, the kind's profile (a page: `help-article`); a profile the
        settings name is kept, whatever the document looks like.
        """
        if not self.chooses_profile:
            return self
        return replace(self, profile=PROFILE_FOR_KIND[kind])

    def is_enabled(
        self, rule: str, category: str, entry: str | None = None, *, opt_in: bool = False
    ) -> bool:
        """Whether findings of this rule (and lexicon entry) are reported.

        An opt-in rule or entry, and one the profile turns off, is reported
        only when the settings name it in `enable` (or in `select`, or give it
        a `severity`).
        """
        names = _names(rule, category, entry)
        if self.select and not any(_matches(sel, names) for sel in self.select):
            return False
        if any(_matches(ign, names) for ign in self.ignore):
            return False
        profile = get_profile(self.profile)
        profile_off = profile.off and any(_matches(off, names) for off in profile.off)
        if opt_in and profile.on and any(_matches(on, names) for on in profile.on):
            opt_in = False  # the profile turns it on
        if opt_in or profile_off:
            return self._names_any(names)
        return True

    def _names_any(self, names: set[str]) -> bool:
        """Whether `enable`, `select` or `severity` names one of these (rule, category, entry)."""
        named = (*self.enable, *self.select, *self.severity)
        return any(_matches(name, names) for name in named)

    def severity_for(self, finding: Finding) -> Severity:
        """The severity after any `severity` override (most specific wins), then the profile's."""
        names = (finding.qualified_id, finding.rule, finding.category)
        for overrides in (self.severity, get_profile(self.profile).severity):
            for name in names:
                if name in overrides:
                    return overrides[name]
        return finding.severity

    @property
    def passive_policy(self) -> str:
        """Which passives are reported: the setting, else the profile's."""
        return self.passive or get_profile(self.profile).passive

    def reports(self, finding: Finding) -> bool:
        """Whether the passive policy keeps this finding (other rules: always)."""
        if finding.rule != PASSIVE_RULE or self.passive_policy == "all":
            return True
        return finding.entry not in QUIET_PASSIVES

    def _below_floor(self, finding: Finding, severity: Severity) -> bool:
        """The profile's quiet floor drops this finding, and the settings do not name it."""
        floor = get_profile(self.profile).floor
        for name in (finding.qualified_id, finding.rule, finding.category):
            if name in floor:
                if severity.rank >= floor[name].rank:
                    return False
                return not self._names_any(_names(finding.rule, finding.category, finding.entry))
        return False

    def is_accepted(self, finding: Finding) -> bool:
        """Terms the team decided are fine: the flagged words, an entry id or `rule:entry`."""
        if not self.accept:
            return False
        accepted = {a.lower() for a in self.accept}
        names = {finding.text.lower(), (finding.entry or "").lower(), finding.qualified_id.lower()}
        return not accepted.isdisjoint(names)

    def accepted_spans(self, text: str) -> list[tuple[int, int]]:
        """Where accepted terms stand in a text ("Acme Cloud"), as whole words, any case."""
        spans: list[tuple[int, int]] = []
        for term in self.accept:
            if ":" in term or not term.strip():
                continue
            pattern = r"(?<!\w)" + re.escape(term.strip()) + r"(?!\w)"
            spans.extend(m.span() for m in re.finditer(pattern, text, flags=re.IGNORECASE))
        return spans

    def apply(
        self,
        findings: list[Finding],
        text: str | None = None,
        opt_in: frozenset[str] = frozenset(),
    ) -> list[Finding]:
        """Drop disabled and accepted findings, apply severity overrides.

        With the text, a finding inside an accepted term ("Cloud" in "Acme
        Cloud") is dropped too. `opt_in` names the opt-in rules and
        `rule:entry`s, reported only when `enable` names them.
        """
        inside = _Containing(self.accepted_spans(text) if text is not None else [])
        kept = []
        for finding in findings:
            off = finding.qualified_id in opt_in or finding.rule in opt_in
            if not self.is_enabled(finding.rule, finding.category, finding.entry, opt_in=off):
                continue
            if not self.reports(finding):
                continue
            if self.is_accepted(finding):
                continue
            if inside.contains(finding.start, finding.end):
                continue
            severity = self.severity_for(finding)
            if self._below_floor(finding, severity):
                continue
            if severity is not finding.severity:
                finding = replace(finding, severity=severity)
            kept.append(finding)
        return kept

    # -- files -------------------------------------------------------------------

    def for_file(self, path: str | None) -> Config:
        """These settings with every `per-file` entry whose glob matches `path` laid over them.

        Entries apply in the order they are written, so a later one wins.
        """
        if not self.per_file or path is None:
            return self
        relative = self.relative_path(path)
        config = self
        for glob, settings in self.per_file:
            if glob_matches(glob, relative):
                where = f"{self.source or 'configuration'}: per-file {glob!r}"
                config = config.merged(settings, where)
        return config

    def includes(self, path: str) -> bool:
        """Whether a folder walk reads this file: `include` (or the default) or `extend-include`.

        The default endings match in any case; globs are matched as written.
        """
        if not self.include and path.lower().endswith(LINTED_SUFFIXES):
            return True
        globs = self.include + self.extend_include
        return bool(globs) and globs_match(globs, self.relative_path(path))

    def excludes(self, path: str, *, folder: bool = False) -> bool:
        """Whether an `exclude` glob matches this file (or folder)."""
        if not self.exclude:
            return False
        return globs_match(self.exclude, self.relative_path(path) + ("/" if folder else ""))

    def relative_path(self, path: str) -> str:
        """`path` as the globs see it: relative to the configuration's folder, with `/`."""
        base = self.root or os.getcwd()
        absolute = os.path.abspath(path)
        relative = os.path.relpath(absolute, base) if _same_drive(absolute, base) else absolute
        if relative in (os.curdir, os.pardir) or relative.startswith(os.pardir + os.sep):
            relative = os.path.relpath(absolute) if _same_drive(absolute, os.getcwd()) else absolute
        return relative.replace(os.sep, "/")

    # -- building ----------------------------------------------------------------

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source: str = "configuration") -> Config:
        """Validate a user's mapping (keys in kebab or snake case)."""
        return cls().merged(data, source)

    def merged(self, data: Mapping[str, Any], source: str = "configuration") -> Config:
        """This config with the keys of `data` laid over it."""
        if not isinstance(data, Mapping):
            raise ConfigError(f"{source}: the configuration must be a mapping of keys to values")
        changes: dict[str, Any] = {}
        for raw_key, value in data.items():
            key = str(raw_key).replace("_", "-")
            parser = _PARSERS.get(key)
            if parser is None:
                close = difflib.get_close_matches(key, list(_PARSERS), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise ConfigError(f"{source}: unknown key {raw_key!r}{hint}")
            changes[key.replace("-", "_")] = parser(value, f"{source}: {raw_key!r}")
        # Nothing laid over: the same object, so every file of a folder shares one Config.
        return replace(self, **changes) if changes else self


def selects(selector: str, finding: Finding) -> bool:
    """Whether a selector (rule id, category, `rule:entry`, or id prefix) names this finding.

    The same matching serves `select`/`ignore` and suppression comments.
    """
    return _matches(selector, _names(finding.rule, finding.category, finding.entry))


def _names(rule: str, category: str, entry: str | None) -> set[str]:
    names = {rule, category}
    if entry:
        names.add(f"{rule}:{entry}")
    return names


def _matches(selector: str, names: set[str]) -> bool:
    if selector in names:
        return True
    return any(name.startswith(selector + "/") for name in names)


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


_PARSERS = {
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


# -- globs ---------------------------------------------------------------------------


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


# -- configuration files ---------------------------------------------------------------

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

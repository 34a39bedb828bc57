"""lingo's settings: what to check, how strict to be, and what to accept.

`Config.from_mapping` validates a mapping (from `lingo.yaml`, `[tool.lingo]`
or a Python caller): unknown keys and wrong types give one `ConfigError`
naming the source, the key and a "did you mean" where there is one.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from .errors import ConfigError
from .findings import Finding, Severity

DEFAULT_MAX_LENGTH = 1_000_000  # spaCy's own default for nlp.max_length


@dataclass(frozen=True)
class Config:
    """Settings for one run; every field has the default a new user expects."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING
    target_grade: float = 8.0
    exclude: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    extra_lexicons: tuple[str, ...] = ()
    per_file: tuple[tuple[str, Mapping[str, Any]], ...] = ()
    model: str | None = None
    max_length: int = DEFAULT_MAX_LENGTH

    # -- which findings survive ------------------------------------------------

    def is_enabled(self, rule: str, category: str, entry: str | None = None) -> bool:
        """Whether findings of this rule (and lexicon entry) are reported."""
        names = _names(rule, category, entry)
        if self.select and not any(_matches(sel, names) for sel in self.select):
            return False
        return not any(_matches(ign, names) for ign in self.ignore)

    def severity_for(self, finding: Finding) -> Severity:
        """The severity after any `severity` override (most specific wins)."""
        for name in (finding.qualified_id, finding.rule, finding.category):
            if name in self.severity:
                return self.severity[name]
        return finding.severity

    def is_accepted(self, finding: Finding) -> bool:
        """Terms the team decided are fine (product names, house words)."""
        if not self.accept:
            return False
        accepted = {a.lower() for a in self.accept}
        return finding.text.lower() in accepted or (finding.entry or "").lower() in accepted

    def apply(self, findings: list[Finding]) -> list[Finding]:
        """Drop disabled and accepted findings, apply severity overrides."""
        kept = []
        for finding in findings:
            if not self.is_enabled(finding.rule, finding.category, finding.entry):
                continue
            if self.is_accepted(finding):
                continue
            severity = self.severity_for(finding)
            kept.append(finding if severity is finding.severity else replace(finding, severity=severity))
        return kept

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
        return replace(self, **changes)


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
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigError(f"{where} must be a positive whole number")
    return value


def _optional_str(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{where} must be the name or path of a spaCy pipeline")
    return value.strip()


def _per_file(value: Any, where: str) -> tuple[tuple[str, Mapping[str, Any]], ...]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where} must map file globs to settings")
    out = []
    for glob, settings in value.items():
        if not isinstance(settings, Mapping):
            raise ConfigError(f"{where}[{glob!r}] must be a mapping of settings")
        Config().merged(settings, f"{where}[{glob!r}]")  # validate now, apply per file
        out.append((str(glob), dict(settings)))
    return tuple(out)


_PARSERS = {
    "select": _str_tuple,
    "ignore": _str_tuple,
    "severity": _severity_map,
    "fail-on": _severity,
    "target-grade": _number,
    "exclude": _str_tuple,
    "accept": _str_tuple,
    "extra-lexicons": _str_tuple,
    "per-file": _per_file,
    "model": _optional_str,
    "max-length": _positive_int,
}

"""lingo's settings for one run: which findings are reported, how loudly, and for which files.

`Config.from_mapping` validates a mapping (lingo/config/values.py checks each key);
`Config.apply` filters a document's findings. lingo/config/files.py finds and reads
the configuration file that applies to a path.
"""

from __future__ import annotations

import bisect
import difflib
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..errors import ConfigError
from ..findings import Finding, Severity
from ..profiles import AUTO, PROFILE_FOR_KIND, get_profile
from .globs import _same_drive, glob_matches, globs_match
from .values import PARSERS

# The passive-voice rule's kinds (its entries) that the "significant" policy leaves out:
# states ("the light is on"), and routine actions whose actor the reader does not need.
PASSIVE_RULE = "passive-voice"
QUIET_PASSIVES = frozenset({"state", "routine"})


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

    def names_rule(self, rule: str) -> bool:
        """Whether `enable`, `select` or `severity` names this rule itself (not its category).

        A rule the profile turns on that the team does not name runs at its quietest
        (say-no/tone's confident tier: docs/rules/say-no/tone.md).
        """
        return any(name == rule or name.startswith(rule + ":") for name in self._named())

    def _names_any(self, names: set[str]) -> bool:
        """Whether `enable`, `select` or `severity` names one of these (rule, category, entry)."""
        return any(_matches(name, names) for name in self._named())

    def _named(self) -> tuple[str, ...]:
        """Every rule, category or entry the settings name in `enable`, `select` or `severity`."""
        return (*self.enable, *self.select, *self.severity)

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
            parser = PARSERS.get(key)
            if parser is None:
                close = difflib.get_close_matches(key, list(PARSERS), n=1)
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

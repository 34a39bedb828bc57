"""Which files to lint, and with which settings: between the command line and the Linter.

Settings for a file come, last one winning, from lingo's defaults, the
configuration file that applies to it (`--config`, or the nearest one found
from its folder upwards, or none with `--isolated`), the `per-file` entries
of that file whose glob matches, and the command-line options.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..config import (
    DEFAULT_INCLUDE,
    Config,
    check_glob,
    find_config_file,
    globs_match,
    load_config_file,
)
from ..engine.linters import Linters as Linters  # the command's Linters live in the engine
from ..errors import ConfigError
from ..text.sources import STDIN, walk


@dataclass(frozen=True)
class Target:
    """One text to lint: where to read it, what to call it, how to lint it."""

    path: str  # a file, or "-" for standard input
    name: str  # the name reports use
    config: Config
    syntax: str | None = None  # None: from the name's extension


class Settings:
    """Finds the settings for each file, and what the configuration excludes."""

    def __init__(
        self,
        overrides: Mapping[str, Any] | None = None,
        *,
        config_file: str | None = None,
        isolated: bool = False,
        exclude: Sequence[str] = (),
    ) -> None:
        self.overrides = dict(overrides or {})
        Config().merged(self.overrides, "command line")  # fail early on a bad option
        for glob in exclude:
            check_glob(glob, "--exclude")
        self.exclude = tuple(exclude)
        self._fixed: Config | None = None
        if config_file is not None:
            self._fixed = load_config_file(config_file)
        elif isolated:
            self._fixed = Config()
        self._by_folder: dict[str, Config | ConfigError] = {}
        self._by_file: dict[str, Config | ConfigError] = {}

    def base_for(self, path: str | None) -> Config:
        """The configuration file's settings for `path` (stdin: the working folder)."""
        if self._fixed is not None:
            return self._fixed
        folder = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
        found = self._by_folder.get(folder)
        if found is None:
            try:
                file = find_config_file(folder)
                found = self._load(str(file)) if file is not None else Config()
            except ConfigError as exc:  # a broken pyproject.toml with a [tool.lingo] table
                found = exc
            self._by_folder[folder] = found
        if isinstance(found, ConfigError):
            raise found
        return found

    def _load(self, file: str) -> Config | ConfigError:
        if file not in self._by_file:
            try:
                self._by_file[file] = load_config_file(file)
            except ConfigError as exc:
                self._by_file[file] = exc
        return self._by_file[file]

    def config_for(self, path: str | None) -> Config:
        """Every layer of settings for one file."""
        base = self.base_for(path)
        return base.for_file(path).merged(self.overrides, "command line")

    def included(self, path: str) -> bool:
        """Whether a folder walk reads this file (`include` and `extend-include`)."""
        try:
            return self.base_for(path).includes(path)
        except ConfigError:
            return Config().includes(path)  # the error is reported when the file is linted

    def excluded(self, path: str, folder: bool = False) -> bool:
        """Whether `exclude` (the configuration's or `--exclude`) leaves this path out."""
        try:
            # a folder is judged by the settings of the folder that holds it
            if self.base_for(path).excludes(path, folder=folder):
                return True
        except ConfigError:
            return False  # the error is reported when the file is linted
        if not self.exclude:
            return False
        relative = Config().relative_path(path) + ("/" if folder else "")
        return globs_match(self.exclude, relative)


@dataclass
class Plan:
    """The targets to lint and the problems found while finding them (one line each)."""

    targets: list[Target] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # files skipped while walking folders
    # Files found in the folders walked that lingo does not read, by extension.
    unread: dict[str, int] = field(default_factory=dict)
    # Files found to lint but left out by `exclude`.
    excluded: int = 0


# Markup lingo cannot read yet: a file of this kind is skipped with a notice
# rather than read as plain text (its directives would be linted as prose).
UNSUPPORTED_MARKUP = {
    ".rst": "reStructuredText",
    ".rest": "reStructuredText",
    ".adoc": "AsciiDoc",
    ".asciidoc": "AsciiDoc",
    ".tex": "LaTeX",
}


def display_path(path: str) -> str:
    """A path as people and GitHub read it: `docs/x.md`, not `./docs/x.md`."""
    separators = "/" + os.sep
    while len(path) > 2 and path[0] == "." and path[1] in separators:
        path = path[2:].lstrip(separators)
    return path


def plan(
    paths: Sequence[str],
    settings: Settings,
    *,
    force_exclude: bool = False,
    stdin_filename: str | None = None,
    syntax: str | None = None,
    follow_symlinks: bool = False,
) -> Plan:
    """Expand folders (skipping what `exclude` names) and find each file's settings.

    Files named on the command line are linted even when excluded, unless
    `force_exclude` (for pre-commit and editors, which pass every file).
    A configuration error is reported once and its files are skipped.
    Walking a folder stays inside it (see `sources.walk`); what it skips is in
    `notices`. Files in a markup lingo cannot read (UNSUPPORTED_MARKUP) are
    skipped with one notice per kind, unless `syntax` says how to read them.
    """
    result = Plan()
    reported: set[str] = set()
    unsupported: dict[str, list[str]] = {}

    def unread(path: str) -> None:
        extension = os.path.splitext(path)[1].lower() or os.path.basename(path)
        result.unread[extension] = result.unread.get(extension, 0) + 1

    def excluded(path: str, folder: bool = False) -> bool:
        out = settings.excluded(path, folder)
        result.excluded += out
        return out

    for path in walk(
        paths,
        excluded,
        on_skip=result.notices.append,
        follow_symlinks=follow_symlinks,
        included=settings.included,
        on_unread=unread,
    ):
        name = stdin_filename if path == STDIN and stdin_filename else path
        where = None if path == STDIN and not stdin_filename else name
        if force_exclude and where is not None and settings.excluded(where):
            result.excluded += 1
            continue
        kind = UNSUPPORTED_MARKUP.get(os.path.splitext(name)[1].lower())
        if kind is not None and syntax is None:
            unsupported.setdefault(kind, []).append(display_path(name))
            continue
        try:
            config = settings.config_for(where)
        except ConfigError as exc:
            if str(exc) not in reported:
                reported.add(str(exc))
                result.errors.append(str(exc))
            continue
        display = "<stdin>" if path == STDIN and not stdin_filename else display_path(name)
        result.targets.append(Target(path, display, config, syntax))
    for kind, names in unsupported.items():
        files = names[0] if len(names) == 1 else f"{len(names)} files ({names[0]}, ...)"
        result.notices.append(
            f"{files}: skipped: lingo cannot read {kind} yet "
            "(pass --syntax plain to read it as plain text)"
        )
    return result


def nothing_to_lint(paths: Sequence[str], found: Plan) -> str | None:
    """The error for a run that found no file to lint in its folders, or None.

    A folder of `.rst` or `.adoc` pages would otherwise give a green "All
    clear" on text lingo never read. Files that `exclude` left out do not
    count: excluding everything is a choice, not a mistake.
    """
    if found.targets or found.errors or found.excluded:
        return None
    if not any(os.path.isdir(p) for p in paths if p != STDIN):
        return None
    where = ", ".join(display_path(p) for p in paths)
    reads = " ".join(g.lstrip("*") for g in DEFAULT_INCLUDE)
    seen = sorted(found.unread.items(), key=lambda item: (-item[1], item[0]))[:4]
    others = " (found " + ", ".join(f"{n:,} {ext}" for ext, n in seen) + " files)" if seen else ""
    return (
        f"{where}: no files to lint{others}. lingo reads {reads} by default; "
        "add other kinds with `extend-include` in lingo.yaml "
        '(for example extend-include: ["*.txt.j2"], read as plain text)'
    )

"""Which settings apply to an open document, and which Linter checks it.

The same discovery as the command line: the nearest `lingo.yaml`,
`.lingo.yaml` or `pyproject.toml` with `[tool.lingo]` from the file's folder
upwards (to the repository root), its `per-file` entries for the file, then
what the editor set in the initialization options (`model`, `profile`), the
way command-line options are laid over a configuration file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..config import (
    CONFIG_FILE_NAMES,
    LINTED_SUFFIXES,
    Config,
    find_config_file,
    load_config_file,
)
from ..errors import ConfigError
from ..text.markup import SYNTAXES, syntax_for

DEFAULT_DEBOUNCE_MS = 200
# Language ids editors send, by the markup lingo reads them as.
DEFAULT_LANGUAGES: Mapping[str, str] = {
    "markdown": "markdown",
    "mdx": "mdx",
    "html": "html",
    "plaintext": "plain",
    "text": "plain",
    "plain text": "plain",
}
_OPTION_NAMES = ("model", "profile", "languages", "debounce")


@dataclass(frozen=True)
class ServerOptions:
    """What the editor set in `initializationOptions` (docs/editors.md)."""

    model: str | None = None
    profile: str | None = None
    languages: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_LANGUAGES))
    debounce_ms: int = DEFAULT_DEBOUNCE_MS
    notices: tuple[str, ...] = ()  # options lingo ignored, one line each

    @classmethod
    def from_json(cls, data: Any) -> ServerOptions:
        """Validate the options; a wrong value is a ConfigError naming it."""
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise ConfigError("initializationOptions must be an object of lingo settings")
        notices = [
            f"initializationOptions: unknown option {key!r} ignored (lingo reads "
            f"{', '.join(_OPTION_NAMES)})"
            for key in data
            if key not in _OPTION_NAMES
        ]
        model, profile = data.get("model"), data.get("profile")
        if profile is not None and not _config_has("profile"):
            notices.append(
                "initializationOptions: 'profile' is not supported by this version of lingo; "
                "ignored"
            )
            profile = None
        # The configuration's own checks, so a bad value reads as it would in lingo.yaml.
        settings = {
            key: value
            for key, value in (("model", model), ("profile", profile))
            if value is not None
        }
        Config().merged(settings, "initializationOptions")
        languages = dict(DEFAULT_LANGUAGES)
        extra = data.get("languages") or {}
        if not isinstance(extra, Mapping):
            raise ConfigError(
                "initializationOptions: 'languages' must map language ids to syntaxes"
            )
        for language, syntax in extra.items():
            if syntax not in SYNTAXES:
                raise ConfigError(
                    f"initializationOptions: languages[{language!r}] must be one of "
                    f"{', '.join(SYNTAXES)}"
                )
            languages[str(language).lower()] = syntax
        debounce = data.get("debounce", DEFAULT_DEBOUNCE_MS)
        if isinstance(debounce, bool) or not isinstance(debounce, int) or not 0 <= debounce <= 5000:
            raise ConfigError("initializationOptions: 'debounce' must be milliseconds, 0 to 5000")
        return cls(model, profile, languages, debounce, tuple(notices))

    def overrides(self) -> dict[str, Any]:
        """The settings laid over every configuration file, as configuration keys."""
        data: dict[str, Any] = {}
        if self.model:
            data["model"] = self.model
        if self.profile:
            data["profile"] = self.profile
        return data

    def syntax_of(self, language_id: str | None, path: str | None) -> str | None:
        """The markup a document is read as; None for documents lingo does not check."""
        if language_id:
            syntax = self.languages.get(language_id.lower())
            if syntax is not None:
                return syntax
        if path and os.path.splitext(path)[1].lower() in LINTED_SUFFIXES:
            return syntax_for(path)
        return None


def _config_has(name: str) -> bool:
    return any(f.name == name for f in fields(Config))


class Configurations:
    """The configuration of each document's folder, read once until a file changes."""

    def __init__(self, options: ServerOptions, root: str | None) -> None:
        self.options = options
        self.root = root
        self._by_folder: dict[str, Path | None] = {}
        self._by_file: dict[Path, Config | ConfigError] = {}
        self._stamps: dict[str, float | None] = {}  # settings files read, and when they changed

    def config_file(self, path: str | None) -> Path | None:
        """The configuration file that applies to a document (None: lingo's defaults)."""
        folder = os.path.dirname(os.path.abspath(path)) if path else (self.root or os.getcwd())
        if folder not in self._by_folder:
            self._by_folder[folder] = find_config_file(folder)
        return self._by_folder[folder]

    def config_for(self, path: str | None) -> Config:
        """Every layer of settings for a document; a ConfigError when its file is wrong."""
        file = self.config_file(path)
        base = Config()
        if file is not None:
            if file not in self._by_file:
                try:
                    self._by_file[file] = loaded = load_config_file(file)
                except ConfigError as exc:
                    self._by_file[file] = exc
                else:
                    for lexicon in loaded.extra_lexicons:
                        self._stamp(lexicon)
                self._stamp(str(file))
            found = self._by_file[file]
            if isinstance(found, ConfigError):
                raise found
            base = found
        return base.for_file(path).merged(self.options.overrides(), "initializationOptions")

    def _stamp(self, path: str) -> None:
        self._stamps[path] = _changed_at(path)

    def changed_on_disk(self) -> bool:
        """Whether a settings file read (or its team lexicons) changed, or a new one applies.

        For editors that do not watch files: asked when a document is saved.
        """
        if any(_changed_at(path) != stamp for path, stamp in self._stamps.items()):
            return True
        return any(find_config_file(folder) != file for folder, file in self._by_folder.items())

    def watched(self, path: str) -> bool:
        """Whether a change to this file changes some document's settings."""
        name = os.path.basename(path)
        if name in CONFIG_FILE_NAMES:
            return True
        absolute = os.path.abspath(path)
        for config in self._by_file.values():
            if isinstance(config, Config):
                for lexicon in config.extra_lexicons:
                    lexicon = os.path.abspath(lexicon)
                    if absolute == lexicon or absolute.startswith(lexicon.rstrip(os.sep) + os.sep):
                        return True
        return False


def _changed_at(path: str) -> float | None:
    """When a file, or the newest YAML file in a folder, last changed (None: missing)."""
    try:
        if os.path.isdir(path):
            times = [p.stat().st_mtime for p in Path(path).rglob("*.y*ml")]
            return max(times, default=os.stat(path).st_mtime)
        return os.stat(path).st_mtime
    except OSError:
        return None

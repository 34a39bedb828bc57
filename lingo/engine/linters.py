"""One Linter per pipeline, built once: for the command line and the language server.

Files whose model or team lexicons differ need their own pipeline; every
other setting is applied per text by the one Linter.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..config import Config
from ..errors import LingoError
from .collector import fewer_collections

if TYPE_CHECKING:
    from .linter import Linter


class Linters:
    """One Linter per pipeline: files whose model or extra lexicons differ need their own."""

    def __init__(self) -> None:
        self._linters: dict[tuple[str | None, tuple[str, ...]], Linter | LingoError] = {}

    @staticmethod
    def key(config: Config) -> tuple[str | None, tuple[str, ...]]:
        return config.model, config.extra_lexicons

    def for_config(self, config: Config) -> Linter:
        """The Linter for these settings (built once); a LingoError if it cannot be built."""
        key = self.key(config)
        if key not in self._linters:
            with fewer_collections():  # importing spaCy and loading its pipeline included
                from .linter import Linter

                try:
                    self._linters[key] = Linter(
                        config=Config(model=config.model, extra_lexicons=config.extra_lexicons)
                    )
                except LingoError as exc:
                    self._linters[key] = exc
        linter = self._linters[key]
        if isinstance(linter, LingoError):
            raise linter
        return linter

    def __iter__(self) -> Iterator[Linter]:
        return (linter for linter in self._linters.values() if not isinstance(linter, LingoError))

    def forget_team_lexicons(self) -> None:
        """Drop the Linters built with team lexicons, and failures (tried again when needed).

        For a long-running caller whose team lexicon files changed on disk.
        """
        self._linters = {
            key: value
            for key, value in self._linters.items()
            if not key[1] and not isinstance(value, LingoError)
        }

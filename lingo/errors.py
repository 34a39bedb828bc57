"""The one exception family for everything a user can cause.

The CLI turns any `LingoError` into one line on stderr and exit code 2; anything
else escaping is a bug.
"""

from __future__ import annotations


class LingoError(Exception):
    """A problem the user can fix: bad input, bad configuration, bad lexicon."""

    exit_code = 2


class InputError(LingoError):
    """A file (or stdin) that cannot be linted: missing, binary, not UTF-8, empty, too long."""


class TimeBudgetExceeded(InputError):
    """A text that took longer to lint than the `time-budget` setting allows.

    `index` is its place among the texts of the `Linter.check_many` call that
    gave up on it, so a caller can go on with the texts after it.
    """

    def __init__(self, message: str, index: int = 0) -> None:
        super().__init__(message)
        self.index = index


class LexiconError(LingoError):
    """A lexicon file that does not follow the schema in docs/lexicon-format.md."""


class ConfigError(LingoError):
    """A configuration value lingo does not understand."""


class ModelError(LingoError):
    """The spaCy pipeline asked for is not installed or cannot be loaded."""

"""lingo: a plain-language linter for customer-facing text.

    >>> import lingo
    >>> report = lingo.check("Per our policy, your refund was denied by our team.")
    >>> [f.rule for f in report.findings]
    ['say-no/policy-speak', 'passive-voice']

`Linter` builds the spaCy pipeline once; reuse it for many texts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import Config
from .errors import ConfigError, InputError, LexiconError, LingoError, ModelError
from .findings import Edit, Finding, Readability, Report, Severity, Suggestion

__version__ = "0.1.0"

__all__ = [
    "Config",
    "ConfigError",
    "Edit",
    "Finding",
    "InputError",
    "LexiconError",
    "Linter",
    "LingoError",
    "ModelError",
    "Readability",
    "Report",
    "Severity",
    "Suggestion",
    "check",
    "__version__",
]

if TYPE_CHECKING:
    from .engine.linter import Linter, check


def __getattr__(name: str) -> Any:
    # spaCy takes a second to import: load it only when linting is asked for,
    # so `lingo --help` and `lingo rules` start instantly.
    if name in ("Linter", "check"):
        from .engine import linter

        return getattr(linter, name)
    raise AttributeError(f"module 'lingo' has no attribute {name!r}")

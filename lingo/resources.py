"""Where lingo's data lives: inside the installed wheel, or in the checkout.

The wheel maps the top-level `lexicons/` and `docs/rules/` into the package
(see pyproject.toml); an editable install or a plain checkout reads them from the
repository root instead.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[0]


@lru_cache(maxsize=1)
def lexicon_dir() -> Path:
    """The folder of lingo's built-in lexicons."""
    return _first_existing(_PACKAGE / "lexicons", _CHECKOUT / "lexicons")


@lru_cache(maxsize=1)
def rule_docs_dir() -> Path:
    """The folder of rule documentation pages (`<rule id>.md`)."""
    return _first_existing(_PACKAGE / "rule_docs", _CHECKOUT / "docs" / "rules")

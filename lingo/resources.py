"""Where lingo's data lives: inside the installed wheel, or in the checkout.

The wheel maps the top-level `lexicons/`, `docs/rules/` and `docs/categories/` into the package
(see pyproject.toml); an editable install or a plain checkout reads them from the
repository root instead.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

# Where the documentation is published: the project's repository on GitHub.
# Rule pages are DOCS_URL + "rules/<rule id>.md" (SARIF helpUri, JSON url).
REPOSITORY_URL = "https://github.com/lingo-lint/lingo"
DOCS_URL = f"{REPOSITORY_URL}/blob/main/docs/"

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


@lru_cache(maxsize=1)
def category_docs_dir() -> Path:
    """The folder of category pages (`<category>.md`)."""
    return _first_existing(_PACKAGE / "category_docs", _CHECKOUT / "docs" / "categories")


def tone_model_dir() -> Path:
    """The say-no tone classifier's weights (lingo/models/say-no-tone, inside the package)."""
    return _PACKAGE / "models" / "say-no-tone"


@cache
def tone_weights_digest() -> str:
    """A digest of the tone model's files (names and bytes): the result cache keys on it."""
    import hashlib

    folder = tone_model_dir()
    digest = hashlib.sha256()
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(file.relative_to(folder).as_posix().encode())
        digest.update(b"\0")
        digest.update(file.read_bytes())
    return digest.hexdigest()


@cache
def rule_url(rule_id: str) -> str | None:
    """The web address of a rule's documentation page; None for a rule without one (a team's)."""
    if not (rule_docs_dir() / f"{rule_id}.md").is_file():
        return None
    return f"{DOCS_URL}rules/{rule_id}.md"

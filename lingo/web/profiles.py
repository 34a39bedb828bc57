"""The audiences the live editor's picker offers: lingo's own profiles (lingo/profiles.py)."""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Config
from ..profiles import AUTO
from ..profiles import PROFILES as _LINGO_PROFILES

__all__ = ["DEFAULT_PROFILE", "PROFILES", "profile_config"]

# As on the command line: with no profile chosen, lingo reads the text for what it is.
DEFAULT_PROFILE = AUTO

_LABELS = {
    "support-reply": "Support reply",
    "help-article": "Help article",
    "marketing": "Marketing",
    "legal": "Legal notice",
    "ui-copy": "Interface text",
}


@dataclass(frozen=True)
class Choice:
    """One entry of the picker: the profile's name, a label and what it is for."""

    name: str
    label: str
    description: str


PROFILES = (
    Choice(
        AUTO,
        "Reply or page (lingo decides)",
        "lingo decides from the text: a page with headings or front matter is read as a help "
        "article, anything else as a reply to one customer.",
    ),
    *(Choice(p.name, _LABELS.get(p.name, p.name), p.summary) for p in _LINGO_PROFILES.values()),
)


def profile_config(name: str) -> Config:
    """The settings for one profile; a ConfigError for a name lingo does not know (checked as
    `profile:` in lingo.yaml is)."""
    return Config.from_mapping({"profile": name}, source="the editor's request")

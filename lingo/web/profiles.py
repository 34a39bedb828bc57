"""The audiences the live editor's picker offers, and the settings each one lints with.

lingo's configuration is gaining a `profile` key (issue 11: support-reply,
help-article, marketing, legal, ui-copy). When the running lingo knows it, the
picker passes the name straight through and these settings are not used;
until then each profile is the plain `select`/`ignore`/`severity` settings
below, laid over lingo's defaults through the same `Config` as `lingo.yaml`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..config import Config
from ..errors import ConfigError


@dataclass(frozen=True)
class Profile:
    name: str
    label: str
    description: str
    settings: Mapping[str, Any] = field(default_factory=dict)


PROFILES = (
    Profile(
        "support-reply",
        "Support reply",
        "An email or chat reply to one customer: every rule on, say-no phrasing as errors.",
        {"severity": {"say-no": "error"}},
    ),
    Profile(
        "help-article",
        "Help article",
        "A help-centre page: product terms and passive voice are quieter.",
        {"ignore": ["jargon/tech-term"], "severity": {"passive-voice": "info"}},
    ),
    Profile(
        "marketing",
        "Marketing",
        "A web page or campaign: buzzwords and hard sentences matter most.",
        {"severity": {"jargon/buzzword": "error", "readability": "warning"}},
    ),
    Profile(
        "legal",
        "Legal notice",
        "Terms and notices: legal terms of art are allowed; the rest stays plain.",
        {"ignore": ["jargon/legalese"]},
    ),
    Profile(
        "ui-copy",
        "Interface text",
        "Buttons, labels and messages: short sentences, no blame, no jargon.",
        {"ignore": ["readability"], "severity": {"say-no/blame": "error"}},
    ),
)
DEFAULT_PROFILE = "support-reply"
_BY_NAME = {p.name: p for p in PROFILES}


def profile_config(name: str) -> Config:
    """The settings for one profile; a ConfigError for a name the picker does not offer."""
    profile = _BY_NAME.get(name)
    if profile is None:
        raise ConfigError(f"unknown profile {name!r} (use one of: {', '.join(_BY_NAME)})")
    try:  # lingo's own profiles, once the configuration has them
        return Config.from_mapping({"profile": name}, f"profile {name}")
    except ConfigError:
        return Config.from_mapping(profile.settings, f"profile {name}")

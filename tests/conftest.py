"""Shared fixtures: one Linter (and so one spaCy pipeline) for the whole run."""

from __future__ import annotations

import pytest

# One Chromium for every browser test (tests/browser.py): one fixture definition, so one
# Playwright session, however many modules use it.
from browser import browser  # noqa: E402, F401

from lingo import Config, Linter


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dirs(tmp_path_factory: pytest.TempPathFactory):
    """Keep the result cache and the compiled tables out of the repository and the home folder."""
    import os

    folders = {
        "LINGO_CACHE_DIR": tmp_path_factory.mktemp("lingo-cache"),
        "LINGO_COMPILED_DIR": tmp_path_factory.mktemp("lingo-compiled"),
    }
    old = {name: os.environ.get(name) for name in folders}
    os.environ.update({name: str(folder) for name, folder in folders.items()})
    yield folders["LINGO_CACHE_DIR"]
    for name, value in old.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session")
def linter() -> Linter:
    return Linter()


def everything() -> Config:
    """Every opt-in rule and entry turned on and every detected passive reported.

    For tests of what lingo *can* find (its detectors, rewrites and lexicon
    examples), apart from what its default settings report.
    """
    from lingo.lexicon.lexicons import builtin_lexicons
    from lingo.lexicon.rules import CODE_RULES

    enable = [f"{r.id}:{e.id}" for r in builtin_lexicons() for e in r.entries if e.opt_in]
    enable += [r.id for r in CODE_RULES if r.opt_in]
    return Config(passive="all", enable=tuple(enable))


@pytest.fixture(scope="session")
def every_rule() -> Linter:
    """A Linter that reports everything lingo detects (see `everything`)."""
    return Linter(config=everything())


@pytest.fixture(scope="session")
def nlp(linter: Linter):
    return linter.nlp


def rules_of(report) -> list[str]:
    return [f.rule for f in report.findings]


SIGNUP_ENTRY = """  - id: signup
    phrases: [sign-up]
    message: "We write 'sign up' as a verb."
    suggestions: [sign up]
    fix: safe
    examples: {bad: ["Sign-up takes a minute."], good: ["Signing up takes a minute."]}
"""


@pytest.fixture
def team_lexicon(tmp_path):
    """Writes a team lexicon `house.yaml` (rule team/house-words) with the given entries."""

    def write(entries: str = SIGNUP_ENTRY):
        path = tmp_path / "house.yaml"
        path.write_text(
            "rule: team/house-words\ncategory: jargon\nseverity: warning\n"
            "why: Our readers prefer short words.\nsources: [our style guide]\n"
            "entries:\n" + entries,
            encoding="utf-8",
        )
        return path

    return write

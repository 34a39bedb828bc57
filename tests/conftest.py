"""Shared fixtures: one Linter (and so one spaCy pipeline) for the whole run."""

from __future__ import annotations

import pytest

# One Chromium for every browser test (tests/browser.py): one fixture definition, so one
# Playwright session, however many modules use it.
from browser import browser  # noqa: E402, F401

from lingo import Config, Linter


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dirs(tmp_path_factory: pytest.TempPathFactory):
    """Keep the result cache, its key and the compiled tables out of the repository and home."""
    import os

    folders = {
        "LINGO_CACHE_DIR": tmp_path_factory.mktemp("lingo-cache"),
        "LINGO_COMPILED_DIR": tmp_path_factory.mktemp("lingo-compiled"),
        "LINGO_KEY_FILE": tmp_path_factory.mktemp("lingo-key") / "key",
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
def replies() -> Linter:
    """A Linter that reads text as a support reply (`--profile support-reply`)."""
    return Linter(config=Config(profile="support-reply"))


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


class GitRepo:
    """A real git repository in a temporary folder, for tests of --diff-base and baselines."""

    def __init__(self, root) -> None:
        self.root = root
        self.run("init", "-q", "-b", "main")

    def run(self, *args: str) -> str:
        import os
        import subprocess

        env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
        env.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
        done = subprocess.run(
            [
                "git",
                "-c",
                "user.email=lingo@example.com",
                "-c",
                "user.name=lingo test",
                "-c",
                "commit.gpgsign=false",
                *args,
            ],
            cwd=self.root,
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        return done.stdout

    def write(self, name: str, text: str):
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def commit(self, message: str = "change") -> None:
        self.run("add", "-A")
        self.run("commit", "-q", "-m", message)


@pytest.fixture
def git_repo(tmp_path, monkeypatch):
    """A git repository (branch main) that is also the working folder."""
    import shutil

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    root = tmp_path / "content"
    root.mkdir()
    monkeypatch.chdir(root)
    return GitRepo(root)

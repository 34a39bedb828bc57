"""lingo's pre-commit hook, run by the real pre-commit framework against a throwaway repository.

pre-commit installs lingo from this checkout into an environment of its own
with pip (about a minute with a warm pip cache, for each of the two tests). The test
snapshots the working tree (tracked and new files) into a repository of its
own, so what is tested is the code as it is now, committed or not.

Deselect with `-m "not precommit"`; CI runs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lingo import __version__

pytestmark = pytest.mark.precommit

CHECKOUT = Path(__file__).resolve().parent.parent
SNAPSHOT_PARTS = (
    ".pre-commit-hooks.yaml",
    "pyproject.toml",
    "README.md",
    "lingo/",
    "lexicons/",
    "docs/",
)
SAY_NO = "Per our policy, we cannot refund gift cards.\n"
CLEAN = "Thanks for your order! It ships today.\n"


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
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
        cwd=cwd,
        capture_output=True,
        text=True,
        check=check,
        env=_env(cwd),
    )


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env["PRE_COMMIT_HOME"] = str(home.parent / "pre-commit-home")
    # Only speed: skip compiling the installed packages to bytecode.
    env.setdefault("PIP_NO_COMPILE", "1")
    env.setdefault("PIP_DISABLE_PIP_VERSION_CHECK", "1")
    return env


def pre_commit(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
        env=_env(cwd),
    )


@pytest.fixture(scope="module")
def lingo_repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """This checkout's working tree as a one-commit repository, and its release tag."""
    pytest.importorskip("pre_commit", reason="pre-commit is in the test extra")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    root = tmp_path_factory.mktemp("precommit") / "lingo"
    root.mkdir()
    listed = subprocess.run(
        [
            "git",
            "ls-files",
            "-z",
            "--cached",
            "--others",
            "--exclude-standard",
            "--",
            *SNAPSHOT_PARTS,
        ],
        cwd=CHECKOUT,
        capture_output=True,
        text=True,
        check=False,
    )
    if listed.returncode != 0:  # not a git checkout (an sdist): copy the folders as they are
        names = [
            str(p.relative_to(CHECKOUT))
            for part in SNAPSHOT_PARTS
            for p in (
                [CHECKOUT / part] if (CHECKOUT / part).is_file() else (CHECKOUT / part).rglob("*")
            )
            if p.is_file()
        ]
    else:
        names = [n for n in listed.stdout.split("\0") if n]
    for name in names:
        source = CHECKOUT / name
        if source.is_file() and "__pycache__" not in source.parts:
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "snapshot")
    # A release tag, as docs/releasing.md makes one: users pin `rev:` to it.
    tag = f"v{__version__}"
    git(root, "tag", "-a", tag, "-m", f"lingo {__version__}")
    return root, tag


@pytest.fixture
def content_repo(lingo_repo: tuple[Path, str]) -> Path:
    repo = lingo_repo[0].parent / "content"
    if repo.exists():
        shutil.rmtree(repo)
    repo.mkdir()
    git(repo, "init", "-q")
    return repo


def test_try_repo_fails_on_say_no_copy(lingo_repo: tuple[Path, str], content_repo: Path) -> None:
    # try-repo installs into a store of its own each time, so it runs once here;
    # the clean case is the installed hook's, below.
    lingo, rev = lingo_repo
    (content_repo / "reply.md").write_text(SAY_NO, encoding="utf-8")
    (content_repo / "thanks.txt").write_text(CLEAN, encoding="utf-8")
    (content_repo / "script.py").write_text("# We cannot refund gift cards.\n", encoding="utf-8")
    git(content_repo, "add", "reply.md", "thanks.txt", "script.py")

    failing = pre_commit(content_repo, "try-repo", str(lingo), "lingo", "--ref", rev)
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "lingo" in failing.stdout and "Failed" in failing.stdout
    assert "reply.md:1:1: warning say-no/policy-speak" in failing.stdout
    assert "reply.md:1:17: warning say-no/refusal" in failing.stdout
    assert "2 findings (2 warnings) in 2 files." in failing.stdout  # thanks.txt is clean
    assert failing.stdout.count("findings (") == 1  # require_serial: one run, one summary
    assert "script.py" not in failing.stdout  # not a Markdown, HTML or text file


def test_installed_hook_blocks_a_commit_with_say_no_copy(
    lingo_repo: tuple[Path, str], content_repo: Path
) -> None:
    lingo, rev = lingo_repo
    (content_repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {lingo}\n    rev: {rev}\n    hooks:\n      - id: lingo\n",
        encoding="utf-8",
    )
    (content_repo / "lingo.yaml").write_text("exclude: [drafts/]\n", encoding="utf-8")
    installed = pre_commit(content_repo, "install")
    assert installed.returncode == 0, installed.stderr

    (content_repo / "help.html").write_text(f"<p>{SAY_NO}</p>", encoding="utf-8")
    (content_repo / "drafts").mkdir()
    (content_repo / "drafts" / "idea.txt").write_text(SAY_NO, encoding="utf-8")
    git(content_repo, "add", "-A")
    blocked = git(content_repo, "commit", "-m", "Add help page", check=False)
    assert blocked.returncode != 0
    output = blocked.stdout + blocked.stderr
    assert "help.html:1:4: warning say-no/policy-speak" in output
    assert "idea.txt" not in output  # lingo.yaml excludes drafts/, even for named files
    assert git(content_repo, "rev-list", "--all").stdout == ""  # nothing was committed

    (content_repo / "help.html").write_text(f"<p>{CLEAN}</p>", encoding="utf-8")
    git(content_repo, "add", "-A")
    committed = git(content_repo, "commit", "-m", "Add help page", check=False)
    assert committed.returncode == 0, committed.stdout + committed.stderr
    assert git(content_repo, "rev-list", "--count", "HEAD").stdout.strip() == "1"


def test_changed_lines_hook_lets_an_old_page_be_edited(
    lingo_repo: tuple[Path, str], content_repo: Path
) -> None:
    """`lingo-changed` reports only the lines being committed (pre-commit stashes the rest)."""
    lingo, rev = lingo_repo
    (content_repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {lingo}\n    rev: {rev}\n    hooks:\n      - id: lingo-changed\n",
        encoding="utf-8",
    )
    old = "# Refunds\n\n" + SAY_NO + "\nGift cards arrive by email.\n"
    (content_repo / "refunds.md").write_text(old, encoding="utf-8")
    # Read as a reply: as a help page (lingo's choice for a page with a heading) its
    # refusals would not be reported at all.
    (content_repo / "lingo.yaml").write_text("profile: support-reply\n", encoding="utf-8")
    git(content_repo, "add", "-A")
    git(content_repo, "commit", "-q", "--no-verify", "-m", "An old page with findings")
    assert pre_commit(content_repo, "install").returncode == 0

    # An edit to another line of the old page: its old findings do not block the commit.
    (content_repo / "refunds.md").write_text(
        old.replace("arrive by email", "arrive by email within a minute"), encoding="utf-8"
    )
    # An unstaged edit is set aside while the hook runs, so it is not judged.
    git(content_repo, "add", "-A")
    with (content_repo / "refunds.md").open("a", encoding="utf-8") as page:
        page.write("\nObviously, you failed to read this.\n")
    committed = git(content_repo, "commit", "-m", "Say how fast", check=False)
    assert committed.returncode == 0, committed.stdout + committed.stderr

    # A new say-no line is reported, and only it.
    git(content_repo, "add", "-A")
    blocked = git(content_repo, "commit", "-m", "Add a line", check=False)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0
    assert "refunds.md:7:1: warning say-no/condescension:obviously" in output
    assert "refunds.md:3:" not in output  # the old line
    assert "on unchanged lines" in output

"""The release policy (docs/releasing.md) and honest install instructions, checked."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import lingo

ROOT = Path(__file__).resolve().parent.parent
if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


def test_the_version_has_one_home() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["dynamic"] == ["version"]
    assert "version" not in project["project"]
    assert project["tool"]["hatch"]["version"]["path"] == "lingo/__init__.py"
    assert re.fullmatch(r"\d+\.\d+\.\d+", lingo.__version__)


def test_the_python_floor_is_the_one_ci_tests() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    floor = project["project"]["requires-python"]
    assert floor == ">=3.10"
    check = (ROOT / ".ci" / "package-check").read_text(encoding="utf-8")
    assert "OLDEST=3.10" in check
    assert "bash .ci/package-check" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_a_release_tag_names_the_version_it_tags() -> None:
    try:
        tags = subprocess.run(
            ["git", "tag", "--points-at", "HEAD", "--list", "v*"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    for tag in tags:
        assert tag == f"v{lingo.__version__}", "bump lingo/__init__.py before tagging"


def test_the_docs_install_only_what_exists() -> None:
    # lingo is not on the package index: only a clone, a git URL at a tag (also as
    # "lingo-lint[web] @ git+..."), or pre-commit.
    from_index = re.compile(r"pip install\s+['\"]?lingo-lint(?:\[[\w,-]*\])?(?![\w\[-]|\s*@)")
    assert from_index.search('pip install "lingo-lint[web]"')
    assert not from_index.search('pip install "lingo-lint[web] @ git+https://x/y@v1.0.0"')
    for page in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
        text = page.read_text(encoding="utf-8")
        assert not from_index.search(text), page.name
    ci = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    assert 'pip install "git+https://github.com/lingo-lint/lingo@v' in ci
    assert "rev: v" in ci and "uses: lingo-lint/lingo@v" in ci


def test_hooks_run_once_for_all_files() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {hook["id"] for hook in hooks} == {"lingo", "lingo-changed"}
    for hook in hooks:
        assert hook["require_serial"] is True
        assert hook["entry"].startswith("lingo check --force-exclude")
    changed = next(hook for hook in hooks if hook["id"] == "lingo-changed")
    assert "--diff-base HEAD" in changed["entry"]

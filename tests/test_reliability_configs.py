"""Hostile configuration files: one line naming the file, never a hang or a traceback.

A repository decides what `lingo.yaml` holds: a FIFO or a link to a device
must not hang discovery, and absurd values must be errors, not crashes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo.cli.main import main

PAGE = "Please utilize the form.\n"


def check_in(folder: Path, *args: str):
    old = os.getcwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(
            main, ["check", "--no-cache", *args, "a.md"], catch_exceptions=False
        )
    finally:
        os.chdir(old)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text(PAGE, encoding="utf-8")
    return tmp_path


def test_a_huge_max_length_is_an_error_not_an_overflow(repo: Path) -> None:
    (repo / "lingo.yaml").write_text("max-length: 99999999999999999999999\n")
    result = check_in(repo)
    assert result.exit_code == 2
    assert "lingo.yaml: 'max-length' must be a positive whole number" in result.stderr
    (repo / "lingo.yaml").unlink()
    flag = check_in(repo, "--max-length", "99999999999999999999999")
    assert flag.exit_code == 2 and "Traceback" not in flag.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX FIFOs and devices")
def test_a_fifo_or_device_named_lingo_yaml_does_not_hang(repo: Path) -> None:
    os.mkfifo(repo / "lingo.yaml")
    assert check_in(repo).exit_code == 1
    (repo / "lingo.yaml").unlink()
    (repo / "lingo.yaml").symlink_to("/dev/zero")
    assert check_in(repo).exit_code == 1


def test_a_config_that_is_not_utf8_is_one_line(repo: Path) -> None:
    (repo / "lingo.yaml").write_bytes(b"select: [\xff]\n")
    result = check_in(repo)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "lingo.yaml: cannot read" in result.stderr

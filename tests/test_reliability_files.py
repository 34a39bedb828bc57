"""lingo reads and fixes only what it was asked to (issue 17, items 2 and 3).

A folder is walked without leaving it: links out of it are skipped with a
notice, `--fix` never writes through a link without `--follow-symlinks`, and
FIFOs and devices are skipped without waiting on them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo.cli.main import main
from lingo.text.sources import walk

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and FIFOs")

VICTIM = "password=hunter2\nPlease utilize the admin port.\n"
PAGE = "Please utilize the form to reach us.\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture
def layout(tmp_path: Path) -> Path:
    """tree/ with a real page, a link out to outside/victim.conf, and an in-tree alias."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "victim.conf").write_text(VICTIM, encoding="utf-8")
    (outside / "notes.md").write_text(PAGE, encoding="utf-8")
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "page.md").write_text(PAGE, encoding="utf-8")
    (tree / "x.md").symlink_to("../outside/victim.conf")
    (tree / "alias.md").symlink_to("page.md")
    (tree / "elsewhere").symlink_to("../outside")
    return tmp_path


def test_fixing_a_folder_never_rewrites_a_file_outside_it(layout: Path) -> None:
    result = run("fix", str(layout / "tree"))
    assert (layout / "outside" / "victim.conf").read_text(encoding="utf-8") == VICTIM
    assert (layout / "outside" / "notes.md").read_text(encoding="utf-8") == PAGE
    assert (layout / "tree" / "page.md").read_text(encoding="utf-8") == (
        "Please use the form to reach us.\n"
    )
    assert (layout / "tree" / "x.md").is_symlink()
    assert "x.md: skipped, a symbolic link to a file outside" in result.stderr
    assert "elsewhere: skipped, a symbolic link to a folder outside" in result.stderr


def test_checking_a_folder_prints_nothing_of_a_file_outside_it(layout: Path) -> None:
    import json

    result = run("check", "--format", "json", str(layout / "tree"))
    paths = {finding["path"] for finding in json.loads(result.stdout)}
    assert paths == {str(layout / "tree" / "page.md")}


def test_each_real_file_is_linted_once(layout: Path) -> None:
    files = list(walk([str(layout / "tree")]))
    assert files == [str(layout / "tree" / "page.md")]


def test_a_named_link_is_read_but_fixed_only_with_consent(layout: Path) -> None:
    link = str(layout / "tree" / "x.md")
    checked = run("check", link)
    assert checked.exit_code == 1 and "utilize" in checked.stdout
    refused = run("fix", link)
    assert refused.exit_code == 2
    assert "is a symbolic link; not fixed" in refused.stderr
    assert (layout / "outside" / "victim.conf").read_text(encoding="utf-8") == VICTIM
    run("fix", "--follow-symlinks", link)
    assert "use the admin port" in (layout / "outside" / "victim.conf").read_text()
    assert (layout / "tree" / "x.md").is_symlink()


def test_follow_symlinks_walks_links_out_of_the_folder(layout: Path) -> None:
    files = list(walk([str(layout / "tree")], follow_symlinks=True))
    assert files == [
        str(layout / "tree" / "elsewhere" / "notes.md"),
        str(layout / "tree" / "page.md"),
        str(layout / "tree" / "x.md"),
    ]


def test_a_link_loop_does_not_hang_the_walk(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "page.md").write_text(PAGE)
    (tmp_path / "a" / "loop").symlink_to("..")
    assert list(walk([str(tmp_path)], follow_symlinks=True)) == [str(tmp_path / "a" / "page.md")]


def test_a_fifo_in_a_folder_is_skipped_without_waiting(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text(PAGE)
    os.mkfifo(tmp_path / "x.md")
    result = run("check", str(tmp_path))  # would block forever if the FIFO were opened
    assert result.exit_code == 1
    assert "x.md: skipped, a FIFO, not a regular file" in result.stderr
    assert "1 file" in result.stdout


def test_a_named_fifo_is_an_error_not_a_hang(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.md")
    (tmp_path / "page.md").write_text(PAGE)
    result = run("check", str(tmp_path / "x.md"), str(tmp_path / "page.md"))
    assert result.exit_code == 2
    assert "x.md: not a regular file (a FIFO)" in result.stderr
    assert "page.md:1:8" in result.stdout  # the other file is still linted


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_link_to_a_device_is_never_read(tmp_path: Path) -> None:
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    walked = run("check", str(tmp_path))
    assert "zero.md: skipped, a device" in walked.stderr
    named = run("check", str(tmp_path / "zero.md"))
    assert named.exit_code == 2 and "not a regular file (a device)" in named.stderr


def test_a_file_too_long_is_refused_from_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_text("word " * 1000)
    result = run("check", "--max-length", "100", str(big))
    assert result.exit_code == 2
    assert "longer than max-length" in result.stderr

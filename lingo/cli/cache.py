"""A result cache, so a re-run over unchanged files costs a file read, not a parse.

Each report is stored under a key made of everything that can change it
(`cache_keys`), as plain data (`cache_format`). Entries are written
atomically (temporary file + rename), so concurrent runs never see half an
entry; at worst two runs compute the same report. Old entries are pruned.

A `check` without errors also keeps its rendered output and exit code,
under a key made of its files' names, order and entry keys and the options
that shape output: the same run again (a CI re-run, pre-commit run twice)
replays it instead of rebuilding and re-rendering tens of thousands of
findings. Only the most recent runs are kept: at most `MAX_RUNS`, and at
most `MAX_RUN_BYTES` together (the newest is always kept).

Entries are stored with `marshal`: a warm run over a repository reads
thousands of them, and marshal reads them several times faster than json.
Its format belongs to the Python version, which is part of the key.

No entry is trusted: each is sealed with a keyed checksum whose key lives
outside the cache folder, and checked for size and checksum before it is
decoded (see `cache_seal`). A planted, committed or damaged entry is a miss.
lingo writes only into a folder it made and marked, and deletes only files it
names (see `cache_folder`).
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from stat import S_ISREG
from typing import Any

from ..findings import Report
from ..lexicon.compiled import write_atomic
from .cache_folder import (
    ENTRY_NAME,
    ENTRY_SUFFIX,
    FORMAT_FOLDER,
    RUN_NAME,
    RUN_SUFFIX,
    SHARD_NAME,
    TEMP_NAME,
    create_marked,
    foreign_folder_problem,
    is_marked,
    is_real_dir,
    remove_own_files,
)
from .cache_format import FORMAT, report_from_dict, report_to_dict
from .cache_seal import KeyProblem, open_sealed, seal, user_key

DEFAULT_DIR = ".lingo_cache"
MAX_ENTRIES = 20_000
MAX_AGE_DAYS = 30
MAX_RUNS = 8  # replayable outputs of whole runs (each the size of its output)
MAX_RUN_BYTES = 64 * 1024 * 1024
MAX_ENTRY_BYTES = 64 * 1024 * 1024  # a larger entry is not read at all
STRAY_TEMP_AGE = 3600  # seconds: a temporary file this old belongs to a run that was killed


def default_cache_dir() -> Path:
    """`$LINGO_CACHE_DIR`, else `.lingo_cache` in the working folder (like ruff's)."""
    return Path(os.environ.get("LINGO_CACHE_DIR") or DEFAULT_DIR)


class ResultCache:
    """Reports on disk, keyed by `cache_key`."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_cache_dir()
        self.hits = 0
        self.misses = 0
        self.writes = 0
        # Why this folder is not lingo's to use, if it is not; the cache is then off.
        self.problem: str | None = foreign_folder_problem(self.folder)
        self._key = b""
        if self.problem is None:
            try:
                self._key = user_key()
            except KeyProblem as exc:
                self.problem = str(exc)
        self._owned = self.problem is None and is_marked(self.folder)

    def _path(self, key: str) -> Path:
        return self.folder / f"v{FORMAT}" / key[:2] / f"{key}{ENTRY_SUFFIX}"

    def get(self, key: str, path: str | None, text: str = "") -> Report | None:
        """The stored report for `key`; `text` is the source it was made from."""
        if self.problem is not None:
            self.misses += 1
            return None
        payload = open_sealed(self._key, "entry", key, self._path(key), MAX_ENTRY_BYTES)
        try:
            if payload is None:
                raise ValueError("not a sealed entry of lingo's")
            report = report_from_dict(marshal.loads(payload), path, text)
        except Exception:  # noqa: BLE001 - whatever is in the folder, it is only a miss
            self.misses += 1
            return None
        self.hits += 1
        return report

    def put(self, key: str, report: Report) -> None:
        file = self._path(key)
        try:
            if not self._folder_for(file):
                return
            write_atomic(file, seal(self._key, "entry", key, marshal.dumps(report_to_dict(report))))
            self.writes += 1
        except OSError:
            return  # a read-only or full disk must never fail the lint

    # -- whole runs ------------------------------------------------------------

    @staticmethod
    def run_key(files: Sequence[tuple[str, str]], options: Mapping[str, Any]) -> str:
        """A run's key: its files' (name, entry key) in order and the options that shape output."""
        digest = hashlib.sha256()
        digest.update(json.dumps(sorted(options.items()), default=str).encode())
        for name, key in files:
            digest.update(b"\0" + name.encode("utf-8", "surrogateescape") + b"\0" + key.encode())
        return digest.hexdigest()

    def _run_path(self, key: str) -> Path:
        return self.folder / f"v{FORMAT}" / "runs" / f"{key}{RUN_SUFFIX}"

    def get_run(self, key: str) -> tuple[list[str], int] | None:
        """The output lines and exit code a run with this key gave, if it is kept."""
        if self.problem is not None:
            return None
        file = self._run_path(key)
        payload = open_sealed(self._key, "run", key, file, MAX_RUN_BYTES)
        if payload is None:
            return None
        try:
            lines, code = marshal.loads(payload)
            if not (
                isinstance(lines, list)
                and isinstance(code, int)
                and not isinstance(code, bool)
                and all(isinstance(x, str) for x in lines)
            ):
                return None
            os.utime(file)  # recently used: kept longest
        except Exception:  # noqa: BLE001 - whatever is in the folder, it is only a miss
            return None
        return list(lines), code

    def put_run(self, key: str, lines: Sequence[str], code: int) -> None:
        """Keep a run's output lines and exit code; older runs beyond the limits go."""
        file = self._run_path(key)
        try:
            data = seal(self._key, "run", key, marshal.dumps((list(lines), code)))
            if not self._folder_for(file):
                return
            write_atomic(file, data)
            runs = []
            for other in file.parent.glob(f"*{RUN_SUFFIX}"):
                if not RUN_NAME.fullmatch(other.name):
                    continue  # not a name lingo gives: not lingo's to delete
                try:
                    stat = os.lstat(other)
                except OSError:
                    continue
                if not S_ISREG(stat.st_mode):
                    continue
                runs.append((other == file, stat.st_mtime, stat.st_size, other))
            kept = total = 0
            for _, _, size, other in sorted(runs, reverse=True):  # this run first, then newest
                if kept and (kept >= MAX_RUNS or total + size > MAX_RUN_BYTES):
                    other.unlink(missing_ok=True)
                    continue
                kept += 1
                total += size
        except (OSError, ValueError):
            return  # a read-only or full disk must never fail the lint

    def _claim(self) -> bool:
        """Make the folder lingo's (creating it and its marker) if it is not yet; False if refused.

        lingo writes only into a folder it created (or found empty) and marked
        as its own; the marker and `.gitignore` are created, never overwritten.
        """
        if self.problem is not None:
            return False
        if not self._owned:
            try:
                self._owned = create_marked(self.folder)
            except OSError:
                return False
            if not self._owned:
                self.problem = foreign_folder_problem(self.folder) or "it is not lingo's"
                return False
        return True

    def _folder_for(self, file: Path) -> bool:
        """Create `file`'s folder inside the cache; False when a link stands in the way."""
        if not self._claim():
            return False
        file.parent.mkdir(parents=True, exist_ok=True)
        # A link planted inside the cache (v3 -> elsewhere) must not carry writes out of it.
        folder = file.parent
        while folder != self.folder:
            if not is_real_dir(folder):
                return False
            folder = folder.parent
        return True

    def prune(self, max_entries: int = MAX_ENTRIES, max_age_days: float = MAX_AGE_DAYS) -> int:
        """Delete entries older than `max_age_days`, then the oldest beyond `max_entries`.

        Entries of other formats (an older lingo's) go too, and so do temporary
        files an hour old (a run killed while writing). Only files with the
        names lingo gives its entries are ever deleted, only inside a folder
        that carries lingo's marker, and symbolic links are never followed.
        """
        if self.problem is not None or not is_marked(self.folder):
            return 0
        for other in self.folder.iterdir():
            if (
                FORMAT_FOLDER.fullmatch(other.name)
                and other.name != f"v{FORMAT}"
                and is_real_dir(other)
            ):
                remove_own_files(other)
        root = self.folder / f"v{FORMAT}"
        if not is_real_dir(root):
            return 0
        entries = []
        stray_cutoff = time.time() - STRAY_TEMP_AGE
        for shard in root.iterdir():
            if not (SHARD_NAME.fullmatch(shard.name) or shard.name == "runs") or not is_real_dir(
                shard
            ):
                continue
            for file in shard.iterdir():
                is_entry = ENTRY_NAME.fullmatch(file.name)
                if not (is_entry or TEMP_NAME.fullmatch(file.name)):
                    continue
                try:
                    stat = os.lstat(file)
                except OSError:
                    continue
                if not S_ISREG(stat.st_mode):
                    continue
                if is_entry:
                    entries.append((stat.st_mtime, file))
                elif stat.st_mtime < stray_cutoff:  # a write a killed run never finished
                    file.unlink(missing_ok=True)
        cutoff = time.time() - max_age_days * 86400
        entries.sort()
        doomed = [f for m, f in entries if m < cutoff]
        keep = [f for m, f in entries if m >= cutoff]
        doomed += keep[: max(0, len(keep) - max_entries)]
        for file in doomed:
            try:
                file.unlink()
            except OSError:
                pass
        return len(doomed)

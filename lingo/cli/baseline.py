"""The baseline: findings a team has decided to live with for now, so only new ones fail.

`lingo baseline PATHS` records every finding in a JSON file meant to be
committed (docs/baseline.md describes it). `lingo check --baseline FILE`, or
`baseline:` in the configuration, then reports only findings that are not in
it. A finding is recorded by its file, its rule (with the lexicon entry), the
words it flags and a short hash of the words around them, never by line
number, so:

* moving a paragraph, or editing lines above it, changes nothing;
* editing the words around a recorded finding keeps it recorded, as long as
  the file has no more of that rule and wording than the baseline knows of
  (the hash tells which of several is the new one);
* renaming a file keeps its findings recorded: a file the baseline names that
  no longer exists lends its findings to any file with the same rule, words
  and hash;
* a new finding, or one more use of a recorded wording, is reported.

`lingo baseline --prune` drops what has been fixed and never adds anything.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from ..findings import Finding, Report

FORMAT_KEY = "lingo-baseline"
FORMAT = 1
DEFAULT_NAME = "lingo-baseline.json"
CONTEXT_WORDS = 4  # words each side of the flagged text that the context hash covers
MAX_TEXT = 100  # longer flagged text (a whole hard sentence) is cut, and hashed whole
ABOUT = (
    "Findings recorded by `lingo baseline`: `lingo check` with this baseline reports only "
    "findings not in it. Keyed by file, rule, flagged text and a hash of the words around it "
    "(not line numbers). Update with `lingo baseline --prune` after fixing; see docs/baseline.md."
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\r?\n")
_WORDS = re.compile(r"\S+")

Key = tuple[str, str, str]  # (rule:entry, text, context hash)


def finding_key(finding: Finding, source: str) -> Key:
    """What the baseline records for a finding: rule, words, and a hash of their surroundings."""
    text = " ".join(finding.text.split())
    before = source[max(0, finding.start - 300) : finding.start]
    after = source[finding.end : finding.end + 300]
    # The paragraph is the context: a blank line ends it.
    before = _PARAGRAPH_BREAK.split(before)[-1]
    after = _PARAGRAPH_BREAK.split(after)[0]
    words_before = _WORDS.findall(before)[-CONTEXT_WORDS:]
    words_after = _WORDS.findall(after)[:CONTEXT_WORDS]
    context = "\0".join((" ".join(words_before), text, " ".join(words_after))).lower()
    digest = hashlib.sha256(context.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    if len(text) > MAX_TEXT:
        text = text[: MAX_TEXT - 1] + "\u2026"
    return finding.qualified_id, text, digest


@dataclass
class Baseline:
    """A baseline file: recorded findings by file (paths relative to the file's folder)."""

    path: Path
    entries: dict[str, Counter[Key]] = field(default_factory=dict)
    _orphans: Counter[Key] | None = field(default=None, repr=False)

    @property
    def folder(self) -> Path:
        return self.path.resolve().parent

    def name_of(self, path: str) -> str:
        """How the baseline names a file: relative to its own folder, with `/`."""
        absolute = os.path.abspath(path)
        try:
            relative = os.path.relpath(absolute, self.folder)
        except ValueError:  # another drive
            relative = absolute
        return relative.replace(os.sep, "/")

    def exists(self, name: str) -> bool:
        return (self.folder / name).exists()

    def orphans(self) -> Counter[Key]:
        """The findings of files the baseline names that no longer exist (worked out once)."""
        if self._orphans is None:
            self._orphans = Counter()
            for name, counts in self.entries.items():
                if not self.exists(name):
                    self._orphans.update(counts)
        return self._orphans

    def total(self) -> int:
        return sum(sum(counts.values()) for counts in self.entries.values())

    def digest(self) -> str:
        return hashlib.sha256(self.dumps().encode()).hexdigest()

    # -- matching ------------------------------------------------------------------

    def matcher(self) -> Matcher:
        return Matcher(self)

    # -- reading and writing -----------------------------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Baseline:
        file = Path(shown_path(str(path)))
        try:
            raw = file.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ConfigError(
                f"{file}: no such baseline file (make one with `lingo baseline PATH...`)"
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or exc
            raise ConfigError(f"{file}: cannot read the baseline ({reason})") from None
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ConfigError(
                f"{file}: not a valid baseline: not JSON (line {exc.lineno}: {exc.msg})"
            ) from None
        if not isinstance(data, dict) or data.get(FORMAT_KEY) != FORMAT:
            raise ConfigError(
                f"{file}: not a lingo baseline of format {FORMAT} "
                f'(its first key should be "{FORMAT_KEY}": {FORMAT}); make it again with '
                "`lingo baseline`"
            )
        baseline = cls(file)
        rows = data.get("findings")
        if not isinstance(rows, list):
            raise ConfigError(f"{file}: not a valid baseline: 'findings' must be a list")
        for number, row in enumerate(rows, 1):
            try:
                name, rule, text, context = (row[k] for k in ("file", "rule", "text", "context"))
                count = row.get("count", 1)
                if not all(isinstance(v, str) for v in (name, rule, text, context)):
                    raise TypeError
                if isinstance(count, bool) or not isinstance(count, int) or count < 1:
                    raise TypeError
            except (KeyError, TypeError, AttributeError):
                raise ConfigError(
                    f"{file}: not a valid baseline: finding {number} needs file, rule, text "
                    "and context as strings, and a count of at least 1"
                ) from None
            baseline.entries.setdefault(name, Counter())[(rule, text, context)] += count
        return baseline

    def dumps(self) -> str:
        """The file's text: one finding per line, sorted, so a diff shows what changed."""
        rows = [
            json.dumps(
                {"file": name, "rule": rule, "text": text, "context": context, "count": count},
                ensure_ascii=False,
            )
            for name in sorted(self.entries)
            for (rule, text, context), count in sorted(self.entries[name].items())
            if count > 0
        ]
        head = f'{{\n  "{FORMAT_KEY}": {FORMAT},\n  "about": {json.dumps(ABOUT)},\n'
        if not rows:
            return head + '  "findings": []\n}\n'
        return head + '  "findings": [\n    ' + ",\n    ".join(rows) + "\n  ]\n}\n"

    def save(self) -> None:
        """Write the file whole or not at all, making its folder if need be."""
        from ..errors import InputError
        from ..text.sources import write_text_atomic

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"{self.path}: cannot write ({exc.strerror or exc})") from None
        write_text_atomic(str(self.path), self.dumps())


def record(path: str | os.PathLike[str], reports: Iterable[Report]) -> Baseline:
    """A new baseline holding every finding of the reports."""
    baseline = Baseline(Path(path))
    for report in reports:
        if report.path is None or not report.findings:
            continue
        counts = baseline.entries.setdefault(baseline.name_of(report.path), Counter())
        for finding in report.findings:
            counts[finding_key(finding, report.text)] += 1
    return baseline


class Matcher:
    """Tells which findings a baseline already knows, each recorded finding used once."""

    def __init__(self, baseline: Baseline) -> None:
        self.baseline = baseline
        self._left: dict[str, Counter[Key]] = {}  # copied from the baseline on first use
        # Findings of files that no longer exist: a renamed file may claim them.
        self._orphans = Counter(baseline.orphans())

    def split(self, report: Report) -> tuple[list[Finding], list[tuple[Finding, Key]]]:
        """(new findings, known findings with their keys) of one report."""
        name = self.baseline.name_of(report.path or "")
        left = self._left.get(name)
        if left is None:
            left = self._left[name] = Counter(self.baseline.entries.get(name, ()))
        keyed = [(f, finding_key(f, report.text)) for f in report.findings]
        known: dict[int, Key] = {}
        # 1. the same rule, words and surroundings
        for i, (_, key) in enumerate(keyed):
            if left[key] > 0:
                left[key] -= 1
                known[i] = key
        # 2. the same rule and words, the surroundings edited
        loose: Counter[tuple[str, str]] = Counter()
        for (rule, text, _), count in left.items():
            loose[(rule, text)] += count
        for i, (_, key) in enumerate(keyed):
            if i not in known and loose[key[:2]] > 0:
                loose[key[:2]] -= 1
                _take_loose(left, key)
                known[i] = key
        # 3. the same rule, words and surroundings in a file that no longer exists
        for i, (_, key) in enumerate(keyed):
            if i not in known and self._orphans[key] > 0:
                self._orphans[key] -= 1
                known[i] = key
        new = [f for i, (f, _) in enumerate(keyed) if i not in known]
        return new, [(keyed[i][0], key) for i, key in sorted(known.items())]


def _take_loose(left: Counter[Key], key: Key) -> None:
    for candidate in left:
        if candidate[:2] == key[:2] and left[candidate] > 0:
            left[candidate] -= 1
            return


def pruned(baseline: Baseline, reports: Sequence[Report]) -> tuple[Baseline, int]:
    """The baseline without what is fixed, and how many recorded findings it dropped.

    Files linted keep only the recorded findings still found (recorded again
    as they are now: a renamed file's under its new name). Files not linted
    keep theirs, unless they no longer exist. Nothing new is ever added.
    """
    matcher = baseline.matcher()
    kept = Baseline(baseline.path)
    linted: set[str] = set()
    for report in reports:
        if report.path is None:
            continue
        name = baseline.name_of(report.path)
        linted.add(name)
        _, known = matcher.split(report)
        if known:
            counts = kept.entries.setdefault(name, Counter())
            for _, key in known:
                counts[key] += 1
    for name, counts in baseline.entries.items():
        if name not in linted and baseline.exists(name):
            kept.entries[name] = Counter(counts)
    return kept, baseline.total() - kept.total()


def shown_path(path: str) -> str:
    """A path as the user would write it: relative to the working folder when inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return path
    return path if relative.startswith(os.pardir) else relative

"""Coverage: how much of a labelled sentence set lingo finds, and how often it cries wolf.

    python benchmarks/coverage.py benchmarks/data/coverage/dev.jsonl
    python benchmarks/coverage.py DIR                      # every *.jsonl below DIR
    python benchmarks/coverage.py FILE --enable jargon/acronym,say-no/condescension:you-have-to
    python benchmarks/coverage.py FILE --profile help-article -v  # -v: misses and false alarms

Each file is JSON Lines in the format of benchmarks/data/customer_sentences.jsonl:
`id`, `genre`, `text`, `jargon`, `say_no`, `passive`, `hard_negative`, `note`, and
optionally `source` (where the sentence's phrasing comes from), `family` (what kind of
jargon or say-no it shows, or what it tempts) and `split` (for example dev / held-out).

Printed per file, per family, per split and per source, then for all files together:

- jargon recall: sentences labelled jargon that get at least one jargon finding;
- say-no recall: sentences labelled say_no that get at least one say-no finding;
- clean false positives: sentences with neither label that get a jargon or say-no
  finding (passive voice and readability are not counted: they are other questions).

The last line is a one-line summary of all files together.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

REQUIRED = ("id", "text", "jargon", "say_no")
LABELS = {"jargon": "jargon", "say_no": "say-no"}


class DataError(Exception):
    """A sentence file that cannot be read: one line naming the file and the problem."""


@dataclass
class Tally:
    """Recall per label and false positives on clean sentences, for one group of sentences."""

    found: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    positives: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    clean: int = 0
    false_alarms: int = 0
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    def add(self, row: dict, categories: dict[str, list[str]]) -> None:
        for key, category in LABELS.items():
            if row[key]:
                self.positives[key] += 1
                if categories[category]:
                    self.found[key] += 1
                else:
                    self.misses.append(f"{key} missed [{row['id']}]: {row['text']}")
        if not row["jargon"] and not row["say_no"]:
            self.clean += 1
            hits = categories["jargon"] + categories["say-no"]
            if hits:
                self.false_alarms += 1
                self.alarms.append(f"false alarm [{row['id']}]: {row['text']}  {hits}")

    def recall(self, key: str) -> float | None:
        n = self.positives[key]
        return self.found[key] / n if n else None

    def fp_rate(self) -> float | None:
        return self.false_alarms / self.clean if self.clean else None

    def row(self, name: str) -> str:
        parts = [f"  {name:<34}"]
        for key in LABELS:
            r = self.recall(key)
            cell = f"{r:.2f} ({self.found[key]}/{self.positives[key]})" if r is not None else "-"
            parts.append(f"{key} R {cell:<14}")
        fp = self.fp_rate()
        cell = f"{fp:.1%} ({self.false_alarms}/{self.clean})" if fp is not None else "-"
        parts.append(f"clean FP {cell}")
        return " ".join(parts)

    def summary(self) -> str:
        def fmt(value: float | None, pct: bool = False) -> str:
            if value is None:
                return "-"
            return f"{value:.1%}" if pct else f"{value:.2f}"

        return (
            f"jargon R {fmt(self.recall('jargon'))}, say-no R {fmt(self.recall('say_no'))}, "
            f"clean FP {fmt(self.fp_rate(), pct=True)} ({sum(self.positives.values())} positive "
            f"labels, {self.clean} clean sentences)"
        )


def jsonl_files(paths: Iterable[str]) -> list[Path]:
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(path.rglob("*.jsonl"))
            if not found:
                raise DataError(f"{path}: no *.jsonl files in this folder")
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            raise DataError(f"{path}: no such file or folder")
    return files


def load_rows(path: Path) -> list[dict]:
    """Read and check one sentence file; a bad line is an error naming the file and line."""
    rows = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read: {exc}") from None
    seen: set[str] = set()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise DataError(f"{path}:{number}: each line must be a JSON object")
        missing = [key for key in REQUIRED if key not in row]
        if missing:
            raise DataError(f"{path}:{number}: missing key(s) {', '.join(missing)}")
        if not isinstance(row["text"], str) or not row["text"].strip():
            raise DataError(f"{path}:{number}: 'text' must be a non-empty string")
        for key in LABELS:
            if not isinstance(row[key], bool):
                raise DataError(f"{path}:{number}: {key!r} must be true or false")
        if row["id"] in seen:
            raise DataError(f"{path}:{number}: id {row['id']!r} used twice")
        seen.add(row["id"])
        rows.append(row)
    if not rows:
        raise DataError(f"{path}: no sentences")
    return rows


def evaluate(
    files: Sequence[Path], linter, verbose: bool = False
) -> tuple[Tally, dict[str, Tally]]:
    """Score every file; print the tables. Returns the overall tally and one per file."""
    overall = Tally()
    per_file: dict[str, Tally] = {}
    for path in files:
        rows = load_rows(path)
        tallies: dict[str, dict[str, Tally]] = {
            "family": defaultdict(Tally),
            "split": defaultdict(Tally),
            "source": defaultdict(Tally),
        }
        whole = Tally()
        reports = linter.check_many(row["text"] for row in rows)
        for row, report in zip(rows, reports):
            categories: dict[str, list[str]] = {"jargon": [], "say-no": []}
            for finding in report.findings:
                if finding.category in categories:
                    categories[finding.category].append(f"{finding.qualified_id}={finding.text!r}")
            whole.add(row, categories)
            overall.add(row, categories)
            for key, groups in tallies.items():
                if row.get(key):
                    groups[str(row[key])].add(row, categories)
        per_file[str(path)] = whole
        print(f"{path}: {len(rows)} sentences")
        print(whole.row("all"))
        for key, groups in tallies.items():
            if groups:
                print(f" per {key}:")
                for name, tally in sorted(groups.items()):
                    print(tally.row(name))
        if verbose:
            for line in whole.misses + whole.alarms:
                print(f"    {line}")
        print()
    return overall, per_file


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR")
    parser.add_argument(
        "--enable",
        action="append",
        default=[],
        metavar="RULE",
        help="turn on an opt-in rule or entry (repeatable, or comma-separated)",
    )
    parser.add_argument("--profile", default=None, help="score as this profile reports")
    parser.add_argument("--verbose", "-v", action="store_true", help="list misses and alarms")
    args = parser.parse_args(argv)

    from lingo import Config, Linter

    enable = tuple(name.strip() for item in args.enable for name in item.split(",") if name)
    try:
        files = jsonl_files(args.paths)
        for path in files:  # every file is checked before the slow part starts
            load_rows(path)
        linter = Linter(config=Config(enable=enable, profile=args.profile))
        overall, _ = evaluate(files, linter, args.verbose)
    except DataError as exc:
        print(f"coverage: {exc}", file=sys.stderr)
        return 2
    print(f"summary ({len(files)} file{'s' if len(files) != 1 else ''}): {overall.summary()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How often lingo is right: precision, recall, F1 and false-positive rate per category.

    python benchmarks/accuracy.py                 # lingo's own set, and UD EWT dev if present
    python benchmarks/accuracy.py --compare-full  # also prove the fast path loses nothing
    python benchmarks/accuracy.py --noise N       # findings per 1,000 words on segment-docs,
                                                  # with N sampled hits per rule to review

Data: benchmarks/data/customer_sentences.jsonl (always; see its README) and
../shared/bench/ud_passive_dev.jsonl (when present: the dev split of the UD
English Web Treebank, sentence-level passive labels). The last line is a
one-line summary.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from lingo import Config, Linter, Report  # noqa: E402

OWN_SET = HERE / "data" / "customer_sentences.jsonl"
SHARED = ROOT.parent / "shared" / "bench"
UD_DEV = SHARED / "ud_passive_dev.jsonl"
SEGMENT_DOCS = SHARED / "segment-docs"
CATEGORIES = {"jargon": "jargon", "say_no": "say-no", "passive": "passive-voice"}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def add(self, gold: bool, predicted: bool, text: str) -> None:
        if gold and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
            self.false_alarms.append(text)
        elif gold:
            self.fn += 1
            self.misses.append(text)
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fp_rate(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0

    def row(self, name: str) -> str:
        n = self.tp + self.fp + self.fn + self.tn
        return (
            f"  {name:<26} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"FPR {self.fp_rate:.3f}  (tp {self.tp} fp {self.fp} fn {self.fn} tn {self.tn}, n {n})"
        )


def load_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def categories_found(report: Report) -> set[str]:
    return {f.category for f in report.findings}


def evaluate_own_set(linter: Linter, rows: Sequence[dict], verbose: bool) -> dict[str, Tally]:
    print(f"lingo's own set: {len(rows)} sentences ({OWN_SET.relative_to(ROOT)})")
    overall: dict[str, Tally] = defaultdict(Tally)
    by_genre: dict[tuple[str, str], Tally] = defaultdict(Tally)
    hard_negatives: dict[str, Tally] = defaultdict(Tally)
    reports = linter.check_many(row["text"] for row in rows)
    for row, report in zip(rows, reports):
        found = categories_found(report)
        for key, category in CATEGORIES.items():
            predicted = category in found
            overall[key].add(bool(row[key]), predicted, _explain(row["text"], report, category))
            by_genre[(key, row["genre"])].add(bool(row[key]), predicted, row["text"])
            if row.get("hard_negative"):
                hard_negatives[key].add(False, predicted, row["text"])
    for key in CATEGORIES:
        print(overall[key].row(key))
    print(" per genre:")
    for (key, genre), tally in sorted(by_genre.items()):
        print(tally.row(f"{key} / {genre}"))
    print(" hard negatives (false-positive rate only):")
    for key in CATEGORIES:
        t = hard_negatives[key]
        print(f"  {key:<26} FPR {t.fp_rate:.3f} ({t.fp} of {t.fp + t.tn})")
    if verbose:
        for key in CATEGORIES:
            for label, items in (
                ("missed", overall[key].misses),
                ("false alarm", overall[key].false_alarms),
            ):
                for text in items:
                    print(f"    {key} {label}: {text}")
    return overall


def _explain(text: str, report: Report, category: str) -> str:
    hits = [f"{f.qualified_id}={f.text!r}" for f in report.findings if f.category == category]
    return f"{text}  [{', '.join(hits)}]" if hits else text


def every_detector() -> Config:
    """Settings that report everything lingo detects: for scoring its detectors."""
    from lingo.lexicon.lexicons import builtin_lexicons
    from lingo.lexicon.rules import CODE_RULES

    enable = [f"{r.id}:{e.id}" for r in builtin_lexicons() for e in r.entries if e.opt_in]
    enable += [r.id for r in CODE_RULES if r.opt_in]
    return Config(passive="all", enable=tuple(enable))


def evaluate_ud(linter: Linter, rows: Sequence[dict], verbose: bool) -> Tally:
    print(f"UD English EWT dev, passive voice, sentence level: {len(rows)} sentences")
    overall = Tally()
    by_genre: dict[str, Tally] = defaultdict(Tally)
    for row, report in zip(rows, linter.check_many(row["text"] for row in rows)):
        predicted = any(f.rule == "passive-voice" for f in report.findings)
        overall.add(bool(row["passive"]), predicted, row["text"])
        by_genre[row["genre"]].add(bool(row["passive"]), predicted, row["text"])
    print(overall.row("passive (all genres)"))
    for genre, tally in sorted(by_genre.items()):
        print(tally.row(f"passive / {genre}"))
    if verbose:
        for text in overall.misses:
            print(f"    missed: {text}")
        for text in overall.false_alarms:
            print(f"    false alarm: {text}")
    return overall


def compare_paths(fast: Linter, texts: Iterable[str]) -> int:
    """Findings of the fast path (lexical pre-filter) against parsing every sentence."""
    full = Linter(fast=False)
    texts = list(texts)
    differences = 0
    for text, a, b in zip(texts, fast.check_many(texts), full.check_many(texts)):
        if a.findings != b.findings:
            differences += 1
            print(f"  differs: {text[:100]!r}")
    print(f"fast vs full path: {differences} of {len(texts)} texts differ")
    return differences


def noise(linter: Linter, folder: Path, samples: int) -> None:
    """Findings per 1,000 words per rule on real documentation, with hits to review."""
    from lingo.text.sources import read_source, walk

    files = list(walk([str(folder)]))
    sources = [read_source(p) for p in files]
    words = 0
    per_rule: Counter[str] = Counter()
    hits: dict[str, list[str]] = defaultdict(list)
    for source, report in zip(
        sources, linter.check_many([s.text for s in sources], paths=[s.path for s in sources])
    ):
        words += report.readability.words
        for f in report.findings:
            per_rule[f.rule] += 1
            line = (
                source.text.splitlines()[f.line - 1]
                if f.line - 1 < len(source.text.splitlines())
                else ""
            )
            hits[f.rule].append(
                f"{Path(source.path).name}:{f.line}: [{f.text}] {line.strip()[:160]}"
            )
    print(f"noise on {folder}: {len(files)} files, {words:,} words of prose")
    rng = random.Random(7)
    for rule, count in per_rule.most_common():
        print(f"  {rule:<34} {count:>6}  {1000 * count / max(words, 1):6.2f} per 1,000 words")
    if samples:
        for rule, _ in per_rule.most_common(20):
            picked = rng.sample(hits[rule], min(samples, len(hits[rule])))
            print(f"\n  {rule}: {len(picked)} sampled hits")
            for hit in picked:
                print(f"    {hit}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="list every miss and false alarm"
    )
    parser.add_argument(
        "--compare-full",
        action="store_true",
        help="check the fast path gives the same findings as parsing everything",
    )
    parser.add_argument(
        "--noise",
        type=int,
        metavar="N",
        default=None,
        help="report findings per 1,000 words on segment-docs, N samples per rule",
    )
    args = parser.parse_args(argv)

    linter = Linter()
    # The detectors: every opt-in rule and entry on, every detected passive reported.
    detectors = Linter(config=every_detector())
    print("== with lingo's default settings (what a user gets)")
    own = evaluate_own_set(linter, load_jsonl(OWN_SET), args.verbose)
    summary = [f"{k} R {own[k].recall:.2f}/FPR {own[k].fp_rate:.3f}" for k in CATEGORIES]
    print("\n== every detector on (opt-in rules and entries enabled, passive: all)")
    found = evaluate_own_set(detectors, load_jsonl(OWN_SET), args.verbose)
    summary += [
        f"detectors {k} R {found[k].recall:.2f}/FPR {found[k].fp_rate:.3f}" for k in CATEGORIES
    ]
    ud_rows = load_jsonl(UD_DEV) if UD_DEV.exists() else []
    if ud_rows:
        print()
        # UD scores the passive *detector*; which passives are reported is judged on real text.
        ud = evaluate_ud(detectors, ud_rows, args.verbose)
        summary.append(f"UD passive P {ud.precision:.3f}/R {ud.recall:.3f}/F1 {ud.f1:.3f}")
    else:
        print(f"\n(UD dev split not found at {UD_DEV}; skipped)")
    if args.compare_full:
        print()
        texts = [r["text"] for r in load_jsonl(OWN_SET)] + [r["text"] for r in ud_rows]
        differing = compare_paths(linter, texts)
        summary.append(f"fast/full differ {differing}")
    if args.noise is not None and SEGMENT_DOCS.is_dir():
        print()
        noise(linter, SEGMENT_DOCS, args.noise)
    print()
    print("summary: " + "; ".join(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Label agreement: do independent judges read a coverage set as its labeller did?

    python benchmarks/agreement.py                       # every set in data/label-agreement/
    python benchmarks/agreement.py heldout-14            # one set

For each coverage set with judges' labels in `benchmarks/data/label-agreement/`
(`<set>-judge1.jsonl`, `<set>-judge2.jsonl`: `id`, `jargon`, `say_no`, `sure`, `why`, by
independent judges who saw neither the original labels, nor lingo, nor each other), and for
the sets together, per label (jargon, say-no):

- agreement and Cohen's kappa: labeller against each judge, judge against judge;
- a human's recall against the labeller: of the sentences the labeller marked, the share
  a judge marks too, and the judges' marks on the labeller's clean sentences;
- lingo's recall (default settings, as `coverage.py` scores) against the labeller, against
  each judge, and on the consensus (labeller and both judges say yes), and its false alarms
  on the consensus clean sentences (nobody marks either label).

Only counts are printed: the sentences lingo misses are not, so a set that is unseen stays
unseen. The labeller's labels stay the official ones (coverage.py); this says how far they
are one reader's taste.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from coverage import jsonl_files, load_rows  # noqa: E402

JUDGED = HERE / "data" / "label-agreement"
SETS = HERE / "data" / "coverage"
LABELS = (("jargon", "jargon", "jargon"), ("say-no", "say_no", "say-no"))


@dataclass
class Row:
    labeller: dict[str, bool]
    judges: tuple[dict[str, bool], dict[str, bool]]
    lingo: dict[str, bool]


def kappa(a: Sequence[bool], b: Sequence[bool]) -> tuple[float, float]:
    """Observed agreement and Cohen's kappa of two yes/no labellings."""
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    chance = pa * pb + (1 - pa) * (1 - pb)
    return observed, (observed - chance) / (1 - chance) if chance < 1 else 1.0


def recall(found: Sequence[bool], truth: Sequence[bool]) -> float:
    return sum(f and t for f, t in zip(found, truth)) / max(1, sum(truth))


def judged_sets(names: Sequence[str]) -> list[str]:
    found = sorted({p.name.rsplit("-judge", 1)[0] for p in JUDGED.glob("*-judge1.jsonl")})
    missing = [n for n in names if n not in found]
    if missing:
        raise SystemExit(f"{JUDGED}: no judges' labels for {', '.join(missing)}")
    return list(names) or found


def load(name: str, linter) -> list[Row]:
    rows = [r for path in jsonl_files([str(SETS / name)]) for r in load_rows(path)]
    judges = []
    for k in (1, 2):
        path = JUDGED / f"{name}-judge{k}.jsonl"
        with path.open(encoding="utf-8") as handle:
            judges.append({r["id"]: r for r in map(json.loads, filter(str.strip, handle))})
        if set(judges[-1]) != {r["id"] for r in rows}:
            raise SystemExit(f"{path}: its ids are not those of {SETS / name}")
    reports = linter.check_many(r["text"] for r in rows)
    out = []
    for row, report in zip(rows, reports):
        categories = {f.category for f in report.findings}
        out.append(
            Row(
                labeller={key: bool(row[key]) for _, key, _ in LABELS},
                judges=(
                    {key: bool(judges[0][row["id"]][key]) for _, key, _ in LABELS},
                    {key: bool(judges[1][row["id"]][key]) for _, key, _ in LABELS},
                ),
                lingo={key: category in categories for _, key, category in LABELS},
            )
        )
    return out


def report(name: str, rows: list[Row]) -> None:
    print(f"{name}: {len(rows)} sentences")
    clean = [not any(r.labeller.values()) for r in rows]
    for title, key, _ in LABELS:
        lab = [r.labeller[key] for r in rows]
        one, two = [r.judges[0][key] for r in rows], [r.judges[1][key] for r in rows]
        lingo = [r.lingo[key] for r in rows]
        consensus = [x and y and z for x, y, z in zip(lab, one, two)]
        a1, k1 = kappa(lab, one)
        a2, k2 = kappa(lab, two)
        a3, k3 = kappa(one, two)
        extra = [sum(j and c for j, c in zip(judge, clean)) for judge in (one, two)]
        print(
            f"  {title:7} agreement (kappa): labeller-judge1 {a1:.2f} ({k1:.2f}), "
            f"labeller-judge2 {a2:.2f} ({k2:.2f}), judge1-judge2 {a3:.2f} ({k3:.2f})"
        )
        print(
            f"          judges' recall of the labeller's {sum(lab)}: {recall(one, lab):.2f}, "
            f"{recall(two, lab):.2f}; their marks on its {sum(clean)} clean sentences: "
            f"{extra[0]}, {extra[1]}"
        )
        print(
            f"          lingo's recall: labeller {recall(lingo, lab):.2f}, judge1 "
            f"{recall(lingo, one):.2f}, judge2 {recall(lingo, two):.2f}, consensus "
            f"({sum(consensus)}) {recall(lingo, consensus):.2f}"
        )
    agreed_clean = [
        not any(r.labeller.values())
        and not any(r.judges[0].values())
        and not any(r.judges[1].values())
        for r in rows
    ]
    alarms = sum(c and any(r.lingo.values()) for c, r in zip(agreed_clean, rows))
    share = 100 * alarms / max(1, sum(agreed_clean))
    print(
        f"  lingo's false alarms on the {sum(agreed_clean)} consensus clean: "
        f"{alarms} ({share:.1f}%)"
    )
    print()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", help="coverage set names (default: every judged set)")
    args = parser.parse_args(argv)
    from lingo import Linter

    linter = Linter()
    everything: list[Row] = []
    names = judged_sets(args.sets)
    for name in names:
        rows = load(name, linter)
        report(name, rows)
        everything += rows
    if len(names) > 1:
        report(f"together ({', '.join(names)})", everything)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

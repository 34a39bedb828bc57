"""Suggestions on real help-centre text: which the judges' findings get now, and which changed.

    python benchmarks/suggestions.py                       # the tally, both halves
    python benchmarks/suggestions.py --list                # ... and the tune half's changes
    python benchmarks/suggestions.py --out X.jsonl --packet X.md   # changed ones, for judges

The judged set (benchmarks/data/precision/judged.jsonl) records, for each
judged finding, its first suggestion as lingo offered it then and the judges'
label for it (`suggestion_verdict`: good, bad, meaning, or none when there was
nothing to judge). This re-runs lingo on the judged files (as precision.py
does, matching each judged finding by corpus, file, rule and text) and sorts
every judged suggestion into:

- kept: the current code offers the same text with the same safety (its label stands);
- changed: another text, or the same text at another safety (a fix now a hint);
- dropped: the finding still fires but offers no suggestion;
- gone: the finding no longer fires at all;
- new: the finding had no suggestion and now has one.

"Before" is the share of good among the judged suggestions (good / good + bad +
meaning). "After" cannot be known until the changed ones are judged: the script
prints the share among the kept ones, and how many fixes judged bad or
meaning-changing are no longer offered as fixes (and how many judged good were
lost). `--out` and `--packet` write the changed suggestions for two judges, each
with the paragraph it is in, without the old label.

The untouched half is tallied, never listed: `--list` shows the tune half only.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from precision import (  # noqa: E402
    CORPORA,
    HALVES,
    JUDGED,
    Found,
    context,
    lint_files,
    load_judged,
    match,
)

LABELS = ("good", "bad", "meaning")
FIXES = ("safe", "unsafe")


def status(row: dict[str, Any], now: Found | None) -> str:
    """kept, changed, dropped, gone or new ("" when there was no suggestion either time)."""
    before = row.get("suggestion")
    if now is None:
        return "gone" if before else ""
    if before is None:
        return "new" if now.suggestion is not None else ""
    if now.suggestion is None:
        return "dropped"
    if now.suggestion == before and now.safety == row.get("safety"):
        return "kept"
    return "changed"


def share(counts: Counter[str]) -> tuple[float | None, int]:
    judged = sum(counts[label] for label in LABELS)
    return (counts["good"] / judged if judged else None), judged


def tally(judged: Sequence[dict[str, Any]], matched: dict[str, Found]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for half in HALVES:
        rows = [r for r in judged if r["half"] == half]
        before: Counter[str] = Counter()
        live: Counter[str] = Counter()  # before, among findings still raised
        changed: Counter[str] = Counter()
        kept: Counter[str] = Counter()
        states: Counter[str] = Counter()
        fixes = Counter[str]()
        for row in rows:
            label = row.get("suggestion_verdict") if row.get("suggestion") else None
            if label in LABELS:
                before[label] += 1
            state = status(row, matched.get(row["id"]))
            if not state:
                continue
            states[state] += 1
            now = matched.get(row["id"])
            if state != "gone" and label in LABELS:
                live[label] += 1
            if state in ("changed", "dropped") and label in LABELS:
                changed[label] += 1
            if state == "kept" and label in LABELS:
                kept[label] += 1
            was_fix = row.get("safety") in FIXES and label in LABELS
            still_fix = (
                state == "kept" or now is not None and now.safety in FIXES
            ) and state not in ("gone", "dropped")
            if was_fix and not still_fix and state != "gone":
                fixes[f"{label} fix no longer offered as a fix"] += 1
            if was_fix and state == "changed" and still_fix:
                fixes[f"{label} fix changed, still a fix"] += 1
        out[half] = {
            "before": before,
            "live": live,
            "changed": changed,
            "kept": kept,
            "states": states,
            "fixes": fixes,
        }
    return out


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def print_tally(result: dict[str, Any]) -> None:
    for half in HALVES:
        r = result[half]
        b, n = share(r["before"])
        k, m = share(r["kept"])
        print(f"\n{half} half" + ("  (the figures that count)" if half == "untouched" else ""))
        print(
            f"  before: good {r['before']['good']} of {n} judged suggestions = {_fmt(b)}"
            f"  (bad {r['before']['bad']}, meaning {r['before']['meaning']})"
        )
        print(
            "  now: "
            + ", ".join(
                f"{s} {r['states'][s]}" for s in ("kept", "changed", "dropped", "gone", "new")
            )
        )
        lv, ln = share(r["live"])
        print(f"  before, findings still raised: good {r['live']['good']} of {ln} = {_fmt(lv)}")
        print(f"  kept and judged: good {r['kept']['good']} of {m} = {_fmt(k)}")
        ch = r["changed"]
        if ln:
            low = (r["kept"]["good"]) / ln
            high = (r["kept"]["good"] + sum(ch[label] for label in LABELS)) / ln
            print(
                f"  changed or dropped, judged before: good {ch['good']}, bad {ch['bad']}, "
                f"meaning {ch['meaning']}; after, until they are judged again: "
                f"{_fmt(low)} (none good) to {_fmt(high)} (all good)"
            )
        for key, value in sorted(r["fixes"].items()):
            print(f"  {key}: {value}")


def changed_rows(
    judged: Sequence[dict[str, Any]], matched: dict[str, Found]
) -> list[dict[str, Any]]:
    rows = []
    for row in judged:
        now = matched.get(row["id"])
        if status(row, now) not in ("changed", "new") or now is None:
            continue
        rows.append(
            {
                "id": row["id"],
                "corpus": row["corpus"],
                "commit": row["commit"],
                "file": row["file"],
                "half": row["half"],
                "start": now.start,
                "end": now.end,
                "line": now.line,
                "rule": row["rule"],
                "entry": row["entry"],
                "text": row["text"],
                "verdict": row["verdict"],
                "before": row.get("suggestion"),
                "before_safety": row.get("safety"),
                "suggestion": now.suggestion,
                "safety": now.safety,
            }
        )
    return rows


def write_packet(rows: Sequence[dict[str, Any]], out: Path) -> None:
    """The changed suggestions with their paragraphs, for judges (no earlier label shown)."""
    sources: dict[tuple[str, str], str] = {}
    parts = [
        "# Changed suggestions to judge\n\n"
        "For each: would a plain-language editor paste this suggestion as it stands? "
        "Label it `good`, `bad` (wrong grammar, wrong sense, or no use), or `meaning` "
        "(it changes what the text says). A hint is judged as advice to the writer.\n"
    ]
    for row in rows:
        key = (row["corpus"], row["file"])
        if key not in sources:
            sources[key] = (CORPORA[row["corpus"]][0] / row["file"]).read_text(encoding="utf-8")
        parts.append(
            f"### {row['id']}\n"
            f"- page: {row['corpus']}/{row['file']} (line {row['line']})\n"
            f"- rule: {row['rule']}" + (f" (entry: {row['entry']})" if row["entry"] else "") + "\n"
            f"- flagged: {row['text']!r}\n"
            f"- suggestion: {row['suggestion']}  [{row['safety']}]\n\n"
            f"```text\n{context(sources[key], row['start'], row['end'])}\n```\n"
        )
    out.write_text("\n".join(parts), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--judged", type=Path, default=JUDGED)
    parser.add_argument("--out", type=Path, default=None, help="changed suggestions, JSON lines")
    parser.add_argument("--packet", type=Path, default=None, help="the same, for judges")
    parser.add_argument("--list", action="store_true", help="print the tune half's changes")
    parser.add_argument("--jobs", "-j", type=int, default=2)
    args = parser.parse_args(argv)
    missing = [name for name, (folder, _) in CORPORA.items() if not folder.is_dir()]
    if missing:
        print(f"needs ../shared/bench ({', '.join(missing)} missing)", file=sys.stderr)
        return 2
    judged = load_judged(args.judged)
    results = []
    for corpus in CORPORA:
        files = {row["file"] for row in judged if row["corpus"] == corpus}
        results += lint_files(corpus, files, {}, args.jobs)
    current = [f for r in results for f in r.findings]
    matched, _ = match(judged, current)
    print(f"judged set: {len(judged)} findings; {len(matched)} still raised")
    print_tally(tally(judged, matched))
    rows = changed_rows(judged, matched)
    if args.list:
        print("\ntune half, changed suggestions:")
        for row in rows:
            if row["half"] == "tune":
                print(
                    f"  {row['id']} {row['rule']} {row['text']!r}\n"
                    f"      was [{row['before_safety']}] {row['before']}\n"
                    f"      now [{row['safety']}] {row['suggestion']}"
                )
    if args.out:
        with args.out.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"\n{len(rows)} changed suggestions written to {args.out}")
    if args.packet:
        write_packet(rows, args.packet)
        print(f"packet for judges: {args.packet}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

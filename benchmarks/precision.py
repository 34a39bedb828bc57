"""Precision on real help-centre text, judged finding by finding.

    python benchmarks/precision.py                  # score the judged set with the current code
    python benchmarks/precision.py --corpus-stats   # ... and findings per 1,000 words, both corpora
    python benchmarks/precision.py --profile NAME   # ... as a team with that profile would see it
    python benchmarks/precision.py --unjudged N     # list N current findings nobody has judged
    python benchmarks/precision.py sample OUT.jsonl # draw a new stratified sample to judge
    python benchmarks/precision.py packet IN.jsonl OUT.md  # the sample with context, for judges
    python benchmarks/precision.py merge SAMPLE A B REFEREE  # add two judges' verdicts, settled
    python benchmarks/precision.py --write-docs     # ... and each rule page's "Measured precision"

The judged set (benchmarks/data/precision/judged.jsonl, described in that
folder's README) holds findings lingo raised on two corpora of real published
text in ../shared/bench: `ms-support` (Microsoft support articles) and
`segment-docs` (product documentation), each split by product area into a
*tune* half and an *untouched* half. Each finding was judged by two
independent judges against the criteria in docs/accuracy.md, and their
disagreements settled by a third. The figures that count are on the untouched
half: nothing was tuned by reading its findings.

Scoring re-runs lingo on the judged files and matches each judged finding to
a current one by corpus, file, rule and flagged text (the nearest by offset
when a text recurs). A judged finding that no longer fires is gone; a current
finding that matches nothing is *unjudged* and is counted, not guessed.
Precision is judged-true over judged findings that still fire; "strict"
counts a debatable verdict as wrong. Overall precision weights each rule's
precision by its current volume in that half of the corpora.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

SHARED = ROOT.parent / "shared" / "bench"
CORPORA = {
    "ms-support": (SHARED / "ms-support", "MicrosoftDocs/OfficeDocs-Support@36878e0e"),
    "segment-docs": (SHARED / "segment-docs", "segmentio/segment-docs@747b35d8"),
}
JUDGED = HERE / "data" / "precision" / "judged.jsonl"

# The untouched half: whole product areas, so that no page of theirs was read while tuning.
UNTOUCHED_AREAS = {
    "ms-support": ("Outlook/", "Teams/", "Viva/"),
    "segment-docs": (
        "connections/sources/",
        "connections/spec/",
        "connections/reverse-etl/",
        "connections/functions/",
        "engage/",
        "unify/",
        "privacy/",
        "protocols/",
        "monitor/",
        "partners/",
    ),
}
HALVES = ("tune", "untouched")
POSITIVE, NEGATIVE, DEBATABLE = "true", "false", "debatable"


def half_of(corpus: str, file: str) -> str:
    """Which half a corpus file belongs to: by its product area (its folder)."""
    return "untouched" if file.startswith(UNTOUCHED_AREAS[corpus]) else "tune"


@dataclass
class Found:
    """One finding of the current code, where it is."""

    corpus: str
    file: str
    rule: str
    entry: str | None
    start: int
    end: int
    line: int
    text: str
    message: str
    severity: str
    suggestion: str | None
    safety: str | None
    # The first suggestion's edits, as (start, end, replacement): a fix may reach past the
    # flagged words ("reach out" -> "contact" also takes the "to" after it).
    edits: tuple[tuple[int, int, str], ...] = ()

    @property
    def half(self) -> str:
        return half_of(self.corpus, self.file)


@dataclass
class FileResult:
    corpus: str
    file: str
    words: int
    findings: list[Found]
    source: str


def lint_files(
    corpus: str, files: Iterable[str] | None, overrides: dict[str, Any], jobs: int
) -> list[FileResult]:
    """Lint a corpus (or some of its files) as `lingo check --isolated --no-cache` would."""
    from lingo.cli.runner import lint_targets
    from lingo.cli.workspace import Linters, Settings, plan

    folder = CORPORA[corpus][0]
    paths = [str(folder)] if files is None else [str(folder / f) for f in sorted(set(files))]
    settings = Settings(overrides, isolated=True)
    found = plan(paths, settings)
    linted, errors = lint_targets(found.targets, Linters(), jobs=jobs)
    for error in errors:
        print(f"  lingo: {error}", file=sys.stderr)
    results = []
    for target, report in linted:
        rel = str(Path(target.path).resolve().relative_to(folder.resolve()))
        findings = []
        for f in report.findings:
            first = f.suggestions[0] if f.suggestions else None
            findings.append(
                Found(
                    corpus=corpus,
                    file=rel,
                    rule=f.rule,
                    entry=f.entry,
                    start=f.start,
                    end=f.end,
                    line=f.line,
                    text=f.text,
                    message=f.message,
                    severity=f.severity.value,
                    suggestion=first.text if first else None,
                    safety=first.safety if first else None,
                    edits=tuple((e.start, e.end, e.replacement) for e in first.edits)
                    if first
                    else (),
                )
            )
        results.append(FileResult(corpus, rel, report.readability.words, findings, report.text))
    return results


# -- scoring ---------------------------------------------------------------------------------


def load_judged(path: Path = JUDGED) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def match(judged: Sequence[dict[str, Any]], current: Sequence[Found]) -> tuple[dict, list]:
    """Pair judged findings with current ones by corpus, file, rule and text (nearest offset).

    Returns {judged id: Found} and the current findings that matched nothing.
    """
    pool: dict[tuple, list[Found]] = defaultdict(list)
    for f in current:
        pool[(f.corpus, f.file, f.rule, f.text)].append(f)
    matched: dict[str, Found] = {}
    for row in sorted(judged, key=lambda r: r["start"]):
        candidates = pool.get((row["corpus"], row["file"], row["rule"], row["text"]))
        if not candidates:
            continue
        best = min(candidates, key=lambda f: abs(f.start - row["start"]))
        candidates.remove(best)
        matched[row["id"]] = best
    unmatched = [f for group in pool.values() for f in group]
    return matched, unmatched


@dataclass
class Tally:
    true: int = 0
    false: int = 0
    debatable: int = 0
    gone: int = 0  # judged, no longer raised
    gone_true: int = 0

    @property
    def judged(self) -> int:
        return self.true + self.false + self.debatable

    def precision(self, strict: bool = True) -> float | None:
        if not self.judged:
            return None
        good = self.true + (0 if strict else self.debatable)
        return good / self.judged


def category_of(rule: str) -> str:
    return rule.split("/")[0]


def score(
    judged: Sequence[dict[str, Any]],
    results: Sequence[FileResult],
    volumes: dict[tuple[str, str], int] | None,
) -> dict[str, Any]:
    """Per half and rule: tallies, unjudged counts, and volume-weighted overall precision."""
    current = [f for r in results for f in r.findings]
    judged_files = {(row["corpus"], row["file"]) for row in judged}
    current_in_judged = [f for f in current if (f.corpus, f.file) in judged_files]
    matched, unmatched = match(judged, current_in_judged)
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    suggestions: dict[str, Counter[str]] = defaultdict(Counter)
    for row in judged:
        tally = tallies[(row["half"], row["rule"])]
        verdict = row["verdict"]
        if row["id"] not in matched:
            tally.gone += 1
            tally.gone_true += verdict == POSITIVE
            continue
        if verdict == POSITIVE:
            tally.true += 1
        elif verdict == NEGATIVE:
            tally.false += 1
        else:
            tally.debatable += 1
        now = matched[row["id"]]
        if now.suggestion is not None:
            # The same suggestion: the same words and, where the judged row recorded them, the
            # same edits (a fix that now also takes the "to" after "reach out" reads otherwise).
            same = now.suggestion == row.get("suggestion") and (
                "edits" not in row or [list(e) for e in now.edits] == row["edits"]
            )
            label = row.get("suggestion_verdict") if same else "unjudged"
            suggestions[row["half"]][label or "unjudged"] += 1
    unjudged: Counter[tuple[str, str]] = Counter((f.half, f.rule) for f in unmatched)
    if volumes is None:  # weight by what the judged files hold now
        volumes = Counter((f.half, f.rule) for f in current_in_judged)
    return {
        "tallies": tallies,
        "unjudged": unjudged,
        "volumes": volumes,
        "suggestions": suggestions,
    }


def weighted(
    tallies: dict[tuple[str, str], Tally],
    volumes: dict[tuple[str, str], int],
    half: str,
    strict: bool,
    rules: Iterable[str] | None = None,
) -> tuple[float | None, int]:
    """Overall precision of `half`: each rule's precision weighted by its current volume."""
    total = 0
    value = 0.0
    for (h, rule), volume in volumes.items():
        if h != half or (rules is not None and rule not in rules):
            continue
        p = tallies[(h, rule)].precision(strict) if (h, rule) in tallies else None
        if p is None or not volume:
            continue
        total += volume
        value += p * volume
    return (value / total if total else None), total


def print_table(result: dict[str, Any]) -> None:
    tallies, unjudged, volumes = result["tallies"], result["unjudged"], result["volumes"]
    rules = sorted({rule for _, rule in tallies} | {rule for _, rule in unjudged})
    for half in HALVES:
        print(f"\n{half} half" + ("  (the figures that count)" if half == "untouched" else ""))
        print(
            f"  {'rule':<34} {'strict':>6} {'lenient':>7} {'judged':>6} {'true':>5} "
            f"{'false':>5} {'debat':>5} {'gone':>5} {'unjudged':>8} {'volume':>7}"
        )
        for rule in rules:
            t = tallies.get((half, rule), Tally())
            if not (t.judged or t.gone or unjudged[(half, rule)]):
                continue
            strict, lenient = t.precision(True), t.precision(False)
            print(
                f"  {rule:<34} {_fmt(strict):>6} {_fmt(lenient):>7} {t.judged:>6} {t.true:>5} "
                f"{t.false:>5} {t.debatable:>5} {t.gone:>5} {unjudged[(half, rule)]:>8} "
                f"{volumes.get((half, rule), 0):>7}"
            )
        by_category: dict[str, list[str]] = defaultdict(list)
        for rule in rules:
            by_category[category_of(rule)].append(rule)
        for category, members in sorted(by_category.items()):
            p, n = weighted(tallies, volumes, half, True, members)
            lp, _ = weighted(tallies, volumes, half, False, members)
            print(f"  category {category:<25} {_fmt(p):>6} {_fmt(lp):>7}   (volume {n})")
        p, n = weighted(tallies, volumes, half, True)
        lp, _ = weighted(tallies, volumes, half, False)
        print(f"  {'ALL, weighted by volume':<34} {_fmt(p):>6} {_fmt(lp):>7}   (volume {n})")
        sugg = result["suggestions"].get(half, Counter())
        if sugg:
            judged_s = sum(v for k, v in sugg.items() if k != "unjudged")
            print(
                f"  suggestions still offered: {sum(sugg.values())}; judged {judged_s}: "
                + ", ".join(f"{k} {v}" for k, v in sorted(sugg.items()))
            )


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def corpus_rates(results: Sequence[FileResult]) -> dict[str, dict[str, float]]:
    """Findings per 1,000 words, per corpus and rule."""
    rates: dict[str, dict[str, float]] = {}
    for corpus in CORPORA:
        mine = [r for r in results if r.corpus == corpus]
        if not mine:
            continue
        words = max(sum(r.words for r in mine), 1)
        per_rule = Counter(f.rule for r in mine for f in r.findings)
        rates[corpus] = {rule: 1000 * n / words for rule, n in per_rule.items()}
    return rates


def corpus_stats(results: Sequence[FileResult]) -> dict[tuple[str, str], int]:
    """Findings per 1,000 words and share of files with findings, per corpus; volumes per half."""
    volumes: Counter[tuple[str, str]] = Counter()
    for corpus in CORPORA:
        mine = [r for r in results if r.corpus == corpus]
        if not mine:
            continue
        words = sum(r.words for r in mine)
        count = sum(len(r.findings) for r in mine)
        with_findings = sum(1 for r in mine if r.findings)
        per_rule = Counter(f.rule for r in mine for f in r.findings)
        print(
            f"\n{corpus}: {len(mine)} files, {words:,} words, {count:,} findings = "
            f"{1000 * count / max(words, 1):.1f} per 1,000 words; "
            f"{with_findings / len(mine):.0%} of files have findings"
        )
        for rule, n in per_rule.most_common():
            print(f"  {rule:<34} {n:>6}  {1000 * n / max(words, 1):6.2f} per 1,000 words")
        for r in mine:
            for f in r.findings:
                volumes[(f.half, f.rule)] += 1
    return volumes


# -- drawing a sample and making judge packets ----------------------------------------------------


def draw_sample(
    results: Sequence[FileResult],
    per_rule: int,
    per_half: int,
    seed: int,
    halves: Sequence[str] = HALVES,
    first_id: int = 1,
) -> list[dict[str, Any]]:
    """Stratified: each rule at least `per_rule` per half (or all it has), the rest by volume."""
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for half in halves:
        pool: dict[str, list[Found]] = defaultdict(list)
        for r in results:
            for f in r.findings:
                if f.half == half:
                    pool[f.rule].append(f)
        total = sum(len(v) for v in pool.values())
        for _rule, found in sorted(pool.items()):
            share = round(per_half * len(found) / total)
            n = min(len(found), max(per_rule, share))
            for f in rng.sample(found, n):
                rows.append(_row(f))
    rng.shuffle(rows)
    for n, row in enumerate(rows, first_id):
        row["id"] = f"p{n:04d}"
    return rows


def _cap_per_entry(results: Sequence[FileResult], cap: int, seed: int) -> None:
    """Keep at most `cap` findings of each (half, rule, entry), chosen at random."""
    rng = random.Random(seed)
    groups: dict[tuple, list[Found]] = defaultdict(list)
    for r in results:
        for f in r.findings:
            groups[(f.half, f.rule, f.entry)].append(f)
    keep = {id(f) for group in groups.values() for f in rng.sample(group, min(cap, len(group)))}
    for r in results:
        r.findings = [f for f in r.findings if id(f) in keep]


def _row(f: Found) -> dict[str, Any]:
    return {
        "id": "",
        "corpus": f.corpus,
        "commit": CORPORA[f.corpus][1],
        "file": f.file,
        "half": f.half,
        "start": f.start,
        "end": f.end,
        "line": f.line,
        "rule": f.rule,
        "entry": f.entry,
        "severity": f.severity,
        "text": f.text,
        "message": f.message,
        "suggestion": f.suggestion,
        "safety": f.safety,
        "edits": [list(e) for e in f.edits],
    }


def context(source: str, start: int, end: int, width: int = 700) -> str:
    """The paragraph around a finding (with the heading above it), the finding marked ⟦ ⟧."""
    para_start = source.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = source.find("\n\n", end)
    para_end = len(source) if para_end < 0 else para_end
    para_start = max(para_start, start - width)
    para_end = min(para_end, end + width)
    heading = ""
    for line in reversed(source[:para_start].splitlines()):
        if line.lstrip().startswith("#"):
            heading = line.strip()
            break
    marked = source[para_start:start] + "⟦" + source[start:end] + "⟧" + source[end:para_end]
    return (f"[under heading: {heading}]\n" if heading else "") + marked.strip()


def applied_line(source: str, row: dict[str, Any]) -> str:
    """The line of the finding with the first suggestion's edits applied, as a judge reads it."""
    from lingo.findings import Edit
    from lingo.fix import apply_edits

    first = min(e[0] for e in row["edits"])
    last = max(e[1] for e in row["edits"])
    start = source.rfind("\n", 0, first) + 1
    end = source.find("\n", last)
    end = len(source) if end < 0 else end
    edits = [Edit(e_start - start, e_end - start, text) for e_start, e_end, text in row["edits"]]
    return repr(apply_edits(source[start:end], edits).strip())


def write_packet(rows: Sequence[dict[str, Any]], out: Path) -> None:
    sources: dict[tuple[str, str], str] = {}
    parts = []
    for row in rows:
        key = (row["corpus"], row["file"])
        if key not in sources:
            sources[key] = (CORPORA[row["corpus"]][0] / row["file"]).read_text(encoding="utf-8")
        suggestion = (
            f"{row['suggestion']}  [{row['safety']}]" if row.get("suggestion") else "(none)"
        )
        parts.append(
            f"### {row['id']}\n"
            f"- page: {row['corpus']}/{row['file']} (line {row['line']})\n"
            f"- rule: {row['rule']}" + (f" (entry: {row['entry']})" if row["entry"] else "") + "\n"
            f"- severity: {row['severity']}\n"
            f"- flagged: {row['text']!r}\n"
            f"- message: {row['message']}\n"
            f"- suggestion: {suggestion}\n"
            + (
                f"- the line with it applied: {applied_line(sources[key], row)}\n"
                if row.get("edits")
                else ""
            )
            + "\n"
            f"```text\n{context(sources[key], row['start'], row['end'])}\n```\n"
        )
    out.write_text("\n".join(parts), encoding="utf-8")


def merge_verdicts(sample: Path, judge_a: Path, judge_b: Path, referee: Path, out: Path) -> int:
    """Add a judged sample to the judged set: both judges' labels, and the settled ones.

    Where the two judges agree on a label it stands; where they differ, the
    referee's (a third judge who saw both) does.
    """

    def read(path: Path) -> dict[str, dict[str, Any]]:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        return {row["id"]: row for row in rows if row}

    a, b, settled = read(judge_a), read(judge_b), read(referee) if referee.exists() else {}
    judged = {row["id"]: row for row in load_judged(out)} if out.exists() else {}
    existing = set(judged)
    for row in read(sample).values():
        old = judged.get(row["id"])
        where = (row["file"], row["start"], row["rule"])
        if old and (old["file"], old["start"], old["rule"]) != where:
            # Two samples drawn before either was merged number their findings alike.
            raise SystemExit(
                f"{sample}: id {row['id']} is already a different judged finding; "
                "renumber the sample and its verdicts before merging"
            )
    added = 0
    with out.open("a", encoding="utf-8") as handle:
        for row in read(sample).values():
            if row["id"] in existing:
                continue
            ja, jb = a[row["id"]], b[row["id"]]
            final = dict(settled.get(row["id"], {}))
            for label in ("verdict", "suggestion"):
                if ja[label] == jb[label]:
                    final[label] = ja[label]
                elif label not in final:
                    raise SystemExit(f"{row['id']}: judges differ on {label} and no referee said")
            row.update(
                judge_a=ja["verdict"],
                judge_b=jb["verdict"],
                suggestion_a=ja["suggestion"],
                suggestion_b=jb["suggestion"],
                verdict=final["verdict"],
                suggestion_verdict=final["suggestion"],
                settled="agreed" if ja["verdict"] == jb["verdict"] else "referee",
            )
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            added += 1
    return added


# -- command line --------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "action", nargs="?", default="score", choices=["score", "sample", "packet", "merge"]
    )
    parser.add_argument("paths", nargs="*", help="sample: OUT.jsonl; packet: IN.jsonl OUT.md")
    parser.add_argument("--judged", type=Path, default=JUDGED)
    parser.add_argument("--corpus-stats", action="store_true", help="lint both whole corpora")
    parser.add_argument("--profile", default=None, help="score as this profile would report")
    parser.add_argument(
        "--enable", default=None, metavar="RULES", help="also these opt-in rules (comma-separated)"
    )
    parser.add_argument("--jobs", "-j", type=int, default=2)
    parser.add_argument(
        "--unjudged",
        type=int,
        default=0,
        metavar="N",
        help="list N unjudged current findings of the tune half (the untouched half is never "
        "listed: draw a sample for judges with `sample --new-only` instead)",
    )
    parser.add_argument("--new-only", action="store_true", help="sample: only unjudged findings")
    parser.add_argument("--half", choices=HALVES, default=None, help="sample: from this half only")
    parser.add_argument("--rule", default=None, help="sample: only this rule's findings")
    parser.add_argument(
        "--severity",
        default=None,
        choices=["info", "warning", "error"],
        help="sample: only findings of this severity",
    )
    parser.add_argument(
        "--per-entry",
        type=int,
        default=0,
        metavar="N",
        help="sample: at most N findings of any one lexicon entry (spreads a sample over entries)",
    )
    parser.add_argument("--per-rule", type=int, default=20)
    parser.add_argument("--per-half", type=int, default=160)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--write-docs",
        action="store_true",
        help="write each rule page's 'Measured precision' section (docs/rules/)",
    )
    parser.add_argument("--date", default=None, help="--write-docs: the date to give (today)")
    args = parser.parse_args(argv)

    overrides: dict[str, Any] = {"profile": args.profile} if args.profile else {}
    if args.enable:
        overrides["enable"] = [name.strip() for name in args.enable.split(",") if name.strip()]
    missing = [name for name, (folder, _) in CORPORA.items() if not folder.is_dir()]
    if missing:
        print(f"needs ../shared/bench ({', '.join(missing)} missing)", file=sys.stderr)
        return 2

    if args.action == "packet":
        rows = [json.loads(line) for line in Path(args.paths[0]).read_text().splitlines() if line]
        write_packet(rows, Path(args.paths[1]))
        return 0

    if args.action == "merge":
        added = merge_verdicts(*(Path(p) for p in args.paths[:4]), args.judged)
        print(f"{added} judged findings added to {args.judged}")
        return 0

    if args.action == "sample":
        results = [r for corpus in CORPORA for r in lint_files(corpus, None, overrides, args.jobs)]
        first_id = 1
        if args.new_only:  # findings the judged set does not hold yet (after a change)
            judged_rows = load_judged(args.judged)
            for r in results:
                _, r.findings = match(judged_rows, r.findings)
            first_id = 1 + max(int(row["id"][1:]) for row in judged_rows)
        for r in results:
            r.findings = [
                f
                for f in r.findings
                if (args.rule is None or f.rule == args.rule)
                and (args.severity is None or f.severity == args.severity)
            ]
        if args.per_entry:
            _cap_per_entry(results, args.per_entry, args.seed)
        halves = [args.half] if args.half else HALVES
        rows = draw_sample(results, args.per_rule, args.per_half, args.seed, halves, first_id)
        with Path(args.paths[0]).open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(
            f"{len(rows)} findings sampled: "
            + ", ".join(
                f"{k} {v}" for k, v in sorted(Counter((r["half"], r["rule"]) for r in rows).items())
            )
        )
        return 0

    commit = _code_commit()  # the code as it is when the run starts
    judged = load_judged(args.judged)
    print(
        f"judged set: {len(judged)} findings ({args.judged}); "
        f"agreement of the two judges: {_agreement(judged)}"
        + (f"; profile {args.profile}" if args.profile else "")
    )
    if args.corpus_stats or args.unjudged:
        results = [r for corpus in CORPORA for r in lint_files(corpus, None, overrides, args.jobs)]
    else:
        results = []
        for corpus in CORPORA:
            files = {row["file"] for row in judged if row["corpus"] == corpus}
            results += lint_files(corpus, files, overrides, args.jobs)
    volumes = corpus_stats(results) if args.corpus_stats else None
    result = score(judged, results, volumes)
    print_table(result)
    if args.unjudged:
        _list_unjudged(judged, results, args.unjudged, args.seed)
    if args.write_docs:
        _write_docs(args, judged, overrides, result, results, commit)
    return 0


def _write_docs(
    args: argparse.Namespace,
    judged: Sequence[dict[str, Any]],
    overrides: dict[str, Any],
    result: dict[str, Any],
    results: Sequence[FileResult],
    commit: str,
) -> None:
    """Each rule page's "Measured precision"; opt-in rules scored in a run that turns them on."""
    import datetime

    from precision_docs import figures_from, write_pages

    from lingo.lexicon.rules import all_rules

    rules = all_rules()
    opt_in = [r.id for r in rules if r.opt_in]
    rates = corpus_rates(results) if args.corpus_stats else None
    on_result, on_rates = result, rates
    if opt_in:
        print(f"\nscoring the opt-in rules turned on: {', '.join(opt_in)}")
        on = dict(overrides, enable=[*overrides.get("enable", []), *opt_in])
        if args.corpus_stats:
            on_results = [r for c in CORPORA for r in lint_files(c, None, on, args.jobs)]
        else:
            on_results = []
            for corpus in CORPORA:
                files = {row["file"] for row in judged if row["corpus"] == corpus}
                on_results += lint_files(corpus, files, on, args.jobs)
        on_result = score(judged, on_results, None)
        for half in HALVES:
            for rule in opt_in:
                t = on_result["tallies"].get((half, rule), Tally())
                print(
                    f"  {half:<9} {rule:<32} strict {_fmt(t.precision(True)):>5}  "
                    f"judged {t.judged:>3}  true {t.true:>3}  gone {t.gone:>3}  "
                    f"unjudged {on_result['unjudged'][(half, rule)]:>4}"
                )
        on_rates = corpus_rates(on_results) if args.corpus_stats else None
    from lingo.lexicon.lexicons import builtin_lexicons

    opt_in_entries = Counter(
        rule.id for rule in builtin_lexicons() for entry in rule.entries if entry.opt_in
    )
    figures = [
        figures_from(on_result, r.id, True, on_rates)
        if r.opt_in
        else figures_from(result, r.id, False, rates, opt_in_entries[r.id])
        for r in rules
    ]
    date = args.date or datetime.date.today().isoformat()
    changed = write_pages(
        ROOT / "docs" / "rules", figures, date=date, commit=commit, profile=args.profile
    )
    names = ", ".join(str(path.relative_to(ROOT)) for path in changed)
    print(f"\n{len(changed)} rule page(s) written" + (f": {names}" if names else ""))


def _code_commit() -> str:
    """The commit of the code measured, noting uncommitted changes to lingo/ or lexicons/."""
    import subprocess

    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    dirty = git("status", "--porcelain", "--", "lingo", "lexicons")
    return f"{commit}, with uncommitted changes" if dirty else commit


def _agreement(judged: Sequence[dict[str, Any]]) -> str:
    both = [r for r in judged if r.get("judge_a") and r.get("judge_b")]
    if not both:
        return "n/a"
    same = sum(r["judge_a"] == r["judge_b"] for r in both)
    return f"{same / len(both):.0%} of {len(both)}"


def _list_unjudged(
    judged: Sequence[dict[str, Any]], results: Sequence[FileResult], n: int, seed: int
) -> None:
    current = [f for r in results for f in r.findings if f.half == "tune"]
    _, unmatched = match(judged, current)
    rng = random.Random(seed)
    picked = rng.sample(unmatched, min(n, len(unmatched)))
    print(f"\n{len(unmatched)} findings of the tune half are unjudged; {len(picked)} sampled:")
    for f in picked:
        print(f"  {f.corpus}/{f.file}:{f.line} {f.rule} [{f.text[:80]}]")


if __name__ == "__main__":
    sys.exit(main())

"""The report card on real documents: letters by length, and agreement with judged grades.

    python benchmarks/grades.py                      # both corpora: letters by length band,
                                                     # and agreement with the judged grades
    python benchmarks/grades.py --figures OUT.jsonl  # ... and write each file's figures
    python benchmarks/grades.py sample OUT.jsonl     # draw documents to judge, by length
    python benchmarks/grades.py packet SAMPLE DIR    # one judge's packet: rubric + documents
    python benchmarks/grades.py add SAMPLE A.txt B.txt  # add two judges' letters to the set

The judged set (benchmarks/data/grades.jsonl, described in benchmarks/data/
README.md) holds documents from the two corpora in ../shared/bench, drawn by
length band and corpus, each graded A-F by judges who read the document
against the rubric below and never saw lingo's letter. Half of them
(`"half": "calibrate"`) set the constants in lingo/engine/grade.py; the other
half (`"half": "check"`) was never used for that, and its agreement is the
figure that counts.

Letters are compared as numbers (A=4 ... F=0): "exact" is the same letter,
"within one" is at most one letter apart.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from precision import CORPORA  # noqa: E402  (a sibling benchmark: the same corpora)

JUDGED = HERE / "data" / "grades.jsonl"
LETTERS = "FDCBA"  # index = points: F=0 ... A=4
BANDS = (("short", 1, 59), ("medium", 60, 500), ("long", 501, None))
HALVES = ("calibrate", "check")
# Not documents a customer reads on their own: fragments pulled into other pages.
NOT_DOCUMENTS = ("_includes/", "ATTRIBUTION.md")

RUBRIC = """\
Grade the document as its reader meets it: a customer (or a customer's IT
administrator) who came to this page for help. Read the prose: the headings,
paragraphs, lists and notes. Skip what a reader would not read as prose:
front matter between --- lines, code blocks, HTML comments, template tags
such as {% ... %} or {{ ... }}, and link targets. Do not grade the subject
or the product, and do not grade how long the page is: a two-line answer can
be an A, and so can a long article.

Give one letter:
  A  a customer could use it as it is
  B  minor edits: a word or a sentence here and there
  C  several edits: a number of sentences a customer would trip on
  D  hard to follow or unwelcoming in places
  F  a customer would struggle with it or feel pushed away

Judge two things and let the worse one decide: how hard the text is to read
(long sentences, long or unexplained words, jargon) and how it treats the
reader (refusals, blame, policy-speak, talking down). Grade each document on
its own, without comparing it with the others.

Answer with one line per document: its id, a space, the letter, and if you
like a short reason after a second space, e.g.
  g07 B one long paragraph of conditions
"""


def band_of(words: int) -> str:
    for name, low, high in BANDS:
        if words >= low and (high is None or words <= high):
            return name
    return "no prose"


@dataclass(frozen=True)
class Figures:
    """What the report card of one file is made from, and the letter it got."""

    corpus: str
    file: str
    words: int
    sentences: int
    flesch_kincaid_grade: float
    target_grade: float
    findings: tuple[tuple[str, str], ...]  # (rule, severity) of each finding
    score: float
    grade: str

    @property
    def band(self) -> str:
        return band_of(self.words)


def lint_corpus(corpus: str, jobs: int) -> list[Figures]:
    """Every file of a corpus, linted as `lingo score --isolated --no-cache` would."""
    from lingo.cli.runner import lint_targets
    from lingo.cli.workspace import Linters, Settings, plan

    folder = CORPORA[corpus][0]
    found = plan([str(folder)], Settings({}, isolated=True))
    linted, errors = lint_targets(found.targets, Linters(), jobs=jobs)
    for error in errors:
        print(f"  lingo: {error}", file=sys.stderr)
    figures = []
    for target, report in linted:
        r = report.readability
        figures.append(
            Figures(
                corpus=corpus,
                file=str(Path(target.path).resolve().relative_to(folder.resolve())),
                words=r.words,
                sentences=r.sentences,
                flesch_kincaid_grade=r.flesch_kincaid_grade,
                target_grade=r.target_grade,
                findings=tuple((f.rule, f.severity.value) for f in report.findings),
                score=report.score,
                grade=report.grade,
            )
        )
    return figures


def _figures(row: dict[str, Any]) -> Figures:
    row["findings"] = tuple(tuple(pair) for pair in row["findings"])
    return Figures(**row)


# -- letters by length band ------------------------------------------------------------------


def distribution(figures: Iterable[Figures]) -> dict[str, Counter[str]]:
    by_band: dict[str, Counter[str]] = defaultdict(Counter)
    for f in figures:
        by_band[f.band][f.grade] += 1
    return by_band


def print_distribution(corpus: str, figures: Sequence[Figures]) -> None:
    by_band = distribution(figures)
    print(f"\n{corpus}: {len(figures)} files, letters by length band (prose words lingo reads)")
    print(f"  {'band':<22} {'files':>5}   " + "".join(f"{g:>6}" for g in "ABCDF"))
    for name, low, high in (*BANDS, ("no prose", 0, 0)):
        counts = by_band.get(name)
        if not counts:
            continue
        total = sum(counts.values())
        span = f"{low}+" if high is None else (f"{low}-{high}" if high else "0")
        label = f"{name} ({span} words)"
        shares = "".join(f"{counts[g] / total:>6.0%}" for g in "ABCDF")
        print(f"  {label:<22} {total:>5}   {shares}")


# -- drawing documents to judge, packets and the judged set --------------------------------------


def draw_sample(figures: Sequence[Figures], per_stratum: int, seed: int) -> list[dict[str, Any]]:
    """`per_stratum` documents for each corpus and length band, half of each to each half.

    Drawn by length alone: the letters lingo gives are not looked at, so that
    judges and the one who calibrates see a fair spread.
    """
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for corpus in CORPORA:
        for name, _, _ in BANDS:
            pool = sorted(
                (
                    f
                    for f in figures
                    if f.corpus == corpus
                    and f.band == name
                    and not any(part in f.file for part in NOT_DOCUMENTS)
                ),
                key=lambda f: f.file,
            )
            picked = rng.sample(pool, min(per_stratum, len(pool)))
            for n, f in enumerate(picked):
                rows.append(
                    {
                        "id": "",
                        "corpus": corpus,
                        "commit": CORPORA[corpus][1],
                        "file": f.file,
                        "band": name,
                        "words": f.words,
                        "half": HALVES[n % 2],
                    }
                )
    rng.shuffle(rows)
    for n, row in enumerate(rows, 1):
        row["id"] = f"g{n:02d}"
    return rows


def write_packet(rows: Sequence[dict[str, Any]], out: Path) -> None:
    """The rubric and every document in full, in a random order of its own: no letters."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "RUBRIC.txt").write_text(RUBRIC, encoding="utf-8")
    for row in rows:
        source = (CORPORA[row["corpus"]][0] / row["file"]).read_text(encoding="utf-8")
        (out / f"{row['id']}.md").write_text(source, encoding="utf-8")


def read_letters(path: Path) -> dict[str, str]:
    """A judge's answer: `id LETTER [reason]` per line."""
    letters = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split(maxsplit=2)
        if not parts or parts[0].startswith("#"):
            continue
        if len(parts) < 2 or parts[1].upper() not in LETTERS:
            raise SystemExit(f"{path}:{number}: expected 'id LETTER', got {line!r}")
        letters[parts[0]] = parts[1].upper()
    return letters


def add_judged(sample: Path, judges: Sequence[Path], out: Path) -> int:
    rows = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line]
    verdicts = [read_letters(path) for path in judges]
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            letters = [v.get(row["id"]) for v in verdicts]
            if None in letters:
                raise SystemExit(f"{row['id']}: not graded by every judge")
            row["judges"] = letters
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


# -- agreement with the judges ---------------------------------------------------------------


def points(letter: str) -> int:
    return LETTERS.index(letter)


def agreement(pairs: Sequence[tuple[str, str]]) -> tuple[float, float, float]:
    """Exact, within one letter, and lingo's mean signed distance (lingo - judge)."""
    if not pairs:
        return (0.0, 0.0, 0.0)
    gaps = [points(ours) - points(theirs) for ours, theirs in pairs]
    return (
        sum(g == 0 for g in gaps) / len(gaps),
        sum(abs(g) <= 1 for g in gaps) / len(gaps),
        sum(gaps) / len(gaps),
    )


def print_agreement(judged: Sequence[dict[str, Any]], figures: Sequence[Figures]) -> None:
    ours = {(f.corpus, f.file): f.grade for f in figures}
    n_judges = max(len(row["judges"]) for row in judged)
    print(f"\nJudged set: {len(judged)} documents ({JUDGED.name}), {n_judges} judge(s)")
    if n_judges > 1:
        both = [row["judges"] for row in judged]
        exact, within, _ = agreement([(j[0], j[1]) for j in both])
        print(f"  the judges with each other: exact {exact:.0%}, within one letter {within:.0%}")
    print("  bias: lingo's letter minus the judge's, on average (+ is kinder than the judge)")
    print(
        f"  {'half':<10} {'band':<7} {'judge':<6} {'docs':>4}  {'exact':>6} {'within 1':>9} "
        f"{'bias':>6}"
    )
    for half in HALVES:
        for band in ("all", *(name for name, _, _ in BANDS)):
            rows = [
                r
                for r in judged
                if r["half"] == half
                and (r["corpus"], r["file"]) in ours
                and band in ("all", r["band"])
            ]
            for j in range(n_judges):
                pairs = [(ours[(r["corpus"], r["file"])], r["judges"][j]) for r in rows]
                exact, within, bias = agreement(pairs)
                print(
                    f"  {half:<10} {band:<7} {chr(ord('A') + j):<6} {len(pairs):>4}  "
                    f"{exact:>6.0%} {within:>9.0%} {bias:>+6.2f}"
                )
    missing = [r["file"] for r in judged if (r["corpus"], r["file"]) not in ours]
    if missing:
        print(f"  not found in the corpora now: {', '.join(missing)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "action", nargs="?", default="score", choices=["score", "sample", "packet", "add"]
    )
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--judged", type=Path, default=JUDGED)
    parser.add_argument(
        "--figures", type=Path, default=None, help="write each file's figures here (JSON lines)"
    )
    parser.add_argument(
        "--reuse",
        type=Path,
        default=None,
        help="read the files' figures from a --figures file instead of linting",
    )
    parser.add_argument("--per-stratum", type=int, default=10)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--jobs", "-j", type=int, default=2)
    args = parser.parse_args(argv)

    missing = [name for name, (folder, _) in CORPORA.items() if not folder.is_dir()]
    if missing:
        print(f"needs ../shared/bench ({', '.join(missing)} missing)", file=sys.stderr)
        return 2
    if args.action == "packet":
        rows = [json.loads(x) for x in Path(args.paths[0]).read_text().splitlines() if x]
        write_packet(rows, Path(args.paths[1]))
        print(f"{len(rows)} documents and RUBRIC.txt in {args.paths[1]}")
        return 0
    if args.action == "add":
        added = add_judged(Path(args.paths[0]), [Path(p) for p in args.paths[1:]], args.judged)
        print(f"{added} judged documents written to {args.judged}")
        return 0

    if args.reuse:
        figures = [_figures(json.loads(x)) for x in args.reuse.read_text().splitlines() if x]
    else:
        figures = [f for corpus in CORPORA for f in lint_corpus(corpus, args.jobs)]
    if args.figures:
        with args.figures.open("w", encoding="utf-8") as out:
            for f in figures:
                out.write(json.dumps(asdict(f)) + "\n")
    if args.action == "sample":
        rows = draw_sample(figures, args.per_stratum, args.seed)
        with Path(args.paths[0]).open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        counts = Counter((r["corpus"], r["band"]) for r in rows)
        print(
            f"{len(rows)} documents drawn: "
            + ", ".join(f"{c} {b} {n}" for (c, b), n in sorted(counts.items()))
        )
        return 0
    for corpus in CORPORA:
        print_distribution(corpus, [f for f in figures if f.corpus == corpus])
    if args.judged.exists():
        judged = [json.loads(x) for x in args.judged.read_text().splitlines() if x]
        print_agreement(judged, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A support estate: a million ticket replies checked in one process, two, and on a Dask cluster.

    python benchmarks/estate.py build                   # the table: 1,000,000 rows (about 600 MB)
    python benchmarks/estate.py run --rows 50000 --mode single --mode jobs --mode cluster
    python benchmarks/estate.py run --mode jobs         # every row of the table
    python benchmarks/estate.py stream --gigabytes 5    # read a 5 GB CSV through the reader

`build` writes a CSV of ticket replies made from the shared corpora's
paragraphs (../shared/bench/ms-support and segment-docs): each body is HTML
with a greeting and a sign-off around one paragraph, with Liquid and
Handlebars placeholders, as a help desk stores them; team, agent and the
date are columns. Paragraphs are drawn pseudo-randomly, so rows repeat only
as often as the corpora's paragraphs allow.

`run` times `lingo check --table` over the first --rows rows (all by
default) as a user runs it (`--format parquet -o`, `--group-by team`):
  single   --jobs 1: one process
  jobs     --jobs 2: two worker processes forked after the pipeline is loaded
  cluster  --scheduler: a distributed.LocalCluster of two single-threaded workers
and prints rows and words per second (words as lingo counts them, from the
summary) and the peak memory of every process (PSS: shared pages split
between the processes that share them; RSS beside it).

`stream` writes a CSV of the asked size (rows of the estate, repeated) and
reads it through lingo's table reader without checking, to show that
memory stays flat however large the file: nothing loads it whole.

Never run by the tests: a full run takes hours on two cores.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from speed import PeakMemory  # this folder is on the path when run as a script

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "bench"
CORPORA = (SHARED / "ms-support", SHARED / "segment-docs")
DEFAULT_DIR = Path(tempfile.gettempdir()) / "lingo-estate"
TEAMS = ("billing", "shipping", "accounts", "returns", "technical")
GREETINGS = (
    "<p>Hi {{ticket.requester.first_name}},</p>",
    "<p>Hello {{ ticket.requester.name }},</p>",
    "<p>Dear {{customer.first_name}},</p>",
)
SIGN_OFFS = (
    "<p>Thanks,<br>{{current_user.first_name}}</p>",
    "<p>{{#if ticket.vip}}As one of our valued members, {{/if}}you can reply to this email "
    "any time.</p><p>{{agent.name}}</p>",
    "<p>{% if ticket.priority == 'urgent' %}We are on it.{% endif %} Best wishes, "
    "{{ticket.assignee.name}}</p>",
)


# -- building the table ----------------------------------------------------------------

_MARKUP_LINE = re.compile(r"^\s*(```|~~~|\||<|#|!\[|\[!|---|\{%|- |\* |\d+\. |>)")
_INLINE = re.compile(r"\[([^\]]+)\]\([^)]*\)|[*_`]+")


def paragraphs() -> list[str]:
    """Prose paragraphs of the shared corpora, one line each, with inline markup removed."""
    found: list[str] = []
    for corpus in CORPORA:
        for path in sorted(corpus.rglob("*.md")):
            text = path.read_text(encoding="utf-8", errors="replace")
            for block in re.split(r"\n\s*\n", text):
                if _MARKUP_LINE.match(block) or "{{" in block:
                    continue
                line = " ".join(_INLINE.sub(r"\1", block).split())
                if 60 <= len(line) <= 1200 and sum(c.isalpha() for c in line) > 0.7 * len(line):
                    found.append(line.replace("&", "&amp;").replace("<", "&lt;"))
    if not found:
        raise SystemExit(f"no paragraphs found under {SHARED} (the shared corpora are needed)")
    return found


def estate_rows(count: int, seed: int = 16) -> Iterator[list[str]]:
    texts = paragraphs()
    chance = random.Random(seed)
    for i in range(count):
        body = "\n".join(
            (chance.choice(GREETINGS), f"<p>{chance.choice(texts)}</p>", chance.choice(SIGN_OFFS))
        )
        month = 1 + i * 12 // max(count, 1)
        day = 1 + chance.randrange(28)
        yield [
            f"T-{i + 1:07d}",
            TEAMS[chance.randrange(len(TEAMS))],
            f"agent-{chance.randrange(60):02d}",
            f"2025-{month:02d}-{day:02d}T{chance.randrange(24):02d}:00:00Z",
            body,
        ]


def build(path: Path, rows: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ticket_id", "team", "agent", "created_at", "body"])
        writer.writerows(estate_rows(rows))
    size = path.stat().st_size
    print(f"{path}: {rows:,} rows, {size / 1e6:,.0f} MB, {time.perf_counter() - start:.0f} s")


def head(path: Path, rows: int, folder: Path) -> Path:
    """The first `rows` rows of the table, as their own file (the whole table for 0)."""
    if not rows:
        return path
    out = folder / f"estate-{rows}.csv"
    if out.exists():
        return out
    with (
        open(path, encoding="utf-8", newline="") as source,
        open(out, "w", encoding="utf-8", newline="") as target,
    ):
        reader, writer = csv.reader(source), csv.writer(target)
        for i, record in enumerate(reader):
            if i > rows:
                break
            writer.writerow(record)
    return out


# -- memory of every process ------------------------------------------------------------


class Peaks(PeakMemory):
    """Peak PSS and RSS of each process of a tree (and of extra pids), sampled from /proc."""

    def __init__(self, root: int, extra: Sequence[int] = ()) -> None:
        super().__init__(root)
        self.extra = list(extra)
        self.peaks: dict[int, tuple[int, int, str]] = {}  # pid -> (pss kB, rss kB, name)
        self.cpu: dict[int, float] = {}  # pid -> CPU seconds (user + system) at the last look
        self.cpu_at_start: dict[int, float] = {}

    def __enter__(self) -> Peaks:
        super().__enter__()
        return self

    def _tree(self) -> list[int]:
        return [*super()._tree(), *self.extra]

    def _run(self) -> None:
        while not self._stop.is_set():
            for pid in self._tree():
                try:
                    rollup = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
                    name = Path(f"/proc/{pid}/comm").read_text().strip()
                    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                except OSError:
                    continue
                cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
                self.cpu_at_start.setdefault(pid, cpu if pid in self.extra else 0.0)
                self.cpu[pid] = cpu
                values = {line.split(":")[0]: int(line.split()[1]) for line in rollup[1:]}
                pss, rss = values.get("Pss", 0), values.get("Rss", 0)
                old = self.peaks.get(pid, (0, 0, name))
                self.peaks[pid] = (max(old[0], pss), max(old[1], rss), name)
            self._stop.wait(0.5)

    @property
    def cpu_seconds(self) -> float:
        """CPU time the processes spent during the run (workers of a cluster: since it began)."""
        return sum(cpu - self.cpu_at_start.get(pid, 0.0) for pid, cpu in self.cpu.items())

    def lines(self) -> list[str]:
        ranked = sorted(self.peaks.items(), key=lambda item: -item[1][0])
        return [
            f"    pid {pid} ({name}): peak PSS {pss / 1024:,.0f} MB, RSS {rss / 1024:,.0f} MB"
            for pid, (pss, rss, name) in ranked
            if rss > 50 * 1024
        ]


# -- running ----------------------------------------------------------------------------


def lingo_command() -> list[str]:
    exe = Path(sys.executable).parent / "lingo"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "lingo"]


def check(table: Path, folder: Path, mode: str, scheduler: str | None) -> dict[str, object]:
    out, summary = folder / f"findings-{mode}.parquet", folder / f"summary-{mode}.json"
    command = [
        *lingo_command(),
        "check",
        "--no-cache",
        "--table",
        str(table),
        "--text-column",
        "body",
        "--id-column",
        "ticket_id",
        "--syntax",
        "html",
        "--group-by",
        "team",
        "--format",
        "parquet",
        "-o",
        str(out),
        "--summary-file",
        str(summary),
    ]
    if mode == "single":
        command += ["--jobs", "1"]
    elif mode == "jobs":
        command += ["--jobs", "2"]
    else:
        assert scheduler is not None
        command += ["--scheduler", scheduler]
    workers = _worker_pids(scheduler) if scheduler else []
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with Peaks(proc.pid, workers) as peaks:
        _, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"lingo failed ({proc.returncode}): {stderr[-2000:]}")
    groups = json.loads(summary.read_text(encoding="utf-8"))
    rows = sum(g["rows"] for g in groups)
    words = sum(g["words"] for g in groups)
    findings = sum(g["findings"] for g in groups)
    return {
        "mode": mode,
        "rows": rows,
        "words": words,
        "findings": findings,
        "seconds": seconds,
        "cpu": peaks.cpu_seconds,
        "memory": peaks.lines(),
        "findings_file": str(out),
    }


def _worker_pids(scheduler: str) -> list[int]:
    from distributed import Client

    with Client(scheduler) as client:
        return list(client.run(os.getpid).values())


def run(args: argparse.Namespace) -> None:
    folder = Path(args.dir)
    table = folder / "estate.csv"
    if not table.exists():
        build(table, args.build_rows)
    subset = head(table, args.rows, folder)
    results = []
    for mode in args.mode or ["single", "jobs", "cluster"]:
        if mode == "cluster":
            from distributed import LocalCluster

            with LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster:
                results.append(check(subset, folder, mode, cluster.scheduler_address))
        else:
            results.append(check(subset, folder, mode, None))
        report(results[-1])
    _same_findings(results)


def report(result: dict[str, object]) -> None:
    seconds = float(result["seconds"])  # type: ignore[arg-type]
    rows, words = int(result["rows"]), int(result["words"])  # type: ignore[call-overload]
    cpu = float(result["cpu"])  # type: ignore[arg-type]
    print(
        f"{result['mode']:>8}: {rows:,} rows, {words:,} words, {result['findings']:,} findings "
        f"in {seconds:,.0f} s: {rows / seconds:,.0f} rows/s, {words / seconds:,.0f} words/s; "
        f"{cpu:,.0f} CPU s, {words / max(cpu, 1e-9):,.0f} words per CPU second"
    )
    for line in result["memory"]:  # type: ignore[attr-defined]
        print(line)
    sys.stdout.flush()


def _same_findings(results: list[dict[str, object]]) -> None:
    if len(results) < 2:
        return
    import pyarrow.parquet as pq

    tables = [pq.read_table(str(r["findings_file"])) for r in results]
    same = all(t.equals(tables[0]) for t in tables[1:])
    print(f"findings identical across {', '.join(str(r['mode']) for r in results)}: {same}")


def long_run(args: argparse.Namespace) -> None:
    """The whole table through `check_table` with forked workers, with a progress line as it goes.

    The same code as `lingo check --table --jobs N` without writing the
    findings; a run stopped early still tells how far it got, how fast, and
    the peak memory of each process so far.
    """
    from lingo.tables import TableSpec, check_table, run_forked

    table = Path(args.dir) / "estate.csv"
    if not table.exists():
        build(table, 1_000_000)
    spec = TableSpec(text_columns=("body",), id_column="ticket_id")
    start = time.perf_counter()
    rows = words = findings = 0
    with Peaks(os.getpid()) as peaks:
        cells = check_table(str(table), spec, syntax="html", run=run_forked(args.jobs))
        for cell in cells:
            rows += 1
            words += cell.words
            findings += len(cell.findings)
            if rows % args.every == 0:
                _progress(rows, words, findings, time.perf_counter() - start, peaks)
    _progress(rows, words, findings, time.perf_counter() - start, peaks)
    print("finished", flush=True)


def _progress(rows: int, words: int, findings: int, seconds: float, peaks: Peaks) -> None:
    cpu = peaks.cpu_seconds
    print(
        f"{rows:,} rows, {words:,} words, {findings:,} findings in {seconds:,.0f} s: "
        f"{rows / seconds:,.1f} rows/s, {words / seconds:,.0f} words/s; {cpu:,.0f} CPU s, "
        f"{words / max(cpu, 1e-9):,.0f} words per CPU second",
        flush=True,
    )
    for line in peaks.lines():
        print(line, flush=True)


def stream(args: argparse.Namespace) -> None:
    """Write a CSV of the asked size and read it through lingo's reader: time and peak memory."""
    import resource

    from lingo.tables import TableSpec, read_rows

    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"stream-{args.gigabytes:g}gb.csv"
    target = int(args.gigabytes * 1e9)
    if not path.exists() or path.stat().st_size < target:
        sample = list(estate_rows(20_000))
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["ticket_id", "team", "agent", "created_at", "body"])
            written = 0
            while written < target:
                for record in sample:
                    writer.writerow(record)
                written = handle.tell()
    size = path.stat().st_size
    spec = TableSpec(text_columns=("body",), id_column="ticket_id")
    start = time.perf_counter()
    rows = chars = 0
    for row in read_rows(str(path), spec, print):
        rows += 1
        chars += sum(len(text) for _, text in row.texts)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"read {size / 1e9:.2f} GB ({rows:,} rows, {chars / 1e9:.2f} G characters of text) "
        f"in {seconds:,.0f} s; peak RSS of this process {peak:,.0f} MB"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", default=str(DEFAULT_DIR), help="where the tables are written")
    commands = parser.add_subparsers(dest="command", required=True)
    building = commands.add_parser("build", help="write the estate table")
    building.add_argument("--rows", type=int, default=1_000_000)
    running = commands.add_parser("run", help="check the table and report throughput")
    running.add_argument("--rows", type=int, default=0, help="the first N rows (0: all)")
    running.add_argument("--mode", action="append", choices=["single", "jobs", "cluster"])
    running.add_argument("--build-rows", type=int, default=1_000_000)
    longer = commands.add_parser("long", help="the whole table, forked workers, with progress")
    longer.add_argument("--jobs", type=int, default=2)
    longer.add_argument("--every", type=int, default=10_000)
    streaming = commands.add_parser("stream", help="read a large CSV through the reader")
    streaming.add_argument("--gigabytes", type=float, default=5.0)
    args = parser.parse_args(argv)
    if args.command == "build":
        build(Path(args.dir) / "estate.csv", args.rows)
    elif args.command == "run":
        run(args)
    elif args.command == "long":
        long_run(args)
    else:
        stream(args)


if __name__ == "__main__":
    main()

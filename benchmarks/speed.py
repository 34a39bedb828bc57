"""How fast lingo is: words per second, wall time, peak memory, and the ratios the team tracks.

    python benchmarks/speed.py                 # everything below
    python benchmarks/speed.py --only text     # one part: text, corpus, small, startup
    python benchmarks/speed.py --no-baseline   # skip the 30 s run of spaCy's full pipeline

Parts:
  text     1 MiB of product documentation, cold, one process: lingo vs spaCy's full
           default en_core_web_sm pipeline over the same text (target: 5x faster).
  corpus   `lingo check` over the 1,424-file segment-docs corpus, cold with default
           jobs, then warm from the cache (target: warm <= 5% of cold), with peak
           memory of the whole process tree (target < 500 MB), against proselint
           when a `proselint` command is found (target: <= 1.5x proselint's time).
           The same run again is replayed from the cache, so a warm run that
           rebuilds every report from its file's entry is timed too.
  small    one ~2 KB Markdown page, the pre-commit case, against a bare
           `python -c "import spacy; spacy.load(...)"` (target: <= 1.15x).
  startup  `lingo --help` and `lingo rules` (target: < 0.3 s).

Data comes from ../shared/bench/ when present, else from generated text (the
corpus part then needs the real corpus and is skipped). Timings are medians
of several runs where runs are short.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "bench"
TEXT_1MB = SHARED / "text-1mb.txt"
CORPUS = SHARED / "segment-docs"
SMALL = SHARED / "small.md"
OWN_SET = HERE / "data" / "customer_sentences.jsonl"


def lingo_command() -> list[str]:
    exe = Path(sys.executable).parent / "lingo"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "lingo"]


def generated_text(target_chars: int = 1_048_576) -> str:
    """Paragraphs of lingo's own labelled sentences, when the shared corpus is absent."""
    sentences = [
        json.loads(line)["text"] for line in OWN_SET.read_text(encoding="utf-8").splitlines()
    ]
    parts, size, i = [], 0, 0
    while size < target_chars:
        paragraph = " ".join(sentences[(i + k) % len(sentences)] for k in range(5))
        parts.append(paragraph)
        size += len(paragraph) + 2
        i += 5
    return "\n\n".join(parts)


class PeakMemory:
    """Peak memory of a process and all its children, sampled from /proc.

    Counted as PSS (proportional set size): pages that forked workers share
    with the parent count once, split between them, as the kernel sees it.
    Summing RSS would count the shared spaCy model once per worker.
    """

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _tree(self) -> list[int]:
        pids, frontier = [self.pid], [self.pid]
        while frontier:
            pid = frontier.pop()
            try:
                children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            except OSError:
                continue
            for child in children:
                pids.append(int(child))
                frontier.append(int(child))
        return pids

    def _run(self) -> None:
        while not self._stop.is_set():
            total = 0
            for pid in self._tree():
                try:
                    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                        if line.startswith("Pss:"):
                            total += int(line.split()[1])
                except OSError:
                    continue
            self.peak_kb = max(self.peak_kb, total)
            self._stop.wait(0.05)


def timed_run(command: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, int, int]:
    """Wall seconds, exit code and peak memory (MB) of a command and its children."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    with PeakMemory(proc.pid) as memory:
        code = proc.wait()
    return time.perf_counter() - start, code, memory.peak_kb // 1024


def median_run(command: Sequence[str], runs: int = 5, env: dict[str, str] | None = None) -> float:
    return statistics.median(timed_run(command, env)[0] for _ in range(runs))


def bench_text(baseline: bool) -> None:
    from lingo import Config, Linter

    text = TEXT_1MB.read_text(encoding="utf-8") if TEXT_1MB.exists() else generated_text()
    words = len(text.split())
    source = TEXT_1MB.name if TEXT_1MB.exists() else "generated text"
    print(f"text: {source}, {len(text):,} characters, {words:,} words")
    start = time.perf_counter()
    linter = Linter(config=Config(max_length=len(text) + 1))
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    report = linter.check(text)
    elapsed = time.perf_counter() - start
    print(
        f"  lingo: load {loaded:.2f} s, check {elapsed:.2f} s = {words / elapsed:,.0f} words/s, "
        f"{len(report.findings):,} findings"
    )
    if not baseline:
        return
    import spacy

    from lingo.engine.model import DEFAULT_MODELS

    for name in DEFAULT_MODELS:
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    start = time.perf_counter()
    for _ in nlp.pipe(paragraphs, batch_size=64):
        pass
    full = time.perf_counter() - start
    print(
        f"  spaCy full default pipeline ({', '.join(nlp.pipe_names)}): {full:.2f} s = "
        f"{words / full:,.0f} words/s"
    )
    print(f"  speed-up over the full pipeline: {full / elapsed:.2f}x (target 5x)")


def bench_corpus(proselint: str | None) -> None:
    if not CORPUS.is_dir():
        print("corpus: ../shared/bench/segment-docs not found; skipped")
        return
    files = sorted(str(p) for p in CORPUS.rglob("*.md"))
    print(f"corpus: {len(files)} Markdown files in {CORPUS}")
    with tempfile.TemporaryDirectory() as cache_dir:
        env = {**os.environ, "LINGO_CACHE_DIR": cache_dir}
        command = [*lingo_command(), "check", "--isolated", "--format", "json", str(CORPUS)]
        cold, code, peak = timed_run([*command, "--no-cache"], env)
        print(
            f"  lingo cold (no cache, default jobs): {cold:.1f} s, exit {code}, "
            f"peak memory {peak} MB (target < 500 MB)"
        )
        filling, _, _ = timed_run(command, env)
        warm_runs = [timed_run(command, env) for _ in range(3)]
        warm = statistics.median(run[0] for run in warm_runs)
        warm_peak = max(run[2] for run in warm_runs)
        print(
            f"  lingo filling the cache: {filling:.1f} s; warm re-run (median of 3): "
            f"{warm:.2f} s = {100 * warm / cold:.1f}% of cold (target <= 5%), peak {warm_peak} MB"
        )
        # Another --fail-on is another run, so nothing is replayed: every report is
        # rebuilt from its file's entry and rendered again, as after editing one file.
        entry_runs = [
            timed_run([*command, "--fail-on", level], env) for level in ("error", "info", "never")
        ]
        from_entries = statistics.median(run[0] for run in entry_runs)
        print(
            f"  warm, from the files' entries (no kept run to replay; median of 3): "
            f"{from_entries:.2f} s = {100 * from_entries / cold:.1f}% of cold, "
            f"peak {max(run[2] for run in entry_runs)} MB"
        )
    if proselint:
        started = time.perf_counter()
        subprocess.run(
            [proselint, "check", *files],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        theirs = time.perf_counter() - started
        print(
            f"  proselint: {theirs:.1f} s; "
            f"lingo cold / proselint = {cold / theirs:.2f}x (target <= 1.5x)"
        )
    else:
        print("  proselint not found (pass --proselint PATH); ratio not measured")


def bench_small() -> None:
    page = SMALL if SMALL.exists() else None
    with tempfile.TemporaryDirectory() as folder:
        if page is None:
            page = Path(folder) / "small.md"
            page.write_text("# Help\n\n" + generated_text(1900), encoding="utf-8")
        from lingo.engine.model import DEFAULT_MODELS

        load = (
            f"for n in {list(DEFAULT_MODELS)!r}:\n"
            "    try:\n        spacy.load(n); break\n    except OSError:\n        pass\n"
        )
        loader = "import spacy\n" + load
        # spaCy imported as lingo imports it, without spaCy's own CLI
        # (lingo/engine/spacy_import.py): what is left is lingo's own work.
        lean_loader = (
            "from lingo.engine.spacy_import import import_spacy\nspacy = import_spacy()\n" + load
        )
        # A fresh folder for lingo's compiled tables: the first run builds them
        # (once per machine and lingo version), later runs read them.
        compiled = Path(folder) / "compiled"
        env = {**os.environ, "LINGO_CACHE_DIR": folder, "LINGO_COMPILED_DIR": str(compiled)}
        command = [*lingo_command(), "check", "--isolated", "--no-cache", str(page)]
        first, _, _ = timed_run(command, env)
        # Interleaved, so a busy moment on the machine weighs on both alike.
        bare_runs, lean_runs, our_runs = [], [], []
        for _ in range(7):
            bare_runs.append(timed_run([sys.executable, "-c", loader])[0])
            lean_runs.append(timed_run([sys.executable, "-c", lean_loader])[0])
            our_runs.append(timed_run(command, env)[0])
        bare, ours = statistics.median(bare_runs), statistics.median(our_runs)
        lean = statistics.median(lean_runs)
        print(f"small: {page.name} ({page.stat().st_size:,} bytes)")
        print(
            f"  bare spacy.load: {bare:.2f} s; lingo check: {ours:.2f} s = {ours / bare:.2f}x "
            f"(target <= 1.15x); first run on a machine, building compiled tables: "
            f"{first:.2f} s = {first / bare:.2f}x"
        )
        print(
            f"  spaCy imported without its CLI, as lingo does, and loaded: {lean:.2f} s; "
            f"lingo's own work on top: {ours - lean:.2f} s = {ours / lean:.2f}x"
        )


def compile_lingo_bytecode() -> None:
    """Byte-compile lingo's modules, as `pip install` does for an installed package.

    An editable install in an environment with PYTHONDONTWRITEBYTECODE set
    (this project's machines) would otherwise compile every lingo module from
    source on every run, about 0.1 s, while spaCy's modules were compiled
    when pip installed them: the start-up figures would measure the checkout,
    not lingo as users run it (pre-commit installs hooks with pip).
    """
    import compileall

    import lingo

    package = Path(lingo.__file__).resolve().parent
    compileall.compile_dir(str(package), quiet=1)
    print(f"(lingo's bytecode compiled in {package}, as pip does on install)")


def bench_startup() -> None:
    help_time = median_run([*lingo_command(), "--help"])
    rules_time = median_run([*lingo_command(), "rules"])
    print(
        f"startup: lingo --help {help_time:.3f} s, lingo rules {rules_time:.3f} s (target < 0.3 s)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["text", "corpus", "small", "startup"], action="append")
    parser.add_argument("--no-baseline", action="store_true", help="skip spaCy's full pipeline run")
    parser.add_argument(
        "--proselint",
        default=shutil.which("proselint"),
        help="proselint command to compare with (default: on PATH)",
    )
    args = parser.parse_args(argv)
    parts = args.only or ["startup", "small", "text", "corpus"]
    compile_lingo_bytecode()
    if "startup" in parts:
        bench_startup()
    if "small" in parts:
        bench_small()
    if "text" in parts:
        bench_text(baseline=not args.no_baseline)
    if "corpus" in parts:
        bench_corpus(args.proselint)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Adversarial inputs (issue 17, item 4): each must lint in linear time and bounded memory.

    python benchmarks/adversarial.py                  # every input at 1 MB, against 1 MB of prose
    python benchmarks/adversarial.py --size 200000    # smaller, for a quick look
    python benchmarks/adversarial.py --only cr-only --only run-on
    python benchmarks/adversarial.py --write DIR      # only write the inputs to DIR

Each input is written to a temporary file and linted by `lingo check` in its
own subprocess (no cache, no configuration file, `--time-budget 0` so the
run is timed to the end); wall time and peak memory (the child's
`resource.getrusage` maximum resident set) are measured there. Targets: each
adversarial file finishes in at most 5x the time of the same size of
ordinary prose (../shared/bench/text-1mb.txt when present, else generated),
and in under 1 GB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TEXT_1MB = ROOT.parent / "shared" / "bench" / "text-1mb.txt"
MB = 1_000_000
TIME_TARGET = 5.0  # x ordinary prose
MEMORY_TARGET_MB = 1024

# Words lingo reacts to (jargon, say-no, passive) so that every input makes findings.
TRIGGERS = (
    "Please utilize the form to leverage our portal",
    "we cannot refund this order per our policy",
    "your request was denied by the team",
    "you failed to enter the code prior to checkout",
)


def _fill(unit: Callable[[int], str], size: int, sep: str = "") -> str:
    parts, total, i = [], 0, 0
    while total < size:
        piece = unit(i) + sep
        parts.append(piece)
        total += len(piece)
        i += 1
    return "".join(parts)[:size]


def prose(size: int) -> str:
    """Ordinary prose: the shared 1 MB documentation text, or generated paragraphs."""
    if TEXT_1MB.exists():
        text = TEXT_1MB.read_text(encoding="utf-8")
        while len(text) < size:
            text += "\n\n" + text
        return text[:size]
    sys.path.insert(0, str(HERE))
    from speed import generated_text

    return generated_text(size)[:size]


def lines_no_blank(size: int) -> str:
    """16,000 lines (at 1 MB) with no blank line: one paragraph."""
    return _fill(lambda i: f"{TRIGGERS[i % 4]} on line {i}.", size, "\n")


def cr_only(size: int) -> str:
    """30,000 sentences (at 1 MB) ended by a bare CR, as old Mac files are."""
    return _fill(lambda i: f"{TRIGGERS[i % 4][:26]} {i}.", size, "\r")


def run_on(size: int) -> str:
    """One sentence of 1 MB: trigger words joined by commas and 'and', no full stop."""
    return _fill(lambda i: f"{TRIGGERS[i % 4]} and then", size, ", ")


def template_tags(size: int) -> str:
    """About 100,000 `{{ }}` tags (at 1 MB) between sentences, in one paragraph."""
    return _fill(lambda i: f"Hi {{{{ t{i % 10} }}}}, {TRIGGERS[i % 4]} {{{{ v }}}}.", size, " ")


def unclosed_tags(size: int) -> str:
    """Template tags opened and never closed."""
    return _fill(lambda i: f"{{{{ {TRIGGERS[i % 4]}", size, " ")


def punct_run(char: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        """Runs of 20,000 of one punctuation character between sentences."""
        return _fill(lambda i: char * 20_000 + f" {TRIGGERS[i % 4]}.", size, "\n\n")

    return make


def nested_links(size: int) -> str:
    """Markdown links nested 5,000 deep, block after block."""
    depth = 5_000
    block = "[" * depth + "utilize" + "](u)" * depth
    return _fill(lambda i: block, size, "\n\n")


INPUTS: dict[str, tuple[str, Callable[[int], str]]] = {
    "lines-no-blank": (".txt", lines_no_blank),
    "cr-only": (".txt", cr_only),
    "run-on": (".txt", run_on),
    "template-tags": (".md", template_tags),
    "unclosed-tags": (".md", unclosed_tags),
    "amp-run": (".txt", punct_run("&")),
    "bracket-run": (".txt", punct_run("[")),
    "paren-run": (".txt", punct_run("(")),
    "quote-run": (".txt", punct_run('"')),
    "nested-links": (".md", nested_links),
}


def lingo_command() -> list[str]:
    return [sys.executable, "-m", "lingo"]


def measure(path: Path, size: int) -> dict[str, float]:
    """Lint one file in a fresh subprocess; its wall time, exit code and peak memory."""
    command = [
        *lingo_command(),
        "check",
        "--isolated",
        "--no-cache",
        "--jobs",
        "1",
        "--max-length",
        str(size + 10),
        "--time-budget",
        "0",
        "--format",
        "json",
        str(path),
    ]
    probe = (
        "import json, resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
        "elapsed = time.perf_counter() - start\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps({'seconds': elapsed, 'peak_mb': peak, 'code': proc.returncode,"
        " 'stderr': proc.stderr.decode(errors='replace')[-300:]}))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, *command], capture_output=True, text=True, check=True
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=MB, help="characters per input (1 MB)")
    parser.add_argument("--only", action="append", choices=sorted(INPUTS))
    parser.add_argument("--write", type=Path, help="write the inputs to this folder and stop")
    args = parser.parse_args(argv)
    names = args.only or list(INPUTS)
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for name in names:
            suffix, make = INPUTS[name]
            (args.write / f"{name}{suffix}").write_text(
                make(args.size), encoding="utf-8", newline=""
            )
        return 0
    failed = 0
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "prose.txt"
        base.write_text(prose(args.size), encoding="utf-8", newline="")
        reference = measure(base, args.size)
        source = "text-1mb.txt" if TEXT_1MB.exists() else "generated prose"
        print(
            f"{args.size:,} characters per input; targets: <= {TIME_TARGET:g}x prose time, "
            f"< {MEMORY_TARGET_MB} MB"
        )
        print(f"{'input':<16} {'seconds':>8} {'x prose':>8} {'peak MB':>8} {'exit':>5}  verdict")
        print(
            f"{'prose (' + source[:7] + ')':<16} {reference['seconds']:>8.1f} {1:>8.2f} "
            f"{reference['peak_mb']:>8.0f} {reference['code']:>5}"
        )
        for name in names:
            suffix, make = INPUTS[name]
            path = Path(folder) / f"{name}{suffix}"
            path.write_text(make(args.size), encoding="utf-8", newline="")
            got = measure(path, args.size)
            ratio = got["seconds"] / reference["seconds"]
            ok = (
                ratio <= TIME_TARGET and got["peak_mb"] < MEMORY_TARGET_MB and got["code"] in (0, 1)
            )
            failed += not ok
            print(
                f"{name:<16} {got['seconds']:>8.1f} {ratio:>8.2f} {got['peak_mb']:>8.0f} "
                f"{got['code']:>5}  {'ok' if ok else 'MISSED'}"
            )
            if got["code"] not in (0, 1):
                print(f"    {str(got['stderr']).strip().splitlines()[-1:]}")
            path.unlink()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

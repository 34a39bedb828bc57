"""How big and how fast the HTML report and the live editor are, in headless Chromium.

    python benchmarks/report.py                  # both parts
    python benchmarks/report.py --only report    # or: --only editor

Parts:
  report   `lingo report` over the 1,424-file segment-docs corpus (35k findings):
           the file's size (target < 25 MB) and the time the page takes to open
           in Chromium, from navigation start to the overview ready, read back
           from the page's own `lingo-ready` performance mark (target < 3 s);
           then the time to build the largest document on demand. Falls back to
           the examples and the tests' help-centre folder without ../shared.
  editor   `lingo serve`, a 1,000-word text in the editor, then one keystroke
           at a time: the time from the debounce firing to the highlights drawn,
           as the page records it (window.lingoTimings; target < 150 ms).

Chromium is Debian's (`apt-get install chromium`), driven by Playwright.
Figures are medians (and the slowest run) of several runs.
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
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "bench"
CORPUS = SHARED / "segment-docs"
FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def lingo_command() -> list[str]:
    exe = Path(sys.executable).parent / "lingo"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "lingo"]


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("no Chromium found: apt-get install chromium")


def bench_report(runs: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    # Relative paths, as a user types them (they are the report's file names).
    paths = ["examples", "tests/data/help-centre"]
    if CORPUS.is_dir():
        paths = [os.path.relpath(CORPUS, ROOT)]
    out = Path(tempfile.mkdtemp()) / "report.html"
    started = time.perf_counter()
    made = subprocess.run(
        [*lingo_command(), "report", *paths, "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    written = time.perf_counter() - started
    if made.returncode not in (0, 2):
        sys.exit(made.stderr)
    size = out.stat().st_size
    opens, largest = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=FLAGS)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.goto(out.as_uri())
            page.wait_for_selector("html[data-ready]")
            opens.append(page.evaluate("performance.getEntriesByName('lingo-ready')[0].startTime"))
            files = page.evaluate(
                "JSON.parse(document.getElementById('lingo-meta').textContent).files"
            )
            biggest = max(range(len(files)), key=lambda i: files[i][4])
            largest.append(
                page.evaluate(
                    """(i) => { const t = performance.now(); location.hash = '#doc-' + i;
                   return new Promise(done => requestAnimationFrame(() =>
                     setTimeout(() => done(performance.now() - t), 0))); }""",
                    biggest,
                )
            )
            context.close()
        browser.close()
    return {
        "files": len(files),
        "findings": sum(row[4] for row in files),
        "size_mb": round(size / 1_000_000, 2),
        "write_s": round(written, 1),
        "open_ms_median": round(statistics.median(opens)),
        "open_ms_max": round(max(opens)),
        "open_ms_runs": [round(t) for t in opens],
        "largest_document": files[biggest][0],
        "largest_document_findings": files[biggest][4],
        "largest_document_ms_median": round(statistics.median(largest)),
    }


def thousand_words() -> str:
    """About 1,000 words of real help text when ../shared is there, else lingo's example."""
    source = SHARED / "text-1mb.txt"
    text = (
        source.read_text(encoding="utf-8")
        if source.exists()
        else (ROOT / "examples" / "support-reply.txt").read_text(encoding="utf-8") * 20
    )
    words, kept = 0, []
    for paragraph in text.split("\n\n"):
        kept.append(paragraph.strip())
        words += len(paragraph.split())
        if words >= 1000:
            break
    return "\n\n".join(kept)


def bench_editor(keystrokes: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    server = subprocess.Popen(
        [*lingo_command(), "serve"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().split(" at ", 1)[1].split()[0]
        text = thousand_words()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium(), args=FLAGS)
            # bypass_csp: the waits below are evaluated in the page
            context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
            page = context.new_page()
            page.goto(url)
            page.wait_for_selector("html[data-ready]")
            page.fill("#text", text)
            page.wait_for_function("window.lingoTimings.length >= 1")
            page.locator("#text").press("End")
            for n in range(keystrokes):
                page.keyboard.type("a" if n % 2 == 0 else " ")
                page.wait_for_function(f"window.lingoTimings.length >= {n + 2}")
            timings = page.evaluate("window.lingoTimings")[1:]
            findings = page.evaluate("document.querySelectorAll('#highlights [data-f]').length")
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    latency = [t["latency"] for t in timings]
    server_ms = [t["server"] for t in timings]
    return {
        "words": len(text.split()),
        "highlight_elements": findings,
        "keystrokes": len(latency),
        "debounce_to_highlights_ms_median": round(statistics.median(latency), 1),
        "debounce_to_highlights_ms_max": round(max(latency), 1),
        "server_lint_ms_median": round(statistics.median(server_ms), 1),
        "debounce_ms": 250,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["report", "editor"])
    parser.add_argument("--runs", type=int, default=3, help="page opens (default 3)")
    parser.add_argument("--keystrokes", type=int, default=20)
    args = parser.parse_args()
    results: dict[str, Any] = {}
    if args.only in (None, "report"):
        results["report"] = bench_report(args.runs)
        print(json.dumps({"report": results["report"]}), flush=True)
    if args.only in (None, "editor"):
        results["editor"] = bench_editor(args.keystrokes)
        print(json.dumps({"editor": results["editor"]}), flush=True)


if __name__ == "__main__":
    main()

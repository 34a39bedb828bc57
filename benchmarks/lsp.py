"""How `lingo server` feels to type with: latency and memory, measured as an editor sees them.

    python benchmarks/lsp.py                  # everything below (about five minutes)
    python benchmarks/lsp.py --edits 100 --session-edits 600   # a quicker look
    python benchmarks/lsp.py --json           # the figures as JSON too

The benchmark starts the real server (`python -m lingo server`) and talks to it
over stdio the way an editor does: JSON-RPC messages, incremental changes,
UTF-16 positions. It measures

  open        the first diagnostics of a freshly opened 5,000-word Markdown document,
              on a running server that has never seen its text (target <= 1.5 s);
              and, for reference, on a server just started (pipeline loading included)
  edit        diagnostics for a one-word edit in a 5,000-word document, from the
              change to the diagnostics of that version, less the debounce
              (targets: median <= 60 ms, p95 <= 150 ms)
  session     the server's resident memory after an hour of editing, simulated
              with a compressed schedule: bursts of keystrokes (a word typed or
              deleted, a paragraph added or removed, a change undone), 3,600
              keystrokes by default, one a second for an hour (target < 400 MB,
              and no growth per edit)

The documents are real help-centre articles from ../shared/bench/ms-support
(front matter removed), or lingo's own labelled sentences when that corpus is
absent. Memory is the server process's VmRSS from /proc (Linux).
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent.parent / "shared" / "bench" / "ms-support"
OWN_SET = HERE / "data" / "customer_sentences.jsonl"
WORDS = 5000
DEBOUNCE_MS = 200  # the server's default
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_WORD = re.compile(r"(?<![\w/.-])[a-z]{3,12}(?![\w/.-])")


# -- documents ---------------------------------------------------------------------------


def articles() -> list[str]:
    if CORPUS.is_dir():
        files = sorted(p for p in CORPUS.rglob("*.md") if p.name != "ATTRIBUTION.md")
        return [_FRONT_MATTER.sub("", p.read_text(encoding="utf-8")).strip() for p in files]
    sentences = [
        json.loads(line)["text"] for line in OWN_SET.read_text(encoding="utf-8").splitlines()
    ]
    return [
        f"## Section {i // 6 + 1}\n\n" + " ".join(sentences[i : i + 6])
        for i in range(0, len(sentences) - 6, 6)
    ]


def documents(count: int) -> list[str]:
    """`count` different Markdown documents of about WORDS words each."""
    pool = articles()
    out, parts, words = [], [], 0
    for article in pool:
        parts.append(article)
        words += len(article.split())
        if words >= WORDS:
            out.append("\n\n".join(parts) + "\n")
            parts, words = [], 0
            if len(out) == count:
                return out
    raise SystemExit("not enough text for the benchmark documents")


# -- a small LSP client ------------------------------------------------------------------


class Client:
    """An editor's side of the protocol: framing, requests, and the diagnostics it is sent."""

    def __init__(self, command: list[str]) -> None:
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self.inbox: queue.Queue[tuple[float, dict[str, Any]]] = queue.Queue()
        self.diagnostics: dict[str, tuple[int | None, float, list[Any]]] = {}
        self.results: dict[int, Any] = {}
        self._id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while True:
                line = stream.readline()
                if not line:
                    return
                if line.startswith(b"Content-Length:"):
                    length = int(line.split(b":")[1])
                elif line in (b"\r\n", b"\n"):
                    break
            body = stream.read(length)
            self.inbox.put((time.perf_counter(), json.loads(body)))

    def send(self, message: dict[str, Any]) -> float:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        stdin = self.process.stdin
        assert stdin is not None
        sent = time.perf_counter()
        stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        stdin.flush()
        return sent

    def notify(self, method: str, params: Any) -> float:
        return self.send({"method": method, "params": params})

    def request(self, method: str, params: Any, timeout: float = 120) -> Any:
        self._id += 1
        wanted = self._id
        self.send({"id": wanted, "method": method, "params": params})
        self.pump(lambda: wanted in self.results, timeout)
        return self.results.pop(wanted)

    def pump(self, done: Any, timeout: float) -> None:
        """Handle messages until `done()`; answer the server's own requests."""
        deadline = time.perf_counter() + timeout
        while not done():
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError("the server did not answer in time")
            try:
                at, message = self.inbox.get(timeout=left)
            except queue.Empty:
                continue
            if "method" in message and "id" in message:  # a request from the server
                self.send({"id": message["id"], "result": None})
            elif message.get("method") == "textDocument/publishDiagnostics":
                params = message["params"]
                self.diagnostics[params["uri"]] = (params.get("version"), at, params["diagnostics"])
            elif "id" in message:
                self.results[message["id"]] = message.get("result", message.get("error"))

    def wait_diagnostics(self, uri: str, version: int, timeout: float = 120) -> float:
        """When the diagnostics of this version of the document arrived."""

        def arrived() -> bool:
            found = self.diagnostics.get(uri)
            return found is not None and found[0] == version

        self.pump(arrived, timeout)
        return self.diagnostics[uri][1]

    def rss_mb(self) -> float:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        kb = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
        return kb / 1024

    def close(self) -> None:
        try:
            self.request("shutdown", None, timeout=30)
            self.notify("exit", None)
            self.process.wait(timeout=30)
        except Exception:
            self.process.kill()


def start(debounce: int) -> tuple[Client, float]:
    client = Client([sys.executable, "-m", "lingo", "server"])
    started = time.perf_counter()
    root = Path.cwd().as_uri()
    client.request(
        "initialize",
        {
            "processId": os.getpid(),
            "rootUri": root,
            "capabilities": {"general": {"positionEncodings": ["utf-16"]}},
            "initializationOptions": {"debounce": debounce},
        },
    )
    client.notify("initialized", {})
    return client, started


class Document:
    """A document open in the client, edited as an editor edits it."""

    def __init__(self, client: Client, name: str, text: str) -> None:
        self.client = client
        self.uri = (Path.cwd() / name).as_uri()
        self.text = text
        self.version = 1
        self.opened_at = client.notify(
            "textDocument/didOpen",
            {
                "textDocument": {
                    "uri": self.uri,
                    "languageId": "markdown",
                    "version": 1,
                    "text": text,
                }
            },
        )

    def replace(self, start: int, end: int, new: str) -> float:
        """Replace text[start:end]; return when the change was sent."""
        change = {
            "range": {"start": _position(self.text, start), "end": _position(self.text, end)},
            "text": new,
        }
        self.text = self.text[:start] + new + self.text[end:]
        self.version += 1
        return self.client.notify(
            "textDocument/didChange",
            {
                "textDocument": {"uri": self.uri, "version": self.version},
                "contentChanges": [change],
            },
        )

    def diagnostics_at(self) -> float:
        return self.client.wait_diagnostics(self.uri, self.version)


def _position(text: str, offset: int) -> dict[str, int]:
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return {"line": line, "character": len(text[start:offset].encode("utf-16-le")) // 2}


# -- the measurements --------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def bench_open(texts: list[str]) -> dict[str, float]:
    """Cold: open right after start. Fresh: a new document on a running, warmed server."""
    client, started = start(DEBOUNCE_MS)
    try:
        cold = Document(client, "cold.md", texts[0])
        cold_at = cold.diagnostics_at()
        fresh = Document(client, "fresh.md", texts[1])
        fresh_at = fresh.diagnostics_at()
        return {
            "cold_start_s": cold_at - started,
            "fresh_open_s": fresh_at - fresh.opened_at,
            "findings": len(client.diagnostics[fresh.uri][2]),
            "rss_mb": client.rss_mb(),
        }
    finally:
        client.close()


def opened(text: str, name: str) -> tuple[Client, Document, list[str]]:
    """A server just started with `text` open and checked, and the words of the text."""
    client, _ = start(DEBOUNCE_MS)
    doc = Document(client, name, text)
    doc.diagnostics_at()
    return client, doc, sorted(set(_WORD.findall(text)))


def bench_edits(text: str, edits: int, seed: int) -> dict[str, float]:
    """One-word edits, each waited for: diagnostics latency less the debounce."""
    client, doc, vocabulary = opened(text, "edited.md")
    rng = random.Random(seed)
    try:
        latencies = []
        for _ in range(edits):
            words = list(_WORD.finditer(doc.text))
            word = rng.choice(words)
            sent = doc.replace(word.start(), word.end(), rng.choice(vocabulary))
            latencies.append(doc.diagnostics_at() - sent - DEBOUNCE_MS / 1000)
        ms = [1000 * x for x in latencies]
        return {
            "edits": edits,
            "median_ms": statistics.median(ms),
            "p95_ms": percentile(ms, 0.95),
            "p99_ms": percentile(ms, 0.99),
            "max_ms": max(ms),
            "rss_mb": client.rss_mb(),
        }
    finally:
        client.close()


def bench_session(text: str, keystrokes: int, seed: int) -> dict[str, Any]:
    """An hour of editing, compressed: bursts of keystrokes, each burst's check awaited."""
    client, doc, vocabulary = opened(text, "session.md")
    rng = random.Random(seed)
    try:
        paragraphs = [p for p in text.split("\n\n") if len(p.split()) > 12]
        samples: list[tuple[int, float]] = [(0, client.rss_mb())]
        typed = 0
        undo: list[tuple[int, int, str]] = []
        started = time.perf_counter()
        while typed < keystrokes:
            kind = rng.random()
            if kind < 0.6:  # type a word, one keystroke at a time
                words = list(_WORD.finditer(doc.text))
                at = rng.choice(words).start()
                for char in rng.choice(vocabulary) + " ":
                    doc.replace(at, at, char)
                    at += 1
                    typed += 1
                    time.sleep(0.02)
            elif kind < 0.85:  # delete a word, one backspace at a time
                word = rng.choice(list(_WORD.finditer(doc.text)))
                for end in range(word.end(), word.start(), -1):
                    doc.replace(end - 1, end, "")
                    typed += 1
                    time.sleep(0.02)
            elif kind < 0.95 or not undo:  # paste a paragraph, or cut one
                if rng.random() < 0.5:
                    at = doc.text.find("\n\n", rng.randrange(len(doc.text)))
                    at = len(doc.text) if at < 0 else at
                    pasted = "\n\n" + rng.choice(paragraphs)
                    doc.replace(at, at, pasted)
                    undo.append((at, at + len(pasted), ""))
                else:
                    cut = doc.text.find("\n\n", rng.randrange(len(doc.text)))
                    end = doc.text.find("\n\n", cut + 2) if cut >= 0 else -1
                    if cut >= 0 and end > 0:
                        removed = doc.text[cut:end]
                        doc.replace(cut, end, "")
                        undo.append((cut, cut, removed))
                typed += 1
            else:  # undo the last paste or cut
                at, end, old = undo.pop()
                if end <= len(doc.text):
                    doc.replace(at, end, old)
                typed += 1
            doc.diagnostics_at()
            samples.append((typed, client.rss_mb()))
        half = samples[len(samples) // 2 :]
        slope = _slope(half) * 1000  # MB per 1,000 keystrokes over the second half
        quarters = [
            round(next(mb for typed_then, mb in samples if typed_then >= q * typed // 4), 1)
            for q in (1, 2, 3, 4)
        ]
        return {
            "rss_quarters_mb": quarters,
            "keystrokes": typed,
            "seconds": time.perf_counter() - started,
            "rss_start_mb": samples[0][1],
            "rss_end_mb": samples[-1][1],
            "rss_max_mb": max(mb for _, mb in samples),
            "growth_mb_per_1000_edits": slope,
            "words_at_end": len(doc.text.split()),
        }
    finally:
        client.close()


def _slope(points: list[tuple[int, float]]) -> float:
    xs = [x for x, _ in points]
    ys = [y for _, y in points]
    mean_x, mean_y = statistics.fmean(xs), statistics.fmean(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread if spread else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=300, help="one-word edits timed")
    parser.add_argument("--session-edits", type=int, default=3600, help="keystrokes simulated")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args()
    texts = documents(3)
    source = "ms-support help-centre articles" if CORPUS.is_dir() else "lingo's own sentences"
    print(f"documents: {', '.join(str(len(t.split())) for t in texts)} words ({source})")
    opened = bench_open(texts[:2])
    print(
        f"open      fresh document on a running server  {opened['fresh_open_s']:6.2f} s"
        f"   (target <= 1.5 s; {opened['findings']} diagnostics)"
    )
    print(f"          right after start (pipeline loading) {opened['cold_start_s']:6.2f} s")
    edits = bench_edits(texts[2], args.edits, args.seed)
    print(
        f"edit      {edits['edits']} one-word edits, after the {DEBOUNCE_MS} ms debounce: "
        f"median {edits['median_ms']:.0f} ms (target <= 60), p95 {edits['p95_ms']:.0f} ms "
        f"(target <= 150), p99 {edits['p99_ms']:.0f} ms, max {edits['max_ms']:.0f} ms"
    )
    session = bench_session(texts[2], args.session_edits, args.seed)
    print(
        f"session   {session['keystrokes']} keystrokes (an hour at one a second) in "
        f"{session['seconds']:.0f} s: resident memory {session['rss_start_mb']:.0f} MB at "
        f"the start, {session['rss_end_mb']:.0f} MB at the end, "
        f"{session['rss_max_mb']:.0f} MB at most (target < 400 MB); "
        f"{session['growth_mb_per_1000_edits']:+.1f} MB per 1,000 edits over the second half; "
        f"by quarters of the session: {', '.join(map(str, session['rss_quarters_mb']))} MB"
    )
    if args.json:
        print(json.dumps({"open": opened, "edit": edits, "session": session}, indent=2))


if __name__ == "__main__":
    main()

"""Fewer garbage collections while lingo builds its pipeline and lints.

Python's collector runs a young collection every 700 net allocations, and
every tenth or hundredth of those re-scans older objects too. Loading the
spaCy pipeline and building lingo's tables leaves a large long-lived heap,
and linting then allocates millions of short-lived objects (tokens, spans,
findings) next to it: at the default threshold the collector re-scanned
that heap 374 times over the 1 MiB benchmark text (0.4 s of a 7 s check),
and spent 0.15 s of a 1.6 s one-page check while the pipeline was built.

`fewer_collections()` raises the young threshold for a stretch of work and
puts it back afterwards, so nothing is kept longer than the stretch, and a
program that uses lingo's API keeps its own settings.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Net allocations between young collections during lingo's work (Python's default: 700).
YOUNG_THRESHOLD = 50_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the young generation's collection at most every YOUNG_THRESHOLD allocations."""
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_THRESHOLD), middle, old)
    try:
        yield
    finally:
        gc.set_threshold(young, middle, old)

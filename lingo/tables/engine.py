"""Checking rows: one Linter per process, batches in order, in this process or many.

Every way of running (here, forked worker processes, a Dask cluster) calls the
same `lint_rows` on the same batches, so every way gives the same results.
Batches are read lazily and only a few are in flight at once, so memory is
bounded whatever the size of the table.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any

from ..config import Config
from ..findings import Finding
from .readers import Row

if TYPE_CHECKING:
    from ..engine.linter import Linter

ROWS_PER_BATCH = 128
IN_FLIGHT_PER_WORKER = 2


@dataclass(frozen=True)
class Job:
    """What a process needs to check cells; small and picklable, sent with every batch."""

    config: Config
    syntax: str = "plain"


@dataclass(frozen=True)
class CellResult:
    """What lingo says about one text cell."""

    row: int
    id: str | None
    groups: tuple[str, ...]
    column: str
    words: int
    grade: str | None  # None when the cell has no English prose to grade
    findings: tuple[Finding, ...]


_LINTERS: dict[tuple[Any, ...], Linter] = {}


def process_linter(config: Config) -> Linter:
    """This process's Linter for these settings, built once (the cached pipeline)."""
    key = (config.model, config.extra_lexicons)
    linter = _LINTERS.get(key)
    if linter is None:
        from ..engine.linter import Linter

        linter = Linter(config=Config(model=config.model, extra_lexicons=config.extra_lexicons))
        _LINTERS[key] = linter
    return linter


def lint_rows(job: Job, rows: Sequence[Row]) -> list[CellResult]:
    """Check every text of every row, in order; the unit of work everywhere."""
    linter = process_linter(job.config)
    cells = [(row, column, text) for row in rows for column, text in row.texts]
    reports = linter.check_many(
        [text for _, _, text in cells], syntax=job.syntax, configs=[job.config] * len(cells)
    )
    return [
        CellResult(
            row.number,
            row.id,
            row.groups,
            column,
            report.readability.words,
            report.grade,
            report.findings,
        )
        for (row, column, _), report in zip(cells, reports)
    ]


def batches(rows: Iterable[Row], size: int = ROWS_PER_BATCH) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while True:
        batch = list(islice(iterator, size))
        if not batch:
            return
        yield batch


Runner = Callable[[Job, Iterable[list[Row]]], Iterator[list[CellResult]]]


def run_here(job: Job, work: Iterable[list[Row]]) -> Iterator[list[CellResult]]:
    """Check the batches in this process."""
    for batch in work:
        yield lint_rows(job, batch)


def run_forked(jobs: int) -> Runner:
    """Check the batches in `jobs` worker processes forked after the pipeline is loaded."""

    def run(job: Job, work: Iterable[list[Row]]) -> Iterator[list[CellResult]]:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            yield from run_here(job, work)
            return
        process_linter(job.config)  # loaded once, here, and shared with the workers
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            yield from in_order(lambda batch: pool.submit(lint_rows, job, batch), work, jobs)

    return run


def in_order(
    submit: Callable[[list[Row]], Any], work: Iterable[list[Row]], workers: int
) -> Iterator[list[CellResult]]:
    """Results of submitted batches in input order, with a bounded number in flight."""
    from collections import deque

    pending: deque[Any] = deque()
    limit = max(1, workers) * IN_FLIGHT_PER_WORKER
    for batch in work:
        pending.append(submit(batch))
        if len(pending) >= limit:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)

"""Lint many files: the result cache first, then worker processes for what is left.

Files are read and hashed in the parent; cached reports are used as they are,
so a warm re-run never imports spaCy. The rest are linted by one Linter per
pipeline, in `jobs` worker processes forked after the pipeline is loaded (so
each worker starts with the model already in memory), or in this process for
small runs. Reports always come back in the order of the targets, whatever
the number of jobs, and are byte-identical to a serial uncached run.
"""

from __future__ import annotations

import functools
import gc
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ..engine.site import without_site_vocabulary
from ..errors import LingoError, TimeBudgetExceeded
from ..findings import Report
from ..text.markup import syntax_for
from ..text.sources import Source, check_length, read_source
from .cache import ResultCache
from .cache_keys import cache_key

if TYPE_CHECKING:
    from concurrent.futures import Future

    from ..engine.linter import Linter
    from .workspace import Linters, Target

# Below this many files to parse, workers cost more than they save.
MIN_FILES_PER_JOB = 8
FILES_PER_TASK = 16


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@dataclass
class _Work:
    index: int
    target: Target
    source: Source
    key: str | None


@dataclass
class ReadTargets:
    """The targets read and, with a cache, keyed: everything a run's results depend on."""

    work: list[_Work]
    errors: list[str]

    @property
    def keys(self) -> list[tuple[str, str]] | None:
        """(name, cache key) of every target in order; None when one was unreadable or unkeyed."""
        if self.errors or any(w.key is None for w in self.work):
            return None
        return [(w.target.name, str(w.key)) for w in self.work]


def read_targets(
    targets: Sequence[Target],
    cache: ResultCache | None = None,
    on_error: Callable[[str], None] = lambda message: None,
) -> ReadTargets:
    """Read every target once; an unreadable or too long one becomes a one-line error."""
    work: list[_Work] = []
    errors: list[str] = []
    for index, target in enumerate(targets):
        try:
            source = read_source(target.path, target.config.max_length)
            check_length(source, target.config.max_length)
        except LingoError as exc:
            on_error(str(exc))
            errors.append(str(exc))
            continue
        key = None
        if cache is not None:
            syntax = target.syntax or syntax_for(target.name)
            key = cache_key(source.text.encode("utf-8"), syntax, target.config, target.name)
        work.append(_Work(index, target, source, key))
    return ReadTargets(work, errors)


def lint_targets(
    targets: Sequence[Target],
    linters: Linters,
    *,
    jobs: int = 1,
    cache: ResultCache | None = None,
    on_error: Callable[[str], None] = lambda message: None,
    on_progress: Callable[[int], None] = lambda steps: None,
    read: ReadTargets | None = None,
) -> tuple[list[tuple[Target, Report]], list[str]]:
    """Reports for every readable target, in order, and the one-line errors for the rest.

    `read` is `read_targets`' answer when the caller already read them.
    """
    if read is None:
        read = read_targets(targets, cache, on_error)
    errors = list(read.errors)
    reports: dict[int, Report] = {}
    todo: list[_Work] = []
    for work in read.work:
        if cache is not None and work.key is not None:
            cached = cache.get(work.key, work.target.name, work.source.text)
            if cached is not None:
                reports[work.index] = cached
                on_progress(1)
                continue
        todo.append(work)

    groups: dict[Any, list[_Work]] = {}
    for work in todo:
        groups.setdefault(linters.key(work.target.config), []).append(work)
    for group in groups.values():
        try:
            linter = linters.for_config(group[0].target.config)
        except LingoError as exc:
            on_error(str(exc))
            errors.append(str(exc))
            on_progress(len(group))
            continue
        checked: dict[int, list[str]] = {}
        usable = []
        for work in group:
            settings_id = id(work.target.config)
            if settings_id not in checked:  # once per distinct settings, not once per file
                checked[settings_id] = linter.unknown_selectors(work.target.config)
            problems = checked[settings_id]
            if problems:
                on_progress(1)
                continue
            usable.append(work)
        for problems in checked.values():
            for problem in problems:
                if problem not in errors:
                    on_error(problem)
                    errors.append(problem)
        group = usable
        for work, report in zip(group, _lint_group(linter, group, jobs, on_progress)):
            if isinstance(report, str):  # over the time budget: an error, the rest go on
                on_error(report)
                errors.append(report)
                continue
            reports[work.index] = report
            if cache is not None and work.key is not None:
                cache.put(work.key, report)
    if cache is not None:
        if cache.writes:  # only a run that added entries can take the cache over its limits
            cache.prune()
    order = sorted(reports)
    # Terms many pages of this run use are the site's own vocabulary, not jargon.
    final = without_site_vocabulary([reports[i] for i in order])
    return [(targets[i], report) for i, report in zip(order, final)], errors


def _lint_group(
    linter: Linter, group: Sequence[_Work], jobs: int, on_progress: Callable[[int], None]
) -> list[Report | str]:
    """Lint a group with `jobs` processes: this one and `jobs - 1` forked workers.

    The parent lints chunks too instead of waiting, so N jobs hold N copies
    of the working memory, not N + 1. Chunks go to whichever process is free;
    results are put back in input order.
    """
    jobs = max(1, min(jobs, len(group) // MIN_FILES_PER_JOB))
    if jobs == 1 or not _can_fork():
        return list(_serial(linter, group, on_progress))
    # Imported here: a run that lints in one process never needs them (10 ms).
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    global _WORKER_LINTER
    _WORKER_LINTER = linter
    chunks = [group[i : i + FILES_PER_TASK] for i in range(0, len(group), FILES_PER_TASK)]
    done: dict[int, list[Report | str]] = {}
    context = multiprocessing.get_context("fork")
    # Load what lingo reads on first use (syllable and hyphenation tables,
    # word forms) here, once, so the workers share it instead of each
    # loading a copy.
    try:
        linter.check(_WARM_UP)
    except LingoError:  # e.g. a max-length below the warm-up text: the workers load their own
        pass
    # Keep the collector away from the objects the workers inherit, so their
    # pages stay shared with this process instead of being copied on write.
    gc.freeze()
    pool = ProcessPoolExecutor(
        max_workers=jobs - 1, mp_context=context, initializer=_worker_started
    )
    workers: list[Any] = []
    try:
        pending: dict[Future[list[Report | str]], int] = {}
        next_chunk = 0
        while next_chunk < len(chunks) or pending:
            # Keep every worker busy with one chunk and one queued.
            while next_chunk < len(chunks) and len(pending) < 2 * (jobs - 1):
                payload = [_payload(w) for w in chunks[next_chunk]]
                pending[pool.submit(_lint_chunk, payload)] = next_chunk
                next_chunk += 1
                workers = workers or list((getattr(pool, "_processes", None) or {}).values())
            if next_chunk < len(chunks):
                done[next_chunk] = list(_serial(linter, chunks[next_chunk], on_progress))
                next_chunk += 1
            else:
                wait(pending, return_when=FIRST_COMPLETED)
            for future in [f for f in pending if f.done()]:
                index = pending.pop(future)
                done[index] = [
                    report if isinstance(report, str) else replace(report, text=work.source.text)
                    for work, report in zip(chunks[index], future.result())
                ]
                on_progress(len(chunks[index]))
    except BrokenProcessPool:
        _stop(pool, workers)
        raise WorkerDied(_death_of(workers)) from None
    except BaseException:  # Ctrl-C or an error here: no worker may outlive the run
        _stop(pool, workers)
        raise
    else:
        pool.shutdown()
    finally:
        _WORKER_LINTER = None
        gc.unfreeze()
    return [report for index in range(len(chunks)) for report in done[index]]


class WorkerDied(LingoError):
    """A worker process died (killed, or out of memory): the run cannot be trusted complete."""


def _death_of(workers: Sequence[Any]) -> str:
    """One line saying which worker died and how."""
    import signal

    how = "died"
    for process in workers:
        code = process.exitcode
        if code is not None and code < 0:
            try:
                how = f"was killed by {signal.Signals(-code).name}"
            except ValueError:
                how = f"was killed by signal {-code}"
            break
        if code:
            how = f"exited with status {code}"
            break
    return (
        f"a worker process {how} while linting, so the run is incomplete and no report is "
        "given; run lingo again (--jobs 1 lints in one process)"
    )


def _stop(pool: Any, workers: Sequence[Any]) -> None:
    """End every worker now and wait for them, so none is left behind (no orphans)."""
    for process in workers:
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
    for process in workers:
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join(5)


def _worker_started() -> None:
    """In a new worker: Ctrl-C is the parent's to handle (no traceback per worker), and a
    worker whose parent dies is ended with it (Linux)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            PR_SET_PDEATHSIG = 1
            ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        except (OSError, AttributeError):
            pass
        if os.getppid() == 1:  # the parent died before the line above
            os._exit(1)


def _serial(
    linter: Linter, group: Sequence[_Work], on_progress: Callable[[int], None]
) -> Iterator[Report | str]:
    for report in _within_budgets(linter, [_payload(w) for w in group]):
        on_progress(1)
        yield report
    release_free_memory()


def _within_budgets(linter: Linter, payload: Sequence[_Payload]) -> Iterator[Report | str]:
    """Each text's report, or the one-line error of a text over its time budget.

    The Linter gives up a whole batch when one of its texts runs over: the
    texts before it that were not reported yet are checked again, the ones
    after it go on.
    """
    done = 0
    while done < len(payload):
        base = done
        rest = payload[base:]
        try:
            for report in linter.check_many(
                [p[0] for p in rest],
                paths=[p[1] for p in rest],
                configs=[p[2] for p in rest],
                syntaxes=[p[3] for p in rest],
            ):
                done += 1
                yield report
        except TimeBudgetExceeded as exc:
            failed = base + exc.index
            yield from _within_budgets(linter, payload[done:failed])
            yield str(exc)
            done = failed + 1


def release_free_memory() -> None:
    """Hand the memory a finished chunk freed back to the system (glibc only).

    glibc keeps freed heap pages for reuse, so each process's resident size
    ratchets up to its largest chunk's working set; over the corpus that was
    about 20 MB a process. `malloc_trim` costs about a millisecond.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None).malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


_WORKER_LINTER: Linter | None = None
# Touches every table lingo loads lazily: a passive, a fix to inflect, a long
# sentence to grade, and a word the syllable table lacks.
_WARM_UP = (
    "Your refund request was rejected by the Zendesk billing team because the forms were "
    "not utilized, and per our policy we cannot reprocess it until further notice."
)


_Payload = tuple[str, str, Any, "str | None"]


def _payload(work: _Work) -> _Payload:
    return (work.source.text, work.target.name, work.target.config, work.target.syntax)


def _lint_chunk(payload: list[_Payload]) -> list[Report | str]:
    """In a worker: lint a chunk with the Linter inherited from the parent."""
    linter = _WORKER_LINTER
    assert linter is not None, "workers are forked after the Linter is built"
    # The parent has the text already: do not send it back through the pipe.
    stripped = [
        r if isinstance(r, str) else replace(r, text="") for r in _within_budgets(linter, payload)
    ]
    release_free_memory()
    return stripped

"""Linting the planned files: the result cache, worker processes, progress, exit code."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..findings import Report, Severity
from .options import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, error

if TYPE_CHECKING:
    from .cache import ResultCache
    from .runner import ReadTargets
    from .workspace import Linters, Target

PROGRESS_MIN_FILES = 6  # a progress bar for more files than this, on a terminal


def fail_threshold(fail_on: str) -> Severity | None:
    return None if fail_on == "never" else Severity.parse(fail_on)


def result_cache(options: Mapping[str, Any]) -> ResultCache | None:
    """The result cache the options ask for; None with --no-cache."""
    if options.get("no_cache"):
        return None
    from .cache import ResultCache

    cache = ResultCache(options.get("cache_dir") and Path(options["cache_dir"]))
    if cache.problem is not None:
        error(f"warning: not using {cache.folder} as the cache ({cache.problem}); linting without")
        return None
    return cache


def lint(
    targets: Sequence[Target],
    linters: Linters,
    cache: ResultCache | None,
    read: ReadTargets | None = None,
    **options: Any,
) -> tuple[list[tuple[Target, Report]], list[str]]:
    """Lint every target (cache first, then worker processes); unreadable ones are reported.

    Reports come back in the order of the targets, whatever --jobs is.
    """
    from .runner import WorkerDied, default_jobs, lint_targets

    jobs = options.get("jobs") or default_jobs()
    try:
        with _progress(len(targets)) as bar:
            return lint_targets(
                targets,
                linters,
                jobs=jobs,
                cache=cache,
                on_error=error,
                on_progress=bar.update,
                read=read,
            )
    except WorkerDied as exc:
        error(f"error: {exc}")
        sys.exit(EXIT_ERROR)


class _NoProgress:
    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, steps: int) -> None:
        return None


def _progress(files: int) -> Any:
    """A progress bar on stderr when it is a terminal and there is enough to wait for."""
    if files < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        return _NoProgress()
    return click.progressbar(
        length=files, label="Linting", file=sys.stderr, show_eta=True, show_pos=True
    )


def exit_code(linted: Sequence[tuple[Target, Report]], errors: int, fail_on: str | None) -> int:
    """2 for errors; else 1 when a finding reaches --fail-on (or the file's `fail-on`)."""
    if errors:
        return EXIT_ERROR
    for target, report in linted:
        threshold = fail_threshold(fail_on) if fail_on else target.config.fail_on
        if threshold is None:
            continue
        if any(f.severity.rank >= threshold.rank for f in report.findings):
            return EXIT_FINDINGS
    return EXIT_CLEAN

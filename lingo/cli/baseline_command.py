"""`lingo baseline`: record today's findings, so `lingo check` reports only new ones."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from ..errors import LingoError
from .baseline import DEFAULT_NAME, Baseline, pruned, record, shown_path
from .options import EXIT_CLEAN, EXIT_ERROR, UsageError, common_options, error, plan_or_exit


@click.command(short_help="Record today's findings, so check reports only new ones.")
@click.argument("paths", nargs=-1, metavar="[PATH...]")
@click.option(
    "--baseline",
    "baseline_file",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
    help=f"The baseline file [default: baseline from the configuration, else {DEFAULT_NAME}]",
)
@click.option(
    "--prune",
    is_flag=True,
    help="Drop the findings that are fixed (or whose file is gone) and add nothing; "
    "without PATH, lints the baseline file's folder.",
)
@common_options
def baseline(
    paths: tuple[str, ...], baseline_file: str | None, prune: bool, **options: Any
) -> None:
    """Record every finding in PATHS in a baseline file to commit; then `lingo check`
    with `--baseline FILE` (or `baseline:` in lingo.yaml) reports only new findings."""
    from .linting import lint, result_cache
    from .options import settings_for
    from .workspace import Linters

    try:
        target = baseline_file or settings_for(**options).base_for(None).baseline or DEFAULT_NAME
        current = Baseline.load(target) if prune else None
    except LingoError as exc:
        error(str(exc))
        sys.exit(EXIT_ERROR)
    shown = shown_path(target)
    if current is not None and not paths:
        # The baseline's own folder: its files, and the new names of any that were renamed.
        paths = (os.path.relpath(current.folder),)
    if not paths:
        raise UsageError("give the files or folders to record (for example: lingo baseline .)")
    targets, errors = plan_or_exit(paths, options)
    linted, lint_errors = lint(targets, Linters(), result_cache(options), **options)
    errors = [*errors, *lint_errors]
    if errors:
        error(f"{shown}: not written: {len(errors)} problem(s) above; fix them and run again")
        sys.exit(EXIT_ERROR)
    reports = [report for _, report in linted]
    if current is not None:
        kept, dropped = pruned(current, reports)
        _save(kept)
        click.echo(
            f"{shown}: dropped {dropped:,} fixed finding{'s' if dropped != 1 else ''}; "
            f"{_count(kept.total(), 'finding')} remain in {_count(len(kept.entries), 'file')}."
        )
        sys.exit(EXIT_CLEAN)
    made = record(target, reports)
    _save(made)
    hint = ""
    configured = settings_for(**options).base_for(None).baseline
    if configured is None or os.path.abspath(configured) != os.path.abspath(target):
        hint = (
            f" Put `baseline: {shown}` in lingo.yaml (or pass --baseline {shown}) so "
            "`lingo check` reports only new findings."
        )
    click.echo(
        f"{shown}: recorded {_count(made.total(), 'finding')} in "
        f"{_count(len(made.entries), 'file')} of {len(reports):,} checked.{hint}"
    )
    sys.exit(EXIT_CLEAN)


def _save(baseline: Baseline) -> None:
    try:
        baseline.save()
    except LingoError as exc:
        error(str(exc))
        sys.exit(EXIT_ERROR)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"

"""`--fix` and `--diff`: fix each file, write it or show its diff, and report what is left."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import LingoError
from ..findings import Report
from ..report.text import Hidden
from .linting import exit_code
from .options import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, error
from .output import Shape, render, warnings, write_or_exit

if TYPE_CHECKING:
    from ..engine.linter import Linter
    from .filters import Filters
    from .workspace import Linters, Target


def fix_files(
    targets: Sequence[Target],
    errors: list[str],
    linters: Linters,
    filters: Filters,
    hidden: Hidden,
    *,
    unsafe: bool,
    diff: bool,
    shape: Shape,
    output_file: str | None,
    fail_on: str | None,
    report_unused_suppressions: bool,
    follow_symlinks: bool = False,
) -> None:
    """`--fix` and `--diff`: fix each file, write it (or print its diff), report what is left, exit.

    Only the findings the run would show are fixed: not those in the baseline,
    on unchanged lines or below --min-severity. Standard input fixed with --fix
    goes to stdout, its report to stderr. --diff writes nothing and exits 1
    when a file would change.
    """
    from ..fix import FixResult, fix_text, unified_diff, write_source
    from ..saving import clean_strays, read_fixable
    from ..text.sources import STDIN, check_length

    linted: list[tuple[Target, Report]] = []
    fixed = changed = 0
    for target in targets:
        try:
            source, stamp = read_fixable(target.path, target.config.max_length)
            check_length(source, target.config.max_length)
            linter = linters.for_config(target.config)
            last_hidden: list[Hidden] = [Hidden()]

            def lint_shown(
                text: str,
                linter: Linter = linter,
                target: Target = target,
                last_hidden: list[Hidden] = last_hidden,
            ) -> Report:
                report = next(
                    linter.check_many(
                        [text], paths=[target.name], configs=[target.config], syntax=target.syntax
                    )
                )
                report, last_hidden[0] = filters.report(target, report)
                return report

            result: FixResult = fix_text(lint_shown, source.text, unsafe=unsafe)
            if diff:
                click.echo(unified_diff(target.name, source.text, result.text), nl=False)
            elif target.path == STDIN:
                click.echo(result.text, nl=False)
            else:
                if follow_symlinks or not os.path.islink(target.path):
                    clean_strays(Path(os.path.realpath(target.path)))  # a killed run's leftovers
                try:
                    write_source(source, result.text, follow_symlinks=follow_symlinks, stamp=stamp)
                except LingoError as exc:
                    # Not written: the file keeps its findings, and they are shown.
                    error(str(exc))
                    errors.append(str(exc))
                    hidden += last_hidden[0]
                    assert result.initial is not None
                    linted.append((target, result.initial))
                    continue
        except LingoError as exc:
            error(str(exc))
            errors.append(str(exc))
            continue
        fixed += len(result.applied)
        changed += result.changed
        hidden += last_hidden[0]
        assert result.remaining is not None
        linted.append((target, result.remaining))
    plural = "s" if fixed != 1 else ""
    files = f"{changed} file{'s' if changed != 1 else ''}"
    if diff:
        if not shape.quiet:
            left = "" if unsafe else _unsafe_left(linted)
            click.echo(
                f"{fixed} fix{'es' if fixed != 1 else ''} would change {files}.{left}", err=True
            )
        sys.exit(EXIT_ERROR if errors else EXIT_FINDINGS if changed else EXIT_CLEAN)
    if report_unused_suppressions:
        from ..text.suppressions import with_unused_reported

        linted = [(target, with_unused_reported(report)) for target, report in linted]
    for warning in warnings(linted, unused_reported=report_unused_suppressions):
        if not (shape.quiet and warning.startswith("notice:")):
            error(warning)
    stdin_fixed = any(t.path == STDIN for t, _ in linted)  # stdout carries the fixed text
    if not shape.quiet:
        click.echo(
            f"Fixed {fixed} finding{plural} in {files}.",
            err=stdin_fixed or shape.output_format not in ("text", "full"),
        )
    lines = render(shape, linted, errors, hidden)
    if stdin_fixed and output_file is None:
        for line in lines:
            click.echo(line, err=True)
    else:
        write_or_exit(lines, output_file)
    sys.exit(exit_code(linted, len(errors), fail_on))


def _unsafe_left(linted: list[tuple[Target, Report]]) -> str:
    """What --diff leaves out without --unsafe-fixes: a first-time user sees "0 fixes" otherwise."""
    count = sum(
        any(s.safety == "unsafe" and s.edits for s in f.suggestions)
        for _, report in linted
        for f in report.findings
    )
    if not count:
        return ""
    return f" {count} more to review with --unsafe-fixes."

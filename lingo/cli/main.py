"""The `lingo` command: parse options, call lingo, print, choose the exit code.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage errors or input lingo could not read. spaCy is imported only by the
commands that lint, so `lingo --help` and `lingo rules` start instantly.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import click

from .. import __version__
from ..errors import LingoError
from ..findings import Severity
from ..report.text import Hidden
from .fixing import fix_files
from .linting import exit_code, lint, result_cache
from .options import (
    EXIT_ERROR,
    UsageError,
    colour_option,
    common_options,
    error,
    plan_or_exit,
    set_colour,
    settings_or_exit,
)
from .output import FORMATS, STATISTICS_FORMATS, Shape, render, warnings, write_or_exit
from .tables import run_tables, table_options, wants_tables

TABLE_FORMATS = ["jsonl", "parquet"]  # only with --table and --catalog (docs/tables.md)

if TYPE_CHECKING:
    from .filters import Filters
    from .workspace import Target

FAIL_ON_CHOICES = ["error", "warning", "info", "never"]
SEVERITY_CHOICES = ["info", "warning", "error"]


def _filters(
    targets: Sequence[Target],
    *,
    min_severity: str | None,
    diff_base: str | None,
    use_baseline: bool,
    paths: Sequence[str],
) -> Filters:
    """The baselines, changed lines and severity floor of this run; a problem exits 2."""
    from .baseline import Baseline
    from .filters import Filters

    filters = Filters(min_severity=Severity.parse(min_severity) if min_severity else None)
    try:
        if use_baseline:
            for path in dict.fromkeys(t.config.baseline for t in targets if t.config.baseline):
                assert path is not None
                filters.baselines[path] = Baseline.load(path)
        if diff_base:
            from .gitdiff import changed_lines

            filters.changed = changed_lines(diff_base, [p for p in paths if p != "-"])
    except LingoError as exc:
        error(str(exc))
        sys.exit(EXIT_ERROR)
    return filters


EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


class _Lingo(click.Group):
    """lingo's command group: Ctrl-C is one line and exit 130, not click's "Aborted!" and 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("lingo: interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)


@click.group(cls=_Lingo, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lingo")
def main() -> None:
    """lingo: wash your mouth out before you speak to customers.

    Flags jargon, passive voice and say-no phrasing in customer-facing text,
    grades how hard it is to read, and proposes plain, warm rewrites.
    """


@main.command(short_help="Lint files, folders or - (stdin).")
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option(
    "--format",
    "--output-format",
    "output_format",
    type=click.Choice([*FORMATS, *TABLE_FORMATS]),
    default="text",
    show_default=True,
    help="text: one line per finding; full: with the source line and a caret under the "
    "words; json for programs; sarif for code scanning; github for Actions annotations; "
    "jsonl and parquet for --table and --catalog.",
)
@click.option(
    "--output-file",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    metavar="FILE",
    help="Write the output here (atomically) instead of stdout.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON_CHOICES),
    default=None,
    help="Exit 1 when a finding has this severity or worse  [default: fail-on "
    "from the configuration, else warning]",
)
@click.option(
    "--min-severity",
    type=click.Choice(SEVERITY_CHOICES),
    default=None,
    help="Show only findings of this severity or worse; the others do not count for the "
    "exit code either.",
)
@click.option(
    "--statistics",
    is_flag=True,
    help="Print how often each rule was found, and how many --fix can fix, instead of "
    "each finding (text or json).",
)
@click.option(
    "--quiet",
    "-q",
    is_flag=True,
    help="Print the findings only: no summary line and no notices (errors still go to stderr).",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
    help="Report only findings not recorded in this baseline file (made by lingo baseline).",
)
@click.option(
    "--no-baseline",
    is_flag=True,
    help="Report every finding, even with a baseline in the configuration.",
)
@click.option(
    "--diff-base",
    metavar="REF",
    default=None,
    help="Report only findings on lines changed since the merge base with REF "
    "(e.g. origin/main; HEAD for what is about to be committed), through git.",
)
@click.option(
    "--report-unused-suppressions",
    is_flag=True,
    help="Report suppression comments that silence nothing (rule unused-suppression).",
)
@click.option(
    "--fix",
    "apply_fixes",
    is_flag=True,
    help="Apply safe fixes to the files in place, then report what is left.",
)
@click.option(
    "--unsafe-fixes",
    is_flag=True,
    help="With --fix or --diff, also apply unsafe fixes (rewrites a human should review).",
)
@click.option(
    "--diff",
    "show_diff",
    is_flag=True,
    help="Print the fixes as a unified diff and write nothing (exit 1 when a file would change).",
)
@colour_option
@common_options
@table_options
def check(
    paths: tuple[str, ...],
    output_format: str,
    output_file: str | None,
    fail_on: str | None,
    report_unused_suppressions: bool,
    apply_fixes: bool = False,
    unsafe_fixes: bool = False,
    show_diff: bool = False,
    min_severity: str | None = None,
    statistics: bool = False,
    quiet: bool = False,
    baseline: str | None = None,
    no_baseline: bool = False,
    diff_base: str | None = None,
    color: str = "auto",
    **options: Any,
) -> None:
    """Lint files, folders (.txt, .md, .markdown, .mdx, .html, .htm) or - for stdin.

    With --table, the text columns of CSV, JSON Lines or Parquet tables; with
    --catalog, the strings of message catalogues (see docs/tables.md).
    """
    from .runner import read_targets
    from .workspace import Linters

    set_colour(color)
    if wants_tables(options):
        run_tables(
            paths,
            settings_or_exit(options),
            output_format=output_format,
            output_file=output_file,
            fail_on=fail_on,
            fixing=apply_fixes or show_diff,
            options=options,
        )
    if not paths:
        raise UsageError("give a PATH to check (or --table FILE, or --catalog PATH)")
    if output_format in TABLE_FORMATS:
        raise UsageError(f"--format {output_format} is for --table and --catalog")
    if statistics and output_format not in STATISTICS_FORMATS:
        raise UsageError(f"--statistics prints text or json, not {output_format}")
    if diff_base and "-" in paths:
        raise UsageError("--diff-base asks git what changed in files: it cannot read - (stdin)")
    if baseline and no_baseline:
        raise UsageError("--baseline and --no-baseline cannot be used together")
    shape = Shape(output_format, statistics, quiet)
    targets, errors = plan_or_exit(paths, {**options, "baseline": baseline}, quiet=quiet)
    filters = _filters(
        targets,
        min_severity=min_severity,
        diff_base=diff_base,
        use_baseline=not no_baseline,
        paths=paths,
    )
    unchanged = [t for t in targets if filters.skips(t)]
    if unchanged:  # no changed line: nothing the run could show
        targets = [t for t in targets if not filters.skips(t)]
    skipped = Hidden(unchanged_files=len(unchanged))
    linters = Linters()
    if apply_fixes or show_diff:
        fix_files(
            targets,
            errors,
            linters,
            filters,
            skipped,
            unsafe=unsafe_fixes,
            diff=show_diff,
            shape=shape,
            output_file=output_file,
            fail_on=fail_on,
            report_unused_suppressions=report_unused_suppressions,
            follow_symlinks=bool(options.get("follow_symlinks")),
        )
    cache = result_cache(options)
    read = read_targets(targets, cache, on_error=error)
    # The same files, settings and options as a run the cache kept: say what it said.
    run_key = None
    if cache is not None and not errors and read.keys is not None:
        shaping = {
            **shape.key(),
            **filters.key(),
            "fail_on": fail_on,
            "unused_suppressions": report_unused_suppressions,
            "unchanged_files": len(unchanged),
            "cwd": os.getcwd(),  # SARIF locations are relative to it
        }
        run_key = cache.run_key(read.keys, shaping)
        replayed = cache.get_run(run_key)
        if replayed is not None:
            lines, code = replayed
            write_or_exit(lines, output_file)
            sys.exit(code)
    linted, lint_errors = lint(targets, linters, cache, read=read, **options)
    errors = [*errors, *lint_errors]
    if report_unused_suppressions:
        from ..text.suppressions import with_unused_reported

        linted = [(target, with_unused_reported(report)) for target, report in linted]
    told = list(warnings(linted, unused_reported=report_unused_suppressions))
    for warning in told:
        if not (quiet and warning.startswith("notice:")):
            error(warning)
    linted, hidden = filters.apply(linted)
    lines = render(shape, linted, errors, hidden + skipped)
    code = exit_code(linted, len(errors), fail_on)
    # A run that told something on stderr is not replayed: the replay would not tell it.
    if cache is not None and run_key is not None and not errors and not told:
        cache.put_run(run_key, lines, code)
    write_or_exit(lines, output_file)
    sys.exit(code)


def _fix_command(**kwargs: Any) -> None:
    kwargs["apply_fixes"] = not kwargs.get("show_diff")
    assert check.callback is not None
    check.callback(**kwargs)


main.add_command(
    click.Command(
        "fix",
        callback=_fix_command,
        params=[p for p in check.params if p.name != "apply_fixes"],
        help="Apply fixes in place and report what is left: the same as `lingo check --fix`.",
        short_help="Apply fixes in place (lingo check --fix).",
        context_settings={"help_option_names": ["-h", "--help"]},
    )
)


def _register_commands() -> None:
    from .baseline_command import baseline
    from .explain import explain
    from .pages import report_command, serve
    from .rulebook import rules_command
    from .score import score
    from .server_command import server

    for command in (score, report_command, serve, rules_command, explain, baseline, server):
        main.add_command(command)


_register_commands()


if __name__ == "__main__":
    main()

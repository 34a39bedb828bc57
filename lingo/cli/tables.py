"""`lingo check --table` and `--catalog`: the options, and the run behind them.

Tables (CSV, JSON Lines, Parquet) and message catalogues (i18n JSON and YAML,
gettext .po, iOS .strings) are checked by `lingo.tables`; this module only
reads the options, prints or writes what it finds, and picks the exit code.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import click

from ..errors import LingoError
from ..findings import Severity

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
MAX_ROW_ERRORS = 20  # per file; then one line with the count of the rest
SYNTAX_OF_TEXT = {"text": "plain"}


def _split(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def table_options(function: Any) -> Any:
    """The --table family of options, added to `lingo check`."""
    options = [
        click.option(
            "--table",
            "tables",
            multiple=True,
            metavar="FILE",
            type=click.Path(dir_okay=False),
            help="Check the text columns of a CSV, TSV, JSON Lines or Parquet table (repeatable).",
        ),
        click.option(
            "--text-column",
            multiple=True,
            metavar="COLUMNS",
            help="The table's columns to check (comma-separated, repeatable; JSON Lines: a.b "
            "for nested fields).",
        ),
        click.option("--id-column", metavar="COLUMN", help="The column that names each row."),
        click.option(
            "--group-by",
            multiple=True,
            metavar="COLUMN[:PERIOD]",
            help="Summarise per value of this column (team, agent...); COLUMN:month (or year, "
            "week, day) groups a date column by period. Repeatable.",
        ),
        click.option(
            "--summary-file",
            metavar="FILE",
            type=click.Path(dir_okay=False),
            help="Also write the --group-by summary here (.json, .jsonl, .csv or .parquet).",
        ),
        click.option(
            "--table-format",
            type=click.Choice(["csv", "tsv", "jsonl", "parquet"]),
            help="The table's format (default: from the file name).",
        ),
        click.option(
            "--catalog",
            "catalogs",
            multiple=True,
            metavar="PATH",
            type=click.Path(),
            help="Check a message catalogue (i18n .json/.yaml, gettext .po/.pot, iOS .strings, "
            "Android strings.xml), or the catalogues in a folder (repeatable).",
        ),
        click.option(
            "--scheduler",
            metavar="ADDRESS",
            help="Check tables on this Dask cluster (tcp://host:8786); needs lingo-lint[dask].",
        ),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def wants_tables(options: dict[str, Any]) -> bool:
    return bool(options.get("tables") or options.get("catalogs"))


def run_tables(
    paths: Sequence[str],
    settings: Any,
    *,
    output_format: str,
    output_file: str | None,
    fail_on: str | None,
    fixing: bool,
    options: dict[str, Any],
) -> None:
    """Check the tables and catalogues the options name, report, and exit."""
    if fixing:
        _usage("--fix and --diff change files; tables and catalogues are checked, not fixed")
    if paths:
        _usage("give files to check or --table/--catalog, not both in one run")
    if output_format in ("sarif", "github") and options.get("tables"):
        _usage(
            f"--format {output_format} is for files and catalogues; "
            "for tables use text, json, jsonl or parquet"
        )
    if options.get("tables") and not options.get("text_column"):
        _usage("--table needs --text-column: the columns that hold the text to check")
    errors: list[str] = []

    def error(message: str) -> None:
        errors.append(message)
        click.echo(f"lingo: {message}", err=True)

    worst: list[Severity] = []
    try:
        if options.get("tables"):
            _check_tables(settings, output_format, output_file, fail_on, options, error, worst)
        else:
            from .catalogs import check_catalogs

            check_catalogs(settings, output_format, output_file, options, error, worst)
    except LingoError as exc:
        error(str(exc))
    sys.exit(_exit_code(errors, worst, fail_on, settings))


def _usage(message: str) -> None:
    click.echo(f"lingo: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _exit_code(errors: list[str], worst: list[Severity], fail_on: str | None, settings: Any) -> int:
    if errors:
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_CLEAN
    threshold = Severity.parse(fail_on) if fail_on else settings.config_for(None).fail_on
    if threshold is not None and any(s.rank >= threshold.rank for s in worst):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _check_tables(
    settings: Any,
    output_format: str,
    output_file: str | None,
    fail_on: str | None,
    options: dict[str, Any],
    error: Callable[[str], None],
    worst: list[Severity],
) -> None:
    from ..tables import GroupBy, TableSpec, check_table
    from ..tables.summary import Summary

    group_by = tuple(GroupBy.parse(g) for g in _split(options.get("group_by") or ()))
    summary = Summary([g.name for g in group_by]) if group_by else None
    syntax = options.get("syntax") or "plain"
    syntax = SYNTAX_OF_TEXT.get(syntax, syntax)
    run = _runner(options)
    output = _Output(output_format, output_file, [g.name for g in group_by])
    try:
        for path in options["tables"]:
            config = settings.config_for(path)
            spec = TableSpec(
                text_columns=_split(options["text_column"]),
                id_column=options.get("id_column"),
                group_by=group_by,
                format=options.get("table_format"),
                max_length=config.max_length,
            )
            on_row_error = _row_errors(error)
            try:
                cells = check_table(
                    path, spec, config=config, syntax=syntax, run=run, on_error=on_row_error
                )
                for cell in _progress(_noting_worst(cells, worst), path):
                    output.cell(path, cell)
                    if summary is not None:
                        summary.add(path, [cell])
            except LingoError as exc:
                error(str(exc))
            on_row_error.close(path)
        output.close(summary)
    except BaseException:
        output.abandon()
        raise
    if summary is not None and options.get("summary_file"):
        _write_summary(summary, options["summary_file"])


def _noting_worst(cells: Iterator[Any], worst: list[Severity]) -> Iterator[Any]:
    for cell in cells:
        for finding in cell.findings:
            if not worst or finding.severity.rank > worst[0].rank:
                worst[:] = [finding.severity]
        yield cell


def _progress(cells: Iterator[Any], path: str) -> Iterator[Any]:
    """On a terminal, a line on stderr that counts the rows checked, as they are checked."""
    if not sys.stderr.isatty():
        yield from cells
        return
    import time

    rows, last_row, displayed = 0, None, False
    start = shown = 0.0
    for cell in cells:
        now = time.monotonic()
        if not rows:  # the clock starts with the first result, once the pipeline is loaded
            start = shown = now
        if cell.row != last_row:
            rows, last_row = rows + 1, cell.row
        if now - shown >= 1.0:
            rate = rows / max(now - start, 1e-9)
            line = f"\r{path}: {rows:,} rows checked ({rate:,.0f} a second)"
            click.echo(line, err=True, nl=False)
            shown, displayed = now, True
        yield cell
    if displayed:
        click.echo(f"\r{path}: {rows:,} rows checked.{' ' * 20}", err=True)


class _row_errors:  # noqa: N801 (used like a function)
    """Tells the first bad rows of a file one by one, then how many more there were."""

    def __init__(self, error: Callable[[str], None]) -> None:
        self.error = error
        self.count = 0

    def __call__(self, message: str) -> None:
        self.count += 1
        if self.count <= MAX_ROW_ERRORS:
            self.error(message)

    def close(self, path: str) -> None:
        if self.count > MAX_ROW_ERRORS:
            self.error(f"{path}: {self.count - MAX_ROW_ERRORS:,} more bad rows skipped")


def _runner(options: dict[str, Any]) -> Any:
    from ..tables import run_forked, run_here
    from ..tables.engine import default_jobs

    if options.get("scheduler"):
        from ..dask import cluster_runner

        return cluster_runner(options["scheduler"])
    jobs = options.get("jobs") or default_jobs()
    return run_forked(jobs) if jobs > 1 else run_here


def _write_summary(summary: Any, path: str) -> None:
    from ..tables.records import write_records

    lowered = path.lower()
    fmt = next((f for f in ("parquet", "jsonl", "csv", "json") if lowered.endswith("." + f)), None)
    if fmt is None:
        raise LingoError(f"{path}: name the summary .json, .jsonl, .csv or .parquet")
    write_records(path, fmt, summary.fields(), summary.records())


class _Output:
    """Findings of table cells as text lines or records, streamed to stdout or a file."""

    def __init__(self, fmt: str, output_file: str | None, groups: Sequence[str]) -> None:
        from ..tables.records import RecordWriter

        self.fmt = fmt
        self.groups = list(groups)
        self.findings = 0
        self.texts = 0
        self.last_row: tuple[str, int] | None = None
        self.row_count = 0
        leading = [("file", "string"), ("row", "int64"), ("id", "string"), ("column", "string")]
        leading += [(f"group:{name}", "string") for name in groups]
        self.lines: list[str] | None = None
        self.writer = None
        if fmt == "text":
            self.lines = [] if output_file is not None else None
            self.output_file = output_file
        else:
            self.writer = RecordWriter(fmt, output_file, leading, rows_per_group=50_000)

    def cell(self, path: str, cell: Any) -> None:
        from ..tables.records import finding_fields

        self.texts += 1
        if self.last_row != (path, cell.row):
            self.row_count += 1
            self.last_row = (path, cell.row)
        for finding in cell.findings:
            self.findings += 1
            if self.writer is not None:
                record = {"file": path, "row": cell.row, "id": cell.id, "column": cell.column}
                record.update({f"group:{n}": v for n, v in zip(self.groups, cell.groups)})
                record.update(finding_fields(finding))
                self.writer.add(record)
            else:
                self._line(table_line(path, cell, finding))

    def _line(self, line: str) -> None:
        if self.lines is not None:
            self.lines.append(line)
        else:
            click.echo(line)

    def close(self, summary: Any) -> None:
        if self.writer is not None:
            self.writer.close()
            if summary is not None:
                for line in summary.table_lines():
                    click.echo(line, err=True)
            return

        def counted(n: int, word: str) -> str:
            return f"{n:,} {word}{'' if n == 1 else 's'}"

        self._line(
            f"{counted(self.findings, 'finding')} in {counted(self.texts, 'text')} of "
            f"{counted(self.row_count, 'row')}."
        )
        if summary is not None:
            self._line("")
            for line in summary.table_lines():
                self._line(line)
        if self.lines is not None and self.output_file is not None:
            from ..text.sources import write_text_atomic

            write_text_atomic(
                self.output_file, "".join(click.unstyle(x) + "\n" for x in self.lines)
            )

    def abandon(self) -> None:
        if self.writer is not None:
            self.writer.abandon()


def table_line(path: str, cell: Any, finding: Any) -> str:
    """`file:row N [id X] column:line:col: rule  message (suggestion)`."""
    from ..report.text import finding_line

    where = f"{path}:row {cell.row}" + (f" [id {cell.id}]" if cell.id is not None else "")
    return finding_line(f"{where} {cell.column}", finding)

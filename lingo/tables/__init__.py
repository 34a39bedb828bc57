"""Customer text in tables: ticket and macro exports in CSV, JSON Lines and Parquet.

    from lingo.tables import TableSpec, check_table
    for cell in check_table("tickets.csv", TableSpec(text_columns=("body",))):
        for finding in cell.findings:
            print(cell.row, cell.column, finding.line, finding.column, finding.message)

Rows are read and checked in bounded batches, so a table of any size is
checked in about the memory of one batch. Every text goes through the one
engine, `lingo.Linter` (its `check_many`), in this process, in forked worker
processes (`run_forked`) or on a Dask cluster (`lingo.dask`). Message
catalogues (i18n JSON and YAML, gettext .po, iOS .strings) are in
`lingo.tables.catalogs`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..config import Config
from .engine import ROWS_PER_BATCH, CellResult, Job, Runner, batches, run_forked, run_here
from .readers import GroupBy, Row, TableSpec, read_rows, table_format

__all__ = [
    "CellResult",
    "GroupBy",
    "Job",
    "Row",
    "TableSpec",
    "check_table",
    "read_rows",
    "run_forked",
    "run_here",
    "table_format",
]


def check_table(
    path: str,
    spec: TableSpec,
    *,
    config: Config | None = None,
    syntax: str = "plain",
    run: Runner = run_here,
    on_error: Callable[[str], None] = lambda message: None,
    rows_per_batch: int = ROWS_PER_BATCH,
) -> Iterator[CellResult]:
    """What lingo says about every non-empty text cell of a table, row by row.

    `syntax` is the markup of the text columns ("html" for most ticket bodies).
    Bad rows are told to `on_error` and skipped; a missing column or an
    unreadable file raises `InputError`.
    """
    job = Job(config or Config(), syntax)
    rows = read_rows(path, spec, on_error)
    for results in run(job, batches(rows, rows_per_batch)):
        yield from results

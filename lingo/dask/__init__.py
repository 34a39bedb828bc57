"""lingo on a Dask cluster: tables checked by many machines, with the same results as one.

    from distributed import Client
    import lingo.dask

    client = Client("tcp://scheduler:8786")
    lingo.dask.register(client)                         # the pipeline, once per worker
    findings = lingo.dask.check_dataframe(tickets, text_columns=["body"], syntax="html")
    findings.groupby("rule").size().compute()

or from the command line: `lingo check --table tickets.csv --text-column body
--scheduler tcp://scheduler:8786`.

Every task is `lingo.tables.engine.lint_rows` on one batch of rows, the very
call a single process makes, so a cluster gives exactly the results of a
single-process run. A worker plugin loads lingo's pipeline once per worker
process (and again in a worker that replaces a dead one); a task that was
running on a worker that died is run again elsewhere by Dask's scheduler.

This package runs `lingo.tables`' work on a cluster, so it imports it: it is
the tables' cluster back end, not a capability beside them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ..config import Config
from ..errors import LingoError
from ..tables.engine import (
    CellResult,
    Job,
    Runner,
    batches,
    in_order,
    lint_rows,
    process_linter,
)
from ..tables.readers import GroupBy, Row, TableSpec, read_rows
from ..tables.records import FINDING_FIELDS, finding_fields

try:
    from distributed import Client, WorkerPlugin
except ImportError as exc:  # pragma: no cover - depends on the install
    raise ImportError(
        "lingo.dask needs Dask's distributed scheduler: pip install 'lingo-lint[dask]'"
    ) from exc

if TYPE_CHECKING:
    import dask.dataframe as dd
    import pandas as pd

__all__ = [
    "LingoPlugin",
    "check_dataframe",
    "check_files",
    "cluster_runner",
    "register",
]

RETRIES = 2  # a task that raised is tried again this often; a dead worker's tasks always move
PLUGIN_NAME = "lingo"


class LingoPlugin(WorkerPlugin):  # type: ignore[misc]
    """Loads lingo's pipeline in each worker process when it starts, not in its first task."""

    name = PLUGIN_NAME

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    def setup(self, worker: Any) -> None:
        process_linter(self.config)


def register(client: Client, config: Config | None = None) -> None:
    """Load lingo's pipeline on every worker of the cluster, now and on any worker that joins."""
    client.register_plugin(LingoPlugin(config))


def cluster_runner(address: str | Client, *, timeout: str | None = None) -> Runner:
    """A runner for `lingo.tables.check_table` that sends each batch to a Dask cluster.

    Batches are read here and sent to the workers, a few per worker at a time,
    so the workers need no access to the file, and results come back in order.
    `timeout` for reaching the scheduler defaults to Dask's own setting
    (`distributed.comm.timeouts.connect`).
    """

    def run(job: Job, work: Iterable[list[Row]]) -> Iterator[list[CellResult]]:
        client, own = _client(address, timeout)
        try:
            register(client, job.config)
            workers = max(1, sum(client.nthreads().values()))
            yield from in_order(
                lambda batch: client.submit(
                    lint_rows, job, batch, pure=False, retries=RETRIES, key=None
                ),
                work,
                workers,
            )
        finally:
            if own:
                client.close()

    return run


def _client(address: str | Client, timeout: str | None) -> tuple[Client, bool]:
    if isinstance(address, Client):
        return address, False
    try:
        if timeout is None:
            return Client(address), True
        return Client(address, timeout=timeout), True
    except (OSError, TimeoutError) as exc:
        raise LingoError(f"cannot reach the Dask scheduler at {address} ({exc})") from None


# -- Dask DataFrames -----------------------------------------------------------------


def findings_meta(group_names: Sequence[str] = ()) -> pd.DataFrame:
    """The (empty) shape of a findings DataFrame: where, then what."""
    import pandas as pd

    columns: dict[str, Any] = {
        "file": pd.Series(dtype="string"),
        "row": pd.Series(dtype="int64"),
        "id": pd.Series(dtype="string"),
        "column": pd.Series(dtype="string"),
    }
    for name in group_names:
        columns[f"group:{name}"] = pd.Series(dtype="string")
    for name, kind in FINDING_FIELDS:
        columns[name] = pd.Series(dtype="int64" if kind == "int64" else "string")
    return pd.DataFrame(columns)


def _frame(
    file: str | None, results: Iterable[CellResult], group_names: Sequence[str]
) -> pd.DataFrame:
    import pandas as pd

    records = []
    for cell in results:
        for finding in cell.findings:
            record: dict[str, Any] = {
                "file": file,
                "row": cell.row,
                "id": cell.id,
                "column": cell.column,
            }
            record.update({f"group:{n}": v for n, v in zip(group_names, cell.groups)})
            record.update(finding_fields(finding))
            records.append(record)
    meta = findings_meta(group_names)
    if not records:
        return meta
    return pd.DataFrame.from_records(records, columns=list(meta.columns)).astype(meta.dtypes)


def _partition_findings(
    partition: pd.DataFrame, spec: TableSpec, job: Job, group_names: Sequence[str]
) -> pd.DataFrame:
    rows = []
    for position, (index, values) in enumerate(zip(partition.index, partition.to_dict("records"))):
        texts = tuple(
            (column, values[column])
            for column in spec.text_columns
            if isinstance(values.get(column), str) and values[column].strip()
        )
        if not texts:
            continue
        row_id = None
        if spec.id_column is not None and values.get(spec.id_column) is not None:
            row_id = str(values[spec.id_column])
        try:
            number = int(index)
        except (TypeError, ValueError):  # a label index: its place in the partition, and its label
            number = position
            row_id = row_id if row_id is not None else str(index)
        groups = tuple(g.value(values.get(g.column)) for g in spec.group_by)
        rows.append(Row(number, row_id, groups, texts))
    results = [cell for batch in batches(rows) for cell in lint_rows(job, batch)]
    return _frame(None, results, group_names)


def check_dataframe(
    frame: dd.DataFrame,
    text_columns: Sequence[str],
    *,
    id_column: str | None = None,
    group_by: Sequence[str] = (),
    syntax: str = "plain",
    config: Config | None = None,
) -> dd.DataFrame:
    """The findings in the text columns of a Dask DataFrame, as a (lazy) Dask DataFrame.

    One row per finding; `row` is the frame's index (an integer index; with
    labels, the place in the partition, and the label as `id` when there is
    no `id_column`), `id` the value of `id_column`. Register the worker plugin (`register`) first
    to load the pipeline once per worker instead of in the first task.
    """
    spec = TableSpec(tuple(text_columns), id_column, tuple(GroupBy.parse(g) for g in group_by))
    missing = [c for c in spec.needed if c not in frame.columns]
    if missing:
        raise LingoError(f"no column {', '.join(repr(m) for m in missing)} in the DataFrame")
    names = [g.name for g in spec.group_by]
    job = Job(config or Config(), syntax)
    return frame.map_partitions(
        _partition_findings, spec, job, names, meta=findings_meta(names), align_dataframes=False
    )


def _file_findings(
    path: str, spec: TableSpec, job: Job, group_names: Sequence[str]
) -> pd.DataFrame:
    def bad_row(message: str) -> None:
        raise LingoError(message)  # a cluster job has no one to tell: stop with the reason

    results = (
        cell for batch in batches(read_rows(path, spec, bad_row)) for cell in lint_rows(job, batch)
    )
    return _frame(path, results, group_names)


def check_files(
    paths: Sequence[str],
    text_columns: Sequence[str],
    *,
    id_column: str | None = None,
    group_by: Sequence[str] = (),
    syntax: str = "plain",
    config: Config | None = None,
    table_format: str | None = None,
) -> dd.DataFrame:
    """The findings in a set of table files (one partition per file), as a Dask DataFrame.

    Each worker reads its file in bounded batches, so the files must be where
    the workers can read them (a shared folder). Rows are numbered as
    `lingo check --table` numbers them. For one very large file, prefer
    `cluster_runner`, which reads it once and spreads its batches.
    """
    import dask.dataframe as dd

    config = config or Config()
    spec = TableSpec(
        tuple(text_columns),
        id_column,
        tuple(GroupBy.parse(g) for g in group_by),
        table_format,
        config.max_length,
    )
    names = [g.name for g in spec.group_by]
    job = Job(config, syntax)
    return dd.from_map(
        _file_findings,
        list(paths),
        spec=spec,
        job=job,
        group_names=names,
        meta=findings_meta(names),
        enforce_metadata=False,
    )

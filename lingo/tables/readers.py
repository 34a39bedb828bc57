"""Reading tables of text row by row: CSV, JSON Lines and Parquet, in bounded memory.

A reader yields `Row`s one at a time; nothing holds the whole table. CSV goes
through Python's csv module (quoted fields may span lines), JSON Lines one line
at a time, Parquet one record batch at a time through pyarrow. Each row has a
number a person can find it by: the spreadsheet row for CSV (the header is
row 1), the line for JSON Lines, the 1-based row for Parquet.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import IO, Any

from ..errors import InputError, LingoError

FORMATS = ("csv", "tsv", "jsonl", "parquet")
_SUFFIXES = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}
PARQUET_BATCH_ROWS = 1024
GROUP_PERIODS = ("year", "month", "week", "day")


@dataclass(frozen=True)
class Row:
    """One row's texts to check, and what names it."""

    number: int  # where a person finds it (see the module docstring)
    id: str | None  # the value of --id-column
    groups: tuple[str, ...]  # the values of --group-by, in order
    texts: tuple[tuple[str, str], ...]  # (column, text) for each non-empty text column


@dataclass(frozen=True)
class GroupBy:
    """A --group-by key: a column, optionally a date cut to a period (`created_at:month`)."""

    column: str
    period: str | None = None

    @property
    def name(self) -> str:
        return f"{self.column}:{self.period}" if self.period else self.column

    @classmethod
    def parse(cls, spec: str) -> GroupBy:
        column, _, period = spec.rpartition(":") if ":" in spec else (spec, "", "")
        if period and period in GROUP_PERIODS:
            return cls(column, period)
        return cls(spec)

    def value(self, raw: Any) -> str:
        if raw is None or raw == "":
            return "(none)"
        if self.period is None:
            return _scalar_text(raw)
        when = _as_date(raw)
        if when is None:
            return "(not a date)"
        if self.period == "year":
            return f"{when.year:04d}"
        if self.period == "month":
            return f"{when.year:04d}-{when.month:02d}"
        if self.period == "week":
            year, week, _ = when.isocalendar()
            return f"{year:04d}-W{week:02d}"
        return when.isoformat()


@dataclass(frozen=True)
class TableSpec:
    """Which columns of a table to read, and how."""

    text_columns: tuple[str, ...]
    id_column: str | None = None
    group_by: tuple[GroupBy, ...] = ()
    format: str | None = None  # None: from the file name
    max_length: int = 1_000_000

    @property
    def needed(self) -> tuple[str, ...]:
        names = [*self.text_columns]
        if self.id_column:
            names.append(self.id_column)
        names.extend(g.column for g in self.group_by)
        return tuple(dict.fromkeys(names))


def table_format(path: str, given: str | None = None) -> str:
    """The format of a table file, from `given` or its name (`.gz` is looked through)."""
    if given:
        if given not in FORMATS:
            raise InputError(f"{path}: unknown table format {given!r} (use {', '.join(FORMATS)})")
        return given
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    found = _SUFFIXES.get(os.path.splitext(name)[1])
    if found is None:
        raise InputError(
            f"{path}: cannot tell the table format from the name "
            f"(use .csv, .tsv, .jsonl, .ndjson or .parquet, or --table-format)"
        )
    return found


def read_rows(path: str, spec: TableSpec, on_error: Callable[[str], None]) -> Iterator[Row]:
    """Every row of the table, one at a time.

    A missing column or an unreadable file raises `InputError` before the
    first row; a bad row (a line that is not JSON, a text over max-length) is
    told to `on_error` in one line and skipped, and the rest are read.
    """
    kind = table_format(path, spec.format)
    if not os.path.isfile(path):
        raise InputError(
            f"{path}: no such file" if not os.path.exists(path) else f"{path}: not a regular file"
        )
    if kind == "parquet":
        yield from _parquet_rows(path, spec, on_error)
    elif kind == "jsonl":
        yield from _jsonl_rows(path, spec, on_error)
    else:
        yield from _csv_rows(path, spec, on_error, "\t" if kind == "tsv" else ",")


def _open_text(path: str) -> IO[str]:
    try:
        if path.lower().endswith(".gz"):
            return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
        return open(path, encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _csv_rows(
    path: str, spec: TableSpec, on_error: Callable[[str], None], delimiter: str
) -> Iterator[Row]:
    csv.field_size_limit(max(spec.max_length * 4, 1 << 20))
    with _open_text(path) as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        try:
            header = next(reader, None)
            if header is None:
                raise InputError(f"{path}: empty table, no header row")
            index = _column_index(path, header, spec)
            number = 1
            for record in reader:
                number += 1
                if not record:
                    continue
                values = {name: record[i] if i < len(record) else None for name, i in index.items()}
                row = _row(path, number, values, spec, on_error, "row")
                if row is not None:
                    yield row
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not valid UTF-8 ({exc.reason})") from None
        except csv.Error as exc:
            raise InputError(f"{path}: row {reader.line_num}: not valid CSV ({exc})") from None


def _column_index(path: str, header: Sequence[str], spec: TableSpec) -> dict[str, int]:
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        index.setdefault(name.strip(), i)
    missing = [name for name in spec.needed if name not in index]
    if missing:
        raise _missing_columns(path, missing, list(index))
    return {name: index[name] for name in spec.needed}


def _missing_columns(path: str, missing: Sequence[str], present: Sequence[str]) -> InputError:
    shown = ", ".join(present[:20]) + (", ..." if len(present) > 20 else "")
    plural = "s" if len(missing) > 1 else ""
    return InputError(
        f"{path}: no column{plural} {', '.join(repr(m) for m in missing)} "
        f"(the table has: {shown or 'no columns'})"
    )


def _jsonl_rows(path: str, spec: TableSpec, on_error: Callable[[str], None]) -> Iterator[Row]:
    seen: set[str] = set()
    checked = False
    with _open_text(path) as handle:
        try:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    problem = exc.msg.lower().removesuffix(" at")
                    on_error(
                        f"{path}: line {number}: not valid JSON ({problem} at column "
                        f"{exc.colno}); skipped"
                    )
                    continue
                if not isinstance(record, dict):
                    on_error(f"{path}: line {number}: not a JSON object; skipped")
                    continue
                values = {name: _lookup(record, name) for name in spec.needed}
                if not checked:
                    seen.update(name for name, value in values.items() if value is not _ABSENT)
                    if number > 1000 or len(seen) == len(spec.needed):
                        checked = True
                        _require(path, spec, seen, record)
                row = _row(path, number, values, spec, on_error, "line")
                if row is not None:
                    yield row
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not valid UTF-8 ({exc.reason})") from None
    if not checked:
        _require(path, spec, seen, None)


def _require(path: str, spec: TableSpec, seen: set[str], record: dict[str, Any] | None) -> None:
    """A text column found in no row of a JSON Lines table is a mistake, not an empty column."""
    missing = [name for name in spec.text_columns if name not in seen]
    if missing:
        raise _missing_columns(path, missing, list(record or {}))


class _Absent:
    pass


_ABSENT: Any = _Absent()


def _lookup(record: dict[str, Any], name: str) -> Any:
    """A field by name, or by a dotted path into nested objects (`comment.body`)."""
    if name in record:
        return record[name]
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return _ABSENT
        value = value[part]
    return value


def _parquet_rows(path: str, spec: TableSpec, on_error: Callable[[str], None]) -> Iterator[Row]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise LingoError(
            "reading Parquet needs pyarrow: pip install 'lingo-lint[tables]'"
        ) from None
    try:
        table = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow's errors have no common base worth naming
        raise InputError(f"{path}: not a Parquet file ({_first_line(exc)})") from None
    names = table.schema_arrow.names
    missing = [name for name in spec.needed if name not in names]
    if missing:
        raise _missing_columns(path, missing, names)
    number = 0
    try:
        for batch in table.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=list(spec.needed)):
            columns = {name: batch.column(name).to_pylist() for name in spec.needed}
            for i in range(batch.num_rows):
                number += 1
                values = {name: columns[name][i] for name in spec.needed}
                row = _row(path, number, values, spec, on_error, "row")
                if row is not None:
                    yield row
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({_first_line(exc)})") from None


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _row(
    path: str,
    number: int,
    values: dict[str, Any],
    spec: TableSpec,
    on_error: Callable[[str], None],
    unit: str,
) -> Row | None:
    texts = []
    for column in spec.text_columns:
        value = values.get(column)
        if value is None or value is _ABSENT:
            continue
        if not isinstance(value, str):
            value = _scalar_text(value)
        if not value.strip():
            continue
        if len(value) > spec.max_length:
            on_error(
                f"{path}: {unit} {number}: {column} is {len(value):,} characters, longer than "
                f"max-length {spec.max_length:,}; skipped"
            )
            continue
        texts.append((column, value))
    if not texts:
        return None
    row_id = None
    if spec.id_column:
        raw = values.get(spec.id_column)
        row_id = None if raw is None or raw is _ABSENT else _scalar_text(raw)
    groups = tuple(
        g.value(None if values.get(g.column) is _ABSENT else values.get(g.column))
        for g in spec.group_by
    )
    return Row(number, row_id, groups, tuple(texts))


def _scalar_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _as_date(raw: Any) -> date | None:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        try:  # seconds since 1970, as many exports write them
            return datetime.fromtimestamp(raw, tz=timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
    text = str(raw).strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None

"""Findings as flat records, and the writers for them: text, JSON, JSON Lines, Parquet.

Each writer takes records one at a time and holds none of them, so output
streams however large the table. With a file to write, output goes to a
temporary file beside it and replaces the file only when the run finishes:
a reader never sees half a report, and a failed run leaves the old file.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from typing import IO, Any

from ..errors import InputError, LingoError
from ..findings import Finding
from ..text.sources import put_in_place, temporary_beside

# The fields of every finding record, in order, with their Parquet types.
FINDING_FIELDS: tuple[tuple[str, str], ...] = (
    ("rule", "string"),
    ("entry", "string"),
    ("category", "string"),
    ("severity", "string"),
    ("message", "string"),
    ("text", "string"),
    ("suggestion", "string"),
    ("fix", "string"),
    ("line", "int64"),
    ("col", "int64"),
    ("end_line", "int64"),
    ("end_col", "int64"),
    ("start", "int64"),
    ("end", "int64"),
)
RECORD_FORMATS = ("json", "jsonl", "parquet")


def finding_fields(finding: Finding) -> dict[str, Any]:
    first = finding.suggestions[0] if finding.suggestions else None
    return {
        "rule": finding.rule,
        "entry": finding.entry,
        "category": finding.category,
        "severity": finding.severity.value,
        "message": finding.message,
        "text": finding.text,
        "suggestion": first.text if first is not None else None,
        "fix": first.safety if first is not None else None,
        "line": finding.line,
        "col": finding.column,
        "end_line": finding.end_line,
        "end_col": finding.end_column,
        "start": finding.start,
        "end": finding.end,
    }


class RecordWriter:
    """Writes records as `json` (one array), `jsonl` or `parquet`, to a file or stdout."""

    def __init__(
        self, fmt: str, output: str | None, leading: Sequence[tuple[str, str]], rows_per_group: int
    ) -> None:
        if fmt == "parquet" and output is None:
            raise LingoError("--format parquet writes a file: name it with -o FILE")
        self.fmt = fmt
        self.fields = (*leading, *FINDING_FIELDS)
        self.count = 0
        self._output = output
        self._rows_per_group = rows_per_group
        self._pending: list[dict[str, Any]] = []
        self._temporary: str | None = None
        self._handle: IO[str] | None = None
        self._parquet: Any = None
        if output is not None:
            self._temporary = _temporary_beside(output)
        if fmt == "parquet":
            self._start_parquet()
        elif self._temporary is not None:
            self._handle = open(self._temporary, "w", encoding="utf-8", newline="\n")
        else:
            self._handle = sys.stdout
        if fmt == "json":
            self._write("[")

    def _write(self, text: str) -> None:
        assert self._handle is not None
        self._handle.write(text)

    def add(self, record: dict[str, Any]) -> None:
        if self.fmt == "parquet":
            self._pending.append(record)
            if len(self._pending) >= self._rows_per_group:
                self._flush_parquet()
        else:
            line = json.dumps(record, ensure_ascii=False)
            if self.fmt == "json":
                self._write(("\n  " if self.count == 0 else ",\n  ") + line)
            else:
                self._write(line + "\n")
        self.count += 1

    def close(self) -> None:
        """Finish the output and put it in place."""
        if self.fmt == "parquet":
            self._flush_parquet()
            self._parquet.close()
        else:
            if self.fmt == "json":
                self._write("\n]\n" if self.count else "]\n")
            assert self._handle is not None
            self._handle.flush()
            if self._temporary is not None:
                self._handle.close()
        if self._temporary is not None and self._output is not None:
            put_in_place(self._temporary, self._output)
            self._temporary = None

    def abandon(self) -> None:
        """A failed run: drop the temporary file, leave any old output as it was."""
        try:
            if self._parquet is not None:
                self._parquet.close()
            if self._handle is not None and self._temporary is not None:
                self._handle.close()
        except Exception:  # closing a half-written file can fail again; it goes anyway
            pass
        if self._temporary is not None:
            try:
                os.unlink(self._temporary)
            except OSError:
                pass

    # -- Parquet -----------------------------------------------------------------

    def _start_parquet(self) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise LingoError(
                "--format parquet needs pyarrow: pip install 'lingo-lint[tables]'"
            ) from None
        types = {"string": pa.string(), "int64": pa.int64()}
        self._schema = pa.schema([(name, types[kind]) for name, kind in self.fields])
        assert self._temporary is not None
        self._parquet = pq.ParquetWriter(self._temporary, self._schema, compression="zstd")

    def _flush_parquet(self) -> None:
        import pyarrow as pa

        if not self._pending:
            return
        columns = {name: [r.get(name) for r in self._pending] for name, _ in self.fields}
        self._parquet.write_table(pa.Table.from_pydict(columns, schema=self._schema))
        self._pending = []


def _temporary_beside(output: str) -> str:
    fd, temporary = temporary_beside(output)
    os.close(fd)
    return temporary


def write_records(
    path: str, fmt: str, fields: Sequence[tuple[str, str]], records: Sequence[dict[str, Any]]
) -> None:
    """A whole small table of records (a summary) to a file, atomically."""
    writer = _SmallWriter(path, fmt, fields)
    writer.write(records)


class _SmallWriter:
    def __init__(self, path: str, fmt: str, fields: Sequence[tuple[str, str]]) -> None:
        self.path, self.fmt, self.fields = path, fmt, fields

    def write(self, records: Sequence[dict[str, Any]]) -> None:
        temporary = _temporary_beside(self.path)
        try:
            if self.fmt == "parquet":
                import pyarrow as pa
                import pyarrow.parquet as pq

                types = {"string": pa.string(), "int64": pa.int64(), "double": pa.float64()}
                schema = pa.schema([(name, types[kind]) for name, kind in self.fields])
                columns = {name: [r.get(name) for r in records] for name, _ in self.fields}
                pq.write_table(pa.Table.from_pydict(columns, schema=schema), temporary)
            elif self.fmt == "csv":
                import csv

                with open(temporary, "w", encoding="utf-8", newline="") as handle:
                    writer = csv.DictWriter(handle, [name for name, _ in self.fields])
                    writer.writeheader()
                    writer.writerows(records)
            else:
                with open(temporary, "w", encoding="utf-8") as handle:
                    if self.fmt == "jsonl":
                        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
                    else:
                        json.dump(list(records), handle, ensure_ascii=False, indent=2)
                        handle.write("\n")
        except OSError as exc:
            os.unlink(temporary)
            raise InputError(f"{self.path}: cannot write ({exc.strerror or exc})") from None
        except ImportError:
            os.unlink(temporary)
            raise LingoError(
                "a Parquet summary needs pyarrow: pip install 'lingo-lint[tables]'"
            ) from None
        put_in_place(temporary, self.path)

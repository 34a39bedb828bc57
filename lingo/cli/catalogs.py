"""`lingo check --catalog`: message catalogues checked string by string, reported by key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from ..errors import LingoError
from ..findings import Report, Severity


def check_catalogs(
    settings: Any,
    output_format: str,
    output_file: str | None,
    options: dict[str, Any],
    error: Callable[[str], None],
    worst: list[Severity],
) -> None:
    """Check every catalogue the options name and write what was found."""
    from ..tables.catalogs import catalog_files, check_catalog

    syntax = options.get("syntax")
    results: list[tuple[str, list[Any]]] = []
    for path in catalog_files(options["catalogs"], error):
        try:
            config = settings.config_for(path)
            found = check_catalog(path, config=config, syntax=syntax)
        except LingoError as exc:
            error(str(exc))
            continue
        for item in found:
            if not worst or item.finding.severity.rank > worst[0].rank:
                worst[:] = [item.finding.severity]
        results.append((path, found))
    if output_format in ("json", "jsonl", "parquet"):
        _write_records(results, output_format, output_file)
    elif output_format in ("sarif", "github"):
        _write_reports(results, output_format, output_file)
    else:
        _write_text(results, output_file)


def _write_records(results: list[tuple[str, list[Any]]], fmt: str, output: str | None) -> None:
    from ..tables.records import RecordWriter, finding_fields

    leading = [("file", "string"), ("key", "string"), ("variant", "string")]
    writer = RecordWriter(fmt, output, leading, rows_per_group=50_000)
    try:
        for path, found in results:
            for item in found:
                record = {"file": path, "key": item.key, "variant": item.variant or None}
                record.update(finding_fields(item.finding))
                writer.add(record)
        writer.close()
    except BaseException:
        writer.abandon()
        raise


def _with_key(item: Any) -> Any:
    from dataclasses import replace

    where = item.key + (f" ({item.variant})" if item.variant else "")
    return replace(item.finding, message=f"[{where}] {item.finding.message}")


def _write_reports(results: list[tuple[str, list[Any]]], fmt: str, output: str | None) -> None:
    """SARIF or GitHub annotations: a report per catalogue, the key at the head of each message."""
    from ..engine.grade import letter
    from ..findings import Readability
    from ..lexicon.rules import all_rules
    from .output import write as _write

    empty = Readability(0, 0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 8.0)
    reports = [
        Report(tuple(_with_key(i) for i in found), empty, letter(100.0), 100.0, path=path)
        for path, found in results
    ]
    if fmt == "sarif":
        from ..report import sarif

        lines = [sarif.render(reports, all_rules(), [])]
    else:
        from ..report import github

        lines = list(github.render(reports, []))
    _write(lines, output)


def _write_text(results: list[tuple[str, list[Any]]], output: str | None) -> None:
    from ..report.text import finding_line
    from .output import write as _write

    lines = [finding_line(path, _with_key(item)) for path, found in results for item in found]
    count = sum(len(found) for _, found in results)
    files = f"{len(results)} catalogue{'s' if len(results) != 1 else ''}"
    if count:
        lines.append(f"{count} finding{'s' if count != 1 else ''} in {files}.")
    else:
        lines.append(click.style(f"All clear: {files} checked, nothing to fix.", fg="green"))
    _write(lines, output)

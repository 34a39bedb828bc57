"""Tables of text: ticket and macro exports in CSV, JSON Lines and Parquet, written here."""

from __future__ import annotations

import csv
import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from lingo.cli import main
from lingo.config import Config
from lingo.tables import GroupBy, TableSpec, check_table, run_forked

# (ticket id, team, created, body as the help desk stores it: HTML with placeholders)
TICKETS = [
    (
        "T-101",
        "billing",
        "2024-03-02T09:15:00Z",
        "<p>Hi {{ticket.requester.first_name}},</p>\n"
        "<p>Per our policy, we cannot refund your order after 30 days.</p>",
    ),
    ("T-102", "billing", "2024-03-18", "<p>Thanks for waiting! Your refund is on its way.</p>"),
    (
        "T-103",
        "shipping",
        "2024-04-01",
        "<p>Your parcel was delayed by the courier.</p>\n<p>In order to utilize your voucher, "
        "log in {% if app %}to the app{% endif %}.</p>",
    ),
    ("T-104", "shipping", "2024-04-09", ""),
    (
        "T-105",
        "shipping",
        "2024-04-20",
        "<p>{{#if vip}}As a member,{{/if}} you failed to attach the receipt.</p>",
    ),
]


def write_csv(path, rows=TICKETS) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ticket_id", "team", "created_at", "body"])
        writer.writerows(rows)


def write_jsonl(path, rows=TICKETS) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for ticket_id, team, created, body in rows:
            record = {"id": ticket_id, "team": team, "created": created, "comment": {"body": body}}
            handle.write(json.dumps(record) + "\n")


def write_parquet(path, rows=TICKETS) -> None:
    columns = list(zip(*rows))
    table = pa.table(
        {"ticket_id": columns[0], "team": columns[1], "created_at": columns[2], "body": columns[3]}
    )
    pq.write_table(table, path, row_group_size=2)


def found(cells) -> list[tuple]:
    return [
        (c.row, c.id, c.column, f.qualified_id, f.line, f.column, f.text)
        for c in cells
        for f in c.findings
    ]


SPEC = TableSpec(text_columns=("body",), id_column="ticket_id")

EXPECTED = [
    (2, "T-101", "body", "say-no/policy-speak:per-our-policy", 2, 4, "Per our policy"),
    (2, "T-101", "body", "say-no/refusal:we-cannot", 2, 20, "we cannot refund"),
    (4, "T-103", "body", "passive-voice:by-actor", 1, 16, "was delayed"),
    (4, "T-103", "body", "jargon/complex-word:in-order-to", 2, 4, "In order to"),
    (4, "T-103", "body", "jargon/complex-word:utilize", 2, 16, "utilize"),
    (6, "T-105", "body", "say-no/blame:you-failed-to", 1, 35, "you failed to"),
]


def test_csv_with_quoted_newlines(tmp_path) -> None:
    path = tmp_path / "tickets.csv"
    write_csv(path)
    cells = list(check_table(str(path), SPEC, syntax="html"))
    assert found(cells) == EXPECTED
    # Each finding's line and column are inside the cell's own text.
    bodies = {row[0]: row[3] for row in TICKETS}
    for cell in cells:
        for finding in cell.findings:
            assert bodies[cell.id][finding.start : finding.end] == finding.text


def test_json_lines_with_nested_fields_and_a_bad_line(tmp_path) -> None:
    path = tmp_path / "tickets.jsonl"
    write_jsonl(path)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write('{"id": "T-106", "comment": {"body": "We cannot\n')  # cut off
        handle.write(json.dumps({"id": "T-107", "comment": {"body": "We can't guarantee it."}}))
    errors: list[str] = []
    spec = TableSpec(text_columns=("comment.body",), id_column="id")
    cells = list(check_table(str(path), spec, syntax="html", on_error=errors.append))
    rows = {(c.row, c.id) for c in cells}
    assert rows == {(1, "T-101"), (2, "T-102"), (3, "T-103"), (5, "T-105"), (7, "T-107")}
    assert errors == [
        f"{path}: line 6: not valid JSON (invalid control character at column 47); skipped"
    ]
    assert ("say-no/refusal:cannot-guarantee") in {
        f.qualified_id for c in cells for f in c.findings
    }


def test_parquet_in_record_batches(tmp_path) -> None:
    path = tmp_path / "tickets.parquet"
    write_parquet(path)
    cells = list(check_table(str(path), SPEC, syntax="html"))
    expected = [(row - 1, *rest) for row, *rest in EXPECTED]  # no header row in Parquet
    assert found(cells) == expected


def test_group_summary(tmp_path) -> None:
    from lingo.tables.summary import Summary

    path = tmp_path / "tickets.csv"
    write_csv(path)
    spec = TableSpec(
        ("body",), "ticket_id", (GroupBy.parse("team"), GroupBy.parse("created_at:month"))
    )
    summary = Summary(["team", "created_at:month"])
    summary.add(str(path), check_table(str(path), spec, syntax="html"))
    records = {(r["team"], r["created_at:month"]): r for r in summary.records()}
    assert set(records) == {("billing", "2024-03"), ("shipping", "2024-04")}
    billing = records[("billing", "2024-03")]
    assert billing["rows"] == 2 and billing["findings"] == 2
    assert billing["say-no_per_1000_words"] == pytest.approx(2000 / billing["words"], abs=0.01)
    assert billing["jargon_per_1000_words"] == 0.0
    assert sum(billing[f"grade_{g}"] for g in "ABCDF") == 2
    assert records[("shipping", "2024-04")]["rows"] == 2  # T-104 has no text


def test_forked_workers_give_the_same_results(tmp_path) -> None:
    path = tmp_path / "tickets.csv"
    write_csv(path, TICKETS * 8)
    here = list(check_table(str(path), SPEC, syntax="html", rows_per_batch=3))
    forked = list(check_table(str(path), SPEC, syntax="html", run=run_forked(2), rows_per_batch=3))
    assert forked == here
    assert len(found(here)) == 8 * len(EXPECTED)


def test_configuration_applies_to_tables(tmp_path) -> None:
    path = tmp_path / "tickets.csv"
    write_csv(path)
    config = Config(ignore=("jargon",))
    cells = check_table(str(path), SPEC, syntax="html", config=config)
    assert all(not f.category == "jargon" for c in cells for f in c.findings)


# -- the command line ----------------------------------------------------------------


def run(*args: str):
    # One process: forking pytest (and whatever threads other tests left) is
    # test_forked_workers_give_the_same_results' job alone.
    return CliRunner().invoke(
        main, ["check", "--no-cache", "--jobs", "1", *args], catch_exceptions=False
    )


def test_cli_text_output_names_row_id_and_column(tmp_path) -> None:
    path = tmp_path / "tickets.csv"
    write_csv(path)
    result = run(
        "--table",
        str(path),
        "--text-column",
        "body",
        "--id-column",
        "ticket_id",
        "--syntax",
        "html",
        "--group-by",
        "team",
    )
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(
        f"{path}:row 2 [id T-101] body:2:4: warning say-no/policy-speak:per-our-policy  "
        "'Per our policy'"
    )
    assert "6 findings in 4 texts of 4 rows." in lines
    header = next(line for line in lines if line.startswith("team"))
    assert "rows" in header and "say-no/1k" in header and "grades A/B/C/D/F" in header


@pytest.mark.parametrize("fmt", ["json", "jsonl", "parquet"])
def test_cli_record_formats_hold_the_same_findings(tmp_path, fmt: str) -> None:
    path = tmp_path / "tickets.csv"
    write_csv(path)
    out = tmp_path / f"findings.{fmt}"
    summary = tmp_path / "summary.csv"
    result = run(
        "--table",
        str(path),
        "--text-column",
        "body",
        "--id-column",
        "ticket_id",
        "--syntax",
        "html",
        "--format",
        fmt,
        "-o",
        str(out),
        "--group-by",
        "created_at:month",
        "--summary-file",
        str(summary),
    )
    assert result.exit_code == 1, result.output
    if fmt == "json":
        records = json.loads(out.read_text(encoding="utf-8"))
    elif fmt == "jsonl":
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    else:
        records = pq.read_table(out).to_pylist()
    assert [
        (
            r["row"],
            r["id"],
            r["column"],
            r["rule"] + (":" + r["entry"] if r["entry"] else ""),
            r["line"],
            r["col"],
            r["text"],
        )
        for r in records
    ] == EXPECTED
    assert {r["group:created_at:month"] for r in records} == {"2024-03", "2024-04"}
    with open(summary, encoding="utf-8", newline="") as handle:
        months = [row["created_at:month"] for row in csv.DictReader(handle)]
    assert months == ["2024-03", "2024-04"]


def test_cli_errors_are_one_line_and_exit_2(tmp_path) -> None:
    path = tmp_path / "tickets.csv"
    write_csv(path)
    result = run("--table", str(path), "--text-column", "message")
    assert result.exit_code == 2
    assert (
        f"lingo: {path}: no column 'message' (the table has: ticket_id, team, created_at, body)"
        in result.output
    )
    assert run("--table", str(path)).exit_code == 2  # no --text-column
    fixing = run("--table", str(path), "--text-column", "body", "--fix")
    assert fixing.exit_code == 2 and "checked, not fixed" in fixing.output
    parquet_to_stdout = run("--table", str(path), "--text-column", "body", "--format", "parquet")
    assert parquet_to_stdout.exit_code == 2 and "-o FILE" in parquet_to_stdout.output
    missing = run("--table", str(tmp_path / "nope.csv"), "--text-column", "body")
    assert missing.exit_code == 2 and "nope.csv: no such file" in missing.output


def test_output_is_whole_or_not_there(tmp_path) -> None:
    from lingo.tables.records import RecordWriter

    out = tmp_path / "findings.jsonl"
    out.write_text("kept\n", encoding="utf-8")
    writer = RecordWriter("jsonl", str(out), [("file", "string")], rows_per_group=10)
    writer.add({"file": "a.csv", "rule": "passive-voice"})
    writer.abandon()  # an interrupted run
    assert out.read_text(encoding="utf-8") == "kept\n"
    assert [p.name for p in tmp_path.iterdir()] == ["findings.jsonl"]
    # A table that cannot be read is an error; the output of the run is still whole.
    path = tmp_path / "tickets.csv"
    write_csv(path)
    result = run(
        "--table", str(path), "--text-column", "missing", "--format", "jsonl", "-o", str(out)
    )
    assert result.exit_code == 2
    assert out.read_text(encoding="utf-8") == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["findings.jsonl", "tickets.csv"]

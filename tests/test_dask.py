"""lingo on a Dask cluster: two worker processes on this machine, one cluster for the module.

A cluster gives exactly the findings of a single-process run, through the
command line (`--scheduler`), Dask DataFrames and sets of files, and still
does when a worker is killed in the middle of the job.
"""

from __future__ import annotations

import csv
import os
import signal
import subprocess
import sys

import pandas as pd
import pytest

dask_dataframe = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

from lingo.dask import check_dataframe, check_files, cluster_runner, register  # noqa: E402
from lingo.tables import TableSpec, check_table  # noqa: E402

REPLIES = [
    "<p>Hi {{ticket.requester.first_name}}, per our policy we cannot refund your order.</p>",
    "<p>Thanks for your patience! Your replacement ships today.</p>",
    "<p>Your account was suspended by our security team after three failed sign-ins.</p>",
    "<p>In order to utilize the voucher, log in prior to checkout.</p>",
    "<p>{% if vip %}As a valued member, {% endif %}you failed to attach the receipt.</p>",
    "<p>Obviously, the reset button is at the top of the page.</p>",
]


def write_replies(path, count: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["reply_id", "team", "body"])
        for i in range(count):
            writer.writerow(
                [f"R-{i:04d}", ("billing", "support")[i % 2], REPLIES[i % len(REPLIES)]]
            )


def key(cells) -> list[tuple]:
    return [
        (c.row, c.id, c.column, f.qualified_id, f.start, f.end, f.message)
        for c in cells
        for f in c.findings
    ]


@pytest.fixture(scope="module")
def cluster():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local,
        distributed.Client(local) as client,
    ):
        register(client)
        yield local, client


@pytest.fixture(scope="module")
def replies(tmp_path_factory):
    path = tmp_path_factory.mktemp("replies") / "replies.csv"
    write_replies(path, 120)
    return path


SPEC = TableSpec(text_columns=("body",), id_column="reply_id")


def test_a_cluster_gives_the_results_of_one_process(cluster, replies) -> None:
    _, client = cluster
    here = list(check_table(str(replies), SPEC, syntax="html"))
    there = list(
        check_table(str(replies), SPEC, syntax="html", run=cluster_runner(client), rows_per_batch=8)
    )
    assert there == here
    assert len(key(here)) > 100


def test_a_killed_worker_does_not_change_the_results(cluster, replies) -> None:
    """One worker is killed with SIGKILL mid-job; its tasks run again, the results are the same."""
    _, client = cluster
    here = list(check_table(str(replies), SPEC, syntax="html"))
    pids = client.run(os.getpid)
    cells = check_table(
        str(replies), SPEC, syntax="html", run=cluster_runner(client), rows_per_batch=4
    )
    there = [next(cells)]  # the job is running: every worker has batches in hand
    os.kill(next(iter(pids.values())), signal.SIGKILL)
    there.extend(cells)
    assert there == here
    client.wait_for_workers(2, timeout=60)  # the nanny has started a new worker
    assert set(client.run(os.getpid).values()).isdisjoint([next(iter(pids.values()))])


def test_dask_dataframe_findings(cluster, replies) -> None:
    frame = pd.read_csv(replies)
    frame.index = frame.index + 2  # rows as a spreadsheet numbers them, like check_table
    ddf = dask_dataframe.from_pandas(frame, npartitions=3)
    findings = check_dataframe(
        ddf, ["body"], id_column="reply_id", group_by=["team"], syntax="html"
    )
    computed = findings.compute()
    here = list(check_table(str(replies), SPEC, syntax="html"))
    assert list(zip(computed["row"], computed["id"], computed["rule"], computed["start"])) == [
        (c.row, c.id, f.rule, f.start) for c in here for f in c.findings
    ]
    teams = computed.groupby("group:team").size().to_dict()
    assert set(teams) == {"billing", "support"}


def test_a_set_of_files(cluster, tmp_path) -> None:
    paths = []
    for name, count in (("march.csv", 9), ("april.csv", 14)):
        path = tmp_path / name
        write_replies(path, count)
        paths.append(str(path))
    computed = check_files(paths, ["body"], id_column="reply_id", syntax="html").compute()
    expected = [
        (path, c.row, f.qualified_id.split(":")[0], f.line, f.column)
        for path in paths
        for c in check_table(path, SPEC, syntax="html")
        for f in c.findings
    ]
    assert (
        list(
            zip(
                computed["file"],
                computed["row"],
                computed["rule"],
                computed["line"],
                computed["col"],
            )
        )
        == expected
    )


def test_command_line_on_the_cluster(cluster, replies, tmp_path) -> None:
    local, _ = cluster
    base = [
        sys.executable,
        "-m",
        "lingo",
        "check",
        "--no-cache",
        "--table",
        str(replies),
        "--text-column",
        "body",
        "--id-column",
        "reply_id",
        "--syntax",
        "html",
        "--format",
        "jsonl",
    ]
    alone = subprocess.run(base, capture_output=True, text=True, cwd=tmp_path, check=False)
    clustered = subprocess.run(
        [*base, "--scheduler", local.scheduler_address],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert (clustered.returncode, alone.returncode) == (1, 1), clustered.stderr
    assert clustered.stdout == alone.stdout
    unreachable = subprocess.run(
        [*base, "--scheduler", "tcp://127.0.0.1:9"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
    )
    assert unreachable.returncode == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in unreachable.stderr
    assert "Traceback" not in unreachable.stderr

"""Parallel runs fail cleanly (issue 17, item 8).

A worker killed (by the OOM killer, or `kill -9`) is one error line and exit
2, never a traceback and never a report that looks complete; Ctrl-C is one
line and exit 130, with no worker tracebacks and no worker left running.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import lingo
from lingo.cli import runner
from lingo.cli.main import main

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not runner._can_fork(), reason="forked workers"
)

PAGE = "Please utilize the form to reach us, and we will get back to you.\n"


def pages(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"page-{number:03}.md").write_text(
            f"Page {number}. " + PAGE * 3, encoding="utf-8"
        )
    return folder


def die_in_worker(payload):  # module level: the forked worker finds it by name
    os.kill(os.getpid(), signal.SIGKILL)


def test_a_killed_worker_is_one_error_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = pages(tmp_path / "docs", 2 * runner.MIN_FILES_PER_JOB + 8)
    monkeypatch.setattr(runner, "_lint_chunk", die_in_worker)
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--jobs", "2", str(folder)], catch_exceptions=False
    )
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "lingo: error: a worker process was killed by SIGKILL while linting, so the run is "
        "incomplete and no report is given; run lingo again (--jobs 1 lints in one process)"
    ]
    assert "All clear" not in result.stdout and "Traceback" not in result.stderr


def children_of(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(child) for child in text]
    return found


def alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_ctrl_c_exits_130_with_one_line_and_leaves_no_worker(tmp_path: Path) -> None:
    # Enough pages that the run outlasts a loaded machine's scheduling delays (the run is
    # interrupted within a second or two of its workers starting, so this costs nothing).
    folder = pages(tmp_path / "docs", 3000)
    env = {**os.environ, "PYTHONPATH": str(Path(lingo.__file__).parent.parent)}
    process = subprocess.Popen(
        [sys.executable, "-m", "lingo", "check", "--no-cache", "--jobs", "3", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group, as a terminal's foreground job
    )
    try:
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while time.monotonic() < deadline and len(workers) < 2:
            if process.poll() is not None:
                break
            workers = children_of(process.pid)
            time.sleep(0.05)
        assert len(workers) >= 2, "the workers never started"
        time.sleep(0.5)  # let them get into their chunks
        assert process.poll() is None, "the run ended before Ctrl-C could be sent"
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C sends: the whole group
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert process.returncode == 130, err
    assert err.decode().splitlines() == ["lingo: interrupted"]
    time.sleep(0.2)
    assert not [pid for pid in workers if alive(pid)]

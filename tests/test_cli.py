"""The `lingo` command through click's runner, and once as the installed program."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo.cli.main import main

SAY_NO = "Per our policy, your refund was denied by our team.\n"
CLEAN = "Thanks for your order! It ships today.\n"


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def test_text_output_lines_and_summary(run, tmp_path: Path) -> None:
    path = write(tmp_path, "reply.txt", SAY_NO)
    result = run("check", path)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[0].startswith(f"{path}:1:1: warning say-no/policy-speak")
    assert any(f"{path}:1:29: info passive-voice" in line for line in lines)
    assert "finding" in lines[-1] and "1 file" in lines[-1]
    assert "\x1b[" not in result.output  # no colours when not a terminal


def test_clean_file_exits_zero(run, tmp_path: Path) -> None:
    result = run("check", write(tmp_path, "ok.txt", CLEAN))
    assert result.exit_code == 0
    assert "All clear" in result.output


def test_json_output(run, tmp_path: Path) -> None:
    path = write(tmp_path, "reply.txt", SAY_NO)
    result = run("check", "--format", "json", path)
    rows = json.loads(result.output)
    assert {r["path"] for r in rows} == {path}
    for row in rows:
        assert SAY_NO[row["start"] : row["end"]] == row["text"]
        assert row["severity"] in ("error", "warning", "info")
        assert row["suggestions"]


def test_stdin(run) -> None:
    result = run("check", "-", input=SAY_NO)
    assert result.exit_code == 1
    assert result.output.startswith("<stdin>:1:1:")


def test_fail_on_error_ignores_warnings(run, tmp_path: Path) -> None:
    path = write(tmp_path, "reply.txt", SAY_NO)
    assert run("check", "--fail-on", "error", path).exit_code == 0
    assert run("check", "--fail-on", "never", path).exit_code == 0


def test_walks_folders_for_text_files(run, tmp_path: Path) -> None:
    write(tmp_path, "docs/a.md", SAY_NO)
    write(tmp_path, "docs/sub/b.txt", CLEAN)
    write(tmp_path, "docs/c.html", CLEAN)
    write(tmp_path, "docs/image.png", b"\x89PNG\x00\x00")
    write(tmp_path, "docs/node_modules/x.md", SAY_NO)
    write(tmp_path, "docs/.git/y.md", SAY_NO)
    result = run("check", "--format", "json", str(tmp_path / "docs"))
    paths = {Path(r["path"]).name for r in json.loads(result.output)}
    assert paths == {"a.md"}
    summary = run("check", str(tmp_path / "docs")).output.strip().splitlines()[-1]
    assert "3 files" in summary


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("binary.txt", b"GIF89a\x00\x01\x02", "binary file"),
        ("latin1.txt", "Caf\u00e9 cr\u00e8me".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_bad_input_is_one_line_and_others_still_linted(run, tmp_path, name, content, problem):
    bad = write(tmp_path, name, content)
    good = write(tmp_path, "reply.txt", SAY_NO)
    result = CliRunner().invoke(main, ["check", bad, good])
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("lingo:")]
    assert len(errors) == 1 and bad in errors[0] and problem in errors[0]
    assert f"{good}:1:1: warning say-no/policy-speak" in result.stdout
    assert "Traceback" not in result.output


def test_missing_file(run, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(tmp_path / "nope.md")])
    assert result.exit_code == 2
    assert "nope.md: no such file" in result.stderr


def test_text_longer_than_max_length(tmp_path: Path) -> None:
    long = write(tmp_path, "long.txt", "We ship fast. " * 100)
    result = CliRunner().invoke(main, ["check", "--max-length", "500", long])
    assert result.exit_code == 2
    assert "long.txt: text is 1,400 characters, longer than max-length 500" in result.stderr


def test_rules_lists_every_rule(run) -> None:
    result = run("rules")
    assert result.exit_code == 0
    for rule in (
        "passive-voice",
        "jargon/complex-word",
        "say-no/refusal",
        "readability/very-hard-sentence",
    ):
        assert rule in result.output


def test_explain_prints_the_rule_page(run) -> None:
    result = run("explain", "passive-voice")
    assert result.exit_code == 0
    assert "## What it flags" in result.output
    unknown = CliRunner().invoke(main, ["explain", "pasive-voice"])
    assert unknown.exit_code == 2
    assert "did you mean 'passive-voice'" in unknown.stderr


def test_explain_takes_every_id_check_prints(run, tmp_path: Path) -> None:
    # a user copies the id from a finding: a kind of passive, an abbreviation, a lexicon entry
    path = write(tmp_path, "reply.txt", "Your refund was declined. Our SLA is two days.\n")
    printed = {
        line.split()[2]
        for line in run("check", "--format", "text", "-q", path).output.splitlines()
        if line.startswith(path)
    }
    assert "passive-voice:hidden-actor" in printed or "say-no/refusal:refusal-verdict" in printed
    for name in sorted(printed | {"passive-voice:hidden-actor", "jargon/acronym:sla"}):
        result = run("explain", name)
        assert result.exit_code == 0, (name, result.output)
        assert result.output.startswith("# "), name
    hidden = run("explain", "passive-voice:hidden-actor").output
    assert "`passive-voice:hidden-actor` is one kind of passive" in hidden
    assert "## What it flags" in hidden
    unknown = CliRunner().invoke(main, ["explain", "passive-voice:nonsense"])
    assert unknown.exit_code == 2


def test_score_text_and_json(run, tmp_path: Path) -> None:
    path = write(tmp_path, "reply.txt", SAY_NO + CLEAN)
    text = run("score", path)
    assert text.exit_code == 0
    header, row = text.output.splitlines()
    assert header.split() == ["GRADE", "SCORE", "WORDS", "FINDINGS", "READING-GRADE", "FILE"]
    assert row.split()[0] in "ABCDF" and row.endswith(path)
    details = run("score", "--details", path)
    assert "Flesch-Kincaid grade" in details.output and "grade " in details.output
    data = json.loads(run("score", "--format", "json", path).output)
    assert data["files"][0]["grade"] in "ABCDF"
    assert data["files"][0]["readability"]["flesch_reading_ease"] > 0
    assert data["overall"]["grade"] == data["files"][0]["grade"]


def test_unknown_model_is_a_clean_error(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", CLEAN)
    result = CliRunner().invoke(main, ["check", "--model", "xx_no_such_model", path])
    assert result.exit_code == 2
    assert "xx_no_such_model" in result.stderr and "Traceback" not in result.output


def _installed_lingo() -> str | None:
    here = Path(sys.executable).parent / ("lingo.exe" if os.name == "nt" else "lingo")
    return str(here) if here.exists() else shutil.which("lingo")


@pytest.mark.skipif(_installed_lingo() is None, reason="lingo is not installed in this environment")
def test_installed_command_as_a_subprocess(tmp_path: Path) -> None:
    path = write(tmp_path, "reply.txt", SAY_NO)
    proc = subprocess.run(
        [_installed_lingo(), "check", path],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 1, proc.stderr
    assert "say-no/policy-speak" in proc.stdout
    module = subprocess.run(
        [sys.executable, "-m", "lingo", "check", "-"],
        input=SAY_NO,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert module.returncode == 1 and "passive-voice" in module.stdout

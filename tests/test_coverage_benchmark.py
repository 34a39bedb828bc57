"""benchmarks/coverage.py: recall and clean false positives on labelled sentence files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "coverage.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, env=env, check=False
    )


def _row(n: int, text: str, jargon: bool, say_no: bool, family: str) -> str:
    return json.dumps(
        {
            "id": f"t-{n}",
            "genre": "support-email",
            "text": text,
            "jargon": jargon,
            "say_no": say_no,
            "passive": False,
            "hard_negative": False,
            "note": "",
            "family": family,
            "split": "test",
        }
    )


def test_coverage_prints_recall_and_clean_false_positives(tmp_path: Path) -> None:
    data = tmp_path / "set.jsonl"
    data.write_text(
        "\n".join(
            [
                _row(
                    1,
                    "Our team will liaise with the courier about your parcel.",
                    True,
                    False,
                    "abstract",
                ),
                _row(
                    2,
                    "The boiler will cost in the region of 900 pounds.",
                    True,
                    False,
                    "officialese",
                ),
                _row(3, "No one else has complained about the new menu.", False, True, "comparing"),
                _row(4, "The courier will bring your parcel before noon.", False, False, "plain"),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    done = _run(str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "jargon R 1.00 (2/2)" in done.stdout
    assert "say_no R 1.00 (1/1)" in done.stdout
    assert "clean FP 0.0% (0/1)" in done.stdout
    assert " per family:" in done.stdout and "comparing" in done.stdout
    assert done.stdout.strip().splitlines()[-1].startswith("summary (1 file): jargon R 1.00")


def test_a_bad_line_is_one_clear_error(tmp_path: Path) -> None:
    data = tmp_path / "broken.jsonl"
    data.write_text('{"id": "a", "text": "Hello there.", "jargon": "yes", "say_no": false}\n')
    done = _run(str(data))
    assert done.returncode == 2
    assert done.stderr.strip() == f"coverage: {data}:1: 'jargon' must be true or false"
    missing = _run(str(tmp_path / "nowhere.jsonl"))
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr

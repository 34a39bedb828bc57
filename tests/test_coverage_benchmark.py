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


AGREEMENT = ROOT / "benchmarks" / "agreement.py"
JUDGED = ROOT / "benchmarks" / "data" / "label-agreement"


def test_every_judges_file_labels_exactly_its_sets_sentences() -> None:
    sets = ROOT / "benchmarks" / "data" / "coverage"
    files = sorted(JUDGED.glob("*-judge*.jsonl"))
    assert len(files) == 6
    for path in files:
        name = path.name.rsplit("-judge", 1)[0]
        wanted = {
            json.loads(line)["id"]
            for part in sorted((sets / name).glob("*.jsonl"))
            for line in part.read_text(encoding="utf-8").splitlines()
            if line.strip()
        }
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert [r["id"] for r in rows] == sorted(wanted), path.name
        assert all(isinstance(r["jargon"], bool) and isinstance(r["say_no"], bool) for r in rows)
        assert {r["sure"] for r in rows} <= {"clear", "borderline"}


def test_kappa_and_recall() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from agreement import kappa, recall

    assert kappa([True, False, True, False], [True, False, True, False]) == (1.0, 1.0)
    observed, k = kappa([True, True, False, False], [True, False, True, False])
    assert observed == 0.5 and k == 0.0  # no better than chance
    assert recall([True, False, True], [True, True, False]) == 0.5


def test_agreement_prints_counts_not_sentences() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, str(AGREEMENT), "heldout-14"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert "heldout-14: 320 sentences" in done.stdout
    assert "labeller-judge1" in done.stdout and "consensus" in done.stdout
    # the set stays unseen: no sentence of it is printed
    first = json.loads(
        (ROOT / "benchmarks/data/coverage/heldout-14/h27.jsonl").read_text().splitlines()[0]
    )
    assert first["text"] not in done.stdout

"""`lingo score`: one line per file, an overall grade weighted by words, and --fail-under."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo.cli.main import main
from lingo.cli.score import parse_floor

CLEAN = (
    "Thanks for your order! It ships today. You can track it from your account page. "
    "Write to us any time if you need help.\n"
)
HARSH = (
    "Per our policy, we cannot refund gift cards. Obviously, you failed to read the terms. "
    "Please be advised that your request was denied by our billing team.\n"
)


def score(*args: str):
    return CliRunner().invoke(main, ["score", *args], catch_exceptions=False)


@pytest.fixture
def help_centre(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "help").mkdir()
    (tmp_path / "help" / "orders.md").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "help" / "refunds.md").write_text(HARSH, encoding="utf-8")
    (tmp_path / "help" / "empty.md").write_text("", encoding="utf-8")
    return tmp_path


def test_one_line_per_file_and_an_overall_grade(help_centre: Path) -> None:
    lines = score("help").stdout.splitlines()
    assert lines[0].split() == ["GRADE", "SCORE", "WORDS", "FINDINGS", "READING-GRADE", "FILE"]
    rows = {line.split()[-1]: line.split() for line in lines[1:-1]}
    assert set(rows) == {"help/orders.md", "help/refunds.md", "help/empty.md"}
    assert rows["help/orders.md"][0] == "A" and rows["help/refunds.md"][0] in "DF"
    assert rows["help/empty.md"][:2] == ["-", "-"]
    assert lines[-1].startswith("Overall: grade ")
    assert "over 2 of 3 files" in lines[-1] and "weighted by words" in lines[-1]


def test_the_overall_score_is_weighted_by_words(help_centre: Path) -> None:
    data = json.loads(score("--format", "json", "help").stdout)
    graded = [f for f in data["files"] if f["score"] is not None]
    words = sum(f["readability"]["words"] for f in graded)
    expected = sum(f["score"] * f["readability"]["words"] for f in graded) / words
    assert data["overall"]["score"] == pytest.approx(expected, abs=0.05)
    assert data["overall"]["files"] == 2 and data["overall"]["words"] == words


def test_fail_under(help_centre: Path) -> None:
    overall = json.loads(score("--format", "json", "help").stdout)["overall"]["score"]
    assert score("--fail-under", "D", "help/orders.md").exit_code == 0
    low = CliRunner().invoke(main, ["score", "--fail-under", "A", "help"])
    assert low.exit_code == 1 and "is under --fail-under A" in low.stderr
    assert score("--fail-under", str(int(overall)), "help").exit_code == 0
    assert score("--fail-under", str(int(overall) + 1), "help").exit_code == 1
    bad = CliRunner().invoke(main, ["score", "--fail-under", "Z", "help"])
    assert bad.exit_code == 2


@pytest.mark.parametrize(
    ("value", "floor"), [("A", 90), ("b", 80), ("C", 70), ("F", 0), ("75", 75)]
)
def test_parse_floor(value: str, floor: float) -> None:
    assert parse_floor(value) == floor


def test_details_keep_every_figure(help_centre: Path) -> None:
    out = score("--details", "help/orders.md").stdout
    assert "Flesch reading ease" in out and "Dale-Chall score" in out

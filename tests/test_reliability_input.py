"""Hostile lexicons, configurations and texts are errors, never hangs or tracebacks.

Issue 17: item 5 (a team regex cannot hang lingo), item 6 (nesting limits and
lexicon schema problems) and the low items on the text side (UTF-16 with a
BOM, lone surrogates, an unclosed `<!--`).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo import Config, Linter
from lingo.cli.main import main
from lingo.errors import InputError, LexiconError
from lingo.text.sources import read_source

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path | None = None):
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args))
    finally:
        os.chdir(old)


def one_error_line(result, name: str) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) >= 1 and name in lines[0]
    return lines[0]


# -- item 5: team regexes run in linear time ----------------------------------------------

CATASTROPHIC = '  - id: many-a\n    patterns: [[{LOWER: {REGEX: "^(a+)+$"}}]]\n    message: "a"\n'


def test_a_catastrophic_team_regex_finishes_at_once(team_lexicon, tmp_path: Path) -> None:
    lexicon = team_lexicon(CATASTROPHIC)
    page = tmp_path / "page.txt"
    page.write_text("We saw " + "a" * 48 + "b and aaaa here.\n", encoding="utf-8")
    # In a subprocess with a timeout: with a backtracking engine this never ends.
    command = [
        sys.executable,
        "-m",
        "lingo",
        "check",
        "--isolated",
        "--no-cache",
        "--extra-lexicon",
        str(lexicon),
        str(page),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 1, done.stderr
    assert "team/house-words:many-a" in done.stdout
    assert ":1:62:" in done.stdout  # "aaaa" matches; the 48 a's and a b do not


def test_team_regexes_still_match_what_they_say(team_lexicon) -> None:
    lexicon = team_lexicon(
        '  - id: sign-up\n    patterns: [[{LOWER: {REGEX: "^sign-?ups?$"}}]]\n'
        '    message: "Say register."\n'
    )
    linter = Linter(config=Config.from_mapping({"extra-lexicons": [str(lexicon)]}))
    report = linter.check("Finish your signup, then two more signups follow.")
    assert [f.text for f in report.findings if f.rule == "team/house-words"] == [
        "signup",
        "signups",
    ]


@pytest.mark.parametrize("regex", [r"(a)\\1", "(?<=a)b", "a(?!b)"])
def test_a_regex_that_needs_backtracking_is_refused_at_load(team_lexicon, regex: str) -> None:
    lexicon = team_lexicon(
        f'  - id: odd\n    patterns: [[{{LOWER: {{REGEX: "{regex}"}}}}]]\n    message: "x"\n'
    )
    with pytest.raises(LexiconError) as excinfo:
        Linter(config=Config.from_mapping({"extra-lexicons": [str(lexicon)]}))
    message = str(excinfo.value)
    assert message.startswith(f"{lexicon}: entry 'odd': ")
    assert "RE2" in message and "\n" not in message


# -- item 6: lexicon schema problems are validation errors --------------------------------


def test_a_token_key_with_an_underscore_is_a_validation_error(team_lexicon) -> None:
    lexicon = team_lexicon('  - id: odd\n    patterns: [[{_: {is_odd: true}}]]\n    message: "x"\n')
    with pytest.raises(LexiconError) as excinfo:
        Linter(config=Config.from_mapping({"extra-lexicons": [str(lexicon)]}))
    assert str(excinfo.value).startswith(f"{lexicon}: entry 'odd': 'patterns' pattern 1: ")


def test_a_regex_on_a_number_attribute_is_a_validation_error(team_lexicon) -> None:
    lexicon = team_lexicon(
        '  - id: odd\n    patterns: [[{LENGTH: {REGEX: "5"}}]]\n    message: "x"\n'
    )
    with pytest.raises(LexiconError, match="entry 'odd'"):
        Linter(config=Config.from_mapping({"extra-lexicons": [str(lexicon)]}))


@pytest.mark.parametrize("depth", [100, 1_000, 100_000])
def test_a_deeply_nested_lexicon_is_an_error_naming_it(tmp_path: Path, depth: int) -> None:
    lexicon = tmp_path / "deep.yaml"
    lexicon.write_text("rule: team/deep\nentries: " + "[" * depth + "]" * depth + "\n")
    with pytest.raises(LexiconError) as excinfo:
        Linter(config=Config.from_mapping({"extra-lexicons": [str(lexicon)]}))
    message = str(excinfo.value)
    assert message.startswith(f"{lexicon}: ") and "nest" in message and "\n" not in message


# -- item 6: deep configuration files -----------------------------------------------------


def test_a_lingo_yaml_nested_1000_deep_is_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "lingo.yaml").write_text(
        "select: " + "[" * 1_000 + "]" * 1_000 + "\n", encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text("Please utilize it.\n", encoding="utf-8")
    line = one_error_line(run("check", "--no-cache", "a.txt", cwd=tmp_path), "lingo.yaml")
    assert "nested too deeply" in line


def test_a_lingo_yaml_of_deep_mappings_is_one_error_line(tmp_path: Path) -> None:
    text = "select:\n" + "".join(" " * i + "a:\n" for i in range(1, 1_000))
    (tmp_path / "lingo.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Please utilize it.\n", encoding="utf-8")
    line = one_error_line(run("check", "--no-cache", "a.txt", cwd=tmp_path), "lingo.yaml")
    assert "nested too deeply" in line


def test_a_pyproject_with_a_5000_deep_array_is_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.lingo]\nselect = " + "[" * 5_000 + "]" * 5_000 + "\n", encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text("Please utilize it.\n", encoding="utf-8")
    line = one_error_line(run("check", "--no-cache", "a.txt", cwd=tmp_path), "pyproject.toml")
    assert "nested too deeply" in line


# -- low items: text ----------------------------------------------------------------------

REPLY = "Please utilize the form.\nWe cannot refund it.\n"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_bom_is_read_as_text(tmp_path: Path, encoding: str) -> None:
    page = tmp_path / "reply.txt"
    page.write_bytes(("\ufeff" + REPLY).encode(encoding))
    source = read_source(str(page))
    assert source.text == REPLY
    assert source.encoding == encoding and source.bom
    result = run("check", "--no-cache", "--isolated", str(page))
    assert result.exit_code == 1
    assert "reply.txt:1:8:" in result.stdout and "reply.txt:2:1:" in result.stdout


def test_fixing_a_utf16_file_keeps_its_encoding(tmp_path: Path) -> None:
    page = tmp_path / "reply.txt"
    page.write_bytes(("\ufeff" + REPLY).encode("utf-16-le"))
    run("fix", "--no-cache", "--isolated", str(page))
    assert page.read_bytes() == ("\ufeff" + REPLY.replace("utilize", "use")).encode("utf-16-le")


def test_utf16_without_a_bom_is_still_binary(tmp_path: Path) -> None:
    page = tmp_path / "reply.txt"
    page.write_bytes(REPLY.encode("utf-16-le"))
    with pytest.raises(InputError, match="binary"):
        read_source(str(page))


def test_a_lone_surrogate_through_the_api_is_an_input_error(linter: Linter) -> None:
    with pytest.raises(InputError, match="lone surrogate U\\+D800 at offset 15"):
        linter.check("Please utilize \ud800 the form.")


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("page.md", "Please utilize the form.\n\n<!-- We cannot refund it.\n\nUtilize it.\n"),
        ("page.html", "<p>Please utilize the form.</p>\n<!-- <p>We cannot refund it.</p>"),
    ],
)
def test_an_unclosed_comment_ends_the_prose(linter: Linter, path: str, text: str) -> None:
    report = linter.check(text, path=path)
    assert [f.text for f in report.findings] == ["utilize"]


def test_a_closed_comment_is_still_only_a_comment(linter: Linter) -> None:
    text = "<p>Please utilize it.</p><!-- old --><p>We cannot refund it.</p>"
    report = linter.check(text, path="page.html")
    assert [f.text for f in report.findings] == ["utilize", "We cannot refund"]

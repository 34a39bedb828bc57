"""What `lingo check` prints for people: severity, colour, paths, full, statistics, filters."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo.cli.main import main

REPLY = (
    "Per our policy, refunds take ten days.\n"
    "In order to utilize your credit, log in prior to checkout.\n"
    "Your refund was denied by our billing team.\n"
)
ANSI = "\x1b["


def lingo(*args: str, env: dict[str, str] | None = None, input: str | None = None):
    return CliRunner().invoke(main, list(args), env=env, input=input, catch_exceptions=False)


@pytest.fixture
def reply(tmp_path: Path, monkeypatch) -> str:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "reply.txt").write_text(REPLY, encoding="utf-8")
    return "docs/reply.txt"


def test_every_line_names_its_severity_and_the_kind_of_fix(reply: str) -> None:
    lines = lingo("check", reply).stdout.splitlines()
    by_rule = {
        line.split()[2].split(":")[0]
        if line.split()[2].startswith("passive")
        else line.split()[2]: line
        for line in lines[:-1]
    }
    assert by_rule["say-no/policy-speak:per-our-policy"].startswith(
        "docs/reply.txt:1:1: warning say-no/policy-speak:per-our-policy  'Per our policy'"
    )
    assert by_rule["jargon/complex-word:utilize"].endswith('(fix: "use")')
    assert '(unsafe fix: "Our billing team denied your refund.")' in by_rule["passive-voice"]
    assert "(hint: " in by_rule["say-no/policy-speak:per-our-policy"]
    assert all(line.split()[1] in ("error", "warning", "info") for line in lines[:-1])


def test_paths_from_a_folder_walk_have_no_dot_slash(reply: str) -> None:
    text = lingo("check", ".").stdout
    assert text.startswith("docs/reply.txt:1:1: ") and "./docs" not in text
    github = lingo("check", "--format", "github", "./docs").stdout
    assert github.splitlines()[0].startswith("::warning file=docs/reply.txt,line=1,col=1,")
    absolute = lingo("check", "--format", "github", str(Path(reply).resolve())).stdout
    assert "file=docs/reply.txt," in absolute  # relative to the repository, as GitHub needs


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [
        ((), {}, False),  # not a terminal
        (("--color", "always"), {}, True),
        (("--color", "never"), {"FORCE_COLOR": "1"}, False),
        ((), {"FORCE_COLOR": "1"}, True),
        ((), {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
        (("--color", "always"), {"NO_COLOR": "1"}, True),  # the option wins
        ((), {"FORCE_COLOR": "0"}, False),
    ],
)
def test_colour_choice(reply: str, args, env, coloured: bool) -> None:
    base = {"NO_COLOR": None, "FORCE_COLOR": None, "TERM": "xterm"}
    out = lingo("check", *args, reply, env={**base, **env}).stdout
    assert (ANSI in out) is coloured
    assert "warning say-no/policy-speak" in CliRunner().invoke(main, ["check", reply]).stdout


def _lingo_program() -> str | None:
    here = Path(sys.executable).parent / "lingo"
    return str(here) if here.exists() else shutil.which("lingo")


@pytest.mark.skipif(_lingo_program() is None, reason="the lingo program is not installed")
@pytest.mark.parametrize(
    ("term", "no_color", "coloured"),
    [
        ("xterm", None, True),
        ("dumb", None, False),
        ("xterm", "1", False),
    ],
)
def test_on_a_real_terminal(reply: str, term: str, no_color: str | None, coloured: bool) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    env["TERM"] = term
    if no_color:
        env["NO_COLOR"] = no_color
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [str(_lingo_program()), "check", "--no-cache", reply],
        stdout=follower,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=120)
    os.close(leader)
    out = b"".join(chunks).decode()
    assert "warning" in out and (ANSI in out) is coloured


def test_full_format_shows_the_line_and_carets_under_the_words(reply: str) -> None:
    out = lingo("check", "--format", "full", "--select", "jargon/complex-word:utilize", reply)
    block = out.stdout.split("\n\n")[0].splitlines()
    assert block == [
        "docs/reply.txt:2:13: warning jargon/complex-word:utilize  "
        "'utilize' is a long way to say 'use'.",
        "  |",
        "2 | In order to utilize your credit, log in prior to checkout.",
        "  |             ^^^^^^^",
        "  |",
        '  = fix: "use"',
    ]


def test_full_format_keeps_carets_under_wide_characters_tabs_and_long_lines(
    tmp_path: Path,
) -> None:
    page = tmp_path / "wide.txt"
    long_line = "Our team in 東京 answers\twithin a day. " + "More words here. " * 12
    page.write_text(long_line + "We utilize feedback.\n", encoding="utf-8")
    out = lingo("check", "--format", "full", "--select", "jargon", str(page)).stdout
    lines = out.splitlines()
    source, carets = lines[2], lines[3]
    assert source.startswith("1 | \u2026") and "We utilize feedback." in source
    # display columns: 東 and 京 take two columns each, a tab four
    column = source.index("utilize")
    assert carets.index("^") == column and carets.count("^") == len("utilize")

    page.write_text("東京 では utilize を使います。\tWe utilize it.\n", encoding="utf-8")
    lines = lingo("check", "--format", "full", "--select", "jargon", str(page)).stdout.splitlines()
    shown, under = lines[2][4:], lines[3][4:]
    width = {"東": 2, "京": 2, "で": 2, "は": 2}
    col = sum(width.get(c, 1) for c in shown[: shown.index("utilize")])
    assert under.index("^") == col


def test_statistics_count_rules_and_fixes(reply: str) -> None:
    text = lingo("check", "--statistics", reply).stdout.splitlines()
    assert text[0].split() == ["COUNT", "RULE", "SEVERITY", "FIXABLE"]
    rows = {line.split()[1]: line for line in text[1:-1]}
    assert rows["jargon/complex-word"].split()[0] == "3"
    assert rows["jargon/complex-word"].endswith("3 with --fix")
    assert rows["passive-voice"].endswith("1 with --unsafe-fixes")
    data = json.loads(lingo("check", "--statistics", "--format", "json", reply).stdout)
    assert {
        "rule": "jargon/complex-word",
        "severity": "warning",
        "count": 3,
        "safe_fixes": 3,
        "unsafe_fixes": 0,
    } in data
    bad = CliRunner().invoke(main, ["check", "--statistics", "--format", "sarif", reply])
    assert bad.exit_code == 2


def test_quiet_prints_findings_only(reply: str) -> None:
    out = lingo("check", "--quiet", reply).stdout.splitlines()
    assert out and all(line.startswith("docs/reply.txt:") for line in out)


def test_min_severity_hides_and_does_not_fail(tmp_path: Path) -> None:
    page = tmp_path / "macro.txt"
    page.write_text("Thanks for writing. Send the payload to our webhook.\n", encoding="utf-8")
    full = lingo("check", "--enable", "jargon/tech-term", str(page))
    assert " info jargon/tech-term:payload " in full.stdout
    assert full.exit_code == 0  # info does not reach the default fail-on (warning)
    hidden = lingo(
        "check",
        "--enable",
        "jargon/tech-term",
        "--min-severity",
        "warning",
        "--fail-on",
        "info",
        str(page),
    )
    assert hidden.exit_code == 0
    assert "Not shown: 2 below --min-severity." in hidden.stdout


def test_json_findings_link_their_rule_page(reply: str) -> None:
    rows = json.loads(lingo("check", "--format", "json", reply).stdout)
    urls = {row["rule"]: row["url"] for row in rows}
    assert urls["passive-voice"].endswith("/docs/rules/passive-voice.md")
    assert urls["say-no/policy-speak"].startswith("https://github.com/")


def test_a_fix_that_takes_more_than_the_flagged_words_says_which(tmp_path: Path) -> None:
    # "reach out" -> "contact" also takes the "to": shown bare, a reader pictures "contact to".
    page = tmp_path / "reply.txt"
    page.write_text("Please reach out to our team if the app keeps crashing.\n", encoding="utf-8")
    (line,) = lingo("check", "--isolated", str(page)).stdout.splitlines()[:1]
    assert line.endswith('(unsafe fix: "reach out to" \u2192 "contact")')
    full = lingo("check", "--isolated", "--format", "full", str(page)).stdout
    assert '= unsafe fix: "reach out to" \u2192 "contact"' in full
    # a fix of just the flagged words is shown as before
    page.write_text("Please utilize the form.\n", encoding="utf-8")
    assert lingo("check", "--isolated", str(page)).stdout.splitlines()[0].endswith('(fix: "use")')

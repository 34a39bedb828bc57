"""Fixing: which edits apply, what the text becomes, and how files are written."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lingo import Linter
from lingo.cli.main import main
from lingo.errors import InputError
from lingo.findings import Edit, Finding, Severity, Suggestion
from lingo.fix import apply_edits, choose_fixes, encode, fix_for, unified_diff, write_source
from lingo.text.sources import Source, decode

# -- choosing and applying edits ---------------------------------------------------------------


def finding(start: int, end: int, *suggestions: Suggestion, rule: str = "jargon/x") -> Finding:
    return Finding(
        rule=rule,
        category=rule.split("/")[0],
        severity=Severity.WARNING,
        message="m",
        start=start,
        end=end,
        line=1,
        column=start + 1,
        end_line=1,
        end_column=end + 1,
        text="t",
        suggestions=suggestions,
    )


def fix(start: int, end: int, text: str, safety: str = "safe") -> Suggestion:
    return Suggestion(text=text, safety=safety, edits=(Edit(start, end, text),))  # type: ignore[arg-type]


def test_first_fix_of_the_wanted_safety_is_used() -> None:
    hint = Suggestion(text="Say it plainly.", safety="hint")
    f = finding(0, 4, hint, fix(0, 4, "b", "unsafe"), fix(0, 4, "a", "safe"))
    assert fix_for(f).text == "a"  # type: ignore[union-attr]
    assert fix_for(f, unsafe=True).text == "b"  # type: ignore[union-attr]
    assert fix_for(finding(0, 4, hint)) is None


def test_overlapping_fixes_keep_the_earlier_then_the_longer() -> None:
    earlier = finding(0, 10, fix(0, 10, "A"))
    inside = finding(2, 5, fix(2, 5, "B"))
    later_longer = finding(8, 20, fix(8, 20, "C"))
    apart = finding(25, 30, fix(25, 30, "D"))
    chosen = choose_fixes([apart, inside, later_longer, earlier])
    assert [c.suggestion.text for c in chosen] == ["A", "D"]
    same_start = choose_fixes([finding(0, 3, fix(0, 3, "short")), finding(0, 9, fix(0, 9, "long"))])
    assert [c.suggestion.text for c in same_start] == ["long"]


def test_insertions_conflict_only_at_the_same_point_or_inside_an_edit() -> None:
    a = finding(5, 5, fix(5, 5, "x"))
    b = finding(5, 5, fix(5, 5, "y"))
    c = finding(0, 5, fix(0, 5, "z"))  # ends where the insertion is: no conflict
    assert [f.suggestion.text for f in choose_fixes([a, b, c])] == ["z", "x"]


def test_unsafe_fixes_only_when_asked() -> None:
    f = finding(0, 3, fix(0, 3, "x", "unsafe"))
    assert choose_fixes([f]) == []
    assert len(choose_fixes([f], unsafe=True)) == 1


def test_apply_edits_refuses_overlaps() -> None:
    assert apply_edits("hello world", [Edit(6, 11, "there"), Edit(0, 5, "hi")]) == "hi there"
    with pytest.raises(ValueError):
        apply_edits("hello world", [Edit(0, 5, "a"), Edit(3, 8, "b")])


# -- the Linter ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "safe", "unsafe"),
    [
        ("We utilized your feedback.", "We used your feedback.", "We used your feedback."),
        (
            "In order to utilize your credit, log in prior to checkout.",
            "To use your credit, log in before checkout.",
            "To use your credit, log in before checkout.",
        ),
        (
            "Your request was denied by our team.",
            "Your request was denied by our team.",
            "Our team denied your request.",
        ),
        (
            # The sentence does not say who processed it: no guessed "we", so no rewrite.
            "Your refund was processed prior to Monday.",
            "Your refund was processed before Monday.",
            "Your refund was processed before Monday.",
        ),
        (
            "Your refund was processed by our team prior to Monday.",
            "Your refund was processed by our team before Monday.",
            "Our team processed your refund before Monday.",
        ),
        (
            "Obviously, the button is at the top of the page.",
            "Obviously, the button is at the top of the page.",
            "The button is at the top of the page.",
        ),
        (
            "Thanks for your order! It ships today.",
            "Thanks for your order! It ships today.",
            "Thanks for your order! It ships today.",
        ),
    ],
)
def test_linter_fix(linter: Linter, text: str, safe: str, unsafe: str) -> None:
    assert linter.fix(text)[0] == safe
    assert linter.fix(text, unsafe=True)[0] == unsafe


def test_linter_fix_returns_the_findings_it_fixed(linter: Linter) -> None:
    new, applied = linter.fix("In order to utilize your credit, log in.")
    assert new == "To use your credit, log in."
    assert [f.entry for f in applied] == ["in-order-to", "utilize"]


def test_fixes_never_touch_markdown_markup(linter: Linter) -> None:
    text = (
        "---\ntitle: Please utilize the form\n---\n\n# Utilize the portal\n\n"
        "Log in **prior to** checkout, see the [utilization guide](https://example.com/utilize).\n\n"
        "Run `utilize --now` first.\n\n```\nutilize this code\n```\n"
    )
    new, _ = linter.fix(text, path="page.md", unsafe=True)
    # A heading is a link target: its finding stays a hint, never a fix.
    assert new == text.replace("**prior to**", "**before**").replace(
        "[utilization guide]", "[use guide]"
    )


def test_fixes_never_touch_html_markup(linter: Linter) -> None:
    text = (
        '<p class="utilize">Please <a href="/utilize">utilize the form</a> prior to checkout.</p>\n'
        "<script>var utilize = 1;</script>\n<!-- utilize -->\n"
    )
    new, _ = linter.fix(text, path="page.html")
    assert new == text.replace(">utilize the", ">use the").replace("prior to", "before")


def test_words_between_backquotes_are_code_even_in_plain_text(linter: Linter) -> None:
    text = "Set the event name to `purchase` and utilize the `prior to` flag.\n"
    assert linter.fix(text)[0] == "Set the event name to `purchase` and use the `prior to` flag.\n"
    html_block = "<table><tr><td>`purchase`</td><td>Utilize it.</td></tr></table>\n"
    assert linter.fix(html_block, path="page.md")[0] == html_block.replace("Utilize", "Use")


def test_an_edit_across_markup_becomes_a_hint(linter: Linter) -> None:
    text = "Please log in prior **to** checkout.\n"
    report = linter.check(text, path="page.md")
    (prior,) = [f for f in report.findings if f.entry == "prior-to"]
    assert all(not s.edits and s.safety == "hint" for s in prior.suggestions)
    assert linter.fix(text, path="page.md")[0] == text


# -- properties ---------------------------------------------------------------------------

SENTENCES = [
    "We utilized your feedback.",
    "In order to reset your password, open the link.",
    "Please check your address prior to placing the order.",
    "Your request was denied by our team.",
    "Your refund was processed on Monday.",
    "Obviously, the button is at the top of the page.",
    "We will commence work on your kitchen on Monday.",
    "Per our policy, refunds take 10 days.",
    "You must log in to see your orders.",
    "Thanks for your order! It ships today.",
    "We have attempted to deliver your parcel.",
    "You will pay an additional fee for express delivery.",
    "Was your order shipped by FedEx?",
    "The form must be completed by the customer.",
    "Going forward, we will leverage our new portal.",
    "Delivery takes approximately three days.",
]
SEPARATORS = [" ", "\n", "\r\n", "\n\n", "\r\n\r\n", "  "]

texts = st.lists(
    st.tuples(st.sampled_from(SENTENCES), st.sampled_from(SEPARATORS)), min_size=1, max_size=5
).map(lambda parts: "".join(s + sep for s, sep in parts))

FAST = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@FAST
@given(text=texts, unsafe=st.booleans())
def test_fixing_is_idempotent(linter: Linter, text: str, unsafe: bool) -> None:
    once, _ = linter.fix(text, unsafe=unsafe)
    twice, applied = linter.fix(once, unsafe=unsafe)
    assert twice == once
    assert applied == []


@FAST
@given(text=texts, unsafe=st.booleans())
def test_a_round_of_fixes_changes_nothing_outside_its_edits(
    linter: Linter, text: str, unsafe: bool
) -> None:
    edits = sorted(
        (e for f in choose_fixes(linter.check(text).findings, unsafe=unsafe) for e in f.edits),
        key=lambda e: e.start,
    )
    new = apply_edits(text, edits)
    shift = 0
    position = 0
    for edit in [*edits, Edit(len(text), len(text), "")]:
        gap = text[position : edit.start]
        assert new[position + shift : edit.start + shift] == gap
        shift += len(edit.replacement) - (edit.end - edit.start)
        position = edit.end
    # line breaks, CRLF included, are never added or removed by a fix
    assert new.count("\r\n") == text.count("\r\n") or any(
        "\n" in text[e.start : e.end] for e in edits
    )


@FAST
@given(text=texts)
def test_markup_survives_fixing(linter: Linter, text: str) -> None:
    page = f"# Notes\n\nSee `utilize()` and [the guide](https://example.com/utilize-prior-to).\n\n{text}"
    new, _ = linter.fix(page, path="notes.md", unsafe=True)
    assert "`utilize()`" in new
    assert "(https://example.com/utilize-prior-to)" in new
    assert new.startswith("# Notes\n\n")


# -- files ----------------------------------------------------------------------------------


def test_write_keeps_bom_line_endings_and_mode(tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_bytes(b"\xef\xbb\xbfPlease utilize the form.\r\nThanks!\r\n")
    os.chmod(path, 0o640)
    source = decode(path.read_bytes(), str(path))
    assert source.bom and "\r\n" in source.text
    assert write_source(source, source.text.replace("utilize", "use")) is True
    assert path.read_bytes() == b"\xef\xbb\xbfPlease use the form.\r\nThanks!\r\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["reply.txt"]  # no temporary file left


def test_unchanged_text_is_not_written(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text("Thanks for your order!\n", encoding="utf-8")
    os.utime(path, (1_000_000, 1_000_000))
    source = decode(path.read_bytes(), str(path))
    assert write_source(source, source.text) is False
    assert path.stat().st_mtime == 1_000_000


def test_a_symlink_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("Please utilize the form.\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    source = decode(link.read_bytes(), str(link))
    write_source(source, "Please use the form.\n", follow_symlinks=True)
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "Please use the form.\n"


def test_a_symlink_is_not_written_through_without_consent(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("Please utilize the form.\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    source = decode(link.read_bytes(), str(link))
    with pytest.raises(InputError, match="is a symbolic link; not fixed"):
        write_source(source, "Please use the form.\n")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "Please utilize the form.\n"


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can write anywhere")
def test_a_failed_write_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "reply.txt"
    path.write_text("Please utilize the form.\n", encoding="utf-8")
    os.chmod(folder, 0o500)
    try:
        source = decode(path.read_bytes(), str(path))
        with pytest.raises(InputError, match="cannot write"):
            write_source(source, "Please use the form.\n")
        assert path.read_text(encoding="utf-8") == "Please utilize the form.\n"
    finally:
        os.chmod(folder, 0o700)


def test_encode_without_bom() -> None:
    assert encode(Source("x", "é\r\n"), "é\r\n") == "é\r\n".encode()


def test_unified_diff() -> None:
    assert unified_diff("a.txt", "same\n", "same\n") == ""
    assert unified_diff("a.txt", "one\ntwo\n", "one\n2\n") == (
        "--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n one\n-two\n+2\n"
    )
    assert unified_diff("a.txt", "x", "y").endswith("\\ No newline at end of file\n")


# -- the command line -----------------------------------------------------------------------


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None):
        return runner.invoke(main, list(args), input=input, catch_exceptions=False)

    return invoke


def test_check_fix_writes_and_reports_what_is_left(run, tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text(
        "Please utilize the form.\nYour request was denied by our team.\n", encoding="utf-8"
    )
    result = run("check", "--fix", str(path))
    assert (
        path.read_text(encoding="utf-8")
        == "Please use the form.\nYour request was denied by our team.\n"
    )
    assert "Fixed 1 finding in 1 file." in result.output
    assert "passive-voice" in result.output and "utilize" not in result.output
    assert result.exit_code == 1  # the passive is still there


def test_fix_with_unsafe_fixes_leaves_nothing_and_exits_clean(run, tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text(
        "Please utilize the form.\nYour order was shipped by FedEx.\n", encoding="utf-8"
    )
    result = run("fix", "--unsafe-fixes", str(path))
    assert path.read_text(encoding="utf-8") == "Please use the form.\nFedEx shipped your order.\n"
    assert result.exit_code == 0, result.output
    assert "Fixed 2 findings in 1 file." in result.output


def test_diff_writes_nothing(run, tmp_path: Path) -> None:
    path = tmp_path / "reply.txt"
    path.write_text("Please utilize the form.\n", encoding="utf-8")
    before = path.stat().st_mtime_ns
    result = run("check", "--diff", str(path))
    assert result.exit_code == 1
    assert "-Please utilize the form.\n+Please use the form.\n" in result.output
    assert path.stat().st_mtime_ns == before
    assert path.read_text(encoding="utf-8") == "Please utilize the form.\n"
    clean = tmp_path / "clean.txt"
    clean.write_text("Thanks for your order!\n", encoding="utf-8")
    assert run("check", "--diff", str(clean)).exit_code == 0


def test_diff_says_what_only_unsafe_fixes_would_change(run, tmp_path: Path) -> None:
    # An independent reader ran --diff, saw "0 fixes would change 0 files." and did not know
    # that the rewrites to review need --unsafe-fixes.
    path = tmp_path / "reply.txt"
    path.write_text("Thanks for reaching out!\n", encoding="utf-8")
    result = run("check", "--diff", str(path))
    assert "0 fixes would change 0 files. 1 more to review with --unsafe-fixes." in result.stderr
    result = run("check", "--diff", "--unsafe-fixes", str(path))
    assert "+Thanks for getting in touch!" in result.stdout
    assert "1 fix would change 1 file.\n" in result.stderr


def test_fix_on_stdin_prints_the_fixed_text(run) -> None:
    result = run("check", "--fix", "-", input="Please utilize the form.\n")
    assert result.stdout == "Please use the form.\n"
    assert result.exit_code == 0


def test_fix_json_reports_the_remaining_findings(run, tmp_path: Path) -> None:
    import json

    path = tmp_path / "reply.txt"
    path.write_text(
        "Please utilize the form. Your request was denied by our team.\n", encoding="utf-8"
    )
    result = run("check", "--fix", "--format", "json", str(path))
    rows = json.loads(result.stdout)
    assert {row["rule"] for row in rows} >= {"passive-voice"}
    assert all(row["entry"] != "utilize" for row in rows)

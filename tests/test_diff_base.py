"""`--diff-base REF`: only findings on lines changed since the merge base, in real repositories."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lingo.cli.gitdiff import _unquote, changed_lines
from lingo.cli.main import main

OLD_PAGE = """# Refunds

Per our policy, we cannot refund gift cards.

Store credit never expires.
"""


def lingo(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def shown(*args: str) -> list[tuple[str, int, str]]:
    result = lingo("check", "--format", "json", "--no-cache", *args)
    assert result.exit_code in (0, 1), result.output
    return [(row["path"], row["line"], row["text"]) for row in json.loads(result.stdout)]


@pytest.fixture
def branch(git_repo):
    """main has an old page with findings; the branch `copy` is checked out from it.

    Its pages are read as replies (as help pages, lingo's choice for a page with a
    heading, their refusals would not be reported at all).
    """
    git_repo.write("lingo.yaml", "profile: support-reply\n")
    git_repo.write("help/refunds.md", OLD_PAGE)
    git_repo.write("help/faq.md", "# FAQ\n\nWe are unable to reply on Sundays.\n")
    git_repo.commit("old pages")
    git_repo.run("checkout", "-q", "-b", "copy")
    return git_repo


def test_only_findings_on_changed_lines_are_shown(branch) -> None:
    branch.write(
        "help/refunds.md",
        OLD_PAGE.replace("Store credit never expires.", "Obviously, store credit never expires."),
    )
    branch.commit("edit one line")
    assert shown("--diff-base", "main", "help/") == [("help/refunds.md", 5, "Obviously")]
    result = lingo("check", "--diff-base", "main", "help/")
    assert result.exit_code == 1
    assert (
        result.output.strip()
        .splitlines()[-1]
        .endswith("Not shown: 2 on unchanged lines, 1 unchanged file not linted.")
    )


def test_three_dot_semantics_ignore_what_moved_on_the_base(branch) -> None:
    branch.write("help/new.md", "We cannot ship to P.O. boxes.\n")
    branch.commit("branch adds a page")
    branch.run("checkout", "-q", "main")
    branch.write("help/faq.md", "# FAQ\n\nYou failed to read the terms.\n")
    branch.commit("main moves on")
    branch.run("checkout", "-q", "copy")
    # main's later change is not part of this branch's diff: only the branch's page is reported
    assert shown("--diff-base", "main", "help/") == [("help/new.md", 1, "We cannot ship")]


def test_uncommitted_and_untracked_changes_count(branch) -> None:
    branch.write(
        "help/faq.md", "# FAQ\n\nWe are unable to reply on Sundays.\n\nPlease be advised.\n"
    )
    branch.write("drafts/idea.md", "Per our policy, no.\n")
    found = shown("--diff-base", "main", "help/", "drafts/")
    assert ("help/faq.md", 5, "Please be advised") in found
    assert ("drafts/idea.md", 1, "Per our policy") in found
    assert all(line != 3 for path, line, _ in found if path == "help/faq.md")


def test_a_renamed_page_shows_only_its_edited_lines(branch) -> None:
    branch.run("mv", "help/refunds.md", "help/returns.md")
    branch.write("help/returns.md", OLD_PAGE + "\nObviously, the fee is fixed.\n")
    branch.commit("rename and edit")
    assert shown("--diff-base", "main", "help/") == [("help/returns.md", 7, "Obviously")]


def test_diff_base_head_is_what_is_about_to_be_committed(git_repo) -> None:
    git_repo.write("reply.txt", "Per our policy, we cannot refund gift cards.\n")
    # no commit yet: every line is new
    assert len(shown("--diff-base", "HEAD", "reply.txt")) == 2
    git_repo.commit("first")
    assert shown("--diff-base", "HEAD", "reply.txt") == []
    git_repo.write("reply.txt", "Per our policy, we cannot refund gift cards.\nObviously.\n")
    assert [f[2] for f in shown("--diff-base", "HEAD", "reply.txt")] == ["Obviously"]


@pytest.mark.parametrize(
    ("ref", "problem"),
    [
        ("origin/mian", "git does not know the revision 'origin/mian'"),
        ("HEAD~5", "git does not know the revision 'HEAD~5'"),
    ],
)
def test_an_unknown_revision_is_an_error(branch, ref, problem) -> None:
    result = CliRunner().invoke(main, ["check", "--diff-base", ref, "help/"])
    assert result.exit_code == 2
    assert problem in result.stderr and "Traceback" not in result.output


def test_outside_a_repository_is_an_error(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("We cannot refund gift cards.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--diff-base", "main", "a.txt"])
    assert result.exit_code == 2
    assert "is not inside a git repository" in result.stderr


def test_stdin_cannot_be_diffed() -> None:
    result = CliRunner().invoke(main, ["check", "--diff-base", "main", "-"], input="Hi.\n")
    assert result.exit_code == 2 and "cannot read - (stdin)" in result.output


def test_changed_lines_of_a_diff(branch) -> None:
    branch.write("help/faq.md", "# FAQ\n\nWe reply on Sundays too.\n\nAnd on Mondays.\n")
    changed = changed_lines("main")
    faq = str(branch.root / "help" / "faq.md")
    assert changed.lines_for(faq) == frozenset({3, 4, 5})
    assert changed.lines_for(str(branch.root / "help" / "refunds.md")) == frozenset()


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        (b"b/docs/a.md", b"docs/a.md"),
        (b'"b/docs/tab\\there.md"', b"docs/tab\there.md"),
        (b'"b/caf\\303\\251.md"', "café.md".encode()),
        (b"/dev/null", None),
    ],
)
def test_file_names_as_git_quotes_them(raw: bytes, name: bytes | None) -> None:
    assert _unquote(raw) == name

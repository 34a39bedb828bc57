"""With no profile set, each document is read as what it looks like (lingo/text/kind.py):
a help page (headings or front matter) with the help-article profile, anything else as a
message to one customer (support-reply). Issue 11: on real help text the reply rules were
wrong most of the time; in a reply they are the point."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo import Config, Linter
from lingo.cli import main
from lingo.text.kind import MESSAGE, PAGE, document_kind

BODY = (
    "We cannot refund gift cards once they are used. "
    "Your refund request was declined by our billing team. "
    "Please utilize the additional form."
)
ARTICLE = "# Gift cards\n\n" + BODY + "\n"
MACROS = (
    "## Gift card refund\n\nHi {{first_name}},\n\n" + BODY + "\n\n"
    "## Late parcel\n\nThanks for reaching out about your parcel. It ships today.\n"
)


def report(linter: Linter, text: str, path: str | None, **settings):
    config = Config.from_mapping(settings)
    return next(linter.check_many([text], paths=[path], configs=[config]))


def rules(linter: Linter, text: str, path: str | None, **settings) -> set[str]:
    return {f.qualified_id for f in report(linter, text, path, **settings).findings}


def test_a_page_with_headings_is_read_as_a_help_article(linter: Linter) -> None:
    page = report(linter, ARTICLE, "help/gift-cards.md")
    assert page.profile == "help-article"
    found = {f.qualified_id for f in page.findings}
    assert "jargon/complex-word:utilize" in found  # a hard word: reported on every page
    assert not {q for q in found if q.startswith(("say-no/refusal", "passive-voice"))}
    assert "jargon/complex-word:additional" not in found  # the info tier
    assert found == rules(linter, ARTICLE, "help/gift-cards.md", profile="help-article")


def test_plain_text_and_snippets_are_read_as_a_reply(linter: Linter) -> None:
    reply = report(linter, BODY, None)
    assert reply.profile == "support-reply"
    found = {f.qualified_id for f in reply.findings}
    assert "say-no/refusal:we-cannot" in found
    assert found == rules(linter, BODY, None, profile="support-reply")
    # a Markdown file with no heading and no front matter is a message too
    assert rules(linter, BODY, "reply.md") == found


def test_a_file_of_macros_under_headings_is_read_as_replies(linter: Linter) -> None:
    macros = report(linter, MACROS, "macros/refunds.md")
    assert macros.profile == "support-reply"
    assert "say-no/refusal:we-cannot" in {f.qualified_id for f in macros.findings}


@pytest.mark.parametrize(
    "path",
    ["docs/_includes/content/gift-card-note.md", "site/partials/refunds.md", r"help\includes\a.md"],
)
def test_a_piece_of_a_page_in_an_includes_folder_is_read_as_a_page(
    linter: Linter, path: str
) -> None:
    # a shared note of a documentation site has no heading of its own: it is still help text
    piece = report(linter, BODY, path)
    assert piece.profile == "help-article"
    assert not {q for q in rules(linter, BODY, path) if q.startswith("say-no/refusal")}
    # a greeting still says "message", wherever the file is kept
    greeted = report(linter, "Hi Sam,\n\n" + BODY + "\n", path)
    assert greeted.profile == "support-reply"
    # only folder names count: a file called includes.md elsewhere is a message
    assert report(linter, BODY, "replies/includes.md").profile == "support-reply"


def test_the_cache_keeps_a_piece_and_a_message_with_the_same_words_apart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "note.md").write_text(BODY, encoding="utf-8")
    (tmp_path / "reply.md").write_text(BODY, encoding="utf-8")
    runner = CliRunner()
    for _ in range(2):  # cold, then from the cache
        out = runner.invoke(main, ["check", "."]).output
        assert "reply.md:1:1: warning say-no/refusal:we-cannot" in out
        assert "note.md:1:1: warning say-no" not in out


def test_a_profile_the_settings_name_is_kept_whatever_the_text_looks_like(
    linter: Linter,
) -> None:
    named = report(linter, ARTICLE, "help/gift-cards.md", profile="support-reply")
    assert named.profile is None  # lingo chose nothing
    assert "say-no/refusal:we-cannot" in {f.qualified_id for f in named.findings}
    assert rules(linter, ARTICLE, "a.md", profile="auto") == rules(linter, ARTICLE, "a.md")


@pytest.mark.parametrize(
    ("text", "syntax", "kind"),
    [
        ("---\ntitle: Gift cards\n---\n\nGift cards never expire.\n", "markdown", PAGE),
        ("<html><head><title>Gift cards</title></head><body><p>Hi.</p></body>", "html", PAGE),
        ("<p>Gift cards never expire.</p>", "html", MESSAGE),
        ("# Gift cards\n\nDear customer, thank you.\n", "markdown", MESSAGE),
        ("# Gift cards\n", "plain", MESSAGE),
    ],
)
def test_what_makes_a_page(text: str, syntax: str, kind: str) -> None:
    from lingo.text.markup import parse_markup

    segments = parse_markup(text, syntax).segments
    found = document_kind(text, syntax, [s.kind for s in segments], [s.text for s in segments])
    assert found == kind


def test_the_summary_says_which_files_were_read_as_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "gift-cards.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "reply.txt").write_text(BODY, encoding="utf-8")
    runner = CliRunner()
    cold = runner.invoke(main, ["check", "."])
    assert "Read 1 of 2 files as help pages (profile help-article: no refusals, policy-speak," in (
        cold.output
    )
    assert "and 1 as a message to one customer (profile support-reply: every rule)" in cold.output
    assert "reply.txt:1:1: warning say-no/refusal:we-cannot" in cold.output
    assert "gift-cards.md:3:1: warning say-no" not in cold.output
    warm = runner.invoke(main, ["check", "."])  # from the cache: the same words
    assert warm.output == cold.output
    named = runner.invoke(main, ["check", "--profile", "support-reply", "."])
    assert "help pages" not in named.output and "Read " not in named.output
    assert "gift-cards.md:3:1: warning say-no/refusal:we-cannot" in named.output


def test_a_campaign_email_without_headings_says_it_was_read_as_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A marketer could not tell that a campaign email had been read as a reply (reader 36)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "spring.md").write_text(
        "Our spring seed sale starts today, with a free trowel on orders over £30.\n\n"
        "Leverage our best-in-class compost range while stocks last.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["check", "spring.md"])
    summary = result.output.splitlines()[-1]
    assert "Read as a message to one customer (profile support-reply: every rule)" in summary
    assert "marketing" in summary and "--profile" in summary
    named = CliRunner().invoke(main, ["check", "--profile", "marketing", "spring.md"])
    assert "Read " not in named.output.splitlines()[-1]
    assert "error jargon/buzzword" in named.output


def test_auto_is_a_profile_name_in_settings() -> None:
    assert Config.from_mapping({"profile": "auto"}).chooses_profile
    assert not Config.from_mapping({"profile": "legal"}).chooses_profile

"""lingo lints any input in linear time and bounded memory (issue 17, item 4).

Each hostile shape from the issue is here, small: the tests assert on the
structure that keeps the work linear (bounded sentences and pieces, quiet
punctuation runs, one pass over directives), never on wall time;
`benchmarks/adversarial.py` times the 1 MB versions.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo import Config, Linter
from lingo.cli.main import main
from lingo.findings import LineIndex
from lingo.text.markup import parse_markup
from lingo.text.sentences import split_sentences

# What keeps the work bounded is imported in each test that needs it, so the
# tests of behaviour alone also run (and fail) on the code before issue 17.

LINE = "Please utilize the form on line {i} to reach our team"


def _assert_quotes_source(report, text: str) -> None:
    for finding in report.findings:
        assert text[finding.start : finding.end] == finding.text


# -- run-on text is cut into bounded pieces -----------------------------------------------


def test_a_run_on_sentence_is_cut_into_bounded_sentences(linter: Linter) -> None:
    from lingo.text.sentences import MAX_SENTENCE_TOKENS

    text = ", and ".join(f"we cannot utilize the portal {i}" for i in range(400)) + "."
    doc = split_sentences(linter.nlp.make_doc(text))
    lengths = [len(sent) for sent in doc.sents]
    assert len(lengths) > 1
    assert max(lengths) <= MAX_SENTENCE_TOKENS


def test_a_long_sentence_is_cut_after_a_comma_when_it_can_be(linter: Linter) -> None:
    text = ", ".join(f"you can utilize form number {i} here" for i in range(100)) + "."
    doc = split_sentences(linter.nlp.make_doc(text))
    starts = [sent.start for sent in doc.sents][1:]
    assert starts and all(doc[start - 1].text == "," for start in starts)


def test_an_ordinary_sentence_is_never_cut(linter: Linter) -> None:
    text = "Please utilize the form, and we will refund your order within ten days."
    doc = split_sentences(linter.nlp.make_doc(text))
    assert len(list(doc.sents)) == 1


def test_lines_without_a_blank_line_become_pieces_of_bounded_length() -> None:
    from lingo.text.chunks import MAX_CHARS, bounded_pieces

    text = "\n".join(LINE.format(i=i) + "." for i in range(2_000))  # one paragraph, 110 KB
    (segment,) = parse_markup(text, "plain").segments
    pieces = bounded_pieces(segment)
    assert len(pieces) > 1
    assert all(len(piece.text) <= MAX_CHARS for piece in pieces)
    # every piece maps back to the source exactly, and no text is lost
    for piece in pieces:
        start = piece.offsets.to_source(0)
        assert text[start : start + len(piece.text)] == piece.text
    assert sum(len(p.text.split()) for p in pieces) == len(text.split())


def test_a_long_paragraph_is_linted_with_the_findings_of_its_lines(linter: Linter) -> None:
    text = "\n".join(LINE.format(i=i) + "." for i in range(600))
    assert len(text) > 20_000  # longer than one piece (lingo.text.chunks.MAX_CHARS)
    report = linter.check(text)
    utilize = [f for f in report.findings if f.entry == "utilize"]
    assert [f.line for f in utilize] == list(range(1, 601))
    _assert_quotes_source(report, text)


# -- CR-only files ------------------------------------------------------------------------


def test_cr_only_line_ends_count_as_lines() -> None:
    lines = LineIndex("one\rtwo\r\nthree\nfour\rfive")
    text = "one\rtwo\r\nthree\nfour\rfive"
    assert [lines.position(text.index(word))[0] for word in ("two", "three", "four", "five")] == [
        2,
        3,
        4,
        5,
    ]


def test_a_cr_only_file_reports_each_finding_on_its_own_line(linter: Linter) -> None:
    text = "\r".join(LINE.format(i=i) + "." for i in range(5)) + "\r"
    report = linter.check(text, path="reply.txt")
    assert [(f.line, f.column) for f in report.findings if f.entry == "utilize"] == [
        (line, 8) for line in range(1, 6)
    ]


def test_cr_only_blank_lines_separate_paragraphs() -> None:
    text = "Please utilize it.\r\rWe cannot refund it.\r"
    segments = parse_markup(text, "plain").segments
    assert [s.text for s in segments] == ["Please utilize it.", "We cannot refund it."]


def test_crlf_is_one_line_end_not_a_blank_line() -> None:
    text = "Please utilize it.\r\nWe cannot refund it.\r\n"
    assert len(parse_markup(text, "plain").segments) == 1
    assert LineIndex(text).position(text.index("We")) == (2, 1)


# -- punctuation runs ---------------------------------------------------------------------


@pytest.mark.parametrize("char", ["&", "[", "(", '"'])
def test_long_punctuation_runs_are_quiet_before_the_tokenizer(char: str) -> None:
    from lingo.text.chunks import PUNCT_RUN, quiet_runs

    text = char * 5_000 + " Please utilize the form."
    (segment,) = parse_markup(text, "plain").segments
    quiet = quiet_runs(segment)
    assert len(quiet.text) == len(segment.text)
    assert char * PUNCT_RUN not in quiet.text
    assert quiet.masked[0] == (0, 5_000)
    assert quiet.offsets.to_source(quiet.text.index("utilize")) == text.index("utilize")


@pytest.mark.parametrize("char", ["&", "[", "(", '"'])
def test_a_sentence_after_a_punctuation_run_is_linted_in_place(linter: Linter, char: str) -> None:
    text = char * 20_000 + "\n\nPlease utilize the form.\n"
    report = linter.check(text, path="notes.txt")
    assert [(f.entry, f.line) for f in report.findings] == [("utilize", 3)]
    _assert_quotes_source(report, text)


def test_a_fix_never_touches_a_punctuation_run(linter: Linter) -> None:
    text = "&" * 100 + "utilize the form.\n"
    fixed, _ = linter.fix(text, path="notes.txt")
    assert fixed.startswith("&" * 100)


# -- nested links and template tags -------------------------------------------------------


def test_links_nested_thousands_deep_are_read_shallow() -> None:
    from lingo.text.markup.positions import MAX_BRACKET_DEPTH, shallow_brackets

    depth = 5_000
    text = "[" * depth + "utilize" + "](u)" * depth
    flat = shallow_brackets(text)
    assert len(flat) == len(text)
    assert flat.count("[") == MAX_BRACKET_DEPTH


def test_shallow_brackets_leave_ordinary_links_alone() -> None:
    from lingo.text.markup.positions import shallow_brackets

    text = "See [the [billing] page](https://example.com) and [[wiki links]]."
    assert shallow_brackets(text) is text


def test_nested_links_still_lint_the_prose_around_them(linter: Linter) -> None:
    # (front matter says English: the stray "](u)" left over are 3,000 words of no language)
    text = "---\nlang: en\n---\n" + "[" * 3_000 + "x" + "](u)" * 3_000
    text += "\n\nPlease utilize the form.\n"
    report = linter.check(text, path="page.md")
    assert [(f.entry, f.line) for f in report.findings] == [("utilize", 6)]


def test_unclosed_template_tags_are_linted_in_one_pass(linter: Linter) -> None:
    text = " ".join("{{ please utilize the form" for _ in range(300))
    report = linter.check(text, path="page.md")
    _assert_quotes_source(report, text)


# -- suppressions: one pass, not a scan of every directive per finding --------------------


def test_suppressions_read_each_directive_once(linter: Linter, monkeypatch) -> None:
    from lingo.text import suppressions

    calls = 0
    lines_of = suppressions.Directive.lines

    def counted(self):
        nonlocal calls
        calls += 1
        return lines_of(self)

    monkeypatch.setattr(suppressions.Directive, "lines", counted)
    text = "".join(f"Please utilize the form {i}. # lingo-ignore say-no\n" for i in range(300))
    report = linter.check(text, path="notes.txt")
    assert len([f for f in report.findings if f.entry == "utilize"]) == 300
    assert calls <= 3 * 300  # main asked every directive for every finding: 90,000


# -- the time budget ----------------------------------------------------------------------


def test_the_time_budget_is_a_setting_with_a_default() -> None:
    assert Config().time_budget > 0
    assert Config.from_mapping({"time-budget": 0}).time_budget == 0
    with pytest.raises(Exception, match="time-budget"):
        Config.from_mapping({"time-budget": "soon"})


def test_a_text_over_its_time_budget_is_an_input_error() -> None:
    from lingo.errors import TimeBudgetExceeded

    linter = Linter(config=Config.from_mapping({"time-budget": 1e-9}))
    with pytest.raises(TimeBudgetExceeded, match="reply.txt: not checked, it took longer"):
        linter.check("Please utilize the form.", path="reply.txt")


def test_a_file_over_its_time_budget_is_one_error_and_the_rest_are_linted(
    tmp_path: Path,
) -> None:
    (tmp_path / "lingo.yaml").write_text(
        "per-file:\n  slow.txt:\n    time-budget: 0.000000001\n", encoding="utf-8"
    )
    for name in ("a.txt", "slow.txt", "z.txt"):
        (tmp_path / name).write_text("Please utilize the form.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--config", str(tmp_path / "lingo.yaml"), str(tmp_path)]
    )
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "slow.txt" in line]
    assert len(errors) == 1 and "time budget" in errors[0]
    assert "Traceback" not in result.output
    assert "a.txt:1:8" in result.stdout and "z.txt:1:8" in result.stdout


def test_the_time_budget_on_the_command_line(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Please utilize the form.\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--isolated", "--time-budget", "0.000000001", str(page)]
    )
    assert result.exit_code == 2
    assert "time budget" in result.stderr

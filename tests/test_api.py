"""The Python API: Linter, check, check_many, and the shape of a finding."""

from __future__ import annotations

import lingo
from lingo import Finding, Linter, Report, Severity

EMAIL = (
    "Hi Sam,\n\n"
    "Per our policy, your refund was denied by our team.\n"
    "Please utilize the portal to see the status.\n"
)


def test_check_returns_a_report(linter: Linter) -> None:
    report = linter.check(EMAIL)
    assert isinstance(report, Report)
    assert report.grade in "ABCDF"
    assert 0 <= report.score <= 100
    categories = {f.category for f in report.findings}
    assert {"say-no", "passive-voice", "jargon"} <= categories


def test_finding_positions_point_into_the_text(linter: Linter) -> None:
    report = linter.check(EMAIL)
    lines = EMAIL.split("\n")
    for f in report.findings:
        assert EMAIL[f.start : f.end] == f.text
        assert lines[f.line - 1][f.column - 1 :].startswith(f.text.split("\n")[0])
        assert (f.end_line, f.end_column) >= (f.line, f.column)
    utilize = next(f for f in report.findings if f.text == "utilize")
    assert (utilize.line, utilize.column) == (4, 8)
    assert (utilize.end_line, utilize.end_column) == (4, 15)


def test_every_finding_has_a_suggestion(linter: Linter) -> None:
    for f in linter.check(EMAIL).findings:
        assert f.suggestions, f
        assert all(s.safety in ("safe", "unsafe", "hint") for s in f.suggestions)


def test_jargon_replacement_is_inflected(linter: Linter) -> None:
    report = linter.check("We utilized your feedback.")
    finding = next(f for f in report.findings if f.text == "utilized")
    assert finding.suggestions[0].text == "used"
    assert finding.suggestions[0].safety == "safe"


def test_to_dict_has_the_documented_fields(linter: Linter) -> None:
    finding = linter.check("Please utilize the portal.").findings[0]
    data = finding.to_dict()
    for key in (
        "rule",
        "category",
        "severity",
        "message",
        "start",
        "end",
        "line",
        "column",
        "end_line",
        "end_column",
        "suggestions",
    ):
        assert key in data
    assert isinstance(data["suggestions"], list) and data["suggestions"]


def test_check_many_streams_in_order(linter: Linter) -> None:
    texts = ["We cannot help you.", "Thanks for your order!", "Please utilize the app."]
    reports = list(linter.check_many(texts))
    assert len(reports) == 3
    assert [bool(r.findings) for r in reports] == [True, False, True]


def test_module_level_check_shortcut() -> None:
    report = lingo.check("You failed to attach the receipt.")
    assert any(f.category == "say-no" for f in report.findings)
    assert isinstance(report.findings[0], Finding)
    assert report.worst() in (Severity.WARNING, Severity.ERROR)


def test_fast_and_full_paths_agree(linter: Linter) -> None:
    full = Linter(fast=False)
    text = EMAIL + "\nThe store is open. Your invoice gets emailed on Fridays. We leverage AI.\n"
    assert linter.check(text).findings == full.check(text).findings


def test_linting_leaves_the_garbage_collector_as_it_found_it(linter) -> None:
    import gc

    before = gc.get_threshold()
    reports = linter.check_many(["Your refund was approved by our team.", "Thanks!"])
    first = next(reports)
    assert gc.get_threshold() == before  # restored before the first report is handed over
    assert [f.rule for f in first.findings] == ["passive-voice"]
    list(reports)
    assert gc.get_threshold() == before

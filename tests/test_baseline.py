"""`lingo baseline` and `--baseline`: old findings stay quiet, new ones are reported.

Each test works in a real git repository (the `git_repo` fixture), the way a
content team commits its pages and its baseline file.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from lingo.cli.main import main

REFUNDS = """# Refunds

Per our policy, we cannot refund gift cards.

You can utilize store credit at checkout.
"""
SHIPPING = """# Shipping

Your parcel ships today. We cannot ship to P.O. boxes.
"""


def lingo(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def findings(*args: str) -> list[tuple[str, str, str]]:
    result = lingo("check", "--format", "json", "--no-cache", *args)
    assert result.exit_code in (0, 1), result.output
    return [(row["path"], row["rule"], row["text"]) for row in json.loads(result.stdout)]


@pytest.fixture
def recorded(git_repo):
    """Two pages with findings, their baseline, and lingo.yaml naming it; all committed.

    The pages are read with the support-reply profile: as help pages (lingo's choice
    for a page with headings) their refusals would not be reported.
    """
    git_repo.write("help/refunds.md", REFUNDS)
    git_repo.write("help/shipping.md", SHIPPING)
    git_repo.write("lingo.yaml", "profile: support-reply\n")
    made = lingo("baseline", "help/")
    assert made.exit_code == 0, made.output
    assert "recorded 4 findings in 2 files of 2 checked" in made.output
    git_repo.write("lingo.yaml", "profile: support-reply\nbaseline: lingo-baseline.json\n")
    git_repo.commit("pages and baseline")
    return git_repo


def test_the_file_is_documented_json_keyed_without_line_numbers(recorded) -> None:
    data = json.loads((recorded.root / "lingo-baseline.json").read_text(encoding="utf-8"))
    assert data["lingo-baseline"] == 1 and "lingo baseline --prune" in data["about"]
    rows = data["findings"]
    assert {tuple(sorted(row)) for row in rows} == {("context", "count", "file", "rule", "text")}
    assert {
        ("help/refunds.md", "say-no/policy-speak:per-our-policy", "Per our policy"),
        ("help/refunds.md", "jargon/complex-word:utilize", "utilize"),
        ("help/shipping.md", "say-no/refusal:we-cannot", "We cannot ship"),
    } <= {(row["file"], row["rule"], row["text"]) for row in rows}
    assert all(len(row["context"]) == 8 for row in rows)
    # one finding a line, so a review shows what changed
    assert len((recorded.root / "lingo-baseline.json").read_text().splitlines()) == len(rows) + 6


def test_recorded_findings_are_not_reported(recorded) -> None:
    result = lingo("check", "help/")
    assert result.exit_code == 0
    assert "All clear: 2 files checked, nothing new to fix. Not shown: 4 in the baseline." in (
        result.output
    )
    assert len(findings("--no-baseline", "help/")) == 4


def test_moving_paragraphs_keeps_them_recorded(recorded) -> None:
    recorded.write(
        "help/refunds.md",
        "# Refunds\n\nYou can utilize store credit at checkout.\n\n"
        "A new intro paragraph about gift cards.\n\nPer our policy, we cannot refund gift cards.\n",
    )
    assert findings("help/") == []


def test_editing_nearby_text_keeps_a_finding_recorded(recorded) -> None:
    recorded.write(
        "help/refunds.md",
        REFUNDS.replace("refund gift cards.", "refund gift cards bought in a shop.").replace(
            "store credit at checkout", "your store credit when you pay"
        ),
    )
    assert findings("help/") == []


def test_a_new_finding_and_one_more_use_of_a_recorded_wording_are_reported(recorded) -> None:
    recorded.write(
        "help/refunds.md",
        REFUNDS + "\nYou can also utilize vouchers. Obviously, they never expire.\n",
    )
    new = findings("help/")
    assert ("help/refunds.md", "jargon/complex-word", "utilize") in new
    assert ("help/refunds.md", "say-no/condescension", "Obviously") in new
    # the recorded "utilize" (same words around it) stays quiet: only the new one is shown
    assert [f for f in new if f[2] == "utilize"] == [
        ("help/refunds.md", "jargon/complex-word", "utilize")
    ]


def test_renaming_a_file_keeps_its_findings_recorded(recorded) -> None:
    recorded.run("mv", "help/shipping.md", "help/delivery.md")
    assert findings("help/") == []
    pruned = lingo("baseline", "--prune")
    assert pruned.exit_code == 0, pruned.output
    names = {
        row["file"]
        for row in json.loads((recorded.root / "lingo-baseline.json").read_text())["findings"]
    }
    assert names == {"help/refunds.md", "help/delivery.md"}


def test_prune_drops_fixed_findings_and_adds_nothing(recorded) -> None:
    recorded.write(
        "help/refunds.md",
        "# Refunds\n\nGift cards are final.\n\nYou can utilize store credit at checkout.\n"
        "Obviously, vouchers never expire.\n",
    )
    result = lingo("baseline", "--prune")
    assert result.exit_code == 0
    assert "dropped 2 fixed findings; 2 findings remain in 2 files." in result.output
    rows = json.loads((recorded.root / "lingo-baseline.json").read_text())["findings"]
    assert sorted(row["text"] for row in rows) == ["We cannot ship", "utilize"]
    # the new finding is still reported: prune never records it
    assert [f[2] for f in findings("help/")] == ["Obviously"]


def test_baseline_option_without_configuration(git_repo) -> None:
    git_repo.write("reply.txt", "Per our policy, we cannot refund gift cards.\n")
    assert lingo("baseline", "--baseline", "ci/old.json", "reply.txt").exit_code == 0
    assert (git_repo.root / "ci" / "old.json").is_file()
    quiet = lingo("check", "--baseline", "ci/old.json", "reply.txt")
    assert quiet.exit_code == 0, quiet.output
    assert lingo("check", "reply.txt").exit_code == 1  # no baseline configured


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such baseline file (make one with `lingo baseline PATH...`)"),
        ("{not json", "not a valid baseline: not JSON (line 1"),
        ('{"findings": []}', "not a lingo baseline of format 1"),
        ('{"lingo-baseline": 1, "findings": [{"file": "a.md"}]}', "finding 1 needs file, rule"),
    ],
)
def test_a_bad_baseline_is_an_error_naming_the_file(git_repo, content, problem) -> None:
    git_repo.write("reply.txt", "Per our policy, we cannot refund gift cards.\n")
    if content is not None:
        git_repo.write("base.json", content)
    result = CliRunner().invoke(main, ["check", "--baseline", "base.json", "reply.txt"])
    assert result.exit_code == 2
    assert result.stderr.startswith("lingo: ") and "base.json" in result.stderr
    assert problem in result.stderr
    assert "Traceback" not in result.output


def test_fix_leaves_recorded_findings_alone(recorded) -> None:
    recorded.write("help/refunds.md", REFUNDS + "\nPlease utilize the form prior to sending.\n")
    result = lingo("check", "--fix", "help/refunds.md")
    assert result.exit_code in (0, 1), result.output
    text = (recorded.root / "help" / "refunds.md").read_text()
    assert "You can utilize store credit at checkout." in text  # recorded: left as it is
    assert "Please use the form before sending." in text  # new: fixed

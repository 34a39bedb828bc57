"""Unexplained acronyms (jargon/acronym) and a site's own vocabulary (issue 11, item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo import Config, Linter
from lingo.cli import main
from lingo.pipeline.acronyms import definitions


@pytest.fixture(scope="module")
def acronyms() -> Linter:
    return Linter(config=Config(enable=("jargon/acronym",)))


def flagged(linter: Linter, text: str) -> list[str]:
    return [f.text for f in linter.check(text).findings if f.rule == "jargon/acronym"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # first use only
        ("Ask for an RMA first. Put the RMA number on the box.", ["RMA"]),
        # spelled out before, or right at the first use
        ("Ask for a Return Merchandise Authorization (RMA) first. Quote the RMA.", []),
        ("Your SLA (service level agreement) covers this. The SLA says 4 hours.", []),
        ("The EOD, which stands for end of day, is 5 pm.", []),
        # spelled out only later: the first use still stumps the reader
        ("Turn on MFA. MFA stands for multi-factor authentication.", ["MFA"]),
        # everyone knows these; Roman numerals and shouting are not acronyms
        ("Enter your PIN and your ID at the ATM, then plug in the USB stick.", []),
        ("See part IV of the guide.", []),
        ("SAVE YOUR WORK BEFORE YOU CLOSE THE APP", []),
        # plurals count as the same acronym
        ("Open two RMAs. Each RMA needs a photo.", ["RMAs"]),
        # a keyword to send or a key to press is not an abbreviation
        ("Reply YES to keep your delivery slot, or text STOP to 80000.", []),
        ("Reply with CANCEL if you no longer need the room.", []),
        ("Press ENTER, then hold CTRL while you click the second file.", []),
        # ... but the same capitals elsewhere in the sentence still count
        ("Press OK, then send us the RMA number.", ["RMA"]),
        # explained in an appositive or by a defining "is a/the/like"
        ("The DNO, the firm that runs the local power lines, has approved it.", []),
        ("Your UTR is the ten-digit number on your tax letters.", []),
        ("EPC is like a rating label for how warm a home stays.", []),
        # ... but a list is not an appositive, and "is approved" defines nothing
        ("It ships with an ETL, a scheduler and an editor.", ["ETL"]),
        ("Check the MDM, a proxy setting, or the network.", ["MDM"]),
        ("Your RMA is approved.", ["RMA"]),
        # national tax offices every taxpayer there deals with
        ("HMRC will send you a letter.", []),
        # ... and the UK licensing agency every driver deals with (heldout-14's false alarms)
        ("The DVLA will post your new logbook.", []),
        # a chemical formula every reader knows (check set 5's warm replies)
        ("CO2 extinguishers don't leave any residue, which makes them ideal here.", []),
        # a code the reader copies after its label is not an abbreviation
        ("Parcel reference: QT 5521 908. Keep it for your records.", []),
        ("Your booking code is HB 20931.", []),
        # ... letters and digits mixed (an independent reader's refusal letter)
        ("We have reviewed your request for a refund of booking reference QX7TR2.", []),
        ("Your order number is A12B34, and the DSP confirms it.", ["DSP"]),
        ("Your RMA number is 4471.", ["RMA"]),
        # ... and a sentence that ends in "no." is no label
        ("The answer is no. RMA forms take a day.", ["RMA"]),
    ],
)
def test_unexplained_acronyms(acronyms: Linter, text: str, expected: list[str]) -> None:
    assert flagged(acronyms, text) == expected


def test_the_rule_speaks_in_replies_and_is_opt_in_on_help_pages(linter: Linter) -> None:
    # A reply (plain text, the support-reply profile) gets it; on real help pages the rule
    # was right 0.05 of the time, so a page (help-article) gets it only when enabled.
    assert flagged(linter, "Ask for an RMA first.") == ["RMA"]
    page = "# Returns\n\nAsk for an RMA first.\n"
    report = linter.check(page, path="returns.md")
    assert report.profile == "help-article"
    assert not [f for f in report.findings if f.rule == "jargon/acronym"]
    for profile in ("help-article", "marketing", "legal", "ui-copy"):
        quiet = Linter(config=Config(profile=profile))
        assert flagged(quiet, "Ask for an RMA first.") == [], profile


def test_accepted_acronyms_are_left_alone() -> None:
    team = Linter(config=Config(enable=("jargon/acronym",), accept=("RMA",)))
    assert flagged(team, "Ask for an RMA first.") == []


def test_definitions_are_found_by_their_initials() -> None:
    found = definitions("Use JavaScript Object Notation (JSON) or a Service Level Agreement (SLA).")
    assert set(found) == {"json", "sla"}
    assert definitions("Send it to the team (RMA).") == {}


def test_a_term_on_many_pages_of_a_site_is_its_vocabulary(tmp_path: Path) -> None:
    site = tmp_path / "help"
    site.mkdir()
    for n in range(12):
        body = "Restart the hub if the light stays red."
        if n < 6:
            body += " Then check the DSL cable."
        if n == 0:
            body += " Ask for an RMA if it still fails."
        (site / f"page{n:02d}.md").write_text(body + "\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--isolated", "--no-cache", "--enable", "jargon/acronym", str(site)]
    )
    assert "RMA" in result.stdout  # one page: still jargon to its reader
    assert "DSL" not in result.stdout  # half the site says it: the site's own word
    one_page = CliRunner().invoke(
        main,
        [
            "check",
            "--isolated",
            "--no-cache",
            "--enable",
            "jargon/acronym",
            str(site / "page01.md"),
        ],
    )
    assert "DSL" in one_page.stdout  # a single file is not a site

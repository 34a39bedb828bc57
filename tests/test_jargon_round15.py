"""Jargon round 15 (heldout-3, -13 and -14, now spent, read for their jargon misses).

'subject to' wrapping an office process with no article ("subject to enhanced checks",
"subject to ongoing review", "subject to staff discretion"), which the Plain English Campaign's
A to Z gives as 'under' or 'depending on'; a plain condition stays quiet ("subject to
availability", "subject to change"). And 'terminate' said of what a customer holds (a
contract, a subscription, an account), now on at info level; every other use is the opt-in
`terminate-any`. Every sentence here is written for this file; none is copied from a labelled
set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter
from lingo.config import Config


def found(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "jargon"}


@pytest.mark.parametrize(
    "text",
    [
        "Your loan is subject to enhanced affordability checks before we can pay it out.",
        "Late entries are accepted subject to organiser discretion.",
        "Your planning request will be subject to ongoing review by the parish office.",
        "New sellers are subject to identity verification before their first sale.",
    ],
)
def test_round15_subject_to_an_office_process_is_jargon(linter: Linter, text: str) -> None:
    assert "jargon/complex-word:subject-to" in found(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Spare rooms are subject to availability, so book early for August.",
        "Opening times are subject to change over the bank holiday.",
        "Your stay is subject to our usual terms, which are the same as last year.",
        "Hot tubs can be added to any lodge, subject to a small cleaning fee.",
        "This is the subject to mention when you call: your boiler service.",
        "Your photos are subject to our data retention policy, which keeps them for a year.",
    ],
)
def test_round15_subject_to_a_plain_condition_stays_quiet(linter: Linter, text: str) -> None:
    assert "jargon/complex-word:subject-to" not in found(linter, text)


# -- terminate, of what a customer holds ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Your membership will terminate at the end of the month.",
        "We may terminate your account if the balance stays unpaid.",
        "Termination of your tenancy takes effect on 1 May.",
        "Your phone contract has been terminated.",
    ],
)
def test_round15_terminate_an_agreement_is_formal(linter: Linter, text: str) -> None:
    assert "jargon/complex-word:terminate" in found(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "The app terminated unexpectedly, so please open it again.",
        "Press Ctrl+C to terminate the script.",
        "The log shows the Print Spooler service was terminated at 9:14.",
        "You can end your contract whenever you like, and we'll refund the unused days.",
        "Your subscription ends on 3 June, and you can restart it any time.",
    ],
)
def test_round15_terminate_elsewhere_stays_quiet(linter: Linter, text: str) -> None:
    assert "jargon/complex-word:terminate" not in found(linter, text)


def test_round15_terminate_agreement_is_not_reported_on_help_pages() -> None:
    help_page = Linter(config=Config(profile="help-article"))
    text = "If you terminate your subscription, your files stay available for 30 days."
    assert "jargon/complex-word:terminate" not in found(help_page, text)


@pytest.mark.parametrize(
    "text",
    [
        # review 35: said not to happen, a route's end, a phone line's wiring
        "Your refund isn't subject to any deduction, so the whole amount comes back.",
        "Your card is no longer subject to restrictions.",
        "Today this service will terminate at Didcot, and a coach takes you on.",
        "Termination of your line at the new socket takes ten minutes.",
    ],
)
def test_review35_jargon_shapes_that_are_plain_stay_quiet(linter: Linter, text: str) -> None:
    flagged = {f.qualified_id for f in linter.check(text).findings if f.category == "jargon"}
    assert not flagged & {"jargon/complex-word:subject-to", "jargon/complex-word:terminate"}

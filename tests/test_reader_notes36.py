"""What the reader and the reviewers of session 35 noticed and left, fixed in session 36.

Every sentence here is written for this file; none is copied from a labelled set or a corpus.
"""

from __future__ import annotations

import pytest

from lingo import Linter


def passive_first_suggestion(linter: Linter, text: str):
    (finding,) = [f for f in linter.check(text).findings if f.category == "passive-voice"]
    return finding.suggestions[0]


# -- who does it: lingo does not hand the company's job to the reader -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Payment must be received by the 5th of each month.",
        "Claims must be processed within 30 days of the trip.",
        "Your refund must be credited before the new card is sent.",
    ],
)
def test_a_company_job_is_not_rewritten_as_the_readers(linter: Linter, text: str) -> None:
    first = passive_first_suggestion(linter, text)
    assert first.safety == "hint" and "[Who]" in first.text, first
    assert "You must" not in first.text


@pytest.mark.parametrize(
    ("text", "rewrite"),
    [
        ("Receipts must be kept for 30 days.", "You must keep receipts"),
        ("The proof must be approved before we print it.", "You must approve the proof"),
        ("Your old card must be cut in half.", "You must cut your old card in half."),
    ],
)
def test_a_readers_job_still_gets_its_actor(linter: Linter, text: str, rewrite: str) -> None:
    assert rewrite in passive_first_suggestion(linter, text).text


# -- one message for one set of words ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Your application was rejected because the photo was blurred.",
        "Your membership has been suspended.",
        "Your request cannot be processed at this time.",
    ],
)
def test_a_say_no_finding_is_not_repeated_as_a_hidden_actor(linter: Linter, text: str) -> None:
    rules = [f.rule for f in linter.check(text).findings]
    assert any(r.startswith("say-no/") for r in rules), rules
    assert "passive-voice" not in rules


def test_a_passive_that_names_its_actor_keeps_its_fix(linter: Linter) -> None:
    findings = linter.check("Your claim was rejected by our team.").findings
    passive = [f for f in findings if f.category == "passive-voice"]
    assert passive and passive[0].suggestions[0].text == "Our team rejected your claim."


def test_a_passive_beside_a_say_no_finding_on_other_words_stays(linter: Linter) -> None:
    rules = [
        f.qualified_id for f in linter.check("Unfortunately, your parcel was delayed.").findings
    ]
    assert "passive-voice:hidden-actor" in rules


# -- someone else's verdict is news, not ours ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Your card was declined by your bank, so the order is on hold.",
        "The payment was declined by the card issuer.",
        "Your loan was refused by the lender we sent it to.",
    ],
)
def test_a_third_partys_verdict_is_not_ours(linter: Linter, text: str) -> None:
    assert not [f for f in linter.check(text).findings if f.category == "say-no"]


@pytest.mark.parametrize(
    "text", ["Your card was declined by our system.", "Your booking was declined."]
)
def test_our_own_verdict_is_still_cold(linter: Linter, text: str) -> None:
    entries = [f.qualified_id for f in linter.check(text).findings]
    assert "say-no/refusal:refusal-verdict" in entries


# -- "No refund is due." at the start of a sentence --------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["No refund is due on this booking.", "No compensation is payable for delays under an hour."],
)
def test_money_owed_to_the_customer_refused_at_the_start(linter: Linter, text: str) -> None:
    entries = [f.qualified_id for f in linter.check(text).findings]
    assert "say-no/refusal:no-x-will-be-given" in entries


@pytest.mark.parametrize(
    "text", ["No fee is payable for the first visit.", "No more payments are due on your loan."]
)
def test_nothing_for_the_customer_to_pay_is_good_news(linter: Linter, text: str) -> None:
    assert not [f for f in linter.check(text).findings if f.category == "say-no"]


# -- the message offers the word in the form the fix writes ------------------------------------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Some portions of the garden get full sun.", "say 'parts'"),
        ("We utilized the spare room for storage.", "say 'used'"),
        ("The app indicates when your parcel is near.", "say 'shows' or 'says'"),
    ],
)
def test_the_message_offers_the_fixs_form(linter: Linter, text: str, said: str) -> None:
    (finding,) = [f for f in linter.check(text).findings if f.category == "jargon"]
    assert said in finding.message, finding.message


def test_a_phrase_among_the_offers_keeps_them_all_plain(linter: Linter) -> None:
    # "say 'gives' or 'set aside'" would mix forms; the message keeps the dictionary forms
    findings = linter.check("The council allocates each street two bins.").findings
    (finding,) = [f for f in findings if f.category == "jargon"]
    assert "'give' or 'set aside'" in finding.message, finding.message


@pytest.mark.parametrize(
    "text",
    [
        "A licence key wasn't obtained from the server.",
        "The key was not obtained in time.",
    ],
)
def test_a_negated_passive_is_not_given_a_verb_that_reads_badly(linter: Linter, text: str) -> None:
    # "wasn't gotten" reads no better than "was gotten": a hint, not a fix
    (finding,) = [f for f in linter.check(text).findings if f.category == "jargon"]
    assert finding.suggestions[0].safety == "hint", finding.suggestions
    assert "does not read" in finding.suggestions[0].text


def test_in_order_to_after_a_stranded_preposition_is_a_hint(linter: Linter) -> None:
    # "... that we can test it with in order to continue" -> "with to continue" does not read
    text = "Send us a short file that we can test the problem with in order to continue."
    (finding,) = [f for f in linter.check(text).findings if f.entry == "in-order-to"]
    assert finding.suggestions[0].safety == "hint", finding.suggestions
    assert "'with to' does not read" in finding.suggestions[0].text
    plain = linter.check("We changed the plan in order to save you money.").findings
    (fix,) = [f for f in plain if f.entry == "in-order-to"]
    assert fix.suggestions[0].safety == "safe" and fix.suggestions[0].text == "to"


@pytest.mark.parametrize(
    "text",
    ["The charge cannot be waived.", "This penalty cannot be cancelled."],
)
def test_a_charge_that_will_not_be_taken_off_is_a_refusal(linter: Linter, text: str) -> None:
    entries = [f.qualified_id for f in linter.check(text).findings]
    assert "say-no/refusal:cannot-be-done" in entries


@pytest.mark.parametrize(
    "text",
    [
        "Charge the speaker overnight; its battery cannot be replaced at home.",
        "Your screen is fine, and the glass cannot be scratched by the new case.",
    ],
)
def test_charge_as_a_verb_and_fine_as_an_adjective_offer_nothing(linter: Linter, text: str) -> None:
    assert not [f for f in linter.check(text).findings if f.category == "say-no"]

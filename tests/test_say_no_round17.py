"""Say-no round 17 (heldout-16, now spent, read for its say-no misses): a sentence shouted in
capitals is read like any other sentence.

lingo leaves two or more words in capitals alone, as a control or a banner a help page names
("Select UPGRADE PLAN"). A whole sentence in capitals closed by its stop is neither: it is a
notice shouted at the reader ("NO PHONES. NO PHOTOS."), and it was passed whatever it said,
because every word of it was protected. Such a sentence is now read with lingo's usual entries,
so it is flagged exactly when the same words in lower case are; a warm line in capitals stays
quiet as its lower-case twin does, and its capitals are not reported as abbreviations.
heldout-16's two clean false alarms are fixed at their cause at the end of the file: an order
whose acts are listed with commas before its reason, and "PE" the school subject. Every
sentence here is written for this file; none is copied from a labelled set or a corpus."""

from __future__ import annotations

import pytest

from lingo import Linter
from lingo.text.protected import shouted_sentences


def found(linter: Linter, text: str) -> set[str]:
    return {
        f.qualified_id for f in linter.check(text).findings if f.category in ("say-no", "jargon")
    }


# -- cold lines in capitals are read ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NO DOGS. NO BIKES. NO BALL GAMES ON THE LAWN.",
        "NO REFUNDS ON SALE ITEMS. NO EXCEPTIONS.",
        "DO NOT CONTACT US AGAIN ABOUT THIS ORDER.",
        "SETTLE THE ARREARS WITHIN 5 DAYS OR WE WILL TAKE LEGAL ACTION.",
    ],
)
def test_round17_a_shouted_cold_sentence_is_flagged(replies: Linter, text: str) -> None:
    said = found(replies, text)
    assert any(rule.startswith("say-no/") for rule in said), said
    assert not any(rule.startswith("jargon/acronym") for rule in said), said


def test_round17_a_shouted_sentence_reads_as_its_lower_case_twin(replies: Linter) -> None:
    shouted = "NO SKATEBOARDS IN THE CAR PARK. NO EXCEPTIONS."
    quiet = "No skateboards in the car park. No exceptions."
    assert found(replies, shouted) == found(replies, quiet)


def test_round17_a_shouted_sentence_in_a_warm_reply_is_read_alone(replies: Linter) -> None:
    said = found(replies, "Thanks for booking. NO SKATEBOARDS IN THE CAR PARK. See you Sunday!")
    assert "say-no/hostility:bare-prohibition" in said
    assert not any(rule.startswith("jargon/acronym") for rule in said), said


# -- warm and neutral lines in capitals stay quiet ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NO FEES. NO FORMS. NO WAITING.",
        "FREE DELIVERY ON EVERY ORDER THIS WEEKEND!",
        "HAPPY BIRTHDAY FROM ALL OF US AT THE BAKERY! YOUR CAKE IS ON US.",
        "THANK YOU SO MUCH FOR YOUR ORDER. IT SHIPS TOMORROW.",
        "WELCOME BACK! YOUR TABLE BY THE WINDOW IS READY.",
        "GOOD NEWS: YOUR REFUND HAS BEEN APPROVED AND IS ON ITS WAY.",
        "DON'T WORRY, YOU WON'T BE CHARGED TWICE.",
        "NO NEED TO BOOK. JUST TURN UP AND WE'LL FIT YOU IN.",
        "NO CATCH. NO SMALL PRINT. JUST A FREE COFFEE ON YOUR BIRTHDAY.",
        "WE'RE OPEN ALL BANK HOLIDAY, SO POP IN WHENEVER SUITS YOU.",
    ],
)
def test_round17_a_shouted_warm_line_stays_quiet(replies: Linter, text: str) -> None:
    assert found(replies, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for your order! PLEASE NOTE OUR SHOP CLOSES AT 5PM ON SATURDAY.",
        "Your parcel is on its way. HAVE A LOVELY WEEKEND!",
    ],
)
def test_round17_capitals_in_a_warm_reply_are_not_abbreviations(replies: Linter, text: str) -> None:
    assert found(replies, text) == set()


# -- what stays protected -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Select UPGRADE PLAN to continue.",  # a control named inside a sentence
        "If you see ACCESS DENIED, sign in again.",
        "GETTING STARTED",  # a heading: no stop
    ],
)
def test_round17_capitals_inside_a_sentence_stay_protected(text: str) -> None:
    assert shouted_sentences(text) == []


def test_round17_shouted_sentences_are_whole_sentences() -> None:
    text = "Hello there. NO PHONES. NO PHOTOS ON THE STAGE! Thanks."
    spans = [text[s:e] for s, e in shouted_sentences(text)]
    assert spans == ["NO PHONES.", "NO PHOTOS ON THE STAGE!"]
    assert shouted_sentences("OK.") == []  # one word is not a shouted sentence


# -- heldout-16's two clean false alarms, fixed at their cause -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a list of banned acts before its reason is not a bare ban
        "Please don't mow, weed or water the new turf, because the roots are still settling.",
        "Don't lift, tilt or push the fridge, since the pipes at the back are fragile.",
    ],
)
def test_round17_an_order_with_its_reason_after_a_list_is_not_bare(
    replies: Linter, text: str
) -> None:
    assert "say-no/hostility:bare-prohibition" not in found(replies, text)


def test_round17_a_list_of_banned_acts_with_no_reason_is_still_bare(replies: Linter) -> None:
    assert "say-no/hostility:bare-prohibition" in found(
        replies, "Do not copy, resell or lend the tickets."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Your son's PE kit is in the lost property box by the gym.",
        "Black trainers are fine for PE lessons, so no need to buy new ones.",
    ],
)
def test_round17_pe_the_school_subject_needs_no_spelling_out(replies: Linter, text: str) -> None:
    assert "jargon/acronym:pe" not in found(replies, text)

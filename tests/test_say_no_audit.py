"""Say-no patterns probed by an independent auditor (2026-12-07).

An auditor (a helper session that saw only the patterns) wrote warm replies in the surface
shapes of the say-no patterns of rounds 9 to 13; lingo flagged 196 of 242 of them, about 145 of
those false alarms by the auditor's own reading (benchmarks/data/precision/say-no-probes.txt and
its README). The most serious kind, a pattern firing on the opposite meaning, is fixed here: a
negated loss ("never forfeit", "doesn't take it outside the guarantee", "none of it would be at
your expense") and a reward or a service in a threat's shape ("one more stamp and we'll stop
charging", "... and your free sample will be sent", "... and you'll be passed straight to me").
Every sentence here is written for this file.
"""

from __future__ import annotations

import pytest

from lingo import Linter


def say_no(linter: Linter, text: str) -> set[str]:
    return {f.qualified_id for f in linter.check(text).findings if f.category == "say-no"}


@pytest.mark.parametrize(
    "text",
    [
        "We'll pick it up from your house, so none of the return would be at your expense.",
        "Your booking fee is never forfeit, even if you change the date.",
        "A cracked lid doesn't take it outside the guarantee.",
        "Two more visits and we'll stop charging for the car wash!",
        "Buy one more bag and your free sample will be sent with it.",
        "Any more questions and you'll be passed straight to me.",
        "Update your address and the hold will be lifted.",
        "We've fixed the seal, so that leak is not coming back.",
    ],
)
def test_the_opposite_meaning_is_not_a_no(linter: Linter, text: str) -> None:
    assert not say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("All deposits are forfeit.", "refusal:non-refundable"),
        ("The deposit is forfeited if you cancel.", "refusal:non-refundable"),
        ("Dropping it takes it outside the warranty.", "refusal:not-covered"),
        ("The item has been worn, so it's not coming back to you.", "brush-off:matter-closed"),
        ("As far as we're concerned, the matter is closed.", "brush-off:matter-closed"),
        ("So the repair would be at your own expense.", "blame:your-responsibility"),
        ("One more late payment and we'll stop your service.", "hostility:consequence-threat"),
        (
            "Any more messages like that and you'll be passed to our legal team.",
            "hostility:consequence-threat",
        ),
    ],
)
def test_the_same_shapes_with_a_loss_are_still_flagged(
    linter: Linter, text: str, entry: str
) -> None:
    assert f"say-no/{entry}" in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # comparing the customer with others stays a brush-off when help follows it, and so does
        # making light of the upset (a dead end, as refusals need, was tried and taken back)
        (
            "Every other customer managed to set it up, but I can walk you through it.",
            "brush-off:most-customers-manage",
        ),
        (
            "Nobody else has had this problem; I'll ask the engineer to call you.",
            "brush-off:no-one-else-complained",
        ),
        ("It's hardly worth the fuss; just wipe it with a damp cloth.", "hostility:minimising"),
    ],
)
def test_help_after_a_comparison_or_a_shrug_does_not_excuse_it(
    linter: Linter, text: str, entry: str
) -> None:
    assert f"say-no/{entry}" in say_no(linter, text), say_no(linter, text)


# Second fixes (2026-12-07): each pattern checks the meaning it stood for. Every sentence is new.


@pytest.mark.parametrize(
    "text",
    [
        "The panel's ruling is final, and your appeal is approved in full.",
        "The adjuster's assessment is final, so you will receive the whole settlement payment"
        " this week.",
        "Your compensation is final under the scheme, so nobody can take it back.",
    ],
)
def test_a_final_word_in_the_customers_favour_is_not_a_wall(linter: Linter, text: str) -> None:
    assert "say-no/policy-speak:decision-is-final" not in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ruling is final and your appeal is rejected.",
        "Our assessment is final, so you'll get no payout.",
        "The assessment is final, so you'll get a letter confirming it.",
        "Your refund request is final under our terms.",
    ],
)
def test_a_final_word_against_the_customer_is_still_a_wall(linter: Linter, text: str) -> None:
    assert "say-no/policy-speak:decision-is-final" in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "You're welcome to shop elsewhere on the high street with your gift card.",
        "You're free to spend the credit elsewhere on our site.",
    ],
)
def test_a_reward_spent_elsewhere_in_the_group_is_not_the_door(linter: Linter, text: str) -> None:
    assert "say-no/hostility:take-your-business-elsewhere" not in say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "You're welcome to take your business elsewhere.",
        "Feel free to spend your money elsewhere.",
        "Take your voucher and go elsewhere.",
        "You're free to go elsewhere with your complaint.",
    ],
)
def test_the_customers_custom_sent_elsewhere_is_still_the_door(linter: Linter, text: str) -> None:
    assert "say-no/hostility:take-your-business-elsewhere" in say_no(linter, text), say_no(
        linter, text
    )


@pytest.mark.parametrize(
    "text",
    [
        "After you leave, the flat will be deep-cleaned to our usual standard.",
        "We'll follow your seating plan to the letter.",
        "The new cot meets every safety standard, so you can put your baby down in it tonight.",
        "Our buses are serviced every month, so the whole group can ride in comfort.",
        "Our fitters have hung thousands of doors, so your new front door is in safe hands.",
    ],
)
def test_credentials_as_a_promise_or_a_reassurance_defend_nothing(
    linter: Linter, text: str
) -> None:
    assert "say-no/blame:not-our-fault" not in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "The room was cleaned to our usual standard.",
        "We followed the florist's brief to the letter.",
        "The new cot meets every standard, so you can see the fault isn't ours.",
        "Our drivers have delivered thousands of sofas, so the scratch must be from your move.",
        "We'll look into it, but the room was cleaned to our usual standard.",
        "Our lawns were perfect, as any review will confirm, and our staff followed procedure to"
        " the letter.",
    ],
)
def test_credentials_answering_for_work_done_are_still_a_defence(linter: Linter, text: str) -> None:
    assert "say-no/blame:not-our-fault" in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "The other parents loved your stall at the fair.",
        "The other guests clapped when you sang.",
        "Every other member praised your talk.",
    ],
)
def test_the_others_warming_to_the_customer_compare_nobody(linter: Linter, text: str) -> None:
    assert "say-no/brush-off:most-customers-manage" not in say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "The other guests found the entrance without any trouble.",
        "The other pupils finished the test on time.",
        "Every other customer loved the new app.",
        "The other guests loved the room, so your complaint surprises us.",
    ],
)
def test_the_others_as_a_yardstick_still_compare(linter: Linter, text: str) -> None:
    assert "say-no/brush-off:most-customers-manage" in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Give it a few days and see if the redness fades; if it doesn't, we'll send a different"
        " cream.",
        "Leave it a week and see how the shoes feel, and you can still swap them for a bigger"
        " size.",
    ],
)
def test_wait_and_see_with_our_fallback_is_not_a_shrug(linter: Linter, text: str) -> None:
    assert "say-no/hostility:minimising" not in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Give it a week and see if it settles.",
        "Leave it a few days and see, and if it's still bad we can talk about it then.",
        "Give it a week and see; we won't replace it before then.",
    ],
)
def test_wait_and_see_with_nothing_done_is_still_a_shrug(linter: Linter, text: str) -> None:
    assert "say-no/hostility:minimising" in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Your meter reads fine, so the fault must be with our supply, and an engineer is on the"
        " way.",
        "The signal is strong at your end, so the error must have come from our server; I've"
        " reported it.",
    ],
)
def test_the_fault_put_with_us_is_no_defence(linter: Linter, text: str) -> None:
    assert "say-no/blame:not-our-fault" not in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Your router lights are all green, so the problem must be in your wiring.",
        "Our meters are checked daily, so the error must be at the sorting office.",
    ],
)
def test_the_fault_put_anywhere_but_here_is_still_a_defence(linter: Linter, text: str) -> None:
    assert "say-no/blame:not-our-fault" in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Your claim was accepted in full, and the decision stands.",
        "Your refund stands as agreed.",
        "Your reduction stands as agreed, whatever the new rates are.",
    ],
)
def test_what_stands_in_the_customers_favour_closes_nothing(linter: Linter, text: str) -> None:
    assert "say-no/brush-off:matter-closed" not in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Your appeal was rejected and the decision stays.",
        "The fee stands as agreed.",
        "Your booking fee stays.",
        "The charge still stands.",
    ],
)
def test_what_stands_against_the_customer_still_closes_the_matter(
    linter: Linter, text: str
) -> None:
    assert "say-no/brush-off:matter-closed" in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry if this reaches you twice, but the first one bounced.",
        "Apologies if the reply is a bit long, but the steps are all here.",
    ],
)
def test_a_courtesy_about_the_message_itself_is_no_non_apology(linter: Linter, text: str) -> None:
    assert "say-no/brush-off:non-apology" not in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry if this seems harsh, but the rule stands.",
        "Sorry if this upset you, but the rule stands.",
        "Sorry if the email came across as rude, but the fee stays.",
    ],
)
def test_sorry_for_how_the_customer_took_it_is_still_a_non_apology(
    linter: Linter, text: str
) -> None:
    assert "say-no/brush-off:non-apology" in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "There's nothing to send back; just keep the old charger.",
        "Keep the faulty kettle, as there's nothing to send back.",
        "We have nothing to give back, so keep the second pair.",
    ],
)
def test_nothing_to_send_back_to_a_customer_who_keeps_it_frees_them(
    linter: Linter, text: str
) -> None:
    found = say_no(linter, text)
    assert not found & {"say-no/refusal:we-keep-the-money", "say-no/brush-off:matter-closed"}, found


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("There's nothing to send back; we keep the deposit.", "refusal:we-keep-the-money"),
        ("There's nothing to send back.", "refusal:we-keep-the-money"),
        (
            "There's nothing to send back; keep the receipt for your records.",
            "refusal:we-keep-the-money",
        ),
        (
            "We have nothing to give back; keep the receipt for your records.",
            "brush-off:matter-closed",
        ),
        ("We have nothing to give back.", "brush-off:matter-closed"),
    ],
)
def test_nothing_to_send_back_when_we_keep_the_money_is_still_flagged(
    linter: Linter, text: str, entry: str
) -> None:
    assert f"say-no/{entry}" in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "Any refund on the delivery charge is yours.",
        "The spare charger is yours to replace the old one.",
    ],
)
def test_a_gain_that_is_yours_loads_nothing_on_the_customer(linter: Linter, text: str) -> None:
    assert "say-no/blame:your-responsibility" not in say_no(linter, text), say_no(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        "The bill is yours.",
        "So the change fee is yours.",
        "The broken window is yours to replace.",
        "The difference on the bill is yours to pay.",
    ],
)
def test_a_cost_that_is_yours_still_loads_it_on_the_customer(linter: Linter, text: str) -> None:
    assert "say-no/blame:your-responsibility" in say_no(linter, text), say_no(linter, text)

"""Say-no rewrite templates filled from the sentence: real sentences and lingo's rewrite."""

from __future__ import annotations

import re

import pytest

from lingo import Linter
from lingo.errors import LexiconError
from lingo.findings import Finding
from lingo.lexicon.lexicons import builtin_lexicons, load_lexicon_file
from lingo.suggest.templates import fill, template_suggestion


def finding(linter: Linter, sentence: str, qualified: str) -> Finding:
    found = [f for f in linter.check(sentence).findings if f.qualified_id == qualified]
    assert found, f"{qualified} not found in {sentence!r}"
    return found[0]


# (entry, sentence, safety, the rewrite). A [bracketed blank] is for the writer to
# fill, so those rewrites are hints; a complete rewrite is an unsafe fix.
FILLED = [
    # refusal: what we can do, with the sentence's own object; never a promise of
    # what the sentence denies ("We can refund your order"): tests/test_suggestion_recheck.py
    (
        "say-no/refusal:cannot-guarantee",
        "We can't guarantee delivery before the holidays.",
        "hint",
        "Here's what we can promise about delivery before the holidays: "
        "[the commitment you can keep].",
    ),
    (
        "say-no/refusal:unable-to",
        "We are unable to change the delivery address.",
        "hint",
        "Here's what we can do about the delivery address: [the nearest thing you can do].",
    ),
    (
        "say-no/refusal:we-do-not-accept",
        "We don't accept cheques.",
        "hint",
        "Instead of cheques, we accept [what you do accept].",
    ),
    (
        "say-no/refusal:cannot-be-done",
        "Orders cannot be cancelled once they ship.",
        "hint",
        "Here's what you can do about orders once they ship: [what is still open to the customer].",
    ),
    # a reason or a frame after the thing does not narrow it: the hint names the thing alone
    (
        "say-no/refusal:cannot-be-done",
        "After checkout, the order cannot be changed, because it is already packed.",
        "hint",
        "Here's what you can do about the order: [what is still open to the customer].",
    ),
    (
        "say-no/refusal:cannot-be-done",
        "Your booking cannot be moved at this time.",
        "hint",
        "Here's what you can do about your booking: [what is still open to the customer].",
    ),
    (
        "say-no/refusal:impossible",
        "It is impossible to waive the fee in this case.",
        "hint",
        "Here's what we can do about the fee: [the nearest option you have].",
    ),
    (
        "say-no/refusal:impossible",
        "It is impossible to refund the deposit on that basis.",
        "hint",
        "Here's what we can do about the deposit: [the nearest option you have].",
    ),
    (
        "say-no/refusal:unfortunately",
        "Unfortunately, your order has already shipped.",
        "hint",
        "Your order has already shipped, and here's what we can do: [the option you can offer].",
    ),
    (
        "say-no/refusal:im-afraid",
        "I'm afraid that item is out of stock.",
        "hint",
        "That item is out of stock, and here's what we can do: [the option you can offer].",
    ),
    # blame: what happened, then the step
    (
        "say-no/blame:you-failed-to",
        "You failed to enter the security code.",
        "hint",
        "Let's enter the security code together: [the next step].",
    ),
    (
        "say-no/blame:you-did-not",
        "You didn't attach the photos of the damage.",
        "unsafe",
        "The photos of the damage didn't reach us, so could you attach them again?",
    ),
    (
        "say-no/blame:you-neglected-to",
        "You neglected to include your postcode.",
        "hint",
        "Could you include your postcode so we can [the benefit to the customer]?",
    ),
    (
        "say-no/blame:you-were-supposed-to",
        "You were supposed to book the return online.",
        "unsafe",
        "Let's book the return online now.",
    ),
    # condescension: the same fact or step without the put-down
    (
        "say-no/condescension:you-must",
        "You must log in to see your orders.",
        "unsafe",
        "Please log in to see your orders.",
    ),
    (
        "say-no/condescension:you-need-to",
        "You need to restart the app to finish the update.",
        "unsafe",
        "Please restart the app to finish the update.",
    ),
    (
        "say-no/condescension:obviously",
        "Obviously, the button is at the top of the page.",
        "unsafe",
        "The button is at the top of the page.",
    ),
    (
        "say-no/condescension:simply",
        "Simply click Reset password on the sign-in page.",
        "unsafe",
        "Click Reset password on the sign-in page.",
    ),
    (
        "say-no/condescension:as-i-already-said",
        "As I already explained, the fee is fixed.",
        "unsafe",
        "The fee is fixed.",
    ),
    (
        "say-no/condescension:please-note",
        "Please note that the store closes at 5 pm on Sundays.",
        "unsafe",
        "The store closes at 5 pm on Sundays.",
    ),
    (
        "say-no/condescension:no-offense",
        "No offense, but that laptop is too old for the update.",
        "unsafe",
        "That laptop is too old for the update.",
    ),
    (
        "say-no/condescension:please-be-advised",
        "Please be advised that late payments come with a £12 fee.",
        "unsafe",
        "Late payments come with a £12 fee.",
    ),
    (
        "say-no/condescension:please-be-advised",
        "To use your store credit, please be advised that you must log in before checkout.",
        "unsafe",
        "To use your store credit, you must log in before checkout.",
    ),
    (
        "say-no/condescension:as-i-mentioned",
        "Like I said, that code expired yesterday.",
        "unsafe",
        "That code expired yesterday.",
    ),
    # policy-speak: the rule as a plain fact with its reason
    (
        "say-no/policy-speak:per-our-policy",
        "Per our policy, refunds take 10 days.",
        "hint",
        "Refunds take 10 days because [the reason in plain words], "
        "and you can [what the customer can do].",
    ),
    (
        "say-no/policy-speak:as-stated-in",
        "As stated in our terms and conditions, the plan renews every month.",
        "unsafe",
        "The plan renews every month.",
    ),
    (
        "say-no/policy-speak:it-is-our-policy",
        "It is our policy to refund to the original card.",
        "hint",
        "We refund to the original card so that [the reason the customer cares about].",
    ),
    (
        "say-no/policy-speak:for-legal-reasons",
        "For legal reasons, we need a copy of your ID.",
        "hint",
        "We need a copy of your ID because [the law or who asks for it] requires it.",
    ),
]


@pytest.mark.parametrize(("qualified", "sentence", "safety", "expected"), FILLED)
def test_template_filled_from_the_sentence(
    every_rule: Linter, qualified, sentence, safety, expected
) -> None:
    found = finding(every_rule, sentence, qualified)
    first = found.suggestions[0]
    assert (first.safety, first.text) == (safety, expected)
    if safety == "unsafe":
        (edit,) = first.edits
        assert (edit.start, edit.end) == (0, len(sentence))
        assert edit.replacement == expected
    else:
        assert first.edits == ()


def _say_no_examples():
    for rule in builtin_lexicons():
        if rule.category != "say-no":
            continue
        for entry in rule.entries:
            for bad in entry.bad_examples:
                yield pytest.param(f"{rule.id}:{entry.id}", bad, entry.rewrite, id=f"{entry.id}")


@pytest.mark.parametrize(("qualified", "sentence", "templates"), list(_say_no_examples()))
def test_every_say_no_example_reads_cleanly(
    every_rule: Linter, qualified, sentence, templates
) -> None:
    """Each entry's template, filled on its own bad example, is a clean sentence."""
    found = finding(every_rule, sentence, qualified)
    assert found.suggestions
    for suggestion in found.suggestions:
        text = suggestion.text
        assert "{" not in text and "}" not in text, text
        assert "  " not in text and " ," not in text and " ." not in text, text
        assert text[:1].isupper() or text[:1] in "[\"'", text
    if templates:
        rewrites = [s for s in found.suggestions if s.safety != "hint" or "[" in s.text or s.edits]
        assert rewrites or any(s.text.endswith((".", "?")) for s in found.suggestions)


def test_a_template_whose_placeholder_cannot_be_filled_is_dropped(nlp) -> None:
    doc = nlp("We cannot help with that.")
    span = doc[0:3]
    assert fill("We can {verb} {object} later.", span) is None  # "help" has no object here
    suggestion = template_suggestion(
        span, ("We can {verb} {object} later.", "Here's what we can do: [option].")
    )
    assert suggestion is not None and suggestion.text == "Here's what we can do: [option]."


def test_rest_and_it_placeholders(nlp) -> None:
    doc = nlp("You forgot to attach the receipts to your email.")
    span = doc[0:3]
    filled = fill("Could you {verb} {object} {rest}?", span)
    assert filled is not None
    assert filled.text == "Could you attach the receipts to your email?"
    assert filled.complete
    with_blank = fill("Could you {verb} {it} {rest} [by when]?", span)
    assert with_blank is not None
    assert with_blank.text == "Could you attach them to your email [by when]?"
    assert not with_blank.complete


def test_a_complete_rewrite_must_keep_the_rest_of_the_sentence(nlp) -> None:
    doc = nlp("To use your store credit, you must log in before checkout.")
    span = doc[6:9]  # "you must log"
    assert span.text == "you must log"
    assert fill("Please {verb} {rest}.", span) is None  # would drop "To use your store credit"
    assert fill("Please {verb} {rest} [when].", span) is not None  # a hint may be partial


def test_unknown_placeholder_is_a_lexicon_error(tmp_path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(
        "rule: say-no/mine\ncategory: say-no\nseverity: warning\nwhy: Because.\nsources: [me]\n"
        "entries:\n  - id: nope\n    phrases: [nope]\n    message: \"'{match}' is curt.\"\n"
        '    suggestions: [Say what you can do.]\n    rewrite: "We can {verbb} it."\n'
        '    examples:\n      bad: ["Nope."]\n      good: ["Yes, we can."]\n',
        encoding="utf-8",
    )
    with pytest.raises(
        LexiconError, match=re.escape("unknown placeholder {verbb} (did you mean 'verb'?)")
    ):
        load_lexicon_file(path)

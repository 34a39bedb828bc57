"""Suggestions a junior agent could paste: every fix is parsed again before it is offered.

Each check of lingo/suggest/recheck.py on sentences written for this test, and
the say-no templates and hints: never a promise of what the sentence denies,
never a stock example sentence written for another case.
"""

from __future__ import annotations

import re

import pytest

from lingo import Linter
from lingo.findings import Edit, Finding, Suggestion
from lingo.fix import apply_edits
from lingo.lexicon.lexicons import builtin_lexicons
from lingo.lexicon.morphology import getAllLemmas
from lingo.suggest.recheck import advice_only, checked_rewrites, is_stock_example, problem
from lingo.suggest.reparse import Reparser


def found(linter: Linter, text: str, entry: str) -> Finding:
    hits = [f for f in linter.check(text).findings if f.entry == entry]
    assert hits, f"{entry} not found in {text!r}"
    return hits[0]


def fixes(finding: Finding) -> list[Suggestion]:
    return [s for s in finding.suggestions if s.safety != "hint"]


def fixed(text: str, suggestion: Suggestion) -> str:
    return apply_edits(text, suggestion.edits)


# -- through the linter: the fixes it offers, and the ones it turns into hints -------------------


def test_a_verb_that_needs_an_object_is_not_left_without_one(linter: Linter) -> None:
    text = "Many thanks for reaching out."
    finding = found(linter, text, "reach-out")
    # "Many thanks for contacting." is not English; "getting in touch" needs no object
    assert [fixed(text, fix) for fix in fixes(finding)] == ["Many thanks for getting in touch."]
    (hint,) = [s for s in finding.suggestions if s.safety == "hint"]
    assert hint.text == "Reword by hand: 'contacting' needs an object here."


def test_a_verb_that_has_its_object_is_offered(linter: Linter) -> None:
    text = "Reach out to our desk if the printer jams."
    first = found(linter, text, "reach-out").suggestions[0]
    assert first.safety == "unsafe"
    assert fixed(text, first) == "Contact our desk if the printer jams."


def test_let_takes_a_bare_verb(linter: Linter) -> None:
    text = "These reports empower your staff to plan each week."
    first = found(linter, text, "empower").suggestions[0]
    assert first.safety == "unsafe"
    assert fixed(text, first) == "These reports let your staff plan each week."


def test_let_without_a_verb_is_no_fix(linter: Linter) -> None:
    finding = found(linter, "Empowering small shops with clear numbers.", "empower")
    assert all("Letting" not in s.text for s in fixes(finding))
    assert any(s.text.startswith("Letting") and s.safety == "hint" for s in finding.suggestions)


@pytest.mark.parametrize(
    "text",
    [
        "The new portal facilitates faster checkout for members.",
        "This integration facilitates seamless syncing between your two shops.",
        "The form facilitates reporting damaged parcels.",
        # a to-verb later in the sentence is not for the thing to do
        "The app facilitates quick checkout, giving shoppers the chance to pay later.",
    ],
)
def test_help_with_a_thing_after_it_is_a_hint(linter: Linter, text: str) -> None:
    # "helps faster checkout" is not English: "help" wants a person, a verb or "with"
    finding = found(linter, text, "facilitate")
    assert not fixes(finding)
    assert finding.suggestions[0].safety == "hint"
    assert "'help' needs a person or a verb after it" in finding.suggestions[0].text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our guides facilitate new sellers to list items.",
            "Our guides help new sellers to list items.",
        ),
        ("The app facilitates you to book a slot.", "The app helps you to book a slot."),
    ],
)
def test_help_with_a_person_after_it_is_a_fix(linter: Linter, text: str, expected: str) -> None:
    first = found(linter, text, "facilitate").suggestions[0]
    assert first.safety == "unsafe"
    assert fixed(text, first) == expected


def test_about_only_after_words_of_telling_and_asking(linter: Linter) -> None:
    # "pay compensation about the delay" is not English; "for" would be
    text = "We will pay compensation in respect of the delay."
    finding = found(linter, text, "in-regard-to")
    assert not fixes(finding)
    assert finding.suggestions[0].text == (
        "Reword by hand: 'about' does not fit after 'pay' here ('for' or 'of' may)."
    )
    text = "I am calling with regard to your parcel."
    first = found(linter, text, "in-regard-to").suggestions[0]
    assert first.safety == "unsafe" and fixed(text, first) == "I am calling about your parcel."


def test_make_sure_only_before_a_clause(linter: Linter) -> None:
    noun = found(linter, "Before you leave, ensure privacy.", "ensure")
    assert fixes(noun) == []
    assert "needs a clause" in noun.suggestions[0].text
    text = "Before you leave, ensure that nobody reads your mail."
    clause = found(linter, text, "ensure").suggestions[0]
    assert clause.safety == "unsafe"
    assert fixed(text, clause) == "Before you leave, make sure that nobody reads your mail."
    # a verb after "before" belongs to another clause
    later = found(linter, "Ensure privacy before you leave the desk.", "ensure")
    assert fixes(later) == []


def test_a_modal_keeps_its_meaning(linter: Linter) -> None:
    finding = found(linter, "The buyer shall return the keys by noon.", "shall")
    assert fixes(finding) == []  # "will" is a forecast; "shall" here is a duty
    assert "mean different things" in finding.suggestions[0].text


def test_tense_and_a_safe_fix_that_passes(linter: Linter) -> None:
    text = "The crew utilized a ladder."
    first = found(linter, text, "utilize").suggestions[0]
    assert first.safety == "safe"
    assert fixed(text, first) == "The crew used a ladder."


# -- the checks one by one, on edits made by hand ------------------------------------------------


@pytest.fixture(scope="module")
def reparser(linter: Linter) -> Reparser:
    return Reparser(linter.nlp)


def _span(nlp, text: str, words: str):
    doc = nlp(text)
    start = text.index(words)
    span = doc.char_span(start, start + len(words))
    assert span is not None
    return span


def _edit(text: str, words: str, replacement: str) -> Edit:
    start = text.index(words)
    return Edit(start, start + len(words), replacement)


@pytest.mark.parametrize(
    ("text", "words", "replacement", "reason"),
    [
        # agreement: a plural subject with a verb in -s
        ("The nurse checks every chart.", "The nurse", "The nurses", "does not agree"),
        # tense: a past verb replaced by a present one (one verb for a phrase is parsed;
        # one verb for one verb takes the old one's tag when it is fitted)
        ("The crew reached out to the desk.", "reached out to", "contact", "tense"),
        # case: a capital in the middle of a sentence
        ("We will commence the audit soon.", "commence", "Start", "capital"),
        # case: a capitalised word mid-sentence is a label
        ("Open the Additional Fields tab.", "Additional", "Extra", "label"),
        # case: a sentence that starts in lower case
        ("Commence the audit at nine.", "Commence", "start", "needs a capital"),
        # a verb that needs an object
        ("Thanks for reaching out.", "reaching out", "contacting", "needs an object"),
    ],
)
def test_each_check(nlp, reparser: Reparser, text, words, replacement, reason) -> None:
    span = _span(nlp, text, words)
    found_problem = problem(reparser, span, [_edit(text, words, replacement)])
    assert found_problem is not None and reason in found_problem


def test_a_word_outside_the_replacement_is_not_lost(nlp, reparser: Reparser) -> None:
    text = "Kindly utilize the blue form."
    span = _span(nlp, text, "utilize")
    edits = [_edit(text, "utilize", "use"), _edit(text, "blue ", "")]
    found_problem = problem(reparser, span, edits)
    assert found_problem is not None and "'blue' is lost" in found_problem


@pytest.mark.parametrize(
    ("text", "words", "replacement"),
    [
        ("The crew utilized a ladder.", "utilized", "used"),
        ("Please contact us if the tap leaks.", "contact", "call"),
        ("Restart it to ensure that the light turns green.", "ensure", "make sure"),
        ("These tools empower you to plan.", "empower you to", "let you"),
        # a relative pronoun takes the number of what it stands for
        ("Files that do not abide by the rules are skipped.", "abide by", "follow"),
        # a finite verb after "make sure" is a clause, even after a name
        ("If you moved it, ensure Dropbox loads after the file.", "ensure", "make sure"),
        # a verb read as a preposition still keeps its phrase
        ("Adhering to the plan is hard.", "Adhering to", "Following"),
        # a capital after a colon is at home
        ("Note: Adhering to the plan is hard.", "Adhering to", "Following"),
        # agreement is asked only where the edit is
        ("Old log entries are retained for a week.", "retained", "kept"),
        # another form of a word next to the flagged ones is not a word lost
        ("Use it for the purpose of sending mail.", "for the purpose of sending", "to send"),
    ],
)
def test_good_replacements_pass(nlp, reparser: Reparser, text, words, replacement) -> None:
    span = _span(nlp, text, words)
    assert problem(reparser, span, [_edit(text, words, replacement)]) is None


def test_the_parse_is_cached(reparser: Reparser) -> None:
    assert reparser.parse("The kettle is on.") is reparser.parse("The kettle is on.")


# -- say NO! templates: never a promise of what the sentence denies -------------------------------


@pytest.mark.parametrize(
    ("text", "entry", "promise"),
    [
        ("We cannot refund the deposit.", "we-cannot", "We can refund"),
        ("We can't refund tickets after the show.", "we-cannot", "We can refund"),
        ("We won't be able to repair the lamp this month.", "wont-be-able-to", "We'll repair"),
        ("Sorry, we are not able to extend the trial.", "not-able-to", "We can extend"),
        ("Refunds are not permitted after a week.", "not-permitted", "We permit"),
    ],
)
def test_a_denial_never_becomes_a_promise(every_rule: Linter, text, entry, promise) -> None:
    finding = found(every_rule, text, entry)
    assert finding.suggestions
    assert all(promise.lower() not in s.text.lower() for s in finding.suggestions)


def test_a_request_is_not_a_promise(every_rule: Linter) -> None:
    """ "could you {verb} it again" asks the customer: it stays."""
    finding = found(every_rule, "You did not attach the photos of the crack.", "you-did-not")
    assert finding.suggestions[0].text == (
        "The photos of the crack didn't reach us, so could you attach them again?"
    )


def test_a_rewrite_keeps_the_question_mark(every_rule: Linter) -> None:
    text = "As I already said, did you charge the battery?"
    first = found(every_rule, text, "as-i-already-said").suggestions[0]
    assert first.text == "Did you charge the battery?"
    assert fixed(text, first) == "Did you charge the battery?"


# -- say NO! hints: advice, not a stock example ---------------------------------------------------


def test_advice_only() -> None:
    assert advice_only("Say what you offer: 'You can call us on weekdays.'") == (
        "Say what you offer."
    )
    assert advice_only("Use 'as' or 'like': 'As you asked, we moved the date.'") == (
        "Use 'as' or 'like'."
    )
    assert advice_only("Drop it and say the point directly.") == (
        "Drop it and say the point directly."
    )
    assert advice_only("Use 'as' or 'like'.") == "Use 'as' or 'like'."


_WORD = re.compile(r"[a-z]+")
_TEMPLATE_WORDS = {
    w
    for rule in builtin_lexicons()
    for entry in rule.entries
    for template in entry.rewrite
    for w in _WORD.findall(template.lower())
}


SAY_NO = [
    (rule.id, entry.id, example)
    for rule in builtin_lexicons()
    if rule.category == "say-no"
    for entry in rule.entries
    for example in entry.bad_examples[:2]
]


@pytest.mark.parametrize(("rule", "entry", "example"), SAY_NO)
def test_every_say_no_suggestion_is_advice_or_a_fitted_rewrite(
    every_rule: Linter, rule: str, entry: str, example: str
) -> None:
    """Each suggestion is advice (no stock example sentence) or a rewrite of this sentence.

    A rewrite's own words are the template's or the sentence's: nothing from a
    stock line about another customer's parcel.
    """
    hits = [f for f in every_rule.check(example).findings if f.rule == rule and f.entry == entry]
    sentence_words = set(_WORD.findall(example.lower()))
    sentence_words |= {
        lemma for w in list(sentence_words) for ls in getAllLemmas(w).values() for lemma in ls
    }
    for finding in hits:
        for suggestion in finding.suggestions:
            assert not is_stock_example(suggestion.text), suggestion.text
            if suggestion.edits or "[" in suggestion.text:
                words = set(_WORD.findall(re.sub(r"\[[^\]]*\]", "", suggestion.text.lower())))
                stray = {
                    w
                    for w in words - sentence_words - _TEMPLATE_WORDS
                    if not any(s[:4] == w[:4] for s in sentence_words)  # an inflection
                }
                assert not stray, (suggestion.text, stray)


# -- active rewrites of passive clauses ---------------------------------------------------------


def test_an_active_rewrite_is_offered_when_it_reads(linter: Linter) -> None:
    text = "Your refund was approved by the billing team yesterday."
    finding = next(f for f in linter.check(text).findings if f.rule == "passive-voice")
    first = finding.suggestions[0]
    assert first.safety == "unsafe"
    assert fixed(text, first) == "The billing team approved your refund yesterday."


@pytest.mark.parametrize(
    ("rewritten", "reason"),
    [
        ("The billing team approve your refund.", "does not agree"),
        ("the billing team approved your refund.", "capital"),
    ],
)
def test_an_active_rewrite_that_does_not_read_is_a_hint(
    nlp, reparser: Reparser, rewritten: str, reason: str
) -> None:
    text = "Your refund was approved by the billing team."
    doc = nlp(text)
    edit = Edit(0, len(text) - 1, rewritten[:-1])
    suggestion = Suggestion(text=rewritten, safety="unsafe", edits=(edit,))
    (checked,) = checked_rewrites(reparser, next(doc.sents), [suggestion])
    assert checked.safety == "hint" and not checked.edits
    assert reason in checked.text


def test_the_customers_next_step_is_not_a_promise(every_rule: Linter) -> None:
    """ "You have not paid" -> "You can pay ... here": the step is the customer's, not ours."""
    finding = found(every_rule, "You have not paid the May invoice.", "you-have-not")
    assert finding.suggestions[0].text.startswith("You can pay the May invoice here")


# -- where the new words meet the old ones ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        # 'more' reads after a verb or a preposition ...
        ("For additional details, call the help desk.", "For more details, call the help desk."),
        # ... but not after a determiner: 'an more seat', 'your more seats'
        ("You can add an additional seat to the plan.", "You can add an extra seat to the plan."),
        ("Your additional seats are billed monthly.", "Your extra seats are billed monthly."),
        # 'more' would change the sense or not read: "the following more", "any more fees"
        (
            "The plan includes the following additional perks.",
            "The plan includes the following extra perks.",
        ),
        ("We remove any additional fees at checkout.", "We remove any extra fees at checkout."),
    ],
)
def test_a_replacement_fits_the_word_before_it(linter: Linter, text: str, fixed: str) -> None:
    first = fixes(found(linter, text, "additional"))[0]
    assert apply_edits(text, first.edits) == fixed


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The new card is identical to the old one.", "'the same as'"),
        ("We sent you two identical invoices by mistake.", "'two the' does not read"),
    ],
)
def test_the_same_is_no_fix_where_it_does_not_read(linter: Linter, text: str, reason: str) -> None:
    finding = found(linter, text, "identical")
    assert fixes(finding) == []
    assert reason in finding.suggestions[0].text


def test_the_same_is_offered_where_it_reads(linter: Linter) -> None:
    text = "The two invoices are identical."
    first = fixes(found(linter, text, "identical"))[0]
    assert apply_edits(text, first.edits) == "The two invoices are the same."


@pytest.mark.parametrize(
    ("text", "entry", "reason"),
    [
        ("Tap through one or more additional screens.", "additional", None),
        ("The form shows a warning when a typo is encountered in the postcode.", "encounter", None),
        (
            "Make sure that the certificate is obtained from a trusted authority.",
            "obtain",
            "'is gotten' does not read",
        ),
    ],
)
def test_swaps_that_would_not_read_beside_their_neighbours(
    linter: Linter, text: str, entry: str, reason: str | None
) -> None:
    finding = found(linter, text, entry)
    offered = fixes(finding)
    for fix in offered:
        after = apply_edits(text, fix.edits)
        assert "more more" not in after and " is run into" not in after
        assert "contact to" not in after and "is gotten" not in after
    if reason:
        assert offered == [] and reason in finding.suggestions[0].text


def test_contact_never_keeps_a_to_it_could_not_take(linter: Linter) -> None:
    # In a Markdown link "to Segment" may read as an infinitive, so the fix cannot take the
    # "to"; bare 'contact' would leave "contact to Segment": a hint, not a fix.
    text = "If it fails, [reach out to Segment](mailto:help@example.com) to ask.\n"
    (finding,) = [f for f in linter.check(text, path="page.md").findings if f.entry == "reach-out"]
    for fix in fixes(finding):
        assert "contact to" not in apply_edits(text, fix.edits)
        assert "in touch to" not in apply_edits(text, fix.edits)


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("All our lines are busy at this time.", "All our lines are busy now."),
        # after a 'not' or an 'only', 'now' reads as 'no longer' or 'from now on'
        ("Gift wrapping is not offered at this time.", "Gift wrapping is not offered currently."),
        (
            "The beta is only open to some customers at this time.",
            "The beta is only open to some customers currently.",
        ),
        # before a 'no' too; and set off by a comma, 'now,' reads as 'well,' or as a change
        ("At this time there are no desktop apps.", "Currently there are no desktop apps."),
        ("At this time, the app is in beta.", "Currently, the app is in beta."),
        ("The app, at this time, syncs contacts.", "The app, currently, syncs contacts."),
    ],
)
def test_now_is_not_offered_where_it_misreads(linter: Linter, text: str, fixed: str) -> None:
    first = fixes(found(linter, text, "at-the-present-time"))[0]
    assert apply_edits(text, first.edits) == fixed


@pytest.mark.parametrize(
    ("text", "entry", "said_twice"),
    [
        # the replacement is the word on the other side of the "or": said twice
        (
            "If the key is not located or not found, ask the person who sent it.",
            "locate",
            "not found or not found",
        ),
        (
            "You can modify or change the delivery address until the parcel ships.",
            "modify",
            "change or change",
        ),
    ],
)
def test_a_replacement_is_not_the_word_beside_it(
    linter: Linter, text: str, entry: str, said_twice: str
) -> None:
    finding = found(linter, text, entry)
    for fix in fixes(finding):
        assert said_twice not in apply_edits(text, fix.edits)
    assert "said twice" in finding.suggestions[0].text


def test_a_replacement_beside_another_word_is_offered(linter: Linter) -> None:
    text = "You can locate the file and open it from Downloads."
    fix = fixes(found(linter, text, "locate"))[0]
    assert apply_edits(text, fix.edits) == "You can find the file and open it from Downloads."


@pytest.mark.parametrize(
    ("text", "offered"),
    [
        # a capitalised word after "to" is a name, even one spelt like a verb: the "to" goes
        (
            "Reach out to Segment Support if you are unsure.",
            [
                "Contact Segment Support if you are unsure.",
                "Get in touch with Segment Support if you are unsure.",
            ],
        ),
        (
            "We reached out to the courier yesterday.",
            ["We contacted the courier yesterday.", "We got in touch with the courier yesterday."],
        ),
        # "get in touch" needs no object
        (
            "Feel free to reach out if you have questions.",
            ["Feel free to get in touch if you have questions."],
        ),
    ],
)
def test_reach_out_to_a_name_or_a_person(linter: Linter, text: str, offered: list[str]) -> None:
    finding = found(linter, text, "reach-out")
    assert [apply_edits(text, fix.edits) for fix in fixes(finding)] == offered


def test_reach_out_to_a_verb_keeps_its_to(linter: Linter) -> None:
    text = "Reach out to ask for a refund."
    assert fixes(found(linter, text, "reach-out")) == []


@pytest.mark.parametrize(
    ("text", "entry", "repeated"),
    [
        # the swap would repeat a word a few words away (a marketer's read of real pages)
        (
            "Segment utilizes Amazon Web Services (AWS) and uses many different machines.",
            "utilize",
            "uses Amazon Web Services (AWS) and uses",
        ),
        (
            "Open the Settings page to modify the layout, or to change the colours.",
            "modify",
            "change the layout, or to change",
        ),
    ],
)
def test_a_replacement_does_not_repeat_a_word_nearby(
    linter: Linter, text: str, entry: str, repeated: str
) -> None:
    finding = found(linter, text, entry)
    for fix in fixes(finding):
        assert repeated not in apply_edits(text, fix.edits)
    assert "said twice, close together" in finding.suggestions[0].text


def test_a_lone_swap_still_fits(linter: Linter) -> None:
    finding = found(linter, "We utilize your feedback to make the app faster.", "utilize")
    assert [fixed("We utilize your feedback to make the app faster.", s) for s in fixes(finding)][
        0
    ] == "We use your feedback to make the app faster."


@pytest.mark.parametrize(
    ("text", "entry", "why"),
    [
        # "so" joins clauses; inside a verb group it reads as "so much"
        ("Your request has therefore been declined.", "therefore", "cannot stand inside the verb"),
        ("We therefore declined your request.", "therefore", "cannot stand inside the verb"),
        # "change of data" is not English: "changes to data"
        ("To help prevent modification of data, lock the cells.", "modify", "'change of'"),
    ],
)
def test_a_swap_that_breaks_its_place_is_a_hint(
    every_rule: Linter, text: str, entry: str, why: str
) -> None:
    finding = found(every_rule, text, entry)
    assert not fixes(finding)
    assert why in finding.suggestions[0].text


def test_therefore_between_clauses_is_still_fixed(every_rule: Linter) -> None:
    text = "Your card expired and therefore the payment failed."
    finding = found(every_rule, text, "therefore")
    assert fixed(text, fixes(finding)[0]) == "Your card expired and so the payment failed."


def test_making_easier_is_not_put_before_its_thing(every_rule: Linter) -> None:
    # "helping" would repeat "helps"; the next word, "making easier", must not follow it:
    # "by making easier the export" does not read (an independent review)
    text = "This tool helps you by facilitating the export."
    finding = found(every_rule, text, "facilitate")
    for fix in fixes(finding):
        assert "making easier the" not in apply_edits(text, fix.edits)

"""Replacements fitted to the sentence: a table of real sentences and what lingo writes."""

from __future__ import annotations

import pytest

from lingo import Linter
from lingo.findings import Edit
from lingo.suggest.inflect import fit_replacement
from lingo.suggest.word_forms import match_case, wants_an


def apply(text: str, edits: tuple[Edit, ...]) -> str:
    for edit in sorted(edits, key=lambda e: -e.start):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


def fitted(nlp, sentence: str, target: str, replacement: str, *, parsed: bool = True) -> str:
    doc = nlp(sentence) if parsed else nlp.make_doc(sentence)
    start = sentence.index(target)
    span = doc.char_span(start, start + len(target))
    assert span is not None, target
    return apply(sentence, fit_replacement(span, replacement).edits)


CASES = [
    # verbs take the tense and person of the word they replace
    ("We utilized your feedback.", "utilized", "use", "We used your feedback."),
    ("She utilizes the tool every day.", "utilizes", "use", "She uses the tool every day."),
    ("We are commencing work on Monday.", "commencing", "start", "We are starting work on Monday."),
    ("We attempted to call you.", "attempted", "try", "We tried to call you."),
    ("We have attempted to call you.", "attempted", "try", "We have tried to call you."),
    ("The team has given you a refund.", "given", "provide", "The team has provided you a refund."),
    ("They found out the answer.", "found out", "learn", "They learned the answer."),
    (
        "We reimbursed your delivery costs.",
        "reimbursed",
        "pay back",
        "We paid back your delivery costs.",
    ),
    (
        "We will reimburse your delivery costs.",
        "reimburse",
        "pay back",
        "We will pay back your delivery costs.",
    ),
    (
        "We reimagined the checkout page.",
        "reimagined",
        "redesign",
        "We redesigned the checkout page.",
    ),
    # a replacement that is not a verb is never conjugated
    (
        "We have news concerning your order.",
        "concerning",
        "about",
        "We have news about your order.",
    ),
    (
        "Going forward, invoices arrive monthly.",
        "Going forward",
        "from now on",
        "From now on, invoices arrive monthly.",
    ),
    (
        "You can return it, provided that it is unused.",
        "provided that",
        "if",
        "You can return it, if it is unused.",
    ),
    (
        "We charge VAT at the prevailing rate.",
        "prevailing",
        "current",
        "We charge VAT at the current rate.",
    ),
    (
        "Please check your address prior to placing the order.",
        "prior to",
        "before",
        "Please check your address before placing the order.",
    ),
    ("Feel free to reach out to us.", "reach out to", "contact", "Feel free to contact us."),
    # nouns keep their number, and a word already plural or uncountable stays as it is
    (
        "We fixed the biggest pain points.",
        "pain points",
        "problem",
        "We fixed the biggest problems.",
    ),
    ("We shared our learnings.", "learnings", "lesson", "We shared our lessons."),
    ("We shared our learnings.", "learnings", "lessons", "We shared our lessons."),
    ("Personnel will contact you.", "Personnel", "staff", "Staff will contact you."),
    # comparatives and superlatives
    ("This is a simpler option.", "simpler", "easy", "This is an easier option."),
    ("This is the simplest option.", "simplest", "easy", "This is the easiest option."),
    ("This is a more robust plan.", "robust", "strong", "This is a stronger plan."),
    # a one-word degree only where it is idiomatic: one syllable, or two ending in -y, -le,
    # -ow, -er; a longer word keeps "more"/"most" (lemminflect also knows "securest", "commoner")
    ("This is the most robust lock.", "robust", "secure", "This is the most secure lock."),
    ("This is a more unusual fault.", "unusual", "common", "This is a more common fault."),
    ("This is a tighter path.", "tighter", "narrow", "This is a narrower path."),
    # a / an agree with the new word
    ("You will pay an additional fee.", "additional", "extra", "You will pay an extra fee."),
    ("We send a notification by email.", "notification", "update", "We send an update by email."),
    ("It was an unusual request.", "unusual", "odd", "It was an odd request."),
    ("Bring an umbrella.", "umbrella", "parasol", "Bring a parasol."),
    ("It takes approximately an hour.", "approximately", "about", "It takes about an hour."),
    # capitals: sentence start and shouting are kept, an acronym's are not
    ("Utilize the form to apply.", "Utilize", "use", "Use the form to apply."),
    ("PLEASE UTILIZE THE FORM.", "UTILIZE", "use", "PLEASE USE THE FORM."),
    ("We will reply ASAP.", "ASAP", "soon", "We will reply soon."),
    ("Read our API guide.", "API", "interface", "Read our interface guide."),
    ("Prior to checkout, log in.", "Prior to", "before", "Before checkout, log in."),
    # the words around the replacement stay grammatical
    (
        "The aforementioned charge will appear on your statement.",
        "aforementioned",
        "this",
        "This charge will appear on your statement.",
    ),
    ("The undersigned agrees to the terms.", "The undersigned", "I", "I agree to the terms."),
    (
        "We keep your email for the purpose of sending receipts.",
        "for the purpose of",
        "to",
        "We keep your email to send receipts.",
    ),
    (
        "Our dashboard empowers you to manage every order.",
        "empowers",
        "let",
        "Our dashboard lets you manage every order.",
    ),
    (
        "A platform that empowers global brands to create campaigns.",
        "empowers",
        "let",
        "A platform that lets global brands create campaigns.",
    ),
    (
        "Thank you for reaching out to us.",
        "reaching out",
        "contact",
        "Thank you for contacting us.",
    ),
    # a degree inside a set phrase belongs to the phrase: "soon", never "soonest"
    (
        "Please reply at your earliest convenience.",
        "at your earliest convenience",
        "soon",
        "Please reply soon.",
    ),
    (
        "We will call you at the earliest opportunity.",
        "at the earliest opportunity",
        "soon",
        "We will call you soon.",
    ),
]


@pytest.mark.parametrize(("sentence", "target", "replacement", "expected"), CASES)
def test_replacement_fits_the_parsed_sentence(nlp, sentence, target, replacement, expected) -> None:
    assert fitted(nlp, sentence, target, replacement) == expected


@pytest.mark.parametrize(("sentence", "target", "replacement", "expected"), CASES)
def test_replacement_fits_a_sentence_that_was_only_tokenized(
    nlp, sentence, target, replacement, expected
) -> None:
    # The Linter matches plain phrases before tagging: the same table must hold.
    assert fitted(nlp, sentence, target, replacement, parsed=False) == expected


@pytest.mark.parametrize(
    ("word", "an"),
    [
        ("extra", True),
        ("user", False),
        ("utility", False),
        ("unusual", True),
        ("unable", True),
        ("unique", False),
        ("hour", True),
        ("honest", True),
        ("European", False),
        ("one-off", False),
        ("FAQ", True),
        ("SMS", True),
        ("PDF", False),
        ("URL", False),
        ("8-day", True),
        ("11", True),
        ("100", False),
        ("update", True),
        ("order", True),
        ("fee", False),
    ],
)
def test_a_or_an(word: str, an: bool) -> None:
    assert wants_an(word) is an


@pytest.mark.parametrize(
    ("original", "replacement", "start", "expected"),
    [
        ("utilize", "use", False, "use"),
        ("Utilize", "use", True, "Use"),
        ("UTILIZE", "use", False, "USE"),
        ("API", "interface", False, "interface"),
        ("API", "interface", True, "Interface"),
        ("In order to", "to", True, "To"),
    ],
)
def test_case_is_carried_over(original: str, replacement: str, start: bool, expected: str) -> None:
    assert match_case(original, replacement, sentence_start=start) == expected


def test_linter_suggestion_is_the_fitted_word(linter: Linter) -> None:
    (finding,) = [
        f for f in linter.check("We utilized your feedback.").findings if f.entry == "utilize"
    ]
    first = finding.suggestions[0]
    assert (first.text, first.safety) == ("used", "safe")
    assert apply("We utilized your feedback.", first.edits) == "We used your feedback."


def test_an_adverb_after_most_keeps_most(linter) -> None:
    # "most frequently" -> "most often", never "oftenest"
    new, _ = linter.fix("The value that occurs most frequently is shown.")
    assert new == "The value that occurs most often is shown."


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a passive: the participle, though the tagger reads "indicated" as a past tense here
        ("The values for some colors are indicated in the following table.", "shown"),
        ("The app has indicated an error.", "shown"),
        ("It was clearly indicated on the page.", "shown"),
        ("The report indicated a problem.", "showed"),  # a past tense stays one
    ],
)
def test_a_participle_after_be_or_have_stays_a_participle(linter, sentence, expected) -> None:
    (finding,) = [f for f in linter.check(sentence).findings if f.entry == "indicate"]
    assert finding.suggestions[0].text == expected


def test_most_takes_a_word_that_reads_after_it(linter: Linter) -> None:
    # "the fullest range of tools" is not how anyone says it: "most complete" is the phrase
    text = "Our most comprehensive plan includes phone support."
    (finding,) = [f for f in linter.check(text).findings if f.entry == "comprehensive"]
    first = finding.suggestions[0]
    assert first.text == "complete"
    assert apply(text, first.edits) == "Our most complete plan includes phone support."
    # on its own, the plain word is still the first
    (alone,) = [
        f
        for f in linter.check("Read our comprehensive guide.").findings
        if f.entry == "comprehensive"
    ]
    assert alone.suggestions[0].text == "full"

"""`suggest-for`: one entry, several phrasings, each with its own plain word shown first.

Before it, "make a payment" and "perform an inspection" were told to write 'decide' (the
first suggestion of `jargon/officialese:make-a-decision`), "i.e." to write 'for example' and
"as set out above" to write 'below'. Sentences written for this file.
"""

from __future__ import annotations

import pytest

from lingo import Config, LexiconError, Linter
from lingo.lexicon.lexicons import load_lexicon_file


def first_hint(linter: Linter, text: str, qualified_id: str) -> str:
    findings = [f for f in linter.check(text).findings if f.qualified_id == qualified_id]
    assert findings, [f.qualified_id for f in linter.check(text).findings]
    return findings[0].suggestions[0].text


@pytest.mark.parametrize(
    ("text", "entry", "hint"),
    [
        ("Please make a payment by Friday.", "officialese:make-a-decision", "pay"),
        ("We will perform an inspection of the boiler.", "officialese:make-a-decision", "inspect"),
        ("We will provide a response within two days.", "officialese:make-a-decision", "reply"),
        (
            "We will carry out an investigation into the missing parcel.",
            "officialese:make-a-decision",
            "investigate",
        ),
        ("We have reached a conclusion on your claim.", "officialese:make-a-decision", "decide"),
        ("We are of the opinion that the fee is fair.", "officialese:in-possession-of", "think"),
        ("These boilers have a tendency to leak.", "officialese:in-possession-of", "tend to"),
        (
            "Use a password you can remember, i.e. not a random one.",
            "officialese:latin-abbreviation",
            "that is",
        ),
        ("Bring photo ID, e.g. a passport.", "officialese:latin-abbreviation", "for example"),
        ("The charges are as set out above.", "officialese:hereunder-enclosed", "above"),
        ("The charges are as set out below.", "officialese:hereunder-enclosed", "below"),
        (
            "The branch is closed until further notice.",
            "officialese:commence-with-effect",
            "for now",
        ),
        ("Please reply at your convenience.", "officialese:in-due-course", "when you can"),
        (
            "They moved the goalposts on the refund.",
            "business-idiom:raise-the-bar",
            "change the rules",
        ),
        (
            "You were erroneously charged twice, and we have refunded it.",
            "complex-word:erroneous",
            "by mistake",
        ),
        # An adverb is not swapped for an adjective ("review it complete").
        ("Our advisers look at your finances holistically.", "buzzword:holistic", "as a whole"),
        ("Our advisers take a holistic view of your finances.", "buzzword:holistic", "complete"),
    ],
)
def test_the_suggestion_that_fits_the_match_comes_first(text: str, entry: str, hint: str) -> None:
    linter = Linter(config=Config(profile="support-reply"))
    assert first_hint(linter, text, f"jargon/{entry}").lower() == hint


def test_a_suggest_for_that_is_not_a_mapping_is_refused(tmp_path) -> None:
    lexicon = tmp_path / "house.yaml"
    lexicon.write_text(
        "rule: team/house-words\ncategory: jargon\nseverity: warning\nsources: [our list]\n"
        "entries:\n  - id: make-a-payment\n    phrases: [make a payment]\n"
        "    suggestions: [pay]\n    suggest-for: [pay]\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError) as excinfo:
        load_lexicon_file(lexicon)
    assert "house.yaml" in str(excinfo.value)
    assert "'suggest-for' must be a mapping" in str(excinfo.value)

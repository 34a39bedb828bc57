"""Messages a writer who is not a linguist can read: tense, length, cut suggestions."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import lingo
from lingo import Linter
from lingo.cli.main import main
from lingo.findings import Suggestion
from lingo.report.text import MAX_SUGGESTION, suggestion_label


def _passive_message(text: str) -> str:
    findings = [f for f in lingo.check(text).findings if f.rule == "passive-voice"]
    assert len(findings) == 1, findings
    return findings[0].message


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Your parcel was sent to the wrong address.", "who sent it"),
        ("Your booking has been moved twice.", "who moved it"),
        ("The form must be signed before Friday.", "who must sign it"),
        ("Your account will be closed tomorrow.", "who will close it"),
        ("You will be contacted within a day.", "who will contact you"),
        ("Your files were deleted last night.", "who deleted them"),
        # a contracted modal is split by the tokenizer ("wo" + "n't"): said whole, with its "not"
        ("You won't be contacted again about this order.", "who won't contact you"),
        ("Your card can't be charged until you confirm.", "who can't charge it"),
    ],
)
def test_a_hidden_actor_is_asked_for_in_the_passive_s_own_time(text: str, who: str) -> None:
    assert f"does not say {who}." in _passive_message(text)


def test_a_contracted_passive_is_quoted_with_its_subject() -> None:
    message = _passive_message("You're informed by email when it changes.")
    assert message.startswith("'You're informed' is passive")
    assert "who informs you." in message


def readability_findings(linter, text: str) -> list:
    """The readability findings of `text` (lingo's module-level check or a Linter's)."""
    return [f for f in linter.check(text).findings if f.category == "readability"]


def test_a_very_hard_sentence_is_called_long_because_length_is_what_counts() -> None:
    text = (
        "When you open the app for the first time on a new phone, it asks you to sign in, "
        "to choose a plan, to pick a name for the phone and to turn on backups before you "
        "can use it at all."
    )
    [finding] = readability_findings(lingo, text)
    assert finding.rule == "readability/very-hard-sentence"
    assert finding.message.startswith("This sentence is too long to follow: 42 words (grade ")


def test_a_long_sentence_in_plain_words_is_not_given_a_grade_it_already_meets() -> None:
    # "38 words (grade 8; aim for grade 8 or below)" read as a contradiction to a marketer:
    # when the words are plain for the team's target, only the length is named. (A sentence
    # of 35 words or more is past grade 8 whatever its words; the team here aims for 12.)
    text = (
        "If you want your money back, call us or send us a note, and we will look at your "
        "order, find out what went wrong and put it right for you on the same day you get in "
        "touch."
    )
    linter = lingo.Linter(config=lingo.Config(target_grade=12))
    [finding] = readability_findings(linter, text)
    assert finding.rule == "readability/very-hard-sentence"
    assert finding.message == (
        "This sentence is too long to follow: 39 words (aim for fewer than 25)."
    )
    assert "shorter words" not in finding.suggestions[0].text


def test_a_long_sentence_with_file_names_is_given_its_real_grade() -> None:
    # The dots in ".1", "10.0.18362.1" and ".cab" end no sentence: the grade is that of one
    # sentence of 36 words (textstat's own count, 3 sentences, made it grade 8).
    text = (
        "If the file name in the log ends in .1, such as it-IT~10.0.18362.1, you can get the "
        "lost files back with DISM and the .cab file of the language pack that the log names "
        "for that file."
    )
    [finding] = readability_findings(lingo, text)
    assert finding.message == (
        "This sentence is too long to follow: 36 words (grade 11; aim for grade 8 or below)."
    )
    assert "shorter words" in finding.suggestions[0].text


def test_a_long_suggestion_is_cut_at_a_word_and_says_where_to_read_it() -> None:
    words = "Tell the customer what happens next and when it happens " * 4
    label = suggestion_label(Suggestion(text=words.strip(), safety="hint"))
    shown = label.removeprefix("hint: ").removesuffix(" \u2026 (--format full shows it all)")
    assert shown != label.removeprefix("hint: ")
    assert words.startswith(shown + " ")  # whole words only
    assert len(shown) < MAX_SUGGESTION
    whole = suggestion_label(Suggestion(text=words.strip(), safety="hint"), limit=None)
    assert whole == f"hint: {words.strip()}"


def test_score_names_its_reading_grade_column(tmp_path) -> None:
    page = tmp_path / "page.md"
    page.write_text("Open the app and tap Settings. Your plan is at the top.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["score", "--isolated", str(page)])
    header = result.output.splitlines()[0]
    assert header.split() == ["GRADE", "SCORE", "WORDS", "FINDINGS", "READING-GRADE", "FILE"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("from now on", 'hint: "from now on"'),
        ("Extra", 'hint: "Extra"'),
        ("Say who acts, and lead with them.", "hint: Say who acts, and lead with them."),
        ('Name who acts: "[Who] sent it."', 'hint: Name who acts: "[Who] sent it."'),
    ],
)
def test_a_hint_of_bare_words_is_quoted_like_a_fix(text: str, label: str) -> None:
    assert suggestion_label(Suggestion(text=text, safety="hint")) == label


def _lexicon_message(linter: Linter, text: str, entry: str) -> str:
    findings = [f for f in linter.check(text).findings if f.entry == entry]
    assert findings, [f.qualified_id for f in linter.check(text).findings]
    return findings[0].message


@pytest.mark.parametrize(
    ("text", "entry", "quoted"),
    [
        # the noun a describing noun belongs to is quoted with it
        (
            "Lost cards will be subject to a replacement charge.",
            "subject-to",
            "'be subject to a replacement charge'",
        ),
        # a word of the subject's phrase is not quoted alone: a short subject is quoted whole
        (
            "Staff at the returns desk are not authorised to give cash.",
            "not-permitted",
            "'Staff at the returns desk are not authorised'",
        ),
        # nor the joiner before the match, nor the full stop after it
        (
            "We checked the photos and the outcome is final.",
            "decision-is-final",
            "'the outcome is final'",
        ),
        # nor a "your" whose noun the match stops short of
        ("Further to your email, the dates are below.", "further-to", "'Further to'"),
        # a match that is a whole phrase is quoted as it is
        ("Returns are not accepted after 30 days.", "not-permitted", "'Returns are not accepted'"),
    ],
)
def test_a_message_quotes_a_whole_phrase(
    every_rule: Linter, text: str, entry: str, quoted: str
) -> None:
    assert _lexicon_message(every_rule, text, entry).startswith(quoted + " ")


@pytest.mark.parametrize(
    ("text", "entry", "message", "hint"),
    [
        (
            "Your photos reside on our servers in Ireland.",
            "reside",
            "'reside' is formal; say 'live', or 'is stored' for data.",
            None,
        ),
        (
            "Our new reports drive engagement across every store.",
            "drive-abstract",
            "'drive engagement' is business talk; say what will change, and for whom.",
            "Say what will change, and for whom.",
        ),
        (
            "I write further to your letter of 3 May.",
            "further-to",
            "'I write further to' is a form-letter opening; say 'after your call' or 'about your "
            "letter'.",
            "about",
        ),
    ],
)
def test_a_lexicon_message_and_hint_read_as_advice(
    every_rule: Linter, text: str, entry: str, message: str, hint: str | None
) -> None:
    findings = [f for f in every_rule.check(text).findings if f.entry == entry]
    assert findings[0].message == message
    if hint is not None:
        assert findings[0].suggestions[0].text == hint


def test_a_sentence_hard_for_its_length_alone_says_so() -> None:
    # "grade 7 with 25 words (aim for grade 8 or below)" read as a contradiction to a reader
    # (session 36): under the grade aim, only the length is named.
    text = (
        "We will send you a new card in the post this week, and you can use it as soon as it "
        "comes to your home."
    )
    linter = lingo.Linter(config=lingo.Config(profile="marketing"))  # reports hard sentences
    [finding] = readability_findings(linter, text)
    assert finding.rule == "readability/hard-sentence"
    assert finding.message == "This sentence is long: 25 words (aim for fewer than 25)."


@pytest.mark.parametrize(
    ("text", "profile", "shown"),
    [
        # the advice is already the message's: shown once
        ("Our spring offer will drive conversions for your shop.", "marketing", None),
        ("Our team can now answer questions at scale.", "marketing", None),
        # other words to use are still quoted after the message
        (
            "Bring photo ID, e.g. a passport or driving licence.",
            "help-article",
            'hint: "for example"',
        ),
    ],
)
def test_a_hint_the_message_already_says_is_not_shown_twice(
    tmp_path, text: str, profile: str, shown: str | None
) -> None:
    page = tmp_path / "copy.txt"
    page.write_text(text + "\n", encoding="utf-8")
    for style in ("text", "full"):
        args = ["check", str(page), "--profile", profile, "--format", style, "-q"]
        out = CliRunner().invoke(main, [*args, "--no-cache", "--color", "never"]).output
        assert "jargon/" in out, out
        if shown is None:
            assert "(hint:" not in out and "= hint:" not in out, out
        else:
            assert shown in out, out

"""The report card grades the text, not its length (docs/report-card.md)."""

from __future__ import annotations

import pytest

from lingo import Config, Linter
from lingo.engine import grade
from lingo.findings import Finding, Readability, Severity

SHORT_CLEAR = (
    "Thanks for letting us know. We have sent a new code to your phone. "
    "It should arrive in a minute or two."
)
LONG_CLEAR = " ".join(
    [
        "Thanks for writing to us about your order.",
        "We are sorry the parcel came late.",
        "Here is what happened and what we will do next.",
        "Our driver took the wrong road on Monday, so the van came back to the depot.",
        "We sent your parcel out again on Tuesday morning.",
        "You should have it by Thursday.",
        "We have added a small gift to say sorry.",
        "If it does not come by Friday, reply to this email and we will send a new one.",
        "You do not need to send anything back.",
        "Your money is safe, and your order stays open until the parcel arrives.",
        "You can track it at any time on the orders page.",
        "Tap the order, then tap Track to see where the van is.",
        "The map shows each stop on the way to you.",
        "If the van is near, you will get a text with a time slot.",
        "You can pick a new day from that text if the slot does not suit you.",
        "We can also leave the parcel with a neighbour or in a safe place.",
        "Just tell us where in your reply.",
        "We keep your notes for next time, so you only need to tell us once.",
        "Thanks again for your patience.",
        "If the boots do not fit, you can send them back for free within thirty days.",
        "Print the label from the orders page and drop the box at any post office.",
        "We will refund you as soon as the box reaches us.",
        "Most refunds show up in your bank in three to five days.",
        "Have a lovely week.",
    ]
)
HARD_SENTENCES = [
    "Notwithstanding the aforementioned considerations, organizational stakeholders must "
    "comprehensively evaluate the multifaceted implications of implementing sophisticated "
    "infrastructure modifications before authorization is subsequently granted by management.",
    "Utilization of the administrative configuration interface necessitates authentication "
    "credentials commensurate with the organizational privileges assigned to the individual "
    "account holder.",
    "Subsequent to the successful verification of eligibility requirements, reimbursement of "
    "qualifying expenditures will be processed in accordance with established institutional "
    "procedures and applicable regulatory frameworks.",
    "Failure to comply with the stipulated documentation requirements may result in the "
    "indefinite postponement of the application evaluation process and the subsequent "
    "forfeiture of any associated entitlements.",
]
LONG_HARD = " ".join(HARD_SENTENCES * 6)

# The worked example of docs/report-card.md, in its two versions.
REPLY = """Hi Sam,

Thanks for your message. Your order was sent on Monday, and it should reach you by Friday. \
If your subscription renewal payment is unsuccessful, we will automatically utilize \
your saved card again after three business days, and your account will remain fully \
accessible during that period.

Best wishes,
Jo
"""
PLAIN_REPLY = """Hi Sam,

Thanks for your message. We sent your order on Monday, and it should reach you by Friday. \
If your renewal payment does not go through, we will try again in three days. You can keep \
using your account while we wait.

Best wishes,
Jo
"""


def test_a_short_clear_answer_gets_an_a(linter: Linter) -> None:
    report = linter.check(SHORT_CLEAR)
    assert report.readability.words < 60
    assert (report.grade, report.score) == ("A", 100.0)


def test_one_refusal_in_a_short_answer_costs_a_letter_not_an_f(linter: Linter) -> None:
    report = linter.check(
        "Thanks for your message. We cannot refund this order. "
        "You can swap it for another size at no cost."
    )
    assert [f.rule for f in report.findings] == ["say-no/refusal"]
    # 2 (a say-no warning counts double) x 100 / 150 words x 12 points = 16.
    assert (report.grade, report.score) == ("B", 84.0)


def test_a_long_and_a_short_clear_text_get_the_same_letter(linter: Linter) -> None:
    short, long = linter.check(SHORT_CLEAR), linter.check(LONG_CLEAR)
    assert long.readability.words > 5 * short.readability.words
    assert not short.findings and not long.findings
    assert short.grade == long.grade == "A"


def test_a_long_hard_text_gets_a_low_letter(linter: Linter) -> None:
    report = linter.check(LONG_HARD)
    assert report.readability.words > 500
    assert report.grade == "F"


def test_a_long_hard_text_is_low_on_its_reading_grade_alone() -> None:
    # Only readability counts: no jargon or say-no findings, and no hard-sentence ones.
    reader = Linter(config=Config.from_mapping({"select": ["passive-voice"]}))
    report = reader.check(LONG_HARD)
    assert not report.findings
    assert report.readability.flesch_kincaid_grade > 15
    assert report.grade == "D"  # at most 40 points for reading grade alone


def test_the_documented_worked_example(linter: Linter) -> None:
    report = linter.check(REPLY)
    r = report.readability
    assert (r.words, r.sentences) == (48, 6)
    assert r.flesch_kincaid_grade == pytest.approx(9.58, abs=0.01)
    assert sorted(f.rule for f in report.findings) == ["jargon/complex-word", "passive-voice"]
    assert (report.grade, report.score) == ("B", 86.9)
    plain = linter.check(PLAIN_REPLY)
    assert not plain.findings and plain.readability.flesch_kincaid_grade < 8
    assert (plain.grade, plain.score) == ("A", 100.0)


def _readability(words: int, fk: float, target: float = 8.0) -> Readability:
    return Readability(words, max(1, words // 13), 60.0, fk, 0, 0, 0, 0, 0, target)


def _finding(category: str = "jargon", severity: Severity = Severity.WARNING) -> Finding:
    return Finding(
        rule=f"{category}/example",
        category=category,
        severity=severity,
        message="",
        start=0,
        end=1,
        line=1,
        column=1,
        end_line=1,
        end_column=2,
        text="x",
    )


@pytest.mark.parametrize(
    ("words", "fk", "findings", "points", "letter"),
    [
        # The table "What it gives" in docs/report-card.md, row by row.
        (26, 12.0, [], 95.0, "A"),  # 6 x 4 x 26/126 = 5.0
        (26, 12.0, [_finding()], 87.0, "B"),  # ... and 12 x 1 x 100/150 = 8
        (40, 6.0, [_finding("say-no")], 84.0, "B"),  # 12 x 2 x 100/150 = 16
        (40, 6.0, [_finding("say-no")] * 4, 40.0, "F"),  # 64, held at 60
        (1000, 12.0, [], 78.2, "C"),  # 6 x 4 x 1000/1100 = 21.8
        (1000, 12.0, [_finding()] * 10, 66.2, "D"),  # ... and 12 x 10 x 100/1000 = 12
        (1000, 7.0, [_finding(severity=Severity.INFO)] * 20, 94.0, "A"),  # 12 x 5 x 100/1000
        (2000, 20.0, [], 60.0, "D"),  # the readability penalty stops at 40
    ],
)
def test_the_documented_examples(
    words: int, fk: float, findings: list[Finding], points: float, letter: str
) -> None:
    assert grade.score(_readability(words, fk), findings) == points
    assert grade.letter(points) == letter


def test_the_same_density_and_reading_grade_give_the_same_score_past_the_floor() -> None:
    # Past the floor and once the reading grade is trusted, length itself changes nothing.
    at = [grade.score(_readability(n, 8.0), [_finding()] * (n // 100)) for n in (300, 900, 3000)]
    assert at[0] == at[1] == at[2] == 88.0


def test_no_words_scores_100_and_letters_keep_their_floors() -> None:
    assert grade.score(_readability(0, 0.0), []) == 100.0
    assert [grade.letter(p) for p in (90, 89.9, 80, 70, 60, 59.9)] == list("ABBCDF")

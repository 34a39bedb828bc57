"""Active-voice rewrites of passive clauses: real sentences and what lingo proposes."""

from __future__ import annotations

import pytest

from lingo import Linter
from lingo.findings import Finding
from lingo.pipeline.passive import actor, find_passives
from lingo.suggest.active_voice.clause import find_clause
from lingo.suggest.active_voice.meaning import keeps_meaning


def passive(linter: Linter, text: str, index: int = 0) -> Finding:
    found = [f for f in linter.check(text).findings if f.rule == "passive-voice"]
    assert found, f"no passive found in {text!r}"
    return found[index]


def applied(text: str, finding: Finding) -> str:
    suggestion = finding.suggestions[0]
    for edit in sorted(suggestion.edits, key=lambda e: -e.start):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


REWRITES = [
    # actor known, every tense
    ("Your request was denied by our team.", "Our team denied your request."),
    ("The form must be completed by the customer.", "The customer must complete the form."),
    ("Your ticket is being reviewed by a specialist.", "A specialist is reviewing your ticket."),
    ("The invoice had been sent by John and Mary.", "John and Mary had sent the invoice."),
    ("Your data is encrypted by our servers.", "Our servers encrypt your data."),
    ("The email was sent by me.", "I sent the email."),
    ("The parcel was left at the door by him.", "He left the parcel at the door."),
    (
        "I was told by the agent that my refund was approved.",
        "The agent told me that my refund was approved.",
    ),
    (
        "Some items were returned by customers on Tuesday.",
        "Customers returned some items on Tuesday.",
    ),
    # modals and needs: "you" for instructions and what the reader can do
    (
        "Your password can be reset from the login page.",
        "You can reset your password from the login page.",
    ),
    ("All forms should be signed and dated.", "You should sign and date all forms."),
    ("Tickets must not be resold.", "You must not resell tickets."),
    ("Your PIN should never be shared.", "You should never share your PIN."),
    ("Your card needs to be replaced.", "You need to replace your card."),
    ("This can be done in the app.", "You can do this in the app."),
    (
        "Your account is verified by clicking the link.",
        "You verify your account by clicking the link.",
    ),
    # questions
    ("Was your order shipped by FedEx?", "Did FedEx ship your order?"),
    ("Which items were returned by the courier?", "Which items did the courier return?"),
    # the clause inside a longer sentence; the rest of the sentence stays as it is
    (
        "Your complaint is being looked into by our team.",
        "Our team is looking into your complaint.",
    ),
    ("The plant was shut down by the owners.", "The owners shut down the plant."),
    # "by" a time or a means is not an actor
    (
        "The invoice needs to be signed and returned by the 15th.",
        "You need to sign and return the invoice by the 15th.",
    ),
    # a step for the reader
    (
        "Your old phone should be wiped before you send it back.",
        "You should wipe your old phone before you send it back.",
    ),
    # a participle that only says where something is
    ("The shop is located just off the river road.", "The shop is just off the river road."),
]

# No actor in the sentence and no instruction to the reader: lingo never guesses
# "we" (a wrong actor is worse than none); the hint shows the active sentence
# with a blank for the writer to fill.
BLANK_ACTOR = [
    (
        "Your refund was processed on Monday.",
        'Name who acts: "[Who] processed your refund on Monday."',
    ),
    ("Your password has been reset.", 'Name who acts: "[Who] has reset your password."'),
    ("Your order's been shipped.", 'Name who acts: "[Who] has shipped your order."'),
    ("Your card got charged twice.", 'Name who acts: "[Who] charged your card twice."'),
    (
        "Invoices are sent on the first of each month.",
        'Name who acts: "[Who] sends invoices on the first of each month."',
    ),
    (
        "Your order will be shipped tomorrow.",
        'Name who acts: "[Who] will ship your order tomorrow."',
    ),
    (
        "Your order will have been shipped by Friday.",
        'Name who acts: "[Who] will have shipped your order by Friday."',
    ),
    (
        "Your details are shared with our partners.",
        'Name who acts: "[Who] shares your details with our partners."',
    ),
    (
        "You will be charged $5 for late returns.",
        'Name who acts: "[Who] will charge you $5 for late returns."',
    ),
    ("Your invoice was sent by email.", 'Name who acts: "[Who] sent your invoice by email."'),
    (
        "Your refund was cancelled by mistake.",
        'Name who acts: "[Who] cancelled your refund by mistake."',
    ),
    (
        "Orders placed after 2pm are shipped the next day.",
        'Name who acts: "[Who] ships orders placed after 2pm the next day."',
    ),
    ("The account was not closed.", 'Name who acts: "[Who] did not close the account."'),
    (
        "Phone calls weren't answered when promised.",
        'Name who acts: "[Who] didn\'t answer phone calls when promised."',
    ),
    (
        "Your subscription hasn't been renewed yet.",
        'Name who acts: "[Who] hasn\'t renewed your subscription yet."',
    ),
    ("Your parcel was never delivered.", 'Name who acts: "[Who] never delivered your parcel."'),
    (
        "Refunds can't be issued after 30 days.",
        'Name who acts: "[Who] can\'t issue refunds after 30 days."',
    ),
    (
        "Your payment could not be processed.",
        'Name who acts: "[Who] could not process your payment."',
    ),
    ("Your card didn't get charged.", 'Name who acts: "[Who] didn\'t charge your card."'),
    (
        "Per our policy, refunds cannot be issued after 30 days.",
        'Name who acts: "Per our policy, [who] cannot issue refunds after 30 days."',
    ),
    (
        "Your account may be closed if you do not pay.",
        'Name who acts: "[Who] may close your account if you do not pay."',
    ),
    ("Has your order been shipped?", 'Name who acts: "Has [who] shipped your order?"'),
    (
        "When will your refund be processed?",
        'Name who acts: "When will [who] process your refund?"',
    ),
    ("Why was your card charged twice?", 'Name who acts: "Why did [who] charge your card twice?"'),
    ("Were you charged twice?", 'Name who acts: "Did [who] charge you twice?"'),
    ("Is your order being shipped?", 'Name who acts: "Is [who] shipping your order?"'),
    ("Will it be delivered tomorrow?", 'Name who acts: "Will [who] deliver it tomorrow?"'),
    ("What was sent to you?", 'Name who acts: "What did [who] send to you?"'),
    (
        "If your parcel is lost, it will be replaced free of charge.",
        'Name who acts: "If your parcel is lost, [who] will replace it free of charge."',
    ),
    (
        "It is estimated that delivery takes 3 days.",
        'Name who acts: "[Who] estimates that delivery takes 3 days."',
    ),
    (
        "The double charge will have been reversed by the time you wake up.",
        'Name who acts: "[Who] will have reversed the double charge by the time you wake up."',
    ),
    (
        "Your order will be delivered by Friday.",
        'Name who acts: "[Who] will deliver your order by Friday."',
    ),
    (
        "Your points should be added within 48 hours.",
        'Name who acts: "[Who] should add your points within 48 hours."',
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), REWRITES)
def test_active_rewrite(every_rule: Linter, sentence: str, expected: str) -> None:
    finding = passive(every_rule, sentence)
    first = finding.suggestions[0]
    assert first.safety == "unsafe", first
    assert first.text == expected
    assert applied(sentence, finding) == expected


def test_a_state_gets_no_rewrite(every_rule: Linter) -> None:
    # "make sure X is charged" says what to check, not who charges it
    finding = passive(
        every_rule, "Ensure the thermostat is sufficiently charged before the update."
    )
    assert finding.entry == "state"
    assert [s.safety for s in finding.suggestions] == ["hint"]


@pytest.mark.parametrize(("sentence", "hint"), BLANK_ACTOR)
def test_no_guessed_we(every_rule: Linter, sentence: str, hint: str) -> None:
    finding = passive(every_rule, sentence)
    first = finding.suggestions[0]
    assert first.safety == "hint" and first.edits == ()
    assert first.text == hint
    assert "We " not in first.text and " we " not in first.text


@pytest.mark.parametrize(
    ("sentence", "hint"),
    [
        # the actor cannot be told from the sentence: a blank to fill
        (
            "Your account was hacked last night.",
            'Name who acts: "[Who] hacked your account last night."',
        ),
        (
            "The sheikh has been attacked with a bomb.",
            'Name who acts: "[Who] has attacked the sheikh with a bomb."',
        ),
        (
            "The gap that will not soon be filled is large.",
            'Name who acts: "The gap that [who] will not soon fill is large."',
        ),
        # the writer's own things: "we" would be a guess about the writer
        (
            "I was charged twice for one order.",
            'Name who acts: "[Who] charged me twice for one order."',
        ),
        # moving the actor would change who did the other verb
        (
            "I was sold a phone by a friend and sent it off.",
            "Lead with the actor: 'A friend sold ...'.",
        ),
        # two actors, one place to put them
        (
            "Your payment was declined by your bank, not by us.",
            "Lead with the actor: 'Your bank declined ...'.",
        ),
        # an imperative passive
        ("Please be advised that the office is closed.", "Say it directly"),
        # the law is not an actor to put in front
        ("Refunds are required by law.", "Say what the law asks of whom"),
        # a modal keeps its time: who must do it, not who did it
        (
            "To sign in, TLS 1.2 must be enabled on your laptop.",
            "Say who must enable it, and lead with them.",
        ),
    ],
)
def test_hint_when_no_rewrite_is_safe_to_propose(
    every_rule: Linter, sentence: str, hint: str
) -> None:
    finding = passive(every_rule, sentence)
    first = finding.suggestions[0]
    assert first.safety == "hint"
    assert first.edits == ()
    assert first.text.startswith(hint)


def test_every_passive_finding_has_a_suggestion(linter: Linter) -> None:
    text = (
        "Your order was shipped. The form must be signed. It was decided. "
        "Mistakes were made. The results are based on a survey. Why was it called that?"
    )
    for finding in linter.check(text).findings:
        if finding.rule == "passive-voice":
            assert finding.suggestions and finding.suggestions[0].text


def test_the_edit_covers_only_the_clause(every_rule: Linter) -> None:
    text = (
        "Per our policy, refunds cannot be issued after 30 days, "
        "and your request was denied by our billing team."
    )
    second = passive(every_rule, text, 1)
    (edit,) = second.suggestions[0].edits
    assert text[edit.start : edit.end] == "your request was denied by our billing team"
    assert edit.replacement == "our billing team denied your request"


def test_guard_rejects_a_rewrite_that_drops_a_word(nlp) -> None:
    doc = nlp("Your urgent request was denied on Monday by our team.")
    verb, aux = next(find_passives(doc))
    clause = find_clause(verb, aux, actor(verb))
    assert clause is not None
    start, end = clause.region
    original = doc[start:end].text
    assert keeps_meaning(
        clause, original, "our team denied your urgent request on Monday", "our team"
    )
    assert not keeps_meaning(clause, original, "our team denied your request on Monday", "our team")
    assert not keeps_meaning(clause, original, "our team denied your urgent request", "our team")
    assert not keeps_meaning(
        clause, original, "our team happily denied your urgent request on Monday", "our team"
    )
    assert not keeps_meaning(clause, original, "our team your urgent request on Monday", "our team")

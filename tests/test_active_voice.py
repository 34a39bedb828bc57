"""Active-voice rewrites of passive clauses: real sentences and what lingo proposes."""

from __future__ import annotations

import pytest

from lingo import Linter
from lingo.findings import Finding
from lingo.pipeline.passive import actor, find_passives
from lingo.suggest.active_voice import find_clause, keeps_meaning


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
    # no actor: "we" for what the company does to the customer's things
    ("Your refund was processed on Monday.", "We processed your refund on Monday."),
    ("Your password has been reset.", "We have reset your password."),
    ("Your order's been shipped.", "We have shipped your order."),
    ("Your card got charged twice.", "We charged your card twice."),
    (
        "Invoices are sent on the first of each month.",
        "We send invoices on the first of each month.",
    ),
    ("Your order will be shipped tomorrow.", "We will ship your order tomorrow."),
    ("Your order will have been shipped by Friday.", "We will have shipped your order by Friday."),
    ("Your details are shared with our partners.", "We share your details with our partners."),
    ("You will be charged $5 for late returns.", "We will charge you $5 for late returns."),
    ("Your invoice was sent by email.", "We sent your invoice by email."),
    ("Your refund was cancelled by mistake.", "We cancelled your refund by mistake."),
    (
        "Orders placed after 2pm are shipped the next day.",
        "We ship orders placed after 2pm the next day.",
    ),
    # negatives keep their form: not, n't, never, cannot
    ("The account was not closed.", "We did not close the account."),
    ("Phone calls weren't answered when promised.", "We didn't answer phone calls when promised."),
    ("Your subscription hasn't been renewed yet.", "We haven't renewed your subscription yet."),
    ("Your parcel was never delivered.", "We never delivered your parcel."),
    ("Refunds can't be issued after 30 days.", "We can't issue refunds after 30 days."),
    ("Your payment could not be processed.", "We could not process your payment."),
    ("Your card didn't get charged.", "We didn't charge your card."),
    (
        "Per our policy, refunds cannot be issued after 30 days.",
        "Per our policy, we cannot issue refunds after 30 days.",
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
    (
        "Your account may be closed if you do not pay.",
        "We may close your account if you do not pay.",
    ),
    # questions
    ("Was your order shipped by FedEx?", "Did FedEx ship your order?"),
    ("Has your order been shipped?", "Have we shipped your order?"),
    ("When will your refund be processed?", "When will we process your refund?"),
    ("Why was your card charged twice?", "Why did we charge your card twice?"),
    ("Were you charged twice?", "Did we charge you twice?"),
    ("Is your order being shipped?", "Are we shipping your order?"),
    ("Will it be delivered tomorrow?", "Will we deliver it tomorrow?"),
    ("What was sent to you?", "What did we send to you?"),
    ("Which items were returned by the courier?", "Which items did the courier return?"),
    # the clause inside a longer sentence; the rest of the sentence stays as it is
    (
        "If your parcel is lost, it will be replaced free of charge.",
        "If your parcel is lost, we will replace it free of charge.",
    ),
    ("It is estimated that delivery takes 3 days.", "We estimate that delivery takes 3 days."),
    (
        "Your complaint is being looked into by our team.",
        "Our team is looking into your complaint.",
    ),
    ("The plant was shut down by the owners.", "The owners shut down the plant."),
    # "by" a time or a means is not an actor
    (
        "The double charge will have been reversed by the time you wake up.",
        "We will have reversed the double charge by the time you wake up.",
    ),
    ("Your order will be delivered by Friday.", "We will deliver your order by Friday."),
    (
        "The invoice needs to be signed and returned by the 15th.",
        "You need to sign and return the invoice by the 15th.",
    ),
    # a step for the reader, and a promise with a time limit
    (
        "Ensure the thermostat is sufficiently charged before the update.",
        "Ensure you sufficiently charge the thermostat before the update.",
    ),
    (
        "Your old phone should be wiped before you send it back.",
        "You should wipe your old phone before you send it back.",
    ),
    ("Your points should be added within 48 hours.", "We should add your points within 48 hours."),
    # a participle that only says where something is
    ("The shop is located just off the river road.", "The shop is just off the river road."),
]


@pytest.mark.parametrize(("sentence", "expected"), REWRITES)
def test_active_rewrite(linter: Linter, sentence: str, expected: str) -> None:
    finding = passive(linter, sentence)
    first = finding.suggestions[0]
    assert first.safety == "unsafe", first
    assert first.text == expected
    assert applied(sentence, finding) == expected


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
    ],
)
def test_hint_when_no_rewrite_is_safe_to_propose(linter: Linter, sentence: str, hint: str) -> None:
    finding = passive(linter, sentence)
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


def test_the_edit_covers_only_the_clause(linter: Linter) -> None:
    text = (
        "Per our policy, refunds cannot be issued after 30 days, "
        "and your request was denied by our billing team."
    )
    second = passive(linter, text, 1)
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

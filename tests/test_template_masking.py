"""Template tags and placeholders in every input: masked, never flagged, never fixed.

Liquid, Jinja, Handlebars/Mustache, ICU and printf placeholders are opaque
names to lingo: the sentence around them still reads, and still gets its
findings, and nothing inside a tag is ever flagged or changed.
"""

from __future__ import annotations

import pytest

from lingo import Linter
from lingo.text.markup import parse_markup
from lingo.text.markup.templates import MASK, mask_templates

REFUSAL = "say-no/refusal"

# (syntax, source, the prose lingo reads)
READ_AS = [
    ("plain", "Hi {{name}}, we cannot refund your order.", "Hi name, we cannot refund your order."),
    (
        "plain",
        "Hi {{ ticket.requester.first_name }}, thanks for waiting.",
        "Hi name, thanks for waiting.",
    ),
    ("plain", "{% if vip %}You get free returns.{% endif %}", "You get free returns."),
    ("plain", "{%- if vip -%}You get free returns.{%- endif -%}", "You get free returns."),
    ("plain", "{{#if vip}}You get free returns.{{/if}}", "You get free returns."),
    ("plain", "{{^items}}Your basket is empty.{{/items}}", "Your basket is empty."),
    ("plain", "Dear {{{ customer.name }}}, welcome.", "Dear name, welcome."),
    ("plain", "Thanks!{{! signature goes here }}", "Thanks!"),
    ("plain", "Thanks!{{!-- a {{nested}} note --}}", "Thanks!"),
    ("plain", "Thanks!{# a Jinja comment #}", "Thanks!"),
    ("plain", "You have {count} new messages.", "You have name new messages."),
    ("plain", "Paid on {when, date, short}.", "Paid on name."),
    (
        "plain",
        "You have {count, plural, one {# message} other {# messages}}.",
        "You have name.",
    ),
    ("plain", "Hello %s, your order shipped.", "Hello name, your order shipped."),
    ("plain", "Hello %(name)s, welcome back.", "Hello name, welcome back."),
    ("plain", "Hello %{name}, welcome back.", "Hello name, welcome back."),
    ("plain", "We sent %1$d emails to %2$@.", "We sent name emails to name."),
    (
        "markdown",
        "Hi {{ name }}, we cannot refund your order.\n",
        "Hi name, we cannot refund your order.",
    ),
    ("markdown", "You have {count} new messages.\n", "You have name new messages."),
    ("markdown", "## Billing {#billing}\n", "Billing"),
    (
        "html",
        "<p>Hi {{name}}, we cannot refund <b>your order</b>.</p>",
        "Hi name, we cannot refund your order.",
    ),
    ("html", '<p title="Hello {first}">Welcome.</p>', "Hello name"),
]


@pytest.mark.parametrize(("syntax", "source", "prose"), READ_AS)
def test_tags_become_placeholders(syntax: str, source: str, prose: str) -> None:
    texts = [s.text for s in parse_markup(source, syntax).segments]
    assert prose in texts


# Text with braces and percent signs that are not placeholders stays as written.
ORDINARY = [
    "Save 50% on every order, and 100% of the fee goes back to you.",
    "Prices rise by 5%d and more.",
    "Use the set {1, 2, 3} for the first three rows.",
    "Write it as { key: value } in the file.",
    "A lone { brace, and a lone }} closer, and {{ an unclosed tag.\n\nA new paragraph.",
    "The discount is 20%% off.",
    "She said {curly braces} are fine.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_braces_and_percent_signs_are_left_alone(text: str) -> None:
    masked, mask = mask_templates(text, markdown=False)
    assert masked == text and mask.regions == []


@pytest.mark.parametrize(
    ("syntax", "source"),
    [
        ("plain", "Hi {{name}}, we cannot refund your order."),
        ("markdown", "Hi {{ name }}, we cannot refund your order.\n"),
        ("html", "<p>Hi {{name}}, we cannot refund your order.</p>"),
        ("plain", "Hi {first_name}, we cannot refund your order."),
        ("plain", "{% if late %}Hi {{name}}, we cannot refund your order.{% endif %}"),
        ("plain", "{{#unless paid}}Hi {{name}}, we cannot refund your order.{{/unless}}"),
    ],
)
def test_a_refusal_around_a_placeholder_is_still_a_refusal(
    linter: Linter, syntax: str, source: str
) -> None:
    report = linter.check(source, syntax=syntax)
    refusals = [f for f in report.findings if f.rule == REFUSAL]
    assert [f.text for f in refusals] == ["we cannot refund"] or [f.text for f in refusals] == [
        "we cannot"
    ]
    for finding in report.findings:
        assert "{" not in finding.text and "}" not in finding.text


@pytest.mark.parametrize("syntax", ["plain", "markdown", "html"])
def test_words_inside_tags_are_never_flagged(linter: Linter, syntax: str) -> None:
    source = (
        "Thanks for writing in. {{ utilize_credit_link }} {% leverage %} "
        "{{#if prior_to_renewal}}Your plan renews soon.{{/if}} {in_order_to} %(utilize)s"
    )
    if syntax == "html":
        source = f"<p>{source}</p>"
    report = linter.check(source, syntax=syntax)
    assert report.findings == ()


def test_a_fix_never_changes_a_tag(linter: Linter) -> None:
    source = (
        "Hi {{ticket.requester.first_name}}, in order to utilize your credit, "
        "log in {% if app %}to the app {% endif %}prior to checkout. We sent %d codes.\n"
    )
    fixed, applied = linter.fix(source)
    assert applied
    for tag in ("{{ticket.requester.first_name}}", "{% if app %}", "{% endif %}", "%d"):
        assert tag in fixed
    assert "To use your credit" not in fixed  # the sentence starts with the tag, not "To"
    assert "to use your credit" in fixed and "before checkout" in fixed
    assert linter.fix(fixed)[0] == fixed


@pytest.mark.parametrize("syntax", ["plain", "markdown", "html"])
def test_positions_point_at_the_words_after_a_tag(linter: Linter, syntax: str) -> None:
    source = "Hello {{ customer.first_name }}! Per our policy, refunds take ten days."
    report = linter.check(source, syntax=syntax)
    (finding,) = [f for f in report.findings if f.rule == "say-no/policy-speak"]
    assert source[finding.start : finding.end] == finding.text == "Per our policy"


def test_many_tags_are_masked_in_one_pass() -> None:
    """100,000 tags, closed and unclosed, are each masked (or left) correctly.

    benchmarks/templates.py measures the time; this checks the answers.
    """
    closed = "Hi {{ name }}, " * 100_000
    masked, mask = mask_templates(closed, markdown=True)
    assert len(mask.regions) == 100_000
    assert len(masked) == len(closed)
    assert masked.count(MASK) == len("{{ name }}") * 100_000
    unclosed = "Hi {{ name, " * 100_000
    assert mask_templates(unclosed, markdown=True)[1].regions == []
    # Unclosed comment blocks: each `{% comment %}` is still a tag of its own.
    liquid = "{% if a %} " * 50_000 + "{% comment %}" * 50_000
    masked, mask = mask_templates(liquid, markdown=False)
    assert len(mask.regions) == 100_000
    assert "{%" not in masked


def test_a_tag_never_spans_a_blank_line() -> None:
    text = "A stray {{ in a sample.\n\nWe cannot refund it. }}"
    masked, mask = mask_templates(text, markdown=True)
    assert masked == text and mask.regions == []


def test_a_comment_block_may_span_blank_lines(linter: Linter) -> None:
    source = (
        "{% comment %}\nWe cannot help you.\n\nPer our policy, no.\n{% endcomment %}\nThanks!\n"
    )
    report = linter.check(source, syntax="markdown")
    assert report.findings == ()


@pytest.mark.parametrize(
    ("source", "written"),
    [
        ("Your order {order_id} has been delayed at the depot.", "your order {order_id}"),
        ("Your refund for {{ ref }} has been delayed by a day.", "your refund for {{ ref }}"),
    ],
)
def test_a_rewrite_shows_the_tag_as_written(replies: Linter, source: str, written: str) -> None:
    # a reader pasting the hint into a macro would have lost the tag: "your order name"
    findings = [f for f in replies.check(source).findings if f.rule == "passive-voice"]
    assert findings, source
    hint = findings[0].suggestions[0].text
    assert written in hint, hint
    assert " name " not in hint, hint

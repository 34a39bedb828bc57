"""The language server re-checks only the blocks an edit changed, and still says what a
full check says: after every edit of a sequence, the incremental report equals
`Linter.check` of the same text (findings, readability, grade, unused suppressions).
"""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lingo import Config, Linter
from lingo.lsp.blocks import split_blocks
from lingo.lsp.incremental import IncrementalChecker, memory_zone

ARTICLE = """---
title: Refunds and returns
---

# Refunds and returns

Thanks for shopping with us! This page explains how refunds work. Our SSO
(single sign-on, one login for every tool) keeps your account safe.

<!-- lingo-disable say-no/policy-speak -->

Per our policy, refunds take ten days.

<!-- lingo-enable -->

## Before you start

- Utilize the order page to find your order number.
- Sign in with SSO first.

- Per our policy, gift cards cannot be refunded.

```text
We cannot refund this. Please utilize the form.

Your request was denied by our team.
```

{% comment %}
We cannot refund gift cards, per our policy.

In order to leverage our synergy, circle back later.
{% endcomment %}

> Your refund was approved by our billing team. In order to get it faster,
> add a bank account.

When a refund fails, you see this message:

> We cannot process your request. Your card was declined by the bank.

| Step | What to do |
| ---- | ---------- |
| 1    | Utilize the [order page][orders] |

See the [order page][orders] or [contact us] if anything is unclear. The API
sends you an email when the refund is issued.

[orders]: https://example.com/orders
"""

MARKDOWN_EDITS = [
    ("ten days", "ten working days"),  # one word
    ("Thanks for", "Thank you for"),
    ("The API\n", "The API (our developer interface)\n"),
    ("Sign in with SSO first.", "Sign in with SSO first.\n\n- We cannot help without it."),
    ("```text\n", "```text\n```\n"),  # an empty fence: the old one's content is prose now
    ("```text\n```\n", "```text\n"),
    ("## Before you start", "    ## Before you start"),  # indented: code, not a heading
    ("    ## Before you start", "## Before you start"),
    ("[orders]: https://example.com/orders\n", ""),  # the reference link is text now
    ("is issued.\n", "is issued.\n\n[contact us]: https://example.com/help\n"),
    ("{% endcomment %}\n", ""),  # the template comment no longer closes
    ("> Your refund", "{% endcomment %}\n\n> Your refund"),
    ("<!-- lingo-enable -->\n", ""),  # the suppression reaches the end now
    # a thematic break, then a setext heading: never read as front matter on its own
    (
        "Per our policy, refunds take ten working days.",
        "---\nPer our policy, refunds take ten days.\n---",
    ),
    # a paragraph after a list, then indented into the list's last item
    ("cannot be refunded.\n", "cannot be refunded.\n\nWe cannot refund vouchers either.\n"),
    ("\nWe cannot refund vouchers", "\n    We cannot refund vouchers"),
    ("# Refunds and returns\n", "# Refunds and returns\nRefunds\n=======\n"),
    ("Thank you for shopping", "Thank you for shopping 🛍️ with us, Zoë"),
    # the quote is someone else's words only after a colon, whatever stands between
    ("you see this message:", "you see this message."),
    ("you see this message.", "you see this message:\n\n`E-1042`\n\n- `card`"),
    ("\n\n- `card`", ""),
]


def replay(
    linter: Linter, text: str, edits: list[tuple[str, str]], syntax: str, zone: Any = nullcontext
) -> None:
    path = {"markdown": "page.md", "plain": "page.txt", "html": "page.html"}[syntax]
    checker = IncrementalChecker(linter, Config(), path, syntax)
    with zone():
        assert checker.check(text) == linter.check(text, path=path, syntax=syntax)
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
        with zone():
            incremental = checker.check(text)
        expected = linter.check(text, path=path, syntax=syntax)
        assert incremental == expected, f"after replacing {old!r} with {new!r}"
        assert incremental.findings == expected.findings


def test_markdown_edits_give_the_full_report(linter: Linter) -> None:
    replay(linter, ARTICLE, MARKDOWN_EDITS, "markdown")


def test_checks_in_a_memory_zone_give_the_full_report(linter: Linter) -> None:
    # The server checks inside spaCy's memory zone, so words typed are not kept
    # forever; what lingo keeps between checks must not need them.
    replay(linter, ARTICLE, MARKDOWN_EDITS, "markdown", zone=lambda: memory_zone(linter))


FRENCH = """# Remboursements

Merci pour votre message. Nous avons bien reçu votre demande de remboursement
et notre équipe la traite en ce moment. Vous recevrez un courriel dès que le
remboursement sera effectué sur votre carte.

Si vous avez une question, répondez simplement à ce courriel et un membre de
notre équipe vous répondra dans la journée. Nous vous remercions de votre
patience et de votre confiance.
"""


def test_whether_a_text_is_english_is_the_documents_question(linter: Linter) -> None:
    # Each block alone is too short to judge; the document is French, then English.
    edits = [
        ("Merci pour", "Thanks for"),
        ("# Remboursements\n", "---\nlang: en\n---\n# Remboursements\n"),
        ("lang: en", "lang: fr"),
    ]
    replay(linter, FRENCH, edits, "markdown")


def test_plain_text_edits_give_the_full_report(linter: Linter) -> None:
    text = (
        "Hello Sam,\n\nPer our policy, we cannot refund gift cards.  # lingo-ignore say-no\n\n"
        "# lingo-disable jargon\nPlease utilize the form.\n\nIn order to apply, sign in.\n"
    )
    edits = [
        ("Sam", "Sam Lee"),
        ("# lingo-disable jargon\n", ""),
        ("Please utilize", "\n\nPlease utilize"),
        ("In order to apply", "# lingo-enable\nIn order to apply"),
        ("gift cards.", "gift cards. Your refund was denied by our team."),
    ]
    replay(linter, text, edits, "plain")


PAGE = """<!doctype html>
<html>
<head><title>Refunds and returns</title></head>
<body>
<h1>Refunds and returns</h1>
<p>Thanks for shopping with us! Our SSO (single sign-on, one login for every
tool) keeps your account safe.</p>
<!-- lingo-disable say-no/policy-speak -->
<p>Per our policy, refunds take ten days.</p>
<!-- lingo-enable -->
<div class="note">
  <p>Utilize the order page to find your order.</p>
  Sign in with SSO first &amp; then ask.
</div>
<pre>
We cannot refund this. Please utilize the form.
<p>Your request was denied by our team.</p>
</pre>
{% comment %}
<p>We cannot refund gift cards, per our policy.</p>
{% endcomment %}
<ul>
  <li>Your refund was approved by our billing team.</li>
  <li><img src="card.png" alt="In order to pay, leverage your card"> Pay by card.</li>
</ul>
<p>The <code>refund_id</code> field and the API tell you when the refund is issued.</p>
<script>document.write("<p>We cannot</p>")</script>
</body>
</html>
"""

HTML_EDITS = [
    ("ten days", "ten working days"),
    ("Thanks for", "Thank you for"),
    ("the API tell", "the API (our developer interface) tell"),
    ("</pre>\n", ""),  # the pre no longer closes: the rest is not prose
    ("{% comment %}", "</pre>\n{% comment %}"),
    ("<code>refund_id</code>", "<code>refund_id"),  # inline code left open to its block's end
    ("{% endcomment %}\n", ""),
    ("<ul>", "{% endcomment %}\n<ul>"),
    ("<!-- lingo-enable -->\n", ""),
    ("<p>Utilize", "<p>We cannot help. Utilize"),
    ("<h1>Refunds and returns</h1>", "<h1>Refunds</h1><p>We cannot ship, obviously.</p>"),
    ("</li>\n  <li>", " "),  # two items become one
]


def test_html_edits_give_the_full_report(linter: Linter) -> None:
    replay(linter, PAGE, HTML_EDITS, "html")


@pytest.mark.parametrize(("text", "syntax"), [(ARTICLE, "markdown"), (PAGE, "html")])
def test_a_one_word_edit_rechecks_one_block(linter: Linter, text: str, syntax: str) -> None:
    checker = IncrementalChecker(linter, Config(), "page", syntax)
    checker.check(text)
    checker.check(text.replace("ten days", "ten working days"))
    assert checker.checked_blocks == 1


def test_markdown_blocks_start_where_markdown_does() -> None:
    blocks = split_blocks(ARTICLE, "markdown")
    firsts = [ARTICLE[start:end].split("\n", 1)[0] for start, end in blocks.spans()]
    assert firsts[0] == "---"  # the front matter and the heading after it
    assert "- Sign in with SSO first." in firsts  # list items are blocks
    assert "When a refund fails, you see this message:" in firsts  # and its quote with it
    # never a fence, a quote, a template block or a definition on its own
    assert not [f for f in firsts if f.startswith(("```", ">", "{%", "[orders]", "We cannot"))]
    assert all(end > start for start, end in blocks.spans())


_PIECES = [
    "We cannot ",
    "utilize ",
    "\n\n",
    "```\n",
    "- ",
    "1. ",
    "> ",
    "    ",
    "---\n",
    "[x]: /u\n",
    "[x] ",
    "{% comment %}\n",
    "{% endcomment %}\n",
    "# ",
    "API ",
    "<!-- lingo-disable -->\n",
    "<!-- lingo-enable -->\n",
    "was denied by our team. ",
    "\n",
    "é🙂 ",
]


_HTML_PIECES = [
    "<p>",
    "</p>",
    "<pre>",
    "</pre>",
    "<code>",
    "</code>",
    "<li>",
    "<div>",
    "<!-- ",
    " -->",
    "<script>",
    "</script>",
    "&amp; ",
    '<img alt="We cannot">',
]


def _edited(text: str, edits: list[tuple[float, object]]) -> list[str]:
    """The versions of `text` after each edit: a piece inserted, or characters deleted."""
    versions = []
    for where, what in edits:
        at = int(where * len(text))
        if isinstance(what, str):
            text = text[:at] + what + text[at:]
        else:
            assert isinstance(what, int)
            text = text[:at] + text[at + what :]
        versions.append(text)
    return versions


def _random_edits(pieces: list[str]) -> st.SearchStrategy[list[tuple[float, object]]]:
    piece = st.one_of(st.sampled_from(pieces), st.integers(1, 30))
    return st.lists(st.tuples(st.floats(0, 1), piece), min_size=1, max_size=6)


_RANDOM = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def _assert_random_edits_match(
    linter: Linter, text: str, syntax: str, edits: list[tuple[float, object]]
) -> None:
    path = f"page.{'md' if syntax == 'markdown' else syntax}"
    checker = IncrementalChecker(linter, Config(), path, syntax)
    checker.check(text)
    for version in _edited(text, edits):
        assert checker.check(version) == linter.check(version, path=path, syntax=syntax)


@_RANDOM
@given(_random_edits(_PIECES))
def test_random_markdown_edits_give_the_full_report(
    linter: Linter, edits: list[tuple[float, object]]
) -> None:
    _assert_random_edits_match(linter, ARTICLE, "markdown", edits)


@_RANDOM
@given(_random_edits([*_PIECES, *_HTML_PIECES]))
def test_random_html_edits_give_the_full_report(
    linter: Linter, edits: list[tuple[float, object]]
) -> None:
    _assert_random_edits_match(linter, PAGE, "html", edits)


@pytest.mark.parametrize("syntax", ["markdown", "plain", "html"])
def test_every_block_is_a_slice_of_the_document(syntax: str) -> None:
    blocks = split_blocks(ARTICLE, syntax)
    assert "".join(ARTICLE[s:e] for s, e in blocks.spans()) == ARTICLE
    assert blocks.starts[0] == 0

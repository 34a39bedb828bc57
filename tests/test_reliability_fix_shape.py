"""Every fix keeps line breaks, and no fix drops a comma it did not flag (issue 17, low item).

Unsafe rewrites cover a whole clause or sentence. In plain text (and in a
Markdown paragraph) such a clause is often wrapped over two lines; the rewrite
must put the line break back between its words rather than join the lines.
"""

from __future__ import annotations

import pytest

from lingo import Linter
from lingo.findings import Edit, Finding, Severity, Suggestion
from lingo.fix import keeping_shape


@pytest.mark.parametrize(
    "text",
    [
        "Your refund request was\nrejected by the billing team last week.\n",
        "Unfortunately, your order was\ncancelled by our team, and\nwe cannot refund it.\n",
        "As I already explained, the fee\nis fixed for every plan.\n",
        "Your order was cancelled by our team\nlast night.\n",
        "Your ticket was closed by\n    an agent this morning.\n",
    ],
)
def test_unsafe_fixes_keep_every_line_break(linter: Linter, text: str) -> None:
    fixed, applied = linter.fix(text, unsafe=True, path="reply.txt")
    assert applied, "the rewrite is still made"
    assert fixed.count("\n") == text.count("\n")
    assert [len(line) - len(line.lstrip()) for line in fixed.splitlines()] == [
        len(line) - len(line.lstrip()) for line in text.splitlines()
    ]


def test_a_wrapped_passive_is_rewritten_across_the_same_lines(linter: Linter) -> None:
    text = "Your refund request was\nrejected by the billing team last week.\n"
    fixed, _ = linter.fix(text, unsafe=True, path="reply.txt")
    assert fixed == "The billing team\nrejected your refund request last week.\n"


def test_a_comma_outside_the_flagged_words_is_never_dropped(linter: Linter) -> None:
    text = "Your order was cancelled by, our team.\n"
    fixed, _ = linter.fix(text, unsafe=True, path="reply.txt")
    assert fixed.count(",") == 1


def test_the_comma_after_a_dropped_phrase_may_go_with_it(linter: Linter) -> None:
    fixed, applied = linter.fix(
        "As I already explained, the fee is fixed.\n", unsafe=True, path="reply.txt"
    )
    assert fixed == "The fee is fixed.\n" and applied


def finding_over(start: int, end: int) -> Finding:
    return Finding(
        rule="passive-voice",
        category="passive-voice",
        severity=Severity.INFO,
        message="m",
        start=start,
        end=end,
        line=1,
        column=1,
        end_line=1,
        end_column=1,
        text="t",
    )


def test_keeping_shape_refuses_what_it_cannot_place() -> None:
    text = "one\ntwo\nthree"
    suggestion = Suggestion("x", "unsafe", (Edit(0, len(text), "onetwo three"),))
    assert keeping_shape(text, finding_over(0, 3), suggestion) is None  # 2 breaks, 1 gap


def test_keeping_shape_leaves_fixes_without_line_breaks_alone() -> None:
    text = "Please utilize the form."
    suggestion = Suggestion("use", "safe", (Edit(7, 14, "use"),))
    assert keeping_shape(text, finding_over(7, 14), suggestion) is suggestion

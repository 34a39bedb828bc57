"""Fuzzing check and fix (issue 17, item 10): a bounded run on every CI build.

Hypothesis builds documents from sentences that trigger every kind of rule,
wrapped over lines at random, with markup lingo must never change (inline
code, links, comments, template tags, fenced code, front matter), odd
characters and either line ending. For every document:

* each finding's offsets lie in the text, and its text is the source's slice;
* every edit a suggestion offers lies in the text;
* fixing keeps every protected piece exactly, keeps every line break, and is
  idempotent (fixing the result changes nothing).

The example count is bounded (`max_examples=40`, no deadline) so the suite
runs on every build; raise it locally with `--hypothesis-seed` and
`HYPOTHESIS_MAX_EXAMPLES` style profiles when hunting.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lingo import Linter
from lingo.findings import Report

SENTENCES = [
    "We regret to inform you that your voucher was declined by our partner.",
    "Please utilize the portal in order to update your billing details.",
    "Per our policy, accounts are closed after ninety days of silence.",
    "As I already explained, the upgrade cannot be reversed.",
    "Your parcel was delayed by the courier, so it arrives on Friday.",
    "We cannot commence the repair prior to payment.",
    "Thanks so much for your patience!",
    "Obviously, the settings page lists every plan.",
    "Your ticket was closed by an agent this morning.",
    "Going forward, the team will leverage a more robust workflow to facilitate refunds.",
    "Kindly be advised that the aforementioned fee is non-refundable.",
]
ODDITIES = ["naïve café", "🙂", "Zoë’s", "x\u200dy", "“quoted”", "\t", "ｆｕｌｌ"]
# Pieces of Markdown lingo must never rewrite, each holding words its rules would fix.
PROTECTED = [
    "`utilize()`",
    "[the guide](https://example.com/utilize?prior=to)",
    "<!-- utilize this prior to launch -->",
    "{{ utilize_prior_to }}",
    "<https://example.com/commence>",
]
FENCE = "```\nPlease utilize the portal prior to launch.\n```"
FRONT_MATTER = "---\ntitle: Utilize the portal prior to launch\n---\n"

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@st.composite
def paragraphs(draw: st.DrawFn, markup: bool) -> str:
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(SENTENCES),
                st.sampled_from(ODDITIES),
                *([st.sampled_from(PROTECTED)] if markup else []),
            ),
            min_size=1,
            max_size=5,
        )
    )
    words = " ".join(pieces).split(" ")
    # Wrap at random spaces, as an editor or an email client would.
    breaks = draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
    out = words[0]
    for word, wrap in zip(words[1:], breaks):
        out += ("\n" if wrap and len(out) - out.rfind("\n") > 12 else " ") + word
    return out


@st.composite
def documents(draw: st.DrawFn, markup: bool) -> str:
    blocks = draw(st.lists(paragraphs(markup), min_size=1, max_size=4))
    if markup and draw(st.booleans()):
        blocks.insert(draw(st.integers(0, len(blocks))), FENCE)
    text = "\n\n".join(blocks) + "\n"
    if markup and draw(st.booleans()):
        text = FRONT_MATTER + "\n" + text
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text


def assert_offsets(text: str, report: Report) -> None:
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text), finding
        assert text[finding.start : finding.end] == finding.text, finding
        if "\r" not in text:
            assert finding.line == text.count("\n", 0, finding.start) + 1, finding
        for suggestion in finding.suggestions:
            for edit in suggestion.edits:
                assert 0 <= edit.start <= edit.end <= len(text), (finding, edit)


def assert_fix_is_sound(linter: Linter, text: str, path: str, unsafe: bool) -> None:
    fixed, _ = linter.fix(text, unsafe=unsafe, path=path)
    assert fixed.count("\n") == text.count("\n"), "a fix added or removed a line break"
    assert fixed.count("\r\n") == text.count("\r\n")
    for piece in [*PROTECTED, FENCE, FRONT_MATTER]:
        piece_here = piece.replace("\n", "\r\n") if "\r\n" in text else piece
        assert fixed.count(piece_here) == text.count(piece_here), piece
    if text.startswith("---"):
        assert fixed.startswith(text[: text.index("---", 3) + 3])
    again, applied = linter.fix(fixed, unsafe=unsafe, path=path)
    assert again == fixed and applied == [], "fixing is not idempotent"


@FUZZ
@given(text=documents(markup=True), unsafe=st.booleans())
def test_markdown_check_and_fix_hold_their_promises(
    linter: Linter, text: str, unsafe: bool
) -> None:
    assert_offsets(text, linter.check(text, path="page.md"))
    assert_fix_is_sound(linter, text, "page.md", unsafe)


@FUZZ
@given(text=documents(markup=False), unsafe=st.booleans())
def test_plain_text_check_and_fix_hold_their_promises(
    linter: Linter, text: str, unsafe: bool
) -> None:
    assert_offsets(text, linter.check(text, path="reply.txt"))
    assert_fix_is_sound(linter, text, "reply.txt", unsafe)


@FUZZ
@given(text=st.text(max_size=300))
def test_any_text_at_all_gives_valid_offsets(linter: Linter, text: str) -> None:
    text = text.encode("utf-8", "replace").decode("utf-8", "replace")  # no lone surrogates
    report = linter.check(text, path="reply.txt")
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text

"""Property: whatever the markup, every character a segment copies maps back to itself.

Random documents are built from the pieces real files are made of (block
markers, inline markup, entities, template tags, line endings), so the
adapters meet combinations no hand-written fixture has.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lingo.text.markup import Segment, parse_markup
from lingo.text.markup.templates import MASK

PIECES = [
    "We ",
    "cannot ",
    "utilize ",
    "the form",
    ". ",
    ", ",
    "word",
    "Refund",
    " ",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "  ",
    "# ",
    "## ",
    "===",
    "---",
    "> ",
    "- ",
    "* ",
    "1. ",
    "   ",
    "    ",
    "| ",
    " | ",
    "|---|",
    "\\|",
    "```",
    "~~~",
    "`",
    "``",
    "*",
    "**",
    "_",
    "~~",
    "[",
    "]",
    "(",
    ")",
    "![",
    "](https://x.io/a)",
    "<https://x.io>",
    "https://example.com/a_b",
    "&amp;",
    "&nbsp;",
    "&#169;",
    "&bogus;",
    "\\*",
    "\\",
    "<b>",
    "</b>",
    "<code>",
    "</code>",
    "<br>",
    "<div>",
    "</div>",
    "<p>",
    "</p>",
    "<!-- lingo-disable -->",
    "<!--",
    "-->",
    '<img alt="Alt text" src="a.png">',
    "{{ page.title }}",
    "{% if x %}",
    "{% endif %}",
    "{{",
    "}}",
    "{% comment %}",
    "{% endcomment %}",
    '{:target="_blank"}',
    "[!NOTE]",
    "\u00e9",
    "\U0001f600",
    "{count}",
    "{ name }",
    "{",
    "}",
    "%s",
    "%(name)s",
    "{{#if vip}}",
    "{{/if}}",
    "{{{ body }}}",
]

documents = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def assert_copies_map_back(source: str, segments: list[Segment]) -> None:
    for segment in segments:
        assert MASK not in segment.text
        replaced = segment.offsets.replaced
        for i, ch in enumerate(segment.text):
            if any(start <= i < end for start, end, _ in replaced):
                continue
            assert source[segment.offsets.to_source(i)] == ch, (source, segment.text, i)
        for start, end in segment.masked:
            src_start, src_end = segment.offsets.span_to_source(start, end)
            assert 0 <= src_start <= src_end <= len(source)
        if segment.text:
            src_start, src_end = segment.offsets.span_to_source(0, len(segment.text))
            assert 0 <= src_start < src_end <= len(source)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_markdown_segments_map_back(source: str) -> None:
    assert_copies_map_back(source, parse_markup(source, "markdown").segments)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_html_segments_map_back(source: str) -> None:
    assert_copies_map_back(source, parse_markup(source, "html").segments)


@settings(max_examples=200, deadline=None)
@given(documents)
def test_plain_segments_map_back(source: str) -> None:
    """Plain text is kept as written, except that template tags become placeholders."""
    segments = parse_markup(source, "plain").segments
    assert_copies_map_back(source, segments)
    for segment in segments:
        if not segment.offsets.replaced and len(segment.offsets.seg_starts) == 1:
            start = segment.offsets.to_source(0)
            assert source[start : start + len(segment.text)] == segment.text

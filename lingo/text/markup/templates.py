"""Template tags in content repositories: Liquid (Jekyll), Jinja, Handlebars-style `{{ }}`.

They are not prose. Before a Markdown or HTML file is parsed, every tag is
masked: its characters (but not its line breaks) become `MASK`, so the parser
sees one opaque word where the tag was and the block structure of the file
is unchanged, and offsets stay the same. The adapters then turn masked runs
into a placeholder word ("name", for tags that print something) or drop them
(tags that only control the template, such as `{% if %}`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

MASK = "\ue000"  # a private-use character: a letter to the parsers, never in real text

# A tag never spans a blank line: a stray `{{` in a code sample must not swallow prose.
_NO_BLANK_LINE = r"(?:(?!\n[ \t]*\r?\n)[\s\S])"
_BLOCKS = re.compile(
    r"\{%-?\s*(comment|highlight)\b[\s\S]*?\{%-?\s*end\1\s*-?%\}",
)
_TAG = re.compile(r"\{%" + _NO_BLANK_LINE + r"*?%\}|\{\{" + _NO_BLANK_LINE + r"*?\}\}")
# Kramdown attribute lists, as in `[link](url){:target="_blank"}` and `{: .note}`.
_KRAMDOWN_IAL = re.compile(r"\{:[^}\n]*\}")
# GitHub alert markers at the start of a block quote: `> [!NOTE]`.
_GITHUB_ALERT = re.compile(
    r"^[ \t]*(?:>[ \t]?)+(\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION)\])", re.MULTILINE
)
_OUTPUT_TAGS = re.compile(r"\{\{|\{%-?\s*(include|include_relative|render)\b")


@dataclass(frozen=True)
class Masked:
    """Source offsets of one masked tag; `prints` when the reader sees its output."""

    start: int
    end: int
    prints: bool


class TemplateMask:
    """The masked regions of one source, looked up by source offset."""

    def __init__(self, regions: list[Masked]) -> None:
        self.regions = sorted(regions, key=lambda r: r.start)
        self._starts = [r.start for r in self.regions]

    def overlapping(self, start: int, end: int) -> list[Masked]:
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        found = []
        for region in self.regions[i:]:
            if region.start >= end:
                break
            if region.end > start:
                found.append(region)
        return found


def mask_templates(text: str, *, markdown: bool) -> tuple[str, TemplateMask]:
    """The text with template tags masked, and where they were."""
    regions: list[Masked] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or e <= start for s, e in taken)

    for match in _BLOCKS.finditer(text):
        regions.append(Masked(match.start(), match.end(), prints=False))
        taken.append(match.span())
    for match in _TAG.finditer(text):
        if free(*match.span()):
            prints = bool(_OUTPUT_TAGS.match(match.group()))
            regions.append(Masked(match.start(), match.end(), prints=prints))
            taken.append(match.span())
    if markdown:
        for match in _KRAMDOWN_IAL.finditer(text):
            if free(*match.span()):
                regions.append(Masked(match.start(), match.end(), prints=False))
        for match in _GITHUB_ALERT.finditer(text):
            regions.append(Masked(match.start(1), match.end(1), prints=False))
    if not regions:
        return text, TemplateMask([])
    chars = list(text)
    for region in regions:
        for i in range(region.start, region.end):
            if chars[i] not in "\r\n":
                chars[i] = MASK
    return "".join(chars), TemplateMask(regions)

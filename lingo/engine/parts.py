"""A document checked in parts: each stretch on its own, the document-level steps once.

An editor changes one paragraph at a time. What the words of an unchanged
paragraph say does not change, but a few things belong to the whole
document: which use of a term comes first, suppression comments that reach
across paragraphs, findings inside names (bold labels, quoted messages), the
readability figures and the grade. So a `Part` keeps what a stretch of text
says *before* those steps, and `Linter.combine` lays parts at their offsets
in the document and takes the steps once, exactly as `Linter.check` takes
them for the whole text.

The report is the one `Linter.check` gives for the whole text when each part
is a run of whole markup blocks that reads the same on its own (a paragraph,
a heading, a list item: see `lingo/lsp/blocks.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..findings import Edit, Finding, LineIndex, Suggestion
from ..text.markup import Comment

if TYPE_CHECKING:
    from ..pipeline.readability import SentenceCounts


@dataclass(frozen=True)
class Part:
    """What one stretch of a text says on its own.

    Positions are for a document in which the stretch starts at `offset`, on
    line `line`, column `column`: a part fresh from `Linter.check_parts` is its
    own document (offset 0, line 1, column 1); `place` moves it.
    """

    text: str
    findings: tuple[Finding, ...]  # before first uses, configuration and suppressions
    explained: tuple[tuple[str, int], ...]  # term -> where the stretch first explains it
    comments: tuple[Comment, ...]  # for suppression directives
    masked: tuple[tuple[int, int], ...]  # spans of placeholders (code, URLs, template tags)
    counts: tuple[SentenceCounts, ...]  # readability counts of its sentences, in order
    protected: tuple[tuple[int, int], ...] = ()  # spans that name something (bold, quoted)
    blocks: tuple[tuple[int, str], ...] = ()  # (start, kind) of each of its blocks, in order
    prose: tuple[str, ...] = ()  # its blocks' text, for the document's "is it English?"
    offset: int = 0
    line: int = 1
    column: int = 1


def place(part: Part, offset: int, lines: LineIndex) -> Part:
    """The part with its positions in a document (whose lines are `lines`) at `offset`.

    A part already there is returned as it is, so a caller that keeps placed
    parts between versions of a document moves only those an edit moved.
    """
    line, column = lines.position(offset)
    if (offset, line, column) == (part.offset, part.line, part.column):
        return part
    delta = offset - part.offset
    if column == 1 and part.column == 1:
        # A part that starts a line keeps its columns; its lines move together.
        shift = line - part.line
        findings = tuple(
            _copy(
                f,
                start=f.start + delta,
                end=f.end + delta,
                line=f.line + shift,
                end_line=f.end_line + shift,
                suggestions=_moved_suggestions(f.suggestions, delta),
            )
            for f in part.findings
        )
    else:  # it starts inside a line: every position afresh
        findings = tuple(_moved(f, delta, lines) for f in part.findings)
    return replace(
        part,
        findings=findings,
        explained=tuple((key, at + delta) for key, at in part.explained),
        comments=tuple(replace(c, start=c.start + delta, end=c.end + delta) for c in part.comments),
        masked=tuple((start + delta, end + delta) for start, end in part.masked),
        protected=tuple((start + delta, end + delta) for start, end in part.protected),
        blocks=tuple((start + delta, kind) for start, kind in part.blocks),
        offset=offset,
        line=line,
        column=column,
    )


def _moved(finding: Finding, offset: int, lines: LineIndex) -> Finding:
    start, end = finding.start + offset, finding.end + offset
    line, column = lines.position(start)
    end_line, end_column = lines.position(end)
    return _copy(
        finding,
        start=start,
        end=end,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        suggestions=_moved_suggestions(finding.suggestions, offset),
    )


def _copy(finding: Finding, **changes: object) -> Finding:
    """`dataclasses.replace` without re-running the frozen __init__ field by field.

    Combining moves every finding of every part after an edit, on every
    keystroke: this copy takes a third of replace's time. Finding has no
    __post_init__ and no slots, so its __dict__ is all there is to copy.
    """
    moved = object.__new__(Finding)
    fields = moved.__dict__
    fields.update(finding.__dict__)
    fields.update(changes)
    return moved


def _moved_suggestions(suggestions: tuple[Suggestion, ...], offset: int) -> tuple[Suggestion, ...]:
    if not any(s.edits for s in suggestions):
        return suggestions
    return tuple(_moved_suggestion(s, offset) for s in suggestions)


def _moved_suggestion(suggestion: Suggestion, offset: int) -> Suggestion:
    if not suggestion.edits:
        return suggestion
    edits = tuple(Edit(e.start + offset, e.end + offset, e.replacement) for e in suggestion.edits)
    return replace(suggestion, edits=edits)

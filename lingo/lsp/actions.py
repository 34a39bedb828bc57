"""Code actions: lingo's fixes, "disable this rule on this line", "accept this term", fix all.

* every safe fix is a preferred quick fix; an unsafe rewrite is a quick fix
  whose title says to review it;
* "Disable RULE on this line" inserts a suppression comment in the file's own
  syntax (docs/suppressions.md);
* "Accept 'TERM'" runs the server's `lingo.acceptTerm` command, which adds the
  term to the nearest configuration's `accept` list (lingo/lsp/accept.py);
* "Fix all safe problems" (kind `source.fixAll.lingo`) applies what
  `lingo check --fix` would.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from lsprotocol import types

from ..findings import Edit, Finding
from .positions import PositionMap

FIX_ALL_KIND = "source.fixAll.lingo"
FIX_ALL_COMMAND = "lingo.fixAll"
ACCEPT_COMMAND = "lingo.acceptTerm"
FIX_ALL_TITLE = "Fix all safe problems"
# Findings about how a sentence is built, not about a term: nothing to accept.
SENTENCE_CATEGORIES = frozenset({"passive-voice", "readability"})
MAX_TITLE = 70
_PLAIN_DIRECTIVE_AT_END = re.compile(r"(?:#|//)[ \t]*lingo-ignore\b[^\r\n]*$")
_HTML_DIRECTIVE_AT_END = re.compile(r"<!--[ \t]*lingo-disable-line\b[^\n]*?(-->)[ \t]*$")
_CONTAINER_LINE = re.compile(r"^(?:[ \t]|[-*+>|]|\d+[.)])")
_TAG_START = re.compile(r"<[A-Za-z]")


class Document:
    """What the actions need to know about the document they edit."""

    def __init__(self, uri: str, version: int, text: str, syntax: str, positions: PositionMap):
        self.uri = uri
        self.version = version
        self.text = text
        self.syntax = syntax
        self.positions = positions

    def edit(self, edits: Sequence[Edit], versioned: bool = True) -> types.WorkspaceEdit:
        text_edits = [
            types.TextEdit(range=self.positions.range(e.start, e.end), new_text=e.replacement)
            for e in sorted(edits, key=lambda e: (e.start, e.end))
        ]
        if not versioned:
            return types.WorkspaceEdit(changes={self.uri: text_edits})
        identifier = types.OptionalVersionedTextDocumentIdentifier(
            uri=self.uri, version=self.version
        )
        return types.WorkspaceEdit(
            document_changes=[types.TextDocumentEdit(text_document=identifier, edits=text_edits)]
        )


def finding_actions(
    document: Document,
    finding: Finding,
    diagnostic: types.Diagnostic,
    *,
    versioned: bool = True,
) -> list[types.CodeAction]:
    """The quick fixes for one finding, best first."""
    actions = []
    preferred_given = False
    for suggestion in finding.suggestions:
        if not suggestion.is_fix:
            continue
        change = change_summary(document.text, suggestion.edits)
        if suggestion.safety == "safe":
            title = f"Replace {change}"
        else:
            title = f"Rewrite (review first): {change}"
        preferred = suggestion.safety == "safe" and not preferred_given
        preferred_given = preferred_given or preferred
        actions.append(
            types.CodeAction(
                title=title,
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                is_preferred=preferred or None,
                edit=document.edit(suggestion.edits, versioned),
            )
        )
    actions.append(
        types.CodeAction(
            title=f"Disable {finding.rule} on this line",
            kind=types.CodeActionKind.QuickFix,
            diagnostics=[diagnostic],
            edit=document.edit(suppression_edits(document, finding), versioned),
        )
    )
    if finding.entry is not None and finding.category not in SENTENCE_CATEGORIES:
        # a term (a lexicon entry, an acronym): a team may decide it is fine
        term = " ".join(finding.text.split())
        actions.append(
            types.CodeAction(
                title=f"Accept '{_short(term)}' (add it to the configuration's accept list)",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                command=types.Command(
                    title="Accept this term",
                    command=ACCEPT_COMMAND,
                    arguments=[document.uri, term],
                ),
            )
        )
    return actions


def fix_all_action(
    document: Document, fixed_text: str, fixes: int, versioned: bool = True
) -> types.CodeAction:
    """The "fix all safe problems" action with its edit: the smallest line edits."""
    return types.CodeAction(
        title=f"{FIX_ALL_TITLE} ({fixes} fix{'es' if fixes != 1 else ''})",
        kind=FIX_ALL_KIND,
        edit=document.edit(line_edits(document.text, fixed_text), versioned),
    )


def fix_all_offer(document: Document, resolvable: bool) -> types.CodeAction:
    """The "fix all safe problems" action before its edit is worked out (a few checks).

    A client that resolves code actions gets the edit when the writer picks it
    (`codeAction/resolve`); another runs the `lingo.fixAll` command, and the
    server sends the edit with `workspace/applyEdit`.
    """
    if resolvable:
        return types.CodeAction(
            title=FIX_ALL_TITLE, kind=FIX_ALL_KIND, data={"fixAll": document.uri}
        )
    return types.CodeAction(
        title=FIX_ALL_TITLE,
        kind=FIX_ALL_KIND,
        command=types.Command(
            title=FIX_ALL_TITLE, command=FIX_ALL_COMMAND, arguments=[document.uri]
        ),
    )


def fix_all_uri(action: types.CodeAction) -> str | None:
    """The document an unresolved "Fix all" action is for."""
    data = action.data
    uri = data.get("fixAll") if isinstance(data, dict) else None
    return uri if isinstance(uri, str) else None


def line_edits(before: str, after: str) -> list[Edit]:
    """Edits that turn `before` into `after`, one per run of changed lines."""
    old = before.splitlines(keepends=True)
    new = after.splitlines(keepends=True)
    starts = [0]
    for line in old:
        starts.append(starts[-1] + len(line))
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    return [
        Edit(starts[i1], starts[i2], "".join(new[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def suppression_edits(document: Document, finding: Finding) -> list[Edit]:
    """A comment that silences this rule on the finding's line, in the file's syntax.

    Plain text: `# lingo-ignore RULE` at the end of the line. Markdown and
    HTML: `<!-- lingo-disable-next-line RULE -->` on a line of its own when the
    line starts a block, else `<!-- lingo-disable-line RULE -->` at its end
    (a comment line inside a list or paragraph would split it); a line that
    ends inside a tag (an `alt` text) gets the tag wrapped in disable/enable.
    An existing directive at the end of the line gets the rule added to it.
    """
    text, rule = document.text, finding.rule
    start, end = document.positions.line_range(finding.line - 1)
    line = text[start:end]
    if document.syntax == "plain":
        if _PLAIN_DIRECTIVE_AT_END.search(line):
            return [Edit(end, end, f" {rule}")]
        return [Edit(end, end, f"  # lingo-ignore {rule}")]
    existing = _HTML_DIRECTIVE_AT_END.search(line)
    if existing:
        at = start + existing.start(1)
        return [Edit(at, at, f"{rule} ")]
    tag = _open_tag(text, end)
    if tag is not None:
        tag_start, tag_end = tag
        return [
            Edit(tag_start, tag_start, f"<!-- lingo-disable {rule} -->"),
            Edit(tag_end, tag_end, f"<!-- lingo-enable {rule} -->"),
        ]
    previous_blank = start == 0 or not text[text.rfind("\n", 0, start - 1) + 1 : start].strip()
    if previous_blank and not _CONTAINER_LINE.match(line):
        return [Edit(start, start, f"<!-- lingo-disable-next-line {rule} -->\n")]
    return [Edit(end, end, f" <!-- lingo-disable-line {rule} -->")]


def _open_tag(text: str, offset: int) -> tuple[int, int] | None:
    """The tag (start, end) that `offset` falls inside, if it is inside one."""
    opened = text.rfind("<", 0, offset)
    if opened < 0 or text.rfind(">", 0, offset) > opened:
        return None
    if not _TAG_START.match(text, opened):
        return None
    closed = text.find(">", offset)
    return (opened, closed + 1) if closed >= 0 else None


def change_summary(text: str, edits: Sequence[Edit]) -> str:
    """What a fix changes, in a few words: "'utilize' with 'use'", "'was denied by us' with
    'we denied'", "removes 'simply'", "adds 'please'"; the words around it are left out."""
    first = min(edits, key=lambda e: (e.start, e.end))
    old, new = text[first.start : first.end], first.replacement
    head = _common_words(old, new)
    old, new = old[head:], new[head:]
    tail = _common_words(old[::-1], new[::-1])
    old, new = old[: len(old) - tail].strip(), new[: len(new) - tail].strip()
    more = f" (and {len(edits) - 1} more)" if len(edits) > 1 else ""
    if not old:
        return f"adds '{_short(new)}'{more}" if new else f"'{_short(first.replacement)}'{more}"
    if not new:
        return f"removes '{_short(old)}'{more}"
    return f"'{_short(old)}' with '{_short(new)}'{more}"


def _common_words(a: str, b: str) -> int:
    """Length of the common start of two texts, cut back to a whole word."""
    n = 0
    limit = min(len(a), len(b))
    while n < limit and a[n] == b[n]:
        n += 1
    if n == limit and (len(a) == len(b) or not (a[n : n + 1] + b[n : n + 1]).strip(" ")):
        return n
    while n > 0 and not a[n - 1].isspace():
        n -= 1
    return n


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_TITLE else text[: MAX_TITLE - 1] + "\u2026"

"""Apply lingo's fixes: choose edits that do not overlap, apply them, write files safely.

A finding offers its fix through its suggestions: the first suggestion that
is a fix of the requested safety ("safe", or with `unsafe=True` "safe" and
"unsafe") is the one applied. Hints are never applied.

Guarantees:

* edits never overlap: of two that touch the same text the earlier (then the
  longer) wins, and the other waits for the next round;
* every fix keeps its line breaks, and drops no comma, semicolon or colon
  it did not flag (`keeping_shape`); one that cannot is not applied;
* fixing is idempotent: `fix_text` lints again after each round and stops
  only when a round applies nothing, so fixing its result changes nothing;
* edits never touch markup, code, URLs or front matter: the Linter turns an
  edit that would cross non-prose source text into a hint (see
  `lingo.engine.placement.relocate`), so only prose is ever rewritten; and a word between
  backquotes on its line is treated as code even where the markup left it as
  text (inside an HTML block, in plain text);
* files are written as an editor saves them (`lingo.saving`): only when
  unchanged since read and writable by the user, atomically (a temporary file
  in the same folder, then a rename) or, for a file with several hard links,
  in place after a verified backup, with their encoding, byte-order mark,
  line endings, owner, group and mode kept; a file with nothing to fix is not
  written at all.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .findings import Edit, Finding, Report, Suggestion
from .text.sources import Source

if TYPE_CHECKING:
    from .saving import Stamp

# A text whose fixes have not settled after this many rounds is left as the
# last round made it; each round re-lints the whole text.
MAX_ROUNDS = 10

BOM = "\ufeff"


@dataclass(frozen=True)
class Fix:
    """One finding's fix: its edits, in the text the finding was made on."""

    finding: Finding
    suggestion: Suggestion

    @property
    def edits(self) -> tuple[Edit, ...]:
        return self.suggestion.edits

    @property
    def start(self) -> int:
        return min(e.start for e in self.edits)

    @property
    def end(self) -> int:
        return max(e.end for e in self.edits)


@dataclass
class FixResult:
    """What fixing one text did: the new text, the findings fixed, and what remains."""

    original: str
    text: str
    applied: list[Finding] = field(default_factory=list)
    remaining: Report | None = None
    rounds: int = 0
    initial: Report | None = None  # the report of the original text

    @property
    def changed(self) -> bool:
        return self.text != self.original


def fix_for(finding: Finding, *, unsafe: bool = False) -> Suggestion | None:
    """The suggestion `--fix` (or `--fix --unsafe-fixes`) would apply for a finding, if any."""
    wanted = ("safe", "unsafe") if unsafe else ("safe",)
    for suggestion in finding.suggestions:
        if suggestion.is_fix and suggestion.safety in wanted:
            return suggestion
    return None


def _overlap(a: Edit, b: Edit) -> bool:
    """Edits that cannot both be applied: they share text, or insert at the same point."""
    if a.start == a.end or b.start == b.end:
        # An insertion conflicts with an edit that spans its point, or another at the same point.
        if a.start == a.end and b.start == b.end:
            return a.start == b.start
        point, other = (a, b) if a.start == a.end else (b, a)
        return other.start < point.start < other.end
    return a.start < b.end and b.start < a.end


def choose_fixes(
    findings: Iterable[Finding], *, unsafe: bool = False, text: str | None = None
) -> list[Fix]:
    """Fixes to apply together: none overlapping, earlier and then longer ones first.

    With the `text` the findings were made on, each fix is first made to keep
    its line breaks and punctuation (`keeping_shape`); one that cannot is left out.
    """
    candidates = []
    for finding in findings:
        suggestion = fix_for(finding, unsafe=unsafe)
        if suggestion is not None and text is not None:
            suggestion = keeping_shape(text, finding, suggestion)
        if suggestion is not None:
            candidates.append(Fix(finding, suggestion))
    candidates.sort(key=lambda f: (f.start, -(f.end - f.start), f.finding.rule))
    chosen: list[Fix] = []
    taken: list[Edit] = []
    for fix in candidates:
        if any(_overlap(edit, other) for edit in fix.edits for other in taken):
            continue
        if any(_overlap(a, b) for i, a in enumerate(fix.edits) for b in fix.edits[i + 1 :]):
            continue  # a fix that contradicts itself is a bug upstream: never apply it
        chosen.append(fix)
        taken.extend(fix.edits)
    return chosen


_LINE_BREAK = re.compile(r"[ \t]*(?:\r\n|\r|\n)\s*")
_KEPT_PUNCTUATION = ",;:"


def keeping_shape(text: str, finding: Finding, suggestion: Suggestion) -> Suggestion | None:
    """`suggestion` with every edit keeping its line breaks and punctuation, or None.

    A rewrite spanning a wrapped line (an active-voice clause over two lines)
    gets its line breaks back between its words, at about the same place in
    the sentence, so no fix ever joins or splits lines. A rewrite may drop the
    flagged words and the comma right after them ("As I already explained, the
    fee..." -> "The fee..."), but never a comma, semicolon or colon elsewhere:
    such an edit is not applied.
    """
    edits = []
    for edit in suggestion.edits:
        replacement = _with_line_breaks(text[edit.start : edit.end], edit.replacement)
        if replacement is None or _drops_punctuation(text, finding, edit, replacement):
            return None
        edits.append(Edit(edit.start, edit.end, replacement))
    if all(a.replacement == b.replacement for a, b in zip(edits, suggestion.edits)):
        return suggestion
    return Suggestion(text=suggestion.text, safety=suggestion.safety, edits=tuple(edits))


def _with_line_breaks(old: str, new: str) -> str | None:
    """`new` with the line breaks of `old` put back between its words; None if they cannot be."""
    breaks = list(_LINE_BREAK.finditer(old))
    if len(_LINE_BREAK.findall(new)) == len(breaks):
        return new
    if _LINE_BREAK.search(new):
        return None  # some kept, some not: no safe way to tell which
    lead = trail = ""
    if breaks and breaks[0].start() == 0:
        lead = breaks.pop(0).group()
        new = new.lstrip()
    if breaks and breaks[-1].end() == len(old):
        trail = breaks.pop().group()
        new = new.rstrip()
    words = new.split(" ")
    total = max(1, len(old.split()))
    places: list[int] = []
    for found in breaks:
        before = len(old[: found.start()].split())
        place = min(max(round(before * len(words) / total), 1), len(words) - 1)
        if places and place <= places[-1]:
            place = places[-1] + 1
        if place > len(words) - 1:
            return None  # more line breaks than gaps between the new words
        places.append(place)
    pieces = []
    for index, word in enumerate(words):
        if index:
            gap = [found.group() for found, at in zip(breaks, places) if at == index]
            pieces.append(gap[0] if gap else " ")
        pieces.append(word)
    return lead + "".join(pieces) + trail


def _drops_lead_in(old: str, new: str) -> bool:
    """Whether `new` is `old` without an opening phrase that a comma closes, and nothing else.

    "As outlined in our Terms and Conditions, all requests must ..." -> "All requests must
    ...": the flagged words ("As outlined in our Terms") run on to the comma, and the rest is
    kept word for word (its first letter capitalised). A lead-in with a comma of its own
    inside is not taken for one.
    """
    if not new or len(new) >= len(old):
        return False
    kept = old[len(old) - len(new) :]
    if kept[1:] != new[1:] or kept[:1].lower() != new[:1].lower():
        return False
    dropped = old[: len(old) - len(new)].rstrip()
    return dropped.endswith(",") and not any(mark in dropped[:-1] for mark in _KEPT_PUNCTUATION)


def _drops_punctuation(text: str, finding: Finding, edit: Edit, new: str) -> bool:
    """Whether `new` loses a comma, semicolon or colon of the edited text that was not flagged."""
    if finding.start <= edit.start < finding.end and _drops_lead_in(
        text[edit.start : edit.end], new
    ):
        return False
    start, end = max(edit.start, finding.start), min(edit.end, finding.end)
    outside = (
        text[edit.start : start] + text[end : edit.end]
        if start < end
        else (text[edit.start : edit.end])
    )
    if start < end:  # the punctuation right after the flagged words goes with them
        after = text[end : edit.end].lstrip()
        if after[:1] in tuple(_KEPT_PUNCTUATION):
            outside = outside.replace(after[0], "", 1)
    return any(outside.count(mark) > new.count(mark) for mark in _KEPT_PUNCTUATION)


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """`text` with non-overlapping edits applied (offsets are into `text`)."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    for a, b in zip(ordered, ordered[1:]):
        if _overlap(a, b):
            raise ValueError(f"overlapping edits: {a} and {b}")
    for edit in ordered:
        if not 0 <= edit.start <= edit.end <= len(text):
            raise ValueError(f"edit outside the text: {edit}")
    parts = []
    position = 0
    for edit in ordered:
        parts.append(text[position : edit.start])
        parts.append(edit.replacement)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


def in_code_quotes(text: str, edit: Edit) -> bool:
    """True when an edit falls between backquotes on its line (`code` the markup left as text).

    Markdown's code spans are never prose, but backquotes inside an HTML block,
    or in plain text, reach lingo as ordinary characters: a word between them is
    still code to the reader.
    """
    line_start = text.rfind("\n", 0, edit.start) + 1
    line_end = text.find("\n", edit.end)
    line_end = len(text) if line_end == -1 else line_end
    before = text[line_start : edit.start].count("`")
    after = text[edit.end : line_end].count("`")
    return before % 2 == 1 and after >= 1


def fix_text(check: Callable[[str], Report], text: str, *, unsafe: bool = False) -> FixResult:
    """Lint, apply the chosen fixes, and repeat until a round has nothing left to apply.

    `check` lints a text (a Linter's `check` with the file's path and
    settings). The result's `remaining` is the report of the final text.
    """
    result = FixResult(original=text, text=text)
    report = check(text)
    result.initial = report
    seen = {text}
    while result.rounds < MAX_ROUNDS:
        fixes = [
            f
            for f in choose_fixes(report.findings, unsafe=unsafe, text=result.text)
            if not any(in_code_quotes(result.text, e) for e in f.edits)
        ]
        if not fixes:
            break
        new_text = apply_edits(result.text, [e for f in fixes for e in f.edits])
        if new_text in seen:
            break  # the fixes undo each other; stop before going round in circles
        seen.add(new_text)
        result.applied.extend(f.finding for f in fixes)
        result.text = new_text
        result.rounds += 1
        report = check(new_text)
    result.remaining = report
    return result


# -- files ---------------------------------------------------------------------------------


def encode(source: Source, text: str) -> bytes:
    """The bytes to write for `text`, stored as `source` was: its encoding, its BOM if it had one.

    A source read from UTF-16 (which always has a BOM) says so in its
    `encoding`; one without that field is UTF-8. Line endings are part of the
    text: lingo decodes without translating them, and fixes never add or
    remove line breaks, so CRLF stays CRLF.
    """
    encoding = getattr(source, "encoding", "utf-8")
    return ((BOM if source.bom else "") + text).encode(encoding)


def write_source(
    source: Source, text: str, *, follow_symlinks: bool = False, stamp: Stamp | None = None
) -> bool:
    """Write `text` over the file `source` came from, as an editor saves; False when unchanged.

    A symbolic link is written through (the file it points to is rewritten,
    the link stays a link) only with `follow_symlinks`: without that consent
    lingo never writes a file it reached through a link. Only a regular file
    is replaced, only when the user may write it, and only when it is
    unchanged since it was read: `stamp` is how it was read (see
    `saving.read_fixable`); without one, the file must still hold
    `source.text`. Owner, group and mode are kept; see `lingo.saving`.
    """
    from .saving import Stamp as _Stamp
    from .saving import replace_file

    if text == source.text:
        return False
    if os.path.islink(source.path):
        if not follow_symlinks:
            raise InputError(
                f"{source.path}: is a symbolic link; not fixed (lingo writes the file a link "
                "points to only with --follow-symlinks)"
            )
        target = Path(os.path.realpath(source.path))
    else:
        target = Path(source.path)
    if stamp is None:
        try:
            info = os.stat(target)
        except OSError as exc:
            raise InputError(f"{source.path}: cannot write ({exc.strerror or exc})") from None
        stamp = _Stamp.of(info, encode(source, source.text))
    replace_file(source.path, target, encode(source, text), stamp)
    return True


def unified_diff(name: str, before: str, after: str) -> str:
    """A unified diff of a fix, as `--diff` prints it ("" when nothing changes)."""
    import difflib

    if before == after:
        return ""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{name.lstrip('/')}",
        tofile=f"b/{name.lstrip('/')}",
    )
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)

"""Suppression comments: where a writer decided a finding is fine, lingo stays quiet.

Markdown and HTML take HTML comments; plain text takes a line-comment form
(`# lingo-ignore` or `// lingo-ignore`), since it has no comment syntax of its own:

    <!-- lingo-disable say-no/refusal jargon -->   ...   <!-- lingo-enable -->
    <!-- lingo-disable-next-line passive-voice -->
    We cannot refund gift cards. <!-- lingo-disable-line say-no -->
    We cannot refund gift cards.  # lingo-ignore say-no/refusal

Each directive takes rule ids (`say-no/refusal`), categories (`say-no`) or
`rule:entry` ids, separated by spaces or commas; none means every rule.
Directives are read from the comments the markup adapter found, so a
directive shown inside a code block is an example, not a directive.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace

from ..config import selects
from ..findings import Finding, LineIndex, Report, Suggestion, UnusedSuppression
from .markup import Comment

_DIRECTIVE = re.compile(
    r"^\s*lingo-(disable-next-line|disable-line|disable|enable|ignore)(?![\w-])[\s:]*(.*?)\s*$",
    re.IGNORECASE | re.DOTALL,
)
_SEPARATORS = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class Directive:
    """One suppression comment, read."""

    kind: str  # disable, enable, disable-line, disable-next-line, ignore
    selectors: tuple[str, ...]  # empty: every rule
    start: int
    end: int
    line: int  # where the comment starts
    column: int
    end_line: int  # where it ends
    own_line: bool

    @property
    def name(self) -> str:
        return f"lingo-{self.kind}"

    def lines(self) -> range | None:
        """The lines a line-scoped directive covers; None for disable/enable."""
        if self.kind == "disable-line" or (self.kind == "ignore" and not self.own_line):
            return range(self.line, self.end_line + 1)
        if self.kind in ("disable-next-line", "ignore"):
            return range(self.end_line + 1, self.end_line + 2)
        return None


def read_directives(comments: Iterable[Comment], lines: LineIndex) -> list[Directive]:
    """The suppression directives among a source's comments, in source order."""
    directives = []
    for comment in comments:
        match = _DIRECTIVE.match(comment.body)
        if match is None:
            continue
        line, column = lines.position(comment.start)
        end_line, _ = lines.position(max(comment.end - 1, comment.start))
        selectors = tuple(s for s in _SEPARATORS.split(match.group(2)) if s)
        directives.append(
            Directive(
                match.group(1).lower(),
                selectors,
                comment.start,
                comment.end,
                line,
                column,
                end_line,
                comment.own_line,
            )
        )
    directives.sort(key=lambda d: d.start)
    return directives


class _Usage:
    """Which (directive, selector) pairs silenced something."""

    def __init__(self) -> None:
        self.used: set[tuple[int, str | None]] = set()

    def mark(self, directive: Directive, selector: str | None) -> None:
        self.used.add((directive.start, selector))


def apply_suppressions(
    findings: Sequence[Finding],
    comments: Iterable[Comment],
    lines: LineIndex,
    known: Collection[str] | None = None,
) -> tuple[list[Finding], list[UnusedSuppression]]:
    """The findings no directive silences, and the directives that silenced nothing.

    `known` (rule ids and categories) lets a misspelt rule in a directive be
    reported as unknown, with a "did you mean".
    """
    directives = read_directives(comments, lines)
    if not directives:
        return list(findings), []
    usage = _Usage()
    ranged = [d for d in directives if d.lines() is None]
    by_line: dict[int, list[Directive]] = {}  # line -> the directives that cover it
    for directive in directives:
        covered = directive.lines()
        for line in covered or ():
            by_line.setdefault(line, []).append(directive)
    # One sweep through the findings in source order replays disable/enable once:
    # linear in findings and directives together (issue 17), not their product.
    silenced = [False] * len(findings)
    state = _RangeState()
    next_directive = 0
    for i in sorted(range(len(findings)), key=lambda i: findings[i].start):
        finding = findings[i]
        while next_directive < len(ranged) and ranged[next_directive].end <= finding.start:
            state.replay(ranged[next_directive])
            next_directive += 1
        on_line = _line_silences(finding, by_line.get(finding.line, ()), usage)
        silenced[i] = state.silences(finding, usage) or on_line
    kept = [f for f, quiet in zip(findings, silenced) if not quiet]
    return kept, _unused(directives, usage, known)


def _line_silences(finding: Finding, scoped: Iterable[Directive], usage: _Usage) -> bool:
    silenced = False
    for directive in scoped:
        for selector in directive.selectors or (None,):
            if selector is None or selects(selector, finding):
                usage.mark(directive, selector)
                silenced = True
    return silenced


class _RangeState:
    """What the disable/enable directives read so far leave disabled."""

    def __init__(self) -> None:
        self.everything: Directive | None = None
        self.exceptions: set[str] = set()  # re-enabled inside a disable-everything range
        self.disabled: dict[str, Directive] = {}

    def replay(self, directive: Directive) -> None:
        if directive.kind == "disable":
            if directive.selectors:
                for selector in directive.selectors:
                    self.disabled[selector] = directive
                    self.exceptions.discard(selector)
            else:
                self.everything, self.exceptions, self.disabled = directive, set(), {}
        elif directive.selectors:  # enable some
            for selector in directive.selectors:
                self.disabled.pop(selector, None)
                if self.everything is not None:
                    self.exceptions.add(selector)
        else:  # enable all
            self.everything, self.exceptions, self.disabled = None, set(), {}

    def silences(self, finding: Finding, usage: _Usage) -> bool:
        silenced = False
        for selector, directive in self.disabled.items():
            if selects(selector, finding):
                usage.mark(directive, selector)
                silenced = True
        if self.everything is not None and not any(selects(s, finding) for s in self.exceptions):
            usage.mark(self.everything, None)
            silenced = True
        return silenced


def _unused(
    directives: list[Directive], usage: _Usage, known: Collection[str] | None
) -> list[UnusedSuppression]:
    unused = []
    for directive in directives:
        if directive.kind == "enable":
            continue
        for selector in directive.selectors or (None,):
            if (directive.start, selector) in usage.used:
                continue
            reason, message = "unused", _unused_message(directive, selector)
            if selector is not None and known is not None and not _is_known(selector, known):
                close = difflib.get_close_matches(selector.split(":")[0], sorted(known), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else " (see `lingo rules`)"
                reason = "unknown"
                message = (
                    f"{directive.name} names {selector!r}, which is no rule or category{hint}."
                )
            unused.append(
                UnusedSuppression(
                    directive.name,
                    selector,
                    reason,
                    message,
                    directive.start,
                    directive.end,
                    directive.line,
                    directive.column,
                )
            )
    return unused


def _unused_message(directive: Directive, selector: str | None) -> str:
    what = f"{selector!r}" if selector else "every rule"
    return f"Unused suppression: {directive.name} for {what} silences nothing; remove it."


def _is_known(selector: str, known: Collection[str]) -> bool:
    rule = selector.split(":", 1)[0]
    return rule in known or any(k.startswith(rule + "/") for k in known)


def with_unused_reported(report: Report) -> Report:
    """The report with each unused suppression added as an `unused-suppression` finding."""
    if not report.unused_suppressions:
        return report
    from ..lexicon.rules import UNUSED_SUPPRESSION

    lines = LineIndex(report.text)
    added = []
    for unused in report.unused_suppressions:
        end_line, end_column = lines.position(unused.end)
        added.append(
            Finding(
                rule=UNUSED_SUPPRESSION.id,
                category=UNUSED_SUPPRESSION.category,
                severity=UNUSED_SUPPRESSION.severity,
                message=unused.message,
                start=unused.start,
                end=unused.end,
                line=unused.line,
                column=unused.column,
                end_line=end_line,
                end_column=end_column,
                text=report.text[unused.start : unused.end],
                suggestions=(Suggestion(_advice(unused), "hint"),),
            )
        )
    findings = sorted([*report.findings, *added], key=lambda f: (f.start, f.end, f.rule))
    return replace(report, findings=tuple(findings))


def _advice(unused: UnusedSuppression) -> str:
    if unused.reason == "unknown":
        return "Fix the rule id, or remove it from the comment."
    if unused.selector is None:
        return "Remove the comment."
    return f"Remove {unused.selector!r} from the comment."

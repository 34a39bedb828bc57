"""`path:line:col: severity rule  message (suggestion)`, one line per finding, then a summary.

The severity is a word on every line, so the output reads the same without
colour (`--color never`, `NO_COLOR`, a log file). The suggestion says what
kind it is: `fix:` (safe, applied by `--fix`), `unsafe fix:` (applied only
with `--unsafe-fixes`, after a human reads it) or `hint:` (advice).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import click

from ..findings import Finding, Report, Severity, Suggestion
from ..profiles import PROFILE_FOR_KIND, PROFILES, get_profile
from .names import shown

SEVERITY_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
MAX_SUGGESTION = 120
SAFETY_LABELS = {"safe": "fix", "unsafe": "unsafe fix", "hint": "hint"}


def shown_suggestion(finding: Finding) -> Suggestion | None:
    """The suggestion worth showing first: the safe fix, else the unsafe one, else the first."""
    from ..fix import fix_for

    fix = fix_for(finding) or fix_for(finding, unsafe=True)
    first = fix or next(iter(finding.suggestions), None)
    if first is not None and _repeats_message(finding, first):
        return None
    return first


def _repeats_message(finding: Finding, suggestion: Suggestion) -> bool:
    """A hint that is a sentence the message already says ("'drive conversions' is business
    talk; say what will change, and for whom." + "Say what will change, and for whom."):
    shown twice it reads as a stutter. A hint of other words ("for example") is kept: it
    is the words to use, quoted."""
    if suggestion.is_fix or suggestion.safety != "hint" or _bare_words(suggestion.text):
        return False
    said = " ".join(suggestion.text.split()).rstrip(".!").lower()
    return len(said.split()) >= 2 and said in " ".join(finding.message.split()).lower()


def replaced_words(finding: Finding, suggestion: Suggestion, source: str) -> str | None:
    """The words a fix replaces, when they are more than the flagged ones, else None.

    "reach out" -> "contact" also takes the "to" after it ("reach out to us" ->
    "contact us"): shown as `"reach out to" -> "contact"`, the reader would
    otherwise picture "contact to us". Only for a one-edit word swap, not a rewrite.
    """
    if not source or not suggestion.is_fix or len(suggestion.edits) != 1:
        return None
    (edit,) = suggestion.edits
    if (edit.start, edit.end) == (finding.start, finding.end):
        return None
    old = source[edit.start : edit.end]
    if not old.strip() or len(old.split()) > len(finding.text.split()) + 2:
        return None
    return _one_line(old)


def suggestion_label(
    suggestion: Suggestion, limit: int | None = MAX_SUGGESTION, replaces: str | None = None
) -> str:
    """`fix: "use"`, `unsafe fix: "..."` or `hint: ...` (fixes quoted: they are the new words).

    A suggestion longer than `limit` is cut at a word, not inside one ("a…"
    read like a typo), and says where to read it whole. `replaces` names the
    words a fix takes when they are more than the flagged ones.
    """
    text = _one_line(suggestion.text)
    if limit is not None and len(text) > limit:
        cut = text[: limit - 1]
        cut = cut.rsplit(" ", 1)[0] if " " in cut else cut
        text = cut.rstrip(" ,;:") + " \u2026 (--format full shows it all)"
    if suggestion.safety == "hint" or not suggestion.is_fix:
        return f'hint: "{text}"' if _bare_words(text) else f"hint: {text}"
    if replaces:
        return f'{SAFETY_LABELS[suggestion.safety]}: "{replaces}" \u2192 "{text}"'
    return f'{SAFETY_LABELS[suggestion.safety]}: "{text}"'


def _bare_words(text: str) -> bool:
    """A hint that is just other words to use ("from now on", "Extra"): quoted like a fix,
    so it does not read as a broken sentence ("hint: Extra")."""
    return (
        0 < len(text.split()) <= 4
        and not any(ch in text for ch in "\"'\u2018\u2019\u201c\u201d[]:;,()")
        and not text.endswith((".", "!", "?", "\u2026"))
        and text[:1].isalpha()
    )


def suggestion_text(finding: Finding, source: str = "") -> str:
    """The suggestion shown after the message, in parentheses, or nothing."""
    suggestion = shown_suggestion(finding)
    if suggestion is None:
        return ""
    replaces = replaced_words(finding, suggestion, source)
    return f" ({suggestion_label(suggestion, replaces=replaces)})"


def severity_word(severity: Severity) -> str:
    return click.style(severity.value, fg=SEVERITY_COLOURS[severity], bold=True)


def heading(path: str, finding: Finding) -> str:
    """`path:line:col: severity rule`: where, how much it matters, and which rule."""
    location = click.style(f"{shown(path)}:{finding.line}:{finding.column}:", bold=True)
    rule = click.style(finding.qualified_id, fg=SEVERITY_COLOURS[finding.severity])
    return f"{location} {severity_word(finding.severity)} {rule}"


def finding_line(path: str, finding: Finding, source: str = "") -> str:
    message = _one_line(finding.message)
    return f"{heading(path, finding)}  {message}{suggestion_text(finding, source)}"


def _one_line(text: str) -> str:
    """Line breaks and space runs as one space: a finding or rewrite may span wrapped lines."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Hidden:
    """Findings left out of the output, and why (told in the summary line)."""

    baseline: int = 0  # already in the baseline file
    unchanged: int = 0  # on lines the diff base did not change
    below: int = 0  # below --min-severity
    unchanged_files: int = 0  # files with no changed line, not linted

    def __add__(self, other: Hidden) -> Hidden:
        return Hidden(
            self.baseline + other.baseline,
            self.unchanged + other.unchanged,
            self.below + other.below,
            self.unchanged_files + other.unchanged_files,
        )

    def notes(self) -> list[str]:
        notes = []
        if self.baseline:
            notes.append(f"{self.baseline:,} in the baseline")
        if self.unchanged:
            notes.append(f"{self.unchanged:,} on unchanged lines")
        if self.below:
            notes.append(f"{self.below:,} below --min-severity")
        if self.unchanged_files:
            files = "file" if self.unchanged_files == 1 else "files"
            notes.append(f"{self.unchanged_files:,} unchanged {files} not linted")
        return notes


def summary_line(reports: Iterable[Report], errors: int = 0, hidden: Hidden | None = None) -> str:
    reports = list(reports)
    counts = Counter(f.severity for r in reports for f in r.findings)
    total = sum(counts.values())
    from ..fix import fix_for

    fixable = sum(1 for r in reports for f in r.findings if fix_for(f) is not None)
    unsafe = (
        sum(1 for r in reports for f in r.findings if fix_for(f, unsafe=True) is not None) - fixable
    )
    files = f"{len(reports):,} file{'s' if len(reports) != 1 else ''}"
    foreign = sum(1 for r in reports if r.language is not None)
    # checked, but not linted: say so, or "All clear" would claim too much
    foreign_note = f" ({foreign:,} not in English, not linted)" if foreign else ""
    # errors: files (or configurations) that could not be checked, each named above
    unreadable = f", {errors} not checked (see above)" if errors else ""
    notes = hidden.notes() if hidden is not None else []
    not_shown = _pages_note(reports) + (f" Not shown: {', '.join(notes)}." if notes else "")
    if not total and errors:
        return f"No findings in {files} checked{foreign_note}{unreadable}.{not_shown}"
    if not total:
        what = "nothing new to fix" if notes else "nothing to fix"
        return (
            click.style(f"All clear: {files} checked{foreign_note}, {what}.", fg="green")
            + not_shown
        )
    parts = [
        f"{counts[s]:,} {s.value}{'s' if counts[s] != 1 and s is not Severity.INFO else ''}"
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if counts[s]
    ]
    line = (
        f"{total:,} finding{'s' if total != 1 else ''} ({', '.join(parts)}) "
        f"in {files}{foreign_note}{unreadable}."
    )
    if fixable:
        line += f" {fixable:,} can be fixed automatically with --fix"
        line += f" ({unsafe:,} more with --unsafe-fixes)." if unsafe else "."
    elif unsafe:
        line += f" {unsafe:,} can be rewritten with --fix --unsafe-fixes (review them first)."
    return line + not_shown


def render(reports: Iterable[Report]) -> Iterable[str]:
    for report in reports:
        for finding in report.findings:
            yield finding_line(report.path or "<stdin>", finding, report.text)


# -- --statistics --------------------------------------------------------------------


@dataclass(frozen=True)
class RuleCount:
    """How often one rule was found at one severity, and how many of those carry a fix."""

    rule: str
    severity: Severity
    count: int
    safe_fixes: int
    unsafe_fixes: int

    def to_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "count": self.count,
            "safe_fixes": self.safe_fixes,
            "unsafe_fixes": self.unsafe_fixes,
        }


def statistics(reports: Iterable[Report]) -> list[RuleCount]:
    """Counts per rule and severity, most frequent first."""
    from ..fix import fix_for

    counts: Counter[tuple[str, Severity]] = Counter()
    safe: Counter[tuple[str, Severity]] = Counter()
    unsafe: Counter[tuple[str, Severity]] = Counter()
    for report in reports:
        for finding in report.findings:
            key = (finding.rule, finding.severity)
            counts[key] += 1
            if fix_for(finding) is not None:
                safe[key] += 1
            elif fix_for(finding, unsafe=True) is not None:
                unsafe[key] += 1
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0][0], -item[0][1].rank))
    return [
        RuleCount(rule, sev, n, safe[(rule, sev)], unsafe[(rule, sev)])
        for (rule, sev), n in ordered
    ]


def statistics_lines(rows: Sequence[RuleCount]) -> list[str]:
    """A table: count, rule, severity, and how many `--fix` (or `--unsafe-fixes`) can fix."""
    if not rows:
        return []
    width = max(len("RULE"), *(len(r.rule) for r in rows))
    count_width = max(len("COUNT"), *(len(f"{r.count:,}") for r in rows))
    lines = [f"{'COUNT':>{count_width}}  {'RULE':<{width}}  {'SEVERITY':<8}  FIXABLE"]
    for row in rows:
        fixable = []
        if row.safe_fixes:
            fixable.append(f"{row.safe_fixes:,} with --fix")
        if row.unsafe_fixes:
            fixable.append(f"{row.unsafe_fixes:,} with --unsafe-fixes")
        severity = click.style(f"{row.severity.value:<8}", fg=SEVERITY_COLOURS[row.severity])
        lines.append(
            f"{row.count:>{count_width},}  {row.rule:<{width}}  {severity}  "
            f"{', '.join(fixable) or '-'}"
        )
    return lines


def _pages_note(reports: list[Report]) -> str:
    """Say how lingo read the files whose profile it chose itself (lingo/text/kind.py).

    A help page and a message to one customer are read with different profiles, so a
    run that chose says which, for both kinds: a marketer whose campaign email was read
    as a reply should be able to tell, and to see how to choose.
    """
    page, message = PROFILE_FOR_KIND["page"], PROFILE_FOR_KIND["message"]
    pages = sum(1 for r in reports if r.profile == page)
    messages = sum(1 for r in reports if r.profile == message)
    if not pages and not messages:
        return ""
    leaves_out = get_profile(page).leaves_out
    as_pages = f"(profile {page}{': ' + leaves_out if leaves_out else ''})"
    as_messages = f"(profile {message}: every rule)"
    if len(reports) == 1:
        which = (
            f"as a help page {as_pages}" if pages else f"as a message to one customer {as_messages}"
        )
    elif not messages and pages == len(reports):
        which = "both files" if pages == 2 else f"all {pages:,} files"
        which += f" as help pages {as_pages}"
    elif not pages and messages == len(reports):
        which = "both files" if messages == 2 else f"all {messages:,} files"
        which += f" as messages to one customer {as_messages}"
    else:
        parts = []
        if pages:
            parts.append(f"{pages:,} of {len(reports):,} files as help pages {as_pages}")
        if messages:
            noun = "a message" if messages == 1 else "messages"
            parts.append(
                f"{messages:,}{'' if pages else f' of {len(reports):,} files'} as {noun} "
                f"to one customer {as_messages}"
            )
        which = " and ".join(parts)
    return (
        f" Read {which}; choose another ({', '.join(PROFILES)}) with --profile or `profile:`"
        " in lingo.yaml."
    )

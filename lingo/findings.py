"""Values that flow out of lingo: findings, suggestions, edits and reports.

Every position is a 0-based character offset into the original text, fixed at
the moment the finding is made; line and column are derived once from those.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Any, Literal

Safety = Literal["safe", "unsafe", "hint"]


class Severity(str, Enum):
    """How much a finding matters; `--fail-on` compares against this order."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls(value.lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (use one of: {names})") from None


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with `replacement`."""

    start: int
    end: int
    replacement: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "replacement": self.replacement}


@dataclass(frozen=True)
class Suggestion:
    """One proposed improvement.

    `safety` is "safe" (a drop-in replacement with the same meaning, applied by
    `--fix`), "unsafe" (a replacement that needs a human's eye, applied only with
    `--unsafe-fixes`) or "hint" (advice for a human; `edits` is empty).
    """

    text: str
    safety: Safety = "hint"
    edits: tuple[Edit, ...] = ()

    @property
    def is_fix(self) -> bool:
        return self.safety != "hint" and bool(self.edits)


@dataclass(frozen=True)
class Finding:
    """Something a customer would stumble on, with where it is and what to write instead."""

    rule: str
    category: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    suggestions: tuple[Suggestion, ...] = ()
    entry: str | None = None

    @property
    def qualified_id(self) -> str:
        """`rule:entry` for lexicon findings, the rule id otherwise."""
        return f"{self.rule}:{self.entry}" if self.entry else self.rule

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "entry": self.entry,
            "category": self.category,
            "severity": self.severity.value,
            "message": self.message,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "suggestions": [s.text for s in self.suggestions],
            "suggestion_details": [
                {"text": s.text, "safety": s.safety, "edits": [e.to_dict() for e in s.edits]}
                for s in self.suggestions
            ],
        }


@dataclass(frozen=True)
class Readability:
    """Document readability figures (textstat formulas over lingo's own sentences)."""

    words: int
    sentences: int
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    smog_index: float
    coleman_liau_index: float
    automated_readability_index: float
    dale_chall_score: float
    target_grade: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class UnusedSuppression:
    """A suppression comment (or one rule in it) that silenced no finding.

    `reason` is "unused", or "unknown" when the rule id or category does not
    exist (a typo silences nothing).
    """

    directive: str  # e.g. "lingo-disable-next-line"
    selector: str | None  # the rule id or category; None for "all rules"
    reason: str
    message: str
    start: int
    end: int
    line: int
    column: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Report:
    """What lingo says about one text.

    `grade` (A-F) and `score` (0-100) are None for a text with nothing to
    grade: no prose at all (an empty file, a page of code), or text that is
    not English (`language` says what lingo found instead; such a text gets
    no findings either, since lingo's rules are for English).
    """

    findings: tuple[Finding, ...]
    readability: Readability
    grade: str | None
    score: float | None
    path: str | None = None
    text: str = field(default="", repr=False, compare=False)
    # Suppression comments that silenced nothing (reported with --report-unused-suppressions).
    unused_suppressions: tuple[UnusedSuppression, ...] = ()
    # Set when the text is not English: a language tag ("fr"), a script ("Cyrillic") or
    # "unknown"; `language_note` says how lingo knows.
    language: str | None = None
    language_note: str | None = None
    # The profile lingo chose for this text from what it looks like (lingo/text/kind.py),
    # when the settings name none: "help-article" for a page, "support-reply" for a message.
    profile: str | None = None

    def worst(self) -> Severity | None:
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "grade": self.grade,
            "score": self.score,
            "language": self.language,
            "profile": self.profile,
            "readability": self.readability.to_dict(),
            "findings": [f.to_dict() for f in self.findings],
        }


_LINE_END = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Turns character offsets into 1-based line and column numbers in one text."""

    def __init__(self, text: str) -> None:
        self._starts = [0]
        if "\r" not in text:
            find = text.find
            at = find("\n")
            while at != -1:
                self._starts.append(at + 1)
                at = find("\n", at + 1)
        else:  # CRLF is one line end, and a bare CR (old Mac files) is one too
            self._starts.extend(m.end() for m in _LINE_END.finditer(text))

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

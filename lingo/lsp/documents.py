"""The open documents: their versions, their last check, and the checks waiting to run.

Checks run in one worker thread (spaCy's pipeline is used by one thread at a
time); the message loop only takes notes and schedules. A document's check
waits out a burst of keystrokes (the debounce), a check for a version that a
newer one has replaced is skipped or stopped between blocks, and its result
is never published.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lsprotocol import types

from ..findings import Finding, Report
from ..text.sources import BINARY_SNIFF
from .positions import PositionMap

if TYPE_CHECKING:
    from .incremental import IncrementalChecker


@dataclass(frozen=True)
class Checked:
    """One version of a document and what lingo said about it."""

    version: int
    text: str
    report: Report
    positions: PositionMap
    diagnostics: tuple[types.Diagnostic, ...]
    checked_blocks: int  # blocks checked anew; the others' findings were reused


@dataclass(frozen=True)
class Unchecked:
    """A version lingo could not check, and why (one line)."""

    version: int
    problem: str


@dataclass
class OpenDocument:
    uri: str
    path: str | None  # None for a document with no file (untitled)
    syntax: str
    version: int
    checker: IncrementalChecker | None = None  # touched by the worker thread only
    # Diagnostics made in the worker for the last check, by finding (id, to reuse them).
    made: dict[int, tuple[Finding, types.Diagnostic]] = field(default_factory=dict)
    checked: Checked | None = None
    shown_problem: str | None = None  # the last problem shown to the writer
    task: asyncio.Task[None] | None = None
    task_version: int = 0  # the version the task checks
    waiting_out: bool = False  # the task is in its debounce
    card: str | None = None  # the report card's line as last shown
    waiters: list[asyncio.Future[Checked | Unchecked]] = field(default_factory=list)
    closed: bool = False

    @property
    def name(self) -> str:
        return self.path or self.uri

    def is_current(self, version: int) -> bool:
        return not self.closed and self.version == version


def text_problem(text: str, name: str) -> str | None:
    """Why a text cannot be checked, as the command line says it; None when it can."""
    if "\x00" in text[:BINARY_SNIFF]:
        return f"{name}: binary file, not text"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: not text any editor should send
        return f"{name}: not valid Unicode text (character {exc.start})"
    return None

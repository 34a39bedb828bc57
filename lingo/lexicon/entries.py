"""What a lexicon holds: one rule (a file), its entries and the sources they cite.

Plain frozen dataclasses, built by lingo/lexicon/schema.py from a file's YAML and read by the
pipeline, the rulebook and the report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..findings import Severity

Pattern = tuple[Mapping[str, Any], ...]


@dataclass(frozen=True)
class Entry:
    """One term or phrasing a rule flags, with its replacements and examples."""

    id: str
    message: str
    suggestions: tuple[str, ...]
    fix: str
    severity: Severity
    why: str
    phrases: tuple[str, ...] = ()
    pos: tuple[str, ...] = ()
    patterns: tuple[Pattern, ...] = ()
    unless: tuple[Pattern, ...] = ()
    rewrite: tuple[
        str, ...
    ] = ()  # sentence templates, most specific first (lingo/suggest/templates.py)
    bad_examples: tuple[str, ...] = ()
    good_examples: tuple[str, ...] = ()
    # Off unless a configuration turns it on (`enable`): right in some copy, noise in most.
    opt_in: bool = False
    needs: tuple[str, ...] = ()  # conditions the match must meet in its sentence
    source: tuple[str, ...] = ()  # ids of the file's sources this entry comes from
    # (word in the match, suggestion): the suggestion that fits a match holding that word goes
    # first ("carry out an investigation" -> "investigate", not the list's first, "decide").
    suggest_for: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Source:
    """One citation of a lexicon file; entries name it by `id` in their `source`."""

    id: str
    title: str
    licence: str


@dataclass(frozen=True)
class LexiconRule:
    """One lexicon file: a rule id and its entries."""

    id: str
    category: str
    severity: Severity
    fix: str
    why: str
    title: str
    sources: tuple[str, ...]
    entries: tuple[Entry, ...]
    path: Path
    report: str = "every-use"
    cited: tuple[Source, ...] = ()  # the sources given as mappings, which entries cite by id

    def entry_counts_by_source(self) -> list[tuple[str, int]]:
        """How many entries cite each source (an entry citing two counts for both);
        entries that cite none are counted under "unattributed"."""
        counts = {source.id: 0 for source in self.cited}
        unattributed = 0
        for entry in self.entries:
            for source_id in entry.source:
                counts[source_id] = counts.get(source_id, 0) + 1
            unattributed += not entry.source
        rows = [(source_id, n) for source_id, n in counts.items()]
        if unattributed:
            rows.append(("unattributed", unattributed))
        return rows

    def entry(self, entry_id: str) -> Entry:
        for entry in self.entries:
            if entry.id == entry_id:
                return entry
        raise KeyError(entry_id)

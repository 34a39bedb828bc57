"""A summary per group (team, agent, month...): rows, words, findings per 1,000 words, grades.

Only the counts of each group are kept, never the rows, so a summary of a
billion words takes as much memory as the number of groups.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .engine import CellResult

GRADES = ("A", "B", "C", "D", "F")
CATEGORIES = ("jargon", "say-no", "passive-voice", "readability")


@dataclass
class _Counts:
    rows: set[tuple[str, int]] = field(default_factory=set)
    row_count: int = 0
    texts: int = 0
    words: int = 0
    findings: Counter[str] = field(default_factory=Counter)
    grades: Counter[str] = field(default_factory=Counter)
    last_row: tuple[str, int] | None = None


class Summary:
    """Counts per group, added to one cell at a time."""

    def __init__(self, group_names: Sequence[str]) -> None:
        self.group_names = tuple(group_names)
        self._groups: dict[tuple[str, ...], _Counts] = {}
        self._categories: set[str] = set(CATEGORIES)

    def add(self, file: str, cells: Iterable[CellResult]) -> None:
        for cell in cells:
            counts = self._groups.get(cell.groups)
            if counts is None:
                counts = self._groups[cell.groups] = _Counts()
            row = (file, cell.row)
            if counts.last_row != row:  # a row's cells come together
                counts.row_count += 1
                counts.last_row = row
            counts.texts += 1
            counts.words += cell.words
            if cell.grade is not None:  # a cell with no English prose has no grade
                counts.grades[cell.grade] += 1
            for finding in cell.findings:
                counts.findings[finding.category] += 1
                self._categories.add(finding.category)

    @property
    def categories(self) -> list[str]:
        extra = sorted(self._categories - set(CATEGORIES))
        return [*CATEGORIES, *extra]

    def records(self) -> list[dict[str, Any]]:
        """One record per group, in order of the group values."""
        out = []
        for key in sorted(self._groups):
            counts = self._groups[key]
            record: dict[str, Any] = dict(zip(self.group_names, key))
            record["rows"] = counts.row_count
            record["texts"] = counts.texts
            record["words"] = counts.words
            total = sum(counts.findings.values())
            record["findings"] = total
            record["per_1000_words"] = _rate(total, counts.words)
            for category in self.categories:
                record[f"{category}_per_1000_words"] = _rate(
                    counts.findings[category], counts.words
                )
            for grade in GRADES:
                record[f"grade_{grade}"] = counts.grades[grade]
            out.append(record)
        return out

    def fields(self) -> list[tuple[str, str]]:
        names = [(name, "string") for name in self.group_names]
        names += [
            ("rows", "int64"),
            ("texts", "int64"),
            ("words", "int64"),
            ("findings", "int64"),
            ("per_1000_words", "double"),
        ]
        names += [(f"{c}_per_1000_words", "double") for c in self.categories]
        names += [(f"grade_{g}", "int64") for g in GRADES]
        return names

    def table_lines(self) -> list[str]:
        """The summary as an aligned text table for people."""
        records = self.records()
        if not records:
            return ["No rows with text to summarise."]
        short = {
            "jargon": "jargon",
            "say-no": "say-no",
            "passive-voice": "passive",
            "readability": "hard",
        }
        headers = [*self.group_names, "rows", "words", "per 1k"]
        headers += [f"{short.get(c, c)}/1k" for c in self.categories]
        headers += ["grades A/B/C/D/F"]
        table = []
        for r in records:
            cells = [str(r[name]) for name in self.group_names]
            cells += [f"{r['rows']:,}", f"{r['words']:,}", f"{r['per_1000_words']:.1f}"]
            cells += [f"{r[f'{c}_per_1000_words']:.1f}" for c in self.categories]
            cells.append("/".join(str(r[f"grade_{g}"]) for g in GRADES))
            table.append(cells)
        widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
        groups = len(self.group_names)

        def line(cells: Sequence[str]) -> str:
            return "  ".join(
                c.ljust(w) if i < groups or i == len(cells) - 1 else c.rjust(w)
                for i, (c, w) in enumerate(zip(cells, widths))
            ).rstrip()

        return [line(headers), *(line(row) for row in table)]


def _rate(count: int, words: int) -> float:
    return round(1000.0 * count / words, 2) if words else 0.0

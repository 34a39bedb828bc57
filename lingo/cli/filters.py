"""Which findings a run shows: not those in the baseline, on unchanged lines, or too minor.

Applied after linting, so the per-file result cache never depends on them.
Each finding left out is counted under the first reason, in this order:
in the baseline (`--baseline`, `baseline:`), on a line the diff base did not
change (`--diff-base`), below `--min-severity`. Only the findings shown
count for the exit code.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..findings import Finding, Report, Severity
from ..report.text import Hidden
from .baseline import Baseline, Matcher

if TYPE_CHECKING:
    from .gitdiff import ChangedLines
    from .workspace import Target


@dataclass
class Filters:
    """What to leave out of a run's output."""

    min_severity: Severity | None = None
    changed: ChangedLines | None = None
    baselines: dict[str, Baseline] = field(default_factory=dict)  # by the path configured

    @property
    def active(self) -> bool:
        return bool(self.min_severity or self.changed or self.baselines)

    def key(self) -> dict[str, str | None]:
        """What the filters are, for a cached run's key."""
        return {
            "min_severity": self.min_severity.value if self.min_severity else None,
            "diff": self.changed.digest() if self.changed else None,
            "baselines": hashlib.sha256(
                "".join(f"{p}\0{b.digest()}\0" for p, b in sorted(self.baselines.items())).encode()
            ).hexdigest()
            if self.baselines
            else None,
        }

    def skips(self, target: Target) -> bool:
        """Whether a file can be left unlinted: it has no changed line."""
        if self.changed is None or target.path == "-":
            return False
        lines = self.changed.lines_for(target.path)
        return lines is not None and not lines

    def apply(
        self, linted: Sequence[tuple[Target, Report]]
    ) -> tuple[list[tuple[Target, Report]], Hidden]:
        """The reports with only the findings shown, and how many were left out and why."""
        if not self.active:
            return list(linted), Hidden()
        matchers = {path: Matcher(b) for path, b in self.baselines.items()}
        shown = []
        hidden = Hidden()
        for target, report in linted:
            report, counts = self.report(target, report, matchers)
            hidden += counts
            shown.append((target, report))
        return shown, hidden

    def report(
        self, target: Target, report: Report, matchers: dict[str, Matcher] | None = None
    ) -> tuple[Report, Hidden]:
        """One report with only the findings shown (a fresh baseline match without `matchers`)."""
        findings: list[Finding] = list(report.findings)
        in_baseline = unchanged = below = 0
        baseline_path = target.config.baseline
        if baseline_path is not None and baseline_path in self.baselines:
            if matchers is None:
                matchers = {}
            matcher = matchers.setdefault(baseline_path, Matcher(self.baselines[baseline_path]))
            findings, _ = matcher.split(replace(report, findings=tuple(findings)))
            in_baseline = len(report.findings) - len(findings)
        if self.changed is not None and target.path != "-":
            kept = [f for f in findings if self.changed.touches(target.path, f)]
            unchanged, findings = len(findings) - len(kept), kept
        if self.min_severity is not None:
            floor = self.min_severity.rank
            kept = [f for f in findings if f.severity.rank >= floor]
            below, findings = len(findings) - len(kept), kept
        if len(findings) == len(report.findings):
            return report, Hidden()
        return replace(report, findings=tuple(findings)), Hidden(in_baseline, unchanged, below)

"""What changed since an earlier run: findings fixed and findings new.

The earlier run is the JSON of `lingo check --format json`. A finding is the
same finding when its file, rule, entry and flagged words are the same: lines
move as a text is edited, the words do not. Files the earlier run saw that
this one did not check are counted apart, never as fixed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ...errors import LingoError
from .document import Document


@dataclass(frozen=True)
class OldFinding:
    path: str
    rule: str
    entry: str
    category: str
    text: str
    line: int

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.path, self.rule, self.entry, " ".join(self.text.split()).lower())


@dataclass(frozen=True)
class FileChange:
    path: str
    document: int | None  # index in this report, None when not checked this time
    before: int
    after: int
    fixed: int
    new: int


@dataclass(frozen=True)
class Trend:
    source: str
    before: int
    after: int
    fixed: list[OldFinding]
    new: list[tuple[int, int]]  # (document index, finding index)
    by_category: list[tuple[str, int, int]]  # category, fixed, new
    files: list[FileChange]
    not_checked: int  # earlier findings in files this run did not check


def load_old_findings(path: str) -> list[OldFinding]:
    """The findings of an earlier `lingo check --format json`; a LingoError names the problem."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LingoError(f"{path}: no such file (--compare needs earlier JSON results)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise LingoError(f"{path}: cannot read the earlier results ({exc})") from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LingoError(f"{path}: not JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, list):
        raise LingoError(
            f"{path}: expected the array of findings that `lingo check --format json` writes"
        )
    found = []
    for n, item in enumerate(data, 1):
        if not (
            isinstance(item, dict)
            and isinstance(item.get("path"), str)
            and isinstance(item.get("rule"), str)
            and isinstance(item.get("text"), str)
        ):
            raise LingoError(f"{path}: finding {n} has no path, rule and text")
        line = item.get("line")
        found.append(
            OldFinding(
                path=item["path"],
                rule=item["rule"],
                entry=str(item.get("entry") or ""),
                category=str(item.get("category") or item["rule"].split("/")[0]),
                text=item["text"],
                line=line if isinstance(line, int) else 0,
            )
        )
    return found


def compare(documents: Sequence[Document], old: Sequence[OldFinding], source: str) -> Trend:
    """Match this run's findings with the earlier ones, file by file."""
    by_path = {d.path: i for i, d in enumerate(documents)}
    old_in: dict[str, list[OldFinding]] = {}
    not_checked = 0
    for finding in old:
        if finding.path in by_path:
            old_in.setdefault(finding.path, []).append(finding)
        else:
            not_checked += 1
    fixed: list[OldFinding] = []
    new: list[tuple[int, int]] = []
    fixed_by: Counter[str] = Counter()
    new_by: Counter[str] = Counter()
    files = []
    for i, document in enumerate(documents):
        earlier = old_in.get(document.path, [])
        waiting = Counter(f.key for f in earlier)
        file_new = 0
        for j, f in enumerate(document.report.findings):
            key = (document.path, f.rule, f.entry or "", " ".join(f.text.split()).lower())
            if waiting[key] > 0:
                waiting[key] -= 1
            else:
                new.append((i, j))
                new_by[f.category] += 1
                file_new += 1
        file_fixed = 0
        for gone in earlier:
            if waiting[gone.key] > 0:
                waiting[gone.key] -= 1
                fixed.append(gone)
                fixed_by[gone.category] += 1
                file_fixed += 1
        if file_fixed or file_new:
            after = len(document.report.findings)
            files.append(FileChange(document.path, i, len(earlier), after, file_fixed, file_new))
    files.sort(key=lambda c: (-(c.fixed + c.new), c.path))
    categories = sorted(set(fixed_by) | set(new_by))
    return Trend(
        source=source,
        before=len(old),
        after=sum(len(d.report.findings) for d in documents),
        fixed=fixed,
        new=new,
        by_category=[(c, fixed_by[c], new_by[c]) for c in categories],
        files=files,
        not_checked=not_checked,
    )

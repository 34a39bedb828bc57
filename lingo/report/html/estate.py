"""Figures over every document of a report: the estate a content lead looks after."""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .document import Document
from .marks import is_band

GRADES = ("A", "B", "C", "D", "F")
# The categories every report shows, in this order; team lexicons' own come after.
CATEGORIES = ("jargon", "say-no", "passive-voice", "readability")
CATEGORY_LABELS = {
    "jargon": "Jargon",
    "say-no": "Say-no",
    "passive-voice": "Passive voice",
    "readability": "Hard sentences",
    "suppression": "Unused suppressions",
}


def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category.replace("-", " ").capitalize())


@dataclass(frozen=True)
class Rate:
    """How often something happens, in findings per 1,000 words."""

    count: int
    words: int

    @property
    def per_1000(self) -> float:
        return 1000.0 * self.count / self.words if self.words else 0.0


@dataclass(frozen=True)
class Folder:
    name: str
    files: int
    words: int
    by_category: dict[str, int]

    @property
    def findings(self) -> int:
        return sum(self.by_category.values())


@dataclass(frozen=True)
class Phrase:
    """A flagged wording and how widely it is used."""

    rule: str
    text: str
    count: int
    files: int
    first: tuple[int, int]  # (document index, finding index) of its first use


@dataclass(frozen=True)
class RuleCount:
    rule: str
    count: int
    files: int


@dataclass(frozen=True)
class Estate:
    files: int
    words: int
    findings: int
    score: float  # the documents' scores, weighted by their words
    grade: str
    grades: dict[str, int]
    categories: list[tuple[str, Rate]]
    folders: list[Folder]
    worst: list[int]  # document indexes, the worst first
    rules: list[RuleCount]
    phrases: list[Phrase]


def estate_of(
    documents: Sequence[Document], letter: Callable[[float], str], *, top: int = 15
) -> Estate:
    """The overview figures; `letter` turns a score into lingo's A-F grade."""
    words = sum(d.report.readability.words for d in documents)
    findings = sum(len(d.report.findings) for d in documents)
    # Documents with nothing to grade (no prose, or not English) have no score: left out.
    graded = [d for d in documents if d.report.score is not None]
    graded_words = sum(d.report.readability.words for d in graded)
    weighted = sum((d.report.score or 0.0) * d.report.readability.words for d in graded)
    score = weighted / graded_words if graded_words else 100.0
    by_category: Counter[str] = Counter(f.category for d in documents for f in d.report.findings)
    order = list(CATEGORIES)
    order += sorted(c for c in by_category if c not in order)
    return Estate(
        files=len(documents),
        words=words,
        findings=findings,
        score=round(score, 1),
        grade=letter(score),
        grades={g: sum(1 for d in documents if d.report.grade == g) for g in GRADES},
        categories=[(c, Rate(by_category[c], words)) for c in order],
        folders=_folders(documents, top),
        worst=_worst(documents),
        rules=_rules(documents, top),
        phrases=_phrases(documents, top),
    )


def _worst(documents: Sequence[Document]) -> list[int]:
    """Lowest score first; among equals, the most findings per word."""

    def key(i: int) -> tuple[float, float, str]:
        report = documents[i].report
        density = len(report.findings) / max(report.readability.words, 1)
        score = report.score if report.score is not None else 101.0  # ungraded: last
        return (score, -density, documents[i].path)

    return sorted(range(len(documents)), key=key)


def common_folder(paths: Sequence[str]) -> str:
    folders = [os.path.dirname(p) for p in paths if p != "<stdin>"]
    if not folders:
        return ""
    try:
        return os.path.commonpath(folders)
    except ValueError:  # absolute and relative paths mixed, or other drives
        return ""


def _folders(documents: Sequence[Document], top: int) -> list[Folder]:
    """The folders below the documents' common one, one level down where that splits them."""
    places = {d.path: os.path.abspath(d.path) for d in documents if d.path != "<stdin>"}
    root = common_folder(list(places.values()))
    depth = 1
    groups: dict[str, list[Document]] = {}
    while depth <= 4:
        groups = defaultdict(list)
        for d in documents:
            place = places.get(d.path)
            rel = os.path.relpath(os.path.dirname(place), root) if place and root else "."
            parts = [] if rel == "." else rel.split(os.sep)
            groups["/".join(parts[:depth]) or "(top folder)"].append(d)
        if len(groups) > 1 or depth == 4:
            break
        depth += 1
    folders = [
        Folder(
            name=name,
            files=len(docs),
            words=sum(d.report.readability.words for d in docs),
            by_category=dict(Counter(f.category for d in docs for f in d.report.findings)),
        )
        for name, docs in groups.items()
    ]
    folders.sort(key=lambda f: (-f.words, f.name))
    return folders[:top]


def _rules(documents: Sequence[Document], top: int) -> list[RuleCount]:
    counts: Counter[str] = Counter()
    files: dict[str, set[int]] = defaultdict(set)
    for i, d in enumerate(documents):
        for f in d.report.findings:
            counts[f.rule] += 1
            files[f.rule].add(i)
    return [RuleCount(rule, n, len(files[rule])) for rule, n in counts.most_common(top)]


def _phrases(documents: Sequence[Document], top: int) -> list[Phrase]:
    """Flagged wordings (not whole sentences) by how often they are used."""
    counts: Counter[tuple[str, str]] = Counter()
    files: dict[tuple[str, str], set[int]] = defaultdict(set)
    first: dict[tuple[str, str], tuple[int, int]] = {}
    for i, d in enumerate(documents):
        for j, f in enumerate(d.report.findings):
            if is_band(f) or f.rule == "unused-suppression":
                continue
            key = (f.rule, " ".join(f.text.split()).lower())
            counts[key] += 1
            files[key].add(i)
            first.setdefault(key, (i, j))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], -len(files[item[0]]), item[0]))
    return [
        Phrase(rule, text, n, len(files[(rule, text)]), first[(rule, text)])
        for (rule, text), n in ranked[:top]
    ]

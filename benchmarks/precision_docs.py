"""The "Measured precision" section of each rule page, written from a precision run.

    python benchmarks/precision.py --write-docs                 # judged files: precision only
    python benchmarks/precision.py --write-docs --corpus-stats  # ... and findings per 1,000 words

Each page under docs/rules/ gets one section between the markers
`<!-- precision:start -->` and `<!-- precision:end -->`. The first run puts
it after the page's "What it does not flag" section (or before "Why it
matters to a customer"); later runs replace only what is between the
markers, so a run with the same figures, date and commit changes nothing.
`lingo explain` and the other readers of the pages strip the markers.

The figures are the benchmark's (benchmarks/precision.py): strict precision
(debatable counts as wrong) of the judged findings that still fire, for the
untouched half (the figure that counts) and the tune half. A half with fewer
than `MIN_JUDGED` of them says "not yet judged". An opt-in rule is scored in
a second run that turns it on, and its page says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from lingo.lexicon.rules import PRECISION_END as END
from lingo.lexicon.rules import PRECISION_START as START

MIN_JUDGED = 10
HEADING = "## Measured precision"


@dataclass(frozen=True)
class HalfFigures:
    """One rule's judged findings in one half, as the current code raises them."""

    true: int = 0
    false: int = 0
    debatable: int = 0
    gone: int = 0  # judged, no longer raised
    unjudged: int = 0  # raised now, in judged files, never judged

    @property
    def judged(self) -> int:
        return self.true + self.false + self.debatable

    @property
    def strict(self) -> float | None:
        return self.true / self.judged if self.judged else None


@dataclass(frozen=True)
class RuleFigures:
    rule: str
    opt_in: bool
    untouched: HalfFigures
    tune: HalfFigures
    per_1000_words: Mapping[str, float] | None = None  # corpus -> findings per 1,000 words
    opt_in_entries: int = 0  # entries of an on-by-default rule that are off by default


def figures_from(
    result: Mapping,
    rule: str,
    opt_in: bool,
    rates: Mapping[str, Mapping[str, float]] | None,
    opt_in_entries: int = 0,
) -> RuleFigures:
    """A rule's figures from `precision.score()`'s result and the corpus rates, if measured."""
    halves = {}
    for half in ("untouched", "tune"):
        tally = result["tallies"].get((half, rule))
        unjudged = result["unjudged"].get((half, rule), 0)
        if tally is None:
            halves[half] = HalfFigures(unjudged=unjudged)
        else:
            halves[half] = HalfFigures(
                tally.true, tally.false, tally.debatable, tally.gone, unjudged
            )
    per_1000 = None
    if rates is not None:
        per_1000 = {corpus: by_rule.get(rule, 0.0) for corpus, by_rule in rates.items()}
    return RuleFigures(rule, opt_in, halves["untouched"], halves["tune"], per_1000, opt_in_entries)


def _half_line(name: str, half: HalfFigures) -> str:
    if half.judged < MIN_JUDGED:
        return (
            f"| {name} | not yet judged | {half.judged} | {half.true} | "
            f"{half.debatable} | {half.false} |"
        )
    return (
        f"| {name} | {half.strict:.2f} | {half.judged} | {half.true} | "
        f"{half.debatable} | {half.false} |"
    )


def section(
    figures: RuleFigures,
    *,
    date: str,
    commit: str,
    accuracy_link: str,
    profile: str | None = None,
) -> str:
    """The Markdown between the markers (markers excluded), ending in a newline."""
    lines = [HEADING, ""]
    if figures.opt_in:
        lines += [
            "This rule is opt-in: it is off unless a configuration or profile turns it",
            "on. The figures are for its findings when it is turned on.",
            "",
        ]
    elif figures.opt_in_entries:
        entries = "entry" if figures.opt_in_entries == 1 else "entries"
        lines += [
            f"The rule is on by default; its {figures.opt_in_entries} opt-in {entries} (marked in",
            f"`lingo rules {figures.rule}`) are off, and not counted here.",
            "",
        ]
    lines += [
        "Judged finding by finding on real help-centre text that lingo was not",
        f"tuned on ([Accuracy]({accuracy_link})).",
        f"Measured on {date}, code at commit `{commit}`.",
        *(
            [
                f"Scored as the `{profile}` profile reports it (a help page read with",
                "no profile set leaves some rules out: "
                f"[Profiles]({accuracy_link.replace('accuracy.md', 'profiles.md')})).",
            ]
            if profile
            else []
        ),
        "Strict precision counts a debatable verdict as wrong; a half with fewer",
        f"than {MIN_JUDGED} judged findings that the code still raises is not yet judged.",
        "",
        "| half | strict precision | judged | true | debatable | false |",
        "| --- | --- | --- | --- | --- | --- |",
        _half_line("untouched (the figure that counts)", figures.untouched),
        _half_line("tune", figures.tune),
        "",
    ]
    if figures.per_1000_words is None:
        lines += [
            "Findings per 1,000 words: not measured in this run",
            "(`benchmarks/precision.py --corpus-stats --write-docs` measures them).",
        ]
    else:
        rates = ", ".join(
            f"{_rate(rate)} on {corpus}" for corpus, rate in sorted(figures.per_1000_words.items())
        )
        lines.append(f"Findings per 1,000 words: {rates}.")
    return "\n".join(lines) + "\n"


def _rate(rate: float) -> str:
    """Two decimals, or three for a rare rule (0.004 is not 0.00)."""
    return f"{rate:.3f}" if 0 < rate < 0.1 else f"{rate:.2f}"


def page_path(docs_rules: Path, rule: str) -> Path:
    return docs_rules / f"{rule}.md"


def accuracy_link(rule: str) -> str:
    """The link from docs/rules/<rule>.md to docs/accuracy.md."""
    return "../" * (rule.count("/") + 1) + "accuracy.md"


def with_section(page: str, body: str) -> str:
    """The page with `body` between the markers, added after "What it does not flag" if new."""
    block = f"{START}\n{body}{END}\n"
    if START in page and END in page:
        before, _, rest = page.partition(START)
        _, _, after = rest.partition(END)
        return before + block + after.removeprefix("\n")
    anchor = _insertion_point(page)
    return page[:anchor] + block + "\n" + page[anchor:]


def _insertion_point(page: str) -> int:
    """Before the heading after "What it does not flag", else "Why it matters", else the end."""
    at = page.find("\n## What it does not flag")
    if at >= 0:
        following = page.find("\n## ", at + 1)
        if following >= 0:
            return following + 1
    at = page.find("\n## Why it matters")
    if at >= 0:
        return at + 1
    return len(page) if page.endswith("\n") else len(page)


def write_pages(
    docs_rules: Path,
    all_figures: Iterable[RuleFigures],
    *,
    date: str,
    commit: str,
    profile: str | None = None,
) -> list[Path]:
    """Write each rule's section into its page; the pages whose text changed."""
    changed = []
    for figures in all_figures:
        path = page_path(docs_rules, figures.rule)
        if not path.is_file():
            continue
        old = path.read_text(encoding="utf-8")
        body = section(
            figures,
            date=date,
            commit=commit,
            accuracy_link=accuracy_link(figures.rule),
            profile=profile,
        )
        new = with_section(old, body)
        if new != old:
            path.write_text(new, encoding="utf-8")
            changed.append(path)
    return changed

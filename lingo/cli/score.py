"""`lingo score`: the report card of each file, one line each, and an overall grade.

The overall score is the average of the files' scores weighted by their
words (a long page counts for more than a short macro), graded with the same
A-F bands as a file. Files with nothing to grade (no prose, or not English)
show `-` and do not count.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import click

from ..engine.grade import LETTERS, findings_per_100_words, letter
from ..findings import Report
from ..report.names import shown
from .options import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    colour_option,
    common_options,
    error,
    plan_or_exit,
    set_colour,
)
from .output import warnings

GRADE_COLOURS = {"A": "green", "B": "green", "C": "yellow", "D": "red", "F": "red"}


@dataclass(frozen=True)
class Overall:
    """The grade of a set of files: their scores averaged, weighted by words."""

    score: float | None
    grade: str | None
    files: int  # files graded
    words: int

    @classmethod
    def of(cls, reports: Sequence[Report]) -> Overall:
        graded = [r for r in reports if r.score is not None and r.readability.words]
        words = sum(r.readability.words for r in graded)
        if not words:
            return cls(None, None, 0, 0)
        points = sum((r.score or 0.0) * r.readability.words for r in graded) / words
        points = round(points, 1)
        return cls(points, letter(points), len(graded), words)

    def to_dict(self) -> dict[str, Any]:
        return {"grade": self.grade, "score": self.score, "files": self.files, "words": self.words}


def parse_floor(value: str) -> float:
    """`--fail-under`: a grade letter (its lowest score) or a score from 0 to 100."""
    text = value.strip().upper()
    floors = {grade: floor for floor, grade in LETTERS}
    if text in floors:
        return floors[text]
    if text == "F":
        return 0.0
    try:
        number = float(text)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a grade (A-D) or a score (0-100)") from None
    if not 0 <= number <= 100:
        raise click.BadParameter(f"{value!r} is not a score from 0 to 100")
    return number


@click.command(short_help="An A-F report card per file, and an overall grade.")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@click.option(
    "--details",
    is_flag=True,
    help="Print every readability figure of each file, not one line per file.",
)
@click.option(
    "--fail-under",
    metavar="GRADE",
    default=None,
    help="Exit 1 when the overall grade is below this: a letter (B means a score under 80) "
    "or a score from 0 to 100.",
)
@colour_option
@common_options
def score(
    paths: tuple[str, ...],
    output_format: str,
    details: bool,
    fail_under: str | None,
    color: str = "auto",
    **options: Any,
) -> None:
    """Print each file's A-F report card, one line each, and the overall grade."""
    from .linting import lint, result_cache
    from .workspace import Linters

    set_colour(color)
    floor = parse_floor(fail_under) if fail_under is not None else None
    targets, errors = plan_or_exit(paths, options)
    linted, lint_errors = lint(targets, Linters(), result_cache(options), **options)
    errors = [*errors, *lint_errors]
    for warning in warnings(linted):
        error(warning)
    reports = [report for _, report in linted]
    overall = Overall.of(reports)
    if output_format == "json":
        click.echo(_json(reports, overall))
    elif details:
        for report in reports:
            for line in card_lines(report):
                click.echo(line)
        if len(reports) > 1:
            click.echo(overall_line(overall, len(reports)))
    else:
        for line in table_lines(reports, overall):
            click.echo(line)
    if errors:
        sys.exit(EXIT_ERROR)
    if floor is not None and overall.score is not None and overall.score < floor:
        error(
            f"overall score {overall.score:.0f} (grade {overall.grade}) is under "
            f"--fail-under {fail_under}"
        )
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_CLEAN)


def _grade(report_grade: str | None, width: int = 1) -> str:
    if report_grade is None:
        return "-".ljust(width)
    return click.style(report_grade.ljust(width), fg=GRADE_COLOURS[report_grade], bold=True)


def table_lines(reports: Sequence[Report], overall: Overall) -> Iterator[str]:
    """GRADE SCORE WORDS FINDINGS READING-GRADE FILE, then the overall line.

    READING-GRADE is the school grade a reader needs (Flesch-Kincaid): a bare
    "READING" column of numbers next to the letter GRADE said nothing to a reader.
    """
    yield (
        f"{'GRADE':<5}  {'SCORE':>5}  {'WORDS':>7}  {'FINDINGS':>8}  {'READING-GRADE':>13}  FILE"
    )
    for report in reports:
        r = report.readability
        points = f"{report.score:.0f}" if report.score is not None else "-"
        reading = f"{r.flesch_kincaid_grade:.1f}" if report.score is not None else "-"
        yield (
            f"{_grade(report.grade, 5)}  {points:>5}  {r.words:>7,}  {len(report.findings):>8,}  "
            f"{reading:>13}  {shown(report.path or '<stdin>')}"
        )
    if len(reports) > 1:
        yield overall_line(overall, len(reports))


def overall_line(overall: Overall, files: int) -> str:
    if overall.grade is None or overall.score is None:
        return f"Overall: no grade ({files} files, none with English prose to grade)."
    counted = f"{files:,} files"
    if overall.files != files:
        counted = f"{overall.files:,} of {counted}"
    return (
        f"Overall: grade {_grade(overall.grade)} ({overall.score:.0f}/100) over {counted}, "
        f"{overall.words:,} words, weighted by words."
    )


def card_lines(report: Report) -> Iterator[str]:
    """Every figure of one file's report card."""
    r = report.readability
    path = shown(report.path or "<stdin>")
    if report.grade is None or report.score is None:
        why = "not English" if report.language else "no prose to grade"
        yield click.style(f"{path}: no grade ({why})", bold=True)
        return
    yield (
        click.style(f"{path}: grade ", bold=True)
        + _grade(report.grade)
        + (f" ({report.score:.0f}/100)")
    )
    yield (
        f"  words {r.words}, sentences {r.sentences}, findings {len(report.findings)} "
        f"({findings_per_100_words(report.findings, r.words):.1f} weighted per 100 words)"
    )
    yield (
        f"  Flesch reading ease    {r.flesch_reading_ease:6.1f}   "
        "(60-70 is plain English; higher is easier)"
    )
    yield f"  Flesch-Kincaid grade   {r.flesch_kincaid_grade:6.1f}   (target {r.target_grade:.0f})"
    yield f"  Gunning fog            {r.gunning_fog:6.1f}"
    yield f"  SMOG index             {r.smog_index:6.1f}"
    yield f"  Coleman-Liau index     {r.coleman_liau_index:6.1f}"
    yield f"  Automated readability  {r.automated_readability_index:6.1f}"
    yield f"  Dale-Chall score       {r.dale_chall_score:6.1f}"


def _json(reports: Sequence[Report], overall: Overall) -> str:
    from ..report.json import score_rows

    return json.dumps(
        {"files": score_rows(reports), "overall": overall.to_dict()}, indent=2, ensure_ascii=False
    )

"""Turning a run's reports into output: the formats, statistics, notices and the summary."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import LingoError
from ..findings import Report
from ..report.text import Hidden

if TYPE_CHECKING:
    from .workspace import Target

FORMATS = ["text", "full", "json", "sarif", "github"]
STATISTICS_FORMATS = ("text", "full", "json")


@dataclass(frozen=True)
class Shape:
    """How a run's output looks: everything besides the findings that decides it."""

    output_format: str = "text"
    statistics: bool = False
    quiet: bool = False

    def key(self) -> dict[str, Any]:
        return {"format": self.output_format, "statistics": self.statistics, "quiet": self.quiet}


def render(
    shape: Shape,
    linted: Sequence[tuple[Target, Report]],
    errors: Sequence[str],
    hidden: Hidden | None = None,
) -> list[str]:
    """The output lines of the reports (text lines may carry colour; echo strips it)."""
    from ..report import text as text_report

    reports = [report for _, report in linted]
    fmt = shape.output_format
    if shape.statistics:
        rows = text_report.statistics(reports)
        if fmt == "json":
            return [json.dumps([row.to_dict() for row in rows], indent=2)]
        lines = text_report.statistics_lines(rows)
    elif fmt == "json":
        from ..report import json as json_report

        return [json_report.findings_json(reports)]
    elif fmt == "sarif":
        from ..report import sarif

        return [sarif.render(reports, rules_of(linted), errors)]
    elif fmt == "github":
        from ..report import github

        return list(github.render(reports, errors))
    elif fmt == "full":
        from ..report import full

        lines = list(full.render(reports))
    else:
        lines = list(text_report.render(reports))
    if not shape.quiet:
        lines.append(text_report.summary_line(reports, len(errors), hidden))
    return lines


def write(lines: Sequence[str], output_file: str | None) -> None:
    """Output lines to stdout (colour as --color says) or, atomically, to --output-file."""
    if output_file is None:
        for line in lines:
            click.echo(line)
        return
    from ..saving import write_output

    write_output(output_file, "".join(click.unstyle(line) + "\n" for line in lines))


def warnings(
    linted: Sequence[tuple[Target, Report]], *, unused_reported: bool = False
) -> Iterator[str]:
    """One line per thing a writer should know that is not a finding, for stderr.

    A text that is not English (and so was not linted), and a suppression
    comment naming a rule that does not exist (unless --report-unused-suppressions
    already makes it a finding).
    """
    for _, report in linted:
        path = report.path or "<stdin>"
        if report.language is not None:
            yield (
                f"notice: {path}: not linted: {report.language_note}; lingo checks English "
                "only, so it reports nothing and gives no grade"
            )
        if unused_reported:
            continue
        for unused in report.unused_suppressions:
            if unused.reason == "unknown":
                yield f"warning: {path}:{unused.line}:{unused.column}: {unused.message}"


def rules_of(linted: Sequence[tuple[Target, Report]]) -> list[Any]:
    """Every rule the linted files could report: the built-in ones and their team lexicons'.

    Read from the lexicon files, not from the pipelines built, so a run
    answered from the cache (which builds none) describes the same rules.
    """
    from ..errors import LexiconError
    from ..lexicon.lexicons import builtin_lexicons, load_lexicons
    from ..lexicon.rules import all_rules

    lexicons = {rule.id: rule for rule in builtin_lexicons()}
    for extra in dict.fromkeys(
        t.config.extra_lexicons for t, _ in linted if t.config.extra_lexicons
    ):
        try:
            team = load_lexicons([Path(p) for p in extra])
        except LexiconError:  # already reported for the files that use it
            continue
        for rule in team:
            lexicons.setdefault(rule.id, rule)
    return all_rules(list(lexicons.values()))


def write_or_exit(lines: Sequence[str], output_file: str | None) -> None:
    """Write the output; a file that cannot be written is one error line and exit 2."""
    from .options import EXIT_ERROR, error

    try:
        write(lines, output_file)
    except LingoError as exc:
        error(str(exc))
        raise SystemExit(EXIT_ERROR) from None

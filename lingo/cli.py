"""The `lingo` command: parse options, call lingo, print, choose the exit code.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage errors or input lingo could not read. spaCy is imported only by the
commands that lint, so `lingo --help` and `lingo rules` start instantly.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .config import Config
from .errors import LingoError
from .findings import Report, Severity

if TYPE_CHECKING:
    from .linter import Linter

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON_CHOICES = ["error", "warning", "info", "never"]


class UsageError(click.UsageError):
    exit_code = EXIT_ERROR


def _error(message: str) -> None:
    click.echo(f"lingo: {message}", err=True)


def _split_list(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _build_config(**options: Any) -> Config:
    """Command-line options laid over lingo's defaults."""
    data: dict[str, Any] = {}
    if options.get("select"):
        data["select"] = list(_split_list(options["select"]))
    if options.get("ignore"):
        data["ignore"] = list(_split_list(options["ignore"]))
    if options.get("target_grade") is not None:
        data["target-grade"] = options["target_grade"]
    if options.get("model"):
        data["model"] = options["model"]
    if options.get("max_length") is not None:
        data["max-length"] = options["max_length"]
    if options.get("accept"):
        data["accept"] = list(_split_list(options["accept"]))
    if options.get("extra_lexicon"):
        data["extra-lexicons"] = list(options["extra_lexicon"])
    return Config.from_mapping(data, "command line")


def _fail_threshold(fail_on: str) -> Severity | None:
    return None if fail_on == "never" else Severity.parse(fail_on)


def _lint(linter: Linter, paths: Sequence[str]) -> tuple[list[Report], int]:
    """Lint every path (folders walked); unreadable ones are reported and skipped."""
    from .sources import check_length, read_source, walk

    errors = 0
    sources = []
    for path in walk(paths):
        try:
            source = read_source(path)
            check_length(source, linter.config.max_length)
            sources.append(source)
        except LingoError as exc:
            _error(str(exc))
            errors += 1
    reports = list(
        linter.check_many([s.text for s in sources], paths=[s.path for s in sources])
    )
    return reports, errors


def _exit_code(reports: Sequence[Report], errors: int, threshold: Severity | None) -> int:
    if errors:
        return EXIT_ERROR
    if threshold is None:
        return EXIT_CLEAN
    for report in reports:
        for finding in report.findings:
            if finding.severity.rank >= threshold.rank:
                return EXIT_FINDINGS
    return EXIT_CLEAN


def _make_linter(config: Config) -> Linter:
    from .linter import Linter

    return Linter(config=config)


def _common_options(function: Any) -> Any:
    options = [
        click.option("--model", metavar="NAME", help="spaCy pipeline to use (package name or path)."),
        click.option("--select", multiple=True, metavar="RULES",
                     help="Only these rules or categories (comma-separated, repeatable)."),
        click.option("--ignore", multiple=True, metavar="RULES",
                     help="Skip these rules or categories (comma-separated, repeatable)."),
        click.option("--accept", multiple=True, metavar="TERMS",
                     help="Terms never flagged, e.g. product names (comma-separated)."),
        click.option("--extra-lexicon", multiple=True, metavar="PATH",
                     help="A team lexicon file or folder (same schema as lingo's own)."),
        click.option("--target-grade", type=click.FloatRange(0, 20), default=None,
                     help="Reading grade to aim for (default 8)."),
        click.option("--max-length", type=click.IntRange(min=1), default=None,
                     help="Longest text accepted, in characters (default 1,000,000)."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lingo")
def main() -> None:
    """lingo: wash your mouth out before you speak to customers.

    Flags jargon, passive voice and say-no phrasing in customer-facing text,
    grades how hard it is to read, and proposes plain, warm rewrites.
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default="warning", show_default=True,
              help="Exit 1 when a finding has this severity or worse.")
@_common_options
def check(paths: tuple[str, ...], output_format: str, fail_on: str, **options: Any) -> None:
    """Lint files, folders (for .txt, .md, .html) or - for stdin."""
    from .report import json as json_report
    from .report import text as text_report

    try:
        config = _build_config(**options)
        linter = _make_linter(config)
    except LingoError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)
    reports, errors = _lint(linter, paths)
    if output_format == "json":
        click.echo(json_report.findings_json(reports))
    else:
        for line in text_report.render(reports):
            click.echo(line)
        click.echo(text_report.summary_line(reports, errors), err=False)
    sys.exit(_exit_code(reports, errors, _fail_threshold(fail_on)))


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@_common_options
def score(paths: tuple[str, ...], output_format: str, **options: Any) -> None:
    """Print the readability figures and the A-F report card of each file."""
    from .report import json as json_report

    try:
        config = _build_config(**options)
        linter = _make_linter(config)
    except LingoError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)
    reports, errors = _lint(linter, paths)
    if output_format == "json":
        click.echo(json_report.scores_json(reports))
    else:
        for report in reports:
            for line in _score_lines(report):
                click.echo(line)
    sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)


def _score_lines(report: Report) -> Iterator[str]:
    from .grade import findings_per_100_words

    r = report.readability
    colour = {"A": "green", "B": "green", "C": "yellow", "D": "red", "F": "red"}[report.grade]
    yield click.style(f"{report.path or '<stdin>'}: grade {report.grade}", bold=True, fg=colour) + (
        f" ({report.score:.0f}/100)"
    )
    yield f"  words {r.words}, sentences {r.sentences}, findings {len(report.findings)} " \
          f"({findings_per_100_words(report.findings, r.words):.1f} weighted per 100 words)"
    yield f"  Flesch reading ease    {r.flesch_reading_ease:6.1f}   (60-70 is plain English; higher is easier)"
    yield f"  Flesch-Kincaid grade   {r.flesch_kincaid_grade:6.1f}   (target {r.target_grade:.0f})"
    yield f"  Gunning fog            {r.gunning_fog:6.1f}"
    yield f"  SMOG index             {r.smog_index:6.1f}"
    yield f"  Coleman-Liau index     {r.coleman_liau_index:6.1f}"
    yield f"  Automated readability  {r.automated_readability_index:6.1f}"
    yield f"  Dale-Chall score       {r.dale_chall_score:6.1f}"


@main.command(name="rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
def rules_command(output_format: str) -> None:
    """List every rule with its category, severity and fix."""
    from .rules import all_rules

    try:
        rules = all_rules()
    except LingoError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)
    if output_format == "json":
        import json

        click.echo(json.dumps([
            {"id": r.id, "category": r.category, "severity": r.severity.value, "title": r.title,
             "fix": r.fix, "entries": r.entries} for r in rules], indent=2))
        return
    width = max(len(r.id) for r in rules)
    click.echo(f"{'RULE':<{width}}  {'CATEGORY':<14} {'SEVERITY':<8} {'FIX':<6} ENTRIES")
    for r in rules:
        entries = str(r.entries) if r.entries else "-"
        click.echo(f"{r.id:<{width}}  {r.category:<14} {r.severity.value:<8} {r.fix:<6} {entries}")


@main.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Print a rule's documentation: what it flags, why, examples, fixes."""
    from .rules import find_rule, rule_doc

    try:
        info = find_rule(rule)
        click.echo(rule_doc(info.id).rstrip())
    except LingoError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)


if __name__ == "__main__":
    main()

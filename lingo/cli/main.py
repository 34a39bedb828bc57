"""The `lingo` command: parse options, call lingo, print, choose the exit code.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage errors or input lingo could not read. spaCy is imported only by the
commands that lint, so `lingo --help` and `lingo rules` start instantly.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import __version__
from ..config import Config
from ..errors import LingoError
from ..findings import Report, Severity
from ..profiles import PASSIVE_POLICIES, PROFILES
from .tables import run_tables, table_options, wants_tables

if TYPE_CHECKING:
    from ..engine.linter import Linter
    from .cache import ResultCache
    from .runner import ReadTargets
    from .workspace import Linters, Target

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON_CHOICES = ["error", "warning", "info", "never"]
FORMATS = ["text", "json", "sarif", "github", "jsonl", "parquet"]  # the last two: --table
PROGRESS_MIN_FILES = 6  # a progress bar for more files than this, on a terminal


class UsageError(click.UsageError):
    exit_code = EXIT_ERROR


def _error(message: str) -> None:
    click.echo(f"lingo: {message}", err=True)


def _split_list(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def _build_config(**options: Any) -> Config:
    """Command-line options laid over lingo's defaults."""
    return Config.from_mapping(_cli_overrides(**options), "command line")


def _cli_overrides(**options: Any) -> dict[str, Any]:
    """The settings given on the command line, as configuration keys (they win over files)."""
    data: dict[str, Any] = {}
    if options.get("select"):
        data["select"] = list(_split_list(options["select"]))
    if options.get("ignore"):
        data["ignore"] = list(_split_list(options["ignore"]))
    if options.get("enable"):
        data["enable"] = list(_split_list(options["enable"]))
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
    if options.get("profile"):
        data["profile"] = options["profile"]
    if options.get("passive"):
        data["passive"] = options["passive"]
    return data


def _settings(**options: Any) -> Any:
    """Where each file's settings come from: --config, discovery or --isolated, then options."""
    from .workspace import Settings

    if options.get("config") and options.get("isolated"):
        raise UsageError("--config and --isolated cannot be used together")
    return Settings(
        _cli_overrides(**options),
        config_file=options.get("config"),
        isolated=bool(options.get("isolated")),
        exclude=_split_list(options.get("exclude") or ()),
    )


def _targets(paths: Sequence[str], settings: Any, **options: Any) -> tuple[list[Target], list[str]]:
    """Files to lint with their settings; configuration problems are reported once each."""
    from .workspace import plan

    if options.get("stdin_filename") and "-" not in paths:
        raise UsageError("--stdin-filename names standard input: pass - as the path")
    found = plan(
        paths,
        settings,
        force_exclude=bool(options.get("force_exclude")),
        stdin_filename=options.get("stdin_filename"),
        syntax=options.get("syntax"),
        follow_symlinks=bool(options.get("follow_symlinks")),
    )
    for notice in found.notices:
        _error(notice)
    for error in found.errors:
        _error(error)
    return found.targets, found.errors


def _plan_or_exit(paths: Sequence[str], options: dict[str, Any]) -> tuple[list[Target], list[str]]:
    """The files to lint with their settings; a bad option or config ends the run (exit 2)."""
    try:
        settings = _settings(**options)
        return _targets(paths, settings, **options)
    except LingoError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)


def _settings_or_exit(options: dict[str, Any]) -> Any:
    try:
        return _settings(**options)
    except LingoError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)


def _fail_threshold(fail_on: str) -> Severity | None:
    return None if fail_on == "never" else Severity.parse(fail_on)


def _result_cache(options: Mapping[str, Any]) -> ResultCache | None:
    """The result cache the options ask for; None with --no-cache."""
    if options.get("no_cache"):
        return None
    from .cache import ResultCache

    cache = ResultCache(options.get("cache_dir") and Path(options["cache_dir"]))
    if cache.problem is not None:
        _error(f"warning: not using {cache.folder} as the cache ({cache.problem}); linting without")
        return None
    return cache


def _lint(
    targets: Sequence[Target],
    linters: Linters,
    cache: ResultCache | None,
    read: ReadTargets | None = None,
    **options: Any,
) -> tuple[list[tuple[Target, Report]], list[str]]:
    """Lint every target (cache first, then worker processes); unreadable ones are reported.

    Reports come back in the order of the targets, whatever --jobs is.
    """
    from .runner import default_jobs, lint_targets

    jobs = options.get("jobs") or default_jobs()
    with _progress(len(targets)) as bar:
        return lint_targets(
            targets,
            linters,
            jobs=jobs,
            cache=cache,
            on_error=_error,
            on_progress=bar.update,
            read=read,
        )


class _NoProgress:
    def __enter__(self) -> _NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, steps: int) -> None:
        return None


def _progress(files: int) -> Any:
    """A progress bar on stderr when it is a terminal and there is enough to wait for."""
    if files < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        return _NoProgress()
    return click.progressbar(
        length=files, label="Linting", file=sys.stderr, show_eta=True, show_pos=True
    )


def _exit_code(linted: Sequence[tuple[Target, Report]], errors: int, fail_on: str | None) -> int:
    """2 for errors; else 1 when a finding reaches --fail-on (or the file's `fail-on`)."""
    if errors:
        return EXIT_ERROR
    for target, report in linted:
        threshold = _fail_threshold(fail_on) if fail_on else target.config.fail_on
        if threshold is None:
            continue
        if any(f.severity.rank >= threshold.rank for f in report.findings):
            return EXIT_FINDINGS
    return EXIT_CLEAN


def _emit(
    output_format: str,
    linted: Sequence[tuple[Target, Report]],
    errors: Sequence[str],
    output_file: str | None,
) -> None:
    """Write the reports in the chosen format to stdout or, atomically, to --output-file."""
    _write(_render(output_format, linted, errors), output_file)


def _render(
    output_format: str, linted: Sequence[tuple[Target, Report]], errors: Sequence[str]
) -> list[str]:
    """The output lines of the reports in the chosen format (text lines may carry colour)."""
    reports = [report for _, report in linted]
    if output_format == "json":
        from ..report import json as json_report

        lines = [json_report.findings_json(reports)]
    elif output_format == "sarif":
        from ..report import sarif

        lines = [sarif.render(reports, _rules_of(linted), errors)]
    elif output_format == "github":
        from ..report import github

        lines = list(github.render(reports, errors))
    else:
        from ..report import text as text_report

        lines = [*text_report.render(reports), text_report.summary_line(reports, len(errors))]
    return lines


def _write(lines: Sequence[str], output_file: str | None) -> None:
    """Output lines to stdout (colour only on a terminal) or, atomically, to --output-file."""
    if output_file is None:
        for line in lines:
            click.echo(line)
        return
    from ..text.sources import write_text_atomic

    write_text_atomic(output_file, "".join(click.unstyle(line) + "\n" for line in lines))


def _rules_of(linted: Sequence[tuple[Target, Report]]) -> list[Any]:
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


def _fix_files(
    targets: Sequence[Target],
    errors: list[str],
    linters: Linters,
    *,
    unsafe: bool,
    diff: bool,
    output_format: str,
    output_file: str | None,
    fail_on: str | None,
    report_unused_suppressions: bool,
    follow_symlinks: bool = False,
) -> None:
    """`--fix` and `--diff`: fix each file, write it (or print its diff), report what is left, exit.

    Standard input fixed with --fix goes to stdout, its report to stderr.
    --diff writes nothing and exits 1 when a file would change.
    """
    from ..fix import FixResult, fix_text, unified_diff, write_source
    from ..text.sources import STDIN, check_length, read_source

    linted: list[tuple[Target, Report]] = []
    fixed = changed = 0
    for target in targets:
        try:
            source = read_source(target.path, target.config.max_length)
            check_length(source, target.config.max_length)
            linter = linters.for_config(target.config)

            def lint(text: str, linter: Linter = linter, target: Target = target) -> Report:
                return next(
                    linter.check_many(
                        [text], paths=[target.name], configs=[target.config], syntax=target.syntax
                    )
                )

            result: FixResult = fix_text(lint, source.text, unsafe=unsafe)
            if diff:
                click.echo(unified_diff(target.name, source.text, result.text), nl=False)
            elif target.path == STDIN:
                click.echo(result.text, nl=False)
            else:
                write_source(source, result.text, follow_symlinks=follow_symlinks)
        except LingoError as exc:
            _error(str(exc))
            errors.append(str(exc))
            continue
        fixed += len(result.applied)
        changed += result.changed
        assert result.remaining is not None
        linted.append((target, result.remaining))
    plural = "s" if fixed != 1 else ""
    files = f"{changed} file{'s' if changed != 1 else ''}"
    if diff:
        click.echo(f"{fixed} fix{'es' if fixed != 1 else ''} would change {files}.", err=True)
        sys.exit(EXIT_ERROR if errors else EXIT_FINDINGS if changed else EXIT_CLEAN)
    if report_unused_suppressions:
        from ..text.suppressions import with_unused_reported

        linted = [(target, with_unused_reported(report)) for target, report in linted]
    stdin_fixed = any(t.path == STDIN for t, _ in linted)  # stdout carries the fixed text
    click.echo(
        f"Fixed {fixed} finding{plural} in {files}.", err=stdin_fixed or output_format != "text"
    )
    try:
        if not stdin_fixed or output_file is not None:
            _emit(output_format, linted, errors, output_file)
        else:
            from ..report import text as text_report

            for line in [
                *text_report.render([r for _, r in linted]),
                text_report.summary_line([r for _, r in linted], len(errors)),
            ]:
                click.echo(line, err=True)
    except LingoError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)
    sys.exit(_exit_code(linted, len(errors), fail_on))


def _make_linter(config: Config) -> Linter:
    from ..engine.linter import Linter

    return Linter(config=config)


def _common_options(function: Any) -> Any:
    options = [
        click.option(
            "--model", metavar="NAME", help="spaCy pipeline to use (package name or path)."
        ),
        click.option(
            "--profile",
            type=click.Choice(list(PROFILES)),
            default=None,
            help="Audience: which rules speak and how loudly (default support-reply).",
        ),
        click.option(
            "--passive",
            type=click.Choice(list(PASSIVE_POLICIES)),
            default=None,
            help="Report every detected passive (all), or those hiding a needed actor.",
        ),
        click.option(
            "--select",
            multiple=True,
            metavar="RULES",
            help="Only these rules or categories (comma-separated, repeatable).",
        ),
        click.option(
            "--ignore",
            multiple=True,
            metavar="RULES",
            help="Skip these rules or categories (comma-separated, repeatable).",
        ),
        click.option(
            "--enable",
            multiple=True,
            metavar="RULES",
            help="Turn on opt-in rules or entries, or rules the profile turns off.",
        ),
        click.option(
            "--accept",
            multiple=True,
            metavar="TERMS",
            help="Terms never flagged, e.g. product names (comma-separated).",
        ),
        click.option(
            "--extra-lexicon",
            multiple=True,
            metavar="PATH",
            help="A team lexicon file or folder (same schema as lingo's own).",
        ),
        click.option(
            "--target-grade",
            type=click.FloatRange(0, 20),
            default=None,
            help="Reading grade to aim for (default 8).",
        ),
        click.option(
            "--max-length",
            type=click.IntRange(min=1),
            default=None,
            help="Longest text accepted, in characters (default 1,000,000).",
        ),
        click.option(
            "--config",
            type=click.Path(dir_okay=False),
            default=None,
            metavar="FILE",
            help="Use this lingo.yaml or pyproject.toml, not the nearest one found.",
        ),
        click.option(
            "--isolated",
            is_flag=True,
            help="Ignore every configuration file: defaults and options only.",
        ),
        click.option(
            "--exclude",
            multiple=True,
            metavar="GLOBS",
            help="Also skip files matching these globs when walking folders.",
        ),
        click.option(
            "--force-exclude",
            is_flag=True,
            help="Apply exclude to files named on the command line too (for pre-commit).",
        ),
        click.option(
            "--stdin-filename",
            metavar="PATH",
            default=None,
            help="The name of the text read from - (picks syntax, config and exclude).",
        ),
        click.option(
            "--syntax",
            type=click.Choice(["plain", "text", "markdown", "html"]),
            default=None,
            callback=lambda ctx, param, value: "plain" if value == "text" else value,
            help="Read every input as this markup (default: from the file extension; "
            "text is plain).",
        ),
        click.option(
            "--follow-symlinks",
            is_flag=True,
            help="Lint links out of the folders walked, and let --fix write through links.",
        ),
        click.option(
            "--jobs",
            "-j",
            type=click.IntRange(min=1),
            default=None,
            metavar="N",
            help="Worker processes (default: one per core).",
        ),
        click.option(
            "--no-cache",
            is_flag=True,
            help="Lint every file afresh; do not read or write the result cache.",
        ),
        click.option(
            "--cache-dir",
            type=click.Path(file_okay=False),
            default=None,
            metavar="DIR",
            envvar="LINGO_CACHE_DIR",
            help="Where the result cache lives (default .lingo_cache; env LINGO_CACHE_DIR).",
        ),
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
@click.argument("paths", nargs=-1, metavar="PATH...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="text for people, json for programs, sarif for code scanning, "
    "github for Actions annotations; jsonl and parquet for --table and --catalog.",
)
@click.option(
    "--output-file",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    metavar="FILE",
    help="Write the output here (atomically) instead of stdout.",
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON_CHOICES),
    default=None,
    help="Exit 1 when a finding has this severity or worse  [default: fail-on "
    "from the configuration, else warning]",
)
@click.option(
    "--report-unused-suppressions",
    is_flag=True,
    help="Report suppression comments that silence nothing (rule unused-suppression).",
)
@click.option(
    "--fix",
    "apply_fixes",
    is_flag=True,
    help="Apply safe fixes to the files in place, then report what is left.",
)
@click.option(
    "--unsafe-fixes",
    is_flag=True,
    help="With --fix or --diff, also apply unsafe fixes (rewrites a human should review).",
)
@click.option(
    "--diff",
    "show_diff",
    is_flag=True,
    help="Print the fixes as a unified diff and write nothing (exit 1 when a file would change).",
)
@_common_options
@table_options
def check(
    paths: tuple[str, ...],
    output_format: str,
    output_file: str | None,
    fail_on: str | None,
    report_unused_suppressions: bool,
    apply_fixes: bool = False,
    unsafe_fixes: bool = False,
    show_diff: bool = False,
    **options: Any,
) -> None:
    """Lint files, folders (for .txt, .md, .markdown, .html, .htm) or - for stdin.

    With --table, the text columns of CSV, JSON Lines or Parquet tables; with
    --catalog, the strings of message catalogues (see docs/tables.md).
    """
    from .runner import read_targets
    from .workspace import Linters

    if wants_tables(options):
        settings = _settings_or_exit(options)
        run_tables(
            paths,
            settings,
            output_format=output_format,
            output_file=output_file,
            fail_on=fail_on,
            fixing=apply_fixes or show_diff,
            options=options,
        )
    if not paths:
        raise UsageError("give a PATH to check (or --table FILE, or --catalog PATH)")
    if output_format in ("jsonl", "parquet"):
        raise UsageError(f"--format {output_format} is for --table and --catalog")

    targets, errors = _plan_or_exit(paths, options)
    linters = Linters()
    if apply_fixes or show_diff:
        _fix_files(
            targets,
            errors,
            linters,
            unsafe=unsafe_fixes,
            diff=show_diff,
            output_format=output_format,
            output_file=output_file,
            fail_on=fail_on,
            report_unused_suppressions=report_unused_suppressions,
            follow_symlinks=bool(options.get("follow_symlinks")),
        )
    cache = _result_cache(options)
    read = read_targets(targets, cache, on_error=_error)
    # The same files, settings and options as a run the cache kept: say what it said.
    run_key = None
    if cache is not None and not errors and read.keys is not None:
        shaping = {
            "format": output_format,
            "fail_on": fail_on,
            "unused_suppressions": report_unused_suppressions,
            "cwd": os.getcwd(),  # SARIF locations are relative to it
        }
        run_key = cache.run_key(read.keys, shaping)
        replayed = cache.get_run(run_key)
        if replayed is not None:
            lines, code = replayed
            _write_or_exit(lines, output_file)
            sys.exit(code)
    linted, lint_errors = _lint(targets, linters, cache, read=read, **options)
    errors = [*errors, *lint_errors]
    if report_unused_suppressions:
        from ..text.suppressions import with_unused_reported

        linted = [(target, with_unused_reported(report)) for target, report in linted]
    lines = _render(output_format, linted, errors)
    code = _exit_code(linted, len(errors), fail_on)
    if cache is not None and run_key is not None and not errors:
        cache.put_run(run_key, lines, code)
    _write_or_exit(lines, output_file)
    sys.exit(code)


def _write_or_exit(lines: Sequence[str], output_file: str | None) -> None:
    try:
        _write(lines, output_file)
    except LingoError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@_common_options
def score(paths: tuple[str, ...], output_format: str, **options: Any) -> None:
    """Print the readability figures and the A-F report card of each file."""
    from ..report import json as json_report
    from .workspace import Linters

    targets, errors = _plan_or_exit(paths, options)
    linted, lint_errors = _lint(targets, Linters(), _result_cache(options), **options)
    errors = [*errors, *lint_errors]
    reports = [report for _, report in linted]
    if output_format == "json":
        click.echo(json_report.scores_json(reports))
    else:
        for report in reports:
            for line in _score_lines(report):
                click.echo(line)
    sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)


def _score_lines(report: Report) -> Iterator[str]:
    from ..engine.grade import findings_per_100_words

    r = report.readability
    colour = {"A": "green", "B": "green", "C": "yellow", "D": "red", "F": "red"}[report.grade]
    yield click.style(f"{report.path or '<stdin>'}: grade {report.grade}", bold=True, fg=colour) + (
        f" ({report.score:.0f}/100)"
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


@main.command(name="report")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option(
    "--output-file",
    "-o",
    type=click.Path(dir_okay=False),
    default="lingo-report.html",
    show_default=True,
    metavar="FILE",
    help="Where to write the HTML report (atomically).",
)
@click.option(
    "--compare",
    "compare_file",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="OLD.json",
    help="Earlier results (lingo check --format json): show what was fixed and what is new.",
)
@click.option("--title", default="lingo report", show_default=True, help="The report's title.")
@_common_options
def report_command(
    paths: tuple[str, ...], output_file: str, compare_file: str | None, title: str, **options: Any
) -> None:
    """Write one self-contained HTML report: overview, highlighted documents, changes."""
    from .html_report import write_html_report
    from .workspace import Linters

    targets, errors = _plan_or_exit(paths, options)
    try:
        old = _old_findings(compare_file)
        linted, lint_errors = _lint(targets, Linters(), _result_cache(options), **options)
        errors = [*errors, *lint_errors]
        if errors and not linted:
            _error(f"no report written to {output_file}: no file could be checked")
            sys.exit(EXIT_ERROR)
        summary = write_html_report(
            linted, output_file, rules=_rules_of(linted), old=old, title=title
        )
    except LingoError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)
    click.echo(summary, err=True)
    sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)


def _old_findings(compare_file: str | None) -> Any:
    """The earlier run's findings for --compare, read before linting so a bad file fails fast."""
    if compare_file is None:
        return None
    from ..report.html import load_old_findings

    return (compare_file, load_old_findings(compare_file))


@main.command(name="rules")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
def rules_command(output_format: str) -> None:
    """List every rule with its category, severity and fix."""
    from ..lexicon.rules import all_rules

    try:
        rules = all_rules()
    except LingoError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)
    if output_format == "json":
        import json

        click.echo(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "category": r.category,
                        "severity": r.severity.value,
                        "title": r.title,
                        "fix": r.fix,
                        "entries": r.entries,
                    }
                    for r in rules
                ],
                indent=2,
            )
        )
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
    from ..lexicon.rules import find_rule, rule_doc

    try:
        info = find_rule(rule)
        click.echo(rule_doc(info.id).rstrip())
    except LingoError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)


@main.command()
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=0,
    show_default=True,
    help="Port to listen on (0: a free one, printed at start).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Loopback address to listen on (127.0.0.1, localhost or ::1).",
)
@click.option("--model", metavar="NAME", help="spaCy pipeline to use (package name or path).")
@click.option("--open", "open_browser", is_flag=True, help="Open the editor in a web browser.")
def serve(port: int, host: str, model: str | None, open_browser: bool) -> None:
    """A local web page for writing: highlights as you type, explanations, rewrites."""
    try:
        import jinja2  # noqa: F401
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        _error('lingo serve needs the web extra: pip install "lingo-lint[web]"')
        sys.exit(EXIT_ERROR)
    from ..web import serve as run

    try:
        run(host, port, model=model, open_browser=open_browser, announce=click.echo)
    except LingoError as exc:
        _error(str(exc))
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        pass


def _fix_command(**kwargs: Any) -> None:
    kwargs["apply_fixes"] = not kwargs.get("show_diff")
    assert check.callback is not None
    check.callback(**kwargs)


main.add_command(
    click.Command(
        "fix",
        callback=_fix_command,
        params=[p for p in check.params if p.name != "apply_fixes"],
        help="Apply fixes in place and report what is left: the same as `lingo check --fix`.",
        short_help="Apply fixes in place (lingo check --fix).",
        context_settings={"help_option_names": ["-h", "--help"]},
    )
)


if __name__ == "__main__":
    main()

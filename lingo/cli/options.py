"""What the commands share: exit codes, errors, colour, options, and finding the files to lint."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import click

from ..errors import LingoError
from ..profiles import AUTO, PASSIVE_POLICIES, PROFILES

if TYPE_CHECKING:
    from .workspace import Plan, Settings, Target

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
SYNTAX_CHOICES = ["plain", "text", "markdown", "mdx", "html"]  # "text" is "plain"
COLOR_CHOICES = ["auto", "always", "never"]


class UsageError(click.UsageError):
    exit_code = EXIT_ERROR


def error(message: str) -> None:
    """Each line of a problem on stderr, prefixed `lingo:` (a lexicon may have several)."""
    from ..report.names import message_line

    for line in str(message).splitlines() or [""]:
        click.echo(f"lingo: {message_line(line)}", err=True)


def split_list(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


# -- colour ----------------------------------------------------------------------------


def use_colour(choice: str | None, stream: Any = None) -> bool | None:
    """Whether to colour: True, False, or None for "if it is a terminal" (click decides).

    `--color always|never` wins; then NO_COLOR (any value) turns colour off,
    FORCE_COLOR (any value but 0) turns it on, and TERM=dumb turns it off.
    """
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    force = os.environ.get("FORCE_COLOR")
    if force and force != "0":
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return None


def set_colour(choice: str | None) -> None:
    """Apply the colour choice to everything this command echoes, stdout and stderr."""
    context = click.get_current_context(silent=True)
    if context is not None:
        context.color = use_colour(choice)


def colour_option(function: Any) -> Any:
    return click.option(
        "--color",
        "color",
        type=click.Choice(COLOR_CHOICES),
        default="auto",
        show_default=True,
        help="Colour the output: auto (on a terminal, unless NO_COLOR or TERM=dumb; "
        "FORCE_COLOR forces it), always or never.",
    )(function)


# -- settings and files ------------------------------------------------------------------


def cli_overrides(**options: Any) -> dict[str, Any]:
    """The settings given on the command line, as configuration keys (they win over files)."""
    data: dict[str, Any] = {}
    if options.get("select"):
        data["select"] = list(split_list(options["select"]))
    if options.get("ignore"):
        data["ignore"] = list(split_list(options["ignore"]))
    if options.get("enable"):
        data["enable"] = list(split_list(options["enable"]))
    if options.get("target_grade") is not None:
        data["target-grade"] = options["target_grade"]
    if options.get("model"):
        data["model"] = options["model"]
    if options.get("max_length") is not None:
        data["max-length"] = options["max_length"]
    if options.get("time_budget") is not None:
        data["time-budget"] = options["time_budget"]
    if options.get("accept"):
        data["accept"] = list(split_list(options["accept"]))
    if options.get("extra_lexicon"):
        data["extra-lexicons"] = list(options["extra_lexicon"])
    if options.get("profile"):
        data["profile"] = options["profile"]
    if options.get("passive"):
        data["passive"] = options["passive"]
    if options.get("baseline"):
        data["baseline"] = os.path.abspath(options["baseline"])
    return data


def settings_for(**options: Any) -> Settings:
    """Where each file's settings come from: --config, discovery or --isolated, then options."""
    from .workspace import Settings

    if options.get("config") and options.get("isolated"):
        raise UsageError("--config and --isolated cannot be used together")
    return Settings(
        cli_overrides(**options),
        config_file=options.get("config"),
        isolated=bool(options.get("isolated")),
        exclude=split_list(options.get("exclude") or ()),
    )


def settings_or_exit(options: dict[str, Any]) -> Settings:
    """The settings the options ask for; a bad option or configuration exits 2."""
    try:
        return settings_for(**options)
    except LingoError as exc:
        error(str(exc))
        sys.exit(EXIT_ERROR)


def plan_or_exit(
    paths: Sequence[str], options: dict[str, Any], *, quiet: bool = False
) -> tuple[list[Target], list[str]]:
    """The files to lint with their settings; a bad option or config ends the run (exit 2).

    So does a run that finds nothing to lint in the folders it was given.
    """
    from .workspace import nothing_to_lint, plan

    try:
        settings = settings_for(**options)
        if options.get("stdin_filename") and "-" not in paths:
            raise UsageError("--stdin-filename names standard input: pass - as the path")
        found: Plan = plan(
            paths,
            settings,
            force_exclude=bool(options.get("force_exclude")),
            stdin_filename=options.get("stdin_filename"),
            syntax=options.get("syntax"),
            follow_symlinks=bool(options.get("follow_symlinks")),
        )
    except LingoError as exc:
        error(str(exc))
        sys.exit(EXIT_ERROR)
    if not quiet:
        for notice in found.notices:
            error(notice)
    for problem in found.errors:
        error(problem)
    empty = nothing_to_lint(paths, found)
    if empty is not None:
        error(empty)
        sys.exit(EXIT_ERROR)
    return found.targets, found.errors


EXTRA_LEXICON = click.option(
    "--extra-lexicon",
    multiple=True,
    metavar="PATH",
    help="A team lexicon file or folder (same schema as lingo's own).",
)
CONFIG = click.option(
    "--config",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
    help="Use this lingo.yaml or pyproject.toml, not the nearest one found.",
)
ISOLATED = click.option(
    "--isolated",
    is_flag=True,
    help="Ignore every configuration file: defaults and options only.",
)


def common_options(function: Any) -> Any:
    """What to check, which settings, which files, and how fast: for check, fix, score, baseline."""
    options = [
        click.option(
            "--model", metavar="NAME", help="spaCy pipeline to use (package name or path)."
        ),
        click.option(
            "--profile",
            type=click.Choice([AUTO, *PROFILES]),
            default=None,
            help="Audience: which rules speak and how loudly (default auto: help-article for "
            "a page with headings or front matter, support-reply for anything else).",
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
        EXTRA_LEXICON,
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
            "--time-budget",
            type=click.FloatRange(min=0),
            default=None,
            metavar="SECONDS",
            help="Give up a file that takes longer to lint, with an error (default 120; 0: none).",
        ),
        CONFIG,
        ISOLATED,
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
            type=click.Choice(SYNTAX_CHOICES),
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


def rule_source_options(function: Any) -> Any:
    """Which rules exist: the configuration's team lexicons, for `lingo rules` and `explain`."""
    for option in reversed((EXTRA_LEXICON, CONFIG, ISOLATED)):
        function = option(function)
    return function

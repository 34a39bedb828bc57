"""The commands that make web pages: `lingo report` (an HTML file) and `lingo serve`."""

from __future__ import annotations

import sys
from typing import Any

import click

from .. import __version__
from ..errors import LingoError
from .linting import lint, result_cache
from .options import EXIT_CLEAN, EXIT_ERROR, common_options, error, plan_or_exit
from .output import rules_of

# The web extra, installed the way docs/ci.md says lingo is installed (it is not on PyPI).
WEB_EXTRA = (
    f'pip install "lingo-lint[web] @ git+https://github.com/lingo-lint/lingo@v{__version__}"'
)


@click.command(name="report", short_help="One self-contained HTML report of the findings.")
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
@common_options
def report_command(
    paths: tuple[str, ...], output_file: str, compare_file: str | None, title: str, **options: Any
) -> None:
    """Write one self-contained HTML report: overview, highlighted documents, changes."""
    from .html_report import write_html_report
    from .workspace import Linters

    targets, errors = plan_or_exit(paths, options)
    try:
        old = _old_findings(compare_file)
        linted, lint_errors = lint(targets, Linters(), result_cache(options), **options)
        errors = [*errors, *lint_errors]
        if errors and not linted:
            error(f"no report written to {output_file}: no file could be checked")
            sys.exit(EXIT_ERROR)
        summary = write_html_report(
            linted, output_file, rules=rules_of(linted), old=old, title=title
        )
    except LingoError as exc:
        error(str(exc))
        sys.exit(EXIT_ERROR)
    click.echo(summary, err=True)
    sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)


def _old_findings(compare_file: str | None) -> Any:
    """The earlier run's findings for --compare, read before linting so a bad file fails fast."""
    if compare_file is None:
        return None
    from ..report.html import load_old_findings

    return (compare_file, load_old_findings(compare_file))


@click.command(short_help="A local web page for writing, with highlights as you type.")
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
        error(f"lingo serve needs the web extra: {WEB_EXTRA} (from a clone: pip install '.[web]')")
        sys.exit(EXIT_ERROR)
    from ..web import serve as run

    try:
        run(host, port, model=model, open_browser=open_browser, announce=click.echo)
    except LingoError as exc:
        error(str(exc))
        sys.exit(EXIT_ERROR)
    except KeyboardInterrupt:
        pass

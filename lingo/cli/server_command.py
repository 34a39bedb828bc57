"""`lingo server`: the language server, for editors (lingo/lsp/, docs/editors.md)."""

from __future__ import annotations

import importlib.util
import sys

import click

from .. import __version__
from .options import EXIT_ERROR, error

# The lsp extra, installed the way docs/ci.md says lingo is installed (it is not on PyPI).
LSP_EXTRA = (
    f'pip install "lingo-lint[lsp] @ git+https://github.com/lingo-lint/lingo@v{__version__}"'
)


@click.command(short_help="The language server on stdin and stdout, for editors.")
def server() -> None:
    """Run the language server on stdin and stdout, for editors (docs/editors.md)."""
    missing = [name for name in ("pygls", "lsprotocol") if importlib.util.find_spec(name) is None]
    if missing:
        error(
            f"lingo server needs the lsp extra ({' and '.join(missing)}): {LSP_EXTRA} "
            "(from a clone: pip install '.[lsp]')"
        )
        sys.exit(EXIT_ERROR)
    from ..lsp.server import main as serve

    serve()

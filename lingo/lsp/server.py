"""`lingo server`: the Language Server Protocol over stdio, on pygls.

The message loop (asyncio) takes notes and answers from the last check;
checks run in one worker thread (lingo/lsp/documents.py). Features:
diagnostics on open, change and save; quick fixes and "fix all"
(lingo/lsp/actions.py); hovers and the report card (lingo/lsp/explain.py):
a `lingo/reportCard` request, a code lens and an inlay hint at the top of
the document; settings found as the command line finds them and read again
when a configuration or team lexicon file changes (lingo/lsp/settings.py).

This module holds the entry points, `make_server` and `main`; the server's
state and its checks are in lingo/lsp/language_server.py, the handler of
each message in lingo/lsp/handlers.py.
"""

from __future__ import annotations

import logging

from .handlers import register
from .language_server import LingoServer


def make_server() -> LingoServer:
    """A lingo language server with every feature registered."""
    server = LingoServer()
    register(server)
    return server


class _OneLine(logging.Formatter):
    """Log records on one line: a client's malformed message is its problem, not a traceback."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            message = f"{message}: {type(error).__name__}: {error}"
        return f"lingo server: {message}"


def main() -> None:
    """Serve over stdin and stdout until the client says exit."""
    handler = logging.StreamHandler()
    handler.setFormatter(_OneLine())
    logging.basicConfig(level=logging.WARNING, handlers=[handler])
    make_server().start_io()

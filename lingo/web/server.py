"""`lingo serve`: build the Linter once, bind a loopback port, run the editor until Ctrl+C."""

from __future__ import annotations

import socket
from collections.abc import Callable

from ..config import Config
from ..errors import LingoError

WARM_UP = (
    "Your refund request was rejected by the billing team because the forms were not "
    "utilized, and per our policy we cannot reprocess it until further notice."
)
LOOPBACK = {"127.0.0.1": socket.AF_INET, "localhost": socket.AF_INET, "::1": socket.AF_INET6}


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on a loopback address; port 0 picks a free one."""
    family = LOOPBACK.get(host)
    if family is None:
        raise LingoError(
            f"--host {host}: the editor only listens on this machine (127.0.0.1, localhost or ::1)"
        )
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1" if host == "localhost" else host, port))
    except OSError as exc:
        sock.close()
        raise LingoError(f"cannot listen on {host} port {port}: {exc.strerror or exc}") from None
    sock.listen(64)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def serve(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    model: str | None = None,
    announce: Callable[[str], None] = print,
    open_browser: bool = False,
) -> None:
    """Run the editor; `announce` gets the address once the pipeline is loaded."""
    import uvicorn

    from ..engine.linter import Linter
    from .app import create_app

    sock = bind(host, port)  # before loading the model: a taken port fails at once
    try:
        linter = Linter(config=Config(model=model))
        linter.check(WARM_UP)  # load what lingo reads on first use, before the first keystroke
        app = create_app(linter)
        server = uvicorn.Server(
            uvicorn.Config(app, log_level="warning", access_log=False, server_header=False)
        )
        url = url_of(sock)
        announce(f"lingo serve: the editor is at {url} (Ctrl+C to stop)")
        if open_browser:
            import webbrowser

            webbrowser.open(url)
        server.run(sockets=[sock])
    finally:
        sock.close()

"""The live editor's web application: one page and two JSON endpoints over one Linter.

It answers only this machine: a request whose Host or Origin names another
site is refused (so a web page cannot reach it through DNS rebinding), a body
over the limit is refused, and nothing is ever written to disk.
"""

from __future__ import annotations

import bisect
import json
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping
from importlib import resources
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from ..errors import LingoError
from ..findings import Finding, Report
from ..lexicon.rules import all_rules
from .profiles import DEFAULT_PROFILE, PROFILES, profile_config

if TYPE_CHECKING:
    from ..engine.linter import Linter

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY = 2_000_000  # bytes of JSON a request may carry
MAX_TEXT = 200_000  # characters of copy the editor lints (a long help article is 20,000)
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})
SYNTAXES = {"plain": "Plain text", "markdown": "Markdown", "html": "HTML"}
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


class BadRequest(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _host_name(value: str) -> str:
    """`127.0.0.1:8080` -> `127.0.0.1`; `[::1]:8080` -> `[::1]`."""
    value = value.strip().lower()
    if value.startswith("["):
        return value[: value.find("]") + 1]
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def is_local_origin(origin: str) -> bool:
    scheme, _, rest = origin.partition("://")
    return scheme == "http" and _host_name(rest.split("/", 1)[0]) in LOCAL_HOSTS


class LocalOnly:
    """Refuses requests whose Host or Origin is not this machine, and oversized bodies."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        problem = None
        if _host_name(headers.get("host", "")) not in LOCAL_HOSTS:
            problem = "this editor answers only requests addressed to 127.0.0.1 or localhost"
        elif "origin" in headers and not is_local_origin(headers["origin"]):
            problem = "requests from other sites are refused"
        elif int(headers.get("content-length") or 0) > MAX_BODY:
            await _reply(scope, receive, send, 413, "the request is too large")
            return
        if problem is not None:
            await _reply(scope, receive, send, 403, problem)
            return
        await self.app(scope, receive, send)


async def _reply(scope: Scope, receive: Receive, send: Send, status: int, message: str) -> None:
    await JSONResponse({"error": message}, status_code=status)(scope, receive, send)


async def _read_json(request: Request) -> dict[str, Any]:
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        raise BadRequest(415, "send the text as application/json")
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_BODY:
            raise BadRequest(413, "the request is too large")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise BadRequest(400, "the request is not JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise BadRequest(400, "the request needs a text")
    if len(data["text"]) > MAX_TEXT:
        raise BadRequest(413, f"the text is longer than {MAX_TEXT:,} characters")
    if data.get("syntax", "plain") not in SYNTAXES:
        raise BadRequest(400, f"unknown syntax (use one of: {', '.join(SYNTAXES)})")
    return data


class Utf16:
    """Offsets in a text as JavaScript counts them (UTF-16 code units)."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset) if self._astral else offset


def finding_json(finding: Finding, at: Utf16) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "category": finding.category,
        "severity": finding.severity.value,
        "message": finding.message,
        "text": finding.text,
        "start": at(finding.start),
        "end": at(finding.end),
        "line": finding.line,
        "column": finding.column,
        "suggestions": [
            {
                "text": s.text,
                "safety": s.safety,
                "edits": [
                    {"start": at(e.start), "end": at(e.end), "replacement": e.replacement}
                    for e in s.edits
                ],
            }
            for s in finding.suggestions
        ],
    }


def report_json(report: Report, text: str, elapsed: float) -> dict[str, Any]:
    at = Utf16(text)
    return {
        "grade": report.grade,  # null: nothing to grade (no prose, or not English)
        "score": report.score,
        "language": report.language,
        "profile": report.profile,  # what `auto` read the text as; null for a chosen profile
        "readability": report.readability.to_dict(),
        "findings": [finding_json(f, at) for f in report.findings],
        "ms": round(1000 * elapsed, 1),
    }


def create_app(linter: Linter) -> Starlette:
    """The editor over `linter` (built once by the caller; lint calls are serialised)."""
    lock = threading.Lock()
    templates = Jinja2Templates(directory=str(resources.files(__package__) / "templates"))
    rules = {
        r.id: {"title": r.title, "why": r.why, "category": r.category}
        for r in all_rules(linter.rules)
    }

    def check(text: str, profile: str, syntax: str) -> dict[str, Any]:
        config = profile_config(profile)
        started = time.perf_counter()
        with lock:
            report = next(linter.check_many([text], configs=[config], syntax=syntax))
        return report_json(report, text, time.perf_counter() - started)

    def fix(text: str, profile: str, syntax: str, unsafe: bool) -> dict[str, Any]:
        config = profile_config(profile)
        with lock:
            fixed, applied = linter.fix(text, unsafe=unsafe, syntax=syntax, config=config)
        return {"text": fixed, "applied": len(applied)}

    async def page(request: Request) -> Response:
        return templates.TemplateResponse(
            request,
            "editor.html",
            {
                "profiles": PROFILES,
                "default_profile": DEFAULT_PROFILE,
                "syntaxes": SYNTAXES,
                "rules_json": json.dumps(rules).replace("<", "\\u003c"),
                "max_text": MAX_TEXT,
            },
        )

    Work = Callable[[dict[str, Any]], dict[str, Any]]

    async def answer(request: Request, work: Work) -> Response:
        """Run `work` on the request's JSON off the event loop; errors as JSON with a status."""
        try:
            data = await _read_json(request)
            result = await run_in_threadpool(work, data)
        except BadRequest as exc:
            return JSONResponse({"error": str(exc)}, status_code=exc.status)
        except LingoError as exc:
            return JSONResponse({"error": str(exc)}, status_code=422)
        return JSONResponse(result)

    def settings(data: dict[str, Any]) -> tuple[str, str, str]:
        return (
            data["text"],
            str(data.get("profile") or DEFAULT_PROFILE),
            str(data.get("syntax") or "plain"),
        )

    async def api_check(request: Request) -> Response:
        return await answer(request, lambda data: check(*settings(data)))

    async def api_fix(request: Request) -> Response:
        return await answer(request, lambda data: fix(*settings(data), bool(data.get("unsafe"))))

    async def no_icon(request: Request) -> Response:
        return Response(status_code=204)

    app = Starlette(
        routes=[
            Route("/", page),
            Route("/favicon.ico", no_icon),
            Route("/api/check", api_check, methods=["POST"]),
            Route("/api/fix", api_fix, methods=["POST"]),
            Mount("/static", StaticFiles(packages=[(__package__, "static")]), name="static"),
        ]
    )
    app.add_middleware(SecurityHeaders)
    app.add_middleware(LocalOnly)
    return app


class SecurityHeaders:
    """Every answer: no framing, no sniffing, no referrer, and the page's script only."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"cache-control", b"no-store"),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)

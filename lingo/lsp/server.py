"""`lingo server`: the Language Server Protocol over stdio, on pygls.

The message loop (asyncio) takes notes and answers from the last check;
checks run in one worker thread (lingo/lsp/documents.py). Features:
diagnostics on open, change and save; quick fixes and "fix all"
(lingo/lsp/actions.py); hovers and the report card (lingo/lsp/explain.py):
a `lingo/reportCard` request, a code lens and an inlay hint at the top of
the document; settings found as the command line finds them and read again
when a configuration or team lexicon file changes (lingo/lsp/settings.py).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import traceback
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path

from .. import __version__
from ..engine.collector import fewer_collections
from ..engine.linters import Linters
from ..errors import ConfigError, LingoError
from ..findings import Finding, Report
from ..fix import fix_for
from . import actions, explain
from .diagnostics import diagnostic
from .documents import Checked, OpenDocument, Unchecked, text_problem
from .incremental import IncrementalChecker, Stale, memory_zone
from .positions import PositionMap
from .settings import Configurations, ServerOptions

REPORT_CARD = "lingo/reportCard"
SHOW_REPORT_CARD = "lingo.showReportCard"
WATCHED = ("**/lingo.yaml", "**/.lingo.yaml", "**/pyproject.toml", "**/*.yaml", "**/*.yml")
WARM_UP = "We cannot utilize this, per our policy."

log = logging.getLogger(__name__)


class _Answered:
    """A malformed request that has had its error answer: nothing more to do with it."""

    jsonrpc = None


class _Protocol(LanguageServerProtocol):
    """pygls's protocol, answering a request it cannot read with a JSON-RPC error.

    pygls logs such a request and drops it, so the editor would wait for an
    answer that never comes.
    """

    def structure_message(self, data: dict[str, Any]) -> Any:
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if "id" in data and "method" in data and isinstance(data["id"], (int, str)):
                error = type(exc)(message=f"{exc.message}: bad parameters for {data['method']}")
                self._send_response(data["id"], error=error.to_response_error())
                return _Answered()
            raise

    def handle_message(self, message: Any) -> None:
        if not isinstance(message, _Answered):
            super().handle_message(message)


class LingoServer(LanguageServer):
    """lingo's language server: one engine (`lingo.Linter`), checked in a worker thread."""

    def __init__(self) -> None:
        super().__init__("lingo", __version__, protocol_cls=_Protocol)
        self.options = ServerOptions()
        self.configs = Configurations(self.options, None)
        self.linters = Linters()
        self.documents: dict[str, OpenDocument] = {}
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lingo-check")
        self.encoding = "utf-16"
        self.workspace_roots: list[str] = []
        self._refreeze = False

    # -- scheduling ------------------------------------------------------------------

    def schedule(self, doc: OpenDocument, delay: float) -> None:
        """Check the document's current version after `delay` seconds (a newer edit restarts it)."""
        if doc.task is not None and not doc.task.done():
            doc.task.cancel()
        doc.task_version = doc.version
        doc.task = asyncio.ensure_future(self._check_later(doc, doc.version, delay))

    async def _check_later(self, doc: OpenDocument, version: int, delay: float) -> None:
        if delay > 0:
            doc.waiting_out = True
            try:
                await asyncio.sleep(delay)
            finally:
                doc.waiting_out = False
        text = self.workspace.get_text_document(doc.uri).source
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(self.worker, self._check, doc, version, text)
        if result is None or not doc.is_current(version):
            return  # a newer version is on its way
        self._publish(doc, result)

    def _check(self, doc: OpenDocument, version: int, text: str) -> Checked | Unchecked | None:
        """In the worker thread: check one version (None when a newer one replaced it)."""
        if not doc.is_current(version):
            return None
        problem = text_problem(text, doc.name)
        if problem is not None:
            return Unchecked(version, problem)
        try:
            checker = self._checker(doc)
            with fewer_collections(), memory_zone(checker.linter):
                report = checker.check(text, stale=lambda: not doc.is_current(version))
        except Stale:
            return None
        except LingoError as exc:
            return Unchecked(version, str(exc))
        except Exception:  # a bug: say so in the log, keep serving
            log.error("lingo failed on %s:\n%s", doc.name, traceback.format_exc())
            return Unchecked(version, f"{doc.name}: lingo failed on this text (see the log)")
        positions = PositionMap(text, self.encoding)
        diagnostics = self._diagnostics(doc, report.findings, positions)
        if self._refreeze:  # settings were read again: the new pipelines are long-lived too
            self._refreeze = False
            gc.collect()
            gc.freeze()
        return Checked(version, text, report, positions, diagnostics, checker.checked_blocks)

    @staticmethod
    def _diagnostics(
        doc: OpenDocument, findings: Sequence[Finding], positions: PositionMap
    ) -> tuple[types.Diagnostic, ...]:
        """In the worker thread: findings as diagnostics; a finding an edit left in place
        (the same object: see IncrementalChecker) keeps the diagnostic made for it."""
        made: dict[int, tuple[Finding, types.Diagnostic]] = {}
        earlier = doc.made
        for finding in findings:
            kept = earlier.get(id(finding))
            if kept is None or kept[0] is not finding:
                kept = (finding, diagnostic(finding, positions))
            made[id(finding)] = kept
        doc.made = made
        return tuple(d for _, d in made.values())

    def _checker(self, doc: OpenDocument) -> IncrementalChecker:
        """In the worker thread: the document's checker, new when its settings changed."""
        config = self.configs.config_for(doc.path)
        linter = self.linters.for_config(config)
        checker = doc.checker
        if checker is None or checker.config != config or checker.linter is not linter:
            checker = doc.checker = IncrementalChecker(linter, config, doc.path, doc.syntax)
        return checker

    def _publish(self, doc: OpenDocument, result: Checked | Unchecked) -> None:
        if isinstance(result, Checked):
            doc.checked = result
            diagnostics = list(result.diagnostics)
            doc.shown_problem = None
        else:
            doc.checked = None
            diagnostics = []
            if result.problem != doc.shown_problem:
                doc.shown_problem = result.problem
                self.show(f"lingo: {result.problem}", types.MessageType.Warning)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(
                uri=doc.uri, diagnostics=diagnostics, version=result.version
            )
        )
        waiting, doc.waiters = doc.waiters, []
        for waiter in waiting:
            if not waiter.done():
                waiter.set_result(result)
        card = explain.card_title(result.report) if isinstance(result, Checked) else None
        if card != doc.card:
            doc.card = card
            self._refresh_card()

    async def current(self, uri: str) -> tuple[OpenDocument, Checked] | None:
        """The document's check for its current version, waiting for it if need be."""
        doc = self.documents.get(uri)
        if doc is None:
            return None
        if doc.checked is not None and doc.checked.version == doc.version:
            return doc, doc.checked
        waiter: asyncio.Future[Checked | Unchecked] = asyncio.get_running_loop().create_future()
        doc.waiters.append(waiter)
        running = doc.task is not None and not doc.task.done() and not doc.waiting_out
        if not (running and doc.task_version == doc.version):
            self.schedule(doc, 0)  # the writer is waiting: no debounce
        result = await waiter
        if isinstance(result, Checked) and doc.is_current(result.version):
            return doc, result
        return None

    def report_server_error(self, error: Exception, source: Any) -> None:
        """A message lingo could not read (bad JSON, bad parameters): logged, not shown."""
        self.note(f"lingo: could not handle a message from the editor: {error}")

    # -- messages to the writer ------------------------------------------------------

    def show(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def note(self, message: str) -> None:
        self.window_log_message(types.LogMessageParams(type=types.MessageType.Log, message=message))

    def _refresh_card(self) -> None:
        """Ask the client to redraw code lenses and inlay hints (the grade may have changed)."""
        workspace = self.client_capabilities.workspace
        if workspace is None:
            return
        if workspace.code_lens is not None and workspace.code_lens.refresh_support:
            self.workspace_code_lens_refresh(None)
        if workspace.inlay_hint is not None and workspace.inlay_hint.refresh_support:
            self.workspace_inlay_hint_refresh(None)

    # -- settings --------------------------------------------------------------------

    def start(self, params: types.InitializeParams) -> None:
        """Read the initialization options; build the default pipeline in the worker."""
        try:
            self.options = ServerOptions.from_json(params.initialization_options)
        except ConfigError as exc:
            self.options = ServerOptions()
            self._startup_problems = [f"lingo: {exc}; using the defaults"]
        else:
            self._startup_problems = list(self.options.notices)
        general = params.capabilities.general
        encodings = (general.position_encodings if general else None) or []
        self.encoding = next(
            (
                str(e.value if hasattr(e, "value") else e)
                for e in encodings
                if str(getattr(e, "value", e)) in ("utf-16", "utf-8", "utf-32")
            ),
            "utf-16",
        )
        folders = params.workspace_folders or []
        roots = [to_fs_path(f.uri) for f in folders]
        if params.root_uri:
            roots.append(to_fs_path(params.root_uri))
        self.workspace_roots = [r for r in roots if r]
        self.configs = Configurations(self.options, self.workspace_roots[0] if roots else None)
        self.worker.submit(self._warm_up)

    def _warm_up(self) -> None:
        """Load the pipeline at start-up, so the first document is checked at full speed."""
        try:
            config = self.configs.config_for(None)
            self.linters.for_config(config).check(WARM_UP)
        except LingoError:
            pass  # reported when a document needs this pipeline
        except Exception:
            log.error("lingo failed to start its pipeline:\n%s", traceback.format_exc())
        # The pipeline lives as long as the server: keep the collector from scanning it
        # again and again (its full collections paused checks by 100-300 ms).
        gc.collect()
        gc.freeze()

    async def settings_changed(self) -> None:
        """Read the settings again and check every open document with them."""
        await asyncio.get_running_loop().run_in_executor(self.worker, self.reload)
        self.note("lingo: settings changed; checking open documents again")
        for doc in self.documents.values():
            self.schedule(doc, 0)

    def reload(self) -> None:
        """In the worker thread: read configuration and team lexicons afresh."""
        gc.unfreeze()  # pipelines built for team lexicons may be dropped now
        self._refreeze = True
        self.configs = Configurations(self.options, self.configs.root)
        self.linters.forget_team_lexicons()
        for doc in list(self.documents.values()):
            doc.checker = None


def make_server() -> LingoServer:
    """A lingo language server with every feature registered."""
    server = LingoServer()

    @server.feature(types.INITIALIZE)
    def initialize(ls: LingoServer, params: types.InitializeParams) -> None:
        ls.start(params)

    @server.feature(types.INITIALIZED)
    def initialized(ls: LingoServer, params: types.InitializedParams) -> None:
        for problem in getattr(ls, "_startup_problems", []):
            ls.show(problem, types.MessageType.Warning)
        workspace = ls.client_capabilities.workspace
        watch = workspace.did_change_watched_files if workspace else None
        if watch is not None and watch.dynamic_registration:
            watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in WATCHED]
            ls.client_register_capability(
                types.RegistrationParams(
                    registrations=[
                        types.Registration(
                            id="lingo-settings",
                            method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                            register_options=types.DidChangeWatchedFilesRegistrationOptions(
                                watchers=watchers
                            ),
                        )
                    ]
                )
            )

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: LingoServer, params: types.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        path = to_fs_path(item.uri) if item.uri.startswith("file:") else None
        syntax = ls.options.syntax_of(item.language_id, path)
        if syntax is None:
            return  # not a language lingo reads
        doc = OpenDocument(item.uri, path, syntax, item.version)
        ls.documents[item.uri] = doc
        ls.schedule(doc, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: LingoServer, params: types.DidChangeTextDocumentParams) -> None:
        doc = ls.documents.get(params.text_document.uri)
        if doc is None:
            return
        doc.version = params.text_document.version
        ls.schedule(doc, ls.options.debounce_ms / 1000)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: LingoServer, params: types.DidSaveTextDocumentParams) -> None:
        doc = ls.documents.get(params.text_document.uri)
        if doc is None:
            return
        # An editor that does not watch files: a settings file changed since is seen now.
        loop = asyncio.get_running_loop()
        if await loop.run_in_executor(ls.worker, ls.configs.changed_on_disk):
            await ls.settings_changed()
        elif doc.checked is None or doc.checked.version != doc.version:
            ls.schedule(doc, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: LingoServer, params: types.DidCloseTextDocumentParams) -> None:
        doc = ls.documents.pop(params.text_document.uri, None)
        if doc is None:
            return
        doc.closed = True
        if doc.task is not None:
            doc.task.cancel()
        for waiter in doc.waiters:
            if not waiter.done():
                waiter.set_result(Unchecked(doc.version, f"{doc.name}: closed"))
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=doc.uri, diagnostics=[])
        )

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def did_change_watched_files(
        ls: LingoServer, params: types.DidChangeWatchedFilesParams
    ) -> None:
        paths = [to_fs_path(change.uri) for change in params.changes]
        if any(path and ls.configs.watched(path) for path in paths):
            await ls.settings_changed()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(
            code_action_kinds=[types.CodeActionKind.QuickFix, actions.FIX_ALL_KIND],
            resolve_provider=True,
        ),
    )
    async def code_action(
        ls: LingoServer, params: types.CodeActionParams
    ) -> list[types.CodeAction] | None:
        found = await ls.current(params.text_document.uri)
        if found is None:
            return None
        doc, checked = found
        document = actions.Document(
            doc.uri, checked.version, checked.text, doc.syntax, checked.positions
        )
        versioned = _versioned_edits(ls)
        only = params.context.only
        result: list[types.CodeAction] = []
        titles: set[str] = set()
        if not only or any(k.startswith("quickfix") for k in only):
            start = checked.positions.offset(params.range.start)
            end = checked.positions.offset(params.range.end)
            for finding, diag in zip(checked.report.findings, checked.diagnostics):
                if finding.start <= end and start <= finding.end:
                    for action in actions.finding_actions(
                        document, finding, diag, versioned=versioned
                    ):
                        if action.title not in titles:
                            titles.add(action.title)
                            result.append(action)
        wants_fix_all = any(actions.FIX_ALL_KIND.startswith(k) for k in only or ())
        if (not only or wants_fix_all) and any(fix_for(f) for f in checked.report.findings):
            if wants_fix_all:  # asked for by name (fix on save): the edit now
                fixed, count = await _fixed_text(ls, doc, checked)
                if fixed != checked.text:
                    result.append(actions.fix_all_action(document, fixed, count, versioned))
            else:  # offered: the edit when chosen (codeAction/resolve), or by a command
                result.append(actions.fix_all_offer(document, _resolves_edits(ls)))
        return result

    @server.feature(types.CODE_ACTION_RESOLVE)
    async def resolve_code_action(ls: LingoServer, action: types.CodeAction) -> types.CodeAction:
        uri = actions.fix_all_uri(action)
        found = await ls.current(uri) if uri else None
        if found is None:
            return action
        doc, checked = found
        fixed, count = await _fixed_text(ls, doc, checked)
        document = actions.Document(
            doc.uri, checked.version, checked.text, doc.syntax, checked.positions
        )
        return actions.fix_all_action(document, fixed, count, _versioned_edits(ls))

    @server.command(actions.FIX_ALL_COMMAND)
    async def fix_all(ls: LingoServer, *args: Any) -> None:
        uri = args[0] if args and isinstance(args[0], str) else None
        found = await ls.current(uri) if uri else None
        if found is None:
            return
        doc, checked = found
        fixed, count = await _fixed_text(ls, doc, checked)
        if fixed == checked.text:
            return
        document = actions.Document(
            doc.uri, checked.version, checked.text, doc.syntax, checked.positions
        )
        edit = actions.fix_all_action(document, fixed, count, _versioned_edits(ls)).edit
        if edit is not None:
            await ls.workspace_apply_edit_async(
                types.ApplyWorkspaceEditParams(edit=edit, label="lingo: fix all safe problems")
            )

    @server.command(actions.ACCEPT_COMMAND)
    async def accept_term(ls: LingoServer, *args: Any) -> None:
        if len(args) != 2 or not all(isinstance(a, str) for a in args):
            raise ValueError(f"{actions.ACCEPT_COMMAND} takes a document URI and a term")
        uri, term = args
        doc = ls.documents.get(uri)
        path = doc.path if doc is not None else to_fs_path(uri)
        if not path:
            ls.show("lingo: save the document first: its settings live beside the file")
            return
        from .accept import accept_term as add

        loop = asyncio.get_running_loop()
        try:
            file = await loop.run_in_executor(ls.worker, add, term, path, ls.workspace_roots)
        except LingoError as exc:
            ls.show(f"lingo: {exc}", types.MessageType.Warning)
            return
        ls.show(f"lingo: '{term}' is accepted in {file}")
        await ls.settings_changed()

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: LingoServer, params: types.HoverParams) -> types.Hover | None:
        found = await ls.current(params.text_document.uri)
        if found is None:
            return None
        doc, checked = found
        at = checked.positions.offset(params.position)
        under = [f for f in checked.report.findings if f.start <= at <= f.end and f.end > f.start]
        if not under:
            return None
        lexicons = doc.checker.linter.rules if doc.checker is not None else None
        start = min(f.start for f in under)
        end = max(f.end for f in under)
        return types.Hover(
            contents=types.MarkupContent(
                kind=types.MarkupKind.Markdown, value=explain.hover_markdown(under, lexicons)
            ),
            range=checked.positions.range(start, end),
        )

    @server.feature(REPORT_CARD)
    async def report_card(ls: LingoServer, params: Any) -> dict[str, Any] | None:
        uri = _uri_of(params)
        found = await ls.current(uri) if uri else None
        if found is None:
            return None
        doc, checked = found
        return explain.card_json(checked.report, doc.uri, checked.version)

    @server.feature(types.TEXT_DOCUMENT_CODE_LENS)
    def code_lens(ls: LingoServer, params: types.CodeLensParams) -> list[types.CodeLens] | None:
        checked = _checked(ls, params.text_document.uri)
        if checked is None:
            return None
        top = types.Range(start=types.Position(0, 0), end=types.Position(0, 0))
        title = explain.card_title(checked.report)
        command = types.Command(
            title=title, command=SHOW_REPORT_CARD, arguments=[params.text_document.uri]
        )
        return [types.CodeLens(range=top, command=command)]

    @server.feature(types.TEXT_DOCUMENT_INLAY_HINT)
    def inlay_hint(ls: LingoServer, params: types.InlayHintParams) -> list[types.InlayHint] | None:
        checked = _checked(ls, params.text_document.uri)
        if checked is None or params.range.start.line > 0:
            return None
        _, end = checked.positions.line_range(0)
        return [
            types.InlayHint(
                position=checked.positions.position(end),
                label=explain.card_title(checked.report),
                padding_left=True,
                tooltip=explain.card_text(checked.report, "this document"),
            )
        ]

    @server.command(SHOW_REPORT_CARD)
    async def show_report_card(ls: LingoServer, *args: Any) -> dict[str, Any] | None:
        uri = args[0] if args and isinstance(args[0], str) else None
        found = await ls.current(uri) if uri else None
        if found is None:
            return None
        doc, checked = found
        ls.show(explain.card_text(checked.report, doc.name))
        return explain.card_json(checked.report, doc.uri, checked.version)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: LingoServer, params: None) -> None:
        for doc in ls.documents.values():
            if doc.task is not None:
                doc.task.cancel()
        ls.worker.shutdown(wait=False, cancel_futures=True)

    return server


def _checked(ls: LingoServer, uri: str) -> Checked | None:
    doc = ls.documents.get(uri)
    return doc.checked if doc is not None else None


def _uri_of(params: Any) -> str | None:
    """The document URI of a `lingo/reportCard` request: {"textDocument": {"uri": ...}}."""
    document = getattr(params, "text_document", None) or getattr(params, "textDocument", None)
    if document is None and isinstance(params, dict):
        document = params.get("textDocument")
    uri = getattr(document, "uri", None)
    if uri is None and isinstance(document, dict):
        uri = document.get("uri")
    return uri if isinstance(uri, str) else None


def _resolves_edits(ls: LingoServer) -> bool:
    """Whether the client asks for a code action's edit when the writer picks it."""
    document = ls.client_capabilities.text_document
    action = document.code_action if document else None
    support = action.resolve_support if action else None
    return bool(support and "edit" in support.properties)


def _versioned_edits(ls: LingoServer) -> bool:
    workspace = ls.client_capabilities.workspace
    edit = workspace.workspace_edit if workspace else None
    return bool(edit and edit.document_changes)


async def _fixed_text(ls: LingoServer, doc: OpenDocument, checked: Checked) -> tuple[str, int]:
    """The text `lingo check --fix` would leave, and how many fixes it applied."""
    from ..fix import fix_text

    checker = doc.checker
    if checker is None:
        return checked.text, 0

    def lint(text: str) -> Report:
        return next(
            checker.linter.check_many(
                [text], paths=[checker.path], syntax=checker.syntax, configs=[checker.config]
            )
        )

    def fix() -> tuple[str, int]:
        with fewer_collections(), memory_zone(checker.linter):
            result = fix_text(lint, checked.text, unsafe=False)
        return result.text, len(result.applied)

    return await asyncio.get_running_loop().run_in_executor(ls.worker, fix)


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

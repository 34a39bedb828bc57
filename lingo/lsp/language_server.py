"""`LingoServer`: the language server's state and the work it does between messages.

The open documents, their checks (scheduled from the message loop, run in
one worker thread), publishing each check's diagnostics, messages to the
writer, and the settings: read from the initialization options at start,
and read again when a configuration or team lexicon file changes. Also the
protocol's answer to a request it cannot read. The handlers that call all
this are in lingo/lsp/handlers.py.
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
from ..findings import Finding
from . import explain
from .diagnostics import diagnostic
from .documents import Checked, OpenDocument, Unchecked, text_problem
from .incremental import IncrementalChecker, Stale, memory_zone
from .positions import PositionMap
from .settings import Configurations, ServerOptions

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

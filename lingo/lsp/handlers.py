"""What the server answers: one handler per LSP message and command, registered by `register`.

Document sync (open, change, save, close) and watched settings files
schedule checks; code actions, "fix all", accepting a term, hovers and the
report card (a request, a code lens, an inlay hint, a command) answer from
the document's current check, waiting for it if need be.
"""

from __future__ import annotations

import asyncio
from typing import Any

from lsprotocol import types
from pygls.uris import to_fs_path

from ..engine.collector import fewer_collections
from ..errors import LingoError
from ..findings import Report
from ..fix import fix_for
from . import actions, explain
from .documents import Checked, OpenDocument, Unchecked
from .incremental import memory_zone
from .language_server import LingoServer

REPORT_CARD = "lingo/reportCard"
SHOW_REPORT_CARD = "lingo.showReportCard"
WATCHED = ("**/lingo.yaml", "**/.lingo.yaml", "**/pyproject.toml", "**/*.yaml", "**/*.yml")


def register(server: LingoServer) -> None:
    """Register every feature and command on `server`."""

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

"""`lingo server` as an editor sees it: a real LSP client (pytest-lsp) over stdio.

One server process serves the whole module (its pipeline loads once); each
test opens its own documents.
"""

from __future__ import annotations

import ast
import asyncio
import concurrent.futures
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

pytest_lsp = pytest.importorskip("pytest_lsp", reason="pytest-lsp needs Python 3.10 or newer")

from lsprotocol import types  # noqa: E402
from pygls.exceptions import JsonRpcInvalidParams  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities  # noqa: E402

pytestmark = pytest.mark.asyncio(loop_scope="module")

TIMEOUT = 60.0  # seconds: a slow CI machine loading the pipeline
INITIALIZED: dict[str, types.InitializeResult] = {}
REGISTERED: list[types.Registration] = []
REFRESHED: list[str] = []


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("workspace")
    (root / ".git").mkdir()  # a repository root: configuration discovery stops here
    return root


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "lingo", "server"]),
)
async def client(lsp_client: LanguageClient, workspace: Path) -> Any:
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:
        REGISTERED.extend(params.registrations)

    @lsp_client.feature(types.WORKSPACE_CODE_LENS_REFRESH)
    def refresh_lenses(params: None) -> None:
        REFRESHED.append(types.WORKSPACE_CODE_LENS_REFRESH)

    @lsp_client.feature(types.WORKSPACE_INLAY_HINT_REFRESH)
    def refresh_hints(params: None) -> None:
        REFRESHED.append(types.WORKSPACE_INLAY_HINT_REFRESH)

    INITIALIZED["result"] = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            root_uri=workspace.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=workspace.as_uri(), name="docs")],
            initialization_options={"debounce": 50},
        )
    )
    yield
    await lsp_client.shutdown_session()


# -- helpers ---------------------------------------------------------------------------


async def until(condition: Callable[[], Any], timeout: float = TIMEOUT) -> Any:
    """Wait until `condition()` is truthy; return it."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = condition()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out waiting for the server")
        await asyncio.sleep(0.02)


class Doc:
    """An open document on the client side: its text, version and diagnostics."""

    def __init__(self, client: LanguageClient, path: Path, text: str, language: str) -> None:
        self.client = client
        self.uri = path.as_uri()
        self.path = path
        self.text = text
        self.version = 1
        path.write_text(text, encoding="utf-8")
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=self.uri, language_id=language, version=1, text=text
                )
            )
        )

    @property
    def identifier(self) -> types.TextDocumentIdentifier:
        return types.TextDocumentIdentifier(uri=self.uri)

    async def diagnostics(
        self, condition: Callable[[Sequence[types.Diagnostic]], bool] = lambda d: True
    ) -> list[types.Diagnostic]:
        def ready() -> Sequence[types.Diagnostic] | None:
            found = self.client.diagnostics.get(self.uri)
            return found if found is not None and condition(found) else None

        found = await until(lambda: (ready(),) if ready() is not None else None)
        return list(found[0])

    def replace(self, old: str, new: str) -> None:
        """An incremental edit, as an editor sends it (UTF-16 positions)."""
        start = self.text.index(old)
        rng = types.Range(
            start=position(self.text, start), end=position(self.text, start + len(old))
        )
        self.text = self.text[:start] + new + self.text[start + len(old) :]
        self.version += 1
        self.client.diagnostics.pop(self.uri, None)
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(
                    uri=self.uri, version=self.version
                ),
                content_changes=[types.TextDocumentContentChangePartial(range=rng, text=new)],
            )
        )

    def apply(self, edit: types.WorkspaceEdit) -> None:
        """Apply a code action's edit to the text, as the editor would, and tell the server."""
        assert edit.document_changes, "edits name the document version"
        (change,) = edit.document_changes
        assert isinstance(change, types.TextDocumentEdit)
        assert change.text_document.version == self.version
        edits = sorted(change.edits, key=lambda e: offset(self.text, e.range.start), reverse=True)
        text = self.text
        for e in edits:
            text = (
                text[: offset(text, e.range.start)] + e.new_text + text[offset(text, e.range.end) :]
            )
        self.version += 1
        self.text = text
        self.client.diagnostics.pop(self.uri, None)
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(
                    uri=self.uri, version=self.version
                ),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )

    async def actions(self, needle: str, only: list[str] | None = None) -> list[types.CodeAction]:
        start = self.text.index(needle)
        rng = types.Range(start=position(self.text, start), end=position(self.text, start))
        found = await self.client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=self.identifier,
                range=rng,
                context=types.CodeActionContext(diagnostics=[], only=only),
            )
        )
        return [_as_action(a) for a in found or []]


def _as_action(item: types.CodeAction | types.Command) -> types.CodeAction:
    """The client library reads a CodeAction that carries a command as a Command whose
    `command` is the nested object's repr (the union is ambiguous to it); undo that."""
    if isinstance(item, types.CodeAction):
        return item
    nested = ast.literal_eval(item.command)
    command = types.Command(nested["title"], nested["command"], arguments=nested["arguments"])
    return types.CodeAction(title=item.title, command=command)


def position(text: str, at: int) -> types.Position:
    """A character offset as an LSP position, counted in UTF-16 code units."""
    line = text.count("\n", 0, at)
    line_start = text.rfind("\n", 0, at) + 1
    return types.Position(line=line, character=len(text[line_start:at].encode("utf-16-le")) // 2)


def offset(text: str, pos: types.Position) -> int:
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: pos.line])
    units = 0
    for i, char in enumerate(lines[pos.line] if pos.line < len(lines) else ""):
        if units >= pos.character:
            return start + i
        units += len(char.encode("utf-16-le")) // 2
    return start + min(pos.character, len(lines[pos.line]) if pos.line < len(lines) else 0)


def send_raw(writer: Any, body: bytes) -> None:
    """One message as the editor would frame it, whatever its body."""
    writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))


def flagged(doc: Doc, diagnostic: types.Diagnostic) -> str:
    return doc.text[
        offset(doc.text, diagnostic.range.start) : offset(doc.text, diagnostic.range.end)
    ]


# -- the tests -------------------------------------------------------------------------


async def test_initialize_announces_lingos_features(client: LanguageClient) -> None:
    capabilities = INITIALIZED["result"].capabilities
    sync = capabilities.text_document_sync
    assert isinstance(sync, types.TextDocumentSyncOptions)
    assert sync.change == types.TextDocumentSyncKind.Incremental
    assert capabilities.hover_provider
    assert capabilities.code_lens_provider is not None
    assert capabilities.inlay_hint_provider
    assert isinstance(capabilities.code_action_provider, types.CodeActionOptions)
    assert "source.fixAll.lingo" in (capabilities.code_action_provider.code_action_kinds or [])
    assert capabilities.execute_command_provider is not None
    assert {"lingo.acceptTerm", "lingo.fixAll", "lingo.showReportCard"} <= set(
        capabilities.execute_command_provider.commands
    )
    # Settings files are watched, so a change to them is seen.
    await until(lambda: REGISTERED)
    (registration,) = REGISTERED
    assert registration.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES


async def test_diagnostics_carry_rule_link_severity_and_utf16_ranges(
    client: LanguageClient, workspace: Path
) -> None:
    # An emoji is two UTF-16 units (one character to lingo), "é" one: the ranges must
    # still land exactly on the flagged words.
    text = (
        "# Café refunds 🎉\n"
        "\n"
        "Thanks 🙏 for writing, Zoë! Per our policy, we cannot refund the café voucher.\n"
        "\n"
        "Please utilize the résumé form 📎 in order to apply.\n"
    )
    doc = Doc(client, workspace / "refunds.md", text, "markdown")
    diagnostics = await doc.diagnostics(lambda d: len(d) > 0)
    by_text = {flagged(doc, d): d for d in diagnostics}
    assert set(by_text) == {"Per our policy", "we cannot refund", "utilize", "in order to"}
    policy = by_text["Per our policy"]
    assert policy.code == "say-no/policy-speak"
    assert policy.source == "lingo"
    assert policy.severity == types.DiagnosticSeverity.Warning
    assert policy.code_description is not None
    assert policy.code_description.href.endswith("say-no/policy-speak.md")
    # line 2 (0-based): "Thanks 🙏 for writing, Zoë! " is 27 characters, 28 UTF-16 units
    assert policy.range.start == types.Position(line=2, character=28)
    utilize = by_text["utilize"]
    assert utilize.range == types.Range(
        start=types.Position(line=4, character=7), end=types.Position(line=4, character=14)
    )
    assert "use" in utilize.message


async def test_an_edit_updates_the_diagnostics(client: LanguageClient, workspace: Path) -> None:
    text = "We received your order 📦 today.\n\nIt ships on Monday.\n"
    doc = Doc(client, workspace / "order.md", text, "markdown")
    assert await doc.diagnostics() == []
    doc.replace("It ships", "Per our policy, it ships")
    diagnostics = await doc.diagnostics(lambda d: len(d) > 0)
    assert [flagged(doc, d) for d in diagnostics] == ["Per our policy"]
    assert diagnostics[0].range.start == types.Position(line=2, character=0)
    doc.replace("Per our policy, it", "It")
    assert await doc.diagnostics(lambda d: len(d) == 0) == []


async def test_quick_fixes_apply_to_the_text(client: LanguageClient, workspace: Path) -> None:
    doc = Doc(client, workspace / "reply.md", "Please utilize the form 🙂 to apply.\n", "markdown")
    await doc.diagnostics(lambda d: len(d) > 0)
    actions = await doc.actions("utilize")
    fix = next(a for a in actions if a.is_preferred)
    assert fix.title == "Replace 'utilize' with 'use'"
    assert fix.kind == types.CodeActionKind.QuickFix
    assert fix.edit is not None
    doc.apply(fix.edit)
    assert doc.text == "Please use the form 🙂 to apply.\n"
    assert await doc.diagnostics(lambda d: len(d) == 0) == []


async def test_unsafe_rewrite_says_to_review_it(client: LanguageClient, workspace: Path) -> None:
    text = "Your refund was approved by our billing team.\n"
    doc = Doc(client, workspace / "approved.txt", text, "plaintext")
    await doc.diagnostics(lambda d: any(x.code == "passive-voice" for x in d))
    actions = await doc.actions("was approved")
    rewrite = next(a for a in actions if a.title.startswith("Rewrite (review first)"))
    assert not rewrite.is_preferred
    assert not [a for a in actions if a.title.startswith("Accept")]  # a clause, not a term
    assert rewrite.edit is not None
    doc.apply(rewrite.edit)
    assert doc.text == "Our billing team approved your refund.\n"


@pytest.mark.parametrize(
    ("name", "language", "text", "expected"),
    [
        (
            "policy.md",
            "markdown",
            "Hello there.\n\nPer our policy, refunds take ten days.\n",
            "Hello there.\n\n<!-- lingo-disable-next-line say-no/policy-speak -->\n"
            "Per our policy, refunds take ten days.\n",
        ),
        (
            "policy-list.md",
            "markdown",
            "- Per our policy, refunds take ten days.\n- Call us any time.\n",
            "- Per our policy, refunds take ten days. "
            "<!-- lingo-disable-line say-no/policy-speak -->\n- Call us any time.\n",
        ),
        (
            "policy.txt",
            "plaintext",
            "Per our policy, refunds take ten days.\n",
            "Per our policy, refunds take ten days.  # lingo-ignore say-no/policy-speak\n",
        ),
    ],
)
async def test_disable_on_this_line_inserts_a_suppression_comment(
    client: LanguageClient, workspace: Path, name: str, language: str, text: str, expected: str
) -> None:
    doc = Doc(client, workspace / name, text, language)
    await doc.diagnostics(lambda d: any(x.code == "say-no/policy-speak" for x in d))
    actions = await doc.actions("Per our policy")
    disable = next(a for a in actions if a.title == "Disable say-no/policy-speak on this line")
    assert disable.edit is not None
    doc.apply(disable.edit)
    assert doc.text == expected
    await doc.diagnostics(lambda d: not any(x.code == "say-no/policy-speak" for x in d))


async def test_disable_wraps_a_tag_that_spans_lines(
    client: LanguageClient, workspace: Path
) -> None:
    # The flagged words are in an attribute, and their line ends inside the tag: a
    # comment there would break the tag, so the tag is wrapped in disable/enable.
    text = '<p>Thanks!</p>\n<img alt="Please utilize the card reader"\n  src="reader.png">\n'
    doc = Doc(client, workspace / "reader.html", text, "html")
    await doc.diagnostics(lambda d: any(x.code == "jargon/complex-word" for x in d))
    actions = await doc.actions("utilize")
    disable = next(a for a in actions if a.title == "Disable jargon/complex-word on this line")
    assert disable.edit is not None
    doc.apply(disable.edit)
    assert doc.text == (
        '<p>Thanks!</p>\n<!-- lingo-disable jargon/complex-word --><img alt="Please utilize the '
        'card reader"\n  src="reader.png"><!-- lingo-enable jargon/complex-word -->\n'
    )
    assert await doc.diagnostics(lambda d: len(d) == 0) == []


async def test_fix_all_applies_every_safe_fix(client: LanguageClient, workspace: Path) -> None:
    text = "In order to utilize your credit, log in prior to checkout.\n\nThanks! 🎁\n"
    doc = Doc(client, workspace / "credit.md", text, "markdown")
    await doc.diagnostics(lambda d: len(d) >= 3)
    offered = await doc.actions("Thanks")
    fix_all = next(a for a in offered if a.kind == "source.fixAll.lingo")
    assert fix_all.edit is None  # worked out when picked
    resolved = await client.code_action_resolve_async(fix_all)
    assert resolved.edit is not None
    doc.apply(resolved.edit)
    assert doc.text == "To use your credit, log in before checkout.\n\nThanks! 🎁\n"
    (on_save,) = await doc.actions("Thanks", only=["source.fixAll"]) or [None]
    assert on_save is None or on_save.edit is not None


async def test_hover_explains_the_rule(client: LanguageClient, workspace: Path) -> None:
    doc = Doc(client, workspace / "hover.md", "Sadly, we cannot ship to P.O. boxes.\n", "markdown")
    await doc.diagnostics(lambda d: len(d) > 0)
    at = doc.text.index("cannot") + 2
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=doc.identifier, position=position(doc.text, at))
    )
    assert hover is not None
    assert isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.kind == types.MarkupKind.Markdown
    markdown = hover.contents.value
    assert "say-no/refusal" in markdown
    assert "#### Why it matters to a customer" in markdown
    assert "#### Better" in markdown
    nothing = await client.text_document_hover_async(
        types.HoverParams(text_document=doc.identifier, position=types.Position(0, 36))
    )
    assert nothing is None


async def test_report_card_request_code_lens_and_inlay_hint(
    client: LanguageClient, workspace: Path
) -> None:
    text = "# Your refund\n\nWe sent your refund today. It reaches your card in five days.\n"
    doc = Doc(client, workspace / "card.md", text, "markdown")
    await doc.diagnostics()
    card = await client.protocol.send_request_async(
        "lingo/reportCard", {"textDocument": {"uri": doc.uri}}
    )
    assert card.grade == "A"
    assert card.readability.words == 12  # the body's words: a heading is a name
    assert card.findings.warning == 0
    lenses = await client.text_document_code_lens_async(
        types.CodeLensParams(text_document=doc.identifier)
    )
    assert lenses and lenses[0].range.start.line == 0
    assert lenses[0].command is not None
    assert lenses[0].command.title.startswith("lingo: grade A")
    hints = await client.text_document_inlay_hint_async(
        types.InlayHintParams(
            text_document=doc.identifier,
            range=types.Range(start=types.Position(0, 0), end=types.Position(3, 0)),
        )
    )
    assert hints and hints[0].position == types.Position(line=0, character=13)
    assert str(hints[0].label).startswith("lingo: grade A")


async def test_a_document_that_is_not_english_is_named_not_graded(
    client: LanguageClient, workspace: Path
) -> None:
    text = "---\nlang: fr\n---\n# Remboursements\n\nNous ne pouvons pas rembourser.\n"
    doc = Doc(client, workspace / "fr.md", text, "markdown")
    assert await doc.diagnostics() == []
    card = await client.protocol.send_request_async(
        "lingo/reportCard", {"textDocument": {"uri": doc.uri}}
    )
    assert card.grade is None and card.language == "fr"
    (lens,) = await client.text_document_code_lens_async(
        types.CodeLensParams(text_document=doc.identifier)
    )
    assert lens.command is not None
    assert lens.command.title == "lingo: not checked: lang is 'fr', not English"


async def test_configuration_reload_and_accept_term(
    client: LanguageClient, workspace: Path
) -> None:
    folder = workspace / "help"
    folder.mkdir()
    doc = Doc(
        client, folder / "plan.md", "Please utilize the portal to leverage your plan.\n", "markdown"
    )
    diagnostics = await doc.diagnostics(lambda d: len(d) >= 2)
    assert {flagged(doc, d) for d in diagnostics} == {"utilize", "leverage"}
    # A team decides: no buzzword checks here.
    config = folder / "lingo.yaml"
    config.write_text("ignore: [jargon/buzzword]\n", encoding="utf-8")
    client.diagnostics.pop(doc.uri, None)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)]
        )
    )
    diagnostics = await doc.diagnostics(lambda d: "leverage" not in {flagged(doc, x) for x in d})
    assert {flagged(doc, d) for d in diagnostics} == {"utilize"}
    # "Accept 'utilize'": the server adds it to that file and checks again.
    actions = await doc.actions("utilize")
    accept = next(a for a in actions if a.title.startswith("Accept 'utilize'"))
    assert accept.command is not None
    client.diagnostics.pop(doc.uri, None)
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(
            command=accept.command.command, arguments=accept.command.arguments
        )
    )
    assert config.read_text(encoding="utf-8") == 'ignore: [jargon/buzzword]\naccept: ["utilize"]\n'
    assert await doc.diagnostics(lambda d: len(d) == 0) == []


async def test_a_save_sees_settings_changed_on_disk(
    client: LanguageClient, workspace: Path
) -> None:
    # For editors that do not watch files: saving a document reads changed settings.
    folder = workspace / "saved"
    folder.mkdir()
    doc = Doc(client, folder / "form.md", "Please utilize the form.\n", "markdown")
    assert [d.code for d in await doc.diagnostics(lambda d: len(d) > 0)] == ["jargon/complex-word"]
    (folder / "lingo.yaml").write_text("ignore: [jargon]\n", encoding="utf-8")
    client.diagnostics.pop(doc.uri, None)
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=doc.identifier))
    assert await doc.diagnostics() == []


async def test_a_broken_configuration_is_named_not_fatal(
    client: LanguageClient, workspace: Path
) -> None:
    folder = workspace / "broken"
    folder.mkdir()
    (folder / "lingo.yaml").write_text("ignore: [jargon\n", encoding="utf-8")
    doc = Doc(client, folder / "page.md", "We cannot help.\n", "markdown")
    message = await until(
        lambda: next((m for m in client.messages if "broken/lingo.yaml" in m.message), None)
    )
    assert "not valid YAML" in message.message
    assert await doc.diagnostics() == []


async def test_the_server_answers_while_a_long_document_is_checked(
    client: LanguageClient, workspace: Path
) -> None:
    short = Doc(client, workspace / "short.md", "We sent your refund today.\n", "markdown")
    await short.diagnostics()
    # About 12,000 words, every sentence new to the server: its check takes a while.
    long_text = "\n\n".join(
        f"Order {i} ships on day {i % 28 + 1}, and we cannot refund item {i * 7} after "
        f"{i % 9 + 2} weeks. Please utilize door {i % 40} to collect parcel {i}."
        for i in range(400)
    )
    client.diagnostics.pop(short.uri, None)
    long = Doc(client, workspace / "long.md", long_text + "\n", "markdown")
    lenses = await client.text_document_code_lens_async(
        types.CodeLensParams(text_document=short.identifier)
    )
    # answered from the last check while the long document's check is still running
    assert lenses and long.uri not in client.diagnostics
    assert len(await long.diagnostics(lambda d: len(d) > 0)) >= 800


async def test_malformed_messages_and_binary_garbage_do_not_stop_the_server(
    client: LanguageClient, workspace: Path
) -> None:
    # A request whose parameters are not what the method takes: an error answer.
    writer = client.protocol.writer
    assert writer is not None
    answer: concurrent.futures.Future[Any] = concurrent.futures.Future()
    client.protocol._request_futures["malformed-1"] = answer  # route the answer here
    send_raw(
        writer,
        b'{"jsonrpc": "2.0", "id": "malformed-1", "method": "textDocument/hover", '
        b'"params": {"position": "nowhere"}}',
    )
    with pytest.raises(JsonRpcInvalidParams):
        await asyncio.wait_for(asyncio.wrap_future(answer), TIMEOUT)
    # Bytes that are not JSON at all.
    send_raw(writer, b"{this is not json")
    # A document of binary garbage: nothing checked, one warning naming it.
    garbage = bytes(range(256)).decode("latin-1") * 8
    doc = Doc(client, workspace / "garbage.txt", "placeholder", "plaintext")
    doc.replace("placeholder", garbage)
    await until(lambda: any("binary file, not text" in m.message for m in client.messages))
    assert await doc.diagnostics() == []
    # The server still answers.
    sane = Doc(client, workspace / "sane.md", "We cannot refund you.\n", "markdown")
    assert [d.code for d in await sane.diagnostics(lambda d: len(d) > 0)] == ["say-no/refusal"]

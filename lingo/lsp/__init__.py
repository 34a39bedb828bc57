"""lingo in the editor: a Language Server Protocol server (`lingo server`, docs/editors.md).

It calls the one engine, `lingo.Linter`; `lingo.lsp.server.make_server` builds it.
Needs the `lsp` extra: pip install 'lingo-lint[lsp]'.
"""

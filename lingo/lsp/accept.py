"""Accept a term: add it to the `accept` list of the nearest configuration.

The file is edited as text, so its comments, order and layout stay as the
team wrote them; the result is read back and validated before it replaces
the file (atomically), and a file lingo cannot edit safely is left alone with
a one-line reason. With no configuration file, a `lingo.yaml` is made at the
root of the document's repository (or workspace folder, or its own folder).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

from ..config import Config, find_config_file, load_config_file
from ..errors import ConfigError, LingoError
from ..text.sources import write_text_atomic

_YAML_KEY = re.compile(r"^accept[ \t]*:[ \t]*(.*?)[ \t]*(?:#.*)?$", re.MULTILINE)
_YAML_ITEM = re.compile(r"^([ \t]*)-[ \t]")
_TOML_TABLE = re.compile(r"^\[tool\.lingo\][ \t]*(?:#.*)?$", re.MULTILINE)
_TOML_HEADER = re.compile(r"^\[", re.MULTILINE)
_TOML_KEY = re.compile(r"^accept[ \t]*=[ \t]*\[", re.MULTILINE)
NEW_FILE_HEADER = "# lingo's settings: see docs/configuration.md\n"


def accept_term(term: str, document: str, workspace_folders: Sequence[str] = ()) -> Path:
    """Add `term` to the configuration that applies to `document`; return the file written.

    Raises LingoError with a one-line reason when it cannot.
    """
    term = " ".join(term.split())
    if not term:
        raise LingoError("nothing to accept: the term is empty")
    folder = Path(document).resolve().parent
    file = find_config_file(folder)
    if file is None:
        file = _new_config_location(folder, workspace_folders)
        _write_checked(file, f"{NEW_FILE_HEADER}accept: [{_quoted(term)}]\n", term)
        return file
    if file.is_symlink():
        raise LingoError(f"{file}: is a symbolic link; add {term!r} to its accept list by hand")
    if _accepts(load_config_file(file), term):
        return file
    try:
        original = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LingoError(f"{file}: cannot read ({exc})") from None
    edited = _toml_with(original, term) if file.suffix == ".toml" else _yaml_with(original, term)
    if edited is None:
        raise LingoError(f"{file}: cannot add {term!r} to 'accept' safely; add it by hand")
    _write_checked(file, edited, term)
    return file


def _accepts(config: Config, term: str) -> bool:
    return term.lower() in {a.lower() for a in config.accept}


def _quoted(term: str) -> str:
    # A JSON string is a valid double-quoted scalar in YAML and a basic string in TOML.
    return json.dumps(term, ensure_ascii=False)


def _new_config_location(folder: Path, workspace_folders: Sequence[str]) -> Path:
    """The repository root above the document, else its workspace folder, else its folder."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists() or (candidate / ".hg").exists():
            return candidate / "lingo.yaml"
    for workspace in sorted(workspace_folders, key=len, reverse=True):
        root = Path(workspace).resolve()
        if root == folder or root in folder.parents:
            return root / "lingo.yaml"
    return folder / "lingo.yaml"


def _write_checked(file: Path, text: str, term: str) -> None:
    """Write the new settings only if they read back as valid and accept the term."""
    temporary = file.with_name(f".{file.name}.lingo-check{file.suffix}")
    try:
        temporary.write_text(text, encoding="utf-8")
        try:
            config = load_config_file(temporary)
        except ConfigError as exc:
            reason = str(exc).replace(str(temporary), str(file))
            raise LingoError(
                f"{file}: adding {term!r} would break it ({reason}); add it by hand"
            ) from None
    except OSError as exc:
        raise LingoError(f"{file}: cannot write ({exc.strerror or exc})") from None
    finally:
        temporary.unlink(missing_ok=True)
    if not _accepts(config, term):
        raise LingoError(f"{file}: cannot add {term!r} to 'accept' safely; add it by hand")
    write_text_atomic(str(file), text)


def _yaml_with(text: str, term: str) -> str | None:
    """The YAML with `term` added to its top-level `accept` (flow or block list, or scalar)."""
    quoted = _quoted(term)
    match = _YAML_KEY.search(text)
    if match is None:
        joiner = "" if not text or text.endswith("\n") else "\n"
        return f"{text}{joiner}accept: [{quoted}]\n"
    value = match.group(1)
    if value.startswith("["):
        close = text.find("]", match.start(1))
        if close < 0:
            return None
        inside = text[match.start(1) + 1 : close].strip()
        return text[:close].rstrip() + (", " if inside else "") + quoted + text[close:]
    if value in ("", "~", "null"):
        return _with_block_item(text, match.start(), match.end(), quoted)
    if value.startswith(("{", "&", "*", "|", ">", "!")):
        return None
    return text[: match.start(1)] + f"[{value}, {quoted}]" + text[match.end(1) :]


def _with_block_item(text: str, key_start: int, key_end: int, quoted: str) -> str:
    """A `- term` line after the last item of the block list under `accept:` (or a flow list)."""
    last_item_end, indent = None, "  "
    newline = text.find("\n", key_end)
    while newline != -1:
        line_start = newline + 1
        newline = text.find("\n", line_start)
        line = text[line_start : newline if newline != -1 else len(text)]
        item = _YAML_ITEM.match(line)
        if item:
            last_item_end, indent = line_start + len(line), item.group(1)
        elif line.strip() and not line.lstrip().startswith("#"):
            break
    if last_item_end is None:
        return text[:key_start] + f"accept: [{quoted}]" + text[key_end:]
    return text[:last_item_end] + f"\n{indent}- {quoted}" + text[last_item_end:]


def _toml_with(text: str, term: str) -> str | None:
    """pyproject.toml with `term` added to `accept` in its `[tool.lingo]` table."""
    quoted = _quoted(term)
    table = _TOML_TABLE.search(text)
    if table is None:
        return None
    next_header = _TOML_HEADER.search(text, table.end())
    table_end = next_header.start() if next_header else len(text)
    key = _TOML_KEY.search(text, table.end(), table_end)
    if key is None:
        return text[: table.end()] + f"\naccept = [{quoted}]" + text[table.end() :]
    close = text.find("]", key.end())
    if close < 0 or close > table_end:
        return None
    inside = text[key.end() : close].strip().rstrip(",")
    head = text[:close].rstrip()
    if head.endswith(","):
        head = head[:-1]
    return head + (", " if inside else "") + quoted + text[close:]

"""File names as reports show them (issue 17, low item).

A file name can hold anything but `/` and NUL: a newline (which would split a
`path:line:col` line in two), an escape sequence (which a terminal would obey)
or bytes that are not UTF-8 (which Python carries as lone surrogates, and
which would make JSON output invalid UTF-8). Reports show such names escaped
the way Python writes them in a string: `\\n`, `\\x1b`, and `\\xff` for a byte
that is not UTF-8. Ordinary names, any script's letters included, are shown
as they are.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code > 0xFF:
        return f"\\u{code:04x}"
    return f"\\x{code:02x}"


def shown(path: str) -> str:
    """`path` for a line of text output: control characters and stray bytes escaped."""
    return _CONTROL.sub(_escape, path)


def json_name(path: str) -> str:
    """`path` for JSON: valid UTF-8 (stray bytes escaped); JSON escapes the rest itself."""
    return _SURROGATE.sub(_escape, path)


def message_line(text: str) -> str:
    """A stderr line that may quote a file name: escaped like `shown`, tabs kept."""
    return _CONTROL.sub(lambda m: m.group() if m.group() == "\t" else _escape(m), text)

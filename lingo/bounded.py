"""Keeping the folders lingo fills on its own bounded (issue 17, low item).

The compiled tables (`lexicon/compiled.py`) get one file per distinct lexicon
path, so a machine that lints many checkouts would collect them forever.
After each table written, the folder is cut back to the newest
`MAX_COMPILED_FILES` tables and `MAX_COMPILED_BYTES` together. Only regular
files named as lingo names its tables are ever deleted; a table deleted is
rebuilt when next needed (slower, same answers).
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

MAX_COMPILED_FILES = 200
MAX_COMPILED_BYTES = 512 * 1024 * 1024
_TABLE_NAME = re.compile(r"[a-z][a-z0-9_-]*-[0-9a-f]{40}\.marshal")


def prune_compiled(written: Path) -> int:
    """Cut the folder of the table just `written` back to its bounds; the number deleted."""
    tables = []
    try:
        with os.scandir(written.parent) as found:
            for entry in found:
                if not _TABLE_NAME.fullmatch(entry.name):
                    continue
                info = entry.stat(follow_symlinks=False)
                if stat.S_ISREG(info.st_mode):
                    tables.append((entry.name == written.name, info.st_mtime, info.st_size, entry))
    except OSError:
        return 0
    if len(tables) <= MAX_COMPILED_FILES and sum(t[2] for t in tables) <= MAX_COMPILED_BYTES:
        return 0
    kept = total = deleted = 0
    for _, _, size, entry in sorted(tables, key=lambda t: (t[0], t[1]), reverse=True):
        if kept and (kept >= MAX_COMPILED_FILES or total + size > MAX_COMPILED_BYTES):
            try:
                os.unlink(entry.path)
                deleted += 1
            except OSError:
                pass
            continue
        kept += 1
        total += size
    return deleted

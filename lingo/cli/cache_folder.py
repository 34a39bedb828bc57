"""The cache folder: making it lingo's, knowing lingo's files in it, deleting only those.

lingo treats as its own only a folder that carries its marker (a CACHEDIR.TAG
that names lingo); inside it, it deletes only files named as it names them,
and never follows a symbolic link. A folder of the user's (or a symbolic link
a repository commits as `.lingo_cache`) is never written into.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from stat import S_ISDIR, S_ISLNK, S_ISREG

ENTRY_SUFFIX = ".entry"
RUN_SUFFIX = ".run"

MARKER = "CACHEDIR.TAG"
_SIGNATURE = "Signature: 8a477f597d28d172789f06886806bc55"  # bford.net/projects/cachedir
_MARKER_TEXT = (
    f"{_SIGNATURE}\n"
    "# This folder is lingo's result cache, made by lingo; lingo deletes only its own entries.\n"
    "# For information about cache directory tags see https://bford.net/projects/cachedir/\n"
)
_MARKER_WORD = "lingo"  # every lingo marker names lingo (older ones said "lingo's result cache")
_HEX = "[0-9a-f]"
FORMAT_FOLDER = re.compile(r"v[0-9]{1,4}")
SHARD_NAME = re.compile(f"{_HEX}{{2}}")
ENTRY_NAME = re.compile(f"{_HEX}{{64}}\\.(?:entry|json)")
RUN_NAME = re.compile(f"{_HEX}{{64}}\\{RUN_SUFFIX}")
# write_atomic's temporary files, and format 1-2's
TEMP_NAME = re.compile(f"\\.(?:{_HEX}{{64}}\\.(?:entry|json|run)\\.[^/]*\\.tmp|tmp-[^/]*\\.json)")


def is_real_dir(path: Path) -> bool:
    """A folder, and not a symbolic link to one."""
    try:
        return S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def is_marked(folder: Path) -> bool:
    """Whether `folder` carries lingo's marker (a regular file, not a link)."""
    marker = folder / MARKER
    try:
        if not S_ISREG(os.lstat(marker).st_mode):
            return False
        with open(marker, "rb") as handle:
            head = handle.read(512).decode("utf-8", "replace")
    except OSError:
        return False
    return head.startswith(_SIGNATURE) and _MARKER_WORD in head


def foreign_folder_problem(folder: Path) -> str | None:
    """Why lingo must not use `folder` as its cache, or None when it may.

    It may when the folder does not exist yet (lingo will create it), is
    empty, or carries lingo's marker. It may not when it is a symbolic link,
    not a folder, or a folder holding anything else.
    """
    try:
        stat = os.lstat(folder)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    if S_ISLNK(stat.st_mode):
        return "it is a symbolic link, and lingo never follows one to write its cache"
    if not S_ISDIR(stat.st_mode):
        return "it is not a folder"
    if is_marked(folder):
        return None
    try:
        with os.scandir(folder) as entries:
            if next(entries, None) is None:
                return None
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    return "it holds files lingo did not make (lingo writes only into a folder it created)"


def create_marked(folder: Path) -> bool:
    """Create `folder` (or take it over while empty) and mark it; False if it is someone else's.

    The marker and `.gitignore` are created exclusively: an existing file of
    that name is never overwritten. Raises OSError when the disk refuses.
    """
    if foreign_folder_problem(folder) is not None:
        return False
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir()
    except FileExistsError:
        pass
    if not is_real_dir(folder):
        return False
    for name, text in ((MARKER, _MARKER_TEXT), (".gitignore", "# made by lingo\n*\n")):
        try:
            fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
        except FileExistsError:
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
    return is_marked(folder)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def remove_own_files(folder: Path) -> None:
    """Delete the files lingo names as its own below `folder`, then the folders left empty.

    Nothing else is touched: a file of another name, a link (never followed)
    and the folder holding it stay.
    """
    for root, dirs, files in os.walk(folder, topdown=False, followlinks=False):
        for name in files:
            path = os.path.join(root, name)
            if not (
                ENTRY_NAME.fullmatch(name) or RUN_NAME.fullmatch(name) or TEMP_NAME.fullmatch(name)
            ):
                continue
            try:
                if S_ISREG(os.lstat(path).st_mode):
                    os.unlink(path)
            except OSError:
                pass
        for name in dirs:
            path = os.path.join(root, name)
            if is_real_dir(Path(path)):
                try:
                    os.rmdir(path)  # only when empty
                except OSError:
                    pass
    try:
        os.rmdir(folder)
    except OSError:
        pass

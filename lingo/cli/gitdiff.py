"""Which lines changed since a git revision, for `--diff-base REF`.

The changes are those of `git diff REF...`: from the merge base of REF and
HEAD (where the branch left REF) to the files as they are now, committed or
not. A file git does not track yet, and every file of a repository with no
commit, is new in every line. A file that is unchanged, ignored by git, or
only renamed has no changed lines. Renames are followed, so a moved page
shows only the lines edited in it.

In a pre-commit hook, `--diff-base HEAD` gives the lines being committed:
pre-commit sets unstaged changes aside while hooks run, so the files on disk
are what is staged.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..errors import LingoError
from ..findings import Finding

_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
GIT_TIMEOUT = 120  # seconds: a diff of a very large repository


class GitError(LingoError):
    """git could not tell what changed (no repository, unknown revision, no git)."""


@dataclass(frozen=True)
class ChangedLines:
    """The lines added or changed since the merge base, by file (real paths)."""

    ref: str
    merge_base: str | None  # None: the repository has no commit yet, so everything is new
    root: str
    lines: Mapping[str, frozenset[int]] = field(default_factory=dict)
    new_files: frozenset[str] = frozenset()

    def lines_for(self, path: str) -> frozenset[int] | None:
        """The changed lines of a file; None when every line counts (a new file)."""
        real = os.path.realpath(path)
        if self.merge_base is None or real in self.new_files or not _inside(real, self.root):
            return None
        return self.lines.get(real, frozenset())

    def touches(self, path: str, finding: Finding) -> bool:
        """Whether a finding is on (or spans) a changed line."""
        lines = self.lines_for(path)
        if lines is None:
            return True
        last = max(finding.end_line, finding.line)
        return any(line in lines for line in range(finding.line, last + 1))

    def digest(self) -> str:
        """What the changes are, in a few bytes: part of a cached run's key."""
        h = hashlib.sha256(f"{self.ref}\0{self.merge_base}\0{self.root}".encode())
        for path in sorted(self.lines):
            h.update(path.encode("utf-8", "surrogateescape") + b"\0")
            h.update(",".join(map(str, sorted(self.lines[path]))).encode() + b"\n")
        for path in sorted(self.new_files):
            h.update(b"+" + path.encode("utf-8", "surrogateescape") + b"\n")
        return h.hexdigest()


def changed_lines(ref: str, paths: Sequence[str] = ()) -> ChangedLines:
    """The lines changed since the merge base of `ref` and HEAD, in the repository of `paths`.

    The repository is the one holding the working folder, or else the first path.
    """
    root = _toplevel([os.getcwd(), *(os.path.dirname(os.path.abspath(p)) for p in paths)])
    head = _git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}", check=False)
    target = _git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
    if target.returncode != 0:
        if head.returncode != 0 and ref == "HEAD":  # no commit yet: every line is new
            return ChangedLines(ref, None, root)
        raise GitError(f"--diff-base: git does not know the revision {ref!r}{_shallow_hint(root)}")
    if head.returncode != 0:
        return ChangedLines(ref, None, root)
    base = _git(root, "merge-base", ref, "HEAD", check=False)
    if base.returncode != 0:
        raise GitError(
            f"--diff-base: {ref!r} and HEAD have no common ancestor{_shallow_hint(root)}"
        )
    merge_base = base.stdout.decode().strip()
    diff = _git(
        root,
        "-c",
        "core.quotePath=false",
        "diff",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--unified=0",
        "--find-renames",
        "--src-prefix=a/",
        "--dst-prefix=b/",
        merge_base,
        "--",
    )
    lines = _parse_diff(diff.stdout, root)
    untracked = _git(root, "ls-files", "-z", "--others", "--exclude-standard")
    new_files = frozenset(
        os.path.realpath(os.path.join(root, os.fsdecode(name)))
        for name in untracked.stdout.split(b"\0")
        if name
    )
    return ChangedLines(ref, merge_base, root, lines, new_files)


def _parse_diff(output: bytes, root: str) -> dict[str, frozenset[int]]:
    """New-side line numbers of every hunk, by the real path of the file they are in."""
    lines: dict[str, set[int]] = {}
    current: set[int] | None = None
    for raw in output.split(b"\n"):
        if raw.startswith(b"+++ "):
            name = _unquote(raw[4:].rstrip(b"\r"))
            if name is None:  # /dev/null: a deleted file
                current = None
                continue
            path = os.path.realpath(os.path.join(root, os.fsdecode(name)))
            current = lines.setdefault(path, set())
        elif raw.startswith(b"@@ ") and current is not None:
            match = _HUNK.match(raw)
            if match:
                start = int(match.group(1))
                count = int(match.group(2)) if match.group(2) is not None else 1
                current.update(range(start, start + count))
    return {path: frozenset(numbers) for path, numbers in lines.items()}


_ESCAPES = {b"a": 7, b"b": 8, b"t": 9, b"n": 10, b"v": 11, b"f": 12, b"r": 13}


def _unquote(name: bytes) -> bytes | None:
    """A `+++` file name as git wrote it (C-quoted when it has odd characters); None for none."""
    if name == b"/dev/null":
        return None
    if name.startswith(b'"') and name.endswith(b'"'):
        body, out, i = name[1:-1], bytearray(), 0
        while i < len(body):
            char = body[i : i + 1]
            if char == b"\\" and i + 1 < len(body):
                following = body[i + 1 : i + 2]
                if following.isdigit():
                    out.append(int(body[i + 1 : i + 4], 8))
                    i += 4
                    continue
                out.append(_ESCAPES.get(following, following[0]))
                i += 2
                continue
            out += char
            i += 1
        name = bytes(out)
    return name[2:] if name.startswith(b"b/") else name


def _toplevel(folders: Sequence[str]) -> str:
    for folder in folders:
        if not os.path.isdir(folder):
            continue
        found = _git(folder, "rev-parse", "--show-toplevel", check=False)
        if found.returncode == 0:
            return os.path.realpath(os.fsdecode(found.stdout.rstrip(b"\r\n")))
    raise GitError(f"--diff-base: {os.getcwd()} is not inside a git repository")


def _shallow_hint(root: str) -> str:
    shallow = _git(root, "rev-parse", "--is-shallow-repository", check=False)
    if shallow.stdout.strip() == b"true":
        return (
            " (this is a shallow clone: fetch the history, e.g. actions/checkout with "
            "fetch-depth: 0, or git fetch --unshallow)"
        )
    return " (fetch it first, e.g. git fetch origin main)"


def _git(cwd: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in _GIT_STATE}
    env["GIT_OPTIONAL_LOCKS"] = "0"  # reading must not take the index lock from a commit
    try:
        result = subprocess.run(
            ["git", *args],
            cwd=cwd,
            capture_output=True,
            env=env,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except FileNotFoundError:
        raise GitError("--diff-base needs git, and git is not installed") from None
    except subprocess.TimeoutExpired:
        raise GitError(f"--diff-base: git {args[0]} took over {GIT_TIMEOUT} s") from None
    if check and result.returncode != 0:
        problem = result.stderr.decode(errors="replace").strip().splitlines()
        raise GitError(f"--diff-base: git {args[0]} failed: {problem[-1] if problem else '?'}")
    return result


# Set by a hook that git runs (pre-commit): they point at another work tree's state.
_GIT_STATE = frozenset({"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX"})


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:
        return False

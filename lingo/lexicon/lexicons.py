"""Load lexicon YAML files (the schema is docs/lexicon-format.md, checked in schema.py).

Lexicons are plain data: this module never imports spaCy, so `lingo rules`
and `lingo explain` start instantly. Every problem is reported as one
`LexiconError` naming the file, the entry and what is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import LexiconError
from ..limits import check_depth
from ..resources import lexicon_dir
from . import compiled
from .entries import Entry, LexiconRule, Source
from .schema import rule_from_data
from .values import Problem

__all__ = [
    "Entry",
    "LexiconRule",
    "Source",
    "builtin_lexicons",
    "lexicon_files",
    "load_lexicon_file",
    "load_lexicons",
]


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def load_lexicon_file(path: Path) -> LexiconRule:
    """Read and validate one lexicon file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"{_display(path)}: cannot read lexicon: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise LexiconError(f"{_display(path)}: lexicon is not valid UTF-8") from None
    # yaml is imported only when a lexicon changed since its table was compiled.
    name = f"lexicon-{compiled.digest_of([str(path.resolve())])[:12]}"
    key = compiled.digest_of([text])
    data = compiled.read(name, key)
    if data is None:
        data = _parse_yaml(path, text)
        check_depth(data, _display(path), LexiconError)
        compiled.write(name, key, data)
    try:
        return rule_from_data(data, path)
    except Problem as exc:  # one line per problem, each naming the file
        raise LexiconError(
            "\n".join(f"{_display(path)}: {line}" for line in str(exc).splitlines())
        ) from None


def _parse_yaml(path: Path, text: str) -> Any:
    import yaml

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except RecursionError:
        raise LexiconError(f"{_display(path)}: nested too deeply to read") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise LexiconError(f"{_display(path)}: {problem}{where}") from None


def lexicon_files(folder: Path) -> list[Path]:
    """Every `*.yaml`/`*.yml` file below a folder, in a stable order."""
    return sorted(p for p in folder.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())


def load_lexicons(paths: Sequence[Path] | None = None) -> tuple[LexiconRule, ...]:
    """Load lingo's built-in lexicons, or the given files and folders.

    Two files may not declare the same rule id.
    """
    files: list[Path] = []
    for path in paths if paths is not None else [lexicon_dir()]:
        if path.is_dir():
            files.extend(lexicon_files(path))
        elif path.is_file():
            files.append(path)
        else:
            raise LexiconError(f"{_display(path)}: lexicon file or folder not found")
    rules: dict[str, LexiconRule] = {}
    problems: list[str] = []  # every file's problems, in one error
    for file in files:
        try:
            rule = load_lexicon_file(file)
        except LexiconError as exc:
            problems.append(str(exc))
            continue
        if rule.id in rules:
            other = _display(rules[rule.id].path)
            problems.append(f"{_display(file)}: rule {rule.id!r} is already defined in {other}")
            continue
        rules[rule.id] = rule
    if problems:
        raise LexiconError("\n".join(problems))
    return tuple(rules.values())


@lru_cache(maxsize=1)
def builtin_lexicons() -> tuple[LexiconRule, ...]:
    """lingo's own lexicons, read once per process."""
    return load_lexicons()


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m lingo.lexicon.lexicons [PATH...]`: validate lexicon files and print a summary."""
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    try:
        rules = load_lexicons([Path(a) for a in args] if args else None)
    except LexiconError as exc:
        print(f"lingo: {exc}", file=sys.stderr)
        return 2
    for rule in rules:
        print(f"{rule.id:<28} {len(rule.entries):>4} entries  {_display(rule.path)}")
    print(f"{sum(len(r.entries) for r in rules)} entries in {len(rules)} rules: all valid")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

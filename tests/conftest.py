"""Shared fixtures: one Linter (and so one spaCy pipeline) for the whole run."""

from __future__ import annotations

import pytest

from lingo import Linter


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory: pytest.TempPathFactory):
    """Keep the result cache out of the repository while tests run."""
    import os

    folder = tmp_path_factory.mktemp("lingo-cache")
    old = os.environ.get("LINGO_CACHE_DIR")
    os.environ["LINGO_CACHE_DIR"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("LINGO_CACHE_DIR", None)
    else:
        os.environ["LINGO_CACHE_DIR"] = old


@pytest.fixture(scope="session")
def linter() -> Linter:
    return Linter()


@pytest.fixture(scope="session")
def nlp(linter: Linter):
    return linter.nlp


def rules_of(report) -> list[str]:
    return [f.rule for f in report.findings]

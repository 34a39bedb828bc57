"""Shared fixtures: one Linter (and so one spaCy pipeline) for the whole run."""

from __future__ import annotations

import pytest

from lingo import Linter


@pytest.fixture(scope="session")
def linter() -> Linter:
    return Linter()


@pytest.fixture(scope="session")
def nlp(linter: Linter):
    return linter.nlp


def rules_of(report) -> list[str]:
    return [f.rule for f in report.findings]

"""Headless Chromium for the browser tests: Debian's chromium, driven by Playwright.

Playwright's own browser download is not used (nothing is downloaded here);
it launches the installed Chromium through `executable_path`. A machine with
no Chromium skips these tests with the reason; `.ci/run` installs it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Chromium as root in a container needs these (see docs/report.md, Testing).
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DOCS_IMAGES = Path(__file__).resolve().parent.parent / "docs" / "images"
# The WCAG 2.x A and AA rules and axe's best practices.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    executable = chromium_path()
    if executable is None:
        pytest.skip("no Chromium installed (apt-get install chromium); .ci/run installs it")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


def axe_violations(page: Any, context: str | None = None) -> list[dict[str, Any]]:
    """axe-core's violations on the page as it is now (axe-core ships in a PyPI package)."""
    axe = pytest.importorskip("axe_playwright_python", reason="axe-playwright-python is missing")
    source = Path(axe.__file__).parent / "axe.min.js"
    page.evaluate(source.read_text(encoding="utf-8"))
    result = page.evaluate(
        "([context, tags]) => axe.run(context || document, {runOnly: {type: 'tag', values: tags}})",
        [context, AXE_TAGS],
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in result["violations"]
    ]

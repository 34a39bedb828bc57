"""The live editor in a real browser: highlights follow the typing, a click explains,
a rewrite applies. Runs the real `lingo serve` and writes docs/images/editor.png."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from browser import DOCS_IMAGES, axe_violations

pytest.importorskip("starlette", reason="the web extra is not installed")
pytestmark = pytest.mark.browser

REPLY = (
    "Hi Sam,\n\n"
    "Thanks for writing in. Per our policy, your refund request was denied by our billing team. "
    "In order to utilize your store credit, log in prior to checkout.\n\n"
    "We cannot process returns after 30 days, as you were obviously told when you placed the "
    "order, and we leverage our partners to streamline the process going forward, which is why "
    "your order was held by the team at this time.\n\n"
    "Thanks,\nAlex"
)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """`lingo serve` on a free port; its address is the first line it prints."""
    process = subprocess.Popen(
        [sys.executable, "-m", "lingo", "serve"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if "the editor is at http://127.0.0.1:" not in line:
            process.terminate()
            pytest.fail(f"lingo serve did not start: {process.communicate()[1]}")
        yield line.split(" at ", 1)[1].split()[0]
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def page(browser: Any, server: str) -> Any:
    # bypass_csp: the test harness evaluates its own waits and axe-core in the page
    context = browser.new_context(viewport={"width": 1280, "height": 860}, bypass_csp=True)
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.goto(server)
    opened.wait_for_selector("html[data-ready]")
    yield opened
    context.close()
    assert errors == []


def _checked(page: Any, version: int) -> None:
    page.wait_for_function(
        f"Number(document.getElementById('highlights').getAttribute('data-version')) >= {version}"
    )


def _highlighted(page: Any) -> dict[str, str]:
    return page.evaluate(
        """() => {
          const found = {};
          document.querySelectorAll('#highlights [data-f]').forEach(node => {
            node.getAttribute('data-f').split(' ').forEach(i => {
              found[i] = (found[i] || '') + node.textContent;
            });
          });
          return found;
        }"""
    )


def test_highlights_follow_typing_and_sit_on_the_words(page: Any, server: str) -> None:
    page.fill("#text", REPLY)
    _checked(page, 1)
    answer = page.request.post(server + "api/check", data={"text": REPLY})
    findings = answer.json()["findings"]
    placed = _highlighted(page)
    assert len(findings) > 10 and len(placed) == len(findings)
    for i, finding in enumerate(findings):
        assert placed[str(i)] == REPLY[finding["start"] : finding["end"]]
    # Typing more: the new sentence is flagged after the pause.
    page.locator("#text").press("End")
    page.keyboard.type(" Obviously, you failed to read it.")
    _checked(page, 2)
    texts = [node.inner_text() for node in page.locator("#highlights mark").all()]
    assert "you failed to" in texts and "Obviously" in texts
    assert "findings" in page.inner_text("#status")


def test_clicking_a_highlight_explains_and_applies_a_rewrite(page: Any) -> None:
    page.fill("#text", REPLY)
    _checked(page, 1)
    mark = page.locator("#highlights mark", has_text="utilize")
    box = mark.bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    explain = page.locator("#explain-body")
    assert "Complex words" in explain.inner_text()
    page.screenshot(path=str(DOCS_IMAGES / "editor.png"))
    explain.locator("button.apply").first.click()
    _checked(page, 2)
    text = page.input_value("#text")
    assert "In order to use your store credit" in text and "utilize" not in text
    assert "utilize" not in [node.inner_text() for node in page.locator("#highlights mark").all()]
    # A rewrite that needs review: the passive sentence, made active.
    page.locator("#findings button", has_text="was held").click()
    explain.locator("button.apply", has_text="Apply rewrite").first.click()
    _checked(page, 3)
    assert "which is why the team held your order" in page.input_value("#text")


def test_copy_and_fix_all_use_the_safe_fixes(page: Any) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.fill("#text", "In order to utilize your credit, log in prior to checkout.")
    _checked(page, 1)
    page.click("#copy-fixed")
    page.wait_for_function("document.getElementById('status').textContent.startsWith('Copied')")
    fixed = "To use your credit, log in before checkout."
    assert page.evaluate("navigator.clipboard.readText()") == fixed
    page.click("#fix-all")
    _checked(page, 2)
    assert page.input_value("#text") == fixed


def test_reply_or_page_says_how_the_text_was_read(page: Any) -> None:
    assert page.input_value("#profile") == "auto"
    page.fill("#text", REPLY)
    _checked(page, 1)
    note = page.text_content("#profile-note")
    assert note.startswith("Read as: Support reply.")
    page.select_option("#syntax", "markdown")
    page.fill("#text", "# Returns\n\nWe cannot process returns after 30 days.\n")
    page.wait_for_function(
        "document.getElementById('profile-note').textContent.startsWith('Read as: Help article')"
    )
    assert not any("cannot" in words for words in _highlighted(page).values())  # no refusal


def test_editor_passes_axe(page: Any) -> None:
    page.fill("#text", REPLY)
    _checked(page, 1)
    page.locator("#findings button").first.click()
    assert axe_violations(page) == []

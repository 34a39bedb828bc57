"""The live editor's server: answers, offsets, profiles, and what it refuses."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest

pytest.importorskip("starlette", reason="the web extra is not installed")
with warnings.catch_warnings():  # newer Starlette prefers httpx2; httpx works on every version
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

from lingo.web.app import MAX_BODY, create_app  # noqa: E402
from lingo.web.server import bind, url_of  # noqa: E402

REPLY = "Per our policy, your refund was denied by our team. In order to utilize it, log in."


@pytest.fixture(scope="module")
def client(linter) -> TestClient:
    return TestClient(create_app(linter), base_url="http://127.0.0.1:8000")


def _check(client: TestClient, text: str, **extra: object):
    return client.post("/api/check", json={"text": text, **extra})


def test_check_returns_findings_on_their_words(client: TestClient) -> None:
    answer = _check(client, REPLY)
    assert answer.status_code == 200
    data = answer.json()
    assert data["grade"] in "ABCDF"
    by_rule = {f["rule"]: f for f in data["findings"]}
    for rule in ("say-no/policy-speak", "passive-voice", "jargon/complex-word"):
        f = by_rule[rule]
        assert REPLY[f["start"] : f["end"]] == f["text"]
    utilize = next(f for f in data["findings"] if f["text"] == "utilize")
    edit = utilize["suggestions"][0]["edits"][0]
    assert (edit["replacement"], REPLY[edit["start"] : edit["end"]]) == ("use", "utilize")


def test_offsets_count_as_javascript_does(client: TestClient) -> None:
    text = "Thanks \U0001f600\U0001f600! In order to utilize your credit, log in."
    data = _check(client, text).json()
    utilize = next(f for f in data["findings"] if f["text"] == "utilize")
    as_js = text.encode("utf-16-le")
    flagged = as_js[2 * utilize["start"] : 2 * utilize["end"]].decode("utf-16-le")
    assert flagged == "utilize"


def test_profiles_change_what_is_flagged(client: TestClient) -> None:
    text = (
        "We leverage our platform so that when your parcel arrives and something inside it is "
        "broken or missing you can take a photo of the box and the item and reply to this "
        "message and we will send a new one."
    )
    reply = {f["rule"]: f for f in _check(client, text, profile="support-reply").json()["findings"]}
    ui = {f["rule"] for f in _check(client, text, profile="ui-copy").json()["findings"]}
    marketing = {f["rule"]: f for f in _check(client, text, profile="marketing").json()["findings"]}
    assert reply["jargon/buzzword"]["severity"] == "warning"
    assert marketing["jargon/buzzword"]["severity"] == "error"
    assert "readability/very-hard-sentence" in reply and "readability/very-hard-sentence" not in ui
    assert _check(client, text, profile="no-such").status_code == 422


def test_with_no_profile_chosen_the_text_decides_as_on_the_command_line(
    client: TestClient,
) -> None:
    page = "# Refunds\n\nWe cannot refund an order after 30 days.\n"
    as_page = _check(client, page, syntax="markdown").json()
    assert as_page["profile"] == "help-article"
    assert "say-no/refusal" not in {f["rule"] for f in as_page["findings"]}
    reply = _check(client, "We cannot refund an order after 30 days.").json()
    assert reply["profile"] == "support-reply"
    assert "say-no/refusal" in {f["rule"] for f in reply["findings"]}
    chosen = _check(client, page, syntax="markdown", profile="support-reply").json()
    assert chosen["profile"] is None  # the team's choice: nothing was decided for them
    assert "say-no/refusal" in {f["rule"] for f in chosen["findings"]}
    editor = client.get("/").text
    assert '<option value="auto"' in editor and "Reply or page (lingo decides)" in editor
    assert 'value="auto" title="lingo decides from the text' in editor
    assert editor.index('value="auto"') < editor.index('value="support-reply"')


def test_fix_applies_safe_fixes_and_writes_nothing(client: TestClient, tmp_path) -> None:
    answer = client.post("/api/fix", json={"text": "In order to utilize your credit, log in."})
    assert answer.json() == {"text": "To use your credit, log in.", "applied": 2}


@pytest.mark.parametrize(
    "headers",
    [
        {"host": "evil.example:8000"},  # DNS rebinding: a foreign name resolving to 127.0.0.1
        {"host": "127.0.0.1.evil.example"},
        {"origin": "http://evil.example"},
        {"origin": "https://127.0.0.1.evil.example"},
        {"origin": "null"},
    ],
)
def test_requests_from_elsewhere_are_refused(client: TestClient, headers: dict) -> None:
    answer = client.post("/api/check", json={"text": REPLY}, headers=headers)
    assert answer.status_code == 403
    assert client.get("/", headers=headers).status_code == 403


def test_local_names_are_served(client: TestClient) -> None:
    for host in ("localhost:8000", "127.0.0.1:9", "[::1]:8000"):
        assert client.get("/", headers={"host": host}).status_code == 200
    page = client.get("/", headers={"origin": "http://localhost:8000"})
    assert "Support reply" in page.text and "Help article" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_oversized_and_malformed_requests_are_refused(client: TestClient) -> None:
    big = "word " * (MAX_BODY // 5 + 10)
    assert _check(client, big).status_code == 413
    assert _check(client, "x" * 200_001).status_code == 413
    raw = client.post("/api/check", content=b"text=hello", headers={"content-type": "text/plain"})
    assert raw.status_code == 415
    bad = client.post("/api/check", content=b"{", headers={"content-type": "application/json"})
    assert bad.status_code == 400
    assert _check(client, REPLY, syntax="latex").status_code == 400
    assert client.get("/api/check").status_code == 405


def test_bind_takes_a_free_loopback_port_and_refuses_others() -> None:
    sock = bind("127.0.0.1", 0)
    try:
        assert url_of(sock).startswith("http://127.0.0.1:")
        port = sock.getsockname()[1]
        with pytest.raises(Exception, match=f"port {port}"):
            bind("127.0.0.1", port)
    finally:
        sock.close()
    with pytest.raises(Exception, match="only listens on this machine"):
        bind("0.0.0.0", 0)


def test_serve_without_the_web_extra_names_the_install_command() -> None:
    blocked = (
        "import sys; sys.modules['starlette'] = None; from lingo.cli import main; main(['serve'])"
    )
    run = subprocess.run([sys.executable, "-c", blocked], capture_output=True, text=True)
    assert run.returncode == 2
    from lingo.cli.pages import WEB_EXTRA

    expected = (
        f"lingo: lingo serve needs the web extra: {WEB_EXTRA} (from a clone: pip install '.[web]')"
    )
    assert run.stderr.strip() == expected

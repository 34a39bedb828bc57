"""The language server's parts that need no editor: positions, options, "accept this term",
and `lingo server` without its extra."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("lsprotocol", reason="the language server needs the lsp extra")

from lsprotocol import types  # noqa: E402

from lingo import ConfigError, LingoError, __version__  # noqa: E402
from lingo.cli.main import main  # noqa: E402
from lingo.config import load_config_file  # noqa: E402
from lingo.findings import Edit  # noqa: E402
from lingo.lsp.accept import accept_term  # noqa: E402
from lingo.lsp.actions import change_summary  # noqa: E402
from lingo.lsp.positions import PositionMap  # noqa: E402
from lingo.lsp.settings import ServerOptions  # noqa: E402

LINE = "Zoë 🙂 says: we cannot ship.\nSecond line"


@pytest.mark.parametrize(
    ("encoding", "character"),
    [("utf-16", 13), ("utf-8", 16), ("utf-32", 12)],  # "we" after "Zoë 🙂 says: "
)
def test_positions_count_the_units_the_client_agreed_on(encoding: str, character: int) -> None:
    positions = PositionMap(LINE, encoding)
    at = LINE.index("we")
    assert positions.position(at) == types.Position(line=0, character=character)
    assert positions.offset(types.Position(line=0, character=character)) == at
    second = LINE.index("Second")
    assert positions.position(second) == types.Position(line=1, character=0)
    # past the end of a line means its end, as LSP says
    assert positions.offset(types.Position(line=0, character=999)) == LINE.index("\n")


@pytest.mark.parametrize(
    ("text", "old", "new", "title"),
    [
        ("Please utilize the form.", "utilize", "use", "'utilize' with 'use'"),
        (
            "To simply set it up, sign in.",
            "To simply set it up",
            "To set it up",
            "removes 'simply'",
        ),
        (
            "Your refund was issued by our team.",
            "Your refund was issued by our team",
            "Our team issued your refund",
            "'Your refund was issued by our team' with 'Our team issued your refund'",
        ),
        (
            "Thanks for waiting.",
            "Thanks for waiting",
            "Thanks so much for waiting",
            "adds 'so much'",
        ),
    ],
)
def test_a_fix_is_named_by_what_it_changes(text: str, old: str, new: str, title: str) -> None:
    start = text.index(old)
    assert change_summary(text, [Edit(start, start + len(old), new)]) == title


def test_initialization_options_are_validated() -> None:
    options = ServerOptions.from_json(
        {"model": "en_core_web_sm", "languages": {"quarto": "markdown"}, "debounce": 50}
    )
    assert options.overrides()["model"] == "en_core_web_sm"
    assert options.syntax_of("quarto", None) == "markdown"
    assert options.syntax_of("mdx", None) == "mdx"
    assert options.syntax_of("MARKDOWN", None) == "markdown"
    assert options.syntax_of("python", "/docs/notes.py") is None
    assert options.syntax_of("unknown", "/docs/page.htm") == "html"
    assert options.debounce_ms == 50
    with pytest.raises(ConfigError, match="languages\\['rst'\\] must be one of"):
        ServerOptions.from_json({"languages": {"rst": "restructuredtext"}})
    with pytest.raises(ConfigError, match="'debounce' must be milliseconds"):
        ServerOptions.from_json({"debounce": "fast"})
    noted = ServerOptions.from_json({"colour": "blue"})
    assert noted.notices == (
        "initializationOptions: unknown option 'colour' ignored (lingo reads model, profile, "
        "languages, debounce)",
    )


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "help").mkdir()
    (tmp_path / "help" / "sso.md").write_text("Sign in with SSO.\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("name", "before", "after"),
    [
        (
            "lingo.yaml",
            "ignore: [jargon/buzzword]\n",
            'ignore: [jargon/buzzword]\naccept: ["SSO"]\n',
        ),
        (
            "lingo.yaml",
            "accept: [Acme Cloud]  # product names\n",
            'accept: [Acme Cloud, "SSO"]  # product names\n',
        ),
        (
            "lingo.yaml",
            "accept:\n  - Acme Cloud\n  # a comment\n  - Zendesk\nignore: []\n",
            'accept:\n  - Acme Cloud\n  # a comment\n  - Zendesk\n  - "SSO"\nignore: []\n',
        ),
        ("lingo.yaml", "accept: Acme\n", 'accept: [Acme, "SSO"]\n'),
        (".lingo.yaml", "", 'accept: ["SSO"]\n'),
        (
            "pyproject.toml",
            '[tool.lingo]\nignore = ["jargon"]\n\n[tool.ruff]\nline-length = 100\n',
            '[tool.lingo]\naccept = ["SSO"]\nignore = ["jargon"]\n\n'
            "[tool.ruff]\nline-length = 100\n",
        ),
        (
            "pyproject.toml",
            '[tool.lingo]\naccept = [\n  "Acme",\n]\n',
            '[tool.lingo]\naccept = [\n  "Acme", "SSO"]\n',
        ),
    ],
)
def test_accept_term_edits_the_nearest_configuration(
    repository: Path, name: str, before: str, after: str
) -> None:
    config = repository / name
    config.write_text(before, encoding="utf-8")
    assert accept_term("SSO", str(repository / "help" / "sso.md")) == config.resolve()
    assert config.read_text(encoding="utf-8") == after
    assert "SSO" in load_config_file(config).accept
    # twice is once
    accept_term("sso", str(repository / "help" / "sso.md"))
    assert config.read_text(encoding="utf-8") == after


def test_accept_term_makes_a_configuration_at_the_repository_root(repository: Path) -> None:
    written = accept_term("single sign-on", str(repository / "help" / "sso.md"))
    assert written == (repository / "lingo.yaml").resolve()
    assert load_config_file(written).accept == ("single sign-on",)


def test_accept_term_leaves_a_file_it_cannot_edit_safely(repository: Path) -> None:
    config = repository / "lingo.yaml"
    config.write_text("accept: &names [Acme]\n", encoding="utf-8")
    with pytest.raises(LingoError, match="cannot add 'SSO' to 'accept' safely; add it by hand"):
        accept_term("SSO", str(repository / "help" / "sso.md"))
    assert config.read_text(encoding="utf-8") == "accept: &names [Acme]\n"


def test_server_without_its_extra_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = importlib.util.find_spec

    def find_spec(name: str, *args: object) -> object:
        return None if name == "pygls" else real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    result = CliRunner().invoke(main, ["server"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "lingo: lingo server needs the lsp extra (pygls): pip install "
        f'"lingo-lint[lsp] @ git+https://github.com/lingo-lint/lingo@v{__version__}" '
        "(from a clone: pip install '.[lsp]')"
    ]

"""Configuration files: discovery, every key's effect, precedence, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lingo.cli.main import main
from lingo.config import Config, find_config_file, load_config_file
from lingo.errors import ConfigError
from lingo.findings import Severity

SAY_NO = "Per our policy, we cannot refund gift cards.\n"  # policy-speak + refusal (warnings)
JARGON = "Please utilize the form.\n"  # jargon/complex-word (warning)


def write(root: Path, name: str, content: str) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository root: discovery stops here."""
    (tmp_path / ".git").mkdir()
    return tmp_path


def check(*args: str) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    rows = json.loads(result.stdout) if result.stdout.strip().startswith("[") else []
    return result.exit_code, rows, result.stderr


def rule_ids(rows: list[dict]) -> set[str]:
    return {r["rule"] for r in rows}


# -- discovery -----------------------------------------------------------------------


def test_the_nearest_configuration_wins(repo: Path) -> None:
    write(repo, "lingo.yaml", "ignore: [say-no/refusal]\n")
    write(repo, "docs/legal/.lingo.yaml", "ignore: [say-no]\n")
    top = write(repo, "docs/reply.txt", SAY_NO)
    deep = write(repo, "docs/legal/terms.txt", SAY_NO)
    assert find_config_file(top.parent) == repo / "lingo.yaml"
    assert find_config_file(deep.parent) == repo / "docs/legal/.lingo.yaml"
    _, rows, _ = check(str(top), str(deep))
    assert {(Path(r["path"]).name, r["rule"]) for r in rows} == {
        ("reply.txt", "say-no/policy-speak")
    }


@pytest.mark.parametrize(
    ("files", "found"),
    [
        (
            {"lingo.yaml": "{}", ".lingo.yaml": "{}", "pyproject.toml": "[tool.lingo]\n"},
            "lingo.yaml",
        ),
        ({".lingo.yaml": "{}", "pyproject.toml": "[tool.lingo]\n"}, ".lingo.yaml"),
        ({"pyproject.toml": "[tool.lingo]\nignore = ['jargon']\n"}, "pyproject.toml"),
        ({"pyproject.toml": "[tool.black]\nline-length = 99\n"}, None),
    ],
)
def test_file_names_in_order(repo: Path, files: dict[str, str], found: str | None) -> None:
    for name, content in files.items():
        write(repo, name, content)
    assert find_config_file(repo) == (repo / found if found else None)


def test_discovery_stops_at_the_repository_root(tmp_path: Path) -> None:
    write(tmp_path, "lingo.yaml", "ignore: [say-no]\n")
    inner = tmp_path / "project"
    (inner / ".git").mkdir(parents=True)
    assert find_config_file(inner) is None
    assert find_config_file(tmp_path) == tmp_path / "lingo.yaml"


def test_pyproject_tool_lingo_table(repo: Path) -> None:
    write(
        repo,
        "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.lingo]\nselect = ["jargon"]\nfail-on = "error"\n',
    )
    reply = write(repo, "reply.txt", SAY_NO + JARGON)
    code, rows, _ = check(str(reply))
    assert rule_ids(rows) == {"jargon/complex-word"}
    assert code == 0  # fail-on error, and these are warnings


def test_config_option_and_isolated(repo: Path) -> None:
    write(repo, "lingo.yaml", "ignore: [say-no]\n")
    other = write(repo, "elsewhere/strict.yaml", "select: [say-no/refusal]\n")
    reply = write(repo, "reply.txt", SAY_NO + JARGON)
    assert rule_ids(check(str(reply))[1]) == {"jargon/complex-word"}
    assert rule_ids(check("--config", str(other), str(reply))[1]) == {"say-no/refusal"}
    assert rule_ids(check("--isolated", str(reply))[1]) == {
        "say-no/policy-speak",
        "say-no/refusal",
        "jargon/complex-word",
    }
    code, _, err = check("--config", str(other), "--isolated", str(reply))
    assert code == 2 and "cannot be used together" in err


def test_stdin_uses_the_configuration_of_stdin_filename(repo: Path) -> None:
    write(repo, "docs/lingo.yaml", "ignore: [say-no]\n")
    result = CliRunner().invoke(
        main,
        ["check", "--format", "json", "--stdin-filename", str(repo / "docs/a.md"), "-"],
        input=SAY_NO + JARGON,
    )
    rows = json.loads(result.stdout)
    assert rule_ids(rows) == {"jargon/complex-word"}
    assert {r["path"] for r in rows} == {str(repo / "docs/a.md")}


# -- every key ---------------------------------------------------------------------


def test_every_key_in_one_file(repo: Path) -> None:
    write(
        repo,
        "team/words.yaml",
        """\
rule: house/banned-words
category: house
severity: error
title: Banned words
why: Our style guide bans these words.
sources: ["Acme style guide, section 3"]
entries:
  - id: awesome
    phrases: [awesome]
    message: "'{match}' is not in our voice."
    suggestions: [great]
    examples:
      bad: ["Our new plan is awesome."]
      good: ["Our new plan is great."]
""",
    )
    write(
        repo,
        "lingo.yaml",
        """\
select: [say-no, jargon, house]
ignore: [say-no/refusal]
severity:
  say-no/policy-speak: error
  jargon: info
fail-on: error
target-grade: 6
exclude: ["drafts/", "*.tmp.md"]
accept: [Acme Utilize]
extra-lexicons: [team/words.yaml]
per-file:
  "docs/legal/**":
    ignore: [jargon/legalese, say-no]
model: null
max-length: 100000
""",
    )
    config = load_config_file(repo / "lingo.yaml")
    assert config.select == ("say-no", "jargon", "house")
    assert config.severity == {"say-no/policy-speak": Severity.ERROR, "jargon": Severity.INFO}
    assert config.fail_on is Severity.ERROR and config.target_grade == 6
    assert config.extra_lexicons == (str(repo / "team/words.yaml"),)
    write(
        repo,
        "docs/reply.md",
        "Awesome: per our policy, we cannot refund. Please utilize the form.\n",
    )
    write(repo, "docs/legal/terms.md", "Per our policy, pursuant to the terms, an awesome deal.\n")
    write(repo, "drafts/wip.md", SAY_NO)
    write(repo, "docs/notes.tmp.md", SAY_NO)
    code, rows, err = check(str(repo))
    assert err == ""
    found = {(Path(r["path"]).name, r["rule"], r["severity"]) for r in rows}
    assert found == {
        ("reply.md", "house/banned-words", "error"),
        ("reply.md", "say-no/policy-speak", "error"),
        ("reply.md", "jargon/complex-word", "info"),
        ("terms.md", "house/banned-words", "error"),
    }
    assert code == 1
    accepted = write(repo, "docs/product.md", "Acme Utilize makes reports.\n")
    assert check(str(accepted))[1] == []


def test_per_file_entries_apply_in_order(repo: Path) -> None:
    write(
        repo,
        "lingo.yaml",
        """\
per-file:
  "*.md":
    ignore: [jargon]
  "docs/keep/*.md":
    ignore: []
""",
    )
    write(repo, "docs/a.md", JARGON)
    write(repo, "docs/keep/b.md", JARGON)
    rows = check(str(repo))[1]
    assert {Path(r["path"]).name for r in rows} == {"b.md"}


def test_precedence_defaults_file_per_file_command_line(repo: Path) -> None:
    write(
        repo,
        "lingo.yaml",
        """\
ignore: [jargon]
per-file:
  "legal/*.txt":
    select: [jargon]
    ignore: []
""",
    )
    plain = write(repo, "reply.txt", SAY_NO + JARGON)
    legal = write(repo, "legal/terms.txt", SAY_NO + JARGON)
    assert rule_ids(check(str(plain))[1]) == {"say-no/policy-speak", "say-no/refusal"}
    assert rule_ids(check(str(legal))[1]) == {"jargon/complex-word"}
    # the command line wins over both
    assert rule_ids(check("--select", "say-no/refusal", str(legal))[1]) == {"say-no/refusal"}
    assert check("--fail-on", "never", str(plain))[0] == 0


def test_exclude_when_walking_and_with_force_exclude(repo: Path) -> None:
    write(repo, "lingo.yaml", "exclude: [drafts/, '*.tmp.md']\n")
    draft = write(repo, "drafts/a.md", SAY_NO)
    write(repo, "b.tmp.md", SAY_NO)
    write(repo, "c.md", SAY_NO)
    assert {Path(r["path"]).name for r in check(str(repo))[1]} == {"c.md"}
    # a file named on the command line is linted, unless --force-exclude (pre-commit)
    assert check(str(draft))[1]
    assert check("--force-exclude", str(draft)) == (0, [], "")
    assert {Path(r["path"]).name for r in check("--exclude", "c.md", str(repo))[1]} == set()


def test_walking_skips_virtual_environments_and_node_modules(tmp_path: Path) -> None:
    write(tmp_path, "env/pyvenv.cfg", "home = /usr/bin\n")
    write(tmp_path, "env/lib/site/README.md", SAY_NO)
    write(tmp_path, "node_modules/pkg/README.md", SAY_NO)
    write(tmp_path, ".git/COMMIT_EDITMSG.txt", SAY_NO)
    write(tmp_path, "docs/page.md", SAY_NO)
    assert {Path(r["path"]).name for r in check(str(tmp_path))[1]} == {"page.md"}


# -- errors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("ignor: [jargon]\n", "lingo.yaml: unknown key 'ignor' (did you mean 'ignore'?)"),
        ("select: 3\n", "lingo.yaml: 'select' must be a list of strings"),
        ("target-grade: hard\n", "lingo.yaml: 'target-grade' must be a number"),
        ("severity: {jargon: loud}\n", "unknown severity 'loud'"),
        ("fail-on: sometimes\n", "'fail-on': 'sometimes' is not error, warning, info or never"),
        ("exclude: ['docs/[abc']\n", "'exclude': bad glob 'docs/[abc': '[' is never closed"),
        ("exclude: ['a\\']\n", "'exclude': bad glob 'a\\\\'"),
        ("per-file: {'[z-a].md': {ignore: [x]}}\n", "bad glob '[z-a].md': bad character range z-a"),
        ("per-file: {'*.md': {sevrity: {}}}\n", "unknown key 'sevrity' (did you mean 'severity'?)"),
        ("per-file: {'*.md': {exclude: [x]}}\n", "'exclude' applies to a whole run, not per file"),
        ("select: [jargon\n", "lingo.yaml: not valid YAML at line 2"),
        ("- just\n- a list\n", "lingo.yaml: the configuration must be a mapping"),
        ("max-length: -5\n", "'max-length' must be a positive whole number"),
    ],
)
def test_configuration_errors_are_one_clear_line(repo: Path, content: str, message: str) -> None:
    write(repo, "lingo.yaml", content)
    reply = write(repo, "reply.txt", JARGON)
    code, rows, err = check(str(reply))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lingo: ") and message in lines[0], err
    assert str(repo / "lingo.yaml") in lines[0]
    assert "Traceback" not in err


def test_a_bad_configuration_skips_only_its_own_files(repo: Path) -> None:
    write(repo, "broken/lingo.yaml", "selct: [jargon]\n")
    bad = write(repo, "broken/a.txt", JARGON)
    good = write(repo, "fine/b.txt", JARGON)
    code, rows, err = check(str(bad), str(good))
    assert code == 2
    assert err.count("unknown key 'selct'") == 1
    assert {Path(r["path"]).name for r in rows} == {"b.txt"}


def test_bad_toml_and_missing_table(repo: Path) -> None:
    write(repo, "pyproject.toml", "[tool.lingo\nselect = 1\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config_file(repo / "pyproject.toml")
    write(repo, "pyproject.toml", "[tool.black]\n")
    with pytest.raises(ConfigError, match=r"no \[tool.lingo\] table"):
        load_config_file(repo / "pyproject.toml")
    code, _, err = check("--config", str(repo / "missing.yaml"), str(write(repo, "a.txt", JARGON)))
    assert code == 2 and "missing.yaml: no such configuration file" in err


def test_a_missing_extra_lexicon_names_the_file(repo: Path) -> None:
    write(repo, "lingo.yaml", "extra-lexicons: [team/nope.yaml]\n")
    code, _, err = check(str(write(repo, "a.txt", JARGON)))
    assert code == 2 and "nope.yaml" in err and "Traceback" not in err


def test_config_for_file_and_excludes_from_python(tmp_path: Path) -> None:
    config = Config.from_mapping(
        {"exclude": ["build/"], "per-file": {"legal/**": {"ignore": ["jargon"]}}}
    )
    config = Config(**{**config.__dict__, "root": str(tmp_path)})
    assert config.for_file(str(tmp_path / "legal/a/terms.md")).ignore == ("jargon",)
    assert config.for_file(str(tmp_path / "a.md")).ignore == ()
    assert config.excludes(str(tmp_path / "build"), folder=True)
    assert not config.excludes(str(tmp_path / "builder.md"))


def test_exclude_reads_like_a_gitignore(repo: Path) -> None:
    write(repo, "lingo.yaml", "exclude: ['legal/*', '!legal/keep.md']\n")
    write(repo, "legal/terms.md", SAY_NO)
    write(repo, "legal/keep.md", SAY_NO)
    assert {Path(r["path"]).name for r in check(str(repo))[1]} == {"keep.md"}

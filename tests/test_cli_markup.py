"""The command line on content files: syntax from names, stdin, several pipelines in one run."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from lingo.cli.main import main

MARKDOWN = "# Help\n\nRun `utilize --all` first, then utilize the form.\n"


def check(*args: str, input: str | None = None) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(
        main, ["check", "--isolated", "--format", "json", *args], input=input
    )
    rows = json.loads(result.stdout) if result.stdout.strip().startswith("[") else []
    return result.exit_code, rows, result.stderr


def test_stdin_is_plain_text_unless_named_or_told() -> None:
    _, plain, _ = check("-", input=MARKDOWN)
    assert [(r["line"], r["column"]) for r in plain] == [(3, 6), (3, 33)]  # code read as words
    _, named, _ = check("--stdin-filename", "help/page.md", "-", input=MARKDOWN)
    assert [(r["path"], r["line"], r["column"]) for r in named] == [("help/page.md", 3, 33)]
    _, told, _ = check("--syntax", "markdown", "-", input=MARKDOWN)
    assert [(r["path"], r["line"], r["column"]) for r in told] == [("<stdin>", 3, 33)]


def test_syntax_option_applies_to_files(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("<p>Please utilize <code> utilize </code>.</p>\n", encoding="utf-8")
    assert len(check(str(page))[1]) == 2
    rows = check("--syntax", "html", str(page))[1]
    assert [(r["line"], r["column"], r["text"]) for r in rows] == [(1, 11, "utilize")]


def test_stdin_filename_needs_stdin(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    page.write_text("Hi.\n", encoding="utf-8")
    code, _, err = check("--stdin-filename", "x.md", str(page))
    assert code == 2 and "pass - as the path" in err


def test_per_file_lexicons_use_their_own_pipeline(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "style").mkdir()
    (tmp_path / "style" / "brand.yaml").write_text(
        """\
rule: brand/name
category: brand
severity: error
why: The product name is one word.
sources: ["Acme brand book"]
entries:
  - id: acme-cloud
    phrases: [acme cloud]
    message: "Write 'AcmeCloud', one word."
    suggestions: [AcmeCloud]
    fix: safe
    examples:
      bad: ["Try acme cloud today."]
      good: ["Try AcmeCloud today."]
""",
        encoding="utf-8",
    )
    (tmp_path / "lingo.yaml").write_text(
        'per-file:\n  "marketing/**":\n    extra-lexicons: [style/brand.yaml]\n', encoding="utf-8"
    )
    for folder in ("marketing", "support"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.md").write_text("Try Acme Cloud today.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path)])
    rows = json.loads(result.stdout)
    assert [(Path(r["path"]).parent.name, r["rule"]) for r in rows] == [("marketing", "brand/name")]
    assert result.exit_code == 1

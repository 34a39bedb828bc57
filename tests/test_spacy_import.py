"""lingo imports spaCy without spaCy's CLI, and the CLI still works for anyone who uses it."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return result.stdout.strip()


def test_linting_never_imports_spacys_cli() -> None:
    out = run(
        """
        import sys
        import lingo
        report = lingo.check("Your parcel was sent on Monday.")
        print("passive-voice" in [f.rule for f in report.findings])
        print(sorted(m for m in ("typer", "requests", "weasel", "spacy.cli") if m in sys.modules))
        """
    )
    assert out.splitlines() == ["True", "[]"]


def test_spacys_cli_still_imports_and_answers_after_lingo() -> None:
    out = run(
        """
        import lingo.engine.linter
        import spacy
        print(callable(spacy.cli.download))  # through the placeholder: imports the real CLI
        import spacy.cli
        print(spacy.cli.__file__.endswith("cli/__init__.py"))
        print(spacy.info(silent=True)["spacy_version"] == spacy.__version__)
        """
    )
    assert out.splitlines() == ["True", "True", "True"]


def test_a_spacy_imported_first_is_left_as_it_is() -> None:
    out = run(
        """
        import spacy, sys
        from lingo.engine.spacy_import import import_spacy
        print(import_spacy() is spacy, "spacy.cli" in sys.modules)
        """
    )
    assert out == "True True"

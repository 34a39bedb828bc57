"""Compiled tables: stored between runs, keyed by their sources, never a reason to fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from lingo.lexicon import compiled


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LINGO_COMPILED_DIR", str(tmp_path / "compiled"))
    return tmp_path / "compiled"


def test_a_table_is_built_once_then_read_back(folder: Path) -> None:
    calls = []

    def build() -> dict[str, int]:
        calls.append(1)
        return {"hello": 2}

    assert compiled.load_or_build("words", "key-1", build) == {"hello": 2}
    assert compiled.load_or_build("words", "key-1", build) == {"hello": 2}
    assert len(calls) == 1
    assert [p.name for p in folder.iterdir()] == ["words-key-1.marshal"]


def test_a_new_key_replaces_the_stale_table_of_the_same_name(folder: Path) -> None:
    compiled.write("words", "old", {"a": 1})
    compiled.write("other", "old", {"b": 2})
    compiled.write("words", "new", {"a": 3})
    assert sorted(p.name for p in folder.iterdir()) == ["other-old.marshal", "words-new.marshal"]
    assert compiled.read("words", "old") is None


def test_a_damaged_table_is_rebuilt(folder: Path) -> None:
    compiled.write("words", "k", {"a": 1})
    (folder / "words-k.marshal").write_bytes(b"\x00garbage")
    assert compiled.load_or_build("words", "k", lambda: {"a": 1}) == {"a": 1}
    assert compiled.read("words", "k") == {"a": 1}


def test_an_unwritable_folder_only_costs_time(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("LINGO_COMPILED_DIR", str(blocker / "compiled"))
    assert compiled.load_or_build("words", "k", lambda: [1, 2]) == [1, 2]
    assert compiled.read("words", "k") is None


def test_data_marshal_cannot_store_is_simply_not_stored(folder: Path) -> None:
    value = {"when": object()}
    assert compiled.load_or_build("odd", "k", lambda: value) is value
    assert not folder.exists() or not list(folder.glob("odd-*"))


def test_the_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("LINGO_COMPILED_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert compiled.compiled_dir() == tmp_path / "lingo" / "compiled"


def test_lexicons_syllables_and_word_forms_are_compiled_and_read_back_the_same(
    folder: Path,
) -> None:
    from lingo.lexicon import syllables
    from lingo.lexicon.lexicons import load_lexicons
    from lingo.lexicon.triggers import stored_word_forms, word_forms

    rules = load_lexicons()
    syllables.syllable_table.cache_clear()
    table = syllables.syllable_table()
    with stored_word_forms():
        forms = word_forms("utilize")
    assert {"lexicon", "syllables", "word"} <= {p.name.split("-")[0] for p in folder.iterdir()}
    syllables.syllable_table.cache_clear()
    assert syllables.syllable_table() == table
    assert load_lexicons() == rules
    with stored_word_forms():
        assert (
            word_forms("utilize")
            == forms
            == {
                "utilize": "",
                "utilized": "VBD",
                "utilizes": "VBZ",
                "utilizing": "VBG",
            }
        )


def test_a_file_key_follows_the_file_and_is_none_without_one(tmp_path: Path) -> None:
    source = tmp_path / "table.txt"
    source.write_text("one")
    first = compiled.file_key(source)
    assert first == compiled.file_key(source)
    assert compiled.file_key(source, "v2") != first
    source.write_text("one, two")
    assert compiled.file_key(source) != first
    assert compiled.file_key(tmp_path / "missing.txt") is None

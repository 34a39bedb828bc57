"""lemminflect's tables read on demand answer exactly as its own loaded tables do."""

from __future__ import annotations

from pathlib import Path

import pytest
from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
from lemminflect.core.Inflections import Inflections
from lemminflect.core.Lemmatizer import Lemmatizer

from lingo.lexicon import morphology
from lingo.lexicon.morphology import SortedTable


@pytest.fixture(scope="module")
def stock_lemmas() -> dict:
    return LemmaLUCodec.load(Lemmatizer().lemma_lu_fn)


@pytest.fixture(scope="module")
def stock_inflections() -> dict:
    return InflectionLUCodec.load(Inflections().infl_lu_fn)


def test_the_singletons_hold_on_demand_tables() -> None:
    assert isinstance(Lemmatizer()._getLemmaDict(), SortedTable)
    assert isinstance(Inflections()._getInflDict(), SortedTable)


def test_every_lemma_entry_matches_the_stock_table(stock_lemmas: dict) -> None:
    table = Lemmatizer()._getLemmaDict()
    assert set(table) == set(stock_lemmas)
    assert all(table.get(word) == entry for word, entry in stock_lemmas.items())


def test_every_inflection_entry_matches_the_stock_table(stock_inflections: dict) -> None:
    table = Inflections()._getInflDict()
    assert set(table) == set(stock_inflections)
    assert all(table.get(word) == entry for word, entry in stock_inflections.items())


@pytest.mark.parametrize("word", ["", "zzzzqx", "Zebra-crossing", "a,b", "\uffff", "'"])
def test_unknown_words_get_the_default(word: str, stock_lemmas: dict) -> None:
    table = Lemmatizer()._getLemmaDict()
    assert table.get(word, {}) == stock_lemmas.get(word, {})


def test_the_public_functions_answer_as_lemminflect_documents() -> None:
    assert morphology.getAllLemmas("utilized") == {"VERB": ("utilize",)}
    assert morphology.getAllLemmas("Utilized") == {"VERB": ("Utilize",)}
    assert morphology.getInflection("utilize", tag="VBD") == ("utilized",)
    assert morphology.getAllInflections("be")["VBD"] == ("was", "were")
    assert morphology.getInflection("can", tag="VBD") == ("could",)
    assert morphology.getLemma("mice", upos="NOUN") == ("mouse",)
    # out of the tables, lemminflect's own rules still inflect a made-up verb
    assert morphology.getInflection("zorbify", tag="VBD") == ("zorbified",)


def test_a_table_read_back_from_its_compiled_copy_answers_the_same(stock_lemmas: dict) -> None:
    path = Path(Lemmatizer().lemma_lu_fn)
    first = SortedTable(path, morphology._merge_lemma_line)
    assert first.get("went") == stock_lemmas["went"]  # inflates the file, stores its text
    second = SortedTable(path, morphology._merge_lemma_line)
    for word in ("went", "utilized", "'d", "zygote", "aardvark"):
        assert second.get(word) == stock_lemmas.get(word)

"""Lexicon phrases matched as word sequences, and their tokenization kept between runs."""

from __future__ import annotations

import pytest

from lingo import LexiconError, Linter
from lingo.config import Config
from lingo.lexicon.lexicons import builtin_lexicons
from lingo.pipeline.common import token_words
from lingo.pipeline.lexicon_rules import LexiconMatcher
from lingo.pipeline.phrases import PhraseTable, phrase_tokenizer


def test_table_finds_every_sequence_with_overlaps_and_all_keys() -> None:
    table = PhraseTable()
    table.add("a:log-in", [("log", "in"), ("Log", "In")])  # the same sequence once
    table.add("b:log", [("log",)])
    table.add("c:in-to", [("in", "to")])
    table.add("d:in-to-again", [("in", "to")])
    lowers = "please log in to your account".split()
    assert sorted(table.matches(lowers)) == [
        ("a:log-in", 1, 3),
        ("b:log", 1, 2),
        ("c:in-to", 2, 4),
        ("d:in-to-again", 2, 4),
    ]
    assert len(table) == 3


def test_table_never_matches_past_the_last_token() -> None:
    table = PhraseTable()
    table.add("k", [("log", "in")])
    assert table.matches(["please", "log"]) == []
    assert table.matches([]) == []


def test_phrases_split_as_the_pipeline_tokenizer_splits_them(nlp) -> None:
    tokenize = phrase_tokenizer(nlp, builtin_lexicons())
    for phrase in ("e-mail", "can't", "per our policy", "log-in"):
        assert tokenize(phrase) == [t.text for t in nlp.make_doc(phrase)]
    for rule in builtin_lexicons():
        for entry in rule.entries:
            for phrase in entry.phrases:
                assert tokenize(phrase) == [t.text for t in nlp.make_doc(phrase)], phrase


def test_stored_tokenization_is_read_back_without_the_tokenizer(nlp, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("LINGO_COMPILED_DIR", str(tmp_path))
    rules = builtin_lexicons()
    phrase_tokenizer(nlp, rules)  # builds and stores the tables
    assert list(tmp_path.glob("phrase-tokens-*.marshal"))

    asked: list[str] = []
    real = nlp.make_doc

    def counting(text: str):
        asked.append(text)
        return real(text)

    monkeypatch.setattr(nlp, "make_doc", counting)
    tokenize = phrase_tokenizer(nlp, rules)
    phrases = [p for rule in rules for entry in rule.entries for p in entry.phrases]
    assert len(phrases) > 400
    assert [tokenize(p) for p in phrases] == [[t.text for t in real(p)] for p in phrases]
    assert asked == []  # every lexicon phrase came from the stored tables
    assert tokenize("an e-mail no lexicon has") == ["an", "e", "-", "mail", "no", "lexicon", "has"]
    assert asked == ["an e-mail no lexicon has"]


def test_phrase_matches_equal_spacys_phrase_matcher(nlp) -> None:
    """The dict matcher finds what spaCy's PhraseMatcher on LOWER finds, over real copy."""
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

    lexicon = nlp.get_pipe("lingo_lexicon")
    assert isinstance(lexicon, LexiconMatcher)
    reference = PhraseMatcher(nlp.vocab, attr="LOWER")
    for words, keys in lexicon.surface_phrases.items():
        for key in keys:
            reference.add(key, [Doc(nlp.vocab, words=list(words))])
    text = (
        "Please utilize the portal to log in. Per our policy, we are unable to process "
        "refunds. Utilizing our API, you can leverage synergies. Kindly be advised that "
        "your e-mail was received, and we will endeavour to respond in a timely manner."
    )
    doc = nlp.make_doc(text)
    expected = sorted((nlp.vocab.strings[m], s, e) for m, s, e in reference(doc))
    assert expected  # the text holds lexicon phrases
    assert sorted(lexicon.surface_phrases.matches(token_words(doc)[0])) == expected


def test_every_builtin_pattern_builds() -> None:
    """Built-in entries build their Matchers on first use; every one of them must build."""
    linter = Linter()
    lexicon = linter.nlp.get_pipe("lingo_lexicon")
    assert isinstance(lexicon, LexiconMatcher)
    keys = [f"{rule.id}:{entry.id}" for rule in lexicon.rules for entry in rule.entries]
    built = [lexicon._entry_matchers(key) for key in keys]
    assert sum(1 for pattern, _ in built if pattern is not None) > 100


@pytest.mark.parametrize(
    ("patterns", "problem"),
    [
        ("[[{LOWER: {IN: utilize}}]]", "pattern 1, token 1, LOWER: Input should be a valid list"),
        ('[[{LOWER: {REGEX: "("}}]]', "invalid regular expression: missing )"),
    ],
)
def test_team_pattern_spacy_rejects_fails_at_load_naming_file_and_entry(
    team_lexicon, patterns: str, problem: str
) -> None:
    path = team_lexicon(
        "  - id: utilize\n"
        f"    patterns: {patterns}\n"
        "    message: \"Say 'use'.\"\n"
        "    suggestions: [use]\n"
        '    examples: {bad: ["We utilize it."], good: ["We use it."]}\n'
    )
    with pytest.raises(LexiconError) as excinfo:
        Linter(config=Config.from_mapping({"extra-lexicons": [str(path)]}))
    message = str(excinfo.value)
    assert message.startswith(f"{path}: entry 'utilize': spaCy rejects a pattern: ")
    assert problem in message
    assert "\n" not in message

"""The fast attribute_ruler and lemmatizer give exactly the stock components' annotations."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from lingo.engine.model import load_pipeline
from lingo.pipeline.fast_tagging import (
    FastAttributeRuler,
    FastLemmatizer,
    UnsupportedComponent,
    use_fast_tagging,
)

SENTENCES = [
    "This isn't the refund you're looking for.",
    "We'll send the replacement on Monday, and you'll get a tracking number.",
    "The customer's order was shipped to the wrong address.",
    "I think it's gonna rain, so we're gonna stay inside.",
    "You gotta see this: it's the best offer we've had.",
    "Let's talk about the invoices' totals.",
    "Ain't nobody got time for that, y'all.",
    "C'mon, it's only 3.5 percent of $1,200.",
    "PLEASE DO NOT REPLY TO THIS EMAIL.",
    "I am writing to you because I couldn't reach your team by phone.",
    "He said she'd already paid, but they hadn't received it.",
    "Mr. Smith and Dr. Jones met in New York on 12 March 2024.",
    "There is a problem with your account, and there are two ways to fix it.",
    "Your request has been denied per our policy.",
    "It is what it is; we did what we could.",
    "Does he have the form? He does, and he has signed it.",
    "Who gets the refund, and who got the credit?",
    "Somethin' went wrong and nothin' was saved.",
    "Is it me or is it hot in here?",
    "The children's books were cheaper than the adults' ones.",
    "Apple's iPhone 15 costs more than Samsung's phones.",
    "We had to utilize the escalation procedure twice.",
    "Should you have any questions, don't hesitate to contact us.",
    "Their house is bigger than ours, but ours is nicer than theirs.",
    "I myself prefer it; you yourselves decide.",
    "Wait... what?! That's 100% wrong.",
    "(See the attached file.) It's in section 4(b).",
    "Running, jumping and swimming are the best exercises.",
    "The data were analysed by the researchers, who found nothing.",
    "That which does not kill us makes us stronger.",
    "Each of these options is better than that one.",
    "You're right, I'm wrong, and we're both tired.",
    "GET 50% OFF NOW!!! Offer ends soon.",
    "Thx u r the best :) see ya l8r",
    "  Two  spaces\tand a tab\nand a newline.  ",
    "Email support@example.com or visit https://example.com/help today.",
    "It's been a long day; it'd be nice if it'd stop.",
    "She wouldn't have known unless we'd told her.",
    "What do you do? I do what I have to do.",
    "Its owner says it's its own fault.",
]


def _annotations(doc: Doc) -> list[tuple]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start)
        for t in doc
    ]


@pytest.fixture(scope="module")
def stock() -> Language:
    return load_pipeline(fast_tagging=False)


@pytest.fixture(scope="module")
def fast() -> Language:
    return load_pipeline()


def test_load_pipeline_swaps_both_components_under_their_names(fast: Language) -> None:
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), FastLemmatizer)
    assert {"tagger", "parser", "attribute_ruler", "lemmatizer"} <= set(fast.pipe_names)
    # lingo/lexicon/participles.py reads the lemmatizer's tables through the pipe.
    assert "lemma_index" in fast.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]


@pytest.mark.parametrize("text", SENTENCES)
def test_each_sentence_is_annotated_as_by_the_stock_pipeline(
    stock: Language, fast: Language, text: str
) -> None:
    assert _annotations(fast(text)) == _annotations(stock(text))


def test_sentence_docs_through_pipe_as_lingo_parses_them(stock: Language, fast: Language) -> None:
    text = " ".join(SENTENCES)
    sentences = [sent.as_doc() for sent in stock(text).sents]
    stock_docs = list(stock.pipe(stock.make_doc(doc.text) for doc in sentences))
    fast_docs = list(fast.pipe(fast.make_doc(doc.text) for doc in sentences))
    assert len(fast_docs) > len(SENTENCES) / 2
    assert [_annotations(d) for d in fast_docs] == [_annotations(d) for d in stock_docs]


def test_the_same_text_twice_hits_the_caches_and_still_agrees(
    stock: Language, fast: Language
) -> None:
    text = "We're gonna check it, aren't we? Let's go."
    first, second = fast(text), fast(text)
    assert _annotations(first) == _annotations(second) == _annotations(stock(text))


# The ruler's semantics, on rules the English model does not have: later rules
# win, multi-token rules with positive and negative index, IN / NOT_IN / REGEX,
# an operator that only a real Matcher can run, and rules that see the values
# from before the ruler ran.
SYNTHETIC_RULES: list[dict] = [
    {"patterns": [[{}]], "attrs": {"MORPH": "Foo=Any"}},
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}},
    {"patterns": [[{"TAG": "NN", "LOWER": "cat"}]], "attrs": {"LEMMA": "feline", "POS": "PROPN"}},
    {"patterns": [[{"LOWER": {"IN": ["the", "a"]}}]], "attrs": {"POS": "DET"}},
    {
        "patterns": [[{"TAG": {"NOT_IN": ["NN", ""]}, "DEP": {"IN": ["det", "amod"]}}]],
        "attrs": {"MORPH": "Definite=Def"},
    },
    {"patterns": [[{"LOWER": {"REGEX": "^sh"}}]], "attrs": {"LEMMA": "sh-word"}},
    {
        "patterns": [[{"LOWER": "the"}, {"TAG": "NN"}]],
        "attrs": {"MORPH": "Number=Plur"},
        "index": 1,
    },
    {"patterns": [[{"TAG": "JJ"}, {"TAG": "NN"}]], "attrs": {"LEMMA": "adj-noun"}, "index": -2},
    {
        "patterns": [[{"LOWER": "big"}, {"IS_ALPHA": True, "OP": "+"}]],
        "attrs": {"POS": "X"},
        "index": -1,
    },
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"TAG": "NNX"}},
    {"patterns": [[{"TAG": "NNX"}]], "attrs": {"POS": "INTJ"}},
    {"patterns": [[{"IS_PUNCT": True}], [{"TEXT": "Cat"}]], "attrs": {"DEP": "punctish"}},
    {"patterns": [[{"DEP": "nsubj", "LOWER": {"NOT_IN": ["she"]}}]], "attrs": {"POS": "PRON"}},
]


def _synthetic_docs(vocab) -> list[Doc]:
    rows = [
        [
            ("the", "DT", "det", 1),
            ("big", "JJ", "amod", 1),
            ("cat", "NN", "nsubj", 3),
            ("shall", "MD", "aux", 3),
            ("sleep", "VB", "ROOT", 3),
            ("!", ".", "punct", 3),
        ],
        [
            ("Cat", "NN", "ROOT", 0),
            ("she", "PRP", "nsubj", 0),
            ("big", "JJ", "amod", 0),
            ("big", "JJ", "amod", 0),
            ("shoe", "NN", "dobj", 0),
            (",", ",", "punct", 0),
        ],
        [("a", "DT", "det", 0)],
        [("The", "DT", "det", 1), ("shoe", "NN", "ROOT", 1), ("shines", "VBZ", "relcl", 1)],
    ]
    return [
        Doc(
            vocab,
            words=[w for w, _, _, _ in row],
            tags=[t for _, t, _, _ in row],
            deps=[d for _, _, d, _ in row],
            heads=[h for _, _, _, h in row],
        )
        for row in rows
    ]


def test_synthetic_rules_match_the_stock_ruler() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add_patterns(SYNTHETIC_RULES)  # type: ignore[arg-type]
    fast = FastAttributeRuler(ruler)
    assert fast._fallback_rules, "the OP rule should run in the fallback Matcher"
    for doc in _synthetic_docs(nlp.vocab):
        expected = _annotations(ruler(doc.copy()))
        assert _annotations(fast(doc.copy())) == expected
        assert _annotations(fast(doc.copy())) == expected  # again, from the caches


def test_a_ruler_it_cannot_reproduce_is_left_in_place() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    # NORM is set on the token and the lexeme: not something the fast ruler does.
    ruler.add([[{"LOWER": "thx"}]], {"NORM": "thanks"})
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})  # no tables loaded
    before = (nlp.pipe_names, nlp.config.to_str())
    with pytest.raises(UnsupportedComponent):
        FastAttributeRuler(ruler)
    assert use_fast_tagging(nlp) == []
    assert (nlp.pipe_names, nlp.config.to_str()) == before
    assert nlp.get_pipe("attribute_ruler") is ruler
    assert nlp.get_pipe("lemmatizer") is lemmatizer


def test_an_unknown_lemmatizer_class_is_left_in_place(stock: Language) -> None:
    class PickyLemmatizer(Lemmatizer):
        def is_base_form(self, token) -> bool:
            return token.tag_ == "NN"

    loaded = stock.get_pipe("lemmatizer")
    assert isinstance(loaded, Lemmatizer)
    picky = PickyLemmatizer(stock.vocab, None, mode="rule")
    picky.lookups = loaded.lookups
    with pytest.raises(UnsupportedComponent):
        FastLemmatizer(picky)


def test_tokens_that_already_have_a_lemma_keep_it(fast: Language) -> None:
    with fast.select_pipes(enable=["tok2vec", "tagger", "parser", "attribute_ruler"]):
        doc = fast("They were walking.")
    doc[2].lemma_ = "kept"
    fast.get_pipe("lemmatizer")(doc)
    assert [t.lemma_ for t in doc] == ["they", "be", "kept", "."]

"""The text lingo remembers for a Doc is exactly the text spaCy would join."""

from __future__ import annotations

from lingo.doc_text import doc_text

TEXTS = [
    "Your order was shipped.  We cannot refund it per our policy!\n\nThanks, team",
    "# Billing\n\nInvoices are generated monthly. You failed to pay.\tPlease utilize the portal. ",
    "Q: Why was my card declined?\nA: It was declined by your bank \u2014 sorry.\u00a0Try again.",
    "One. Two were taken by them.   Three\n",
]


def test_sentence_docs_remember_their_own_text(linter) -> None:
    for text in TEXTS:
        item = linter._prepare(
            text, None, "markdown" if text.startswith("#") else None, linter.config
        )
        assert item.to_parse, text
        for sentence in item.to_parse:
            assert doc_text(sentence.doc) == sentence.doc.text


def test_a_doc_without_a_remembered_text_joins_it_once(nlp) -> None:
    doc = nlp.make_doc("It was done by them. ")
    assert doc_text(doc) == "It was done by them. "
    assert doc.user_data["lingo_text"] == "It was done by them. "


def test_sentence_texts_sliced_from_the_segment_equal_spacys_span_text(linter, nlp) -> None:
    from lingo.text.sentences import split_sentences

    for text in TEXTS:
        doc = split_sentences(nlp.make_doc(text))
        assert all(text[s.start_char : s.end_char] == s.text for s in doc.sents)

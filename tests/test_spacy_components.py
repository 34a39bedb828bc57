"""lingo's checks are ordinary spaCy components a spaCy user can add to a pipeline."""

from __future__ import annotations

import spacy

import lingo.pipeline  # noqa: F401  (registers the factories)
from lingo.engine.model import load_pipeline


def test_components_work_in_a_users_pipeline() -> None:
    nlp = load_pipeline()
    for name in ("lingo_lexicon", "lingo_passive", "lingo_readability"):
        nlp.add_pipe(name)
    doc = nlp("Per our policy, your refund was denied. Please utilize the portal.")
    rules = {f.rule for f in doc._.lingo_findings}
    assert {"say-no/policy-speak", "passive-voice", "jargon/complex-word"} <= rules
    for finding in doc._.lingo_findings:
        assert doc.text[finding.start : finding.end] == finding.text
    assert doc._.lingo_readability.sentences == 2


def test_extensions_are_prefixed_and_not_forced() -> None:
    from spacy.tokens import Doc

    for name in ("lingo_findings", "lingo_readability"):
        assert Doc.has_extension(name)


def test_factories_are_registered() -> None:
    from spacy.language import Language

    for name in ("lingo_lexicon", "lingo_passive", "lingo_readability"):
        assert Language.has_factory(name)
    assert spacy.__version__.startswith("3.")

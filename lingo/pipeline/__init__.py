"""lingo's spaCy components. Importing this package registers their factories:

    nlp.add_pipe("lingo_lexicon")      jargon and say-no from the lexicons
    nlp.add_pipe("lingo_passive")      passive voice from the dependency parse
    nlp.add_pipe("lingo_noun_heavy")   sentences of abstract nouns (opt-in rule)
    nlp.add_pipe("lingo_readability")  hard sentences and document figures
    nlp.add_pipe("lingo_tone")         say-no tone from a trained classifier (opt-in rule)

Findings land on `doc._.lingo_findings`, figures on `doc._.lingo_readability`.
"""

from ..engine.spacy_import import import_spacy

import_spacy()  # before the components import spaCy: without its CLI (lingo/engine/spacy_import.py)

from .common import register_extensions  # noqa: E402
from .lexicon_rules import LexiconMatcher  # noqa: E402
from .noun_heavy import NounHeavy  # noqa: E402
from .passive import PassiveVoice  # noqa: E402
from .readability import ReadabilityScorer  # noqa: E402
from .tone import ToneScorer  # noqa: E402

register_extensions()

__all__ = [
    "LexiconMatcher",
    "NounHeavy",
    "PassiveVoice",
    "ReadabilityScorer",
    "ToneScorer",
    "register_extensions",
]

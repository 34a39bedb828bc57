"""lingo's spaCy components. Importing this package registers their factories:

    nlp.add_pipe("lingo_lexicon")      jargon and say-no from the lexicons
    nlp.add_pipe("lingo_passive")      passive voice from the dependency parse
    nlp.add_pipe("lingo_readability")  hard sentences and document figures

Findings land on `doc._.lingo_findings`, figures on `doc._.lingo_readability`.
"""

from .common import register_extensions
from .lexicon_rules import LexiconMatcher
from .passive import PassiveVoice
from .readability import ReadabilityScorer

register_extensions()

__all__ = ["LexiconMatcher", "PassiveVoice", "ReadabilityScorer", "register_extensions"]

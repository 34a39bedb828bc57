"""Team-lexicon regular expressions on a linear-time engine (RE2), never on backtracking `re`.

spaCy's Matcher runs a token pattern's `REGEX` with Python's `re`, which
backtracks: `^(a+)+$` on a 48-letter word never finishes, and a lexicon named
in a discovered `lingo.yaml` is enough to hang lingo (issue 17). Before a
pattern reaches the Matcher, each `{ATTR: {REGEX: ...}}` is rewritten as a
boolean token extension (`lingo_re2_<digest>`) whose getter runs the same
search with google-re2, in time linear in the word. A pattern RE2 cannot
express (back-references, look-arounds) is refused when the lexicon loads.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from spacy.tokens import Token


class RegexProblem(ValueError):
    """A pattern's regular expression that is invalid, or needs backtracking."""


# What the Matcher's REGEX reads for each attribute: the attribute's string.
_TEXT_OF: dict[str, Callable[[Token], str]] = {
    "ORTH": lambda t: t.orth_,
    "TEXT": lambda t: t.text,
    "LOWER": lambda t: t.lower_,
    "NORM": lambda t: t.norm_,
    "LEMMA": lambda t: t.lemma_,
    "SHAPE": lambda t: t.shape_,
    "POS": lambda t: t.pos_,
    "TAG": lambda t: t.tag_,
    "DEP": lambda t: t.dep_,
    "MORPH": lambda t: str(t.morph),
    "ENT_TYPE": lambda t: t.ent_type_,
    "ENT_ID": lambda t: t.ent_id_,
    "ENT_KB_ID": lambda t: t.ent_kb_id_,
}


def compile_linear(pattern: str) -> Any:
    """`pattern` compiled by RE2: re.error if invalid, RegexProblem if RE2 cannot run it."""
    import re2

    re.compile(pattern)  # re.error for a pattern that is no regular expression at all
    options = re2.Options()
    options.log_errors = False  # the error is reported as a LexiconError, not on stderr
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        detail = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else exc
        raise RegexProblem(
            f"regular expression {pattern!r} cannot run on RE2, the linear-time engine "
            f"for team patterns ({detail}); back-references and look-arounds need "
            "backtracking, which can hang lingo"
        ) from None


def linear_patterns(patterns: Sequence[Sequence[Mapping[str, Any]]]) -> list[list[dict[str, Any]]]:
    """The patterns with every REGEX predicate moved onto an RE2-backed token extension."""
    return [[_linear_token(dict(token)) for token in pattern] for pattern in patterns]


def _linear_token(token: dict[str, Any]) -> dict[str, Any]:
    extensions: dict[str, bool] = {}
    for attr in list(token):
        spec = token[attr]
        if not isinstance(spec, dict) or "REGEX" not in spec:
            continue
        pattern = spec["REGEX"]
        name = str(attr).upper()
        if not isinstance(pattern, str):
            raise RegexProblem(f"{attr}: REGEX must be a string, not {pattern!r}")
        if name not in _TEXT_OF:
            raise RegexProblem(f"{attr}: REGEX applies to text attributes only")
        extensions[_extension(name, pattern)] = True
        rest = {k: v for k, v in spec.items() if k != "REGEX"}
        if rest:
            token[attr] = rest
        else:
            del token[attr]
    if extensions:
        token["_"] = extensions
    return token


def _extension(attr: str, pattern: str) -> str:
    """The name of a token extension that is true where `pattern` is found in `attr`."""
    digest = hashlib.sha256(f"{attr}\0{pattern}".encode()).hexdigest()[:16]
    name = f"lingo_re2_{digest}"
    if not Token.has_extension(name):
        compiled = compile_linear(pattern)
        text_of = _TEXT_OF[attr]
        Token.set_extension(name, getter=lambda token: compiled.search(text_of(token)) is not None)
    return name

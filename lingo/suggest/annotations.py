"""What a Doc is annotated with, answered without scanning it.

`Doc.has_annotation` looks at every token until it finds the annotation: on
a Doc that lacks it, a scan of the whole Doc. The rules and suggestions ask
once per finding, and lingo's first pass runs on whole blocks that are
never parsed: a block of 16,000 lines with a finding on each was quadratic
(issue 17). Whoever makes such a Doc records what it holds with `declare`.
"""

from __future__ import annotations

from spacy.tokens import Doc

_DECLARED = "lingo_annotations"


def declare(doc: Doc, **annotations: bool) -> Doc:
    """Record what `doc` holds and will hold ("DEP=False, SENT_START=True"); returns it."""
    doc.user_data[_DECLARED] = annotations
    return doc


def has_annotation(doc: Doc, attr: str) -> bool:
    """`doc.has_annotation(attr)`, from the record when the Doc's maker left one."""
    declared = doc.user_data.get(_DECLARED)
    if declared is not None and attr in declared:
        return bool(declared[attr])
    return bool(doc.has_annotation(attr))

"""Markup adapters: turn a source file into prose segments with offsets back to it."""

from .base import OffsetMap, Segment
from .plain import plain_segments

__all__ = ["OffsetMap", "Segment", "plain_segments", "segments_for", "syntax_for"]

SYNTAXES = ("plain",)


def syntax_for(path: str | None) -> str:
    """The markup a file is written in, from its extension (plain text by default)."""
    return "plain"


def segments_for(text: str, syntax: str = "plain") -> list[Segment]:
    """The prose segments of `text` read as `syntax`."""
    if syntax == "plain":
        return plain_segments(text)
    raise ValueError(f"unknown syntax {syntax!r}")

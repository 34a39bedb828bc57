"""ICU MessageFormat plurals and selects, read as the sentences a customer can see.

"You have {count, plural, one {# new message} other {# new messages}}." is
two sentences: "You have # new message." and "You have # new messages.".
Each variant is a list of pieces of the original string, so a finding in a
variant maps back to the original string, and from there to the file.
Simple arguments ({name}, {count, number}) stay: the markup adapters mask
them as placeholders.
"""

from __future__ import annotations

import re
from itertools import product

MAX_VARIANTS = 64  # nested selects multiply; past this the first ones are read
_COMPLEX = re.compile(r"\{\s*([A-Za-z_][\w.\-]*)\s*,\s*(plural|select|selectordinal)\s*,")
_SELECTOR = re.compile(r"\s*(offset:\s*\d+\s+)?(=?[\w\-]+)\s*")

Pieces = tuple[tuple[int, int], ...]


def has_choices(text: str) -> bool:
    return _COMPLEX.search(text) is not None


def variants(text: str) -> list[tuple[str, Pieces]]:
    """(label, pieces of `text`) for each reading; one unlabelled reading when there is no choice.

    A message whose braces do not pair is read as written.
    """
    pairs = _pairs(text)
    if pairs is None:
        return [("", ((0, len(text)),))]
    found = _message(text, 0, len(text), pairs)
    return [(label, _merged(pieces)) for label, pieces in found[:MAX_VARIANTS]]


def _pairs(text: str) -> dict[int, int] | None:
    stack: list[int] = []
    pairs: dict[int, int] = {}
    for match in re.finditer(r"[{}]", text):
        if match.group() == "{":
            stack.append(match.start())
        elif stack:
            pairs[stack.pop()] = match.start()
        else:
            return None
    return None if stack else pairs


def _message(text: str, start: int, end: int, pairs: dict[int, int]) -> list[tuple[str, Pieces]]:
    parts: list[list[tuple[str, Pieces]]] = []
    pos = start
    at = start
    while at < end:
        brace = text.find("{", at, end)
        if brace < 0:
            break
        close = pairs[brace]
        header = _COMPLEX.match(text, brace, close)
        if header is None:
            at = close + 1
            continue
        parts.append([("", ((pos, brace),))])
        parts.append(_choices(text, header.group(1), header.end(), close, pairs))
        pos = at = close + 1
    parts.append([("", ((pos, end),))])
    readings: list[tuple[str, Pieces]] = []
    for combination in product(*parts):
        labels = [label for label, _ in combination if label]
        pieces = tuple(piece for _, p in combination for piece in p)
        readings.append(("; ".join(labels), pieces))
        if len(readings) >= MAX_VARIANTS:
            break
    return readings


def _choices(
    text: str, argument: str, at: int, end: int, pairs: dict[int, int]
) -> list[tuple[str, Pieces]]:
    found: list[tuple[str, Pieces]] = []
    while at < end:
        selector = _SELECTOR.match(text, at, end)
        if selector is None or selector.end() >= end or text[selector.end()] != "{":
            break
        body_start = selector.end()
        body_end = pairs[body_start]
        name = selector.group(2)
        for label, pieces in _message(text, body_start + 1, body_end, pairs):
            found.append((f"{argument}: {name}" + (f"; {label}" if label else ""), pieces))
        at = body_end + 1
    return found or [("", ())]


def _merged(pieces: Pieces) -> Pieces:
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        if end <= start:
            continue
        if out and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return tuple(out)

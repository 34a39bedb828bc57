"""A lexicon file's citations: its `sources` list and each entry's `source` ids.

docs/lexicon-format.md describes them; `lingo rules` counts entries per source.
"""

from __future__ import annotations

from typing import Any

from .entries import Source
from .values import ENTRY_ID, Problem, did_you_mean, str_list

# A file's `sources` item as a mapping: an id its entries cite, a title and a licence note.
SOURCE_KEYS = {"id", "title", "licence"}


def entry_sources(value: Any, known: Any, where: str) -> tuple[str, ...]:
    """An entry's `source`: ids of the file's sources (a string or a list of them)."""
    if value is None:
        return ()
    ids = str_list(value, "source", where)
    known_ids = tuple(known or ())
    if not known_ids:
        raise Problem(
            f"{where}'source' names {ids[0]!r}, but the file's 'sources' give no ids "
            "(write each source as a mapping with 'id', 'title' and 'licence')"
        )
    for source_id in ids:
        if source_id not in known_ids:
            raise Problem(
                f"{where}'source' names {source_id!r}, which is not one of the file's "
                f"sources{did_you_mean(source_id, known_ids)}"
            )
    return ids


def sources_of(value: Any) -> tuple[tuple[str, ...], tuple[Source, ...]]:
    """A file's `sources`: strings (a citation each) or mappings with an id, a title and a
    licence note. Returns every citation's text and the mappings as Sources."""
    if not isinstance(value, list) or not value:
        raise Problem("'sources' must be a non-empty list of citations")
    texts: list[str] = []
    cited: list[Source] = []
    for n, item in enumerate(value, 1):
        if isinstance(item, str) and item.strip():
            texts.append(item.strip())
            continue
        if not isinstance(item, dict):
            raise Problem(
                f"'sources' item {n} must be a citation or a mapping with 'id', "
                "'title' and 'licence'"
            )
        for key in item:
            if key not in SOURCE_KEYS:
                raise Problem(
                    f"'sources' item {n}: unknown key {key!r}{did_you_mean(str(key), SOURCE_KEYS)}"
                )
        fields = {}
        for key in ("id", "title", "licence"):
            text = item.get(key)
            if not isinstance(text, str) or not text.strip():
                raise Problem(f"'sources' item {n}: {key!r} must be a non-empty string")
            fields[key] = text.strip()
        if not ENTRY_ID.match(fields["id"]):
            raise Problem(f"'sources' item {n}: 'id' must be kebab case, not {fields['id']!r}")
        if any(s.id == fields["id"] for s in cited):
            raise Problem(f"'sources' item {n}: id {fields['id']!r} used twice")
        cited.append(Source(**fields))
        texts.append(f"{fields['title']} ({fields['licence']})")
    return tuple(texts), tuple(cited)

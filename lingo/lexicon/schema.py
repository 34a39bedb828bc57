"""A lexicon file's schema: its keys and values, checked into a LexiconRule.

docs/lexicon-format.md describes the format. `rule_from_data` reads one file's parsed YAML
and collects every problem in it, each naming the entry and what is wrong; loading files and
naming them in the error is lingo/lexicon/lexicons.py's part.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..findings import Severity
from .entries import Entry, LexiconRule, Pattern, Source

FIX_SAFETIES = ("safe", "unsafe", "never")
UPOS_TAGS = frozenset(
    "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split()
)
# Token attributes spaCy's Matcher understands (plus OP and the `_` extension key).
MATCHER_KEYS = frozenset(
    """ORTH TEXT LOWER LENGTH IS_ALPHA IS_ASCII IS_DIGIT IS_LOWER IS_UPPER IS_TITLE
    IS_PUNCT IS_SPACE IS_STOP IS_SENT_START LIKE_NUM LIKE_URL LIKE_EMAIL SPACY POS
    TAG MORPH DEP LEMMA SHAPE ENT_TYPE ENT_IOB ENT_ID ENT_KB_ID NORM OP""".split()
)
RULE_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:/[a-z][a-z0-9]*(?:-[a-z0-9]+)*)*$")
ENTRY_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

FILE_KEYS = {
    "rule",
    "category",
    "severity",
    "fix",
    "why",
    "sources",
    "title",
    "report",
    "opt-in",
    "needs",
    "entries",
}
# Conditions a match must meet in its sentence (lingo/pipeline/context.py).
NEEDS = frozenset(
    {
        "speaker",
        "speaker-or-offer",
        "service",
        "person",
        "not-conditional",
        "main-clause",
        "customer-subject",
        "reader-step",
        "dead-end",
    }
)
REPORT_MODES = ("every-use", "first-use")
ENTRY_KEYS = {
    "opt-in",
    "needs",
    "id",
    "phrases",
    "pos",
    "patterns",
    "unless",
    "message",
    "suggestions",
    "suggest-for",
    "rewrite",
    "fix",
    "severity",
    "why",
    "examples",
    "source",
}
# A file's `sources` item as a mapping: an id its entries cite, a title and a licence note.
SOURCE_KEYS = {"id", "title", "licence"}

REWRITE_PLACEHOLDERS = (
    "match",
    "verb",
    "object",
    "it",
    "rest",
    "clause",
    "before",
    "Subject",
    "subject",
)


def _rewrites(value: Any, where: str) -> tuple[str, ...]:
    """A `rewrite` template or a list of them; every placeholder must be one lingo fills."""
    if value is None:
        return ()
    if isinstance(value, str) and not value.strip():
        raise Problem(f"{where}'rewrite' must be a non-empty string or a list of them")
    templates = _str_list(value, "rewrite", where)
    for template in templates:
        for name in re.findall(r"\{([^{}]*)\}", template):
            if name not in REWRITE_PLACEHOLDERS:
                raise Problem(
                    f"{where}'rewrite' has unknown placeholder {{{name}}}"
                    f"{_did_you_mean(name, REWRITE_PLACEHOLDERS)}"
                )
    return templates


class Problem(Exception):
    """A validation problem inside one file; turned into a LexiconError with the file name."""


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _require_str(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise Problem(f"{where}'{key}' must be a non-empty string")
    return value.strip()


def _str_list(value: Any, key: str, where: str, *, allow_empty: bool = False) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise Problem(f"{where}'{key}' must be a list of non-empty strings")
    for n, item in enumerate(value, 1):
        if isinstance(item, dict):
            raise Problem(
                f"{where}'{key}' item {n} is a mapping, not a string "
                "(put text that contains ': ' in quotes)"
            )
        if not isinstance(item, str) or not item.strip():
            raise Problem(f"{where}'{key}' item {n} must be a non-empty string")
    if not value and not allow_empty:
        raise Problem(f"{where}'{key}' must not be empty")
    return tuple(v.strip() for v in value)


def _severity(value: Any, where: str) -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError as exc:
        raise Problem(f"{where}{exc}") from None


def _fix(value: Any, where: str) -> str:
    if value not in FIX_SAFETIES:
        raise Problem(f"{where}'fix' must be one of {', '.join(FIX_SAFETIES)}, not {value!r}")
    return str(value)


def _patterns(value: Any, key: str, where: str) -> tuple[Pattern, ...]:
    if not isinstance(value, list) or not value:
        raise Problem(f"{where}'{key}' must be a non-empty list of token patterns")
    patterns = []
    for n, pattern in enumerate(value, 1):
        if not isinstance(pattern, list) or not pattern:
            raise Problem(f"{where}'{key}' pattern {n} must be a non-empty list of token dicts")
        for token in pattern:
            if not isinstance(token, dict):
                raise Problem(f"{where}'{key}' pattern {n}: each token must be a mapping")
            for attr, spec in token.items():
                if attr == "_":
                    raise Problem(
                        f"{where}'{key}' pattern {n}: extension attributes ('_') are not "
                        "available in lexicon patterns; match on LOWER, LEMMA, POS and the like"
                    )
                if attr not in MATCHER_KEYS:
                    hint = _did_you_mean(str(attr), MATCHER_KEYS)
                    raise Problem(
                        f"{where}'{key}' pattern {n}: unknown token attribute {attr!r}{hint}"
                    )
                if attr in TEXT_KEYS:
                    _check_text_values(spec, f"{where}'{key}' pattern {n}: {attr}")
        if all(t.get("OP") in ("?", "*") for t in pattern):
            raise Problem(f"{where}'{key}' pattern {n} can match nothing (every token optional)")
        patterns.append(tuple(pattern))
    return tuple(patterns)


TEXT_KEYS = frozenset({"ORTH", "TEXT", "LOWER", "LEMMA", "NORM"})


def _check_text_values(spec: Any, where: str) -> None:
    """Words in a pattern must be strings: YAML reads a bare on/off/yes/no as true/false."""
    values = spec.get("IN", spec.get("NOT_IN")) if isinstance(spec, dict) else [spec]
    if isinstance(spec, dict) and values is None:
        return
    for value in values if isinstance(values, list) else [values]:
        if not isinstance(value, str):
            raise Problem(
                f'{where} has {value!r}, not a word (quote words such as "on", "no", "yes", "off")'
            )


def _id_from_phrases(phrases: Any) -> str | None:
    """An entry without an id is named after its first phrase: "sign-up", "log-in"."""
    first = phrases[0] if isinstance(phrases, list) and phrases else phrases
    if not isinstance(first, str):
        return None
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or None


def _message(suggestions: Sequence[str]) -> str:
    """The message of an entry that gives none."""
    if suggestions:
        return f"'{{match}}': write '{suggestions[0]}' instead."
    return "'{match}' is on the list of words to avoid."


def _entry(raw: Any, rule: Mapping[str, Any], index: int) -> Entry:
    if not isinstance(raw, dict):
        raise Problem(f"entry {index}: must be a mapping")
    entry_id = raw.get("id", _id_from_phrases(raw.get("phrases")))
    if not isinstance(entry_id, str) or not ENTRY_ID.match(entry_id):
        if "id" not in raw:
            raise Problem(f"entry {index}: needs an 'id' (a kebab-case name such as 'sign-up')")
        raise Problem(f"entry {index}: 'id' must be a kebab-case string, not {entry_id!r}")
    where = f"entry {entry_id!r}: "
    for key in raw:
        if key not in ENTRY_KEYS:
            raise Problem(f"{where}unknown key {key!r}{_did_you_mean(str(key), ENTRY_KEYS)}")
    phrases = _str_list(raw["phrases"], "phrases", where) if "phrases" in raw else ()
    patterns = _patterns(raw["patterns"], "patterns", where) if "patterns" in raw else ()
    if not phrases and not patterns:
        raise Problem(f"{where}needs 'phrases' or 'patterns'")
    pos = _str_list(raw["pos"], "pos", where) if "pos" in raw else ()
    for tag in pos:
        if tag not in UPOS_TAGS:
            raise Problem(f"{where}unknown part of speech {tag!r}{_did_you_mean(tag, UPOS_TAGS)}")
    unless = _patterns(raw["unless"], "unless", where) if "unless" in raw else ()
    examples = raw.get("examples", {})
    if not isinstance(examples, dict):
        raise Problem(f"{where}'examples' must be a mapping with 'bad' and 'good' sentences")
    for key in examples:
        if key not in ("bad", "good"):
            raise Problem(f"{where}'examples' has unknown key {key!r} (use 'bad' and 'good')")
    bad = _str_list(examples["bad"], "examples.bad", where) if "bad" in examples else ()
    good = _str_list(examples["good"], "examples.good", where) if "good" in examples else ()
    rewrite = _rewrites(raw.get("rewrite"), where)
    suggestions = (
        _str_list(raw["suggestions"], "suggestions", where) if "suggestions" in raw else ()
    )
    return Entry(
        id=entry_id,
        message=(
            _require_str(raw, "message", where) if "message" in raw else _message(suggestions)
        ),
        suggestions=suggestions,
        fix=_fix(raw.get("fix", rule.get("fix", "never")), where),
        severity=_severity(raw.get("severity", rule.get("severity")), where),
        why=str(raw.get("why") or rule.get("why") or "").strip(),
        phrases=phrases,
        pos=pos,
        patterns=patterns,
        unless=unless,
        rewrite=rewrite,
        bad_examples=bad,
        good_examples=good,
        opt_in=_flag(raw.get("opt-in", rule.get("opt-in", False)), f"{where}'opt-in'"),
        needs=_needs(raw.get("needs", rule.get("needs", [])), where),
        source=_entry_sources(raw.get("source"), rule.get("_source_ids"), where),
        suggest_for=_suggest_for(raw.get("suggest-for"), where),
    )


def _suggest_for(value: Any, where: str) -> tuple[tuple[str, str], ...]:
    """`suggest-for`: a mapping from a word of the match to the suggestion that fits it."""
    if value is None:
        return ()
    if not isinstance(value, dict) or not value:
        raise Problem(f"{where}'suggest-for' must be a mapping from a word to a suggestion")
    pairs = []
    for word, text in value.items():
        if not isinstance(word, str) or not isinstance(text, str) or not text.strip():
            raise Problem(f"{where}'suggest-for' maps each word to a non-empty suggestion")
        pairs.append((word.strip().lower(), text.strip()))
    return tuple(pairs)


def _entry_sources(value: Any, known: Any, where: str) -> tuple[str, ...]:
    """An entry's `source`: ids of the file's sources (a string or a list of them)."""
    if value is None:
        return ()
    ids = _str_list(value, "source", where)
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
                f"sources{_did_you_mean(source_id, known_ids)}"
            )
    return ids


def _sources(value: Any) -> tuple[tuple[str, ...], tuple[Source, ...]]:
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
                    f"'sources' item {n}: unknown key {key!r}{_did_you_mean(str(key), SOURCE_KEYS)}"
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


def _needs(value: Any, where: str) -> tuple[str, ...]:
    needs = _str_list(value, "needs", where) if value else ()
    for need in needs:
        if need not in NEEDS:
            hint = _did_you_mean(need, NEEDS)
            raise Problem(f"{where}unknown condition {need!r} in 'needs'{hint}")
    return needs


def _flag(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise Problem(f"{where} must be true or false")
    return value


def rule_from_data(data: Any, path: Path) -> LexiconRule:
    """One file's parsed YAML as a LexiconRule; Problem lists every problem found in it."""
    if not isinstance(data, dict):
        raise Problem("the file must be a mapping with 'rule', 'category', ... and 'entries'")
    problems: list[str] = []  # every problem in the file, not only the first

    def checked(check: Any, *args: Any, fallback: Any = None) -> Any:
        try:
            return check(*args)
        except Problem as exc:
            problems.append(str(exc))
            return fallback

    for key in data:
        if key not in FILE_KEYS:
            problems.append(f"unknown key {key!r}{_did_you_mean(str(key), FILE_KEYS)}")
    rule_id = checked(_require_str, data, "rule", "", fallback="")
    if rule_id and not RULE_ID.match(rule_id):
        problems.append(f"'rule' must look like 'category/name' in kebab case, not {rule_id!r}")
    category = checked(_require_str, data, "category", "", fallback="")
    severity = checked(_severity, data.get("severity"), "", fallback=Severity.WARNING)
    fix = checked(_fix, data.get("fix", "never"), "", fallback="never")
    why = checked(_require_str, data, "why", "", fallback="") if "why" in data else ""
    sources: tuple[str, ...] = ()
    cited: tuple[Source, ...] = ()
    if "sources" in data:
        sources, cited = checked(_sources, data["sources"], fallback=((), ()))
    opt_in = checked(_flag, data.get("opt-in", False), "'opt-in'", fallback=False)
    needs = checked(_needs, data.get("needs", []), "", fallback=())
    report = data.get("report", "every-use")
    if report not in REPORT_MODES:
        problems.append(f"'report' must be one of {', '.join(REPORT_MODES)}, not {report!r}")
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        problems.append("'entries' must be a non-empty list")
        raw_entries = []
    # Entries take the file's defaults; a bad default is reported once, above.
    defaults = {
        **data,
        "severity": severity.value,
        "fix": fix,
        "why": why,
        "opt-in": opt_in,
        "needs": list(needs),
        "_source_ids": [c.id for c in cited],
    }
    entries = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_entries, 1):
        try:
            entry = _entry(raw, defaults, index)
        except Problem as exc:
            problems.append(str(exc))
            continue
        if entry.id in seen:
            problems.append(f"entry {entry.id!r}: id used twice in this file")
        seen.add(entry.id)
        entries.append(entry)
    if problems:
        raise Problem("\n".join(problems))
    return LexiconRule(
        id=rule_id,
        category=category,
        severity=severity,
        fix=fix,
        why=why,
        title=str(data.get("title") or rule_id),
        sources=sources,
        entries=tuple(entries),
        path=path,
        report=str(report),
        cited=cited,
    )

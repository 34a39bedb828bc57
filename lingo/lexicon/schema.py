"""A lexicon file's schema: its keys and values, checked into a LexiconRule.

docs/lexicon-format.md describes the format. `rule_from_data` reads one file's parsed YAML
and collects every problem in it, each naming the entry and what is wrong; loading files and
naming them in the error is lingo/lexicon/lexicons.py's part.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..findings import Severity
from .citations import entry_sources, sources_of
from .entries import Entry, LexiconRule, Pattern, Source
from .values import ENTRY_ID, Problem, did_you_mean, flag, require_str, severity_of, str_list

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
        "held-thing",
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

REWRITE_PLACEHOLDERS = (
    "match",
    "verb",
    "object",
    "doing",
    "it",
    "rest",
    "clause",
    "condition",
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
    templates = str_list(value, "rewrite", where)
    for template in templates:
        for name in re.findall(r"\{([^{}]*)\}", template):
            if name not in REWRITE_PLACEHOLDERS:
                raise Problem(
                    f"{where}'rewrite' has unknown placeholder {{{name}}}"
                    f"{did_you_mean(name, REWRITE_PLACEHOLDERS)}"
                )
    return templates


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
                    hint = did_you_mean(str(attr), MATCHER_KEYS)
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
            raise Problem(f"{where}unknown key {key!r}{did_you_mean(str(key), ENTRY_KEYS)}")
    phrases = str_list(raw["phrases"], "phrases", where) if "phrases" in raw else ()
    patterns = _patterns(raw["patterns"], "patterns", where) if "patterns" in raw else ()
    if not phrases and not patterns:
        raise Problem(f"{where}needs 'phrases' or 'patterns'")
    pos = str_list(raw["pos"], "pos", where) if "pos" in raw else ()
    for tag in pos:
        if tag not in UPOS_TAGS:
            raise Problem(f"{where}unknown part of speech {tag!r}{did_you_mean(tag, UPOS_TAGS)}")
    unless = _patterns(raw["unless"], "unless", where) if "unless" in raw else ()
    examples = raw.get("examples", {})
    if not isinstance(examples, dict):
        raise Problem(f"{where}'examples' must be a mapping with 'bad' and 'good' sentences")
    for key in examples:
        if key not in ("bad", "good"):
            raise Problem(f"{where}'examples' has unknown key {key!r} (use 'bad' and 'good')")
    bad = str_list(examples["bad"], "examples.bad", where) if "bad" in examples else ()
    good = str_list(examples["good"], "examples.good", where) if "good" in examples else ()
    rewrite = _rewrites(raw.get("rewrite"), where)
    suggestions = str_list(raw["suggestions"], "suggestions", where) if "suggestions" in raw else ()
    return Entry(
        id=entry_id,
        message=(require_str(raw, "message", where) if "message" in raw else _message(suggestions)),
        suggestions=suggestions,
        fix=_fix(raw.get("fix", rule.get("fix", "never")), where),
        severity=severity_of(raw.get("severity", rule.get("severity")), where),
        why=str(raw.get("why") or rule.get("why") or "").strip(),
        phrases=phrases,
        pos=pos,
        patterns=patterns,
        unless=unless,
        rewrite=rewrite,
        bad_examples=bad,
        good_examples=good,
        opt_in=flag(raw.get("opt-in", rule.get("opt-in", False)), f"{where}'opt-in'"),
        needs=_needs(raw.get("needs", rule.get("needs", [])), where),
        source=entry_sources(raw.get("source"), rule.get("_source_ids"), where),
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


def _needs(value: Any, where: str) -> tuple[str, ...]:
    needs = str_list(value, "needs", where) if value else ()
    for need in needs:
        if need not in NEEDS:
            hint = did_you_mean(need, NEEDS)
            raise Problem(f"{where}unknown condition {need!r} in 'needs'{hint}")
    return needs


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
            problems.append(f"unknown key {key!r}{did_you_mean(str(key), FILE_KEYS)}")
    rule_id = checked(require_str, data, "rule", "", fallback="")
    if rule_id and not RULE_ID.match(rule_id):
        problems.append(f"'rule' must look like 'category/name' in kebab case, not {rule_id!r}")
    category = checked(require_str, data, "category", "", fallback="")
    severity = checked(severity_of, data.get("severity"), "", fallback=Severity.WARNING)
    fix = checked(_fix, data.get("fix", "never"), "", fallback="never")
    why = checked(require_str, data, "why", "", fallback="") if "why" in data else ""
    sources: tuple[str, ...] = ()
    cited: tuple[Source, ...] = ()
    if "sources" in data:
        sources, cited = checked(sources_of, data["sources"], fallback=((), ()))
    opt_in = checked(flag, data.get("opt-in", False), "'opt-in'", fallback=False)
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

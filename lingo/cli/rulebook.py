"""`lingo rules` and the rulebook it shares with `lingo explain` (lingo/cli/explain.py).

Both read the same configuration as `lingo check` (the nearest lingo.yaml or
pyproject.toml from the working folder, `--config`, or none with
`--isolated`), so the rules of a team's `extra-lexicons` are listed and
explained with lingo's own. Both take a category (`say-no`), a rule
(`say-no/refusal`) or one entry of a rule (`jargon/complex-word:utilize`).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from ..errors import LingoError
from ..lexicon.entries import Entry, LexiconRule
from ..lexicon.rules import RuleInfo, all_rules
from ..profiles import DEFAULT_PROFILE
from .options import EXIT_ERROR, error, rule_source_options, settings_for

MAX_PHRASES = 3  # phrases shown per entry in `lingo rules RULE`
MAX_FLAGS = 40  # characters of them


@dataclass(frozen=True)
class Rulebook:
    """Every rule a run with these settings knows: lingo's and the team's."""

    lexicons: tuple[LexiconRule, ...]
    rules: tuple[RuleInfo, ...]
    builtin: frozenset[str]

    @classmethod
    def load(cls, **options: Any) -> Rulebook:
        from ..lexicon.lexicons import builtin_lexicons, load_lexicons

        builtin = builtin_lexicons()
        extra = list(_configured_lexicons(**options)) + list(options.get("extra_lexicon") or ())
        team = load_lexicons([Path(p) for p in dict.fromkeys(extra)]) if extra else ()
        taken = {rule.id: rule for rule in builtin}
        for rule in team:
            if rule.id in taken:
                raise LingoError(
                    f"{rule.path}: rule {rule.id!r} is one of lingo's own; give it another id"
                )
        lexicons = (*builtin, *team)
        return cls(lexicons, tuple(all_rules(list(lexicons))), frozenset(taken))

    def categories(self) -> list[str]:
        return sorted({rule.category for rule in self.rules})

    def rule(self, rule_id: str) -> RuleInfo | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def lexicon(self, rule_id: str) -> LexiconRule | None:
        return next((r for r in self.lexicons if r.id == rule_id), None)

    def unknown(self, name: str) -> LingoError:
        import difflib

        names = [r.id for r in self.rules] + self.categories()
        names += [f"{r.id}:{e.id}" for r in self.lexicons for e in r.entries]
        close = difflib.get_close_matches(name, names, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else " (see `lingo rules`)"
        return LingoError(f"unknown rule, category or entry {name!r}{hint}")


def _configured_lexicons(**options: Any) -> tuple[str, ...]:
    settings = settings_for(config=options.get("config"), isolated=bool(options.get("isolated")))
    return settings.base_for(None).extra_lexicons


def load_or_exit(**options: Any) -> Rulebook:
    try:
        return Rulebook.load(**options)
    except LingoError as exc:
        error(str(exc))
        sys.exit(EXIT_ERROR)


# -- lingo rules -----------------------------------------------------------------------


@click.command(name="rules", short_help="List the rules, a category's, or a rule's entries.")
@click.argument("name", required=False, metavar="[CATEGORY|RULE|RULE:ENTRY]")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
@rule_source_options
def rules_command(name: str | None, output_format: str, **options: Any) -> None:
    """List every rule (or a category's), or the entries of one rule with their replacements."""
    book = load_or_exit(**options)
    try:
        if name is None or name in book.categories():
            rules = [r for r in book.rules if name is None or r.category == name]
            lines = _rule_rows(rules, book, output_format)
        else:
            rule_id, _, entry_id = name.partition(":")
            info = book.rule(rule_id)
            if info is None:
                raise book.unknown(name)
            lexicon = book.lexicon(rule_id)
            entries = list(lexicon.entries) if lexicon else []
            if entry_id:
                entries = [e for e in entries if e.id == entry_id]
                if not entries:
                    raise book.unknown(name)
            lines = _entry_rows(info, entries, output_format)
    except LingoError as exc:
        error(str(exc))
        sys.exit(EXIT_ERROR)
    for line in lines:
        click.echo(line)


def _rule_rows(rules: Sequence[RuleInfo], book: Rulebook, output_format: str) -> list[str]:
    if output_format == "json":
        return [
            json.dumps(
                [
                    {
                        "id": r.id,
                        "category": r.category,
                        "severity": r.severity.value,
                        "title": r.title,
                        "fix": r.fix,
                        "entries": r.entries,
                        "team": _is_team(r, book),
                        "opt_in": r.opt_in,
                        "opt_in_entries": _opt_in_entries(r, book),
                        "entries_by_source": dict(r.sources),
                        "url": _url(r.id),
                    }
                    for r in rules
                ],
                indent=2,
            )
        ]
    width = max(len(r.id) for r in [*rules, RuleInfo("RULE", "", rules[0].severity, "", "", 0, "")])
    lines = [f"{'RULE':<{width}}  {'CATEGORY':<14} {'SEVERITY':<8} {'FIX':<6} ENTRIES"]
    for r in rules:
        entries = str(r.entries) if r.entries else "-"
        opt_in_entries = 0 if r.opt_in else _opt_in_entries(r, book)
        some = f"{opt_in_entries} entr{'y' if opt_in_entries == 1 else 'ies'} opt-in"
        quieter = _quieter_entries(r, book)
        notes = [
            note
            for note, on in (
                ("team", _is_team(r, book)),
                (_opt_in_note(r.id), r.opt_in),
                (some, opt_in_entries > 0),
                (f"{quieter} info", quieter > 0),
            )
            if on
        ]
        marks = f"  ({', '.join(notes)})" if notes else ""
        lines.append(
            f"{r.id:<{width}}  {r.category:<14} {r.severity.value:<8} {r.fix:<6} {entries}{marks}"
            + (f"  [{source_counts(r.sources)}]" if r.sources else "")
        )
    return lines


def _quieter_entries(rule: RuleInfo, book: Rulebook) -> int:
    """How many of a warning rule's entries report at `info` (complex-word: 190 of 220)."""
    lexicon = book.lexicon(rule.id)
    if not lexicon or rule.severity.value != "warning":
        return 0
    return sum(e.severity.value == "info" for e in lexicon.entries)


def _opt_in_entries(rule: RuleInfo, book: Rulebook) -> int:
    """How many of the rule's entries are off unless a configuration turns them on."""
    lexicon = book.lexicon(rule.id)
    return sum(e.opt_in for e in lexicon.entries) if lexicon else 0


def source_counts(counts: Sequence[tuple[str, int]]) -> str:
    """Entries per source, as `lingo rules` and the rule pages show them: "gov-uk 12, ..."."""
    return ", ".join(f"{source_id} {n}" for source_id, n in counts)


def source_section(rule: LexiconRule) -> list[str]:
    """A rule page's "Entries per source" table (empty for a rule citing no source ids)."""
    if not rule.cited:
        return []
    titles = {s.id: f"{s.title} ({s.licence})" for s in rule.cited}
    lines = ["## Entries per source", "", "| source | entries | citation |", "| --- | ---: | --- |"]
    for source_id, n in rule.entry_counts_by_source():
        lines.append(f"| `{source_id}` | {n} | {titles.get(source_id, 'cites no source')} |")
    return lines


def _is_team(rule: RuleInfo, book: Rulebook) -> bool:
    return bool(rule.entries) and rule.id not in book.builtin


def _url(rule_id: str) -> str | None:
    from ..resources import rule_url

    return rule_url(rule_id)


def _entry_rows(info: RuleInfo, entries: Sequence[Entry], output_format: str) -> list[str]:
    if output_format == "json":
        return [
            json.dumps(
                {
                    "id": info.id,
                    "category": info.category,
                    "severity": info.severity.value,
                    "url": _url(info.id),
                    "entries_by_source": dict(info.sources),
                    "entries": [
                        {
                            "id": e.id,
                            "phrases": list(e.phrases),
                            "patterns": len(e.patterns),
                            "suggestions": list(e.suggestions),
                            "fix": e.fix,
                            "opt_in": e.opt_in,
                            "severity": e.severity.value,
                            "message": e.message,
                            "source": list(e.source),
                        }
                        for e in entries
                    ],
                },
                indent=2,
                ensure_ascii=False,
            )
        ]
    if not entries:
        return [
            f"{info.id} is written as code, not as a list of entries: "
            f"`lingo explain {info.id}` says what it flags."
        ]
    rows = [
        (e.id, entry_flags(e), " / ".join(e.suggestions) or "-", e.fix, _on(e, info))
        for e in entries
    ]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(("ENTRY", "FLAGS"))]
    lines = [f"{'ENTRY':<{widths[0]}}  {'FLAGS':<{widths[1]}}  {'FIX':<6} {'ON':<6} SUGGESTS"]
    for entry_id, flags, suggests, fix, on in rows:
        lines.append(f"{entry_id:<{widths[0]}}  {flags:<{widths[1]}}  {fix:<6} {on:<6} {suggests}")
    opt_in = sum(e.opt_in for e in entries)
    lines.append(
        f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'} in {info.id}"
        + (
            f", {opt_in} of them opt-in (ON: no; reply: on in support-reply only)"
            if opt_in and not info.opt_in
            else ""
        )
        + f"; `lingo explain {info.id}:{entries[0].id}` shows one in full."
    )
    if info.opt_in:
        lines.append(
            f"The rule is opt-in: turn it on with `enable: [{info.id}]` in lingo.yaml "
            f"or `--enable {info.id}`."
        )
    elif opt_in:
        lines.append(
            f"Turn on an opt-in one with `enable: [{info.id}:ENTRY]` in lingo.yaml "
            f"or `--enable {info.id}:ENTRY`."
        )

    if info.sources:
        lines.append(f"Entries per source: {source_counts(info.sources)}.")
    return lines


def _on(entry: Entry, info: RuleInfo) -> str:
    """Whether lingo reports the entry without being asked: `yes`; `no` when it is opt-in;
    `reply` when it is opt-in but the support-reply profile (lingo's reading of anything that
    is not a help page) turns it on."""
    if not (entry.opt_in or info.opt_in):
        return "yes"
    return "reply" if DEFAULT_PROFILE in profiles_on(f"{info.id}:{entry.id}") else "no"


def entry_flags(entry: Entry) -> str:
    if entry.phrases:
        shown = ", ".join(entry.phrases[:MAX_PHRASES])
        more = len(entry.phrases) - MAX_PHRASES
        if len(shown) > MAX_FLAGS:
            shown = shown[: MAX_FLAGS - 1].rstrip(", ") + "\u2026"
        return shown + (f", +{more}" if more > 0 else "")
    count = len(entry.patterns)
    return f"({count} pattern{'s' if count != 1 else ''})"


def profiles_on(name: str) -> list[str]:
    """The profiles that turn on an opt-in rule or `rule:entry`."""
    from ..profiles import PROFILES

    return [p.name for p in PROFILES.values() if name in p.on]


def _opt_in_note(rule: str) -> str:
    """ "opt-in", and which profiles turn the rule on ("opt-in; on in support-reply")."""
    on = profiles_on(rule)
    return f"opt-in; on in {', '.join(on)}" if on else "opt-in"

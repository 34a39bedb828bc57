"""`lingo explain`: the page for a category, a rule or one entry of a rule.

lingo's own rules get their documentation page (docs/rules/); a team's rules from
`extra-lexicons` get a page built from their data. The rulebook both commands read,
and the listing of `lingo rules`, are in lingo/cli/rulebook.py.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any

import click

from ..errors import LingoError
from ..lexicon.entries import Entry, LexiconRule
from .options import EXIT_ERROR, error, rule_source_options
from .rulebook import Rulebook, entry_flags, load_or_exit, profiles_on, source_section


@click.command(short_help="What a rule, category or entry flags, why, and what to write.")
@click.argument("name", metavar="CATEGORY|RULE|RULE:ENTRY")
@rule_source_options
def explain(name: str, **options: Any) -> None:
    """Print what a rule (or category, or entry) flags, why, examples and fixes."""
    book = load_or_exit(**options)
    try:
        text = explanation(book, name)
    except LingoError as exc:
        error(str(exc))
        sys.exit(EXIT_ERROR)
    click.echo(text.rstrip())


def explanation(book: Rulebook, name: str) -> str:
    """The page for a category, a rule or an entry: lingo's documentation, or the team's data."""
    from ..lexicon.rules import rule_doc
    from ..resources import category_docs_dir

    if name in book.categories() and book.rule(name) is None:
        page = category_docs_dir() / f"{name}.md"
        if page.is_file():
            return page.read_text(encoding="utf-8")
        return "\n".join(_category_page(book, name))
    rule_id, _, entry_id = name.partition(":")
    info = book.rule(rule_id)
    if info is None:
        raise book.unknown(name)
    lexicon = book.lexicon(rule_id)
    if entry_id and lexicon is None:
        # a code rule's finding names its kind or its word, as `check` prints it
        # ("passive-voice:hidden-actor", "jargon/acronym:sla"): its page covers them all
        note = _code_entry_note(rule_id, entry_id)
        if note is None:
            raise book.unknown(name)
        heading, _, rest = rule_doc(rule_id).partition("\n")
        return f"{heading}\n\n{note}\n{rest}"
    if entry_id:
        entry = next((e for e in lexicon.entries if e.id == entry_id), None) if lexicon else None
        if entry is None or lexicon is None:
            raise book.unknown(name)
        return "\n".join(_entry_page(lexicon, entry, documented=rule_id in book.builtin))
    if rule_id in book.builtin or lexicon is None:
        doc = rule_doc(rule_id)
        if lexicon is not None and lexicon.cited and "## Entries per source" not in doc:
            doc = doc.rstrip() + "\n\n" + "\n".join(source_section(lexicon)) + "\n"
        return doc
    return "\n".join(_team_page(lexicon))


def _code_entry_note(rule_id: str, entry_id: str) -> str | None:
    """What an entry of a rule without a lexicon is, or None when the rule has no such entry."""
    from ..lexicon.rules import ACRONYM, PASSIVE_VOICE
    from ..pipeline.passive_kinds import KINDS

    if rule_id == PASSIVE_VOICE.id and entry_id in KINDS:
        return (
            f"`{rule_id}:{entry_id}` is one kind of passive: see `{entry_id}` in the table below."
        )
    if rule_id == ACRONYM.id and entry_id.isalnum():
        return (
            f"`{rule_id}:{entry_id}` is this rule's finding on the abbreviation {entry_id.upper()}."
        )
    return None


def _category_page(book: Rulebook, category: str) -> Iterator[str]:
    yield f"# {category}"
    yield ""
    yield "Rules in this category:"
    yield ""
    for rule in book.rules:
        if rule.category == category:
            yield f"- `{rule.id}`: {rule.title} ({rule.severity.value}, {rule.entries} entries)"


def _team_page(rule: LexiconRule) -> Iterator[str]:
    yield f"# {rule.id}"
    yield ""
    yield f"A team rule from {rule.path}."
    yield ""
    if rule.why:
        yield "## Why it matters to a customer"
        yield ""
        yield rule.why
        yield ""
    yield "## What it flags"
    yield ""
    for entry in rule.entries:
        suggests = f" → {' / '.join(entry.suggestions)}" if entry.suggestions else ""
        yield f"- `{entry.id}`: {entry_flags(entry)}{suggests} (fix: {entry.fix})"
    if rule.sources:
        yield ""
        yield "## Sources"
        yield ""
        yield from (f"- {source}" for source in rule.sources)
    if rule.cited:
        yield ""
        yield from source_section(rule)
    yield ""
    yield "## Configure"
    yield ""
    yield f"Turn it off with `ignore: [{rule.id}]`, or one entry with `ignore: [{rule.id}:ENTRY]`."


_BLANK = re.compile(r"\[[^\]]+\]")


def _id_words(entry: Entry) -> str:
    """The words a pattern entry is named after, for its message's {match}.

    "under-no-circumstances" -> "under no circumstances".
    """
    return re.sub(r"-\d+$", "", entry.id).replace("-", " ")


def _shown_words(rule: LexiconRule, entry: Entry) -> str:
    """What the message quotes: the entry's first phrase; for a pattern entry, its name when
    its first bad example says it ("under no circumstances"), else the words it flags there
    ("account has been suspended" for `refusal-verdict`, not "refusal verdict")."""
    if entry.phrases:
        return entry.phrases[0]
    named = _id_words(entry)
    if not entry.bad_examples or named.lower() in entry.bad_examples[0].lower():
        return named
    from ..config.settings import Config
    from ..engine.linter import Linter

    try:
        linter = Linter(config=Config(profile="support-reply", enable=(f"{rule.id}:{entry.id}",)))
        for bad in entry.bad_examples:
            for finding in linter.check(bad).findings:
                if finding.rule == rule.id and finding.entry == entry.id:
                    return finding.text
    except LingoError:
        pass
    return named


def rule_opt_in(rule: LexiconRule) -> bool:
    return bool(rule.entries) and all(e.opt_in for e in rule.entries)


def _entry_page(rule: LexiconRule, entry: Entry, *, documented: bool) -> Iterator[str]:
    yield f"# {rule.id}:{entry.id}"
    yield ""
    yield entry.message.replace("{match}", _shown_words(rule, entry))
    yield ""
    yield "## What it flags"
    yield ""
    if entry.phrases:
        yield ", ".join(f'"{p}"' for p in entry.phrases) + " (every inflection)"
    if entry.patterns:
        count = len(entry.patterns)
        yield f"{count} token pattern{'s' if count != 1 else ''} (see {rule.path.name})"
    if entry.pos:
        yield f"Only as: {', '.join(entry.pos)}"
    yield ""
    if entry.why:
        yield "## Why it matters to a customer"
        yield ""
        yield entry.why
        yield ""
    if entry.bad_examples or entry.good_examples:
        yield "## Example"
        yield ""
        yield from (f"> {bad}" for bad in entry.bad_examples)
        yield ""
        yield "## Better"
        yield ""
        yield from (f"> {good}" for good in entry.good_examples)
        yield ""
    yield "## Fix"
    yield ""
    suggests = " / ".join(entry.suggestions) or "-"
    label = {"safe": "Safe", "unsafe": "Unsafe (review it)", "never": "Hint only"}[entry.fix]
    if entry.fix == "never" and any(not _BLANK.search(t) for t in entry.rewrite):
        # "{before} {rest}." fills with no blank left: check offers it as an unsafe fix
        label = (
            "A hint, or an unsafe rewrite of the whole sentence (review it) where its own "
            "words allow one"
        )
    yield f"{label}: {suggests}"
    yield ""
    yield "## Configure"
    yield ""
    if entry.opt_in or rule_opt_in(rule):
        on = profiles_on(f"{rule.id}:{entry.id}")
        where = f" (the {', '.join(on)} profile turns it on)" if on else ""
        yield (
            f"Opt-in{where}: otherwise lingo does not report it unless you turn it on with "
            f"`enable: [{rule.id}:{entry.id}]` in lingo.yaml or `--enable {rule.id}:{entry.id}`."
        )
        if on:
            yield f"Turn it off there with `ignore: [{rule.id}:{entry.id}]`."
    else:
        yield f"Turn it off with `ignore: [{rule.id}:{entry.id}]`."
    if entry.source:
        yield f"Source: {', '.join(entry.source)}."
    if documented:
        yield (
            f"What the rule deliberately does not flag, and its measured precision: "
            f"`lingo explain {rule.id}`."
        )

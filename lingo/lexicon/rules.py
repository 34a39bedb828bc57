"""The catalogue of every rule lingo knows: lexicon rules and rules written as code.

Read without spaCy, so `lingo rules` and `lingo explain` answer instantly.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import LingoError
from ..findings import Severity
from ..resources import rule_docs_dir
from .entries import LexiconRule
from .lexicons import builtin_lexicons


@dataclass(frozen=True)
class RuleInfo:
    id: str
    category: str
    severity: Severity
    title: str
    fix: str  # safe | unsafe | never: the best fix the rule can offer
    entries: int  # lexicon entries; 0 for rules written as code
    why: str
    opt_in: bool = False  # off unless a configuration enables it
    # Entries per cited source id ("unattributed" for entries that cite none).
    sources: tuple[tuple[str, int], ...] = ()


PASSIVE_VOICE = RuleInfo(
    id="passive-voice",
    category="passive-voice",
    # info: judged right on under a third of real help text (docs/rules/passive-voice.md),
    # below the 0.75 a warning needs; a team raises it with `severity:`.
    severity=Severity.INFO,
    title="Passive voice",
    fix="unsafe",
    entries=0,
    why="Passive sentences hide who does what, so the customer cannot tell who to ask.",
)
HARD_SENTENCE = RuleInfo(
    id="readability/hard-sentence",
    category="readability",
    severity=Severity.INFO,
    title="Hard sentence",
    fix="never",
    entries=0,
    why="Long sentences with long words make customers read twice.",
    opt_in=True,  # judged right on a quarter of real help text: docs/rules/readability
)
VERY_HARD_SENTENCE = RuleInfo(
    id="readability/very-hard-sentence",
    category="readability",
    severity=Severity.WARNING,
    title="Very hard sentence",
    fix="never",
    entries=0,
    why="A sentence far above the target grade loses most readers before its end.",
)
ACRONYM = RuleInfo(
    id="jargon/acronym",
    category="jargon",
    severity=Severity.INFO,
    title="Unexplained acronym",
    fix="never",
    entries=0,
    why="An abbreviation the customer has never seen stops them; spell it out the first time.",
    opt_in=True,  # on in support-reply; help pages' readers know their acronyms: docs/rules/jargon
)
NOUN_HEAVY = RuleInfo(
    id="jargon/noun-heavy",
    category="jargon",
    severity=Severity.INFO,
    title="Noun-heavy sentence (hidden verbs)",
    fix="never",
    entries=0,
    why="A sentence built on abstract nouns ('a capacity recalibration', 'an availability "
    "limitation') hides who does what, and often a cut or a delay; verbs say it.",
    opt_in=True,  # on in support-reply; help pages name their features with such nouns
)
TONE = RuleInfo(
    id="say-no/tone",
    category="say-no",
    severity=Severity.INFO,
    title="Say-no tone (trained)",
    fix="never",
    entries=0,
    why="A sentence can sound cold, dismissive or blaming without any refusal word; "
    "the customer hears a 'no' all the same.",
    opt_in=True,  # judged on real help text: 1 of 36 right; for replies and macros (its page)
)
UNUSED_SUPPRESSION = RuleInfo(
    id="unused-suppression",
    category="suppression",
    severity=Severity.WARNING,
    title="Unused suppression",
    fix="never",
    entries=0,
    why="A suppression comment that silences nothing hides the next real finding; "
    "reported with --report-unused-suppressions.",
)
# Rules whose finding covers a stretch of a sentence to say something of it as a whole (a
# run of abstract nouns, a cold sentence), not of a word in it: such a finding is never the
# "longest match" that hides a word's finding, nor does it explain a word (an acronym). Each
# settles with the word findings on its own terms (noun_heavy.without_worded,
# tone.without_covered).
STRETCH_RULES = frozenset({NOUN_HEAVY.id, TONE.id})
CODE_RULES = (
    PASSIVE_VOICE,
    HARD_SENTENCE,
    VERY_HARD_SENTENCE,
    ACRONYM,
    NOUN_HEAVY,
    TONE,
    UNUSED_SUPPRESSION,
)


def _info(rule: LexiconRule) -> RuleInfo:
    # An entry whose rewrite template needs no blank filled is offered as an unsafe fix.
    fixes = {e.fix for e in rule.entries} | {
        "unsafe" for e in rule.entries for r in e.rewrite if "[" not in r
    }
    best = "safe" if "safe" in fixes else "unsafe" if "unsafe" in fixes else "never"
    return RuleInfo(
        rule.id,
        rule.category,
        rule.severity,
        rule.title,
        best,
        len(rule.entries),
        rule.why,
        opt_in=all(e.opt_in for e in rule.entries),
        sources=tuple(rule.entry_counts_by_source()) if rule.cited else (),
    )


def all_rules(lexicons: Sequence[LexiconRule] | None = None) -> list[RuleInfo]:
    """Every rule, code rules first, then lexicon rules by id."""
    rules = lexicons if lexicons is not None else builtin_lexicons()
    return [*CODE_RULES, *sorted((_info(r) for r in rules), key=lambda r: r.id)]


def find_rule(rule_id: str, lexicons: Sequence[LexiconRule] | None = None) -> RuleInfo:
    rules = {r.id: r for r in all_rules(lexicons)}
    base = rule_id.split(":", 1)[0]
    if base in rules:
        return rules[base]
    close = difflib.get_close_matches(base, list(rules), n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else " (see `lingo rules`)"
    raise LingoError(f"unknown rule {rule_id!r}{hint}")


# benchmarks/precision.py --write-docs writes a page's "Measured precision" between these.
PRECISION_START = "<!-- precision:start -->"
PRECISION_END = "<!-- precision:end -->"


# The last section of a rule page: how the rule was built, round by round. Kept in
# docs/rules/ for the team; a writer reading what a rule flags (`lingo explain`, the editor's
# hover, SARIF's rule help) does not get it.
HISTORY = "## How it grew"


def rule_doc(rule_id: str) -> str:
    """The rule's documentation page (docs/rules/<rule id>.md), as a reader sees it.

    The markers around its generated "Measured precision" section and the closing
    "How it grew" section are left out.
    """
    page = rule_docs_dir() / f"{rule_id}.md"
    try:
        text = page.read_text(encoding="utf-8")
    except OSError:
        raise LingoError(f"rule {rule_id!r} has no documentation page at {page}") from None
    return without_history(strip_markers(text))


def without_history(page: str) -> str:
    """The page without its last section, "How it grew" (none: the page as it is)."""
    head, found, _ = page.partition("\n" + HISTORY + "\n")
    return head.rstrip() + "\n" if found else page


def strip_markers(page: str) -> str:
    """The page without the generator's marker lines."""
    markers = (PRECISION_START, PRECISION_END)
    return "".join(line for line in page.splitlines(keepends=True) if line.strip() not in markers)

"""The last step of a check: which findings a reader sees, and the Report.

Findings inside placeholders or on words that name something go, then the
team's settings (opt-in entries, ignored rules, accepted terms), the longest
match, first uses of explained terms and suppression comments; the readability
and the grade are worked out on what is left.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..findings import Finding, Report
from ..lexicon.rules import STRETCH_RULES
from ..pipeline.common import keep_longest
from ..pipeline.noun_heavy import RULE as NOUN_HEAVY_RULE
from ..pipeline.noun_heavy import without_worded
from ..pipeline.passive import without_restated
from ..pipeline.tone import RULE as TONE_RULE
from ..pipeline.tone import without_covered
from ..text.suppressions import apply_suppressions
from . import grade
from .placement import (
    SpanIndex,
    as_written,
    first_uses,
    names_something,
    visible,
    without_doubled_acronyms,
)

if TYPE_CHECKING:
    from ..lexicon.entries import LexiconRule
    from ..pipeline.readability import SentenceCounts
    from .prepared import Prepared


@dataclass(frozen=True)
class RuleNames:
    """The rule and entry names the last step asks about, worked out once per Linter."""

    builtin: frozenset[str]  # rules of lingo's own lexicons (not a team's)
    opt_in: frozenset[str]  # entries and rules that are off unless enabled
    first_use: frozenset[str]  # rules reported on a term's first use only
    known: frozenset[str]  # every rule id and category a suppression comment may name

    @classmethod
    def of(cls, rules: Iterable[LexiconRule]) -> RuleNames:
        """The names for a Linter's lexicon rules (lingo's and a team's) and the code rules."""
        from ..lexicon.lexicons import builtin_lexicons
        from ..lexicon.rules import CODE_RULES
        from ..pipeline.acronyms import RULE as ACRONYM_RULE

        rules = list(rules)
        known = {name for r in CODE_RULES for name in (r.id, r.category)}
        known.update(name for r in rules for name in (r.id, r.category))
        return cls(
            builtin=frozenset(r.id for r in builtin_lexicons()),
            opt_in=frozenset(f"{r.id}:{e.id}" for r in rules for e in r.entries if e.opt_in)
            | {r.id for r in CODE_RULES if r.opt_in},
            first_use=frozenset({r.id for r in rules if r.report == "first-use"} | {ACRONYM_RULE}),
            known=frozenset(known),
        )


def report(
    item: Prepared, rules: RuleNames, counts: Sequence[SentenceCounts] | None = None
) -> Report:
    """The Report of a prepared and parsed text (`counts`: its sentences', when from parts)."""
    from ..pipeline.readability import document_readability, readability_from_counts

    found = as_written(visible(item.findings, item.masked, item.text), item.masked, item.text)
    names = SpanIndex(item.protected)
    found = [f for f in found if not names_something(f, item.blocks, names)]
    # A sentence a say-no pattern matched is left to the pattern (say-no/tone).
    if any(f.rule == TONE_RULE for f in found):
        found = without_covered(found)
    # A team's own lexicon is resolved apart from lingo's: its entries are never
    # hidden by a longer built-in match in the same category.
    builtin = rules.builtin
    # What is switched off (an opt-in entry not enabled, an ignored rule, an accepted term)
    # goes before the longest match is chosen, so that it never hides a shorter finding
    # that is on: the opt-in "you'll have to call" hid "call back tomorrow".
    found = item.config.apply(found, item.text, rules.opt_in)
    # A stretch rule's finding spans words other findings sit in: it never hides them as the
    # "longest match" (STRETCH_RULES).
    longest = keep_longest(
        found, group=lambda f: (f.category, f.rule in builtin, f.rule in STRETCH_RULES)
    )
    findings = first_uses(longest, item.explained, rules.first_use)
    findings = without_doubled_acronyms(findings)
    comments = item.comments if item.language is None else []  # not linted: none used
    findings, unused = apply_suppressions(findings, comments, item.lines, rules.known)
    # A run of abstract nouns another jargon finding already names is left to that finding.
    if any(f.rule == NOUN_HEAVY_RULE for f in findings):
        findings = without_worded(findings)
    # A passive on words a say-no finding already names is left to that finding.
    if any(f.category == "say-no" for f in findings):
        findings = without_restated(findings)
        findings = _hints_without_flagged_words(findings)
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    target = item.config.target_grade
    if counts is None:
        readability = document_readability(item.sentences, target)
    else:  # from parts, each counted when it was checked
        readability = readability_from_counts(counts, target)
    language = item.language
    # Nothing to grade: no prose at all, or not English.
    points = grade.score(readability, findings) if readability.words and not language else None
    return Report(
        findings=tuple(findings),
        readability=readability,
        grade=grade.letter(points) if points is not None else None,
        score=points,
        path=item.path,
        text=item.text,
        unused_suppressions=tuple(unused),
        language=language.tag if language else None,
        language_note=language.reason if language else None,
        profile=item.config.profile if item.chosen else None,
    )


# How far apart two findings may start and still be in one sentence, for a hint's check.
_SAME_SENTENCE = 400


def _hints_without_flagged_words(findings: list[Finding]) -> list[Finding]:
    """A say-no hint that rebuilds its sentence keeps none of the words another finding flags.

    "Unfortunately we are therefore unable to accept your claim." got the hint "We are
    therefore unable to accept your claim, and here's what we can do: ..." beside a finding
    on "we are therefore unable to": advice that contradicts the next line. Such a hint is
    left out, and the finding's other advice ("Drop it and lead with the way forward.")
    leads; a finding keeps its hints when every one of them would go.
    """
    flagged = [
        f for f in findings if f.category == "say-no" and f.rule != TONE_RULE and " " in f.text
    ]
    out = []
    for finding in findings:
        others = [
            g.text.lower()
            for g in flagged
            if g is not finding and abs(g.start - finding.start) < _SAME_SENTENCE
        ]
        if finding.category != "say-no" or not others:
            out.append(finding)
            continue
        kept = tuple(
            s
            for s in finding.suggestions
            if s.safety != "hint" or not any(o in s.text.lower() for o in others)
        )
        out.append(replace(finding, suggestions=kept) if kept else finding)
    return out

"""Check a replacement by parsing the sentence with it applied, before it is offered.

A fix is applied by tools and pasted by people without a second look, so a
replacement must leave a sentence that still works:

- the verb keeps its object or complement ("Thank you for reaching out" must
  not become "Thank you for contacting"; "ensure security" must not become
  "make sure security": "make sure" wants a clause);
- "let" takes a person and a bare verb ("lets your team manage", never "lets
  your team to manage", never "letting global brands" with no verb);
- "help" takes a person, a verb or "with" ("helps you pay", "helps shops sell
  more"), never a thing ("helps seamless connectivity between A and B");
- "in respect of" -> "about" (or "on") only after a word of telling or asking
  ("writing about your order"), never "offer settlement about this loss";
- subject and verb agree, and the tense stays ("utilized" -> "used");
- the modal keeps its meaning ("shall" is an obligation, "will" is not);
- the case fits the position (no capital mid-sentence, none lost at the start),
  and a capitalised word mid-sentence is a name or a label, not prose to replace;
- no word outside the replaced ones is lost, and the new word is not the one on
  the other side of an "or" ("not located or not found" must not become "not
  found or not found").

The sentence is parsed as it stands and with the edits applied, through the
model's own components (`reparse.Reparser`, cached by text). A replacement that
fails becomes a hint that says why (`downgrade`): never a fix.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from ..doc_text import doc_text
from ..findings import Edit, Suggestion
from .annotations import has_annotation
from .grammar import (
    NEEDS_OBJECT,
    about_fits,
    about_for_phrase,
    agreement_problem,
    content_words,
    has_complement,
    has_object,
    helps_someone,
    lemmas,
    main_verb,
    may_break_grammar,
    modal_words,
    object_elsewhere,
    starts_text,
    tokens_in,
)
from .reparse import Reparser
from .seams import seam_problem

BLANK = re.compile(r"\[[^\]]+\]")
_TENSE_CLASS = {"VBD": "past", "VBN": "past", "VBG": "ing", "VBZ": "now", "VBP": "now", "VB": "now"}


def sentence(span: Span) -> Span:
    doc = span.doc
    return span.sent if has_annotation(doc, "SENT_START") else doc[:]


def applied(text: str, base: int, edits: Sequence[Edit]) -> tuple[str, list[tuple[int, int]]]:
    """`text` (which starts at `base` in the Doc) with the edits applied, and where they landed."""
    out: list[str] = []
    landed: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for edit in sorted(edits, key=lambda e: e.start):
        start, end = edit.start - base, edit.end - base
        out.append(text[pos:start])
        length += start - pos
        out.append(edit.replacement)
        landed.append((length, length + len(edit.replacement)))
        length += len(edit.replacement)
        pos = end
    out.append(text[pos:])
    return "".join(out), landed


def problem(reparser: Reparser, span: Span, edits: Sequence[Edit]) -> str | None:
    """Why the edits leave `span`'s sentence worse, or None when it still works.

    Words, case and modals are read from the tokens; the sentence is parsed
    (before and after) only when the new words can change its grammar.
    """
    sent = sentence(span)
    doc = span.doc
    base = sent.start_char
    text = doc_text(doc)[base : sent.end_char]
    if not edits or any(e.start < base or e.end > sent.end_char for e in edits):
        return None  # an edit reaching out of the sentence: nothing to compare here
    new_text, landed = applied(text, base, edits)
    replaced = [(e.start - base, e.end - base) for e in edits]
    landed = [r for r in landed if r[1] > r[0]]
    old_words, new_words = reparser.tokenize(text), reparser.tokenize(new_text)
    old = tokens_in(old_words, replaced)
    new = tokens_in(new_words, landed)
    if not old or not new:
        return None
    # Nothing lost outside the flagged words: edits around them touch small words only.
    flagged = (span.start_char - base, span.end_char - base)
    kept_old = content_words([t for t in old_words if not flagged[0] <= t.idx < flagged[1]])
    missing = kept_old - content_words(list(new_words))
    # Another form of the same word is kept ("for the purpose of creating" -> "to create").
    pool = {lemma for t in new_words for lemma in lemmas(t.lower_)}
    lost = [w for w in missing if not lemmas(w) & pool]
    if lost:
        return f"'{lost[0]}' is lost"
    seam = seam_problem(new_words, new)
    if seam:
        return seam
    first = new[0]
    # Case fits the position.
    original = doc_text(doc)[span.start_char : span.end_char]
    if first.text[:1].isupper() and not starts_text(first) and not original.isupper():
        if original[:1].isupper():
            return f"'{original}' is capitalised mid-sentence: a name or a label"
        return f"'{first.text}' should not have a capital here"
    if first.text[:1].islower() and starts_text(first) and first.is_alpha:
        return f"'{first.text}' starts the sentence and needs a capital"
    # The modal keeps its meaning.
    before, after = modal_words(old), modal_words(new)
    if before and before != after:
        return f"'{' '.join(t.text for t in old)}' and '{first.text}' mean different things"
    if not may_break_grammar(old, new):
        return _help_problem(reparser, new_text, landed) if _is_help(new) else None
    # The sentence as the linter parsed it, when it was parsed on its own; else parsed here.
    whole = has_annotation(doc, "DEP") and base == 0 and not doc_text(doc)[sent.end_char :].strip()
    old_doc = doc if whole else reparser.parse(text)
    new_doc = reparser.parse(new_text)
    old = tokens_in(old_doc, replaced)
    new = tokens_in(new_doc, landed)
    if not old or not new:
        return None
    first = new[0]
    if about_for_phrase(old, new) and not about_fits(old[0]):
        return f"'{first.lower_}' does not fit after '{old[0].head.text}' here ('for' or 'of' may)"
    old_verb, new_verb = main_verb(old), main_verb(new)
    if new_verb is not None:
        lemma = new_verb.lemma_.lower()
        # "make sure" wants a clause: "make sure that it works", never "make sure security".
        if (
            lemma == "make"
            and new_verb.i + 1 < len(new_doc)
            and new_doc[new_verb.i + 1].lower_ == "sure"
        ):
            sure = new_doc[new_verb.i + 1]
            nxt = new_doc[sure.i + 1] if sure.i + 1 < len(new_doc) else None
            clause = any(c.dep_ in ("ccomp", "xcomp") for c in (*sure.children, *new_verb.children))
            if nxt is not None and nxt.lower_ in ("that", "to", "of", "if", "whether"):
                clause = True
            for token in new_doc[sure.i + 1 : sure.sent.end]:
                if token.text in (",", ";", ":", "(", "—") or token.tag_ in ("IN", "WRB", "WDT"):
                    break  # "make sure privacy before you leave": that verb is another clause's
                if token.tag_ in ("VBZ", "VBP", "VBD", "MD"):
                    clause = True  # "make sure Segment loads first": a finite verb follows
                    break
            if not clause:
                return "'make sure' needs a clause after it ('make sure that ...')"
        elif lemma == "let":
            verbs = [c for c in new_verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")]
            if any(any(a.lower_ == "to" and a.dep_ == "aux" for a in v.children) for v in verbs):
                return "'let' takes a bare verb: drop the 'to'"
            if not any(v.pos_ in ("VERB", "AUX") for v in verbs):
                return "'let' needs someone and a verb ('lets you manage')"
        elif lemma in NEEDS_OBJECT and not has_object(new_verb) and not object_elsewhere(new_verb):
            return f"'{new_verb.text}' needs an object here"
        if old_verb is not None and has_object(old_verb) and not has_complement(new_verb):
            if not object_elsewhere(new_verb) and lemma not in ("make", "let"):
                return f"'{new_verb.text}' loses the object '{old_verb.text}' had"
        if old_verb is not None:
            was, now = _TENSE_CLASS.get(old_verb.tag_), _TENSE_CLASS.get(new_verb.tag_)
            ambiguous = now == "past" and new_verb.lower_ == lemma  # "let", "put", "set"
            if was and now and was != now and new_verb.i == first.i and not ambiguous:
                return f"'{first.text}' does not keep the tense of '{old_verb.text}'"
    return agreement_problem(list(new_doc), new)


_HELP = "'help' needs a person or a verb after it ('helps you pay')"


def _is_help(new: Sequence) -> bool:
    words = [t for t in new if t.is_alpha]
    return len(words) == 1 and "help" in lemmas(words[0].lower_) and words[0].lower_ != "helpful"


def _help_problem(reparser: Reparser, new_text: str, landed: list[tuple[int, int]]) -> str | None:
    """ "facilitates seamless connectivity" -> "helps seamless connectivity" is not English:
    "help" wants a person, a verb or "with" after it (one verb for another is otherwise not
    parsed: its object stays where it was)."""
    verb = main_verb(tokens_in(reparser.parse(new_text), landed))
    if verb is not None and verb.lemma_.lower() == "help" and not helps_someone(verb):
        return _HELP
    return None


def rewrite_problem(reparser: Reparser, text: str) -> str | None:
    """Why a rewritten sentence does not read, or None: its subjects and verbs must agree.

    (Whether it has a verb is not asked: the small model reads a short
    imperative, "Click Save.", as a noun phrase.)
    """
    doc = reparser.parse(BLANK.sub("it", text))
    return agreement_problem(list(doc))


def downgrade(suggestion: Suggestion, reason: str) -> Suggestion:
    """A fix that failed its check, as a hint that says why: never applied by a tool.

    A word the reason already names is not put first as well: "so (reword by hand: 'so'
    cannot ...)" read as if "so" were still the replacement."""
    words = suggestion.text.strip()
    if len(words.split()) <= 4 and f"'{words.lower()}'" in reason.lower():
        return Suggestion(text=f"Reword by hand: {reason}.", safety="hint")
    return Suggestion(text=f"{suggestion.text} (reword by hand: {reason})", safety="hint")


def checked(
    reparser: Reparser | None, span: Span, suggestions: Sequence[Suggestion]
) -> list[Suggestion]:
    """Fixes that pass their check first, as they were; the ones that fail after them, as hints."""
    if reparser is None:
        return list(suggestions)
    good: list[Suggestion] = []
    failed: list[Suggestion] = []
    for suggestion in suggestions:
        if not suggestion.edits:
            good.append(suggestion)
            continue
        reason = problem(reparser, span, suggestion.edits)
        if reason is None:
            good.append(suggestion)
        else:
            failed.append(downgrade(suggestion, reason))
    return good + failed


def checked_rewrites(
    reparser: Reparser | None, sent: Span, suggestions: Sequence[Suggestion]
) -> list[Suggestion]:
    """Sentence rewrites (an active clause for a passive one), parsed as they would read.

    The rewrite's own checks (suggest/active_voice/meaning.py) keep its words and its
    meaning; this one asks that its subjects and verbs agree and that it starts
    with a capital where the sentence did.
    """
    if reparser is None:
        return list(suggestions)
    out: list[Suggestion] = []
    base = sent.start_char
    text = doc_text(sent.doc)[base : sent.end_char]
    for suggestion in suggestions:
        edits = suggestion.edits
        if not edits or any(e.start < base or e.end > sent.end_char for e in edits):
            out.append(suggestion)
            continue
        new_text, _ = applied(text, base, edits)
        reason = rewrite_problem(reparser, new_text.strip())
        if reason is None and text[:1].isupper() and not new_text.lstrip()[:1].isupper():
            reason = "the sentence lost its capital"
        out.append(suggestion if reason is None else downgrade(suggestion, reason))
    return out


# -- advice, not a stock example -----------------------------------------------------------------

_QUOTED_EXAMPLE = re.compile(
    r"""^(?P<advice>.+?):\s*['‘"“](?P<example>[^'‘"“].*?)['’"”]?\s*$""", re.S
)


def advice_only(text: str) -> str:
    """The advice of "Advice: 'A stock example sentence.'", without the example.

    An example written for another shop, another customer and another problem
    ("The courier lost the parcel, and I'll send a new one today") reads as an
    answer to paste; offered beside a real sentence it is a wrong answer.
    """
    m = _QUOTED_EXAMPLE.match(text)
    if m is None:
        return text
    example = m.group("example")
    if len(example.split()) < 3 or not re.search(r"[.!?]['’\"”]?\s*$", text):
        return text  # a quoted word or short phrase is part of the advice ("use 'as' or 'like'")
    advice = m.group("advice").rstrip(" .")
    return advice + "."


def is_stock_example(text: str) -> bool:
    return advice_only(text) != text

"""Where a rewrite template's words begin and end in the sentence (lingo/suggest/templates.py).

The match may open an introductory phrase that runs on to its comma ("As outlined in the
terms you agreed to, ..."), and `{rest}` is the sentence after it; a template that drops
the words before the match may only be used when the match opens the sentence.
"""

from __future__ import annotations

from spacy.tokens import Span

from .annotations import has_annotation

# Words that start a clause after "that" (so "that" is a conjunction, not "that item") or after
# "so" (lingo/suggest/seams.py).
CLAUSE_STARTS = frozenset(
    "the a an your our my their his her its this these those we you i they he she it there "
    "all every some any no each".split()
)
# Words after which "that" starts a clause: "be advised that", "note that", "knows that".
_CLAUSE_VERBS = frozenset(
    "advised informed aware note noted know knows knew said say says mentioned understand "
    "understood hope sure remember realise realize".split()
)


def sentence_of(span: Span) -> Span:
    """The match's sentence, or its whole text when sentences are not marked."""
    doc = span.doc
    if has_annotation(doc, "SENT_START"):
        return span.sent
    return doc[:]


def end_of_phrase(span: Span) -> int:
    """Where an introductory phrase that the match starts ends: "Per our policy," -> after "policy".

    The match may be only the head of the phrase ("As stated in our terms" of
    "As stated in our terms and conditions,"); its subtree knows the rest.
    """
    if not has_annotation(span.doc, "DEP"):
        return span.end
    root = span.root
    if root.head.i < span.start or root.head.i >= span.end:
        if (
            root.dep_ in ("prep", "advcl", "advmod", "npadvmod", "intj", "parataxis")
            and root.head.i > span.end
        ):
            return max(span.end, root.right_edge.i + 1, _fronted_to_comma(span))
    last = span.doc[span.end - 1]
    if last.dep_ == "compound" and span.end <= last.head.i < span.end + 3:
        return last.head.i + 1  # "in line with the policy terms": the noun goes with it
    return span.end


# Words that may come before a match that "opens" its sentence: "However, per our policy, ...",
# "I'm afraid, ..." (the tokens "i" and "afraid"; "'m" is no word).
_LEAD_WORDS = frozenset(
    "however but and so also unfortunately sadly regrettably please again additionally "
    "furthermore moreover ok okay well yes no now then i afraid".split()
)
# How a clause that only sets the scene opens: "When you book online, ...", "To use it, ...".
_SCENE_SETTERS = frozenset(
    "when whenever if once after before as since while because although though to".split()
)


def match_opens_sentence(span: Span) -> bool:
    """The match opens its sentence, after at most a connective ("However, in line with our
    policy, ..."): a template that drops the words before the match (`{rest}` without
    `{before}`) would otherwise lose the sentence's start ("our decision has been made")."""
    sent = sentence_of(span)
    before = span.doc[sent.start : span.start]
    if all(not (t.is_alpha or t.like_num) or t.lower_ in _LEAD_WORDS for t in before):
        return True
    # after a clause that only sets the scene: "When you use these formats, it's simple to ..."
    words = [t for t in before if not t.is_space]
    return bool(words) and words[-1].text == "," and words[0].lower_ in _SCENE_SETTERS


_RELATIVES = frozenset({"which", "who", "whom", "whose"})


def _fronted_to_comma(span: Span) -> int:
    """Where a phrase that opens the sentence ends at its comma, before the main verb: "As
    outlined in the terms you agreed to at sign-up, memberships are ..." (the parse may hang
    "you agreed to" on the main verb, but the comma closes the lead-in). 0 when there is none."""
    sent = sentence_of(span)
    if span.start != sent.start:
        return 0
    main = sent.root.i
    doc = span.doc
    relative = False
    for token in doc[span.end : sent.end]:
        if token.i >= main and not relative:
            break
        if token.text == ",":
            # "As stated in our terms, which you agreed to at sign-up, memberships are ...": a
            # relative clause on the lead-in runs to the next comma (the parser may take the
            # relative clause's verb for the main one).
            if token.i + 1 < sent.end and doc[token.i + 1].lower_ in _RELATIVES:
                relative = True
                continue
            return token.i
        if token.text in ";:()\u2014":
            return 0
    return 0


def rest_after(span: Span, after: int) -> str:
    """Words from token `after` to the sentence's final punctuation."""
    sent = sentence_of(span)
    end = sent.end
    doc = span.doc
    while after < end and (
        doc[after].is_punct and doc[after].text in ",;:\u2014-" or doc[after].is_space
    ):
        after += 1
    parsed = has_annotation(doc, "DEP")
    if (
        after < end
        and doc[after].lower_ in ("but", "and", "so")
        and (doc[after].dep_ == "cc" or not parsed)
    ):
        after += 1  # "No offense, but that laptop is old" -> "that laptop is old"
    if after + 1 < end and doc[after].lower_ == "that":
        following = doc[after + 1]
        if (
            parsed
            and doc[after].dep_ == "mark"
            and following.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
        ) or (
            not parsed
            and (following.lower_ in CLAUSE_STARTS or doc[after - 1].lower_ in _CLAUSE_VERBS)
        ):
            after += 1  # "Please note that the store closes" -> "the store closes"
    while (
        end > after
        and (doc[end - 1].is_punct or doc[end - 1].is_space)
        and doc[end - 1].text not in (")", '"', "\u201d")
    ):
        end -= 1
    if end <= after:
        return ""
    text = doc[after:end].text.strip()
    return text.lstrip(",;: ").strip()

"""Readability figures: textstat's formulas over counts lingo keeps per word and per sentence.

Figures come from textstat's formulas, fed lingo's own sentences (one per line,
each closed with a full stop) so that a heading never runs into the next
sentence the way textstat's regex splitter would run them together. The counts
behind them are textstat's, taken once per distinct word and per sentence
rather than over the whole text for each formula: same figures, a fraction of
the time. The spaCy component that judges sentences with them is
lingo/pipeline/readability.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from textstat.backend import counts as textstat_counts
from textstat.backend.selections import list_words
from textstat.backend.utils import get_lang_cfg
from textstat.backend.validations import is_difficult_word

from ..findings import Readability
from ..lexicon.syllables import install as install_fast_syllables

install_fast_syllables()

_TERMINAL = (".", "!", "?", ":", ";")


@dataclass(frozen=True)
class SentenceScore:
    words: int
    grade: float


def _closed(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if sentence.endswith(_TERMINAL) else sentence + "."


def score_sentence(text: str) -> SentenceScore:
    """textstat's word count and Flesch-Kincaid grade of the sentence.

    Its counts are kept for its document's figures (see `_SCORED`).
    """
    scored = _SCORED.get(text)
    if scored is None:
        if len(_SCORED) >= SCORED_LIMIT:  # scored, but no document took them: start afresh
            _SCORED.clear()
        scored = _SCORED[text] = _sentence_counts(text)
    counts, _ = scored
    return SentenceScore(words=counts.words, grade=_flesch_kincaid_grade(counts, _own_stops(text)))


# Inside one of lingo's sentences a stop ends a sentence only where a space and then no
# lower-case letter or digit follow it ("a month... or a year", "on Jan. 5" go on):
# "Access.exe", ".mdb", "12.0" and "docs.example.com" do not ("Connect to files (.mdb or
# .accdb) through ... (Microsoft.ACE.OLEDB.12.0), ..." is one sentence, not textstat's two,
# whose grade would halve), nor does a stop named in brackets ("a period (.) in names");
# "... may be temporary. This means ..." and "... (as shown.) Then ..." still do.
_SPACED_STOPS = re.compile(r"(?<=[^\s(\[])[.!?]+[)\]\"'”’]*(?=\s+[^\sa-z0-9])")


def _own_stops(sentence: str) -> int:
    """How many sentences the Flesch-Kincaid grade of one of lingo's sentences counts: its
    stretches between stops a space follows, of more than two words (as textstat counts)."""
    parts = _SPACED_STOPS.split(" ".join(sentence.split()))
    if len(parts) == 1:
        return 1
    return max(1, sum(textstat_counts.count_words(part) > 2 for part in parts))


def document_readability(sentences: Iterable[str], target_grade: float) -> Readability:
    """textstat's formulas over the given sentences, one per line.

    textstat would recount the whole joined text for each formula. Every count
    its formulas use is a sum of the lines' counts (its sentence count needs
    `_Stretches`), so the lines' counts give the very same figures. Sentences
    lingo has just scored are not counted again.
    """
    return readability_from_counts(sentence_counts(sentences), target_grade)


def sentence_counts(sentences: Iterable[str]) -> list[SentenceCounts]:
    """The counts behind the document figures, one entry per sentence that is not blank.

    A caller that checks a document in parts keeps each part's counts, and
    `readability_from_counts` over all of them, in document order, gives the
    figures `document_readability` gives over all the sentences.
    """
    return [_counts_for_document(s) for s in sentences if s.strip()]


def readability_from_counts(per_line: Sequence[SentenceCounts], target_grade: float) -> Readability:
    """The document figures from its sentences' counts (see `sentence_counts`)."""
    if not per_line:
        return Readability(0, 0, 100.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, target_grade)
    counts = _Counts(*map(sum, zip(*(line_counts for line_counts, _ in per_line))))
    counted = _sentence_count([stretches for _, stretches in per_line])
    return Readability(
        words=counts.words,
        sentences=len(per_line),
        flesch_reading_ease=_flesch_reading_ease(counts, counted),
        flesch_kincaid_grade=_flesch_kincaid_grade(counts, counted),
        gunning_fog=_gunning_fog(counts, counted),
        smog_index=_smog_index(counts, counted),
        coleman_liau_index=_coleman_liau_index(counts, counted),
        automated_readability_index=_automated_readability_index(counts, counted),
        dale_chall_score=_dale_chall_score(counts, counted),
        target_grade=target_grade,
    )


# -- textstat's counts, memoized per word and per sentence -----------------------
#
# textstat 0.7.8 builds every figure from a few counts of the text. Its words
# are `list_words(text)`: punctuation removed character by character (a
# contraction's apostrophe is kept by looking at the next two characters, which
# never reach past a line end), then split at whitespace. So, over lines joined
# with newlines, the words, every count made word by word (syllables,
# polysyllables, difficult words, letters), the characters and the
# whitespace-separated words are sums over the lines. The per-word counts are
# textstat's own functions applied to the one word.

TEXTSTAT_LANG = "en_US"  # textstat's default; lingo never changes it
# Gunning fog's difficult words have this many syllables; Dale-Chall's have any.
FOG_SYLLABLES = int(get_lang_cfg(TEXTSTAT_LANG, "syllable_threshold"))
DALE_CHALL_SYLLABLES = 0
POLYSYLLABLE = 3  # syllables of a long word, for SMOG (count_polysyllable_words)
WORD_MEMO = 1 << 15  # the 1.1 M-word documentation corpus has 19,000 distinct words
_STOPS = re.compile(r"[.!?]+")  # what ends a sentence for textstat


class _Counts(NamedTuple):
    """The counts of a text that textstat's formulas use; a text's are its lines' sums."""

    words: int
    syllables: int
    polysyllables: int
    fog_difficult_words: int
    dale_chall_difficult_words: int
    letters: int
    characters: int  # without whitespace
    words_with_punctuation: int  # whitespace-separated, as ARI counts them


class _Stretches(NamedTuple):
    """One line as textstat's sentence count sees it.

    `count_sentences` finds the stretches between runs of . ! ? (each one that
    holds a word character) and counts those of more than two words: exactly
    the stretches with more than two words, since a word always holds a word
    character. Lingo's lines end with . ! ? : or ; so a line ending in : or ;
    runs into the next one: the stretch before a line's first stop and the one
    after its last stop join the neighbouring lines' stretches.
    """

    head_words: int  # words before the first stop (the whole line when it has none)
    inner_sentences: int  # stretches between stops with more than two words
    tail_words: int | None  # words after the last stop; None when there is no stop


# One sentence's counts as the document figures use them.
SentenceCounts = tuple[_Counts, _Stretches]


# The counts of the sentences lingo has scored, kept for their document's
# figures, which take them out: nothing outlives its batch of texts. Emptied
# when it fills up with no document to take them (a caller that only judges
# sentences); the 1 MiB text alone scores 6,300 sentences.
_SCORED: dict[str, tuple[_Counts, _Stretches]] = {}
SCORED_LIMIT = 1 << 14


@lru_cache(maxsize=WORD_MEMO)
def _word_counts(word: str) -> tuple[int, int, int, int, int]:
    """textstat's per-word counts, worked out once per distinct word.

    `word` is one of `list_words`' words: it holds no punctuation or
    whitespace that textstat would remove or split at, so it is its own text.
    """
    syllables = textstat_counts.count_syllables(word, TEXTSTAT_LANG)
    # Gunning fog's difficult words are Dale-Chall's (off the easy list) with
    # enough syllables: ask about the rarer one only when it can be true.
    dale_chall = is_difficult_word(word, DALE_CHALL_SYLLABLES, TEXTSTAT_LANG)
    fog = dale_chall and is_difficult_word(word, FOG_SYLLABLES, TEXTSTAT_LANG)
    return (
        syllables,
        syllables >= POLYSYLLABLE,
        fog,
        dale_chall,
        textstat_counts.count_letters(word),
    )


def long_words(words: Iterable[str], most: int = 3) -> list[str]:
    """The hard words of most syllables, in the order written, at most `most`.

    A hard word is Gunning fog's: three syllables or more and not on the Dale-Chall list of
    words every reader knows ("family" is on it). What makes a short sentence score a high
    grade: "unlock unforgettable memories" is hard for "unforgettable", not its length.
    """
    scored = [
        (w, counts[0])
        for w in dict.fromkeys(words)
        if w.isalpha() and (counts := _word_counts(w))[2]
    ]
    longest = sorted((n for _, n in scored if n >= POLYSYLLABLE), reverse=True)[:most]
    if not longest:
        return []
    floor = longest[-1]
    picked = [w for w, n in scored if n > floor]
    picked += [w for w, n in scored if n == floor][: most - len(picked)]
    return [w for w, _ in scored if w in picked]


def _counts_for_document(sentence: str) -> tuple[_Counts, _Stretches]:
    scored = _SCORED.pop(sentence, None)
    return scored if scored is not None else _sentence_counts(sentence)


def _sentence_counts(sentence: str) -> tuple[_Counts, _Stretches]:
    """The counts of a sentence as textstat sees it: closed, as one line."""
    line = _closed(sentence)
    words = list_words(line)
    per_word = [_word_counts(word) for word in words]
    syllables, polysyllables, fog, dale_chall, letters = (
        map(sum, zip(*per_word)) if per_word else (0, 0, 0, 0, 0)
    )
    # textstat's count_chars and count_words(rm_punctuation=False) split at
    # regex \s, which is what str.split() splits at: str.isspace().
    whitespace_words = line.split()
    counts = _Counts(
        words=len(words),
        syllables=syllables,
        polysyllables=polysyllables,
        fog_difficult_words=fog,
        dale_chall_difficult_words=dale_chall,
        letters=letters,
        characters=sum(map(len, whitespace_words)),
        words_with_punctuation=len(whitespace_words),
    )
    return counts, _stretches(line, len(words))


def _stretches(line: str, line_words: int) -> _Stretches:
    parts = _STOPS.split(line)
    if len(parts) == 1:
        return _Stretches(line_words, 0, None)
    if len(parts) == 2 and not parts[1]:  # the usual line: one stop, at its end
        return _Stretches(line_words, 0, 0)
    words = [textstat_counts.count_words(part) for part in parts]
    return _Stretches(words[0], sum(1 for n in words[1:-1] if n > 2), words[-1])


def _sentence_count(lines: Iterable[_Stretches]) -> int:
    """textstat's `count_sentences` of the lines joined with newlines (never empty)."""
    sentences = 0
    open_words = 0  # words of the stretch not yet closed by a stop
    for line in lines:
        open_words += line.head_words
        if line.tail_words is None:
            continue
        sentences += (open_words > 2) + line.inner_sentences
        open_words = line.tail_words
    sentences += open_words > 2
    return max(1, sentences)


# -- textstat's formulas (textstat.backend.metrics), fed the counts ----------------
# The same expressions in the same order, so the floats are bit for bit the same.


def _words_per_sentence(counts: _Counts, sentences: int) -> float:
    return counts.words / sentences if sentences else 0.0


def _syllables_per_word(counts: _Counts) -> float:
    return counts.syllables / counts.words if counts.words else 0.0


def _flesch_reading_ease(counts: _Counts, sentences: int) -> float:
    sentence_length = _words_per_sentence(counts, sentences)
    syllables = _syllables_per_word(counts)
    if sentence_length == 0 or syllables == 0:
        return 0.0
    return (
        get_lang_cfg(TEXTSTAT_LANG, "fre_base")
        - get_lang_cfg(TEXTSTAT_LANG, "fre_sentence_length") * sentence_length
        - get_lang_cfg(TEXTSTAT_LANG, "fre_syll_per_word") * syllables
    )


def _flesch_kincaid_grade(counts: _Counts, sentences: int) -> float:
    sentence_length = _words_per_sentence(counts, sentences)
    syllables = _syllables_per_word(counts)
    if sentence_length == 0 or syllables == 0:
        return 0.0
    return (0.39 * sentence_length) + (11.8 * syllables) - 15.59


def _gunning_fog(counts: _Counts, sentences: int) -> float:
    if not counts.words:
        return 0.0
    per_diff_words = 100 * counts.fog_difficult_words / counts.words
    return 0.4 * (_words_per_sentence(counts, sentences) + per_diff_words)


def _smog_index(counts: _Counts, sentences: int) -> float:
    if not sentences:
        return 0.0
    return (1.043 * (30 * (counts.polysyllables / sentences)) ** 0.5) + 3.1291


def _coleman_liau_index(counts: _Counts, sentences: int) -> float:
    letters = (counts.letters / counts.words if counts.words else 0.0) * 100
    sentences_per_100 = (sentences / counts.words if counts.words else 0.0) * 100
    if letters == 0 or sentences_per_100 == 0:
        return 0.0
    return (0.058 * letters) - (0.296 * sentences_per_100) - 15.8


def _automated_readability_index(counts: _Counts, sentences: int) -> float:
    chars_per_word = (
        counts.characters / counts.words_with_punctuation if counts.words_with_punctuation else 0.0
    )
    sentence_length = _words_per_sentence(counts, sentences)
    if chars_per_word == 0 or sentence_length == 0:
        return 0.0
    return (4.71 * chars_per_word) + (0.5 * sentence_length) - 21.43


def _dale_chall_score(counts: _Counts, sentences: int) -> float:
    if not counts.words:
        return 0.0
    per_difficult_words = 100 * counts.dale_chall_difficult_words / counts.words
    score = (0.1579 * per_difficult_words) + (0.0496 * _words_per_sentence(counts, sentences))
    if per_difficult_words > 5:
        score += 3.6365
    return score

"""A cheap test that a case-insensitive regex cannot match a text, before the search itself;
and an alternation of many words that the regex engine searches fast.

A regex with many alternatives under IGNORECASE is slow to search; when every match holds one of
a few words, a text that holds none of them (in lowercase) cannot match, and telling so is far
cheaper. Under IGNORECASE four non-ASCII letters also match ASCII ones (the `re` documentation:
İ, ı, ſ and the Kelvin sign): a text with any of them is always searched.

`re` tries the alternatives of ``a|b|c`` one by one at every position it searches; grouped by
their first letter (``s(?:aid|ays)|t(?:old)``) it tries one group, three times fewer steps for a
list of reporting verbs.
"""

from __future__ import annotations

import string

from collections.abc import Iterable
from functools import lru_cache

from summariser import patterns as re

_CASE_FOLDED = re.compile("[\u0130\u0131\u017f\u212a]")


def words_pattern(*words: str) -> re.Pattern:
    """A pattern of lowercase ``words`` for `may_match`: one at least stands in every match.
    The words are grouped by their first letter, which the regex engine tries once per position;
    sorted, so that the pattern (and its stored program) is the same in every process."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    pattern = re.compile("|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items()))
    _WORDS_OF[pattern.pattern] = tuple(sorted(set(words)))
    return pattern


_WORDS_OF: dict[str, tuple[str, ...]] = {}
"""The words of each `words_pattern`, by its pattern."""


def any_words(*patterns: re.Pattern) -> re.Pattern:
    """A `words_pattern` of the words of all ``patterns`` (each made by `words_pattern`): a text in which
    it finds none can match none of them, one search in place of one per pattern."""
    return words_pattern(*(w for p in patterns for w in _WORDS_OF[p.pattern]))


def may_match(words: re.Pattern, text: str) -> bool:
    """Whether ``text`` holds one of ``words`` whatever its case, so a regex that needs one may match
    (`may_match_lowered` of its lowercase and `folds`, in one call: the rules ask it some 300 times an article)."""
    if not text.isascii() and _CASE_FOLDED.search(text) is not None:
        return True
    return words.search(text.lower()) is not None


def folds(text: str) -> bool:
    """Whether ``text`` holds one of the letters IGNORECASE folds to ASCII ones (`may_match` is then always true)."""
    return not text.isascii() and _CASE_FOLDED.search(text) is not None


def may_match_lowered(words: re.Pattern, low: str, folded: bool) -> bool:
    """`may_match` of a text given as its lowercase ``low`` and its `folds`, for a text tested against many lists."""
    return folded or words.search(low) is not None


def alternation(words: Iterable[str], ignorecase: bool = False) -> str:
    """``"|".join(words)``, matching as it does, with the words grouped by their first letter.

    Each word is a regex that starts with an ASCII letter or digit, itself (no quantifier on
    it), and has no group or ``|`` of its own: where two words can match at one place, the
    second is in the first's group, after it (under ``ignorecase`` a group holds both cases
    of its letter). Words of another shape are joined as they are."""
    words = list(words)
    if not all(map(_groupable, words)):
        return "|".join(words)
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0].lower() if ignorecase else word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items())


def _groupable(word: str) -> bool:
    return word[:1].isascii() and word[:1].isalnum() and word[1:2] not in ("*", "+", "?", "{") \
        and "(" not in word and "|" not in word


_LETTER_RUN = re.compile(r"[A-Za-z]+")


def heads(words: Iterable[str]) -> frozenset[str]:
    """The lowercase first run of ASCII letters of each of ``words`` (each starts with one), for `word_matches`."""
    found = [_LETTER_RUN.match(w) for w in words]
    if not all(found):
        raise ValueError("every word must start with an ASCII letter")
    return frozenset(m.group().lower() for m in found)


@lru_cache(maxsize=2)
def _runs(low: str) -> frozenset[str]:
    """The runs of ASCII letters of a lowercase text (the article in reading: the last two texts asked are kept, no
    more, so that each article finds its own)."""
    return frozenset(_LETTER_RUN.findall(low))


_LOWER = frozenset(string.ascii_lowercase)


def word_matches(pattern: re.Pattern, first: frozenset[str], text: str) -> list[re.Match]:
    """``list(pattern.finditer(text))``, for a whole article, tried only where a word of ``first`` starts.

    For a pattern every match of which starts with a whole run of ASCII letters (no letter before it, as
    after ``\\b`` or ``(?<![\\w-])``) that is, in lowercase, one of ``first`` (`heads` of its words), and is
    never empty: a search tries every letter of the article, where the article's runs, found once, tell
    the few places to try (a match there is the one the search finds: `match` sees the text before its
    start as `search` does). A text with a letter IGNORECASE folds to an ASCII one (`folds`), or whose
    lowercase has another length, is searched."""
    low = text.lower()
    if folds(text) or len(low) != len(text):
        return list(pattern.finditer(text))
    starts = []
    for word in first.intersection(_runs(low)):
        at, n = low.find(word), len(word)
        while at >= 0:
            if (not at or low[at - 1] not in _LOWER) and low[at + n : at + n + 1] not in _LOWER:
                starts.append(at)
            at = low.find(word, at + 1)
    out: list[re.Match] = []
    end = 0
    for at in sorted(starts):
        if at >= end and (m := pattern.match(text, at)):
            out.append(m)
            end = m.end()
    return out

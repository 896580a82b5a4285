"""A cheap test that a case-insensitive regex cannot match a text, before the search itself.

A regex with many alternatives under IGNORECASE is slow to search; when every match holds one of
a few words, a text that holds none of them (in lowercase) cannot match, and telling so is far
cheaper. Under IGNORECASE four non-ASCII letters also match ASCII ones (the `re` documentation:
İ, ı, ſ and the Kelvin sign): a text with any of them is always searched.
"""

from __future__ import annotations

from summariser import patterns as re

_CASE_FOLDED = re.compile("[\u0130\u0131\u017f\u212a]")


def words_pattern(*words: str) -> re.Pattern:
    """A pattern of lowercase ``words`` for `may_match`: one at least stands in every match.
    The words are grouped by their first letter, which the regex engine tries once per position."""
    by_first: dict[str, list[str]] = {}
    for word in words:
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    return re.compile("|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in by_first.items()))


def may_match(words: re.Pattern, text: str) -> bool:
    """Whether ``text`` holds one of ``words`` whatever its case, so a regex that needs one may match."""
    return words.search(text.lower()) is not None or not text.isascii() and _CASE_FOLDED.search(text) is not None

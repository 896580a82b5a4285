"""VADER's sentiment analyser, its two lexicons read from the user's cache.

VADER parses its valence lexicon (7,500 lines) and its emoji lexicon from text each time an
analyser is made, which costs a command that summarises one article more than its stances
do; the parsed dictionaries are derived once per machine instead
(`summariser.caching.derived`), under VADER's version.
"""

from __future__ import annotations

import string
from functools import cache

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from summariser.caching import derived, installed_version


class _Analyser(SentimentIntensityAnalyzer):
    """VADER's analyser, its scoring unchanged; only where its lexicons come from differs."""

    def __init__(self, lexicon: dict[str, float], emojis: dict[str, str]):  # not VADER's: it parses the files
        self.lexicon, self.emojis = lexicon, emojis
        self._emoji_chars = frozenset(e for e in emojis if len(e) == 1)

    def compound(self, text: str) -> float:
        """``polarity_scores(text)["compound"]``; 0.0 at once for a text with no emoji (which VADER
        replaces by words) and no word of the valence lexicon, as VADER reads its words (split at
        spaces, the punctuation around a word of three letters or more stripped): only such a word
        gets a valence, the other rules (boosters, negation, "but", "!") only scale one, so the sum
        is 0 and so is its normalised compound."""
        if text.isascii() or self._emoji_chars.isdisjoint(text):
            lexicon = self.lexicon
            if not any(_word(w).lower() in lexicon for w in text.split()):
                return 0.0
        return self.polarity_scores(text)["compound"]


def _word(token: str) -> str:
    """A token as VADER reads it (`SentiText._strip_punc_if_word`)."""
    stripped = token.strip(string.punctuation)
    return token if len(stripped) <= 2 else stripped


def _build() -> dict:
    vader = SentimentIntensityAnalyzer()
    return {"lexicon": vader.lexicon, "emojis": vader.emojis}


@cache
def analyser() -> _Analyser:
    """The analyser (made once per process)."""
    data = derived("vader", installed_version("vaderSentiment"), _build)
    return _Analyser(data["lexicon"], data["emojis"])

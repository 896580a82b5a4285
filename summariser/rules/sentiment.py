"""VADER's sentiment analyser, its two lexicons read from the user's cache.

VADER parses its valence lexicon (7,500 lines) and its emoji lexicon from text each time an
analyser is made, which costs a command that summarises one article more than its stances
do; the parsed dictionaries are derived once per machine instead
(`summariser.caching.derived`), under VADER's version.
"""

from __future__ import annotations

from functools import cache
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from summariser.caching import derived, installed_version


class _Analyser(SentimentIntensityAnalyzer):
    """VADER's analyser, its scoring unchanged; only where its lexicons come from differs."""

    def __init__(self, lexicon: dict[str, float], emojis: dict[str, str]):  # not VADER's: it parses the files
        self.lexicon, self.emojis = lexicon, emojis


def _build() -> dict:
    vader = SentimentIntensityAnalyzer()
    return {"lexicon": vader.lexicon, "emojis": vader.emojis}


@cache
def analyser() -> SentimentIntensityAnalyzer:
    """The analyser (made once per process)."""
    data = derived("vader", installed_version("vaderSentiment"), _build)
    return _Analyser(data["lexicon"], data["emojis"])

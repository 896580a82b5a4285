import re

import pytest

from summariser.rules.prefilter import any_words, may_match, words_pattern

_TOLD = re.compile(r"\b(?:told|source)s?:?\s+$", re.IGNORECASE)
_WORDS = words_pattern("told", "source")


@pytest.mark.parametrize("text", ["she told ", "TOLD ", "Sources: ", "\u017fource: "])
def test_a_text_the_regex_matches_may_match(text):
    assert _TOLD.search(text)
    assert may_match(_WORDS, text)


def test_the_four_letters_ignorecase_folds_to_ascii_always_may_match():
    for letter in "\u0130\u0131\u017f\u212a":
        assert may_match(_WORDS, f"x{letter}y")


def test_a_text_without_the_words_may_not():
    assert not may_match(_WORDS, "the minister said \u201cno\u201d ")


@pytest.mark.parametrize("text", ["the union called a strike", "the envoy left", "nothing here at all"])
def test_any_words_may_match_where_one_of_its_patterns_may(text):
    calls, envoys = words_pattern("call", "demand"), words_pattern("envoy", "ambassador")
    both = any_words(calls, envoys)
    assert may_match(both, text) == (may_match(calls, text) or may_match(envoys, text))

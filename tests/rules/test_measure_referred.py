""""The measure" after an act against a thing refers to the act, not to the thing (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_the_measure_after_a_ban_is_the_ban_not_what_it_bans():
    text = ("The government of Ardel on Monday banned public gatherings in the capital. Interior Minister Sione Tupa "
            "said the measures were necessary to keep order. Church leaders said they would defy the ban on "
            "gatherings.\n")
    held = _held(text)
    assert ("sione-tupa", "support", "public gatherings") not in held
    assert ("sione-tupa", "support", "the ban on public gatherings") in held
    # no noun of the act in the article: no target rather than the thing banned
    text = ("The government of Ardel on Monday banned public gatherings in the capital. Interior Minister Sione Tupa "
            "said the measures were necessary to keep order.\n")
    assert not [h for h in _held(text) if h[0] == "sione-tupa" and h[2] == "public gatherings"]


def test_the_measure_after_a_light_verb_is_its_object():
    text = "Brazil imposed a new tariff on steel on Monday. Economist Rita Sousa said the measure was a blunder.\n"
    assert ("rita-sousa", "oppose", "the new tariff on steel") in _held(text)

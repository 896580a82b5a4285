"""An -ing noun after a singular noun is the head of a compound ("the court ruling", "the school shooting"), so a
stance on it targets the act, not its modifier; after a plural, or with an object after it, it is a participle
("the protesters marching on parliament", "the party holding talks") (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary
from summariser.rules.topics import phrases


def _phrases(text: str) -> list[str]:
    return [p for _, _, p in phrases(text)]


def test_an_ing_noun_after_a_singular_noun_heads_the_compound():
    assert "the court ruling" in _phrases("welcomed the court ruling on Monday.")
    assert "the school shooting" in _phrases("condemned the school shooting.")
    assert "the car bombing" in _phrases("Officials blamed the car bombing on the rebels.")


def test_an_ing_form_with_an_object_or_after_a_plural_stays_a_participle():
    assert "the party" in _phrases("the party holding talks with the unions")
    assert "the protesters" in _phrases("Police arrested the protesters marching on parliament.")
    assert "the army" in _phrases("the army shelling the town")


def test_a_stance_on_a_ruling_or_a_shooting_targets_the_act():
    held = {(s.holder, s.polarity, s.target) for s in rules_summary(
        "The Civic Party welcomed the court ruling on Monday.\n").stances}
    assert ("civic-party", "support", "the court ruling") in held
    held = {(s.holder, s.polarity, s.target) for s in rules_summary(
        "The Civic Party condemned the school shooting in Varna.\n").stances}
    assert ("civic-party", "oppose", "the school shooting") in held

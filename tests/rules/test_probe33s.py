"""Stances of the probe33s round: what a request or a demand in reported speech asks, and the side it takes
(invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_asking_another_to_reject_a_thing_opposes_the_thing():
    assert ("human-rights-league", "oppose", "the bill") in _held(
        "The Human Rights League urged Parliament to reject the bill.\n")
    assert ("dockers-union", "oppose", "the new contract") in _held(
        "The Dockers Union called on its members to vote against the new contract.\n")
    assert ("ana-brandt", "oppose", "the election") in _held(
        "Opposition leader Ana Brandt urged voters to boycott the election.\n")


def test_asking_another_not_to_reject_a_thing_supports_it_and_attacks_are_no_side():
    held = _held("The Human Rights League urged Parliament not to reject the bill.\n")
    assert not any(p == "oppose" and t == "the bill" for _, p, t in held)
    held = _held("General Omar Sayed urged his troops to attack the rebel positions.\n")
    assert not any(t == "the rebel positions" for _, _, t in held)

"""Collectives that an act is done to are its targets and actors (the guide: an actor does something in a labelled
event, is its target, or holds a stance), counted in words as in figures (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _targets(text: str) -> list[tuple[str, list[str]]]:
    s = rules_summary(text)
    return [(e.kind, e.targets) for e in s.events]


def _actor_ids(text: str) -> set[str]:
    return {a.id for a in rules_summary(text).actors}


def test_a_collective_counted_in_words_is_the_target_of_a_sanction():
    assert ("coerce", ["activists"]) in _targets("A court in Varnik sentenced three activists to prison on Tuesday.\n")
    assert any("teachers" in t for _, t in _targets("The regional council suspended five teachers over the protest.\n"))


def test_a_toll_counted_in_words_stays_no_target():
    # the guide: those killed or wounded are a toll, part of the event, not its target
    assert "villagers" not in _actor_ids("Gunmen killed three villagers near the border on Friday.\n")
    assert "villagers" not in _actor_ids("Shelling wounded two villagers in the east, officials said.\n")

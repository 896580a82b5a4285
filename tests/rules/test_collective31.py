"""Collectives that an act is done to are its targets and actors (the guide: an actor does something in a labelled
event, is its target, or holds a stance), counted in words or acted on through a purpose clause (invented
sentences)."""

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


def test_a_collective_acted_on_in_a_purpose_clause_is_the_target():
    assert any(t == ["protesters"] for _, t in _targets("Police used water cannon to disperse the protesters on Sunday.\n"))
    assert "students" in _actor_ids("Riot police moved in before dawn, arresting dozens of students at the campus gates.\n")


def test_a_toll_counted_in_words_stays_no_target():
    # the guide: those killed or wounded are a toll, part of the event, not its target
    assert "villagers" not in _actor_ids("Gunmen killed three villagers near the border on Friday.\n")
    assert "villagers" not in _actor_ids("Shelling wounded two villagers in the east, officials said.\n")


def test_a_purpose_clause_of_no_force_makes_no_target():
    # meeting or helping people is no act done against them
    assert "farmers" not in _actor_ids("The minister travelled north to meet farmers on Monday.\n")
    assert "students" not in _actor_ids("The university hired staff to help students with the new rules.\n")

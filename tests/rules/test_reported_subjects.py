"""The speaker of reported speech is not the reported clause's subject (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _event(text: str):
    (event,) = rules_summary(text).events
    return event


def test_a_reported_clause_with_its_own_subject_is_not_the_speakers_act():
    event = _event("Coalition spokesman James Ryder said the rockets were fired from a village ten kilometres away.\n")
    assert event.kind == "assault" and event.agents == [] and event.targets == []
    event = _event("Mayor Ann Cole said the shop was attacked on Friday night.\n")
    assert event.agents == [] and event.targets == []
    event = _event("Electoral commission chair Ruth Banda said Lazarus Phiri had won 3.4 million votes.\n")
    assert event.agents == ["lazarus-phiri"]


def test_an_agentless_passive_the_speaker_reports_is_their_sides_act_unless_an_attack():
    event = _event("Police chief Ann Cole said the man was arrested at his home.\n")
    assert event.kind == "coerce" and event.agents == ["ann-cole"] and event.targets == []


def test_a_pronoun_or_possessive_opening_the_reported_clause_is_the_speaker():
    event = _event("The Red Cross said its volunteers had distributed tents to 4,000 families.\n")
    assert event.agents == ["red-cross"]

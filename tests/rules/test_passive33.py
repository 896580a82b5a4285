"""Acts told in the passive with no doer named (invented sentences): an actor's act of the story's day is an
event whose agents are unknown (the labelling guide: `agents` empty only when the doer is unknown)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.kind, e.agents, e.targets) for e in rules_summary(text).events]


def test_an_actors_passive_act_of_the_storys_day_is_an_event_with_no_agent():
    assert ("other", [], ["harbour-party"]) in _events("The Harbour Party was dissolved on Friday.\n")
    assert ("other", [], ["ana-silva"]) in _events(
        "Opposition leader Ana Silva was summoned on Tuesday to the prosecutor's office.\n")


def test_a_passive_of_its_past_a_thing_or_one_not_done_is_none():
    assert not _events("The Harbour Party was dissolved in 1990.\n")  # a date of its past, no day of the story
    assert not _events("The old bridge was dismantled on Friday.\n")  # a thing, no actor it happened to
    assert not _events("The Harbour Party was not dissolved on Friday.\n")
    assert not _events("The Harbour Party could be dissolved on Friday.\n")
    assert not _events("The Harbour Party had been dissolved on Friday, before the vote.\n")


def test_the_care_of_a_toll_told_in_the_passive_is_no_event_of_its_own():
    # the guide: the wounded or sick taken to hospital are part of the event that hurt them
    text = "A bus plunged into a ravine on Friday. The injured were flown to hospital on Friday.\n"
    assert not [e for e in rules_summary(text).events if "flown" in e.evidence]
    text = "A bus plunged into a ravine on Friday. The wounded were taken to hospital on Friday.\n"
    assert not [e for e in rules_summary(text).events if "taken" in e.evidence]

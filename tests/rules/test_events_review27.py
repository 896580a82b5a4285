"""Background told with its own doer and time is an event (the guide's Events section): the review27
sentences, each of which a background rule of the events27 round dropped. Invented sentences."""
from __future__ import annotations

from summariser.rules.summary import rules_summary


def _events(text: str):
    return rules_summary(text, "2024-03-06").events


def test_a_relative_clause_dated_by_a_year_still_tells_its_act():
    found = _events("The court jailed Viktor Hal, who attacked a reporter in the capital in 2024.")
    assert any(e.kind == "assault" and e.agents == ["viktor-hal"] for e in found)


def test_a_since_phrase_with_a_day_of_the_story_is_no_period():
    found = _events("Since the ceasefire collapsed on Monday, the army has shelled 12 villages near Kavo.")
    assert any(e.kind == "assault" for e in found)
    # a since-phrase with a year alone is still the period's start
    assert not _events("Since taking office in 2021, the president has signed more than 40 decrees.")


def test_a_relative_clause_with_its_own_time_after_be_is_told():
    found = _events("The suspect is a former guard who stabbed two officers at the station on Friday.")
    assert any(e.kind == "assault" for e in found)
    # with no time of its own, the relative clause on a described noun still only identifies
    assert not _events("The Oruba camp is home to about half a million people who fled earlier fighting.")


def test_a_toll_with_its_own_time_and_place_in_a_later_sentence_is_told():
    found = _events("Police in Dorava arrested two journalists on Monday. Five soldiers were killed in an ambush "
                    "near the border on Tuesday.")
    assert [e.kind for e in found] == ["coerce", "assault"]
    # a toll with nothing of its own right after the police action is still its part
    found = _events("Police arrested 23 people on Saturday after clashes in Tarvos. Interior Minister Ana Kell said "
                    "12 officers were slightly injured.")
    assert [e.kind for e in found] == ["coerce"]


def test_a_pluperfect_with_its_own_time_is_told():
    assert any(e.kind == "other" for e in _events("The Harbour Party had won in a landslide on Sunday, election "
                                                  "officials said."))
    assert any(e.kind == "other" for e in _events("Senator Tom Arne had died in hospital on Friday, his family said."))
    # with no time of its own, a pluperfect with no object is still a state reached before
    assert not _events("The arrests came after the march, which drew some 15,000 people, had ended peacefully.")


def test_a_counted_object_of_a_verb_of_no_tally_is_an_act():
    assert any(e.kind == "other" for e in _events("The Kavo city council has closed 14 schools after a gas leak."))
    # a verb of tallying, or a career the clause gives: a total up to now
    assert not _events("Ms Rossi has won three Olympic medals and holds the world record in the 400 metres.")
    assert not _events("Chef Ana Rossi has opened 40 restaurants during her career.")


def test_a_stative_verb_with_a_day_is_no_act():
    assert not _events("Senator Mia Lund enjoyed a large lead on Sunday.")
    assert not _events("The Bank of Veloria lacked a quorum last week.")
    # a past verb of doing with a day stays an act
    assert [e.kind for e in _events("Senator Mia Lund unveiled a new housing plan on Sunday.")] == ["other"]

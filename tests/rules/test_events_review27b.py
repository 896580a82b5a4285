"""The second review's sentences (review27b) that background and retelling rules of the events27 round dropped,
each now told; and what those rules must still drop. Invented sentences."""
from __future__ import annotations

from summariser.rules.summary import rules_summary


def _events(text: str):
    return rules_summary(text, "2024-03-06").events


def test_a_count_of_times_in_a_period_from_a_day_of_the_story_is_news():
    found = _events("The army has shelled Kavo three times since Friday, killing 12 civilians.")
    assert any(e.kind == "assault" and e.agents == ["army"] for e in found)
    # "Times" the newspaper is no count
    found = _events("Senator Ana Ruiz has sued two Times reporters over the article.")
    assert any(e.kind == "accuse" for e in found)
    # a count of acts up to now is still a total
    assert not _events("The navy has seized tankers near Ostra several times this year.")


def test_a_later_since_clause_with_a_day_of_the_story_is_no_period():
    found = _events("The army has shelled 12 villages near Kavo since the ceasefire collapsed on Monday.")
    assert any(e.kind == "assault" and e.agents == ["army"] for e in found)
    # a day written day-first is a day of the story too
    found = _events("Since the ceasefire collapsed on 3 March, the army has shelled 12 villages near Kavo.")
    assert any(e.kind == "assault" and e.agents == ["army"] for e in found)
    # a period from a year is still a total up to now
    assert not any(e.kind == "assault" for e in _events("The army has shelled 12 villages near Kavo since 2019."))


def test_a_toll_in_a_named_place_of_its_own_is_news():
    found = _events("Police arrested 20 protesters in Dorava on Monday. Three officers were injured in Kavo.")
    assert [e.kind for e in found] == ["coerce", "assault"]
    # a toll of the clashes told just before is still their part
    found = _events("Police arrested 20 protesters in Dorava on Monday. Three officers were injured in the clashes.")
    assert [e.kind for e in found] == ["coerce"]


def test_a_cause_after_followed_with_a_date_of_its_own_is_an_event():
    found = _events("Ardel expelled three Velmoran diplomats on Monday. The expulsions followed the arrest of an "
                    "Ardeli citizen in Velmora on March 3.")
    assert [e.kind for e in found] == ["sanction", "coerce"]
    # with no doer and no time, the cause is only given
    found = _events("Ardel expelled three Velmoran diplomats on Monday. The expulsions followed the arrest of an "
                    "Ardeli citizen in Velmora.")
    assert [e.kind for e in found] == ["sanction"]


def test_suffering_or_missing_something_on_a_day_is_news():
    found = _events("The Harbour Party suffered a crushing defeat on Sunday.")
    assert [e.kind for e in found] == ["other"]
    found = _events("Velora missed a 2 billion dollar bond payment on Monday.")
    assert [e.kind for e in found] == ["other"]
    # a relational state with a day is still no act
    assert not _events("The Harbour Party lacked a majority on Sunday.")


def test_an_order_told_with_its_own_time_or_of_other_people_is_no_term_of_a_decision_before():
    found = _events("President Ana Ruiz unveiled a housing plan on Monday. Residents of Kessa were ordered to evacuate "
                    "after floods on Tuesday.")
    assert len(found) == 2
    found = _events("Ardel expelled three Veloran diplomats on Monday. Two Ardelian journalists were ordered to leave "
                    "Velora on Wednesday.")
    assert len(found) == 2
    # the expelled told their terms is still the expulsion
    found = _events("Ardel expelled three Veloran diplomats on Monday. The diplomats were told to leave within "
                    "two days.")
    assert [e.kind for e in found] == ["sanction"]

"""Frequent acts the events28 round adds (a confirmation vote on an office, slogans chanted, a walk-off,
a load dumped at a seat of government, a station seized) and a participle on a definite subject that
is no new act. Invented sentences."""
from __future__ import annotations

from summariser.rules.summary import rules_summary


def _events(text: str):
    return rules_summary(text, "2024-03-06").events


def test_confirming_a_person_as_an_office_holder_is_a_vote_not_a_report():
    found = _events("The committee confirmed Daniel Okafor as head of the central bank on Tuesday.")
    assert [e.kind for e in found] == ["other"]
    found = _events("The assembly confirmed the nomination of Rosa Kent on Monday.")
    assert [e.kind for e in found] == ["other"]
    # "confirmed that ..." stays a report
    assert not _events("The committee confirmed that the meeting had been moved to Friday.")


def test_slogans_chanted_are_a_protest():
    found = _events("Hundreds of students shouted slogans against the rector outside the university.")
    assert [e.kind for e in found] == ["protest"]
    # a slogan printed is no protest
    assert not _events("The brewery printed new slogans on its bottles.")


def test_walking_off_the_job_is_a_strike():
    found = _events("Bus drivers in Kaveri walked off the job on Monday over unpaid wages.")
    assert [e.kind for e in found] == ["protest"]
    assert not _events("The actor walked off the stage and into the crowd.")


def test_a_load_dumped_at_a_seat_of_government_is_a_protest():
    found = _events("Dairy farmers dumped tonnes of milk outside the agriculture ministry on Wednesday.")
    assert [e.kind for e in found] == ["protest"]
    # a load dumped elsewhere is none
    assert not any(e.kind == "protest" for e in _events("The truck dumped its gravel outside the quarry on Friday."))
    # nor does a river that spills, or police who spray
    assert not any(e.kind == "protest" for e in _events("The river spilled its banks in front of the town hall."))
    assert not any(e.kind == "protest" for e in _events("Riot police sprayed tear gas outside parliament on Monday."))


def test_seizing_a_station_is_taking_a_place_by_force():
    found = _events("Armed men seized two police stations in the northern province overnight.")
    assert [e.kind for e in found] == ["assault"]


def test_a_participle_on_a_definite_act_subject_is_no_new_act():
    assert not _events("The sanctions imposed on the company in March also apply to its subsidiaries.")
    # the subject noun's own verb still tells its act
    found = _events("The talks began in June in Oslo and will resume next week.")
    assert found


def test_an_act_of_a_gapped_pattern_refused_is_not_done():
    assert not any(e.kind == "other" for e in _events("Lawmakers refused to confirm the nomination of Judge Ellen Park."))
    # asked for it is still the asker's act ("voted to confirm" decides it)
    found = _events("The Senate voted to confirm Paul Ames as ambassador to Brazil on Friday.")
    assert any(e.kind == "other" for e in found)

"""Stances of the probe34s round: positions in quotes, of collectives and bodies, and in acts that carry one
(invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def _holders(text: str) -> set[str]:
    return {s.holder for s in rules_summary(text).stances}


def test_a_quote_whose_own_reporting_clause_names_another_speaker_is_not_the_last_speakers():
    lead = "The government announced a fuel levy on Monday. "
    assert "government" not in _holders(lead + '"This levy is a disaster for families," the dockers\' union said.\n')
    assert "government" not in _holders(lead + '"This levy is a disaster for families," said one fisherman.\n')
    assert "government" not in _holders(lead + '"The levy is deeply unfair," bakers said.\n')


def test_a_quote_with_no_reporting_clause_or_a_pronoun_one_continues_the_last_speaker():
    lead = "Finance Minister Ola Brenn announced a fuel levy on Monday, saying it would fund new schools. "
    assert "ola-brenn" in _holders(lead + '"This levy is a great victory for our children," he said.\n')
    assert "ola-brenn" in _holders(lead + '"This levy is a great victory for our children."\n')
    assert "oxfam" in _holders("The government raised the fuel tax. Oxfam issued a statement on Monday. "
                               '"This tax will push millions into poverty," the statement said.\n')


def test_a_collective_that_says_a_thing_is_good_or_bad_holds_that_position():
    lead = "The government announced a fuel tax on Monday. "
    assert ("bakers", "oppose", "a fuel tax") in _held(lead + "Bakers said the tax was deeply unfair.\n")
    assert ("bakers", "oppose", "a fuel tax") in _held(lead + '"The tax is a disaster for small shops," bakers said.\n')
    assert ("fishermen", "support", "the new fishing deal") in _held(
        "Fishermen said the new fishing deal was a good compromise.\n")


def test_a_collective_that_tells_how_things_went_or_judges_people_takes_no_side_on_a_thing():
    assert not _held("Villagers said the night was terrible.\n")
    assert not _held("Fishermen said the storm was terrible.\n")
    assert not _held("Bakers said the weather had been terrible all week.\n")
    assert "residents" not in _holders("Residents said the road was badly damaged by the flood.\n")
    assert ("bakers", "oppose", "a fuel tax") not in _held(
        "The government announced a fuel tax on Monday. Bakers said the tax was not unfair.\n")
    assert not _held("Farmers said the harvest was good this year.\n")
    assert not _held("Residents said the water was clean again.\n")
    assert not _held("Villagers said the attack was horrific.\n")


def test_a_place_named_by_the_of_of_apposition_holds_its_acts():
    assert ("harlow", "oppose", "the new emissions rules") in _held(
        "The city of Harlow filed a lawsuit against the new emissions rules.\n")
    assert ("texas", "oppose", "the new gun rules") in _held(
        "The state of Texas filed a lawsuit against the new gun rules.\n")
    assert ("harlow", "oppose", "the new emissions rules") in _held(
        "Harlow banned plastic bags on Monday. The city of Harlow said the new emissions rules were illegal.\n")


def test_a_place_after_another_nouns_of_holds_nothing():
    assert "harlow" not in _holders("The mayor of Harlow filed a lawsuit against the new emissions rules.\n")
    assert "texas" not in _holders("The governor of the state of Texas filed a lawsuit against the new gun rules.\n")
    assert "harlow" not in _holders("Residents of the city of Harlow said the new emissions rules were illegal.\n")
    assert "harlow" not in _holders("A visit to the city of Harlow was cancelled after the rules were condemned.\n")


def test_a_call_on_someone_to_resign_opposes_them():
    assert ("opposition", "oppose", "ivo-dan") in _held("The opposition called on President Ivo Dan to resign.\n")
    assert ("greenpeace", "oppose", "ola-brenn") in _held("Greenpeace urged Ola Brenn to step down over the spill.\n")


def test_a_call_on_someone_to_stay_or_not_to_resign_does_not_oppose_them():
    assert ("opposition", "oppose", "ivo-dan") not in _held(
        "The opposition called on President Ivo Dan not to resign.\n")
    assert ("union", "oppose", "ivo-dan") not in _held("The union asked President Ivo Dan to resist calls to resign.\n")
    assert ("party", "oppose", "ivo-dan") not in _held("The party has refused to call on Ivo Dan to resign.\n")
    assert ("party", "oppose", "ivo-dan") not in _held("If the scandal grows, the party may call on Ivo Dan to resign.\n")


def test_a_threat_or_vow_to_leave_office_over_a_thing_opposes_the_thing():
    assert _held("Ana Ruiz threatened to quit over the cuts.\n") == {("ana-ruiz", "oppose", "the cuts")}
    assert _held("Ana Ruiz vowed to step down over the budget cuts.\n") == {("ana-ruiz", "oppose", "the budget cuts")}


def test_a_threat_to_leave_office_over_a_time_or_with_no_cause_takes_no_side_on_a_thing():
    held = _held("Ana Ruiz threatened to quit over the weekend.\n")
    assert not any(t in ("the weekend", "quit over the weekend") for _, _, t in held)


def test_a_call_to_resign_oneself_to_a_thing_or_a_denied_call_opposes_no_one():
    assert ("opposition", "oppose", "voters") not in _held(
        "The opposition called on voters to resign themselves to higher prices.\n")
    assert ("opposition", "oppose", "ivo-dan") not in _held(
        "The opposition denied calling on President Ivo Dan to resign.\n")


def test_a_threat_to_leave_office_over_a_stretch_of_time_takes_no_side_on_it():
    held = _held("Ana Ruiz vowed to step down over the course of the year.\n")
    assert not any("course" in t for _, _, t in held)


def test_a_collective_that_tells_how_a_protest_went_takes_no_side_on_it():
    assert not _held("Bakers said the protest was peaceful.\n")
    assert not _held("Bakers said the rally was a success.\n")


def test_a_quote_whose_reporting_clause_names_its_speaker_by_the_and_one_noun_may_continue_the_last_speaker():
    lead = "Finance Minister Ola Brenn announced a fuel levy on Monday, saying it would fund new schools. "
    assert "ola-brenn" in _holders(lead + '"This levy is a great victory for our children," the official said.\n')
    assert "ola-brenn" in _holders(lead + '"This levy is a great victory for our children," said the official.\n')


def test_a_call_on_someones_deputy_to_resign_does_not_oppose_the_possessor():
    assert ("opposition", "oppose", "ivo-dan") not in _held("The opposition called on Ivo Dan's deputy to resign.\n")

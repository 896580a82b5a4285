"""Stances of the stances28 round: positions whose holder or target the clause names only by a pronoun, a role or
an adjective of judgement (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_it_judged_in_reported_speech_is_the_act_named_before():
    held = _held("The Peruvian congress on Tuesday approved a law extending the term of regional governors. "
                 "Ombudsman Carla Quispe said it was unconstitutional.\n")
    assert ("carla-quispe", "oppose", "the law extending the term of regional governors") in held
    assert ("rita-sousa", "oppose", "the new tariff") in _held(
        "Brazil imposed a new tariff on Monday. Economist Rita Sousa said it was a blunder.\n")


def test_it_with_no_act_before_or_a_body_speaking_of_itself_takes_no_side():
    assert not _held("The teachers' union said it was ready to resume talks with the education ministry.\n")
    assert not _held("Forecasters said it would be colder than usual in the north this week.\n")
    assert not _held("Carla Quispe visited the town on Monday. She said it was wonderful.\n")


def test_a_subject_named_as_opponents_of_a_thing_opposes_it_whatever_its_verb_does():
    held = _held("Opponents of the pipeline have vowed to fight the project in court.\n")
    assert ("opponents", "oppose", "the pipeline") in held
    held = _held("Senator Ann Lee, a critic of the dam, voted against the funding bill.\n")
    assert ("ann-lee", "oppose", "the dam") in held


def test_a_side_given_up_is_no_side_even_beside_an_act():
    held = _held("Senator Ann Lee, a former critic of the dam, voted against the funding bill.\n")
    assert not any(t == "the dam" for _, _, t in held)


def test_a_fear_that_a_thing_will_harm_something_opposes_the_thing():
    assert ("greenpeace", "oppose", "the new smelter") in _held(
        "Greenpeace is worried that the new smelter will poison the river.\n")
    assert ("joao-silva", "oppose", "the planned mine") in _held(
        "Joao Silva said he feared the planned mine would destroy his fields.\n")


def test_a_doubt_a_fear_of_a_collapse_or_of_a_hazard_takes_no_side_on_the_thing():
    assert not _held("Joao Silva doubted the new smelter would poison the river.\n")
    assert not _held("Joao Silva feared the old bridge would collapse.\n")
    assert not _held("Greenpeace feared the storm would destroy the harbour.\n")

"""Fixes of the fixrev30 round to rules a review found wrong (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def _actors(text: str) -> set[str]:
    return {a.id for a in rules_summary(text).actors}


def test_a_counted_crowd_protesting_since_a_day_is_an_agent_not_a_toll():
    text = "Tens of thousands of people have protested against the fuel tax in Lagos since Monday.\n"
    summary = rules_summary(text)
    assert "people" in {a.id for a in summary.actors}
    assert any(e.kind == "protest" and "people" in e.agents for e in summary.events)
    assert ("people", "oppose", "the fuel tax") in _held(text)
    assert "people" in _actors("Thousands of people have marched through the capital since Friday.\n")


def test_a_counted_crowd_fleeing_since_a_day_is_still_a_toll():
    assert "people" not in _actors("Thousands of people have fled the northern province since March.\n")


def test_a_common_noun_sharing_a_word_with_the_holders_name_is_a_target():
    text = "Senator Paul Grant criticised the federal grant on Monday. Grant said the money was wasted.\n"
    assert ("paul-grant", "oppose", "the federal grant") in _held(text)


def test_the_holders_own_name_written_as_a_name_is_no_target():
    from summariser.records import Stance
    from summariser.rules.stances import aimed
    noun = Stance(holder="paul-grant", target="the federal grant", polarity="oppose", evidence="x")
    name = Stance(holder="paul-grant", target="the rival Grant", polarity="oppose", evidence="x")
    assert aimed([noun, name], {"paul-grant": {"paul grant", "grant"}}) == [noun]


def test_a_forecast_said_of_something_else_is_no_decision_to_reconsider():
    held = _held("Analysts said the storm would reach the coast by Friday. "
                 "Opposition leader Ruth Okafor urged the government to reconsider.\n")
    assert not any(h == "ruth-okafor" and "coast" in t for h, _, t in held)


def test_a_decision_said_with_the_speakers_own_pronoun_is_still_reconsidered():
    held = _held("Marlow Steel said on Monday it would shut its mill in Dunmore. "
                 "Labour Minister Ruth Okafor urged the company to reconsider.\n")
    assert ("ruth-okafor", "oppose", "shutting its mill in Dunmore") in held


def test_blaming_a_wrong_on_someone_opposes_the_one_blamed():
    held = _held("Opposition leader Ruth Okafor blamed rising prices on the central bank.\n")
    assert ("ruth-okafor", "oppose", "the central bank") in held
    held = _held("The Fennick Bank raised rates on Monday. "
                 "Opposition leader Ruth Okafor blamed rising prices on the Fennick Bank.\n")
    assert ("ruth-okafor", "oppose", "fennick-bank") in held


def test_blaming_a_wrong_on_a_day_or_a_cause_takes_no_side_on_the_day():
    held = _held("Ruth Okafor blamed the Fennick Bank on Monday for rising prices.\n")
    assert not any("Monday" in t for _, _, t in held)
    assert not _held("The carmaker cut 300 jobs, blaming falling demand.\n")


def test_economists_at_a_university_give_their_own_opinion_not_the_universitys():
    text = "Economists at Harvard University said the tariff plan would hurt growth.\n"
    assert not any(h == "harvard-university" for h, _, _ in _held(text))
    assert "harvard-university" not in _actors(text)


def test_analysts_at_a_bank_speak_for_the_bank():
    held = _held("Economists at Fennick Bank said the tariff plan would hurt growth.\n")
    assert ("fennick-bank", "oppose", "the tariff plan") in held
    held = _held("Officials at Harvard University said the tariff plan would hurt growth.\n")
    assert ("harvard-university", "oppose", "the tariff plan") in held


def test_the_union_after_a_union_of_states_is_the_trade_union():
    held = _held("The Marden Dockers Union called a strike on Monday. The Soviet Union was mentioned by a speaker. "
                 "The union said it would fight the pay offer.\n")
    assert ("marden-dockers-union", "oppose", "the pay offer") in held
    assert not any(h == "soviet-union" for h, _, _ in held)


def test_a_union_named_by_a_nationality_is_a_trade_union_not_a_union_of_states():
    from summariser.rules.actors import _UNION_OF_STATES
    assert not _UNION_OF_STATES.search("Canadian Union of Public Clerks")
    assert not _UNION_OF_STATES.search("Nigerian Union of Dock Workers")
    assert _UNION_OF_STATES.search("African Union") and _UNION_OF_STATES.search("Soviet Union")

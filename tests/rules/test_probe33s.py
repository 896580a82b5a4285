"""Stances of the probe33s round: what a request or a demand in reported speech asks, and the side it takes
(invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_a_response_drawn_by_an_act_told_before_the_comma_is_a_position_on_the_act():
    held = _held("The government raised fuel prices on Monday, drawing sharp criticism from Senator Ana Reyes.\n")
    assert ("ana-reyes", "oppose", "raising fuel prices") in held
    held = _held("The parliament passed the bill on Tuesday, winning praise from Mayor Tom Berg.\n")
    assert ("tom-berg", "support", "passing the bill") in held


def test_a_response_after_a_comma_with_no_act_before_it_or_negated_takes_no_side_on_an_act():
    held = _held("The government raised fuel prices on Monday, failing to win support from Senator Ana Reyes.\n")
    assert not any(h == "ana-reyes" and p == "support" for h, p, _ in held)
    held = _held("On Monday, drawing on her experience, Senator Ana Reyes spoke about the floods.\n")
    assert not any(h == "ana-reyes" for h, _, _ in held)


def _evidence(text: str) -> set[str]:
    return {s.evidence for s in rules_summary(text).stances}


def test_a_final_reporting_clause_is_no_part_of_a_position_taken_by_another():
    assert "Residents were opposed to the plan" in _evidence("Residents were opposed to the plan, officials said.\n")
    assert "The Farmers Union rejected the offer" in _evidence(
        "The Farmers Union rejected the offer, the agency said on Monday.\n")


def test_a_comma_then_a_longer_clause_with_its_own_verb_stays():
    ev = _evidence("The Farmers Union rejected the offer, which the ministry said was final.\n")
    assert not any(e == "The Farmers Union rejected the offer" for e in ev)


def test_an_act_told_by_a_verb_and_its_infinitive_is_named_by_the_infinitive_as_a_gerund():
    held = _held('The city council voted to close the library. "This is a dark day for our town," said Senator Ann Cole.\n')
    assert ("ann-cole", "oppose", "closing the library") in held
    held = _held("The city council voted to close the library, drawing criticism from Senator Ann Cole.\n")
    assert ("ann-cole", "oppose", "closing the library") in held


def test_to_as_a_preposition_after_an_act_is_no_infinitive():
    held = _held("The Farmers Union agreed to the deal, drawing criticism from Senator Ann Cole.\n")
    assert ("ann-cole", "oppose", "agreeing to the deal") in held


def test_a_harm_vader_does_not_know_still_judges_what_brings_it_about():
    assert ("ann-cole", "oppose", "the law") in _held("Senator Ann Cole says the law will stifle free speech.\n")
    assert ("ann-cole", "oppose", "the cuts") in _held(
        "Senator Ann Cole said the cuts would cripple the health service.\n")


def test_a_harm_denied_or_suffered_is_no_opposition_to_the_subject():
    held = _held("Senator Ann Cole said the law would not stifle free speech.\n")
    assert ("ann-cole", "oppose", "the law") not in held
    held = _held("Senator Ann Cole said the town had been crippled by the floods.\n")
    assert not any(p == "oppose" and t == "the town" for _, p, t in held)


def test_an_adjective_of_emotion_about_a_thing_takes_its_tone_side():
    assert ("ann-cole", "oppose", "the tax rise") in _held(
        "Senator Ann Cole said she was angry about the tax rise.\n")
    assert ("ann-cole", "support", "the deal") in _held("Senator Ann Cole said she was happy with the deal.\n")


def test_an_emotion_about_no_matter_or_of_a_third_party_takes_no_side():
    assert not any(t == "the floods" for _, _, t in _held("Senator Ann Cole said residents were angry about the floods.\n"))
    assert not any(p == "oppose" for _, p, _ in _held("Senator Ann Cole said she was not angry about the tax rise.\n"))


def test_a_verbal_noun_keeps_its_object():
    assert ("bo-lind", "support", "the lifting of the curfew") in _held(
        "Senator Bo Lind welcomed the lifting of the curfew.\n")
    held = _held("Senator Ann Cole welcomed the lifting of sanctions on Iran.\n")
    assert any(t.startswith("the lifting of sanctions") for _, _, t in held)

"""A name mentioned once, right before a present or past verb of taking a side and its object, is the subject that
holds the position, not the modifier of a noun (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_a_name_before_a_present_verb_of_taking_a_side_holds_the_position():
    assert ("velmora", "oppose", "the new dam") in _held("Velmora opposes the new dam.\n")
    assert ("harbour-party", "oppose", "the new dam") in _held("The Harbour Party strongly opposes the new dam.\n")
    assert ("harbour-party", "oppose", "the ruling") in _held("The Harbour Party deplores the ruling.\n")


def test_the_same_words_as_a_noun_phrase_or_negated_take_no_side():
    assert not _held("The Velmora disputes over land were settled in 1990.\n")
    assert not any(h == "harbour-party" for h, _, _ in _held(
        "Harbour Party challenges to the law were rejected by the court.\n"))
    assert not any(p == "oppose" for _, p, _ in _held("The Harbour Party does not oppose the new dam.\n"))
    assert not _held("Velmora opposes were a folk dance of the valley.\n")


def _kinds(text: str) -> list[tuple[str, list[str]]]:
    return [(e.kind, e.agents) for e in rules_summary(text).events]


def test_calling_off_a_protest_named_by_its_day_is_a_concession():
    assert ("concede", ["unions"]) in _kinds("Unions called off Monday's strike after the government raised wages.\n")
    assert ("concede", ["union"]) in _kinds("The union suspended Friday\u2019s walkout at the port.\n")
    assert not any(k == "concede" for k, _ in _kinds("Unions did not call off Monday's strike.\n"))
    assert not any(k == "concede" for k, _ in _kinds("The government ended Monday's strike by teachers.\n"))



def test_a_name_before_a_phrasal_verb_of_taking_a_side_holds_the_position():
    assert ("kessler-bank", "oppose", "the ruling") in _held("Kessler Bank takes issue with the ruling.\n")
    assert ("harbour-party", "oppose", "the dam") in _held("The Harbour Party campaigns against the dam.\n")
    assert not _held("Kessler Bank issues with the ruling were settled.\n")


def test_a_negated_threat_or_vow_to_act_takes_no_side_but_a_negated_refusal_does():
    assert not _held("Ana Ruiz did not threaten to sue Kessler Bank.\n")
    assert not _held("Ana Ruiz never vowed to block the bill.\n")
    assert ("ana-ruiz", "oppose", "kessler-bank") in _held("Ana Ruiz threatened to sue Kessler Bank.\n")
    assert ("ana-ruiz", "support", "the plan") in _held("Ana Ruiz did not refuse to back the plan.\n")
    assert ("ana-ruiz", "oppose", "the plan") in _held("Ana Ruiz vowed not to back the plan.\n")

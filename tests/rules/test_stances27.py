"""Stances of the stances27 round: support in its common forms, positions held across sentences, oppose forms
(invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_signing_up_to_or_joining_an_accord_supports_it():
    held = _held("Chile and Colombia have signed up to the pact to phase out coal power by 2035.\n")
    assert ("chile", "support", "the pact to phase out coal power") in held
    assert ("colombia", "support", "the pact to phase out coal power") in held
    assert ("chile", "support", "the coalition against the Islamic State") in _held(
        "Chile has joined the coalition against the Islamic State.\n")


def test_an_agreement_made_between_its_parties_is_no_stance():
    assert not _held("Kenya and Ethiopia signed a trade and energy agreement on Thursday.\n")
    assert not _held("Chile signed a trade agreement with Peru on Monday.\n")
    assert not _held("Chile did not sign the agreement on climate.\n")


def test_being_against_or_in_favour_of_a_plan_keeps_its_infinitive():
    assert _held("Greenpeace said it was against the proposal to legalise euthanasia.\n") == {
        ("greenpeace", "oppose", "the proposal to legalise euthanasia")}
    assert _held("Greenpeace is in favour of the proposal to legalise euthanasia.\n") == {
        ("greenpeace", "support", "the proposal to legalise euthanasia")}
    assert not _held("Greenpeace said it is against the law to sell the land.\n")

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

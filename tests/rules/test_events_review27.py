"""Background told with its own doer and time is an event (the guide's Events section): the review27
sentences, each of which a background rule of the events27 round dropped. Invented sentences."""
from __future__ import annotations

from summariser.rules.summary import rules_summary


def _events(text: str):
    return rules_summary(text, "2024-03-06").events


def test_a_relative_clause_dated_by_a_year_still_tells_its_act():
    found = _events("The court jailed Viktor Hal, who attacked a reporter in the capital in 2024.")
    assert any(e.kind == "assault" and e.agents == ["viktor-hal"] for e in found)

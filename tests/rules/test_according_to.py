""""According to" after a name is its source, no verb of the name (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _actors(text: str) -> set[str]:
    return {a.id for a in rules_summary(text).actors}


def test_a_place_before_according_to_is_no_actor():
    assert "california" not in _actors("Floods hit California, according to officials.\n")
    assert not {"california", "utah"} & _actors(
        "Senator Dan Park carried California and Utah, according to projections by the Associated Press.\n")


def test_a_subject_with_an_inserted_source_still_acts():
    summary = rules_summary("The army, according to witnesses, fired on the crowd.\n")
    assert [e.agents for e in summary.events] == [["army"]]

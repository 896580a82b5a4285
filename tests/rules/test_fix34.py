"""Defects of the rules found by last round's reviewers (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def _actors(text: str) -> dict[str, str]:
    return {a.id: a.kind for a in rules_summary(text).actors}


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.kind, e.agents, e.targets) for e in rules_summary(text).events]


def test_a_capitalised_adjective_of_a_believers_set_opens_a_collective_no_name():
    text = "Hardline clerics condemned the verdict.\n"
    assert _actors(text) == {"hardline-clerics": "group"}
    assert ("hardline-clerics", "oppose", "the verdict") in _held(text)
    assert ("royalist-bishops", "oppose", "the verdict") in _held("Royalist bishops condemned the verdict.\n")


def test_a_name_before_a_collective_still_names_its_body():
    assert "hamas" in _actors("Hamas fighters condemned the verdict.\n")
    assert not _held("Hardline clerics did not condemn the verdict.\n")

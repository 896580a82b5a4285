"""Review fixes of the events30 round (invented sentences): a later verb of an "of" opening is a verb, not an
adjective in -ed; a coordinated predicate keeps the clause's subject; a passive pair stays one predicate; an act
named inside a demand is no event; counted arrests of their own incident stand apart; "between" names the sides
of a clash only; "secure" gives only with "the release of"."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.kind, e.agents, e.targets) for e in rules_summary(text).events]


def test_an_adjective_in_ed_after_an_of_opening_is_no_later_verb():
    assert _events("Hundreds of farmers protested in the capital against the proposed tax.\n") == [
        ("protest", ["farmers"], [])]
    assert _events("Thousands of nurses marched in the capital in a coordinated protest over pay.\n") == [
        ("protest", ["nurses"], [])]
    assert _events("Dozens of students rallied outside the ministry over the planned fee rise.\n") == [
        ("protest", ["students"], [])]


def test_a_participle_on_an_of_phrase_before_the_verb_stays_background():
    assert _events("Families of fishermen detained at sea blocked the harbour road on Friday.\n") == [
        ("protest", ["families"], [])]

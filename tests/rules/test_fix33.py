"""The fix33 round: the five rules of probe32a that reviewers found defects in, made safe on invented wire-style
sentences: a rule that names an act's target fires only where the act is told as done, not where it is negated,
asked about, made a condition, quoted, or only the content of another act (a denial, a refusal, an accusation, a
request)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in rules_summary(text).actors}


def _targets(text: str) -> set[str]:
    return {t for e in rules_summary(text).events for t in e.targets}


def _parties(text: str) -> set[str]:
    return {p for e in rules_summary(text).events for p in (*e.agents, *e.targets)}


# 257013e: a body named right after a verb of buying or selling is the acquisition's target


def test_a_company_bought_or_sold_is_the_target_of_the_deal():
    assert "orbis-holdings" in _targets("Velmar Group bought Orbis Holdings for $3 billion on Monday.\n")
    assert "orbis-holdings" in _targets("Velmar Group sold Orbis Holdings to Kessler Bank on Monday.\n")


def test_a_company_not_bought_refused_or_denied_is_no_target():
    assert "orbis-holdings" not in _parties("Velmar Group refused to sell Orbis Holdings to Kessler Bank.\n")
    assert "orbis-holdings" not in _parties("Velmar Group denied reports that it planned to buy Orbis Holdings.\n")


def test_a_company_bought_only_in_a_question_or_an_accusation_is_no_party():
    assert "orbis-holdings" not in _parties("Kessler Bank asked whether Velmar Group would buy Orbis Holdings.\n")
    assert "orbis-holdings" not in _parties(
        "Velmar Group was accused by Kessler Bank of trying to buy Orbis Holdings cheaply.\n")

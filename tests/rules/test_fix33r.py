"""The fix33r round: defects of fix33's `_unasserted` (rules/actors.py), found on invented wire-style sentences: a
denial, an accusation, a request or a condition earlier in a sentence governs only the act of its own verb phrase,
not a second act told as done after "and" ("denied the charges and attacked Tarnia") nor an act in an adverbial
clause of time or reason ("whether talks would resume after Ardenia attacked Tarnia")."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _targets(text: str) -> set[str]:
    return {t for e in rules_summary(text).events for t in e.targets}


def _parties(text: str) -> set[str]:
    return {p for e in rules_summary(text).events for p in (*e.agents, *e.targets)}


def test_a_second_act_told_as_done_after_and_keeps_its_target():
    # the guide: the act is told as done in a verb phrase of its own; "denied", "accused", "asked" govern their own
    assert "tarnia" in _targets("Ardenia denied the charges and attacked Tarnia on Tuesday.\n")
    assert "kessler-bank" in _targets("The union accused Orbis Holdings of fraud and sued Kessler Bank on Monday.\n")
    assert "kessler-bank" in _targets("Police asked residents to stay indoors and raided Kessler Bank on Monday.\n")
    assert "tarnia" in _targets("Ardenian troops pushed south and attacked Tarnia on Tuesday.\n")


def test_an_act_coordinated_under_a_denial_or_refusal_stays_no_target():
    assert "orbis-holdings" not in _parties("Velmar Group refused to sue Kessler Bank and Orbis Holdings.\n")
    assert "army" not in _parties("The government refused to condemn the army on Monday.\n")
    assert "tarnia" not in _parties("Velmora urged Ardenia to attack Tarnia on Monday.\n")


def test_an_act_asked_about_stays_no_target():
    assert "orbis-holdings" not in _parties("Kessler Bank asked whether Velmar Group would buy Orbis Holdings.\n")
def test_an_act_in_a_clause_of_time_after_a_question_keeps_its_target():
    assert "tarnia" in _targets("It was unclear whether talks would resume after Ardenia attacked Tarnia on Tuesday.\n")


def test_an_act_asked_about_after_asking_when_stays_no_target():
    assert "tarnia" not in _parties("Velmora asked when Ardenia would attack Tarnia.\n")


def test_a_refusal_in_the_quoted_sentence_before_does_not_reach_the_next_sentence():
    # a sentence ends at a closing quote after its stop: the act told in the next sentence keeps its target
    assert "tarnia" in _targets('Lowe said: "The talks failed and Velmora refused to respond." '
                                "Ardenia attacked Tarnia on Tuesday.\n")
    assert "tarnia" in _targets("Lowe said: \u201cThe talks failed and Velmora refused to respond.\u201d "
                                "Ardenia attacked Tarnia on Tuesday.\n")


def test_the_second_name_after_a_first_name_with_of_is_a_target_too():
    # 580d8f2's coordinated objects: "of" inside the first name ("the Bank of Velmora") is no verb before it
    assert "orbis-holdings" in _targets("Kessler Bank sued the Bank of Velmora and Orbis Holdings on Monday.\n")
    assert "orbis-holdings" not in _parties("Kessler Bank refused to sue the Bank of Velmora and Orbis Holdings.\n")

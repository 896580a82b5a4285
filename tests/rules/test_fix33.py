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


# b054d4e: an unnamed spokesperson speaks for a crowd named last only where the spokesperson's word names it


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_a_spokesperson_whose_word_only_begins_like_the_crowd_s_does_not_speak_for_it():
    held = _held("Militants attacked a checkpoint near Goma on Sunday. A militia spokesman said the raid was revenge.\n")
    assert not any(h == "militants" for h, _, _ in held)
    held = _held("Protesters gathered outside parliament on Friday. A Protestant spokesman said the march was a disgrace.\n")
    assert not any(h == "protesters" for h, _, _ in held)
    held = _held("Settlers blocked the road on Monday. A settlement spokesman said the new checkpoint was illegal.\n")
    assert not any(h == "settlers" for h, _, _ in held)


def test_a_spokesperson_named_by_the_crowd_s_word_speaks_for_it():
    held = _held("Miners walked out at the Kellby pit on Monday. A miners' spokesman said the pay offer was an insult.\n")
    assert any(h == "miners" for h, _, _ in held)
    held = _held("Students occupied the campus on Monday. A student spokeswoman said the fees were unfair.\n")
    assert any(h == "students" for h, _, _ in held)


# 7dc0136: the second of two names joined by "and" after an act is its target too


def test_the_second_name_after_an_act_told_as_done_is_a_target_and_the_agent_stays():
    events = rules_summary("The court convicted Tom Hill and Kessler Bank on Monday.\n").events
    assert any(e.agents == ["court"] and {"tom-hill", "kessler-bank"} <= set(e.targets) for e in events)


def test_the_second_name_after_an_act_made_a_condition_or_refused_is_no_party():
    assert "tarnia" not in _parties("If Ardenia attacks Velmora and Tarnia, the region will burn.\n")
    assert "orbis-holdings" not in _parties("Velmar Group refused to sue Kessler Bank and Orbis Holdings.\n")
    assert "orbis-holdings" not in _parties("Velmar Group denied suing Kessler Bank and Orbis Holdings.\n")


# 5a63b76: an institution after an action verb of a kind ("accused the police of") is the act's target


def test_an_institution_accused_sued_or_praised_is_the_target():
    assert "security-forces" in _targets("Rights groups accused the security forces of torturing detainees on Monday.\n")
    assert "police" in _targets("Residents praised the police for their quick response.\n")


def test_an_institution_after_a_negated_denied_or_refused_act_is_no_target():
    assert "army" not in _parties("The minister denied accusing the army of abuses on Monday.\n")
    assert "army" not in _parties("The government refused to condemn the army on Monday.\n")
    assert "police" not in _parties("The opposition did not accuse the police of beating protesters. "
                                    "The opposition accused the mayor of lying.\n")


def test_an_institution_only_in_what_is_alleged_or_asked_is_no_target():
    assert "police" not in _parties("Rights groups accused the rebels of attacking the police on Monday.\n")
    assert "police" not in _parties("The union urged the government to sue the police.\n")



# 0fafe7f (on main as 0a70f29): a state's institution after its possessive is the force acting, not the state's voice


def test_a_state_s_opposition_or_party_is_no_voice_of_the_state():
    events = rules_summary("Norway's opposition rejected the budget on Monday.\n").events
    assert not any("norway" in e.agents for e in events)
    events = rules_summary("Chile's ruling party rejected the reform on Monday.\n").events
    assert not any("chile" in e.agents for e in events)
    events = rules_summary("Norway's opposition leader rejected the budget on Monday.\n").events
    assert not any("norway" in e.agents for e in events)


def test_a_state_s_unnamed_official_still_speaks_for_the_state():
    assert any("norway" in e.agents for e in rules_summary("Norway's foreign minister condemned the attack.\n").events)
    assert any("chile" in e.agents for e in rules_summary("Chile's president condemned the attack on Monday.\n").events)


def test_a_ministry_after_the_country_s_is_named_without_the_possessive():
    found = _actors("Norway blocked the deal. The country's interior ministry condemned the attack on Monday.\n")
    assert "interior ministry" in found and not any(n.startswith("'s") or n.startswith("s ") for n in found)


# the same guard on the rule these commits extend: a name right after an action verb of a kind


def test_a_name_after_a_denied_refused_or_asked_act_is_no_target():
    assert "kessler-bank" not in _parties("Velmar Group denied suing Kessler Bank on Monday.\n")
    assert "kessler-bank" not in _parties("Velmar Group refused to sue Kessler Bank on Monday.\n")
    assert "tarnia" not in _parties("Velmora urged Ardenia to attack Tarnia on Monday.\n")


def test_a_name_after_an_act_told_as_done_stays_its_target():
    assert "kessler-bank" in _targets("Velmar Group sued Kessler Bank on Monday.\n")
    assert "tarnia" in _targets("Velmora condemned Tarnia on Monday, saying the raid was illegal.\n")


def test_a_name_after_an_act_told_beside_a_condition_or_a_noun_of_asking_stays_its_target():
    assert "tarnia" in _targets("If the talks fail, Ardenia will attack Tarnia, officials said.\n")
    assert "tarnia" in _targets("The army, which said it would respond if attacked, shelled Tarnia on Sunday.\n")
    assert "kessler-bank" in _targets(
        "The minister told a press conference that regulators had sued Kessler Bank on Monday.\n")

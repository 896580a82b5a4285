"""Actors of the actors30 round: victims counted in a toll, who "the group" and "the company" refer back to, bodies
named by their members' possessive, the people at a body who speak for it (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import recognised_actors, rules_summary

_WAR = ("Fighting killed at least 35 people near the village of Korvan on Sunday, local officials said. "
        "Rebel leaders in Ostrava province rejected the truce proposal. "
        "Thousands of people have fled the province since January. "
        "The group accused government forces of shelling civilian areas, rebel spokesman Teo Marsh said.\n")

_CARMAKER = ("Kestrel, Asia's fourth-largest carmaker, said on Monday it would cut 2,500 jobs by 2027.\n\n"
             "Chief executive Ilse Varga said the cuts were painful but necessary.\n\n"
             "Trade Minister Rui Abreu urged the company to reconsider the closures.\n\n"
             "Analysts at Fennick Bank welcomed the cuts. Shares in the company rose 3 percent.\n")


def _ids(text: str) -> set[str]:
    return {a.id for a in rules_summary(text).actors}


def _recognised(text: str) -> set[str]:
    return {a.id for a in recognised_actors(text)}


def test_the_company_refers_back_to_the_body_described_as_a_company_not_a_bank_named_after():
    summary = rules_summary(_CARMAKER)
    urged = next(e for e in summary.events if "urged the company" in e.evidence)
    assert urged.targets == ["kestrel"]


def test_the_bank_refers_back_to_a_name_ending_in_bank():
    summary = rules_summary("Vandor Holdings said on Tuesday it had sold its stake in Fennick Bank. "
                            "Regulators fined the bank 2 million euros in March.\n")
    fined = next(e for e in summary.events if "fined the bank" in e.evidence)
    assert fined.targets == ["fennick-bank"]


def test_people_at_a_body_who_welcome_a_thing_make_the_body_its_agent():
    summary = rules_summary(_CARMAKER)
    welcomed = next(e for e in summary.events if "welcomed the cuts" in e.evidence)
    assert welcomed.agents == ["fennick-bank"]
    assert ("fennick-bank", "support") in {(s.holder, s.polarity) for s in rules_summary(
        "Economists at Fennick Bank praised the budget on Friday.\n").stances}


def test_analysts_of_no_body_are_no_actor():
    summary = rules_summary("Analysts welcomed the cuts on Friday.\n")
    assert not summary.actors and all(not e.agents for e in summary.events)


def test_people_counted_as_killed_or_fled_are_no_actor():
    summary = rules_summary(_WAR)
    assert "people" not in {a.id for a in summary.actors}
    assert "people" not in {i for e in summary.events for i in (*e.agents, *e.targets)}
    assert not _ids("Thousands have fled the region since the floods began.\n")


def test_people_who_protest_or_flee_on_a_day_stay_a_crowd():
    assert "people" in _ids("Thousands of people marched through the capital on Saturday to protest the fuel tax.\n")
    assert "people" in _ids("Thousands of people fled the town on Sunday as the river burst its banks.\n")
    assert "protesters" in _ids("Protesters have occupied the square since Monday.\n")
    assert "shopkeepers" in _ids("Hundreds of shopkeepers have closed their shops since Monday to protest the tax.\n")


def test_the_group_refers_to_the_collective_that_acts_never_to_counted_people():
    summary = rules_summary(_WAR)
    accused = next(e for e in summary.events if "accused government forces" in e.evidence)
    assert accused.agents and accused.agents != ["people"]
    assert accused.agents[0] in {a.id for a in summary.actors if a.kind in ("group", "organisation")}
    summary = rules_summary("Rebels seized the town of Dorna on Monday. Thousands of people fled the town overnight. "
                            "The group accused the army of shelling civilian areas.\n")
    accused = next(e for e in summary.events if "accused the army" in e.evidence)
    assert accused.agents == ["rebels"]
    assert ("rebels", "oppose") in {(s.holder, s.polarity) for s in summary.stances}


def test_a_body_named_by_its_members_possessive_is_an_actor_when_it_announces_their_strike():
    assert "nurses-union" in _recognised("The nurses' union said the strike would continue.\n")
    summary = rules_summary("The pilots' union said on Monday that the walkout would go ahead.\n")
    assert ("pilots-union", "support", "the walkout") in {(s.holder, s.polarity, s.target) for s in summary.stances}
    assert "teachers-union" in _ids("The teachers' union rejected the pay offer.\n")


def test_a_body_that_reports_a_fact_or_another_s_strike_is_no_actor():
    assert not _ids("The teachers' union said 40 schools were closed.\n")
    assert not _ids("The health ministry said the strike would continue.\n")


def test_leaders_of_a_collective_name_the_collective():
    summary = rules_summary(_WAR)  # no "rebels" written: the collective by the leaders' words (the guide's `name`)
    rebels = next(a for a in summary.actors if a.kind == "group")
    assert rebels.id == "rebel-leaders"
    rejected = next(e for e in summary.events if "rejected the truce" in e.evidence)
    accused = next(e for e in summary.events if "accused government forces" in e.evidence)
    assert rejected.agents == accused.agents == ["rebel-leaders"]
    summary = rules_summary("Rebel leaders rejected the truce on Monday. The rebels later seized the town of Dorna.\n")
    assert [a.id for a in summary.actors if a.kind == "group"] == ["rebels"]
    assert "Rebel leaders" in next(a for a in summary.actors if a.id == "rebels").aliases
    assert all(e.agents == ["rebels"] for e in summary.events)
    assert "students" in _ids("Student leaders called for a boycott of classes, and students occupied the library.\n")


def test_leaders_of_a_kind_of_body_are_the_one_body_of_that_kind_named_else_their_own():
    summary = rules_summary("The Dockers Union called a strike at the port of Varn on Monday. "
                            "Union leaders rejected the pay offer.\n")
    rejected = next(e for e in summary.events if "rejected the pay offer" in e.evidence)
    assert rejected.agents == ["dockers-union"]
    two = _ids("Union leaders rejected the pay offer. Rebel leaders rejected the truce.\n")
    assert two == {"union-leaders", "rebel-leaders"}
    assert "world-leaders" in _ids("World leaders condemned the attack on Sunday.\n")


def test_people_counted_in_a_toll_are_no_target_of_the_attack_even_where_a_crowd_of_people_acts():
    summary = rules_summary("Thousands of people fled the town of Dorna on Wednesday. "
                            "More than 40 people were killed in the shelling.\n")
    killed = next(e for e in summary.events if "were killed" in e.evidence)
    assert killed.targets == []
    summary = rules_summary("Shelling killed at least 40 people near Dorna on Tuesday. "
                            "Thousands of people fled the town on Wednesday as rebels advanced.\n")
    killed = next(e for e in summary.events if "killed at least 40 people" in e.evidence)
    assert killed.targets == []


def test_a_crowd_by_its_role_shot_or_fired_at_stays_the_target():
    summary = rules_summary("Thousands of protesters marched on Sunday. Police killed three protesters.\n")
    assert next(e for e in summary.events if "Police killed" in e.evidence).targets == ["protesters"]
    summary = rules_summary("Police fired tear gas at 3,000 protesters on Sunday.\n")
    assert summary.events[0].targets == ["protesters"]


def test_the_lender_refers_back_to_the_bank_not_to_a_body_of_no_kind_named_before_it():
    summary = rules_summary("Morvel said on Monday it had repaid its loans to Fennick Bank. "
                            "Regulators fined the lender 2 million euros in March.\n")
    fined = next(e for e in summary.events if "fined the lender" in e.evidence)
    assert fined.targets == ["fennick-bank"]


def test_the_company_said_of_two_companies_is_each_time_the_one_named_last_before_it():
    summary = rules_summary("Kestrel, Asia's largest carmaker, said on Monday it would cut 2,000 jobs. "
                            "The company blamed weak demand for electric cars.\n\n"
                            "Separately, Morvel Foods said it would close its plant in Tarvo. "
                            "The company accused the city council of raising taxes.\n")
    blamed = next(e for e in summary.events if "blamed weak demand" in e.evidence)
    accused = next(e for e in summary.events if "accused the city council" in e.evidence)
    assert (blamed.agents, accused.agents) == (["kestrel"], ["morvel-foods"])



def test_the_carmaker_refers_back_to_one_of_the_carmakers_not_to_a_body_of_no_kind_named_after_it():
    summary = rules_summary("Torvik, one of the region's largest carmakers, said on Monday it would cut 2,000 jobs. "
                            "Its supplier Morvel said it would close a plant. "
                            "Minister Rui Abreu urged the carmaker to keep its plants open.\n")
    urged = next(e for e in summary.events if "urged the carmaker" in e.evidence)
    assert urged.targets == ["torvik"]


def test_an_unnamed_spokesman_of_a_collective_makes_it_the_actor():
    summary = rules_summary("Rebels seized the town of Dorna on Sunday. "
                            "A rebel spokesman rejected the truce proposal on Monday.\n")
    rejected = next(e for e in summary.events if "rejected the truce" in e.evidence)
    assert rejected.agents == ["rebels"]
    assert ("rebels", "oppose") in {(s.holder, s.polarity) for s in summary.stances}
    summary = rules_summary("Rebel leaders rejected the truce on Monday. A rebel spokesman accused the army of "
                            "shelling civilians.\n")
    assert [e.agents for e in summary.events] == [["rebel-leaders"], ["rebel-leaders"]]
    assert [e.agents for e in rules_summary("A rebel spokesman rejected the truce on Monday.\n").events] == [
        ["rebel-spokesman"]]


def test_an_unnamed_spokesman_who_reports_a_fact_or_a_named_one_gives_no_collective():
    assert "rebels" not in _ids("A rebel spokesman said the town was quiet on Monday.\n")
    assert "rebels" not in _ids("Rebel spokesman Teo Marsh rejected the truce proposal on Monday.\n")

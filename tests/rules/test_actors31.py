"""Actors of the actors31 round, on invented wire articles: two bodies joined by "and the", a body whose name
opens with a title's word ("Union of ..."), places that are no actors, outlets cited as sources (invented text)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _ids(text: str) -> set[str]:
    return {a.id for a in rules_summary(text).actors}


def test_two_bodies_joined_by_and_the_are_two_actors():
    ids = _ids("The Federation of Bus Drivers and the Union of Nurses of Ostrava called the strike on Monday.\n")
    assert {"federation-of-bus-drivers", "union-of-nurses-of-ostrava"} <= ids
    # a complement that ends in a place stays one name
    assert "islamic-front-of-korvan-and-the-levant" in _ids(
        "The Islamic Front of Korvan and the Levant claimed the attack on Sunday.\n")


def test_a_body_whose_name_opens_with_union_or_party_is_no_role():
    assert "union-of-dockers" in _ids("The Union of Dockers rejected the pay offer on Tuesday.\n")
    assert "party-of-renewal" in _ids("The Party of Renewal called for a recount.\n")
    # a title's word before "of" is still a role
    assert not {"president-of-the-regional-council"} & _ids(
        "The President of the Regional Council opened the session.\n")


def test_an_outlet_named_by_an_apposition_or_its_head_is_a_source():
    assert "marovian-herald" not in _ids(
        "The Marovian Herald, a pro-government daily, reported that turnout had reached 64 percent.\n")
    assert "velmora-today" not in _ids("The Velmora Today newspaper said the count had been slow in the north.\n")
    # an outlet that acts is an actor, through its apposition too
    assert "ardenne-post" in _ids("The Ardenne Post, a weekly, sued the interior minister for libel on Monday.\n")
    # a body's own website names no outlet
    assert "harbour-party" in _ids("The Harbour Party website said the party rejected the budget.\n"
                                   "The Harbour Party called for a recount.\n")


def test_one_unknown_word_taken_by_force_is_a_place():
    summary = rules_summary("Rebels seized Dornask on Monday after days of fighting. "
                            "Government troops recaptured Kavrel overnight.\n")
    assert not {"dornask", "kavrel"} & {a.id for a in summary.actors}
    # a body seized by force is still one where it acts elsewhere
    assert "tarvex" in _ids("Tarvex said on Monday it would appeal. Police seized Tarvex on Friday.\n")


def test_a_body_whose_head_comes_before_for_acts_by_a_regular_past():
    summary = rules_summary("Thousands of students rallied in the capital. The Coalition for Free Schools organised "
                            "the march. The group accused the minister of cutting funding.\n")
    assert "coalition-for-free-schools" in {a.id for a in summary.actors}
    accused = next(e for e in summary.events if "accused the minister" in e.evidence)
    assert accused.agents == ["coalition-for-free-schools"]
    # a name whose words before "for" end in no body's word does not act so
    assert "justice-for-miners" not in _ids("Relatives of the dead said Justice for Miners printed the leaflets.\n")


def test_experts_at_a_university_named_with_of_are_no_speakers_for_it():
    assert "university-of-kassandra" not in _ids(
        "Economists at the University of Kassandra said the fuel tax would add 2 points to inflation.\n")
    # analysts at a bank named with "of" still speak for it
    assert "bank-of-ostrava" in _ids("Analysts at the Bank of Ostrava said the fuel tax would slow growth.\n")


def test_an_unknown_name_whose_adjective_heads_a_state_body_is_a_state():
    summary = rules_summary("Marland will send 500 troops to Estoria, its defence minister said on Wednesday. "
                            "Estoria welcomed the decision. The Estorian parliament approved the deployment last week.\n")
    kinds = {a.id: a.kind for a in summary.actors}
    assert kinds.get("estoria") == "state"
    # an adjective before no state's body says nothing of the kind
    summary = rules_summary("Tarvex said on Monday it would cut 300 jobs. Tarvexese voters were angry.\n")
    assert {a.id: a.kind for a in summary.actors}.get("tarvex") == "organisation"


def test_leaders_of_a_kind_of_body_are_the_body_named_with_of():
    summary = rules_summary("The National Union of Miners called a strike on Monday over pay. "
                            "Union leaders rejected the offer.\n")
    rejected = next(e for e in summary.events if "rejected the offer" in e.evidence)
    assert rejected.agents == ["national-union-of-miners"]
    # a body's word that is not its head before "of" stays apart
    summary = rules_summary("The Council of Ostrava Fishermen said on Monday it would appeal. "
                            "Union leaders rejected the offer.\n")
    assert all("council-of-ostrava-fishermen" not in e.agents for e in summary.events if "rejected" in e.evidence)


def test_a_name_that_ends_a_sentence_owns_no_collective_in_the_next():
    summary = rules_summary("The ruling follows a report by Amnesty International. "
                            "Opposition lawmakers called on the minister to resign.\n")
    called = next(e for e in summary.events if "called on the minister" in e.evidence)
    assert called.agents == ["opposition-lawmakers"]
    # inside one sentence the name still owns its members
    assert "hamas-fighters" in _ids("Hamas fighters fired rockets at the town on Monday.\n")


def test_soldiers_who_act_for_no_named_force_are_one_organisation():
    summary = rules_summary("Thousands marched in Kassandra on Saturday. Soldiers fired tear gas at the crowd.\n")
    assert {a.id: a.kind for a in summary.actors}.get("soldiers") == "organisation"
    fired = next(e for e in summary.events if "fired tear gas" in e.evidence)
    assert fired.agents == ["soldiers"]
    # where the article names the force, soldiers are its members, no second actor
    ids = _ids("The army shelled rebel positions on Monday. Soldiers later fired on a crowd in the town.\n")
    assert "soldiers" not in ids
    # soldiers counted as a toll do not act
    assert "soldiers" not in _ids("Militants attacked a checkpoint on Sunday, killing two soldiers.\n")

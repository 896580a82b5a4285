"""Events of the events30 round: the release of people, a crowd gathered in protest, a toll of fighting with no
named doer, two acts of different kinds by one actor, arrests counted after a force's act (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.kind, e.agents, e.targets) for e in rules_summary(text).events]


def _kinds(text: str) -> list[str]:
    return [e.kind for e in rules_summary(text).events]


def test_ordering_or_winning_the_release_of_people_concedes():
    assert _kinds("The court ordered the release of the journalists on Tuesday.\n") == ["concede"]
    assert _kinds("The military council ordered the release of opposition leader Ana Rossi.\n") == ["concede"]
    assert _kinds("The interior ministry ordered the release of those detained during the strike.\n") == ["concede"]
    assert _kinds("The governor ordered the release of 14 fishermen held since June.\n") == ["concede"]


def test_the_release_of_papers_figures_or_a_film_is_no_concession():
    assert "concede" not in _kinds("The court ordered the release of the documents on Tuesday.\n")
    assert "concede" not in _kinds("The ministry delayed the release of the census figures.\n")
    assert "concede" not in _kinds("The studio announced the release of the film in May.\n")


def test_demanding_the_release_of_people_stays_a_request():
    assert _kinds("Relatives demanded the release of the journalists on Friday.\n") == ["request"]


def test_a_crowd_gathered_with_signs_of_protest_protests():
    assert _kinds("Several hundred students gathered outside the university on Monday, holding placards.\n") == ["protest"]
    assert _kinds("Dozens of farmers gathered outside the ministry, waving banners and chanting slogans.\n") == ["protest"]
    assert _kinds("Crowds gathered outside the town hall in protest at the closure of the hospital.\n") == ["protest"]


def test_a_crowd_gathered_to_watch_does_not_protest():
    assert "protest" not in _kinds("Thousands of fans gathered in the main square to watch the final on Sunday.\n")
    assert "protest" not in _kinds("Mourners gathered outside the church, holding candles.\n")


def test_whose_proposal_is_rejected_is_the_rejection_s_target():
    # as the fixtures label it ("rejected ... a lawsuit filed by Texas": Texas the target): PLOVER REJECT refuses what
    # the target proposed or asked
    events = _events("The African Union sent envoys to Tarvik last week. The Tarvik Liberation Front on Monday "
                     "rejected a truce proposed by the African Union.\n")
    assert events[-1][0] == "reject" and "african-union" in events[-1][2]


def test_fighting_that_kills_is_an_assault_whatever_its_verb():
    assert _kinds("Clashes between police and protesters left three people dead in the capital on Sunday.\n") \
        == ["assault"]
    assert _kinds("Shelling left at least 12 civilians dead in the town of Oros on Monday.\n") == ["assault"]
    assert _kinds("Renewed fighting has killed at least 30 people around the port of Velsk since Friday.\n") == ["assault"]


def test_a_war_s_total_up_to_now_stays_no_event():
    assert not _kinds("The conflict has killed tens of thousands of people.\n")
    assert not _kinds("The insurgency has killed more than 10,000 people since 2014.\n")


def test_a_hazard_that_leaves_people_dead_is_no_assault():
    assert "assault" not in _kinds("A storm left at least 12 people dead in the north on Monday.\n")


def test_thanking_and_calling_for_calm_are_two_acts():
    events = _events("President Lio Varga thanked voters and called for calm on Monday.\n")
    assert [k for k, _, _ in events] == ["support", "request"]
    assert all(agents == ["lio-varga"] for _, agents, _ in events)


def test_a_phrasal_verb_after_and_opens_an_act_of_its_own():
    assert _kinds("Interior Minister Rui Sato condemned the bombing and called for an inquiry.\n") == ["accuse", "request"]
    assert _kinds("The Tarvik Liberation Front rejected the offer and called on its fighters to hold their ground.\n") \
        == ["reject", "request"]


def test_two_verbs_of_one_kind_stay_one_act():
    assert _kinds("President Lio Varga thanked voters and praised the election staff on Monday.\n") == ["support"]
    assert _kinds("Soldiers stormed the building and opened fire on the gunmen.\n") == ["assault"]


def test_arrests_counted_after_a_force_s_dispersal_are_part_of_that_act():
    events = _events("Riot police fired tear gas at students in Velsk on Friday. At least 60 people were arrested.\n")
    assert events == [("coerce", ["riot-police"], [])]


def test_arrests_counted_after_a_force_s_other_act_are_its_own_act_of_that_force():
    events = _events("Riot police opened fire on students in Velsk on Friday. Dozens of students were detained.\n")
    assert [(k, a) for k, a, _ in events] == [("assault", ["riot-police"]), ("coerce", ["riot-police"])]
    events = _events("Riot police fired tear gas at students in Velsk on Friday. At least 60 people were arrested "
                     "on Saturday.\n")
    assert [(k, a) for k, a, _ in events] == [("coerce", ["riot-police"]), ("coerce", ["riot-police"])]


def test_arrests_after_a_crowd_s_own_act_name_no_doer():
    events = _events("Students marched on the parliament in Velsk on Friday. Dozens were detained.\n")
    assert events[-1][0] == "coerce" and events[-1][1] == []


def test_a_participle_clause_that_opens_a_quote_leaves_the_evidence():
    events = rules_summary("Hundreds of students gathered outside the parliament, chanting \"No to fees\".\n").events
    assert [e.evidence for e in events] == ["Hundreds of students gathered outside the parliament"]


def test_an_act_with_its_own_doer_inside_the_object_is_an_event_of_its_own():
    events = _events("The Constitutional Court on Friday rejected a lawsuit filed by the Harbour Party.\n")
    assert ("accuse", ["harbour-party"], []) in events and len(events) == 2


def test_who_called_the_protest_a_crowd_joins_is_its_second_agent():
    events = _events("Thousands of dockers joined a strike called by the Free Workers Union on Monday.\n")
    assert len(events) == 1 and events[0][0] == "protest" and "free-workers-union" in events[0][1]
    assert "free-workers-union" not in events[0][2]


def test_a_participle_on_the_subject_s_of_phrase_is_not_the_clause_s_verb():
    assert _kinds("Relatives of miners killed in the blast blocked the road to the mine on Monday.\n") == ["protest"]
    assert _kinds("Hundreds of relatives of soldiers killed or missing in the war marched through Velsk on Sunday.\n") \
        == ["protest"]


def test_a_verb_right_after_the_subject_s_of_phrase_stays_the_verb():
    assert _kinds("Supporters of the jailed mayor protested outside the court in Velsk on Monday.\n") == ["protest"]
    assert _kinds("Families of the victims accused the police of a cover-up on Monday.\n") == ["accuse"]


def test_dying_or_being_killed_in_clashes_is_the_clashes_assault_with_both_sides_its_doers():
    events = _events("Three people died in clashes between police and strikers in Velsk on Sunday.\n")
    assert events == [("assault", ["police", "strikers"], [])]
    events = _events("Two people were killed in fighting between the army and rebels near Velsk.\n")
    assert events == [("assault", ["army", "rebels"], [])]


def test_dying_in_a_storm_or_a_war_is_no_assault():
    assert "assault" not in _kinds("At least 40 people died in the storm on Sunday.\n")
    assert "assault" not in _kinds("His father died in the war in 1995.\n")


def test_a_toll_left_by_fighting_between_troops_is_no_withdrawal():
    assert _kinds("Clashes between troops and rebels left at least nine people dead near Oros.\n") == ["assault"]
    assert _kinds("The last troops left the base near Oros on Monday.\n") == ["retreat"]


def test_a_plural_noun_after_an_opening_adverb_and_its_comma_is_no_verb():
    assert _kinds("Elsewhere, clashes between police and strikers left two people dead near Oros.\n") == ["assault"]


def test_a_count_of_hurt_people_after_an_attack_or_a_storm_is_its_toll():
    events = _events("Fighting between the army and rebels near Oros killed 15 civilians on Thursday. "
                     "Another 40 were wounded.\n")
    assert [k for k, _, _ in events] == ["assault"]
    assert _kinds("A cyclone hit the coast of Velsk on Monday. At least 12 people were killed.\n") == ["other"]


def test_a_count_of_hurt_people_with_a_cause_of_its_own_is_no_toll_of_the_act_before():
    assert _kinds("Police arrested two men in Velsk on Monday. Three officers were injured by a car bomb.\n") \
        == ["coerce", "assault"]


def test_the_month_may_is_no_modal():
    assert _kinds("Supporters of the mayor arrested in May protested outside the court in Velsk on Monday.\n") \
        == ["protest"]
    assert not _kinds("The army may attack the town of Oros.\n")


def test_arrests_counted_after_a_sentence_or_an_attack_on_no_crowd_name_no_doer():
    events = _events("The Velsk court jailed the activist Ana Rossi for ten years on Monday. At least 40 people "
                     "were arrested.\n")
    assert events[-1][0] == "coerce" and events[-1][1] == [] and len(events) == 2


def test_the_terms_a_proposal_calls_for_are_no_request():
    assert not _kinds("The proposal, drawn up by envoy Hanna Lind, called for a 30-day truce near Oros.\n")
    assert not _kinds("The plan calls for elections within six months.\n")


def test_a_person_named_by_a_proposal_still_asks():
    assert _kinds("The bill's sponsor, Senator Ann Lee, called for a vote on Monday.\n") == ["request"]
    assert _kinds("Envoy Hanna Lind called for a 30-day truce near Oros.\n") == ["request"]

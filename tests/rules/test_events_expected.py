"""Events of the events25 round: what the guide says is no event (only expected, ...) and the
frequent kinds in their common forms. Invented sentences."""
from __future__ import annotations

from summariser.rules.summary import rules_summary


def _events(text: str):
    return rules_summary(text, "2024-03-06").events


def test_what_is_only_expected_or_scheduled_is_no_event():
    # a thing that will happen, with no one doing it, told in reported speech: only expected
    assert not _events("Officials said the ferry terminal would reopen to passengers by the end of May.")
    assert not _events("A spokeswoman said the referendum would be held in the autumn.")
    # announcing it is an act, and so is a speaker's own act, and a passive with its doer
    assert [e.kind for e in _events("The council announced that the ferry terminal would reopen in May.")] == ["other"]
    assert [e.kind for e in _events("The talks will be hosted by Qatar next month.")] == ["consult"]
    assert _events("The Harbour Board said it would reopen the ferry terminal in May.")


def test_what_is_expected_after_a_speaker_is_no_act_of_the_speaker():
    # the subject of the future verb is the thing after the reporting verb, not the speaker before it
    assert not _events("Vellmar Mining says the new smelter will meet the strictest emission limits.")
    assert not _events("The two delegations said the talks would resume in Muscat on Monday.")
    # an actor named after the reporting verb does it
    assert [e.kind for e in _events("Officials said Ghana would reopen its border with Togo on Monday.")] == ["other"]


def test_talks_a_named_party_says_its_people_will_hold_are_a_plan_announced():
    # the guide's row on announced plans: the kind of the act announced, its agent who announced it
    found = _events("Foreign Minister Anna Kovac and her counterpart, Pavel Drosk, said negotiators would meet again "
                    "in May to draft a joint plan.")
    assert [e.kind for e in found] == ["consult"] and found[0].agents
    # no named speaker, or no people as the subject: only expected
    assert not _events("Diplomats said negotiators would meet again in May.")
    assert not _events("Pavel Drosk said the new plant would meet the emission limits.")


def test_few_or_hardly_any_as_the_subject_negates_the_act():
    assert not _events("Critics say few senior officials have been jailed for graft.")
    assert not _events("Hardly any aid has been delivered to the northern districts.")
    assert not _events("Few arrests have been made since the riots.")
    # "a few" is no negation
    assert [e.kind for e in _events("A few protesters were arrested outside the parliament on Monday.")] == ["coerce"]


def test_agreeing_to_yield_is_the_yielding():
    assert [e.kind for e in _events("The Sorvan rebels agreed to release 20 hostages on Friday.")] == ["concede"]
    assert [e.kind for e in _events("Lindavia agreed to withdraw its troops from the disputed valley.")] == ["retreat"]
    # agreeing to meet or to a truce is the parties' agreement
    assert [e.kind for e in _events("The two governments agreed to meet again in Tallinn in May.")] == ["agree"]
    assert [e.kind for e in _events("The two sides agreed to a ceasefire on Sunday.")] == ["agree"]


def test_the_simple_present_of_a_thing_that_is_no_actor_is_a_state():
    assert not _events("The Korvin dam supplies drinking water to nearly two million people downstream.")
    assert not _events("The 1993 convention bans the use of chemical weapons.")
    # an actor's present act, a speech act and a present with its time stay acts
    assert [e.kind for e in _events("The Maravian government bans all rallies in the capital from Monday.")] == ["sanction"]
    assert [e.kind for e in _events("The lawsuit accuses the Halden Paper Company of polluting the river.")] == ["accuse"]


def test_banning_an_activity_is_a_sanction_halting_ones_own_is_a_concession():
    assert [e.kind for e in _events("The Maravian government banned smoking in bars on Monday.")] == ["sanction"]
    assert [e.kind for e in _events("Kestrel Energy suspended drilling at the site on Monday.")] == ["concede"]


def test_an_act_after_an_adjective_of_willingness_or_ability_is_not_done():
    assert not _events("The dockers' union is prepared to call a strike next month.")
    assert not _events("The transport union said it was ready to call a strike in June.")
    # the act itself stays
    assert [e.kind for e in _events("The dockers' union called a strike on Monday.")] == ["protest"]


def test_a_whole_years_figure_is_a_total_over_a_period():
    assert not _events("Velmora's economy shrank by 0.3 percent last year.")
    assert not _events("The economy grew 2.1 percent in 2023, the statistics office said.")
    # a figure of one day or month is news of a day (the guide)
    assert [e.kind for e in _events("Shares in the Halden bank plunged 30 percent on Monday.")] == ["other"]


def test_a_noun_phrase_that_ranks_the_act_is_left_out_of_its_evidence():
    events = _events("Train drivers in Velmora began a 35-hour strike on Thursday, the latest in a series of walkouts.")
    assert [e.evidence for e in events] == ["Train drivers in Velmora began a 35-hour strike on Thursday"]


def test_an_act_done_in_protest_is_a_protest():
    assert [e.kind for e in _events("Farmers dumped manure outside the Velmora ministry in protest at the new rules.")] \
        == ["protest"]
    assert [e.kind for e in _events("Shopkeepers closed their stores in protest over the killing of a trader.")] == ["protest"]
    # the verb of a clause before the relative one keeps its kind; a noun phrase's participle is no verb
    assert [e.kind for e in _events("Police arrested 20 people who gathered in protest at the verdict.")] == ["coerce"]
    assert [e.kind for e in _events("The planned march in protest at the law was cancelled.")] == ["other"]


def test_a_toll_over_years_is_a_total_not_an_attack():
    assert not _events("The insurgency in the north has killed more than 40,000 people since 2009.")
    assert not _events("Velmora has a long history of clashes over land, which have killed thousands in recent years.")
    # a toll of days is news of the attacks
    assert [e.kind for e in _events("Gunmen have killed 11 people in central Velmora since Sunday.")] == ["assault"]


def test_a_noun_of_an_act_only_possible_feared_or_typical_is_no_event():
    assert not _events("The risk of an attack on the capital remains high.")
    assert not _events("The Korvin militia is notorious for its raids on villages in the east.")
    assert not _events("The report documents a pattern of attacks on health workers.")
    assert not _events("The ban on fishing remains in force until June.")
    # a noun of an act that happened stays
    assert [e.kind for e in _events("The attack on the embassy on Monday killed four guards.")] == ["assault"]


def test_a_perfect_with_long_is_a_position_held_no_act():
    assert not _events("The Harbour Party has long accused the president of corruption.")
    assert [e.kind for e in _events("The Harbour Party accused the president of corruption on Monday.")] == ["accuse"]


def test_ordering_an_act_is_deciding_it_of_its_kind():
    assert [e.kind for e in _events("The Halden court ordered the arrest of the opposition leader.")] == ["coerce"]
    assert [e.kind for e in _events("The Halden court ordered the release of the activists.")] == ["concede"]
    assert [e.kind for e in _events("The president ordered the withdrawal of troops from the border.")] == ["retreat"]
    # an order of no act of a kind stays a ruling, `other`
    assert [e.kind for e in _events("The Halden court ordered on Monday that the election be rerun.")] == ["other"]


def test_a_participle_of_saying_after_an_act_is_part_of_it():
    events = _events("The Velmoran treasury welcomed the decision, saying it backed the bank's efforts to tackle inflation.")
    assert [e.kind for e in events] == ["support"]
    # after an attribution, the participle is judged alone
    events = _events("Floods hit the city on Monday, the ministry said, urging residents to stay at home.")
    assert [e.kind for e in events] == ["request"]


def test_an_ordinal_apposition_with_a_possessive_leaves_the_evidence():
    events = _events("The Bank of Velmora raised interest rates to 5.25 percent on Thursday, its 14th increase in a row.")
    assert [e.evidence for e in events] == ["The Bank of Velmora raised interest rates to 5.25 percent on Thursday"]


def test_a_time_in_an_apposition_on_the_subject_is_not_the_verbs():
    assert not _events("Velmar Holdings, founded in 2019, has grown rapidly.")
    assert [e.kind for e in _events("Velmar Holdings grew its market share in 2019.")] == ["other"]


def test_a_participle_on_an_infinitives_object_is_its_background():
    assert not _events("The governor promised to rebuild the market destroyed in the fighting.")
    events = _events("The Velmoran government decided to release the prisoners arrested during the protests.")
    assert [e.kind for e in events] == ["concede"]


def test_an_act_after_an_adjective_of_promptness_is_done():
    assert [e.kind for e in _events("The Velmoran president was quick to condemn the attack on Monday.")] == ["accuse"]
    assert not _events("The Velmoran president was ready to condemn the attack.")


def test_an_envoy_summoned_in_the_passive_is_a_complaint():
    assert [e.kind for e in _events("The Velmoran ambassador was summoned by the foreign ministry on Tuesday.")] == ["accuse"]
    assert not _events("The ambassador was not summoned.")


def test_what_a_warning_says_will_happen_is_foreseen_not_done():
    assert not _events("Business groups had opposed the reform, warning it would raise costs and cost jobs.")
    # the warning that is a threat stays one
    assert [e.kind for e in _events("The union warned it would strike on Monday.")] == ["threaten"]


def test_an_act_inside_an_aside_has_the_asides_words_alone():
    events = _events("Lena Varo, who took office in March 2022, has struggled to pass other reforms.")
    assert [e.evidence for e in events] == ["took office in March 2022"]


def test_a_headline_line_run_into_the_text_gives_neither_the_act_nor_its_evidence():
    events = _events("Court jails former minister for fraud\nA court in Velmora on Thursday sentenced former transport "
                     "minister Ion Varga to five years in prison for fraud.\nVarga denied the charges.")
    assert events[0].evidence.startswith("A court in Velmora on Thursday sentenced")
    assert all("\n" not in e.evidence for e in events)
    # a hard-wrapped sentence keeps its words across the break
    events = _events("A court in Velmora on Thursday sentenced former transport\nminister Ion Varga to five years in prison.")
    assert events[0].evidence.endswith("to five years in prison")


def test_a_rally_for_someone_held_is_a_protest_not_a_campaigns():
    events = _events("Supporters of the jailed Velmoran opposition leader rallied in the capital on Sunday.")
    assert [e.kind for e in events] == ["protest"]
    assert [e.kind for e in _events("Supporters of the candidate rallied in the capital on Sunday.")] == ["other"]


def test_review_few_in_a_time_phrase_negates_nothing():
    assert [e.kind for e in _events("Every few hours rebels fired rockets at the airport on Sunday.")] == ["assault"]
    assert [e.kind for e in _events("Over the past few days police arrested 40 people in the capital.")] == ["coerce"]


def test_review_a_named_actor_announcing_a_reopening_is_an_event():
    assert [e.kind for e in _events("Ghana said its border with Togo would reopen on Monday.")] == ["other"]


def test_review_a_participle_with_an_object_of_its_own_is_the_clauses_verb():
    assert [e.kind for e in _events("Police sent to guard the embassy opened fire on protesters on Friday.")] == ["assault"]


def test_review_a_year_after_the_clause_makes_no_toll_over_years():
    found = _events("Gunmen have killed at least 30 people in the north, the deadliest attack in the region since 2018.")
    assert [(e.kind, e.agents) for e in found][:1] == [("assault", ["gunmen"])]


def test_review_a_days_move_compared_with_the_year_is_news_of_the_day():
    assert _events("Shares in Tesla rose 12% on Tuesday to their highest level this year.")


def test_review_a_summons_of_others_told_by_an_envoy_is_no_summons_of_the_envoy():
    assert not _events("The UN envoy said five journalists were summoned by the police on Monday.")


def test_review_the_release_of_things_frees_no_one():
    assert "concede" not in [e.kind for e in _events("The minister ordered the release of government data on Monday.")]
    assert [e.kind for e in _events("The court ordered the release of the detained activists on Monday.")] == ["concede"]


def test_review_a_campaign_rally_is_no_protest_for_a_word_elsewhere():
    found = _events("Supporters of President Ruto rallied in Nairobi on Saturday, chanting freedom songs ahead of the "
                    "election campaign.")
    assert [e.kind for e in found] == ["other"]


def test_review_a_hard_wrapped_line_keeps_its_words():
    found = _events("Police arrested three men on Monday in\nLondon after a stabbing outside a nightclub.")
    assert found[0].evidence.endswith("outside a nightclub")

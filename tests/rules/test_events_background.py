"""Events of the events27 round: background the story tells about someone (a perfect over a period),
forecasts and figures over a period are no events; acts told as news stay. Invented sentences."""
from __future__ import annotations

from summariser.rules.summary import rules_summary


def _events(text: str):
    return rules_summary(text, "2024-03-06").events


def test_a_perfect_over_a_period_the_sentence_gives_is_a_total():
    # the period after the clause ("since it was set up") or opening the sentence ("Since taking office")
    assert not _events("The Anti-Fraud Office has prosecuted dozens of senior officials since it was set up in 2002.")
    assert not _events("Since taking office in 2021, the president has signed more than 40 decrees.")
    # an act of a day stays, and so does a perfect with no period
    assert [e.kind for e in _events("The Anti-Fraud Office prosecuted six senior officials on Monday.")] == ["coerce"]
    assert [e.kind for e in _events("Police have arrested 12 people after the riot in Tarvos.")] == ["coerce"]


def test_a_relative_clause_dated_by_a_year_still_tells_its_act():
    # the guide: background told with its own doer and time is an event
    assert any(e.kind == "coerce" for e in _events(
        "The army chief, who ordered the crackdown on protesters in 2007, died on Saturday."))
    assert any(e.kind == "concede" for e in _events("Police questioned Tom Vael, who resigned on Monday."))


def test_a_future_act_after_a_verb_of_expecting_is_a_forecast():
    assert not _events("Opinion polls suggest that the Green Party will win a second term.")
    assert not _events("Economists expect the Central Bank of Ardel will cut interest rates in June.")
    # (these two were `other` events before the forecasting rule)
    assert not _events("Surveys suggest the Velora Alliance will win the runoff.")
    assert not _events("Analysts estimate the Harbour Party will win 80 seats.")
    # a threat keeps its future, and an act announced is told
    assert _events("The Central Bank of Ardel announced it will cut interest rates in June.")


def test_a_figure_over_a_period_to_a_date_is_a_total():
    assert not _events("The firm's revenue rose 8 percent to $4.2 billion in the year to March.")
    assert not _events("Exports fell 3.1 percent to $9.8 billion in the nine months ending June 30.")
    assert _events("Shares in Veltro jumped 12 percent to $4.50 on Tuesday.")


def test_what_still_needs_doing_is_no_act():
    assert not _events("The treaty still needs to be ratified by the Harbour Council and by the regional assemblies.")
    assert _events("The treaty was ratified by the Harbour Council on Tuesday.")


def test_a_subject_light_verb_takes_the_kind_of_the_subject_head():
    # "talks on the deal": the talks began, not a deal
    assert [e.kind for e in _events("Talks on the ceasefire deal began in Doha on Monday.")] == ["consult"]


def test_a_wars_toll_up_to_now_is_a_total():
    assert not _events("The conflict has killed tens of thousands of people and displaced more than two million.")
    # one attack's toll told with its act stays an event
    assert [e.kind for e in _events("Gunmen have killed 14 villagers in an attack on Kere, officials said.")] == ["assault"]


def test_an_actors_simple_present_with_no_time_is_a_state():
    assert not _events("The Northern Front holds most of the eastern province, while the army holds the coast.")
    # with a time of its own it is news
    assert _events("The Northern Front seized the port of Kavo on Monday.")


def test_a_relative_clause_on_a_described_noun_identifies():
    assert not _events("The Oruba camp is home to about half a million people who fled earlier fighting.")
    # after a main verb of activity, the relative clause is the act reported
    assert [e.kind for e in _events("Police are hunting a gunman who killed three people at a market.")] == ["assault"]


def test_any_past_verb_of_an_actor_with_an_object_and_a_day_is_an_act():
    found = _events("Foreign Minister Ana Lukic unveiled a new economic plan in Zagreb on Tuesday.")
    assert [(e.kind, e.agents) for e in found] == [("other", ["ana-lukic"])]
    # no day of the story, or a verb of perceiving or thinking: none
    assert not _events("Foreign Minister Ana Lukic unveiled a new economic plan in Zagreb in 2014.")
    assert not _events("Governor Amy Lott saw the damage on Monday.")


def test_results_reported_with_a_longer_description_are_news_of_a_day():
    assert [e.kind for e in _events("Veltro Motors reported a 12 percent rise in quarterly operating profit on "
                                    "Wednesday.")] == ["other"]


def test_a_pluperfect_with_no_object_is_a_state_reached_before():
    assert not _events("The arrests came after the march, which drew some 15,000 people, had ended peacefully.")
    # with an object it is an act told
    assert _events("Police said the Harbour Union had organised the march on Saturday.")


def test_an_act_ranked_by_a_superlative_is_a_description():
    assert not _events("It was the largest climate protest in the capital since 2019.")
    assert [e.kind for e in _events("The climate protest in the capital on Saturday drew 15,000 people.")] == ["protest"]


def test_a_counted_toll_after_a_police_action_is_part_of_it():
    found = _events("Police arrested 23 people on Saturday after clashes in Tarvos. Interior Minister Ana Kell said "
                    "12 officers were slightly injured.")
    assert [e.kind for e in found] == ["coerce"]
    # with no act before it, the toll is what the story tells
    assert [e.kind for e in _events("Twelve officers were injured by stones thrown at them in Tarvos on Saturday.")] \
        == ["assault"]


def test_a_hazard_before_an_abbreviated_date_still_did_the_killing():
    found = _events("The outbreak, which was confirmed on Sept. 27, infected 66 people and killed 15 in Kavo.")
    assert [e.kind for e in found] == ["other"]
    # a relative clause on the hazard: the hazard's toll, no actor's attack
    found = _events("Tanzania reported an outbreak of cholera in the Kagera region, which killed six people.")
    assert all(e.kind != "assault" and "tanzania" not in e.agents for e in found)


def test_a_plea_of_not_guilty_is_no_request():
    assert not any(e.kind == "request" for e in _events("Tom Vael pleaded not guilty to fraud charges on Monday."))
    assert any(e.kind == "request" for e in _events("Tom Vael pleaded with the court for leniency on Monday."))


def test_a_conviction_after_the_sentence_of_a_defendant_named_by_his_deed_is_one_event():
    found = _events("The man who stabbed the novelist Ivo Marn in 2021 was sentenced on Friday to 20 years in prison. "
                    "Dario Kless, 31, was convicted in March of attempted murder.")
    assert [e.kind for e in found] == ["coerce"]


def test_a_perfect_over_this_year_is_a_total():
    assert not _events("The currency has lost more than 20 percent of its value this year.")
    assert _events("The currency lost 3 percent of its value on Tuesday.")


def test_repeatedly_with_a_present_tells_a_habit():
    assert not _events("The Harbour Union repeatedly stages protests outside the ministry.")


def test_a_count_up_to_now_is_a_total():
    assert not _events("Ms Rossi has won three Olympic medals and holds the world record in the 400 metres.")
    # a hazard's toll up to now is the news itself
    assert _events("Floods caused by days of heavy rain have killed at least five people in Kavo province.")


def test_a_purchase_completed_is_an_agreement():
    assert [e.kind for e in _events("Microsoft completed its purchase of the games studio Ravenfall on Friday.")] == ["agree"]


def test_a_perfect_with_a_count_of_times_is_a_total():
    assert not _events("Ardel has struck targets in Velmora several times this year.")
    assert _events("Ardel struck targets in Velmora on Monday.")


def test_a_passive_of_any_past_verb_with_its_doer_and_a_year_is_background_told_as_an_event():
    # the guide: background with a doer or a time is an event ("a bill was proposed in 2016")
    found = _events("The High Court jailed Governor Ivo Marn on Tuesday. He is the second governor of Kessa to go, "
                    "after Tom Hask, who was ousted by a court ruling in 2019.")
    assert any("ousted" in e.evidence for e in found)
    # with no time, a fact about the thing
    assert not _events("The new bridge was designed by Veltra Partners.")


def test_the_terms_of_a_decision_told_after_it_are_part_of_it():
    found = _events("Ardel expelled three Velmoran diplomats on Monday. The three diplomats were ordered to leave "
                    "within 48 hours.")
    assert [e.kind for e in found] == ["sanction"]
    # with no decision before it, an order told with its giver stays
    assert _events("The Harbour Council ordered the ferry operator to suspend sailings on Monday.")


def test_an_act_named_as_what_came_before_with_no_doer_or_time_is_background():
    found = _events("Ardel expelled three Velmoran diplomats on Monday. The expulsions followed the arrest of an "
                    "Ardeli citizen in Velmora.")
    assert [e.kind for e in found] == ["sanction"]
    # with its time it is told as news
    assert any(e.kind == "coerce" for e in _events(
        "The expulsions followed the arrest of an Ardeli citizen in Velmora on Friday."))

"""The words that change an act's kind come from the lexicon's [event_context] lists."""

from __future__ import annotations

import pytest

from summariser.rules.events import cue
from summariser.rules.lexicon import load


@pytest.mark.parametrize(("clause", "kind"), [
    ("A typhoon killed at least 12 people on the coast", "other"),  # hazards
    ("The bus crash killed nine passengers", "other"),  # hazards: an accident
    ("The outbreak has killed 40 people since May", "other"),  # hazards: an epidemic
    ("Dockers struck for a second day over pay", "protest"),  # labour
    ("Truckers blocked the motorway near the capital", "protest"),  # blockade_objects
    ("The minister called the suggestion \"a waste of money\"", "reject"),  # proposals
    ("The reporter was being held in isolation without access to a lawyer", "coerce"),  # custody
    ("Soldiers held the mayor under house arrest for a week", "coerce"),  # custody
    ("The weather office warned of heavy rain along the coast", "other"),  # hazards: a forecast
    ("The union petitioned the high court to halt the merger", "accuse"),  # judiciary: suing
    ("The minister flew to Beijing for talks with his counterpart", "consult"),  # travel
    ("The envoy arrived in Kyiv on Tuesday on an unannounced visit", "consult"),  # travel
    ("Japan sent a 60-member rescue team to the island", "aid"),  # senders, relief
    ("The agency dispatched medical teams to the north", "aid"),  # a deployment of relief
    ("The government sent troops to the border region", "mobilize"),  # senders, forces
])
def test_a_context_word_changes_the_kind(clause, kind):
    assert cue(clause)[1] == kind


@pytest.mark.parametrize(("clause", "kind"), [
    ("The president had a long phone conversation with the king", "consult"),
    ("The unions have had talks with the ministry", "consult"),
])
def test_having_talks_with_someone_consults(clause, kind):
    assert cue(clause)[1] == kind


def test_the_context_lists_are_single_words():
    for words in load()["event_context"].values():
        assert all(len(w.split()) == 1 and w == w.lower() for w in words)


@pytest.mark.parametrize(("clause", "kind"), [
    ("The party held its congress in a prison town", "other"),  # a modifier, not a place of custody
    ("Farmers petitioned the ministry for lower fuel taxes", "request"),  # no court addressed
    ("The rebels warned they would attack the convoy", "threaten"),
    ("The nurses returned to work on Monday", None),  # travel for no talks
    ("The rebels had no talks with the army", None),
    ("Diplomats had watched the talks with caution", None),
    ("The mayor sent a letter to the troops", None),  # what is sent is a letter
    ("The verdict raised serious questions about the police", None),  # raised: a matter voiced
    ("The new law has raised fears among farmers", None),  # raised: a feeling
    ("The central bank raised its key rate by half a point", "other"),  # an act
])
def test_the_kind_stays_without_its_context(clause, kind):
    found = cue(clause)
    assert (found[1] if found else None) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    ("The mountain pass remains closed to lorries", None),  # copulas: a state
    ("Shops in the old town stayed shut for a third day", None),
    ("The airport seemed deserted on Sunday", None),
    ("Officials closed the mountain pass to lorries on Monday", "other"),  # the act itself
])
def test_a_participle_after_a_copula_is_a_state(clause, kind):
    found = cue(clause)
    assert (found[1] if found else None) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    ("The governing party chose a new leader at its congress on Sunday", "other"),  # choosing, offices
    ("Shareholders selected a former banker as chief executive", "other"),
    ("The airline fired its chief executive over the delays", "other"),  # dismissing, offices
    ("Detectives picked up the head of the smuggling ring", None),  # picked up: no choice
    ("Voters chose the cheaper option", None),  # no office
])
def test_choosing_or_dismissing_someone_for_an_office_is_an_act(clause, kind):
    found = cue(clause)
    assert (found[1] if found else None) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    ("A bomber blew himself up at the gates of the ministry", "assault"),  # exploding: a suicide bombing
    ("The assailant detonated herself near a police post", "assault"),
    ("The coach blew up at the referee after the match", None),  # losing one's temper
])
def test_a_bomber_blowing_himself_up_attacks(clause, kind):
    found = cue(clause)
    assert (found[1] if found else None) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    ("Peacekeepers began withdrawing from the buffer zone on Monday", "retreat"),  # aspectual
    ("Riot police started detaining students outside the campus", "coerce"),
    ("The militia stopped shelling the port after the truce", None),  # stopping: no act told
])
def test_an_act_begun_or_resumed_is_an_act(clause, kind):
    found = cue(clause)
    assert (found[1] if found else None) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    ("The losing candidate claimed the count had been won through fraud", "accuse"),  # claiming, wrongs
    ("The defendant contended that officers had illegally searched his car", "accuse"),
    ("The mayor insisted she had committed no offence", None),  # a wrong denied
    ("The carmaker claimed record sales in March", None),  # no wrong
])
def test_a_claim_of_a_wrong_accuses(clause, kind):
    found = cue(clause)
    assert (found[1] if found else None) == kind


@pytest.mark.parametrize(("clause", "kind"), [
    ("The brewer posted a net loss of 300 million euros for the year", "other"),  # posting, results
    ("The miner reported a 35 percent rise in half-year profit on Thursday", "other"),
    ("The shipyard recorded its first annual profit since 2011", "other"),
    ("The ministry reported 40 new infections in the region", None),  # a toll, no results
])
def test_results_posted_or_recorded_are_news_of_a_day(clause, kind):
    found = cue(clause)
    assert (found[1] if found else None) == kind

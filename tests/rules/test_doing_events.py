"""Acts of `other` kind told with a doer: an actor as the subject of a past verb of doing (WordNet's
verbs of motion, possession, change, social life, competition and creation) in a sentence that gives
no other act; states, habits, relative clauses, conditions and negations give none. All sentences
are invented."""

from __future__ import annotations

import pytest

from summariser.rules.summary import rules_summary


def _events(text: str) -> list[tuple[str, list[str], str]]:
    return [(e.kind, e.agents, e.evidence) for e in rules_summary(text).events]


@pytest.mark.parametrize(("text", "agent", "evidence"), [
    ("Chancellor Petra Lindqvist flew to Nairobi on Tuesday for a three-day tour of East Africa.", "petra-lindqvist",
     "Chancellor Petra Lindqvist flew to Nairobi on Tuesday for a three-day tour of East Africa"),
    ("The Norwegian carrier Fjordline moved its headquarters from Bergen to Oslo in 2021.", "fjordline",
     "The Norwegian carrier Fjordline moved its headquarters from Bergen to Oslo in 2021"),
    ("Senator Amos Kibet tested positive for malaria on Sunday, a disease that kills thousands each year.", "amos-kibet",
     "Senator Amos Kibet tested positive for malaria on Sunday"),  # the apposition after the object goes
    ("The new dam was inaugurated by President Joseph Mwale on Thursday.", "joseph-mwale",
     "The new dam was inaugurated by President Joseph Mwale on Thursday"),  # a passive with its by-agent and time
])
def test_an_actors_act_of_doing_is_an_other_event(text, agent, evidence):
    assert ("other", [agent], evidence) in [(k, a[:1], e) for k, a, e in _events(text)]


@pytest.mark.parametrize("text", [
    "The company Dunmore Textiles employs 3,000 people at its plants in Lancashire.",  # a state, in the present
    "Ambassador Lena Moretti lives in Geneva with her family.",
    "The Halvar Group did not sell any of its shares in the bank last year.",  # negated
    "Carmen Ibarra could return to the cabinet next year, party officials said.",  # hypothetical
    "If the government sold its stake, the airline would face a hostile takeover, analysts said.",
    "Fernando Alcaraz, a banker who founded the Andes Credit Union in 1998, said the rate rise was overdue.",
    "The vaccine was developed by Orlan Biologics.",  # a passive with no time: a fact about the thing
    "The people of Tarvia Bay moved away.",  # no object, no time, and its actor after "of"
])
def test_states_habits_clauses_within_and_unreal_acts_give_none(text):
    assert not [e for e in _events(text) if e[0] == "other"]


def test_selling_a_stake_is_an_acquisition():
    events = _events("The mining group Kestrel Resources sold its stake in a Chilean copper mine in 2019.")
    assert [k for k, _, _ in events] == ["agree"]


@pytest.mark.parametrize(("text", "agent", "evidence"), [
    ("Kestrel Mining, the country's largest copper producer, moved its headquarters to Lima in May.", "kestrel-mining",
     "moved its headquarters to Lima in May"),  # over an apposition: the subject acts, the evidence starts at the verb
    ("Kestrel Mining signed a deal with Norvik, and Norvik built a smelter in 2020.", "norvik",
     "Norvik built a smelter in 2020"),  # another actor's act beside the sentence's own
    ("Finance Minister Ada Kwame criticised the budget. On Friday she returned to Accra.", "ada-kwame",
     "she returned to Accra"),  # "she": the person named last
])
def test_the_subject_over_an_apposition_beside_another_act_or_as_a_pronoun(text, agent, evidence):
    assert ("other", [agent], evidence) in [(k, a[:1], e) for k, a, e in _events(text)]


def test_a_relative_clause_on_the_subject_gives_none():
    assert not _events("Kestrel Mining, which moved its headquarters to Lima in May, said profits rose.")


@pytest.mark.parametrize(("text", "agent", "evidence"), [
    ("Prime Minister Lena Holm criticised the plan. The prime minister travelled to Brussels on Tuesday.", "lena-holm",
     "The prime minister travelled to Brussels on Tuesday"),  # a role noun that stands for the person
    ("Prime Minister Lena Holm criticised the plan. The prime minister flew back to Brussels.", "lena-holm",
     "The prime minister flew back to Brussels"),  # over a particle, the goal of a verb of motion completes it
])
def test_a_role_noun_subject_and_a_goal(text, agent, evidence):
    assert ("other", [agent], evidence) in [(k, a[:1], e) for k, a, e in _events(text)]


def test_an_actor_that_only_modifies_the_subject_gives_none():
    assert not _events("Orvane Energy workers moved to Oslo in 2019.")


def test_a_definite_act_noun_as_the_object_of_motion_is_no_act_of_its_own():
    events = _events("Mayor Tom Reyes walked past the protest on his way to the city hall.")
    assert [(k, a) for k, a, _ in events] == [("other", ["tom-reyes"])]  # the protest, told already, is a place here


def test_a_path_completes_a_verb_of_motion_but_a_bare_verb_gives_none():
    assert _events("Governor Ruth Okafor flew over the border in a helicopter.")
    assert not _events("Governor Ruth Okafor moved first.")


def test_assaulting_someone_is_an_assault_not_an_act_of_doing():
    assert [k for k, _, _ in _events("Two men assaulted a journalist outside the stadium in Lagos on Sunday.")] == ["assault"]


@pytest.mark.parametrize("text", ["Jana Novak grew up in Prague.", "Jana Novak worked in Prague as a nurse."])
def test_where_someone_lived_or_worked_is_no_act(text):
    assert not _events(text)


def test_a_verb_coordinated_after_an_act_of_doing_takes_its_doer():
    events = _events("Last week the Mexican senator Lucia Barragan left the ruling party and joined the opposition.")
    assert sorted(a for _, agents, _ in events for a in agents) == ["lucia-barragan", "lucia-barragan"]


@pytest.mark.parametrize("text", ["Senator Ann Lee championed the bill for years.",
                                  "Senator Ann Lee often travelled to Paris in the 1990s."])
def test_an_act_over_a_span_of_time_or_a_habit_gives_none(text):
    assert not _events(text)


def test_a_less_frequent_verb_of_change_is_one_of_doing():
    assert ("other", ["tom-reyes"]) in [(k, a) for k, a, _ in _events("Mayor Tom Reyes dissolved the city council on Monday.")]


def test_a_speaker_telling_of_its_own_act_is_its_doer():
    events = _events("The Halvar Group said it moved its headquarters to Oslo in 2020.")
    assert [(k, a, e) for k, a, e in events] == [("other", ["halvar-group"], "it moved its headquarters to Oslo in 2020")]
    assert not _events("Kestrel Mining said it would move its headquarters to Lima in May.")  # a plan, not told as done


@pytest.mark.parametrize("text", ["Rebels of the Kivu Front plundered the town of Rubaya on Friday.",
                                  "The Velmora Front battled the army near the border on Monday."])
def test_a_hostile_act_is_never_an_act_of_doing_of_kind_other(text):
    assert not [e for e in _events(text) if e[0] == "other"]

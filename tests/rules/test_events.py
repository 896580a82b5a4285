"""The rules' events: verbs matched in every form, negated and adjectival uses skipped, the
shortest span the labelling guide asks for, and the positions acts imply."""

from __future__ import annotations

import pytest

from summariser.rules.events import cue as _cue
from summariser.rules.events import evidence_span
from summariser.rules.stances import object_phrase
from summariser.rules.summary import rules_summary
from summariser.rules.verbs import forms


@pytest.mark.parametrize(("lemma", "expected"), [
    ("ban", {"ban", "bans", "banned", "banning"}),
    ("visit", {"visit", "visits", "visited", "visiting"}),
    ("deny", {"deny", "denies", "denied", "denying"}),
    ("seize", {"seize", "seizes", "seized", "seizing"}),
    ("withdraw", {"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing"}),
    ("call for", {"call for", "calls for", "called for", "calling for"}),
])
def test_a_lemma_gives_every_form(lemma, expected):
    assert set(forms(lemma)) == expected


@pytest.mark.parametrize(("clause", "kind"), [
    ("Police arrested 40 protesters outside parliament", "coerce"),
    ("The ceasefire collapsed when shells slammed into the town and killed 14", "assault"),  # specific beats other
    ("No casualties were reported", None),
    ("The group did not attack the convoy", None),
    ("Members of a banned group gathered outside", None),
    ("Workers walked out of the factory", "protest"),
])
def test_the_event_verb_of_a_clause(clause, kind):
    cue = _cue(clause)
    assert (cue[1] if cue else None) == kind


@pytest.mark.parametrize(("clause", "evidence"), [
    ("Yesterday, Bill de Blasio, the mayor of New York, ended his campaign for president",
     "ended his campaign for president"),
    ("In Hong Kong, police fired tear gas at protesters", "police fired tear gas at protesters"),
    ("A gunman shot shoppers at a store, with the death toll rising to 22",
     "A gunman shot shoppers at a store"),
    ("State prosecutors charged the suspect with murder, they said Sunday", "State prosecutors charged the suspect with murder"),
])
def test_the_evidence_is_the_shortest_clause_the_guide_asks_for(clause, evidence):
    cue = _cue(clause)
    start, end = evidence_span(clause, cue[0])
    assert clause[start:end] == evidence


def test_the_object_of_a_stance_verb_is_the_target():
    evidence = "The union condemned the fuel price rise on Monday"
    assert object_phrase(evidence, evidence.index("condemned")) == "the fuel price rise"
    call = "Amnesty called for an investigation into the shooting"
    assert object_phrase(call, call.index("called")) == "an investigation into the shooting"


def test_an_act_that_implies_a_position_gives_a_stance_for_each_agent():
    text = ("Algeria and Morocco banned the niqab in public offices on Monday. Algeria and Morocco had "
            "debated it for years.\n")
    summary = rules_summary(text, "2024-03-06")
    held = {(s.holder, s.polarity, s.target) for s in summary.stances}
    assert {("algeria", "oppose", "the niqab"), ("morocco", "oppose", "the niqab")} <= held

"""Holders the finder missed (names28): a question's operator before a name, and a one-word name before a verb
of voicing a position. Invented sentences."""

from __future__ import annotations

from summariser.rules.actors import find_actors
from summariser.rules.sentences import split_sentences


def _actors(text: str) -> dict[str, str]:
    return {c.name: c.kind for c in find_actors(text, split_sentences(text))}


def test_a_question_operator_is_no_word_of_the_name_after_it():
    found = _actors("Will Chile sign the fishing treaty? Chile said on Monday it would decide next month.")
    assert "Will Chile" not in found and found.get("Chile") == "state"
    found = _actors("Does Oxfam have the funds for winter? Oxfam said it had raised only half of its target.")
    assert "Does Oxfam" not in found and found.get("Oxfam") == "organisation"


def test_a_given_name_that_is_an_operator_stays_outside_a_question():
    assert _actors("Will Hartley said he would sue the studio over the contract.").get("Will Hartley") == "person"


def test_a_one_word_name_that_voices_a_position_is_an_actor():
    assert _actors("Oxfam voiced support for the new aid corridor.").get("Oxfam") == "organisation"
    assert _actors("Amnesty voiced concern on Friday over the arrests of students.").get("Amnesty") == "organisation"
    assert _actors("Norway has no objection to the cable project, the minister said.").get("Norway") == "state"


def test_having_a_thing_is_no_position():
    assert "Peru" not in _actors("Peru has a long coast and rich fishing grounds.")
    assert "Peru" not in _actors("Peru has the backing of several neighbours.")


def test_a_legislature_or_delegation_after_a_nationality_is_a_body_named_without_it():
    assert _actors("The Estonian parliament voted on Tuesday to raise the defence budget.").get("parliament") \
        == "organisation"
    assert _actors("The Philippine senate rejected the mining bill on Monday.").get("senate") == "organisation"
    assert _actors("The Chilean delegation walked out of the climate talks.").get("delegation") == "organisation"


def test_a_trade_union_named_by_its_members_plural_possessive():
    assert _actors("The dockers' union called a strike at three ports.").get("dockers' union") == "organisation"


def test_a_delegation_of_people_is_no_body():
    assert "delegation" not in _actors("A delegation of fishermen met the mayor on Friday.")

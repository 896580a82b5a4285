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

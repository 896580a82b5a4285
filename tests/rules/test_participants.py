"""A rules summary leaves out a body or state named in passing that takes part in no event or stance (the labelling
guide labels an actor that does something in an event, is its target, or holds a stance); invented sentences."""

from __future__ import annotations

from summariser.rules.summary import recognised_actors, rules_summary


def _ids(text: str) -> set[str]:
    return {a.id for a in rules_summary(text).actors}


def test_a_body_that_only_gives_a_toll_is_left_out_but_still_recognised():
    text = "The storm cut power to 20,000 homes, the Velmora Electricity Board said. Schools stayed closed on Monday.\n"
    assert "velmora-electricity-board" not in _ids(text)
    assert "velmora-electricity-board" in {a.id for a in recognised_actors(text)}


def test_a_body_named_once_that_acts_in_an_event_stays():
    assert "velmora-electricity-board" in _ids("The Velmora Electricity Board condemned the strike on Monday.\n")


def test_a_person_named_once_in_no_event_stays():
    text = "The storm cut power to 20,000 homes, said Ines Morra, a spokeswoman. Schools stayed closed on Monday.\n"
    assert "ines-morra" in _ids(text)


def test_a_body_the_article_names_again_and_again_stays():
    text = ("The storm cut power to 20,000 homes, the Velmora Electricity Board said. The Velmora Electricity Board "
            "expects repairs to take a week. Crews of the Velmora Electricity Board worked through the night.\n")
    assert "velmora-electricity-board" in _ids(text)

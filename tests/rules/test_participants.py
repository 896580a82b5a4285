"""A rules summary leaves out a body or state named in passing that takes part in no event or stance (the labelling
guide labels an actor that does something in an event, is its target, or holds a stance); invented sentences."""

from __future__ import annotations

from summariser.rules.summary import recognised_actors, rules_summary


def _ids(text: str) -> set[str]:
    return {a.id for a in rules_summary(text).actors}


def test_a_body_named_in_passing_is_left_out_but_still_recognised():
    text = "Lawmakers approved the budget on Tuesday, weeks after the Velmora Treasury published its forecast.\n"
    assert "velmora-treasury" not in _ids(text)
    assert "velmora-treasury" in {a.id for a in recognised_actors(text)}


def test_a_body_that_speaks_stays():
    # what a body says may be a position the rules do not read: it is kept as a speaker
    assert "velmora-treasury" in _ids("The Velmora Treasury said the budget would cut the deficit.\n")


def test_a_body_named_once_that_acts_in_an_event_stays():
    assert "velmora-electricity-board" in _ids("The Velmora Electricity Board condemned the strike on Monday.\n")


def test_a_person_named_once_in_no_event_stays():
    text = "The storm cut power to 20,000 homes, said Ines Morra, a spokeswoman. Schools stayed closed on Monday.\n"
    assert "ines-morra" in _ids(text)


def test_a_body_the_article_names_again_and_again_stays():
    text = ("Power returned to 20,000 homes on Sunday after the Velmora Electricity Board repaired the line. The Velmora "
            "Electricity Board expects more outages. Crews of the Velmora Electricity Board worked through the night.\n")
    assert "velmora-electricity-board" in _ids(text)

"""Review fixes of the actors30 round: the kind a body's name carries after it, and leaders of a collective named
with a modifier (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def test_the_company_is_not_a_union_named_with_its_kind_after_the_name():
    text = ("Voltra, Europe's third-largest carmaker, said on Thursday it would cut 4,000 jobs. The IG Stahl union "
            "condemned the plan. Economy Minister Felix Hartmann urged the company to reconsider.\n")
    (request,) = [e for e in rules_summary(text).events if e.kind == "request"]
    assert request.targets == ["voltra"]


def test_leaders_of_a_collective_named_with_a_modifier_are_that_collective():
    text = ("Marenian rebels seized the town of Sova on Monday. Rebel leaders rejected a ceasefire on Wednesday. "
            "The group accused government forces of shelling civilian areas.\n")
    events = rules_summary(text).events
    assert [e.agents for e in events] == [["marenian-rebels"]] * 3

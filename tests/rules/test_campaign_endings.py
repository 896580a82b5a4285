"""A candidate ending their own campaign (invented sentences): an `other` event, no sanction, no side taken."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def test_suspending_or_ending_ones_own_campaign_is_no_sanction_and_no_position():
    for text in ("Businessman Tim Vale suspended his campaign on Sunday.\n",
                 "Senator Amy Lind ended her presidential bid on Monday.\n",
                 "The Greens abandoned their campaign for the mayoralty in March.\n"):
        summary = rules_summary(text)
        assert [e.kind for e in summary.events] == ["other"], text
        assert not summary.stances, text


def test_suspending_what_is_anothers_stays_a_sanction():
    summary = rules_summary("The regulator suspended the company's licence.\n")
    assert [e.kind for e in summary.events] == ["sanction"]
    assert [(s.holder, s.polarity) for s in summary.stances] == [("regulator", "oppose")]
    assert [e.kind for e in rules_summary("The league suspended its captain for three games.\n").events] == ["sanction"]


def test_an_actor_ending_its_own_doing_takes_no_side_against_it():
    summary = rules_summary("The Kavo Front said it was suspending its participation in the ceasefire talks.\n")
    assert not [s for s in summary.stances if "participation" in s.target]

"""Review fixes of the probe33e round (invented sentences)."""

from __future__ import annotations

import pytest

from summariser.rules.summary import rules_summary

_TALKS = "Dorvane Systems said on Monday it was in talks with several buyers. "


def _kinds(text: str, word: str) -> list[str]:
    return [e.kind for e in rules_summary(text).events if word in e.evidence]


@pytest.mark.parametrize("text", [
    _TALKS + "The ministry bought Dorvane Systems software in 2019.\n",  # goods of the body: a purchase
    _TALKS + "Kestrel Foods sold Dorvane Systems 40 trucks last year.\n",  # the body receives the goods
    "Velmora said on Monday it welcomed the gift. Ardenia bought Velmora a new hospital last year.\n",  # a state
])
def test_a_body_that_is_not_the_whole_object_or_no_company_is_not_acquired(text):
    # the guide: a company acquisition is `agree`; goods bought from or sold to a body are no acquisition
    assert "agree" not in _kinds(text, "bought") + _kinds(text, "sold")


@pytest.mark.parametrize("text", [
    _TALKS + "Kestrel Foods bought Dorvane Systems last year.\n",
    _TALKS + "Kestrel Foods sold Dorvane Systems to Harlow Capital in 2019.\n",
])
def test_a_company_bought_or_sold_whole_stays_an_acquisition(text):
    assert "agree" in _kinds(text, "Kestrel")


@pytest.mark.parametrize("text", [
    "A judge in Orsk allows him to run for the council, the ruling said.\n",
    "The court allows them to stay in Velmora, lawyers for the family said.\n",
])
def test_a_court_allowing_a_named_person_by_pronoun_is_a_ruling(text):
    # a pronoun object is definite: a ruling on someone, no generic statement (right at a527282)
    assert _kinds(text, "allows") == ["other"]


@pytest.mark.parametrize("text", [
    "The clash over grazing rights deepened on Monday.\n",
    "There was a clash of views at the Orsk meeting on Monday.\n",
])
def test_a_clash_of_views_or_interests_is_no_assault(text):
    # WordNet 3.0 clash.n.01 "a state of conflict between persons": a dispute, no violence (the guide: assault is force)
    assert "assault" not in [e.kind for e in rules_summary(text).events]


def test_clashes_that_break_out_stay_an_assault():
    assert _kinds("Clashes broke out between police and protesters in Orsk on Friday.\n", "broke out") == ["assault"]


@pytest.mark.parametrize("text", [
    "Pellan Pharma cut 2,000 jobs over the past decade, the union said.\n",
    "Pellan Pharma shed 3,000 jobs in the last ten years.\n",
    "Pellan Pharma has cut 2,000 jobs in recent years.\n",
])
def test_job_cuts_totalled_over_a_period_are_no_event(text):
    # the guide: totals over a period are states of affairs, not events
    assert "other" not in [e.kind for e in rules_summary(text).events if "jobs" in e.evidence]


def test_job_cuts_of_a_day_stay_an_event():
    assert _kinds("Pellan Pharma cut 2,000 jobs on Monday.\n", "cut") == ["other"]

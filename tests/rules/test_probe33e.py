"""Events of the probe33e round: concrete past acts and occurrences whose verb no cue list names (invented
sentences)."""

from __future__ import annotations

import pytest

from summariser.rules.summary import rules_summary


def _events(text: str) -> list[tuple[str, list[str], str]]:
    return [(e.kind, e.agents, e.evidence) for e in rules_summary(text).events]


def _with(text: str, word: str) -> list[tuple[str, list[str], str]]:
    return [e for e in _events(text) if word in e[2]]


@pytest.mark.parametrize(("text", "verb"), [
    ("A passenger plane crashed near the town of Orsk on Monday, killing 40 people.\n", "crashed"),
    ("A ferry carrying 200 passengers sank off the coast of Velmora on Sunday.\n", "sank"),
    ("Two freight trains collided outside Brannick on Tuesday.\n", "collided"),
    ("A bus carrying 40 pilgrims collided with a lorry near Dunmore, injuring 12 passengers.\n", "collided"),
    ("A minibus plunged into a ravine in the Tarsk mountains.\n", "plunged"),
])
def test_a_transport_accident_is_an_other_event_with_no_agent(text, verb):
    # the guide: an accident is `other`; no one did it
    assert [(kind, agents) for kind, agents, _ in _with(text, verb)] == [("other", [])]


@pytest.mark.parametrize(("text", "verb"), [
    ("The ministry's website crashed on Monday after the results were posted.\n", "crashed"),
    ("Shares in Orvane Shipping sank after the report.\n", "sank"),
    ("A plane nearly crashed at Tarn airport on Monday.\n", "crashed"),
    ("No plane crashed in the region last year, the agency said.\n", "crashed"),
    ("Investigators said a plane that crashed in 2019 had the same fault.\n", "crashed"),
    ("If a ferry sank in the strait, rescuers would need hours to reach it.\n", "sank"),
    ("Hopes of a deal sank on Friday.\n", "sank"),
    ("The plane crashed, the airline said, but it gave no details.\n", "crashed"),
    ("Prices of jet fuel sank in March.\n", "sank"),
    ("The ferry strike sank the company's profits last year.\n", "sank"),
])
def test_no_accident_where_nothing_crashed_or_it_is_no_vehicle(text, verb):
    # what the guide leaves out: negated acts, hypotheticals, background in a relative clause, other senses of the
    # verb (a website, share prices, hopes), and a definite subject retelling a crash told before
    assert not _with(text, verb)


def test_a_court_that_allows_a_class_of_things_in_the_present_tells_no_ruling():
    # the guide: a generic or habitual statement is no event
    assert not _events("The Supreme Court of Velmora allows appeals only on points of law.\n")
    assert not _events("The constitutional court permits challenges from any citizen.\n")
    # a ruling told in the present of a lead stays one
    assert [k for k, _, _ in _with("The Supreme Court of Velmora allows the Orvane dam to proceed.\n", "allows")] \
        == ["other"]
    assert [k for k, _, _ in _with("The Supreme Court of Velmora allowed appeals on the tariff.\n", "allowed")] \
        == ["other"]


_LOSS = "Orbane Holdings reported a loss of 40 million euros on Monday. "


@pytest.mark.parametrize("text", [
    _LOSS + "Kestrel Foods bought Orbane Holdings last year.\n",
    _LOSS + "Kestrel Foods sold Orbane Holdings to Dunmere Capital in 2019.\n",
    _LOSS + "Kestrel Foods on Tuesday purchased Orbane Holdings for 2 billion euros.\n",
])
def test_buying_or_selling_a_named_body_is_an_acquisition(text):
    # the guide: a company acquisition is `agree`
    found = [e for e in rules_summary(text).events if "Kestrel" in e.evidence]
    assert [(e.kind, e.agents, e.targets[:1]) for e in found] == [("agree", ["kestrel-foods"], ["orbane-holdings"])]


def test_buying_goods_from_or_selling_them_to_a_body_is_no_acquisition():
    for text in (_LOSS + "Kestrel Foods sold 40 trucks to Orbane Holdings on Monday.\n",
                 _LOSS + "Kestrel Foods bought grain from Orbane Holdings on Monday.\n"):
        assert all(e.kind != "agree" for e in rules_summary(text).events if "Kestrel" in e.evidence)


@pytest.mark.parametrize(("text", "verb"), [
    ("Orvane Motors recalled 40,000 cars on Monday over faulty brakes.\n", "recalled"),
    ("Pellan Pharma recalled two batches of its blood-pressure pills in March.\n", "recalled"),
    ("Orvane Motors said it would recall nearly 2 million vehicles worldwide.\n", "recall"),
])
def test_a_maker_recalling_its_products_is_an_other_event(text, verb):
    # WordNet 3.0 recall.v.06 "bar from sale or distribution", recall.v.07 "cause to be returned": a company's act
    found = _with(text, verb)
    assert [k for k, _, _ in found] == ["other"] and found[0][1]


@pytest.mark.parametrize("text", [
    "Orvane Motors recalled that its first cars were built in a barn.\n",
    "Orvane Motors chairman Ivo Brand recalled his first years at the firm.\n",
    "Orvane Motors has not recalled any cars.\n",
    "Orvane Motors could recall 40,000 cars if the fault is confirmed.\n",
    "The recalled cars were sent back to the Orvane Motors plant.\n",
])
def test_remembering_and_recalls_not_made_are_no_events(text):
    assert not [e for e in _events(text) if "recall" in e[2]]


@pytest.mark.parametrize(("text", "verb"), [
    ("Orvane Motors reported a loss on Monday. Orvane Motors cut 2,000 jobs last year.\n", "cut"),
    ("Orvane Motors said it would cut 2,000 jobs.\n", "cut"),
    ("Pellan Pharma laid off 300 workers at its plant in Dunmore.\n", "laid off"),
    ("Pellan Pharma axed 450 posts in its sales division on Tuesday.\n", "axed"),
])
def test_cutting_jobs_is_an_other_event(text, verb):
    # WordNet 3.0 lay_off.v.02 "dismiss, usually for economic reasons", axe.v.02 "terminate": a company's act
    found = _with(text, verb)
    assert [k for k, _, _ in found] == ["other"] and found[0][1]


@pytest.mark.parametrize("text", [
    "Orvane Motors would cut 2,000 jobs if sales fell further.\n",
    "Orvane Motors said it would cut 2,000 jobs unless the state paid its debts.\n",
    "Orvane Motors denied that it planned to cut jobs.\n",
    "Orvane Motors cut workers' pay by 5 percent.\n",
    "Orvane Motors has not cut any jobs since 2019.\n",
])
def test_job_cuts_not_made_are_no_events(text):
    # a denial is an event of its own (reject), the cut it denies none
    assert not [e for e in _events(text) if " cut" in e[2] and e[0] == "other"]


@pytest.mark.parametrize(("text", "verb"), [
    ("Two bodies were recovered from the Orna river on Monday.\n", "recovered"),
    ("The suspects were moved to a prison in Dunmore on Friday.\n", "moved"),
    ("The stolen painting was returned to the Velmora museum on Tuesday.\n", "returned"),
])
def test_an_agentless_passive_of_doing_told_with_the_story_day_is_an_event(text, verb):
    # the guide: agents empty when the doer is unknown; an act of a day is an event
    assert [(k, a) for k, a, _ in _with(text, verb)] == [("other", [])]


@pytest.mark.parametrize("text", [
    "The Dunmore plant is operated on Mondays by a skeleton crew.\n",
    "The ballots were not collected on Monday.\n",
    "If the ballots were collected on Monday, the count could start.\n",
    "The ballots, which were collected on Monday, will be counted today.\n",
    "The ballots had been collected on Monday.\n",
    "The town of Orna was built on a hill in the 12th century.\n",
    "The Velmora museum was founded in 1901.\n",
])
def test_no_event_from_a_passive_that_is_negated_conditional_relative_background_or_dated_long_ago(text):
    assert not _events(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Clashes broke out between police and protesters in Dunmore on Friday.\n", "assault"),
    ("Fighting broke out in the north of Velmora on Sunday.\n", "assault"),
])
def test_clashes_or_fighting_that_break_out_are_an_assault(text, kind):
    # the guide: violence between sides is an assault, with no doer named here
    assert [(k, a) for k, a, _ in _with(text, "broke out")] == [(kind, [])]


@pytest.mark.parametrize("text", [
    "The Velmora foreign minister condemned the fighting in the north.\n",
    "The Velmora foreign ministry called for an end to the fighting in Orna.\n",
    "No clashes broke out at the Orna rally, police said.\n",
])
def test_fighting_named_in_a_condemnation_or_a_call_is_no_assault(text):
    assert not [k for k, _, _ in _events(text) if k in ("assault", "other")]

"""Events of the probe34e round: acts whose doer the article does not name, and what must not be one (invented
sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary

_LEAD = "Storm hits the northern coast. "


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.kind, e.evidence) for e in rules_summary(_LEAD + text + "\n").events
            if e.evidence != "Storm hits the northern coast"]


def test_an_act_of_an_unnamed_doer_is_an_event_with_no_agent():
    assert ("other", "Engineers repaired the damaged pipeline on Saturday") in _events(
        "Engineers repaired the damaged pipeline on Saturday.")
    assert ("other", "Hundreds of soldiers entered the town of Karvel on Monday") in _events(
        "Hundreds of soldiers entered the town of Karvel on Monday.")
    assert ("other", "A group of engineers repaired the damaged pipeline on Saturday") in _events(
        "A group of engineers repaired the damaged pipeline on Saturday.")


def test_an_unnamed_doer_needs_a_noun_for_people_or_a_body_an_object_and_a_time():
    for text in ("The storm damaged the pipeline on Saturday.", "Engineers repaired pipelines.",
                 "Engineers will repair the pipeline on Saturday.", "Engineers did not repair the pipeline on Saturday.",
                 "If engineers repaired the pipeline on Saturday, the town would have water.",
                 "Engineers usually repaired the pipeline on Saturdays.",
                 "Engineers had repaired the pipeline on Saturday before the storm.",
                 "Engineers who repaired the pipeline on Saturday said the work was hard.",
                 "Residents said engineers repaired the pipeline.",
                 "\"Engineers repaired the pipeline on Saturday,\" he said."):
        assert not any("repaired" in ev or "damaged" in ev for _, ev in _events(text)), text


def test_an_unnamed_doer_of_an_act_that_its_object_names_adds_no_event():
    assert [k for k, _ in _events("Hundreds of farmers joined the rally against the grain tax on Sunday.")] == ["protest"]


def _agents(text: str, evidence: str) -> list[str] | None:
    return next((e.agents for e in rules_summary(_LEAD + text + "\n").events if e.evidence == evidence), None)


def test_a_clause_with_a_subject_of_its_own_does_not_take_the_doer_of_the_clause_before():
    assert _agents("The Harbour Workers Union ended its strike on Thursday, and the port reopened.",
                   "the port reopened") == []
    assert _agents("Kovlan Energy sold its refinery on Monday, but the deal collapsed on Friday.",
                   "the deal collapsed on Friday") == []


def test_a_predicate_with_no_subject_of_its_own_still_takes_the_doer_before():
    assert _agents("The Harbour Workers Union ended its strike on Thursday and reopened the port.",
                   "reopened the port") == ["harbour-workers-union"]
    assert _agents("The Velmari army shelled the town on Monday, and later withdrew.",
                   "and later withdrew") == ["velmari-army"]
    assert _agents("Velmari police arrested the editor on Monday, and the next day released him.",
                   "the next day released him") == ["velmari-police"]
    assert _agents("The Velmari army shelled the town, and the soldiers later withdrew.",
                   "the soldiers later withdrew") == ["velmari-army"]


def test_an_act_noun_after_a_day_in_the_genitive_is_an_event():
    assert ("coerce", "Tuesday's raid on the newspaper's offices") in _events(
        "Tuesday's raid on the newspaper's offices drew condemnation from abroad.")
    assert ("protest", "Monday's strike by dock workers") in [(k, ev[: len("Monday's strike by dock workers")]) for k, ev in _events(
        "Officials said Monday's strike by dock workers cost the port millions.")]


def test_a_day_in_the_genitive_of_a_planned_or_unrealised_act_is_no_event():
    assert _events("Sunday's vote on the charter will decide the matter.") == []
    assert _events("Tuesday's deadline for the talks passed quietly.") == []
    assert _events("If Monday's strike by dock workers goes ahead, the port will close.") == []
    assert _events("Unions did not call Monday's strike by dock workers.") == []
    assert _events("The risk of Friday's attack on the capital was high.") == []


def test_a_relative_clause_between_the_subject_and_its_verb_leaves_the_subject_the_doer():
    held = [(e.kind, e.agents, e.evidence) for e in rules_summary(
        _LEAD + "Orvik Holdings, which owns the stadium, sold it to a Dorvian investor on Monday.\n").events]
    assert ("other", ["orvik-holdings"], "sold it to a Dorvian investor on Monday") in held


def test_a_relative_clause_before_a_negated_or_stative_verb_gives_no_act():
    assert _events("Orvik Holdings, which said it would sell the stadium, did not sell it on Monday.") == []
    assert _events("Orvik Holdings, which sold the stadium in 2019, has long owned land in Ardent.") == []


def test_an_act_of_an_unnamed_doer_reported_after_said_is_the_event_without_the_frame():
    assert ("other", "soldiers entered the town on Monday") in _events("Residents said soldiers entered the town on Monday.")


def test_a_reported_act_of_an_unnamed_doer_that_is_future_or_denied_is_no_event():
    assert _events("Officials said engineers would repair the pipeline on Saturday.") == []
    assert _events("Officials said engineers had repaired the pipeline by Saturday.") == []
    assert _events("Nobody said engineers repaired the pipeline on Saturday.") == []


def test_the_noun_counted_is_the_one_right_after_of_not_the_last_word():
    assert ("other", "Hundreds of soldiers from the north entered the town of Karvel on Monday") in _events(
        "Hundreds of soldiers from the north entered the town of Karvel on Monday.")
    assert _events("Hundreds of leaflets from the union reached the town on Monday.") == []


def test_few_as_the_doer_s_determiner_tells_no_act():
    assert _events("Few soldiers entered the town of Karvel on Monday.") == []
    assert ("other", "Some soldiers entered the town of Karvel on Monday") in _events(
        "Some soldiers entered the town of Karvel on Monday.")

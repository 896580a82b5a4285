"""The labelling session: proposals as items, selections as spans, every change on disk at once."""

from __future__ import annotations

import asyncio
import json

import pytest

from summariser.errors import InputError
from summariser.labelling.proposals import slug, snap
from summariser.labelling.session import Session, Source
from summariser.labelling.work import Work
from summariser.testing.stub_server import Reply

from label_articles import PORT_STRIKE, span_of


@pytest.mark.parametrize(("selected", "expected"), [
    ("Valmont Port Workers Union", "Valmont Port Workers Union"),
    ("almont Port Workers Uni", "Valmont Port Workers Union"),  # a drag a letter short picks whole words
    (" Mara Silvin said.\n\n", "Mara Silvin said."),  # surrounding whitespace goes
    ("day, halting", "Monday, halting"),
])
def test_a_selection_becomes_whole_words_of_the_text(selected, expected):
    start = PORT_STRIKE.index(selected)
    s, e = snap(PORT_STRIKE, start, start + len(selected))
    assert PORT_STRIKE[s:e] == expected


@pytest.mark.parametrize(("start", "end"), [(-1, 4), (5, 5), (8, 3), (0, 10_000)])
def test_a_selection_outside_the_text_is_refused(start, end):
    with pytest.raises(InputError, match="outside the article"):
        snap(PORT_STRIKE, start, end)


def test_a_selection_of_whitespace_is_refused():
    at = PORT_STRIKE.index("\n\n")
    with pytest.raises(InputError, match="holds no text"):
        snap(PORT_STRIKE, at, at + 2)


@pytest.mark.parametrize(("name", "expected"), [
    ("Lena Korvash", "lena-korvash"), ("Zürich Städtische Werke", "zurich-stadtische-werke"),
    ("U.N. Security Council", "u-n-security-council"), ("北京", "actor"),
])
def test_slugs(name, expected):
    assert slug(name, "actor") == expected


def test_proposals_become_items_tied_to_their_spans(make_session):
    session = make_session()
    work = session.works[0]
    assert work.proposed_by == "baseline"
    assert [a.name for a in work.actors] == ["Valmont Port Workers Union", "Mara Silvin", "Eli Brandt"]
    for _, item in work.all_items():
        assert item.status == "proposed" and item.span is not None
    assert work.evidence(work.events[0]) == "Transport Minister Eli Brandt urged both sides to return to talks"
    assert work.events[0].agents == [work.actors[2].key]  # links are keys, not ids
    assert work.stances[0].holder == work.actors[1].key
    assert work.progress() == (0, len(list(work.all_items())))


def test_proposals_are_kept_and_never_made_twice(make_session, tmp_path):
    session = make_session()
    path = session.work_dir / "port-strike.json"
    assert Work.model_validate_json(path.read_text()) == session.works[0]
    again = Session.open(session.out, [Source("port-strike.txt", "port-strike", PORT_STRIKE)], "en", [])
    assert again.pending() == [] and again.resumed == 1
    assert again.works[0] == session.works[0]


def test_any_model_proposes_the_same_way(make_session, stub):
    session = make_session(propose=False)
    asyncio.run(session.propose(0, "openai/stub", {"api_base": stub.api_base, "max_retries": 0}))
    work = session.works[0]
    assert stub.count >= 1 and work.proposed_by == "openai/stub"
    assert work.all_items() and all(item.span for _, item in work.all_items())


def test_a_model_that_fails_leaves_the_article_to_label_by_hand(make_session, stub):
    from summariser.errors import SummariserError

    stub.always(Reply.error(400, "no such model"))
    session = make_session(propose=False)
    with pytest.raises(SummariserError) as failure:
        asyncio.run(session.propose(0, "openai/stub", {"api_base": stub.api_base, "max_retries": 0}))
    session.no_proposals(0, failure.value)
    assert "label this article by hand" in session.works[0].note
    assert session.pending() == [0]  # tried again on the next run
    assert not (session.work_dir / "port-strike.json").exists()


def test_work_on_another_text_is_never_overwritten(make_session):
    session = make_session()
    with pytest.raises(InputError, match="holds work on another text"):
        Session.open(session.out, [Source("port-strike.txt", "port-strike", PORT_STRIKE + "Updated.\n")], "en", [])


def test_an_added_event_is_its_selection_accepted(make_session):
    session = make_session()
    work = session.works[0]
    union = work.actors[0].key
    selected = span_of(PORT_STRIKE, "ockers in Valmont walked off the jo")
    key = session.create(0, "events", {"span": selected, "kind": "protest", "agents": [union]})
    assert [e.key for e in work.events] == [key, "event-4"]  # in article order
    event = work.events[0]
    assert event.status == "accepted" and event.kind == "protest"
    assert work.evidence(event) == "Dockers in Valmont walked off the job"
    assert event.description == "Dockers in Valmont walked off the job"  # a start the user edits
    assert json.loads((session.work_dir / "port-strike.json").read_text())["events"][0]["key"] == key


def test_an_actor_is_named_by_its_selection_only(make_session):
    session = make_session()
    key = session.create(0, "actors", {"span": span_of(PORT_STRIKE, "Eli Brandt"), "kind": "person"})
    actor = {a.key: a for a in session.works[0].actors}
    assert actor[key].name == "Eli Brandt"
    with pytest.raises(InputError, match="picked from the text"):
        session.update(0, key, {"name": "Eli Brant"})
    session.update(0, key, {"span": span_of(PORT_STRIKE, "Transport Minister Eli Brandt")})
    assert {a.key: a.name for a in session.works[0].actors}[key] == "Transport Minister Eli Brandt"


@pytest.mark.parametrize(("field", "data", "message"), [
    ("events", {"span": [0, 7], "kind": "riot"}, "kind"),
    ("events", {"span": [0, 7], "agents": ["actor-99"]}, "no actor 'actor-99'"),
    ("stances", {"span": [0, 7], "polarity": "against"}, "polarity"),
    ("events", {"kind": "other"}, "needs a selection"),
    ("events", {"span": "0-7"}, "two character offsets"),
    ("rumours", {"span": [0, 7]}, "unknown field"),
    ("actors", {"span": [0, 7], "aliases": ["Dockerz"]}, "does not occur in the article"),
])
def test_changes_outside_the_contract_are_refused(make_session, field, data, message):
    session = make_session()
    before = (session.work_dir / "port-strike.json").read_text()
    with pytest.raises(InputError, match=message):
        session.create(0, field, data)
    assert (session.work_dir / "port-strike.json").read_text() == before


def test_an_edit_of_a_proposal_accepts_it_and_a_decision_is_kept(make_session):
    session = make_session()
    work = session.works[0]
    actor, event = work.actors[2].key, work.events[0].key
    session.update(0, actor, {"role": "Transport Minister"})
    session.update(0, event, {"status": "rejected"})
    session.update(0, event, {"kind": "consult"})
    assert work.actors[2].status == "accepted" and work.actors[2].role == "Transport Minister"
    assert work.events[0].status == "rejected" and work.events[0].kind == "consult"
    with pytest.raises(InputError, match="no item"):
        session.update(0, "event-404", {"status": "accepted"})
    assert Work.model_validate_json((session.work_dir / "port-strike.json").read_text()) == work


def test_the_fixture_fields_are_edited_and_checked(make_session):
    session = make_session()
    session.update_meta(0, {"source": "  my notes, CC0 ", "tags": ["real", " en", "", "labour", "labour"],
                            "published": "2024-05-06T10:00:00Z", "headline": "Valmont dockers strike"})
    work = session.works[0]
    assert (work.source, work.tags, work.published) == ("my notes, CC0", ["real", "en", "labour"], "2024-05-06")
    with pytest.raises(InputError, match="not an ISO date"):
        session.update_meta(0, {"published": "May 6"})
    with pytest.raises(InputError, match="cannot change text"):
        session.update_meta(0, {"text": "something else"})
    assert session.works[0].text == PORT_STRIKE

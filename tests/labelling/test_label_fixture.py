"""The fixture builder: accepted items become a fixture `summariser fixtures check` passes, or problems."""

from __future__ import annotations

import json

import pytest

from summariser.errors import InputError
from summariser.evals.checks import check
from summariser.evals.fixtures import Fixture, load_fixtures
from summariser.labelling.fixture import actor_ids, build
from summariser.labelling.session import Session, Source

from label_articles import PORT_STRIKE, span_of


def _label(session: Session) -> None:
    """Decide every proposal of the port strike, add the walk-out, fill in the source."""
    work = session.works[0]
    union, silvin, brandt = (a.key for a in work.actors)
    session.update(0, union, {"status": "accepted"})
    session.update(0, silvin, {"status": "rejected"})
    session.update(0, brandt, {"status": "accepted"})
    session.update(0, work.events[0].key, {"status": "accepted"})
    for stance in work.stances:  # the rules' proposed positions: none holds here
        session.update(0, stance.key, {"status": "rejected"})
    session.create(0, "events", {"span": span_of(PORT_STRIKE, "Dockers in Valmont walked off the job"),
                                 "kind": "protest", "agents": [union], "date": "2024-05-06"})
    session.update_meta(0, {"source": "written for this test, CC0"})


def test_labels_save_as_a_fixture_that_passes_the_check(make_session):
    session = make_session()
    _label(session)
    path, problems = session.save(0)
    assert problems == [] and path == session.out / "port-strike.json"
    assert check(session.out) == []  # the work in progress beside it, in .label/, is no fixture
    assert [f.id for f in load_fixtures(session.out)] == ["port-strike"]
    fixture = Fixture.model_validate(json.loads(path.read_text()))
    assert fixture.tags == ["real", "en", "mine"] and fixture.published == "2024-05-07"
    events = fixture.expected.events
    assert [(e.id, e.kind, e.agents) for e in events] == [  # numbered in article order
        ("e1", "protest", ["valmont-port-workers-union"]), ("e2", "request", ["eli-brandt"])]
    for event in events:
        assert PORT_STRIKE[event.evidence_span.start:event.evidence_span.end] == event.evidence
    assert [a.id for a in fixture.expected.actors] == ["valmont-port-workers-union", "eli-brandt"]
    assert fixture.expected.stances == []
    assert session.works[0].saved
    session.update(0, events and session.works[0].events[0].key, {"kind": "consult"})
    assert not session.works[0].saved  # changed since


def test_nothing_is_written_while_a_proposal_is_undecided(make_session):
    session = make_session()
    path, problems = session.save(0)
    assert path is None and not (session.out / "port-strike.json").exists()
    undecided = len(list(session.works[0].all_items()))
    assert problems[0].message == f"{undecided} items are still undecided: accept or reject each"
    assert problems[0].key == session.works[0].actors[0].key


def test_links_to_actors_not_accepted_are_problems(make_session):
    session = make_session()
    _label(session)
    work = session.works[0]
    session.update(0, work.actors[2].key, {"status": "rejected"})  # Brandt, agent of the accepted request
    stance = session.create(0, "stances", {"span": span_of(PORT_STRIKE, "We will not go back for less"),
                                           "polarity": "oppose"})
    request = next(e.key for e in work.events if e.kind == "request")
    path, problems = session.save(0)
    messages = {p.message: p.key for p in problems}
    assert path is None
    assert messages["event 'Transport Minister Eli Brandt urged both sides to ...' links "
                    "'Eli Brandt', an actor not accepted"] == request
    assert messages["stance 'We will not go back for less' needs an accepted actor as holder"] == stance
    assert messages["stance 'We will not go back for less' needs a target: an actor or a phrase"]


def test_the_checker_problems_point_at_their_items(make_session):
    session = make_session()
    _label(session)
    work = session.works[0]
    session.update(0, work.actors[1].key, {"status": "accepted"})  # Mara Silvin, now in no event or stance
    session.update_meta(0, {"source": "", "headline": "x" * 130})
    path, problems = session.save(0)
    assert path is None
    assert [(p.message, p.key) for p in problems] == [
        ("headline: longer than 120 characters", None),
        ("actors[1]: 'mara-silvin' takes part in no event or stance", work.actors[1].key),
        ("source: a real article needs its source and licence", None),
    ]


def test_actor_ids_are_slugs_numbered_when_names_collide(make_session):
    session = make_session()
    city = session.create(0, "actors", {"span": span_of(PORT_STRIKE, "Valmont"), "kind": "state"})
    union = session.create(0, "actors", {"span": span_of(PORT_STRIKE, "Valmont Port Workers Union")})
    brandt = session.works[0].actors[-1].key
    session.update(0, brandt, {"id": "brandt"})
    ids = actor_ids(session.works[0])
    assert (ids[city], ids[union], ids[brandt]) == ("valmont", "valmont-port-workers-union-2", "brandt")
    with pytest.raises(InputError, match="id"):
        session.update(0, brandt, {"id": "Eli Brandt"})


def test_a_saved_fixture_is_where_labelling_starts_again(make_session, tmp_path):
    session = make_session()
    _label(session)
    saved, _ = session.save(0)
    (session.work_dir / "port-strike.json").unlink()  # the work in progress is gone; the fixture is not
    again = Session.open(session.out, [Source("port-strike.txt", "port-strike", PORT_STRIKE)], "en", [])
    work = again.works[0]
    assert again.pending() == [] and work.saved and work.proposed_by == "fixture"
    assert all(item.status == "accepted" for _, item in work.all_items())
    assert json.loads(saved.read_text()) == build(work)


def test_every_fixture_of_the_repo_reads_back_and_builds_unchanged(fixtures, tmp_path):
    differ = []
    for fixture in fixtures:
        folder = tmp_path / fixture.id
        folder.mkdir()
        data = fixture.model_dump(mode="json", exclude_none=True)
        (folder / f"{fixture.id}.json").write_text(json.dumps(data), encoding="utf-8")
        session = Session.open(folder, [Source("article.txt", fixture.id, fixture.text)], "en", [])
        rebuilt = Fixture.model_validate(build(session.works[0]))
        no_spans = {field: [x.model_copy(update={"evidence_span": None}) for x in getattr(rebuilt.expected, field)]
                    for field in ("events", "stances")}
        if rebuilt.model_copy(update={"expected": rebuilt.expected.model_copy(update=no_spans)}) != fixture:
            differ.append(fixture.id)
    assert differ == []

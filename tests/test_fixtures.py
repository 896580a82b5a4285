"""Every fixture meets the contract: evidence verbatim, ids resolve, vocabularies hold."""

import json
from pathlib import Path

import pytest

from summariser.grounding import Article, find_problems, looks_like_id
from summariser.schema import Fixture, SummaryDraft

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures").glob("*.json"))


def _words(text: str) -> int:
    return len(text.split())


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_fixture_meets_contract(path):
    fixture = Fixture.model_validate_json(path.read_text(encoding="utf-8"))
    assert fixture.id == path.stem
    draft = SummaryDraft.model_validate(
        fixture.expected.model_dump(exclude={"rejected", "usage"}, exclude_none=False)
        | {
            "events": [e.model_dump(exclude={"evidence_span"}) for e in fixture.expected.events],
            "stances": [s.model_dump(exclude={"evidence_span"}) for s in fixture.expected.stances],
        }
    )
    problems = find_problems(draft, Article(fixture.text))
    assert [p.message for p in problems] == []
    assert len(fixture.expected.headline) <= 120
    ids = [a.id for a in draft.actors]
    assert all(looks_like_id(i) for i in ids)
    assert len(set(e.id for e in draft.events)) == len(draft.events)


def test_fixture_set_covers_what_the_harness_needs():
    fixtures = [json.loads(p.read_text(encoding="utf-8")) for p in FIXTURES]
    assert len(fixtures) >= 24
    words = [_words(f["text"]) for f in fixtures]
    assert sum(w > 2500 for w in words) >= 2
    assert sum(250 <= w <= 1200 for w in words) >= 20
    tags = [set(f.get("tags", [])) for f in fixtures]
    assert sum("furniture" in t for t in tags) >= 4
    assert sum("injection" in t for t in tags) >= 2
    assert sum(f.get("language", "en") != "en" for f in fixtures) >= 2
    topics = {"diplomacy", "conflict", "elections", "protests", "courts", "economy", "disasters", "science", "health"}
    assert topics <= set().union(*tags)

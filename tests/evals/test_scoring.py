"""The scorers, driven by the table of cases in scoring_cases.json."""

import json
from pathlib import Path

import pytest

from summariser.evals.scoring import FieldScore, FixtureScore, score_fixture
from summariser.grounding import looks_like_id
from summariser.evals.fixtures import Fixture
from summariser.schema import ArticleSummary

HERE = Path(__file__).parent
CASES = json.loads((HERE / "scoring_cases.json").read_text(encoding="utf-8"))["cases"]
FIXTURES = sorted((HERE.parent.parent / "fixtures").rglob("*.json"))
FIELDS = ("actors", "events", "stances")


def _summary(d: dict | None) -> ArticleSummary | None:
    if d is None:
        return None
    return ArticleSummary.model_validate({"headline": "", "summary": ""} | d)


def _score(case: dict) -> FixtureScore:
    return score_fixture(_summary(case["predicted"]), _summary(case["expected"]), case["text"])


def _assert_subset(got, want, path="score"):
    if isinstance(want, dict):
        for key, value in want.items():
            assert key in got, f"{path}.{key} missing"
            _assert_subset(got[key], value, f"{path}.{key}")
    elif isinstance(want, float):
        assert got == pytest.approx(want), path
    else:
        assert got == want, path


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case):
    _assert_subset(_score(case).to_dict(), case["scores"])


REORDERABLE = [c for c in CASES if c["predicted"] is not None]  # a failed model has nothing to reorder


@pytest.mark.parametrize("case", REORDERABLE, ids=[c["name"] for c in REORDERABLE])
def test_reversed_predictions_score_the_same(case):
    reversed_ = {k: v[::-1] if isinstance(v, list) else v for k, v in case["predicted"].items()}
    before, after = _score(case), _score(case | {"predicted": reversed_})
    for field in FIELDS:
        b, a = getattr(before, field), getattr(after, field)
        assert (a.tp, a.fp, a.fn, a.attr_total) == (b.tp, b.fp, b.fn, b.attr_total), field
        assert a.attr_correct == b.attr_correct, field
    assert after.grounding_rate == before.grounding_rate


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case_round_trips_through_dict(case):
    score = _score(case)
    again = FixtureScore.from_dict(json.loads(json.dumps(score.to_dict())))
    assert again == score


def _assert_perfect(score: FixtureScore):
    for field in FIELDS:
        f: FieldScore = getattr(score, field)
        assert (f.precision, f.recall, f.f1) == (1.0, 1.0, 1.0), field
        assert (f.fp, f.fn, f.missed, f.invented, f.mismatched) == (0, 0, [], [], []), field
        assert f.attr_correct == f.attr_total, field
    assert score.grounding_rate in (1.0, None)
    assert score.summary_overlap == 1.0
    assert score.schema_valid and score.dropped == 0


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case_expected_against_itself_is_perfect(case):
    expected = _summary(case["expected"])
    _assert_perfect(score_fixture(expected, expected, case["text"]))


def test_fixtures_exist():
    assert len(FIXTURES) >= 1, "no fixtures/*.json to score"


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_fixture_expected_against_itself_is_perfect(path):
    fixture = Fixture.model_validate_json(path.read_text(encoding="utf-8"))
    score = score_fixture(fixture.expected, fixture.expected, fixture.text)
    _assert_perfect(score)
    assert score.grounding_rate == 1.0 or not (fixture.expected.actors or fixture.expected.events)


def test_precision_and_recall_conventions():
    assert FieldScore().f1 == 1.0
    assert (FieldScore(fn=2).precision, FieldScore(fn=2).recall) == (0.0, 0.0)
    assert (FieldScore(fp=1).precision, FieldScore(fp=1).recall) == (0.0, 0.0)
    assert FieldScore(tp=1, fp=1, fn=2).f1 == pytest.approx(0.4)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case_expected_ids_resolve(case):
    expected = _summary(case["expected"])
    ids = {a.id for a in expected.actors}
    refs = [x for e in expected.events for x in (*e.agents, *e.targets)]
    refs += [s.holder for s in expected.stances]
    refs += [s.target for s in expected.stances if looks_like_id(s.target)]
    assert set(refs) <= ids

"""The scorers, driven by the table of cases in scoring_cases.json, and the floor they must keep."""

import json
from pathlib import Path

import pytest

from summariser.evals.fixtures import Fixture
from summariser.evals.scoring import ALL_LEVELS, FIELDS, FixtureScore, LevelScore, content_words, score_fixture, span_f1
from summariser.evidence import looks_like_id
from summariser.schema import ArticleSummary

HERE = Path(__file__).parent
CASES = json.loads((HERE / "scoring_cases.json").read_text(encoding="utf-8"))["cases"]
FIXTURES = sorted((HERE.parent.parent / "fixtures").rglob("*.json"))


def _summary(d: dict | None) -> ArticleSummary | None:
    if d is None:
        return None
    return ArticleSummary.model_validate({"headline": "", "summary": ""} | d)


def _score(case: dict) -> FixtureScore:
    return score_fixture(_summary(case["predicted"]), _summary(case["expected"]), case["text"])


def _assert_subset(got, want, path="score"):
    if isinstance(want, dict):
        for k, value in want.items():
            assert k in got, f"{path}.{k} missing"
            _assert_subset(got[k], value, f"{path}.{k}")
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
    for level in ALL_LEVELS:
        b, a = before.levels[level], after.levels[level]
        assert (a.tp, a.fp, a.fn) == (b.tp, b.fp, b.fn), level
    assert after.grounding_rate == before.grounding_rate


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case_round_trips_through_dict(case):
    score = _score(case)
    again = FixtureScore.from_dict(json.loads(json.dumps(score.to_dict())))
    assert again == score


def _assert_perfect(score: FixtureScore):
    for level, found in score.levels.items():
        assert (found.precision, found.recall, found.f1) == (1.0, 1.0, 1.0), level
        assert (found.fp, found.fn) == (0, 0), level
    for field in FIELDS:
        assert all(status == "matched" for _, _, status in score.alignment[field]), field
    assert score.grounding_rate in (1.0, None)
    assert score.summary_overlap == 1.0
    assert score.schema_valid and score.dropped == 0


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case_expected_against_itself_is_perfect(case):
    expected = _summary(case["expected"])
    _assert_perfect(score_fixture(expected, expected, case["text"]))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_fixture_expected_against_itself_is_perfect_at_every_level(path):
    fixture = Fixture.model_validate_json(path.read_text(encoding="utf-8"))
    score = score_fixture(fixture.expected, fixture.expected, fixture.text)
    _assert_perfect(score)
    assert score.grounding_rate == 1.0 or not (fixture.expected.actors or fixture.expected.events)


def test_precision_and_recall_conventions():
    assert LevelScore().f1 == 1.0
    assert (LevelScore(fn=2).precision, LevelScore(fn=2).recall) == (0.0, 0.0)
    assert (LevelScore(fp=1).precision, LevelScore(fp=1).recall) == (0.0, 0.0)
    assert LevelScore(tp=1, fp=1, fn=2).f1 == pytest.approx(0.4)


def test_span_agreement_penalises_spans_much_longer_or_shorter():
    gold = (10, 20)  # ten tokens
    assert span_f1(gold, gold) == 1.0
    assert span_f1((10, 30), gold) == pytest.approx(2 * 10 / 30)  # twice as long: still agrees
    assert span_f1((0, 40), gold) < 0.5  # a whole paragraph around it does not
    assert span_f1((10, 13), gold) < 0.5  # nor three of its words
    assert span_f1((20, 30), gold) == 0.0 and span_f1(None, gold) == 0.0


def test_target_words_ignore_function_words_and_plurals():
    assert content_words("the bans on niqabs") == content_words("a ban on the niqab") == {"ban", "niqab"}
    assert content_words("Mr Wang said China firmly") == {"mr", "wang", "said", "china", "firmly"}


def test_target_words_read_a_possessive_as_its_noun():
    assert content_words("the court's ruling") == content_words("the court ruling") == {"court", "ruling"}
    assert content_words("Germany’s ban") == {"germany", "ban"}


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case_expected_ids_resolve(case):
    expected = _summary(case["expected"])
    ids = {a.id for a in expected.actors}
    refs = [x for e in expected.events for x in (*e.agents, *e.targets)]
    refs += [s.holder for s in expected.stances]
    refs += [s.target for s in expected.stances if looks_like_id(s.target)]
    assert set(refs) <= ids

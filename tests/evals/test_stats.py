"""Aggregates and bootstrap statistics over fixture scores."""

import json

import numpy as np
import pytest

from summariser.evals.scoring import ALL_LEVELS, FIELDS, LEVELS, FixtureScore, LevelScore, key
from summariser.evals.stats import (
    aggregate,
    bootstrap_ci,
    f1_intervals,
    grounding_rate,
    macro_f1,
    micro_f1,
    paired_bootstrap,
)


def _score(tp=0, fp=0, fn=0, strict=None, grounded=0, checked=0, valid=True, dropped=0, overlap=0.0):
    """One fixture: every level with these counts, the strictest ones with ``strict`` (tp, fp, fn) if given."""
    strictest = {"actors.kind", "events.arguments", "stances.holder_polarity_target"}
    levels = {level: LevelScore(*(strict if strict and level in strictest else (tp, fp, fn))) for level in ALL_LEVELS}
    return FixtureScore(
        levels=levels,
        alignment={f: [] for f in FIELDS},
        grounding_rate=grounded / checked if checked else None,
        grounded=grounded,
        checked=checked,
        schema_valid=valid,
        dropped=dropped,
        summary_overlap=overlap,
    )


def _model(n: int, skill: float, seed: int) -> list[FixtureScore]:
    """n fixtures of 10 items each, of which a model of ``skill`` gets about skill * 10."""
    rng = np.random.default_rng(seed)
    tps = rng.binomial(10, skill, size=n)
    return [_score(tp=int(t), fp=int(rng.integers(0, 3)), fn=10 - int(t)) for t in tps]


def test_aggregate_on_known_counts():
    scores = [
        _score(tp=2, fp=1, fn=0, strict=(1, 2, 1), grounded=3, checked=4, dropped=1, overlap=0.5),
        _score(tp=1, fp=0, fn=1, strict=(0, 1, 2), grounded=1, checked=2, valid=False, dropped=2, overlap=0.25),
    ]
    out = aggregate(scores)
    for field in FIELDS:
        loosest = out[field][LEVELS[field][0]]
        assert (loosest["tp"], loosest["fp"], loosest["fn"]) == (3, 1, 1)
        assert (loosest["precision"], loosest["recall"], loosest["f1"]) == pytest.approx((0.75, 0.75, 0.75))
        assert loosest["macro_f1"] == pytest.approx((0.8 + 2 / 3) / 2)
        assert loosest["f1_ci"][0] <= loosest["f1"] <= loosest["f1_ci"][1]
        strictest = out[field][LEVELS[field][-1]]
        assert (strictest["tp"], strictest["fp"], strictest["fn"]) == (1, 3, 3)
        assert strictest["f1"] == pytest.approx(0.25)
        assert set(out[field]) == set(LEVELS[field])  # levels only: no field-wide figure to misread
    assert out["grounding_rate"] == pytest.approx(4 / 6)
    assert out["schema_valid_rate"] == 0.5
    assert out["dropped"] == 3
    assert out["summary_overlap"] == pytest.approx(0.375)
    assert out["n"] == 2
    json.dumps(out)


def test_aggregate_of_empty_fields_and_no_fixtures():
    out = aggregate([_score(), _score()])
    assert out["actors"]["identified"]["f1"] == 1.0 and out["events"]["arguments"]["f1"] == 1.0
    assert out["grounding_rate"] is None
    empty = aggregate([])
    assert empty["n"] == 0 and empty["actors"]["identified"]["f1"] is None and empty["summary_overlap"] is None
    json.dumps(empty)


def test_metrics_match_the_field_scores():
    scores = _model(12, 0.6, seed=1)
    tp, fp, fn = (sum(getattr(s.levels["actors.identified"], k) for s in scores) for k in ("tp", "fp", "fn"))
    assert micro_f1("actors.identified")(scores) == pytest.approx(LevelScore(tp=tp, fp=fp, fn=fn).f1)
    events = "events.classified"
    assert macro_f1(events)(scores) == pytest.approx(np.mean([s.levels[events].f1 for s in scores]))
    assert np.isnan(grounding_rate()(scores))


def test_ci_contains_the_point_estimate():
    scores = _model(30, 0.7, seed=2)
    metric = micro_f1("actors.identified")
    lo, hi = bootstrap_ci(scores, metric)
    assert lo <= metric(scores) <= hi
    assert lo < hi


def test_ci_narrows_with_more_fixtures():
    few = _model(10, 0.6, seed=3)
    many = few * 8
    lo_few, hi_few = bootstrap_ci(few, micro_f1("events.classified"))
    lo_many, hi_many = bootstrap_ci(many, micro_f1("events.classified"))
    assert hi_many - lo_many < (hi_few - lo_few) / 2


def test_bootstrap_is_seeded_and_any_callable_works():
    scores = _model(15, 0.5, seed=4)
    metric = micro_f1("stances.holder_polarity_target")
    assert bootstrap_ci(scores, metric, seed=7) == bootstrap_ci(scores, metric, seed=7)
    assert bootstrap_ci(scores, lambda s: metric(s), n_resamples=200) == pytest.approx(
        bootstrap_ci(scores, metric, n_resamples=200)
    )


def test_paired_bootstrap_of_identical_models():
    scores = _model(20, 0.6, seed=5)
    result = paired_bootstrap(scores, list(scores), micro_f1("actors.identified"))
    assert result["delta"] == 0
    assert result["ci"] == [0.0, 0.0]
    assert result["p_value"] == 1.0


def test_paired_bootstrap_of_a_clearly_better_model():
    worse, better = _model(30, 0.4, seed=6), _model(30, 0.9, seed=6)
    result = paired_bootstrap(worse, better, micro_f1("actors.identified"))
    assert result["delta"] > 0.3
    assert result["ci"][0] > 0
    assert result["p_value"] < 0.01
    flipped = paired_bootstrap(better, worse, micro_f1("actors.identified"))
    assert flipped["delta"] == pytest.approx(-result["delta"])
    assert flipped["p_value"] < 0.01


def test_paired_bootstrap_of_a_model_better_on_one_fixture_only():
    a = _model(30, 0.6, seed=8)
    b = [_score(tp=1, fp=0, fn=0)] + a[1:]
    a = [_score(tp=0, fp=1, fn=1)] + a[1:]
    result = paired_bootstrap(a, b, micro_f1("actors.identified"))
    assert result["delta"] > 0
    assert result["ci"][0] <= 0 < result["ci"][1]
    assert result["p_value"] > 0.2


def test_paired_bootstrap_needs_the_same_fixtures():
    with pytest.raises(ValueError):
        paired_bootstrap(_model(3, 0.5, 0), _model(4, 0.5, 0), micro_f1("actors.identified"))


@pytest.mark.parametrize("n_resamples", [1000, 500])
def test_every_levels_interval_at_once_is_each_levels_bootstrap(n_resamples):
    """The report's one-pass intervals are `bootstrap_ci`'s, number for number."""
    levels = [key(f, level) for f in FIELDS for level in LEVELS[f]]
    for seed in range(20):
        rng = np.random.default_rng(seed)
        scores = [_score(*(int(x) for x in rng.integers(0, 4, 3)), strict=tuple(int(x) for x in rng.integers(0, 3, 3)))
                  for _ in range(int(rng.integers(1, 30)))]
        together = f1_intervals(scores, levels, n_resamples)
        assert together == {level: bootstrap_ci(scores, micro_f1(level), n_resamples) for level in levels}
    assert all(np.isnan(f1_intervals([], levels)[level]).all() for level in levels)


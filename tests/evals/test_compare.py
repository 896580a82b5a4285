"""`eval compare`: over the fixtures both runs scored, contestants by name and strategy."""

from __future__ import annotations

import asyncio

import pytest

from summariser.errors import InputError
from summariser.evals.compare import compare_runs
from summariser.evals.runner import run_eval

from fakes import CountingModel


def _run(fixtures, models, out, factory=None):
    return asyncio.run(run_eval(fixtures, models, out, factory=factory, cache=None, ramp=0))


def test_deltas_per_level_and_the_fixtures_that_regressed(fixtures, tmp_path):
    good = CountingModel(name="m")
    _run(fixtures[:4], ["baseline", "m"], tmp_path / "a", good.factory())
    worse = CountingModel(name="m", fail_on={fixtures[1].id})
    _run(fixtures[:4], ["baseline", "m"], tmp_path / "b", worse.factory())
    diff = compare_runs(tmp_path / "a", tmp_path / "b")
    assert diff["fixtures"] == {"common": 4, "only_in_a": [], "only_in_b": []}
    row = diff["models"]["m"]
    assert row["events.classified"]["a"] == 1.0 and row["events.classified"]["delta"] < 0
    assert row["failures"] == {"a": 0, "b": 1, "delta": 1}
    assert 0 < row["events.classified"]["paired"]["p_value"] <= 1
    assert diff["models"]["baseline"]["events.classified"]["delta"] == 0
    assert [r["fixture"] for r in diff["regressions"]] == [fixtures[1].id] and diff["regressions"][0]["failed"]


def test_runs_over_different_fixtures_compare_only_the_common_ones_and_say_so(fixtures, tmp_path):
    _run(fixtures[:4], ["baseline"], tmp_path / "a")
    _run(fixtures[2:7], ["baseline"], tmp_path / "b")
    diff = compare_runs(tmp_path / "a", tmp_path / "b")
    assert diff["fixtures"]["common"] == 2
    assert diff["fixtures"]["only_in_a"] == sorted(f.id for f in fixtures[:2])
    assert diff["fixtures"]["only_in_b"] == sorted(f.id for f in fixtures[4:7])


def test_runs_that_share_no_fixture_are_refused(fixtures, tmp_path):
    _run(fixtures[:2], ["baseline"], tmp_path / "a")
    _run(fixtures[2:4], ["baseline"], tmp_path / "b")
    with pytest.raises(InputError, match="share no fixture"):
        compare_runs(tmp_path / "a", tmp_path / "b")


def test_the_same_model_with_another_strategy_is_another_row(fixtures, stub, tmp_path, monkeypatch):
    from summariser.evals.predictors import make_factory

    monkeypatch.setenv("OPENAI_API_KEY", "sk-stub-0000")
    a, b = tmp_path / "a", tmp_path / "b"
    _run(fixtures[:2], ["openai/stub"], a, make_factory({"api_base": stub.api_base, "strategy": "free"}))
    _run(fixtures[:2], ["openai/stub"], b, make_factory({"api_base": stub.api_base, "strategy": "grounded"}))
    with pytest.raises(InputError, match="share no contestant"):
        compare_runs(a, b)
    _run(fixtures[:2], ["openai/stub", "baseline"], b, make_factory({"api_base": stub.api_base, "strategy": "free"}))
    diff = compare_runs(a, b)
    assert list(diff["models"]) == ["openai/stub (free)"]
    assert diff["only_in_b"] == ["openai/stub (grounded)", "baseline"]


def test_a_changed_prompt_or_mode_is_said(fixtures, tmp_path):
    a = CountingModel(name="m", fingerprint={"model": "m", "strategy": "free", "prompt_version": "p1"})
    b = CountingModel(name="m", fingerprint={"model": "m", "strategy": "free", "prompt_version": "p2", "mode": "json"})
    _run(fixtures[:2], ["m"], tmp_path / "a", a.factory())
    _run(fixtures[:2], ["m"], tmp_path / "b", b.factory())
    assert compare_runs(tmp_path / "a", tmp_path / "b")["config_changes"] == {
        "m": {"mode": [None, "json"], "prompt_version": ["p1", "p2"]}}

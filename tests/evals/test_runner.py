"""The runner: resumes interrupted runs, makes no model calls on a warm cache, records failures."""

from __future__ import annotations

import asyncio
import json

import pytest

from fakes import CountingModel

from summariser.evals.cache import ResponseCache
from summariser.evals.predictors import Predictor
from summariser.evals.runner import RESULTS, read_results, run_eval


def _run(fixtures, models, out, **kw):
    return asyncio.run(run_eval(fixtures, models, out, **kw))


def _lines(out) -> list[dict]:
    return [json.loads(line) for line in (out / RESULTS).read_text().splitlines() if line.strip()]


def test_an_interrupted_run_resumes_without_recomputing_finished_fixtures(fixtures, tmp_path):
    out, cache = tmp_path / "run", ResponseCache(tmp_path / "cache")
    first = CountingModel(interrupt_after=3)
    with pytest.raises(KeyboardInterrupt):
        _run(fixtures, [first.name], out, factory=first.factory(), cache=cache, concurrency=1)
    assert len(first.calls) == 3
    assert [r["fixture"] for r in _lines(out)] == first.calls
    with open(out / RESULTS, "a") as f:
        f.write('{"model": "fake/model", "fixture": "half-writ')  # the line a kill cut short

    second = CountingModel()
    run = _run(fixtures, [second.name], out, factory=second.factory(), cache=None)
    assert not set(second.calls) & set(first.calls)
    assert sorted(second.calls + first.calls) == sorted(f.id for f in fixtures)
    assert run.resumed == 3 and run.calls == len(fixtures) - 3
    assert len(read_results(out / RESULTS)) == len(fixtures)
    assert all(r.score.headline("events").f1 == 1.0 for r in run.by_model(second.name))


def test_a_known_wrong_answer_gets_its_known_scores(few, tmp_path):
    # Beside the plumbing check above (the labels score 1.0): an answer wrong in known ways
    # must score exactly that badly through the runner.
    fixture = few[0]
    gold = fixture.expected
    wrong = gold.model_copy(update={
        "actors": gold.actors[1:],  # one actor missed
        "events": [e.model_copy(update={"kind": "assault" if e.kind != "assault" else "aid"}) for e in gold.events],
        "stances": [],  # every stance missed
    })

    async def predict(f):
        return wrong

    factory = {"wrong": Predictor("wrong", predict, {"model": "wrong"})}.__getitem__
    run = _run([fixture], ["wrong"], tmp_path / "run", factory=factory, cache=None)
    score = run.results[("wrong", fixture.id)].score
    n_actors, n_events, n_stances = len(gold.actors), len(gold.events), len(gold.stances)
    assert (score.level("actors", "identified").tp, score.level("actors", "identified").fn) == (n_actors - 1, 1)
    assert score.level("events", "identified").tp == n_events  # every span found...
    assert score.level("events", "classified").tp == 0  # ...none with its kind
    assert score.level("stances", "holder_polarity").fn == n_stances
    assert {status for _, _, status in score.alignment["events"]} == {"wrong kind"}


def test_a_finished_run_rerun_in_its_folder_makes_no_calls(few, tmp_path):
    out = tmp_path / "run"
    model = CountingModel()
    _run(few, [model.name, "baseline"], out, factory=model.factory(), cache=None)
    again = CountingModel()
    run = _run(few, [again.name, "baseline"], out, factory=again.factory(), cache=None)
    assert again.calls == [] and run.resumed == 2 * len(few)


def test_a_warm_cache_makes_zero_model_calls(few, tmp_path):
    cache = ResponseCache(tmp_path / "cache")
    cold = CountingModel()
    first = _run(few, [cold.name], tmp_path / "a", factory=cold.factory(), cache=cache)
    assert len(cold.calls) == len(few) and first.calls == len(few)

    warm = CountingModel()
    second = _run(few, [warm.name], tmp_path / "b", factory=warm.factory(), cache=cache)
    assert warm.calls == []
    assert second.calls == 0 and second.cache_hits == len(few)
    assert all(r.cached for r in second.by_model(warm.name))
    assert [r.score.to_dict() for r in second.by_model(warm.name)] == [r.score.to_dict() for r in first.by_model(cold.name)]


def test_a_change_of_options_misses_the_cache(few, tmp_path):
    cache = ResponseCache(tmp_path / "cache")
    _run(few, ["fake/model"], tmp_path / "a", factory=CountingModel().factory(), cache=cache)
    other = CountingModel(fingerprint={"model": "fake/model", "prompt_version": "test", "temperature": 0.5})
    _run(few, [other.name], tmp_path / "a", factory=other.factory(), cache=cache)
    assert len(other.calls) == len(few)  # neither resumed nor cached: the answer may differ


def test_one_failing_fixture_is_recorded_not_raised(few, tmp_path):
    model = CountingModel(fail_on={few[1].id})
    run = _run(few, [model.name], tmp_path / "run", factory=model.factory(), cache=ResponseCache(tmp_path / "c"))
    failed = run.results[(model.name, few[1].id)]
    assert not failed.ok and "ExtractionError" in failed.error and few[1].id in failed.error
    assert failed.score.level("actors", "identified").fn == len(few[1].expected.actors) and not failed.score.schema_valid
    assert sum(r.ok for r in run.by_model(model.name)) == len(few) - 1
    assert [r["ok"] for r in _lines(tmp_path / "run")].count(False) == 1


def test_failures_are_kept_on_resume_unless_asked_to_retry(few, tmp_path):
    out = tmp_path / "run"
    _run(few, ["fake/model"], out, factory=CountingModel(fail_on={few[0].id}).factory(), cache=None)
    keep = CountingModel()
    _run(few, [keep.name], out, factory=keep.factory(), cache=None)
    assert keep.calls == []
    retry = CountingModel()
    run = _run(few, [retry.name], out, factory=retry.factory(), cache=None, retry_failed=True)
    assert retry.calls == [few[0].id] and all(r.ok for r in run.by_model(retry.name))


def test_requests_in_flight_are_bounded(fixtures, tmp_path):
    model = CountingModel(delay=0.02)
    _run(fixtures[:8], [model.name], tmp_path / "run", factory=model.factory(), cache=None, concurrency=3, ramp=0)
    assert model.max_in_flight == 3


def test_changed_labels_are_rescored(few, tmp_path):
    out = tmp_path / "run"
    _run(few, ["gold"], out)
    edited = [few[0].model_copy(update={"expected": few[0].expected.model_copy(update={"actors": []})}), *few[1:]]
    run = _run(edited, ["gold"], out)
    assert run.resumed == len(few) - 1
    assert run.results[("gold", few[0].id)].score.level("actors", "identified").tp == 0


def test_a_warm_cache_keeps_scores_until_the_labels_or_the_scorer_change(few, tmp_path, monkeypatch):
    from summariser.evals import runner

    cache = ResponseCache(tmp_path / "cache")
    first = _run(few, ["fake/model"], tmp_path / "a", factory=CountingModel().factory(), cache=cache)
    scored = []
    real = runner.score_fixture
    monkeypatch.setattr(runner, "score_fixture", lambda s, expected, text: scored.append(text) or real(s, expected, text))

    warm = _run(few, ["fake/model"], tmp_path / "b", factory=CountingModel().factory(), cache=cache)
    assert scored == [] and warm.cache_hits == len(few)
    assert [r.score.to_dict() for r in warm.by_model("fake/model")] == [r.score.to_dict() for r in first.by_model("fake/model")]

    edited = [few[0].model_copy(update={"expected": few[0].expected.model_copy(update={"actors": []})}), *few[1:]]
    relabelled = _run(edited, ["fake/model"], tmp_path / "c", factory=CountingModel().factory(), cache=cache)
    assert scored == [few[0].text] and relabelled.results[("fake/model", few[0].id)].score.level("actors", "identified").tp == 0

    monkeypatch.setattr(runner, "scorer_version", lambda: "another scorer")
    _run(few, ["fake/model"], tmp_path / "d", factory=CountingModel().factory(), cache=cache)
    assert len(scored) == 1 + len(few)


def test_results_finishing_together_share_one_fsync_and_each_waits_for_one_after_its_line(few, tmp_path, monkeypatch):
    import os
    import time

    from summariser.evals.runner import Result
    from summariser.journal import ResultsLog
    from summariser.evals.scoring import score_fixture

    synced: list[int] = []  # lines in the file when each fsync started
    score = score_fixture(None, few[0].expected, few[0].text)
    log = ResultsLog(tmp_path / RESULTS)

    def slow_fsync(fd: int) -> None:
        synced.append(len((tmp_path / RESULTS).read_text().splitlines()))
        time.sleep(0.05)

    monkeypatch.setattr(os, "fsync", slow_fsync)

    async def finish(i: int) -> int:
        log.write(Result("m", f"f{i}", score, None, "boom").to_json())
        await log.sync()
        return synced[-1]  # the fsync this result waited for saw its line

    async def main() -> list[int]:
        return await asyncio.gather(*(finish(i) for i in range(8)))

    seen = asyncio.run(main())
    log.close()
    assert all(lines >= i + 1 for i, lines in enumerate(seen))
    # the first result's own fsync, then one for the seven written while it ran
    assert len(synced) == 2 and synced[1] == 8


def test_the_ramp_spaces_only_the_first_requests(monkeypatch):
    from summariser.evals.runner import Ramp

    waits: list[float] = []

    async def sleep(seconds: float) -> None:  # record instead of waiting
        waits.append(seconds)

    monkeypatch.setattr(asyncio, "sleep", sleep)

    async def main() -> None:
        ramp = Ramp(3, 10.0)
        for _ in range(5):
            await ramp()

    asyncio.run(main())
    assert len(waits) == 2  # the first starts at once, the fourth and fifth are not held back
    assert 9 < waits[0] <= 10 and 19 < waits[1] <= 20


def test_cache_hits_are_not_held_back_by_the_ramp(few, tmp_path, monkeypatch):
    from summariser.evals import runner

    paced: list[int] = []

    async def count(self) -> None:
        paced.append(1)

    monkeypatch.setattr(runner.Ramp, "__call__", count)
    cache = ResponseCache(tmp_path / "cache")
    cold = CountingModel()
    _run(few, [cold.name, "baseline"], tmp_path / "a", factory=cold.factory(), cache=cache, concurrency=2)
    assert len(paced) == len(few)  # each model request was offered to the ramp; baseline's rules were not
    paced.clear()
    _run(few, [CountingModel().name], tmp_path / "b", factory=CountingModel().factory(), cache=cache, concurrency=2)
    assert paced == []

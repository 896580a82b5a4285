"""Run models over fixtures: concurrent, cached, scored, and resumable.

Each finished (model, fixture) pair is appended at once to ``OUT/results.jsonl``
(flushed, so a killed run loses at most the pairs in flight; and fsynced, so a
crashed machine does not either, unless the pair came from the response cache
and costs nothing to redo).
On start the runner reads that file back and skips every pair already done with
the same prediction key (model, options, prompt, schema, text) and the same
labels. Answers of language models also go to the on-disk response cache, so
rerunning into a fresh folder makes no model calls either.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from summariser.evals.cache import CachedAnswer, ResponseCache
from summariser.evals.fixtures import Fixture, labels_digest
from summariser.evals.predictors import Predictor, PredictorFactory, make_factory
from summariser.evals.scoring import FixtureScore, score_fixture
from summariser.journal import ResultsLog, read_lines
from summariser.schema import ArticleSummary, Usage

RESULTS = "results.jsonl"


@dataclass
class Result:
    """One model's outcome on one fixture: its summary (None on failure) and score."""

    model: str
    fixture: str
    score: FixtureScore
    summary: ArticleSummary | None = None
    error: str | None = None
    cached: bool = False
    elapsed_s: float = 0.0
    key: str = ""
    labels: str = ""
    config: dict = field(default_factory=dict)
    """What the contestant was: model, strategy, mode, prompt version (`Predictor.config`)."""

    @property
    def ok(self) -> bool:
        return self.summary is not None

    @property
    def usage(self) -> Usage | None:
        return self.summary.usage if self.summary is not None else None

    def to_json(self) -> dict:
        return {
            "model": self.model,
            "fixture": self.fixture,
            "ok": self.ok,
            "error": self.error,
            "cached": self.cached,
            "elapsed_s": round(self.elapsed_s, 4),
            "key": self.key,
            "labels": self.labels,
            "config": self.config,
            "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "usage": self.usage.model_dump(mode="json") if self.usage else None,
            "score": self.score.to_dict(),
            "summary": self.summary.model_dump(mode="json") if self.summary is not None else None,
        }

    @classmethod
    def from_json(cls, d: dict) -> Result:
        summary = d.get("summary")
        return cls(
            model=d["model"],
            fixture=d["fixture"],
            score=FixtureScore.from_dict(d["score"]),
            summary=ArticleSummary.model_validate(summary) if summary is not None else None,
            error=d.get("error"),
            cached=bool(d.get("cached")),
            elapsed_s=float(d.get("elapsed_s") or 0.0),
            key=d.get("key", ""),
            labels=d.get("labels", ""),
            config=d.get("config") or {},
        )


def read_results(path: Path) -> dict[tuple[str, str], Result]:
    """Results by (model, fixture) from a results.jsonl; the last line of a pair wins.

    A line that does not parse (the one being written when a run was killed) is skipped.
    """
    out: dict[tuple[str, str], Result] = {}
    for record in read_lines(path):
        try:
            result = Result.from_json(record)
        except (ValueError, KeyError, TypeError):
            continue
        out[(result.model, result.fixture)] = result
    return out


class Progress(Protocol):
    """Display hooks: ``start`` once the resumed pairs are known, ``done`` after each new result."""

    def start(self, run: Run) -> None: ...

    def done(self, result: Result) -> None: ...


@dataclass(repr=False)
class Run:
    """What a run produced: every result, and how many pairs were resumed, cached or called."""

    fixtures: list[Fixture]
    models: list[str]
    results: dict[tuple[str, str], Result]
    out: Path
    resumed: int = 0
    cache_hits: int = 0
    calls: int = 0

    def __repr__(self) -> str:
        # short: asyncio.run formats the finished task, result included, when it restores
        # the SIGINT handler; the dataclass repr of every fixture and summary took ~20 ms
        return f"Run(models={self.models!r}, fixtures={len(self.fixtures)}, results={len(self.results)}, out={self.out!r})"

    def scores(self, model: str) -> list[FixtureScore]:
        """The model's scores in fixture order (paired across models)."""
        return [self.results[(model, f.id)].score for f in self.fixtures]

    def by_model(self, model: str) -> list[Result]:
        return [self.results[(model, f.id)] for f in self.fixtures]


def _error(e: BaseException) -> str:
    text = f"{type(e).__name__}: {e}".strip()
    return text if len(text) <= 500 else text[:497] + "..."


@functools.cache
def scorer_version() -> str:
    """Hash of the code a score is computed by: a score stored in the cache is stale once it changes."""
    import rapidfuzz

    from summariser import grounding, schema
    from summariser.evals import scoring

    digest = hashlib.sha256(rapidfuzz.__version__.encode())
    for module in (scoring, grounding, schema):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:16]


def _stored_score(hit: CachedAnswer, scored_for: str) -> FixtureScore | None:
    try:
        return FixtureScore.from_dict(hit.scores[scored_for])
    except (KeyError, TypeError, ValueError):  # not scored against these labels and this code, or damaged
        return None


async def _predict(p: Predictor, fixture: Fixture, cache: ResponseCache | None, key: str, labels: str, run: Run,
                   pace: Callable[[], Awaitable[None]] | None = None) -> Result:
    # a cached answer keeps its score too: the labels and the scorer's code are in what it was scored for
    scored_for = f"{labels}/{scorer_version()}"
    if p.cached and cache is not None and (hit := cache.get(key)) is not None:
        run.cache_hits += 1
        score = _stored_score(hit, scored_for) or score_fixture(hit.summary, fixture.expected, fixture.text)
        return Result(p.name, fixture.id, score, hit.summary, cached=True)
    if pace is not None and p.cached:
        await pace()
    started = time.perf_counter()
    run.calls += p.cached
    try:
        summary, error = await p.predict(fixture), None
    except Exception as e:  # noqa: BLE001 - one fixture failing is a recorded failure, never a crash
        summary, error = None, _error(e)
    elapsed = time.perf_counter() - started
    score = score_fixture(summary, fixture.expected, fixture.text)
    if summary is not None and p.cached and cache is not None:
        cache.put(key, p.name, summary, scores={scored_for: score.to_dict()})
    return Result(p.name, fixture.id, score, summary, error, elapsed_s=elapsed)


def _pending(run: Run, predictors: dict[str, Predictor], retry_failed: bool) -> list[tuple[Predictor, Fixture, str, str]]:
    todo = []
    for fixture in run.fixtures:
        labels = labels_digest(fixture)
        for name, p in predictors.items():
            key = p.key(fixture)
            done = run.results.get((name, fixture.id))
            if done and done.key == key and done.labels == labels and (done.ok or not retry_failed):
                run.resumed += 1
                continue
            run.results.pop((name, fixture.id), None)
            todo.append((p, fixture, key, labels))
    return todo


RAMP = 0.01  # seconds; see Ramp


class Ramp:
    """Starts the first ``n`` fixtures that call a model ``step`` seconds apart.

    Requests that leave together come back together. Their answers then queue for
    the one interpreter that parses and scores them, and the next requests leave
    only after the last of them: the batch stays in step for the whole run, and
    each round costs the model's latency plus the whole batch's CPU time. Started
    a little apart, the answers arrive apart and the streams mostly keep their
    spacing (bench/eval_throughput.py measures both).
    It costs at most ``(n - 1) * step`` once per run, and spares a rate-limited
    API the opening burst. Cache hits are never held back.
    """

    def __init__(self, n: int, step: float):
        self.left, self.step = n, step
        self._next: float | None = None

    async def __call__(self) -> None:
        if self.left <= 0 or self.step <= 0:
            return
        self.left -= 1
        now = asyncio.get_running_loop().time()
        start = now if self._next is None else max(self._next, now)
        self._next = start + self.step
        if start > now:
            await asyncio.sleep(start - now)


async def run_eval(
    fixtures: list[Fixture],
    models: list[str],
    out: Path,
    *,
    factory: PredictorFactory | None = None,
    cache: ResponseCache | None = None,
    concurrency: int = 4,
    retry_failed: bool = False,
    progress: Progress | None = None,
    ramp: float = RAMP,
) -> Run:
    """Run every model on every fixture, resuming from ``out/results.jsonl``.

    Args:
        fixtures: the fixtures, in report order.
        models: model names for ``factory``.
        out: the run folder; results are appended to ``out/results.jsonl``.
        factory: name -> Predictor; default `predictors.make_factory()`.
        cache: the response cache; None disables it.
        concurrency: model requests in flight at once.
        retry_failed: run again the pairs that failed last time.
        progress: told when the work is known and after each result is written.
        ramp: seconds between the first ``concurrency`` model requests (see `Ramp`).
    """
    make = factory or make_factory()
    predictors = {p.name: p for p in (make(name) for name in dict.fromkeys(models))}
    run = Run(fixtures, list(predictors), read_results(out / RESULTS), out)
    wanted = {(m, f.id) for m in predictors for f in fixtures}
    run.results = {k: v for k, v in run.results.items() if k in wanted}
    todo = _pending(run, predictors, retry_failed)
    log = ResultsLog(out / RESULTS)
    if progress is not None:
        progress.start(run)
    pace = Ramp(concurrency, ramp)
    pending = iter(todo)  # shared by the workers: each takes the next pair when it is free
    syncs: set[asyncio.Task] = set()

    async def worker() -> None:
        # A worker goes on to its next fixture in the same step of the event loop; a
        # task per fixture waiting on a semaphore would first queue behind every
        # answer already waiting to be parsed.
        for p, fixture, key, labels in pending:
            result = await _predict(p, fixture, cache, key, labels, run, pace)
            result.key, result.labels, result.config = key, labels, p.config
            log.write(result.to_json())
            run.results[(p.name, fixture.id)] = result
            if progress is not None:
                progress.done(result)
            if not result.cached:  # to disk in the background: the next fixture need not wait
                syncs.add(task := asyncio.create_task(log.sync()))
                task.add_done_callback(syncs.discard)

    workers = [asyncio.create_task(worker()) for _ in range(max(1, min(concurrency, len(todo))))]
    try:
        await asyncio.gather(*workers)
        await asyncio.gather(*syncs)
    finally:
        for task in workers:  # when one failed: cancelled, the others never write to the closed log
            task.cancel()
        log.close()
    return run

"""What the runner calls to summarise a fixture: `gold`, `baseline`, or a language model.

A `Predictor` is a name, an async function from fixture to summary, and a
fingerprint of everything that changes its answer. The runner caches the
answers of predictors marked `cached` (the language models) on disk; `gold` and
`baseline` are free and instant, so they are simply recomputed.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from summariser.evals.cache import cache_key
from summariser.schema import ArticleSummary, Fixture, Usage

REFERENCE_MODELS = ("gold", "baseline")


@dataclass
class Predictor:
    """One model under evaluation.

    Attributes:
        name: as given with --model.
        predict: fixture -> summary; raises on failure.
        fingerprint: what changes the answer besides the fixture's text and date.
        cached: whether answers go to the on-disk response cache.
    """

    name: str
    predict: Callable[[Fixture], Awaitable[ArticleSummary]]
    fingerprint: dict = field(default_factory=dict)
    cached: bool = False

    def key(self, fixture: Fixture) -> str:
        """Identifies this predictor's answer for ``fixture``: the cache key, and the resume key."""
        extra = {"expected": _digest(fixture.expected.model_dump(mode="json"))} if self.name == "gold" else {}
        return cache_key(self.fingerprint | extra, fixture.text, fixture.published)


PredictorFactory = Callable[[str], Predictor]


def _digest(obj) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True).encode()).hexdigest()[:16]


async def _gold(fixture: Fixture) -> ArticleSummary:
    return fixture.expected.model_copy(update={"usage": Usage(model="gold", cost_usd=0.0)})


async def _baseline(fixture: Fixture) -> ArticleSummary:
    from summariser.evals.baseline import baseline_summary

    start = asyncio.get_running_loop().time()
    summary = baseline_summary(fixture.text, fixture.published)
    usage = Usage(model="baseline", latency_s=round(asyncio.get_running_loop().time() - start, 4), cost_usd=0.0)
    return summary.model_copy(update={"usage": usage})


def llm_fingerprint(model: str, options: dict) -> dict:
    """The pipeline's fingerprint for ``model`` with ``options`` (prompt version and schema hash included)."""
    from summariser import pipeline

    opts_cls = getattr(pipeline, "Options", None)
    if opts_cls is None or not hasattr(opts_cls, "fingerprint"):
        return {"model": model, **options}
    return opts_cls(model=model, **options).fingerprint()


def llm_predictor(model: str, options: dict | None = None) -> Predictor:
    """A predictor that runs `summariser.pipeline.asummarise` with ``model`` and ``options``."""
    options = {k: v for k, v in (options or {}).items() if v is not None}

    async def predict(fixture: Fixture) -> ArticleSummary:
        from summariser.pipeline import asummarise

        return await asummarise(fixture.text, model=model, published=fixture.published, **options)

    return Predictor(model, predict, llm_fingerprint(model, options), cached=True)


def make_factory(options: dict | None = None) -> PredictorFactory:
    """The default factory: `gold` and `baseline` by name, anything else a language model."""

    def make(name: str) -> Predictor:
        if name == "gold":
            return Predictor("gold", _gold, {"predictor": "gold"})
        if name == "baseline":
            from summariser.evals.baseline import VERSION

            return Predictor("baseline", _baseline, {"predictor": "baseline", "version": VERSION})
        return llm_predictor(name, options)

    return make

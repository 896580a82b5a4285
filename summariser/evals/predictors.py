"""What the runner calls to summarise a fixture: `gold`, `baseline`, or a language model.

A `Predictor` is a name, an async function from fixture to summary, and a
fingerprint of everything that changes its answer. The runner caches the
answers of predictors marked `cached` (the language models) on disk; `gold` and
`baseline` are free and instant, so they are simply recomputed.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from summariser.evals.cache import cache_key
from summariser.evals.fixtures import Fixture, labels_digest
from summariser.options import RULES_MODEL
from summariser.schema import ArticleSummary, Usage

REFERENCE_MODELS = ("gold", RULES_MODEL, "trivial")


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
    about: dict = field(default_factory=dict)
    """More for the report that does not change the answer (the prompt files a variant changed)."""

    @property
    def config(self) -> dict:
        """What a report shows of this contestant: its model, strategy, mode and prompt version,
        and, for one that asks a model, which prompt files differ from ``prompts/``."""
        names = ("model", "strategy", "mode", "prompt_version")
        return {k: self.fingerprint[k] for k in names if self.fingerprint.get(k) is not None} | self.about

    def key(self, fixture: Fixture) -> str:
        """Identifies this predictor's answer for ``fixture``: the cache key, and the resume key."""
        extra = {"expected": labels_digest(fixture)} if self.name == "gold" else {}
        return cache_key(self.fingerprint | extra, fixture.text, fixture.published)


PredictorFactory = Callable[[str], Predictor]


async def _gold(fixture: Fixture) -> ArticleSummary:
    return fixture.expected.model_copy(update={"usage": Usage(model="gold", cost_usd=0.0)})


async def _trivial(fixture: Fixture) -> ArticleSummary:
    from summariser.evals.trivial import trivial_summary

    return trivial_summary(fixture.text, fixture.published)


def _code_version(*modules) -> str:
    import hashlib
    from pathlib import Path

    digest = hashlib.sha256()
    for module in modules:
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()[:16]


def default_name(model: str, strategy: str | None = None) -> str:
    """A contestant's name unless it is given one: the model, with its strategy when it asks a
    language model ("local (decomposed)" and "local (grounded)" are two contestants)."""
    from summariser.options import Options

    if model in REFERENCE_MODELS:
        return model
    return f"{model} ({Options(model=model, strategy=strategy).resolved_strategy})"


def pipeline_predictor(model: str, options: dict | None = None, cached: bool = True,
                       name: str | None = None) -> Predictor:
    """A predictor that runs `summariser.pipeline.asummarise` with ``model`` and ``options``,
    named ``name`` or `default_name`."""
    from summariser import pipeline, prompting
    from summariser.options import Options

    options = {k: v for k, v in (options or {}).items() if v is not None}

    async def predict(fixture: Fixture) -> ArticleSummary:
        return await pipeline.asummarise(fixture.text, model=model, published=fixture.published, **options)

    opts = Options(model=model, **options)
    about = {} if model == RULES_MODEL else {"prompts_changed": prompting.overlay(opts.prompts).changed()}
    name = name or default_name(model, opts.strategy)
    return Predictor(name, predict, pipeline.fingerprint(opts), cached=cached, about=about)


def reference_predictor(name: str) -> Predictor:
    """`gold` (the labels), `baseline` (rules alone: instant, so never cached) or `trivial`
    (the floor every model must clear)."""
    if name == "gold":
        return Predictor("gold", _gold, {"predictor": "gold"})
    if name == "trivial":
        from summariser.evals import trivial
        from summariser.rules import code_version

        return Predictor("trivial", _trivial, {"predictor": "trivial", "code": _code_version(trivial),
                                                "rules": code_version()})
    if name == RULES_MODEL:
        return pipeline_predictor(RULES_MODEL, cached=False)
    raise ValueError(f"not a reference model: {name}")


def make_factory(options: dict | None = None) -> PredictorFactory:
    """The default factory: the reference models by name (`reference_predictor`); anything
    else a language model run with ``options``."""

    def make(name: str) -> Predictor:
        return reference_predictor(name) if name in REFERENCE_MODELS else pipeline_predictor(name, options)

    return make

"""Fakes shared by the tests: a language model that answers with the labels and counts its calls."""

from __future__ import annotations

from summariser.evals.fixtures import Fixture
from summariser.evals.predictors import Predictor, make_factory
from summariser.schema import ArticleSummary, Usage


class CountingModel:
    """A fake language model: answers with the labels, counts calls, fails or stops on demand."""

    def __init__(self, name: str = "fake/model", fail_on: set[str] = frozenset(), interrupt_after: int | None = None,
                 fingerprint: dict | None = None, delay: float = 0.0):
        self.name, self.fail_on, self.interrupt_after = name, set(fail_on), interrupt_after
        self.fingerprint = fingerprint or {"model": name, "prompt_version": "test"}
        self.delay = delay
        self.calls: list[str] = []
        self.in_flight = self.max_in_flight = 0

    async def predict(self, fixture: Fixture) -> ArticleSummary:
        import asyncio

        from summariser.errors import ExtractionError

        if self.interrupt_after is not None and len(self.calls) >= self.interrupt_after:
            raise KeyboardInterrupt
        self.calls.append(fixture.id)
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay)
        finally:
            self.in_flight -= 1
        if fixture.id in self.fail_on:
            raise ExtractionError(f"no valid summary for {fixture.id}")
        usage = Usage(model=self.name, prompt_tokens=100, completion_tokens=50, latency_s=0.5, calls=1, cost_usd=0.001)
        return fixture.expected.model_copy(update={"usage": usage})

    def factory(self):
        default = make_factory()

        def make(name: str) -> Predictor:
            if name == self.name:
                return Predictor(self.name, self.predict, dict(self.fingerprint), cached=True)
            return default(name)

        return make

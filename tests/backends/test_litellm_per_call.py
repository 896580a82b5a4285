"""What `llm._lighten_litellm` leaves out of each call keeps what the project reads: the cost, and callbacks."""

from __future__ import annotations

import asyncio

import litellm
from litellm.integrations.custom_logger import CustomLogger

from summariser import pipeline

ARTICLE = (
    "Foreign Minister Ana Ruiz of Chile met her Argentine counterpart, Tomas Vidal, in Geneva on Monday. "
    "Vidal rejected Chile's proposal for a joint patrol.\n"
)


def test_a_priced_model_is_still_priced_on_every_call(stub):
    for _ in range(2):  # the second call goes the remembered way for unpriced models: this one is priced
        summary = pipeline.summarise(ARTICLE, model="openai/gpt-4o-mini", api_base=stub.api_base, max_retries=0)
        assert summary.usage.cost_usd is not None and summary.usage.cost_usd > 0


def test_a_model_without_a_price_has_no_cost_on_every_call(stub):
    for _ in range(2):
        summary = pipeline.summarise(ARTICLE, model="openai/no-such-price", api_base=stub.api_base, max_retries=0)
        assert summary.usage.cost_usd is None
        assert summary.usage.calls == 1 and summary.usage.prompt_tokens > 0


def test_a_registered_success_callback_still_sees_each_call(stub, monkeypatch):
    seen = []

    class Recorder(CustomLogger):
        async def async_log_success_event(self, kwargs, response_obj, start_time, end_time):
            seen.append(kwargs.get("response_cost"))

    async def two_calls():
        for _ in range(2):
            await pipeline.asummarise(ARTICLE, model="openai/gpt-4o-mini", api_base=stub.api_base, max_retries=0)
        for _ in range(100):  # litellm logs in a task of its own, after the answer
            if len(seen) == 2:
                break
            await asyncio.sleep(0.02)

    monkeypatch.setattr(litellm, "callbacks", [Recorder()])
    asyncio.run(two_calls())
    assert len(seen) == 2 and all(cost and cost > 0 for cost in seen)


def test_on_the_pinned_litellm_both_savings_are_in_place():
    """On the litellm in uv.lock the two internals exist and are replaced; on another
    version without them nothing is replaced (and nothing breaks)."""
    import litellm.utils as litellm_utils
    from litellm.litellm_core_utils.litellm_logging import Logging

    from summariser.backends import llm

    assert llm is not None
    assert Logging.response_cost_calculator.__qualname__.startswith("_lighten_litellm.")
    assert litellm_utils.dispatch_success_logging.__qualname__.startswith("_lighten_litellm.")

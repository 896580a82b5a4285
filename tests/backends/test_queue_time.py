"""Time queued behind our own concurrency limit is measured apart from the model's latency."""

from __future__ import annotations

import asyncio

from pydantic import BaseModel

from summariser.backends import llm


class Answer(BaseModel):
    ok: bool = True


def _answer_in_five_seconds(monkeypatch):
    clock = [100.0]
    monkeypatch.setattr(llm.time, "perf_counter", lambda: clock[0])

    async def structured(target, messages, model, *, context, meter, **options):
        await asyncio.sleep(0)  # let the other call reach the gate
        clock[0] += 5.0  # each call takes five seconds of the fake clock
        return model(), True

    monkeypatch.setattr(llm, "structured", structured)


def test_a_summary_held_up_by_another_at_the_gate_counts_queue_time(monkeypatch):
    _answer_in_five_seconds(monkeypatch)

    async def two_summaries() -> tuple[llm.Meter, llm.Meter]:
        gate = asyncio.Semaphore(1)
        first, second = llm.Meter(), llm.Meter()
        await asyncio.gather(llm.Asker(None, first, {}, gate)([], Answer), llm.Asker(None, second, {}, gate)([], Answer))
        return first, second

    first, second = asyncio.run(two_summaries())
    assert (first.queue_s, second.queue_s) == (0.0, 5.0)  # the second waited for the first one's five seconds


def test_a_summarys_own_calls_one_after_another_are_latency_not_queue(monkeypatch):
    # queue time can never exceed the summary's wall time, so latency is never negative
    _answer_in_five_seconds(monkeypatch)

    async def one_summary() -> llm.Meter:
        meter = llm.Meter()
        ask = llm.Asker(None, meter, {}, asyncio.Semaphore(1))
        await asyncio.gather(*(ask([], Answer) for _ in range(3)))
        return meter

    meter = asyncio.run(one_summary())
    assert meter.queue_s == 0.0 and (meter.waiting, meter.in_flight) == (0, 0)


def test_the_embedded_servers_gate_is_shared_by_every_summary_of_a_loop(monkeypatch):
    from summariser.backends import local

    monkeypatch.setenv("SUMMARISER_LOCAL_SLOTS", "2")

    async def gates():
        return local.gate(), local.gate()

    first, second = asyncio.run(gates())
    assert first is second and first._value == 2
    assert asyncio.run(gates())[0] is not first  # another event loop, another gate

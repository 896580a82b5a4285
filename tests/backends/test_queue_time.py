"""Time queued behind our own concurrency limit is measured apart from the model's latency."""

from __future__ import annotations

import asyncio

from pydantic import BaseModel

from summariser.backends import llm


class Answer(BaseModel):
    ok: bool = True


def test_a_call_waiting_for_the_gate_counts_queue_time_not_latency(monkeypatch):
    clock = [100.0]
    monkeypatch.setattr(llm.time, "perf_counter", lambda: clock[0])

    async def structured(target, messages, model, *, context, meter, **options):
        await asyncio.sleep(0)  # let the other call reach the gate
        clock[0] += 5.0  # each call takes five seconds of the fake clock
        return model(), True

    monkeypatch.setattr(llm, "structured", structured)

    async def two_calls() -> llm.Meter:
        meter = llm.Meter()
        ask = llm.Asker(target=None, meter=meter, options={}, gate=asyncio.Semaphore(1))
        await asyncio.gather(ask([], Answer), ask([], Answer))
        return meter

    meter = asyncio.run(two_calls())
    assert meter.queue_s == 5.0  # the second call waited for the first one's five seconds


def test_the_embedded_servers_gate_is_shared_by_every_summary_of_a_loop(monkeypatch):
    from summariser.backends import local

    monkeypatch.setenv("SUMMARISER_LOCAL_SLOTS", "2")

    async def gates():
        return local.gate(), local.gate()

    first, second = asyncio.run(gates())
    assert first is second and first._value == 2
    assert asyncio.run(gates())[0] is not first  # another event loop, another gate

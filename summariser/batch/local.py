"""The local engine: asyncio in this process, or chunks of articles in worker processes.

In this process, ``job.concurrency`` workers take the next article from the input
as each finishes (as the eval runner does), so at most that many are in memory
besides the store's buffer. With ``workers`` > 1, chunks of articles go to a pool
of processes, each with its own event loop (for the CPU of the rules, of HTML
extraction, and of each model call's parsing); at most two chunks per process are
in flight, and the results come back here, the one writer.
"""

from __future__ import annotations

import asyncio
import itertools
import math
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import replace

from summariser.batch.inputs import Item
from summariser.batch.progress import Progress
from summariser.batch.store import Store
from summariser.batch.work import Job, run_chunk, summarise_item

CHUNKS_PER_WORKER = 2  # one running, one ready: a process never waits for the parent
MIN_CHUNK = 32


def pending(items: Iterable[Item], store: Store) -> Iterator[Item]:
    """The items not done yet, each id once (a repeated id counts as a duplicate)."""
    started: set[str] = set()
    for item in items:
        if store.has(item.id):
            continue
        if item.id in started:
            store.counts.duplicates += 1
            continue
        started.add(item.id)
        yield item


def run_local(items: Iterable[Item], store: Store, job: Job, progress: Progress, workers: int = 1) -> None:
    """Summarise ``items`` into ``store``, in this process or in ``workers`` processes."""
    todo = pending(items, store)
    if workers <= 1:
        asyncio.run(_in_process(todo, store, job, progress))
    else:
        _in_processes(todo, store, job, progress, workers)


async def _in_process(todo: Iterator[Item], store: Store, job: Job, progress: Progress) -> None:
    async def worker() -> None:
        for item in todo:  # shared: each worker takes the next article when it is free
            result = await summarise_item(item, job)
            store.add(result)
            progress.advance(1, not result.ok)

    tasks = [asyncio.create_task(worker()) for _ in range(job.concurrency)]
    try:
        await asyncio.gather(*tasks)
    finally:
        for task in tasks:  # one failed (a bad record): the others stop too; what finished is kept
            task.cancel()


def _in_processes(todo: Iterator[Item], store: Store, job: Job, progress: Progress, workers: int) -> None:
    import multiprocessing

    each = replace(job, concurrency=max(1, math.ceil(job.concurrency / workers)))
    size = max(MIN_CHUNK, 4 * each.concurrency)  # long enough that a chunk's last articles do not idle its slots
    # spawn, not fork: this process may run threads (the progress bar's) that a fork would copy mid-lock
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    running: set[Future] = set()
    try:
        for chunk in _chunks(todo, size):
            if len(running) >= CHUNKS_PER_WORKER * workers:
                running = _collect(running, store, progress)
            running.add(pool.submit(run_chunk, chunk, each))
        while running:
            running = _collect(running, store, progress)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _keep_finished(running, store, progress)  # a run stopped by a bad record keeps what was done


def _keep_finished(running: set[Future], store: Store, progress: Progress) -> None:
    for future in running:
        if future.done() and not future.cancelled() and future.exception() is None:
            for result in future.result():
                store.add(result)
                progress.advance(1, not result.ok)


def _collect(running: set[Future], store: Store, progress: Progress) -> set[Future]:
    finished, still = wait(running, return_when=FIRST_COMPLETED)
    for future in finished:
        for result in future.result():
            store.add(result)
            progress.advance(1, not result.ok)
    return still


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while chunk := list(itertools.islice(items, size)):
        yield chunk

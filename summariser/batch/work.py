"""Summarising archive items into table rows: the same code in this process, in worker
processes and in Ray's actors, so every engine writes the same rows.

A failing article is an outcome too (its error in `articles.error`), never an
exception: one bad article must not stop a million.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from summariser.batch.inputs import Item
from summariser.batch.tables import Made, Outcome, outcome
from summariser.errors import SummariserError
from summariser.reading import MAX_TEXT_BYTES


@dataclass(frozen=True)
class Job:
    """How to summarise every article of a run (sent to each worker, so it pickles).

    Args:
        model: the model name (``baseline`` for rules alone).
        options: keyword options of `summariser.pipeline.asummarise`.
        concurrency: articles in flight at once in one process (or Ray actor).
        max_bytes: refuse a file of a folder larger than this.
    """

    model: str
    options: dict[str, Any] = field(default_factory=dict)
    concurrency: int = 16
    max_bytes: int = MAX_TEXT_BYTES

    @cached_property
    def made(self) -> Made:
        """The model, strategy and versions recorded with every article."""
        from summariser import prompting
        from summariser.options import RULES_MODEL, Options
        from summariser.rules import code_version

        if self.model == RULES_MODEL:
            return Made(self.model, "rules", None, code_version())
        opts = Options(model=self.model, **self.options)
        return Made(self.model, opts.resolved_strategy, prompting.overlay(opts.prompts).version(), code_version())


async def summarise_item(item: Item, job: Job) -> Outcome:
    """One article's outcome: its rows, or its error."""
    from summariser import pipeline

    published = item.published
    try:
        text = item.text
        if item.path is not None:
            from summariser.reading import read_article

            article = read_article(item.path, job.max_bytes)
            text, published = article.text, published or article.published
        summary = await pipeline.asummarise(text or "", model=job.model, published=published, **job.options)
        return outcome(item, published, job.made, summary.model_copy(update={"input": item.id}), None)
    except SummariserError as exc:
        return outcome(item, published, job.made, None, _one_line(exc))
    except Exception as exc:
        return outcome(item, published, job.made, None, f"internal error: {type(exc).__name__}: {_one_line(exc)}")


def _one_line(exc: BaseException) -> str:
    from summariser.errors import redact

    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return redact(lines[0] if lines else type(exc).__name__)[:500]


async def summarise_items(items: Iterable[Item], job: Job) -> list[Outcome]:
    """The outcomes of ``items``, ``job.concurrency`` at a time, in their order."""
    gate = asyncio.Semaphore(job.concurrency)

    async def one(item: Item) -> Outcome:
        async with gate:
            return await summarise_item(item, job)

    return list(await asyncio.gather(*(one(item) for item in items)))


class Runner:
    """One event loop kept for the life of a worker process or actor: litellm caches its
    HTTP clients per loop, so a loop per chunk would reconnect for every chunk."""

    _local = threading.local()

    @classmethod
    def run(cls, items: list[Item], job: Job) -> list[Outcome]:
        runner = getattr(cls._local, "runner", None)
        if runner is None:
            runner = cls._local.runner = asyncio.Runner()
        return runner.run(summarise_items(items, job))


def run_chunk(items: list[Item], job: Job) -> list[Outcome]:
    """`summarise_items` for a worker process (a top-level function, so it pickles)."""
    return Runner.run(items, job)

"""Article text -> chunks -> messages -> model -> grounded ArticleSummary."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from pydantic import BaseModel

from summariser import chunking, prompting
from summariser.choices import STRATEGIES
from summariser.errors import InputError, SummariserError
from summariser.grounding import Article, CheckedSummary, ground
from summariser.schema import ArticleSummary, SummaryDraft, Usage

LOCAL_CHUNK_TOKENS = 1000  # SmolLM2 degrades fast on long inputs; its window is 8k
HOSTED_CHUNK_TOKENS = 12000


def default_model() -> str:
    """``$SUMMARISER_MODEL``, else the embedded model."""
    return os.environ.get("SUMMARISER_MODEL") or "local"


@dataclass(frozen=True)
class Options:
    """Everything that decides how a summary is made."""

    model: str = field(default_factory=default_model)
    api_base: str | None = None
    mode: str | None = None
    strategy: str | None = None
    max_retries: int = 2
    temperature: float = 0.0
    seed: int | None = 0
    max_tokens: int | None = None
    timeout: float = 300.0
    chunk_tokens: int | None = None
    fallbacks: tuple[str, ...] = ()

    @property
    def is_local(self) -> bool:
        return self.model == "local" or self.model.startswith("local:")

    @property
    def budget(self) -> int:
        """Article tokens per model call."""
        return self.chunk_tokens or (LOCAL_CHUNK_TOKENS if self.is_local else HOSTED_CHUNK_TOKENS)

    def fingerprint(self) -> dict:
        """What changes the answer: options (not the timeout), prompt version, schema hash."""
        data = asdict(self)
        data.pop("timeout")
        data["fallbacks"] = list(self.fallbacks)
        data["prompt_version"] = prompting.prompt_version()
        data["schema_hash"] = schema_hash()
        return data


def schema_hash() -> str:
    """Hash of the schema the model fills."""
    text = json.dumps(SummaryDraft.model_json_schema(), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


class _Headline(BaseModel):
    headline: str
    """One neutral line of at most 120 characters."""
    summary: str
    """2 to 4 neutral sentences about the whole article."""


def _call_options(opts: Options) -> dict[str, Any]:
    keys = ("max_retries", "temperature", "seed", "max_tokens", "timeout", "fallbacks")
    out = {k: getattr(opts, k) for k in keys}
    if out["max_tokens"] is None and opts.is_local:
        out["max_tokens"] = 1024  # a looping small model stops here instead of filling the window
    return out


def default_strategy(opts: Options) -> str:
    """Decomposed for the embedded model (the harness shows it best there), else free."""
    return "decomposed" if opts.is_local else "free"


def _concurrency(opts: Options) -> int:
    """Model calls in flight at once: the local server's slots, so no request queues
    there long enough to time out (and be re-sent while the server still works on it)."""
    from summariser import local

    return local.slots() if opts.is_local else 8


async def _summarise_part(target, chunk, published, part, parts, opts, meter, gate) -> ArticleSummary:
    from summariser import llm

    strategy = opts.strategy or default_strategy(opts)
    if strategy in ("decomposed", "grounded"):
        from summariser import constrained, decomposed

        ask = decomposed._Ask(target, meter, _call_options(opts), gate)
        if strategy == "decomposed":
            draft = await decomposed.extract(chunk.text, published, ask)
        else:
            draft = await constrained.extract(chunk.text, published, ask.call)
        return chunking.shift(ground(draft, chunk.text), chunk.start)
    messages = prompting.summary_messages(chunk.text, published, part=part, parts=parts)
    async with gate:
        draft, _ = await llm.structured(
            target,
            messages,
            CheckedSummary,
            context={"article": Article(chunk.text)},
            meter=meter,
            **_call_options(opts),
        )
    return chunking.shift(ground(draft, chunk.text), chunk.start)


async def _headline(target, parts: list[ArticleSummary], published, opts, meter) -> _Headline:
    from summariser import llm

    if (opts.strategy or default_strategy(opts)) != "free":  # extractive: the lead of part 1
        return _Headline(headline=parts[0].headline, summary=parts[0].summary)
    messages = prompting.merge_messages([p.summary for p in parts], published)
    result, _ = await llm.structured(target, messages, _Headline, context=None, meter=meter, **_call_options(opts))
    return result


async def asummarise(
    text: str, model: str | None = None, published: str | None = None, **options: Any
) -> ArticleSummary:
    """Summarise one article into a grounded ``ArticleSummary``.

    Args:
        text: the article text.
        model: ``local``, ``local:PATH.gguf`` or any litellm model string;
            default ``$SUMMARISER_MODEL`` or ``local``.
        published: ISO publication date, so relative dates can be resolved.
        **options: fields of ``Options`` (api_base, mode, strategy, max_retries,
            temperature, seed, max_tokens, timeout, chunk_tokens, fallbacks).

    Raises:
        InputError: empty text. ModelError: the model cannot be reached or used.
        ExtractionError: the model gave no usable answer.
    """
    from summariser import llm

    if not text or not text.strip():
        raise InputError("the article is empty")
    if "fallbacks" in options:
        options["fallbacks"] = tuple(options["fallbacks"] or ())
    opts = Options(model=model or default_model(), **options)
    if opts.strategy is not None and opts.strategy not in STRATEGIES:
        raise InputError(f"unknown strategy '{opts.strategy}': choose one of {', '.join(STRATEGIES)}")
    target = llm.resolve(opts.model, opts.api_base, opts.mode)
    meter = llm.Meter()
    chunks = chunking.split(text, opts.budget)
    gate = asyncio.Semaphore(_concurrency(opts))
    if len(chunks) == 1:
        result = await _summarise_part(target, chunks[0], published, 0, 0, opts, meter, gate)
    else:
        parts = list(
            await asyncio.gather(
                *(_summarise_part(target, c, published, i + 1, len(chunks), opts, meter, gate) for i, c in enumerate(chunks))
            )
        )
        head = await _headline(target, parts, published, opts, meter)
        result = chunking.merge(parts, head.headline, head.summary)
    return result.model_copy(update={"usage": _usage(target, meter)})


def _usage(target, meter) -> Usage:
    return Usage(
        model=meter.model or target.name,  # the fallback's name when a fallback answered
        prompt_tokens=meter.prompt_tokens,
        completion_tokens=meter.completion_tokens,
        latency_s=round(time.perf_counter() - meter.started, 3),
        retries=meter.retries,
        calls=meter.calls,
        cost_usd=0.0 if target.local else meter.cost_usd,
    )


def summarise(text: str, model: str | None = None, published: str | None = None, **options: Any) -> ArticleSummary:
    """Synchronous ``asummarise``; see there."""
    try:
        asyncio.get_running_loop()
        in_loop = True
    except RuntimeError:
        in_loop = False
    if in_loop:
        raise SummariserError("summarise() was called inside an event loop: await asummarise() instead")
    return asyncio.run(asummarise(text, model, published, **options))

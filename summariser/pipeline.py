"""Article text -> chunks -> strategy -> ground -> merge: one grounded `ArticleSummary`."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from functools import cache
from typing import TYPE_CHECKING, Any

from summariser import records
from summariser.errors import InputError, SummariserError
from summariser.options import RULES_MODEL, Options, default_model, is_local, iso_date

if TYPE_CHECKING:  # asyncio only where a model is called: the rules await nothing
    import asyncio

    from pydantic import BaseModel

    from summariser.schema import ArticleSummary

# What a model's summary needs (pydantic, the prompts, chunking and grounding) is imported where
# a model is asked: a summary by the rules alone is built and written as plain records.

LOCAL_ANSWER_TOKENS = 1024  # a looping small model stops here instead of filling its window
ANSWER_TOKENS_PER_ARTICLE_TOKEN = 2.0  # a summary's JSON (evidence copied, descriptions) seldom reaches this
MIN_ANSWER_TOKENS, MAX_ANSWER_TOKENS = 1536, 8192


@cache
def schema_hash() -> str:
    """Hash of the schema the model fills."""
    from summariser.schema import SummaryDraft

    text = json.dumps(SummaryDraft.model_json_schema(), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def fingerprint(opts: Options) -> dict:
    """What changes the answer of ``opts``: its options, the prompts, the schema, and the code
    of the rules (the grounded and decomposed strategies build on them)."""
    from summariser import prompting
    from summariser.rules import code_version

    if opts.model == RULES_MODEL:  # no prompt, no schema to fill, no options: the rules alone
        return {"model": RULES_MODEL, "strategy": "rules", "rules_version": code_version()}
    version = prompting.overlay(opts.prompts).version()
    return opts.fingerprint(version, schema_hash()) | {"rules_version": code_version()}


@cache
def _headline_model() -> type[BaseModel]:
    """What a model answers when asked for the headline of an article it read in several chunks."""
    from pydantic import BaseModel, ConfigDict

    class _Headline(BaseModel):
        model_config = ConfigDict(defer_build=True)  # built only when an article had several chunks

        headline: str
        """One neutral line of at most 120 characters."""
        summary: str
        """2 to 4 neutral sentences about the whole article."""

    return _Headline


def answer_bound(opts: Options, text: str) -> int:
    """Tokens a model may answer with, unless ``max_tokens`` says otherwise.

    Every server gets one, derived from the article (a summary's JSON, evidence copied
    from the text, is seldom twice as long): a model that loops stops there instead of
    running into the timeout.
    """
    if opts.max_tokens is not None:
        return opts.max_tokens
    if opts.is_local:
        return LOCAL_ANSWER_TOKENS
    from summariser import chunking

    estimate = len(text) / chunking.CHARS_PER_TOKEN * ANSWER_TOKENS_PER_ARTICLE_TOKEN
    return int(min(MAX_ANSWER_TOKENS, max(MIN_ANSWER_TOKENS, estimate)))


def _call_options(opts: Options, text: str) -> dict[str, Any]:
    keys = ("max_retries", "temperature", "seed", "timeout", "fallbacks")
    return {k: getattr(opts, k) for k in keys} | {"max_tokens": answer_bound(opts, text)}


CALLS_IN_FLIGHT = 8  # per summary, for servers we do not run


def _gate(opts: Options) -> asyncio.Semaphore:
    """What bounds the calls in flight. For the embedded server, its slots, shared by every
    summary of this process: a request never queues inside the server (where it could time
    out, and be re-sent while the server still works on it), and the wait is measured as ours."""
    import asyncio

    from summariser.backends import local

    return local.gate() if opts.is_local else asyncio.Semaphore(CALLS_IN_FLIGHT)


async def _summarise_part(strategy, part, ask, start: int) -> ArticleSummary:
    from summariser import chunking
    from summariser.grounding import ground

    draft = await strategy.extract(part, ask)
    return chunking.shift(ground(draft, part.text), start)


async def _headline(strategy, parts: list[ArticleSummary], published, ask, prompts) -> BaseModel:
    if strategy.extractive_headline:  # the lead of part 1
        return _headline_model()(headline=parts[0].headline, summary=parts[0].summary)
    messages = prompts.merge_messages([p.summary for p in parts], published)
    return await ask(messages, _headline_model())


def _rules(text: str, published: str | None) -> records.ArticleSummary:
    from summariser.rules.summary import rules_record

    started = time.perf_counter()
    summary = _with_spans(rules_record(text, published), text)
    usage = records.Usage(model=RULES_MODEL, latency_s=round(time.perf_counter() - started, 4), cost_usd=0.0)
    return summary.model_copy(update={"usage": usage})


def _with_spans(summary: records.ArticleSummary, text: str) -> records.ArticleSummary:
    """The evidence offsets the contract promises, which the rules leave to grounding
    (found as `ground` finds them: events in article order)."""
    from summariser.evidence import Article

    def span(evidence: str, after: int = 0) -> records.Span | None:
        found = article.locate(evidence, after)
        return None if found is None else records.Span(start=found[0], end=found[1])

    article, cursor, events = Article(text), None, []
    for event in summary.events:
        at = event.evidence_span or span(event.evidence, after=cursor.start if cursor else 0)
        cursor = at or cursor
        events.append(event.model_copy(update={"evidence_span": at}))
    stances = [s.model_copy(update={"evidence_span": s.evidence_span or span(s.evidence)}) for s in summary.stances]
    return summary.model_copy(update={"events": events, "stances": stances})


async def asummarise(
    text: str, model: str | None = None, published: str | None = None, **options: Any
) -> ArticleSummary:
    """Summarise one article into a grounded ``ArticleSummary``.

    Args:
        text: the article text.
        model: ``local``, ``local:PATH.gguf``, ``baseline`` (rules alone, no model)
            or any litellm model string; default ``$SUMMARISER_MODEL`` or ``local``.
        published: ISO publication date, so relative dates can be resolved.
        **options: fields of `summariser.options.Options` (api_base, mode, strategy,
            max_retries, temperature, seed, max_tokens, timeout, chunk_tokens, fallbacks,
            per_endpoint, prompts: a folder of templates replacing those of ``prompts/``);
            ``api_base`` may be a list of servers of the same model.

    Raises:
        InputError: empty text, a malformed date or option.
        ModelError: the model cannot be reached or used.
        ExtractionError: the model gave no usable answer.
    """
    summary = await asummarise_as_built(text, model, published, **options)
    return summary.validated() if isinstance(summary, records.Record) else summary


async def asummarise_as_built(
    text: str, model: str | None = None, published: str | None = None, **options: Any
) -> ArticleSummary | records.ArticleSummary:
    """`asummarise`, but a summary by the rules alone (model ``baseline``) comes as the plain
    record the rules build (`summariser.records`): the same fields and JSON, without loading
    pydantic. For callers that only read or write it, as the command line does."""
    if not text or not text.strip():
        raise InputError("the article is empty")
    published = iso_date(published)
    unknown = set(options) - set(Options.names())
    if unknown:
        raise InputError(f"unknown option(s): {', '.join(sorted(unknown))}")
    opts = Options(model=model or default_model(), **options)
    if opts.model == RULES_MODEL:
        return _rules(text, published)
    return await _with_model(text, published, opts)


async def _with_model(text: str, published: str | None, opts: Options) -> ArticleSummary:
    from summariser.strategies import REGISTRY, Part

    from summariser import chunking, prompting

    strategy = REGISTRY[opts.resolved_strategy]
    if not strategy.asks_model:  # no call to make: no server to start, no client to load
        return await _without_calls(strategy, text, published, opts)
    from summariser.backends import llm  # litellm and instructor: seconds to import

    target = llm.resolve(opts.model, opts.api_base, opts.mode, opts.per_endpoint)
    meter = llm.Meter()
    prompts = prompting.overlay(opts.prompts)
    chunks = chunking.split(text, opts.budget)
    ask = llm.Asker(target, meter, _call_options(opts, chunks[0].text), _gate(opts))
    if len(chunks) == 1:
        result = await _summarise_part(strategy, Part(text, published, prompts=prompts), ask, 0)
    else:
        import asyncio

        parts = await asyncio.gather(
            *(_summarise_part(strategy, Part(c.text, published, i + 1, len(chunks), prompts), ask, c.start)
              for i, c in enumerate(chunks))
        )
        head = await _headline(strategy, list(parts), published, ask, prompts)
        result = chunking.merge(list(parts), head.headline, head.summary)
    return result.model_copy(update={"usage": _usage(target, meter)})


async def _without_calls(strategy, text: str, published: str | None, opts: Options) -> ArticleSummary:
    """A strategy that never asks its model (`rules`): its draft, grounded as any other, and
    a usage that says no call was made."""
    from summariser import prompting
    from summariser.schema import Usage
    from summariser.strategies import Part

    started = time.perf_counter()
    result = await _summarise_part(strategy, Part(text, published, prompts=prompting.overlay(opts.prompts)), None, 0)
    usage = Usage(model=opts.model, latency_s=round(time.perf_counter() - started, 3), calls=0, cost_usd=0.0)
    return result.model_copy(update={"usage": usage})


def start_loading(model: str | None = None, strategy: str | None = None) -> None:
    """Begin loading what ``model`` needs before the first call, in the background.

    For the embedded model, its GGUF file and llama.cpp server: that is native code,
    which runs beside the imports the first call still needs (litellm, instructor)
    instead of after them. Any failure is left for the first call to raise, in its own
    words. Other models, and a strategy that never calls the model (the embedded model's
    default, `rules`), need nothing loaded.
    """
    name = model or default_model()
    if not is_local(name) or (strategy or Options(model=name).resolved_strategy) == "rules":
        return
    from summariser.backends import local

    def load() -> None:
        try:
            local.serve(name)
        except Exception:  # noqa: BLE001 - the first call raises it again, as one clear line
            pass

    threading.Thread(target=load, name="summariser-model-load", daemon=True).start()


def _usage(target, meter):
    from summariser.schema import Usage

    return Usage(
        model=meter.model or target.name,  # the fallback's name when a fallback answered
        prompt_tokens=meter.prompt_tokens,
        completion_tokens=meter.completion_tokens,
        latency_s=round(time.perf_counter() - meter.started - meter.queue_s, 3),
        queue_s=round(meter.queue_s, 3),
        retries=meter.retries,
        calls=meter.calls,
        cost_usd=0.0 if target.local else meter.cost_usd,
    )


def summarise(text: str, model: str | None = None, published: str | None = None, **options: Any) -> ArticleSummary:
    """Synchronous ``asummarise``; see there."""
    import asyncio

    try:
        asyncio.get_running_loop()
        in_loop = True
    except RuntimeError:
        in_loop = False
    if in_loop:
        raise SummariserError("summarise() was called inside an event loop: await asummarise() instead")
    return asyncio.run(asummarise(text, model, published, **options))

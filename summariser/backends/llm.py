"""The one place that imports instructor and litellm: model routing, modes, retries and fallbacks, errors, usage."""

from __future__ import annotations

import asyncio
import contextvars
import functools
import json
import logging
import os
import re
import time
from dataclasses import dataclass
from typing import Any, TypeVar

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("LITELLM_LOG", "CRITICAL")

import instructor  # noqa: E402
import litellm  # noqa: E402
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException  # noqa: E402
from pydantic import BaseModel, ValidationError  # noqa: E402

from summariser import options as _options  # noqa: E402
from summariser.backends import endpoints, local, retries, salvage  # noqa: E402
from summariser.backends.metering import Meter  # noqa: E402 - callers use `llm.Meter`
from summariser.errors import ModelError, redact  # noqa: E402

litellm.suppress_debug_info = True
litellm.telemetry = False
# The openai SDK logs failed responses with their bodies at DEBUG: a server that echoes
# the Authorization header would put the API key in the application's logs.
for _name in ("instructor", "LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "httpx", "httpcore", "openai"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

T = TypeVar("T", bound=BaseModel)

MODES = {name: getattr(instructor.Mode, name.upper()) for name in _options.MODES}
# Servers that run open models speak OpenAI's `response_format: json_schema` and
# enforce it while decoding (llama.cpp grammars, vLLM/Ollama structured outputs).
_CONSTRAINED_PREFIXES = ("ollama/", "ollama_chat/", "hosted_vllm/", "llamafile/", "lm_studio/")
REPETITION_PENALTY = 0.3
_NEEDS_API_BASE = ("hosted_vllm/",)


@dataclass(frozen=True)
class Target:
    """A model resolved to what litellm needs to call it."""

    name: str  # as the user gave it
    model: str  # litellm model string
    api_base: str | None  # the first server, when several serve the model
    mode: instructor.Mode
    local: bool
    api_bases: tuple[str, ...] = ()  # every server, when requests are spread (see `endpoints`)
    per_endpoint: int | None = None  # requests in flight on each server at once

    @property
    def constrained(self) -> bool:
        """Whether the backend enforces the JSON schema while decoding."""
        return self.mode == instructor.Mode.JSON_SCHEMA


def default_mode(model: str, api_base: str | None) -> str:
    """JSON-schema constrained decoding for open-model servers, tool calling for hosted APIs."""
    if _options.is_local(model) or model.startswith(_CONSTRAINED_PREFIXES):
        return "json_schema"
    if model.startswith("openai/") and api_base:
        return "json_schema"
    return "tools"


def resolve(model: str, api_base: str | tuple[str, ...] | None = None, mode: str | None = None,
            per_endpoint: int | None = None) -> Target:
    """Route a model string; ``local`` models get their in-process server started.

    ``api_base`` may name several servers of the same model: requests are spread over
    them, at most ``per_endpoint`` on each at once, and fail over (`endpoints`).
    """
    bases = (api_base,) if isinstance(api_base, str) else tuple(api_base or ())
    api_base = bases[0] if bases else None
    mode = mode or default_mode(model, api_base)
    if mode not in MODES:
        raise ModelError(f"unknown mode '{mode}': choose one of {', '.join(MODES)}")
    if model.startswith(_NEEDS_API_BASE) and not api_base and not os.environ.get("HOSTED_VLLM_API_BASE"):
        raise ModelError(f"{model}: a vLLM server needs its address: give --api-base URL (e.g. http://host:8000/v1)")
    if _options.is_local(model):
        server = local.serve(model)
        return Target(model, local.SERVED_NAME, server.api_base, MODES[mode], True)
    spread = len(bases) > 1 or (bool(bases) and per_endpoint is not None)
    return Target(model, model, api_base, MODES[mode], False, bases if spread else (), per_endpoint)


@dataclass
class _Call:
    """One `structured` call: where its completions are counted, and who answered each."""

    target: Target
    meter: Meter
    completions: int = 0

    def record(self, response: Any, model: str) -> None:
        self.completions += 1
        self.meter.record(response, model, free=self.target.local and model == self.target.name)


class _Context(dict):
    """pydantic's validation context, which instructor must not use as Jinja variables.

    instructor renders every message as a Jinja template when ``context`` is
    truthy: an article containing ``{{`` or ``{%`` would be rewritten or fail to
    render, and the rendering costs CPU on every call. It skips a falsy context.
    """

    def __bool__(self) -> bool:
        return False


def _remember_async_validator_checks() -> None:
    """Make instructor look for async validators in a response model once, not on every call.

    It walks every class of the model (and of the models it nests) five times a
    call to refuse async validators: ~2 ms of CPU a call, which concurrent calls
    queue behind. The answer for a class never changes; a refusal still raises.
    """
    from instructor.v2.core import patch
    from instructor.v2.validation import async_validators

    check = async_validators.reject_async_validators
    remembered = functools.lru_cache(maxsize=256)(check)

    def reject_async_validators(response_model: Any) -> None:
        try:
            return remembered(response_model)
        except TypeError:  # unhashable: check it every time, as instructor does
            return check(response_model)

    async_validators.reject_async_validators = patch.reject_async_validators = reject_async_validators


_remember_async_validator_checks()


_OURS = contextvars.ContextVar("summariser_litellm_call", default=False)
"""True inside `_complete`: what `_lighten_litellm` changes applies to our calls only."""


def _lighten_litellm() -> None:
    """Spare our calls two things litellm does after every answer that we do not use.

    Both were about a third of the client's CPU per call (bench/batch_stub.py), and
    litellm has no setting for either:

    - Pricing a model it has no price for (a server you run, `openai/ANY`) searches
      its whole price map, twice per answer, to find nothing. A model that was
      unpriced once is unpriced for the rest of the process: it answers None at
      once. A priced model is priced as before (`Meter` records it).
    - The success-logging payload (a task per answer, cost again, usage, savings):
      built for callbacks. With none registered and no `litellm.max_budget` to
      count against, nothing reads it, so it is not built.
    """
    import litellm.utils as litellm_utils

    try:  # internals of litellm (pinned in uv.lock; pyproject allows newer): absent, nothing changes
        from litellm.litellm_core_utils.litellm_logging import Logging

        price = Logging.response_cost_calculator
        dispatch = litellm_utils.dispatch_success_logging
    except (ImportError, AttributeError):
        return
    unpriced: set[tuple] = set()

    def response_cost_calculator(self: Any, result: Any = None, *args: Any, **kwargs: Any) -> float | None:
        if not _OURS.get() or args:
            return price(self, result, *args, **kwargs)
        key = (kwargs.get("litellm_model_name") or self.model, self.model_call_details.get("custom_llm_provider"),
               getattr(result, "model", None), type(result))
        if key in unpriced and not kwargs.get("cache_hit") and not self.model_call_details.get("cache_hit"):
            return None
        cost = price(self, result, **kwargs)
        if cost is None:
            unpriced.add(key)
        return cost

    def dispatch_success_logging(logging_obj: Any, *args: Any, **kwargs: Any) -> None:
        if _OURS.get() and not litellm.max_budget and not _callbacks(logging_obj):
            return None
        return dispatch(logging_obj, *args, **kwargs)

    Logging.response_cost_calculator = response_cost_calculator
    litellm_utils.dispatch_success_logging = dispatch_success_logging


def _callbacks(logging_obj: Any) -> bool:
    """Whether any success callback would see this call: global or given with the call."""
    return bool(litellm.callbacks or litellm.success_callback or getattr(litellm, "_async_success_callback", None)
                or getattr(logging_obj, "dynamic_success_callbacks", None)
                or getattr(logging_obj, "dynamic_async_success_callbacks", None))


_lighten_litellm()


@functools.cache
def _client(mode: instructor.Mode) -> instructor.AsyncInstructor:
    """One instructor client per mode: it keeps no per-call state (that goes in ``call``)."""
    return instructor.from_litellm(_complete, mode=mode)


@functools.lru_cache(maxsize=32)  # bounded: some strategies build a response model per article
def _prepared(response_model: type[T]) -> type[T]:
    """instructor's wrapper of ``response_model``, with its JSON schema made once.

    instructor otherwise builds the wrapper class and the JSON schema again on
    every call: milliseconds of CPU that concurrent calls queue behind.
    """
    from instructor.v2.core.function_calls import response_schema

    wrapped = response_schema(response_model)
    schema = json.dumps(wrapped.model_json_schema())

    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict:
        if args or kwargs:
            return super(wrapped, cls).model_json_schema(*args, **kwargs)
        return json.loads(schema)  # a fresh copy: litellm may edit what it sends

    wrapped.model_json_schema = classmethod(model_json_schema)
    return wrapped


async def _complete(*, call: _Call, fallbacks: list[dict] | None = None, num_retries: int = 2, **kwargs: Any) -> Any:
    """One completion for instructor: the model with its retries, then each fallback with its own.

    litellm's own retries are off (`retries` says why); its fallbacks are not
    used either, since they would start before the model's own retries.
    """
    ours = _OURS.set(True)
    try:
        attempts = [(call.target.name, {}), *((f["model"], f) for f in fallbacks or [])]
        for name, endpoint in attempts:
            request = kwargs | endpoint | {"num_retries": 0}
            try:
                if not endpoint and call.target.api_bases:  # the model, on several servers
                    response = await _spread(call.target, request, num_retries)
                else:
                    response = await retries.with_retries(functools.partial(litellm.acompletion, **request), num_retries)
            except Exception as exc:  # noqa: BLE001 - each endpoint's failure hands over to the next
                last = exc
                continue
            call.record(response, name)
            return response
        raise retries.FallbacksFailed(last) if fallbacks else last
    finally:
        _OURS.reset(ours)


async def _spread(target: Target, request: dict, num_retries: int) -> Any:
    servers = endpoints.pool(target.api_bases, target.per_endpoint)
    return await servers.call(lambda url: litellm.acompletion(**(request | {"api_base": url})), num_retries)


def self_hosted(target: Target) -> bool:
    """A server the user runs (the embedded one, llama.cpp, vLLM, Ollama...), not a hosted API."""
    return target.local or bool(target.api_base) or target.model.startswith(_CONSTRAINED_PREFIXES)


def _request(target: Target, options: dict) -> dict:
    kwargs: dict[str, Any] = {
        "model": target.model,
        "temperature": options.get("temperature", 0.0),
        "timeout": options.get("timeout", 300),
        "num_retries": options.get("num_retries", 2),
    }
    if target.api_base:
        kwargs["api_base"] = target.api_base
    if target.local:
        kwargs["api_key"] = "local"  # the in-process server checks none; litellm wants one
        # llama.cpp's DRY sampler penalises repeated sequences: a small model's loops end early
        kwargs["extra_body"] = {"dry_multiplier": 0.8, "dry_allowed_length": 3, "repeat_penalty": 1.05}
    elif target.api_base and target.model.startswith("openai/") and not os.environ.get("OPENAI_API_KEY"):
        kwargs["api_key"] = "none"  # a local OpenAI-compatible server needs no key; the SDK insists on one
    if self_hosted(target) and not target.local:
        # the one repetition stop every OpenAI-compatible server (llama.cpp, vLLM, Ollama) honours
        kwargs["frequency_penalty"] = REPETITION_PENALTY
    for name in ("seed", "max_tokens"):
        if options.get(name) is not None:
            kwargs[name] = options[name]
    if options.get("fallbacks"):
        kwargs["fallbacks"] = [_fallback(spec, kwargs) for spec in options["fallbacks"]]
    return kwargs


_ENDPOINT = ("api_base", "api_key", "extra_body", "frequency_penalty")


def _fallback(spec: str | dict, primary: dict) -> dict:
    """A fallback's own litellm kwargs, calling its own endpoint.

    A fallback is sent with the primary's kwargs (see `_complete`), so a bare model
    name would go to the primary's ``api_base`` (the local server, say) with its key.
    A name is resolved like a primary model without ``--api-base``; a dict
    (``{"model": ..., "api_base": ...}``) names its endpoint itself.
    """
    reset = {k: ({} if k == "extra_body" else None) for k in _ENDPOINT if k in primary}
    if isinstance(spec, dict):
        return reset | spec
    if "@http" in spec:  # `MODEL@URL`, the CLI's way to give a fallback its own server
        model, api_base = spec.split("@", 1)
        return reset | {"model": model, "api_base": api_base}
    target = resolve(spec)
    own = _request(target, {})
    return reset | {"model": target.model} | {k: own[k] for k in _ENDPOINT if k in own}


async def structured(
    target: Target,
    messages: list[dict],
    response_model: type[T],
    *,
    context: dict | None,
    meter: Meter,
    max_retries: int = 2,
    **options: Any,
) -> tuple[T, bool]:
    """Ask for ``response_model``; re-ask (instructor) on validation errors.

    Returns the model and whether it passed every validator. When the retries
    run out, the last answer is parsed without the context-dependent validators
    so the caller can keep what holds and report what does not.
    """
    call = _Call(target, meter)  # the meter is shared by concurrent calls; this counts this call's
    try:
        result = await _client(target.mode).chat.completions.create(
            messages=messages,
            response_model=_prepared(response_model),
            max_retries=max_retries,
            context=_Context(context) if context else None,
            call=call,
            **_request(target, options),
        )
        return result, True
    except IncompleteOutputException as exc:
        return salvage.salvage(exc.last_completion, response_model, "the answer hit the token limit"), False
    except InstructorRetryException as exc:
        cause = exc.__cause__
        if not isinstance(cause, (ValidationError, ValueError)) or isinstance(cause, ModelError):
            raise model_error(cause or exc, target) from exc
        return salvage.salvage(exc.last_completion, response_model, str(cause)), False
    except Exception as exc:  # litellm raises many types; all mean the call failed
        raise model_error(exc, target) from exc
    finally:
        meter.retries += max(call.completions - 1, 0)


class Asker:
    """The `summariser.strategies.base.Ask` of one summary: calls share its meter and,
    through ``gate``, a bound on the calls in flight at once."""

    def __init__(self, target: Target, meter: Meter, options: dict, gate: asyncio.Semaphore):
        self.target, self.meter, self.options, self.gate = target, meter, options, gate

    async def __call__(self, messages: list[dict], response_model: type[T], *, context: dict | None = None,
                       **overrides: Any) -> T:
        self.meter.wait(time.perf_counter())
        async with self.gate:
            self.meter.send(time.perf_counter())
            try:
                answer, _ = await structured(
                    self.target, messages, response_model, context=context, meter=self.meter,
                    **(self.options | overrides)
                )
            finally:
                self.meter.done(time.perf_counter())
        return answer


_LITELLM_PREFIX = re.compile(r"^litellm\.\w+: (?:\w+: )?(?:\w+Exception - )?")
_OBJECT_REPR = re.compile(r"\s*\w+:<[\w.]+ object at 0x[0-9a-f]+>")  # "ssl:<ssl.SSLContext object at 0x...>"
_CONNECTION_ERRORS = ("ConnectError", "ClientConnectorError",
                      "ConnectionRefusedError", "ConnectTimeout", "gaierror")
_CONNECTION_WORDS = ("Cannot connect to host", "Connect call failed", "Connection refused", "Name or service not known")


def _connection_failed(exc: BaseException) -> bool:
    """Whether the server could not be reached at all: litellm wraps some transports'
    connection errors (aiohttp's, for vLLM and Ollama) as server failures."""
    seen: BaseException | None = exc
    for _ in range(8):  # the chain of causes, bounded
        if seen is None:
            break
        if type(seen).__name__ in _CONNECTION_ERRORS or any(w in str(seen) for w in _CONNECTION_WORDS):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _detail(exc: BaseException) -> str:
    """The provider's own message: first line, without litellm's class names."""
    lines = str(exc).strip().splitlines()
    text = _OBJECT_REPR.sub("", _LITELLM_PREFIX.sub("", lines[0] if lines else "")).strip()
    return text or type(exc).__name__


def _display(url: str) -> str:
    """A server's address for messages: without credentials written into it."""
    return re.sub(r"//[^/@]*@", "//", url)


def model_error(exc: BaseException, target: Target) -> ModelError:
    """One clear line for a failed model call (after its retries and fallbacks)."""
    name = target.name
    where = f" at {_display(target.api_base)}" if target.api_base and not target.local else ""
    if len(target.api_bases) > 1:
        where = f" at any of {len(target.api_bases)} servers"
    if isinstance(exc, retries.FallbacksFailed):
        name, where, exc = f"{name} and its fallbacks", "", exc.last  # the last failure was a fallback's
    kind, errors = type(exc), litellm.exceptions
    if issubclass(kind, errors.AuthenticationError):
        text = f"{name}: authentication failed; set the provider's API key (e.g. OPENAI_API_KEY)"
    elif issubclass(kind, errors.Timeout):
        text = f"{name}: the model did not answer in time{where}"
    elif issubclass(kind, errors.APIConnectionError) or _connection_failed(exc):
        text = f"{name}: cannot reach the model server{where}"
    elif issubclass(kind, errors.NotFoundError):
        text = f"{name}: unknown model{where}"
    elif issubclass(kind, errors.RateLimitError):
        text = f"{name}: rate limited by the provider; retry later"
    elif issubclass(kind, errors.BadRequestError) and "provider" in str(exc).lower():
        text = f"unknown model '{name}': use a litellm model string such as openai/gpt-4o-mini"
    elif issubclass(kind, (errors.InternalServerError, errors.ServiceUnavailableError, errors.BadGatewayError, errors.APIError)):
        text = f"{name}: the model server failed{where}: {_detail(exc)[:200]}"
    else:
        text = f"{name}: {_detail(exc)[:200]}"
    return ModelError(redact(text))

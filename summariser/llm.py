"""The one place that imports instructor and litellm: model routing, modes, errors, usage."""

from __future__ import annotations

import logging
import os
import re
import time
from dataclasses import dataclass, field
from typing import Any, TypeVar

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("LITELLM_LOG", "CRITICAL")

import instructor  # noqa: E402
import litellm  # noqa: E402
from instructor.core.exceptions import IncompleteOutputException, InstructorRetryException  # noqa: E402
from pydantic import BaseModel, ValidationError  # noqa: E402

from summariser import choices, local  # noqa: E402
from summariser.errors import ExtractionError, ModelError, redact  # noqa: E402

litellm.suppress_debug_info = True
litellm.telemetry = False
# The openai SDK logs failed responses with their bodies at DEBUG: a server that echoes
# the Authorization header would put the API key in the application's logs.
for _name in ("instructor", "LiteLLM", "LiteLLM Router", "LiteLLM Proxy", "httpx", "httpcore", "openai"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

T = TypeVar("T", bound=BaseModel)

MODES = {name: getattr(instructor.Mode, name.upper()) for name in choices.MODES}
# Servers that run open models speak OpenAI's `response_format: json_schema` and
# enforce it while decoding (llama.cpp grammars, vLLM/Ollama structured outputs).
_CONSTRAINED_PREFIXES = ("ollama/", "ollama_chat/", "hosted_vllm/", "llamafile/", "lm_studio/")


@dataclass(frozen=True)
class Target:
    """A model resolved to what litellm needs to call it."""

    name: str  # as the user gave it
    model: str  # litellm model string
    api_base: str | None
    mode: instructor.Mode
    local: bool

    @property
    def constrained(self) -> bool:
        """Whether the backend enforces the JSON schema while decoding."""
        return self.mode == instructor.Mode.JSON_SCHEMA


def default_mode(model: str, api_base: str | None) -> str:
    """JSON-schema constrained decoding for open-model servers, tool calling for hosted APIs."""
    if local.is_local(model) or model.startswith(_CONSTRAINED_PREFIXES):
        return "json_schema"
    if model.startswith("openai/") and api_base:
        return "json_schema"
    return "tools"


def resolve(model: str, api_base: str | None = None, mode: str | None = None) -> Target:
    """Route a model string; ``local`` models get their in-process server started."""
    mode = mode or default_mode(model, api_base)
    if mode not in MODES:
        raise ModelError(f"unknown mode '{mode}': choose one of {', '.join(MODES)}")
    if local.is_local(model):
        server = local.serve(model)
        return Target(model, local.SERVED_NAME, server.api_base, MODES[mode], True)
    return Target(model, model, api_base, MODES[mode], False)


@dataclass
class Meter:
    """Usage summed over every model call made for one summary."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = 0.0
    retries: int = 0
    started: float = field(default_factory=time.perf_counter)

    def record(self, response: Any, local_model: bool) -> None:
        self.calls += 1
        usage = getattr(response, "usage", None)
        self.prompt_tokens += getattr(usage, "prompt_tokens", 0) or 0
        self.completion_tokens += getattr(usage, "completion_tokens", 0) or 0
        if local_model or self.cost_usd is None:
            return
        try:
            self.cost_usd += litellm.completion_cost(completion_response=response)
        except Exception:  # litellm has no price for this model
            self.cost_usd = None


def _client(target: Target, meter: Meter, attempts: list) -> instructor.AsyncInstructor:
    """An instructor client that meters every completion; ``attempts`` collects this call's."""

    def record(response: Any) -> None:
        attempts.append(response)
        meter.record(response, target.local)

    client = instructor.from_litellm(litellm.acompletion, mode=target.mode)
    client.on("completion:response", record)
    return client


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
    for name in ("seed", "max_tokens"):
        if options.get(name) is not None:
            kwargs[name] = options[name]
    if options.get("fallbacks"):
        kwargs["fallbacks"] = [_fallback(spec, kwargs) for spec in options["fallbacks"]]
    return kwargs


_ENDPOINT = ("api_base", "api_key", "extra_body")


def _fallback(spec: str | dict, primary: dict) -> dict:
    """A fallback as litellm takes it, calling its own endpoint.

    litellm sends a fallback with the primary's kwargs, so a bare model name
    would go to the primary's ``api_base`` (the local server, say) with its key.
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


def raw_output(completion: Any) -> str | None:
    """The JSON text a completion carries, in whichever mode it was asked."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError):
        return None
    calls = getattr(message, "tool_calls", None)
    if calls:
        return calls[0].function.arguments
    content = message.content or ""
    fenced = re.search(r"```(?:json)?\s*(.*?)```", content, re.S)
    return fenced.group(1) if fenced else content


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
    attempts: list = []  # this call's completions; the meter is shared by concurrent calls
    client = _client(target, meter, attempts)
    try:
        result = await client.chat.completions.create(
            messages=messages,
            response_model=response_model,
            max_retries=max_retries,
            context=context,
            **_request(target, options),
        )
        return result, True
    except IncompleteOutputException as exc:
        return _salvage(exc.last_completion, response_model, "the answer hit the token limit"), False
    except InstructorRetryException as exc:
        cause = exc.__cause__
        if not isinstance(cause, (ValidationError, ValueError)) or isinstance(cause, ModelError):
            raise model_error(cause or exc, target) from exc
        return _salvage(exc.last_completion, response_model, str(cause)), False
    except Exception as exc:  # litellm raises many types; all mean the call failed
        raise model_error(exc, target) from exc
    finally:
        meter.retries += max(len(attempts) - 1, 0)


def _trim_partial(value: Any) -> Any:
    """Drop the last, possibly cut-off, item of every list in a partially parsed answer."""
    if isinstance(value, dict):
        return {k: _trim_partial(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_trim_partial(v) for v in value[:-1]] if value else value
    return value


def _salvage(completion: Any, response_model: type[T], why: str) -> T:
    """The last answer without context checks; a cut-off answer keeps its complete items."""
    from pydantic_core import from_json

    text = raw_output(completion)
    if text:
        try:
            return response_model.model_validate_json(text)
        except ValidationError:
            pass
        try:
            return response_model.model_validate(_trim_partial(from_json(text, allow_partial=True)))
        except (ValidationError, ValueError):
            pass
    first = why.strip().splitlines()[0] if why.strip() else "no valid answer"
    raise ExtractionError(f"the model gave no valid summary: {first[:200]}")


_LITELLM_PREFIX = re.compile(r"^litellm\.(\w+): (?:\w+: )?(?:\w+Exception - )?")
_LITELLM_SUFFIX = re.compile(r"(?:\s*LiteLLM Retried: \d+ times?)?(?:\. All fallback attempts failed\..*)?$")


def _kind(exc: BaseException) -> type:
    """The litellm exception class of ``exc``; after fallbacks litellm raises a bare
    ``Exception`` that only names the last failure's class in its message."""
    match = _LITELLM_PREFIX.match(str(exc).strip())
    if type(exc) is Exception and match:
        found = getattr(litellm.exceptions, match.group(1), None)
        if isinstance(found, type) and issubclass(found, BaseException):
            return found
    return type(exc)


def _detail(exc: BaseException) -> str:
    """The provider's own message: first line, without litellm's class names, retry count and advice."""
    lines = str(exc).strip().splitlines()
    text = _LITELLM_SUFFIX.sub("", _LITELLM_PREFIX.sub("", lines[0] if lines else "")).strip()
    return text or type(exc).__name__


def model_error(exc: BaseException, target: Target) -> ModelError:
    """One clear line for a failed model call (after its retries and fallbacks)."""
    name = target.name
    where = f" at {target.api_base}" if target.api_base and not target.local else ""
    if "All fallback attempts failed" in str(exc):
        name, where = f"{name} and its fallbacks", ""  # the last failure was a fallback's
    kind, errors = _kind(exc), litellm.exceptions
    if issubclass(kind, errors.AuthenticationError):
        text = f"{name}: authentication failed; set the provider's API key (e.g. OPENAI_API_KEY)"
    elif issubclass(kind, errors.Timeout):
        text = f"{name}: the model did not answer in time{where}"
    elif issubclass(kind, errors.APIConnectionError):
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

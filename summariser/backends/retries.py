"""Retrying one model call: transient errors only, after the server's Retry-After or a backoff.

Why not litellm's ``num_retries``: its retries run after the openai SDK's own,
ignore Retry-After, follow a 5xx at once, and also retry what cannot pass (a
bad key, an unknown model). `llm.py` turns both off and calls `with_retries`
for the model and then for each fallback. The loop is tenacity's; the policy
(which failures, how long to wait) is ours.

Only the exception's ``status_code`` and response headers are read, so this
module needs no litellm import.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

T = TypeVar("T")

TRANSIENT = frozenset({408, 409, 429})  # and every 5xx; litellm maps timeouts to 408, lost connections to 500
MAX_WAIT_S = 60.0  # a longer Retry-After fails at once: the next fallback, or the user, decides
BACKOFF_S = 0.5
BACKOFF_CAP_S = 8.0


def transient(exc: BaseException) -> bool:
    """Whether the same request may pass if sent again."""
    code = getattr(exc, "status_code", None)
    return isinstance(code, int) and (code in TRANSIENT or code >= 500)


def _header(exc: BaseException, name: str) -> str | None:
    """A response header of the failed call (litellm keeps them in two places)."""
    response = getattr(exc, "response", None)
    for headers in (getattr(exc, "litellm_response_headers", None), getattr(response, "headers", None)):
        try:
            value = headers.get(name) if headers else None
        except AttributeError:
            continue
        if value is not None:
            return str(value)
    return None


def retry_after(exc: BaseException, now: Callable[[], float] = time.time) -> float | None:
    """Seconds the server asked to wait: ``retry-after-ms``, else ``retry-after``
    in seconds or as an HTTP date (counted from ``now()``); None when it gave none (or nonsense)."""
    if (ms := _header(exc, "retry-after-ms")) is not None:
        try:
            return max(float(ms) / 1000, 0.0)
        except ValueError:
            pass
    value = _header(exc, "retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - now(), 0.0)


def backoff(attempt: int) -> float:
    """0.5 s, 1 s, 2 s ... up to 8 s, less up to a quarter at random so that
    clients that failed together do not all come back together (the openai SDK's curve)."""
    return min(BACKOFF_S * 2**attempt, BACKOFF_CAP_S) * (1 - 0.25 * random.random())


def wait_before_retry(exc: BaseException, attempt: int) -> float | None:
    """Seconds to wait before retry number ``attempt + 1``, or None to give up now."""
    if not transient(exc):
        return None
    asked = retry_after(exc)
    if asked is None:
        return backoff(attempt)
    return asked if asked <= MAX_WAIT_S else None


def _retryable(exc: BaseException) -> bool:
    return wait_before_retry(exc, 0) is not None


def _wait(state: RetryCallState) -> float:
    return wait_before_retry(state.outcome.exception(), state.attempt_number - 1) or 0.0


async def pause(seconds: float) -> None:
    """How `with_retries` waits between attempts; tests replace it to record the waits asked for."""
    await asyncio.sleep(seconds)


async def with_retries(
    call: Callable[[], Awaitable[T]], retries: int, sleep: Callable[[float], Awaitable[None]] | None = None
) -> T:
    """``await call()``, tried again up to ``retries`` times while it fails transiently.

    ``sleep`` waits between attempts; default `pause`.
    """
    retrying = AsyncRetrying(
        retry=retry_if_exception(_retryable),
        stop=stop_after_attempt(retries + 1),
        wait=_wait,
        sleep=sleep or (lambda seconds: pause(seconds)),
        reraise=True,
    )

    async def attempt() -> T:  # a coroutine function, so tenacity awaits what ``call`` returns
        return await call()

    return await retrying(attempt)


class FallbacksFailed(Exception):
    """The model and every fallback failed; ``last`` is the last fallback's failure."""

    def __init__(self, last: BaseException):
        super().__init__(str(last))
        self.last = last


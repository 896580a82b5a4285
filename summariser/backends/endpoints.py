"""Several servers of one model: requests spread over them, a bound on each, failover when one fails.

Why not litellm's Router: it brings its own retry loop (the one `retries` replaces,
which ignores Retry-After), its cooldowns are per process anyway, and it adds CPU
to every call, which is what caps throughput at high concurrency. What is needed
is small: pick the least busy server that is up, cap the requests on each, and
when one fails transiently (refused connection, timeout, 429, 5xx) set it aside
for a while and send the request to another at once. Only when every server is
set aside does a request wait, as `retries` would (Retry-After, else a backoff).
"""

from __future__ import annotations

import asyncio
import time
import weakref
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from summariser.backends import retries

T = TypeVar("T")

COOLDOWN_S = 5.0
"""How long a server that failed is passed over (longer when it asked, by Retry-After)."""


@dataclass
class Endpoint:
    """One server: its requests in flight, and until when it is set aside."""

    url: str
    in_flight: int = 0
    down_until: float = 0.0
    sent: int = 0
    failed: int = 0
    most_in_flight: int = 0

    def up(self, now: float) -> bool:
        return self.down_until <= now


class EndpointPool:
    """Servers of the same model, used by every request of one event loop.

    Args:
        urls: the servers' base URLs.
        limit: requests in flight at once on each server; None for no bound.
        clock: monotonic seconds (tests give their own).
    """

    def __init__(self, urls: tuple[str, ...], limit: int | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.endpoints = [Endpoint(url) for url in urls]
        self.limit, self.clock = limit, clock
        self._freed = asyncio.Condition()
        self._turn = 0  # round robin among equally busy servers

    async def call(self, send: Callable[[str], Awaitable[T]], retries_left: int) -> T:
        """``await send(url)`` on a server; on a transient failure, on another.

        A request is tried once on each server and then ``retries_left`` more times,
        waiting only when every server is set aside. Other failures raise at once.
        """
        attempts = len(self.endpoints) + retries_left
        for attempt in range(attempts):
            endpoint = await self._acquire(attempt)
            try:
                return await send(endpoint.url)
            except Exception as exc:
                if not retries.transient(exc) or attempt == attempts - 1:
                    raise
                self._set_aside(endpoint, exc)
            finally:
                await self._release(endpoint)
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _pick(self) -> Endpoint | None:
        now = self.clock()
        free = [e for e in self.endpoints if e.up(now) and (self.limit is None or e.in_flight < self.limit)]
        if not free:
            return None
        self._turn += 1
        least = min(e.in_flight for e in free)
        idle = [e for e in free if e.in_flight == least]
        return idle[self._turn % len(idle)]

    async def _acquire(self, attempt: int) -> Endpoint:
        while (endpoint := self._pick()) is None:
            now = self.clock()
            if any(e.up(now) for e in self.endpoints):  # all busy: wait for a request to finish
                async with self._freed:
                    await self._freed.wait()
                continue
            await self._wait_for_one(now, attempt)
        endpoint.in_flight += 1
        endpoint.sent += 1
        endpoint.most_in_flight = max(endpoint.most_in_flight, endpoint.in_flight)
        return endpoint

    async def _wait_for_one(self, now: float, attempt: int) -> None:
        """Every server is set aside: wait for the first to come back (at most a backoff),
        then try it again."""
        first = min(self.endpoints, key=lambda e: e.down_until)
        await retries.pause(min(first.down_until - now, retries.backoff(attempt)))
        first.down_until = min(first.down_until, self.clock())

    def _set_aside(self, endpoint: Endpoint, exc: BaseException) -> None:
        endpoint.failed += 1
        asked = retries.retry_after(exc)
        wait = COOLDOWN_S if asked is None else min(max(asked, 0.0), retries.MAX_WAIT_S)
        endpoint.down_until = max(endpoint.down_until, self.clock() + wait)

    async def _release(self, endpoint: Endpoint) -> None:
        endpoint.in_flight -= 1
        async with self._freed:
            self._freed.notify()


_POOLS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def pool(urls: tuple[str, ...], limit: int | None) -> EndpointPool:
    """The pool of these servers in the running event loop: shared by every summary it runs,
    so the bound holds over all of them (asyncio's locks belong to one loop)."""
    pools = _POOLS.setdefault(asyncio.get_running_loop(), {})
    key = (urls, limit)
    if key not in pools:
        pools[key] = EndpointPool(urls, limit)
    return pools[key]

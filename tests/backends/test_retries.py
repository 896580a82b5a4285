"""When a failed model call is retried, and after how long (summariser.backends.retries)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from summariser.backends import retries


class Failure(Exception):
    """A failed call as litellm raises it: a status code and the response's headers."""

    def __init__(self, status: int | None, headers: dict | None = None, where: str = "response"):
        super().__init__(f"status {status}")
        self.status_code = status
        response = httpx.Response(status or 500, headers=headers or {})
        if where == "response":
            self.response = response
        else:
            self.litellm_response_headers = response.headers


@pytest.mark.parametrize(
    ("status", "transient"),
    [(408, True), (409, True), (429, True), (500, True), (503, True), (400, False), (401, False), (404, False),
     (None, False)],
)
def test_only_transient_failures_are_retried(status, transient):
    assert retries.transient(Failure(status)) is transient
    assert (retries.wait_before_retry(Failure(status), 0) is not None) is transient


def _in(seconds: float) -> str:
    return format_datetime(datetime.now(UTC) + timedelta(seconds=seconds), usegmt=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "0.5"}, 0.5),
        ({"retry-after-ms": "1500", "Retry-After": "9"}, 1.5),
        ({"Retry-After": "-4"}, 0.0),
        ({"Retry-After": "soon"}, None),
        ({}, None),
    ],
)
@pytest.mark.parametrize("where", ["response", "litellm_response_headers"])
def test_retry_after_is_read_from_the_response_headers(headers, expected, where):
    assert retries.retry_after(Failure(429, headers, where)) == expected


def test_retry_after_may_be_a_date():
    assert 8 <= retries.retry_after(Failure(503, {"Retry-After": _in(10)})) <= 10


def test_the_wait_is_the_servers_when_it_says_else_a_growing_backoff():
    assert retries.wait_before_retry(Failure(429, {"Retry-After": "2"}), 0) == 2.0
    waits = [retries.wait_before_retry(Failure(500), attempt) for attempt in range(6)]
    assert 0.375 <= waits[0] <= 0.5 and waits[1] > waits[0] and max(waits) <= retries.BACKOFF_CAP_S


def test_a_wait_longer_than_the_cap_gives_up_at_once():
    assert retries.wait_before_retry(Failure(429, {"Retry-After": str(retries.MAX_WAIT_S + 1)}), 0) is None


def test_with_retries_stops_at_the_limit_and_on_lasting_errors(monkeypatch):
    monkeypatch.setattr(retries, "backoff", lambda attempt: 0.0)
    calls = []

    async def failing(status):
        calls.append(status)
        raise Failure(status)

    for status, expected in [(503, 3), (401, 1)]:
        calls.clear()
        with pytest.raises(Failure):
            asyncio.run(retries.with_retries(lambda s=status: failing(s), retries=2))
        assert len(calls) == expected

"""Shared fixtures. Each section names who uses it; add yours below, keep the others'."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # so tests (and bench/) can `import stub_server`

from stub_server import Reply, StubServer  # noqa: E402

# -- the OpenAI-compatible stub server (tests/stub_server.py; used by tests/reliability) --


@pytest.fixture
def stub() -> Iterator[StubServer]:
    """A started stub server on loopback; script it with ``enqueue``/``always``."""
    with StubServer() as server:
        yield server


@pytest.fixture
def make_stub() -> Iterator[Callable[..., StubServer]]:
    """Start more stub servers (a fallback's, say); all are stopped after the test."""
    servers: list[StubServer] = []

    def make(default: Reply | None = None, latency: float = 0.0) -> StubServer:
        servers.append(StubServer(default, latency).start())
        return servers[-1]

    yield make
    for server in servers:
        server.stop()

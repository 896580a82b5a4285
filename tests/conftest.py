"""Shared fixtures. Each section names who uses it; add yours below, keep the others'."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from summariser.evals.fixtures import Fixture
from summariser.testing.stub_server import Reply, StubServer

# -- the OpenAI-compatible stub server (summariser/testing/stub_server.py; used by tests/reliability) --


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


# -- the repo's fixtures, and a fake model that counts its calls (used by tests/evals, rules, cli) --

REPO_FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="session")
def fixtures() -> list[Fixture]:
    """The repo's fixtures, loaded once through the real loader."""
    from summariser.evals.fixtures import load_fixtures

    return load_fixtures(REPO_FIXTURES)


@pytest.fixture
def few(fixtures) -> list[Fixture]:
    return fixtures[:4]


@pytest.fixture
def write_fixture_files(tmp_path):
    """Write fixtures as one-object JSON files into a folder; returns the folder."""

    def write(items: list[Fixture], folder: str = "fx") -> Path:
        out = tmp_path / folder
        out.mkdir()
        for f in items:
            data = f.model_dump(mode="json", exclude_none=True)
            (out / f"{f.id}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
        return out

    return write

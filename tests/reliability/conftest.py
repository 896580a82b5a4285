"""Every reliability test runs offline against tests/stub_server.py, with its own cache."""

from __future__ import annotations

import pytest

PLACEHOLDER_KEY = "sk-stub-placeholder-0000"


@pytest.fixture(autouse=True)
def offline_env(monkeypatch, tmp_path):
    """A dummy API key (litellm wants one), a private cache folder, no default model."""
    monkeypatch.setenv("OPENAI_API_KEY", PLACEHOLDER_KEY)
    monkeypatch.setenv("SUMMARISER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SUMMARISER_MODEL", raising=False)


@pytest.fixture
def waits(monkeypatch) -> list[float]:
    """The waits the retries ask for, recorded instead of slept: what is asserted is the policy,
    never the clock."""
    from summariser.backends import retries

    asked: list[float] = []

    async def pause(seconds: float) -> None:
        asked.append(round(seconds, 3))

    monkeypatch.setattr(retries, "pause", pause)
    return asked

"""Articles and sessions for the labelling tests (tests/labelling)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from summariser.labelling.session import Session, Source

from label_articles import PORT_STRIKE


@pytest.fixture
def make_session(tmp_path: Path):
    """Open a session on ``tmp_path/out`` for articles given as {id: text}, proposals by the rules."""

    def make(texts: dict[str, str] | None = None, propose: bool = True, tags=("real", "en", "mine")) -> Session:
        texts = texts or {"port-strike": PORT_STRIKE}
        sources = [Source(f"{name}.txt", name, text, None, "2024-05-07") for name, text in texts.items()]
        session = Session.open(tmp_path / "out", sources, "en", list(tags))
        if propose:
            for index in session.pending():
                asyncio.run(session.propose(index, "baseline", {}))
        return session

    return make

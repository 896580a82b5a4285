"""Articles and sessions for the labelling tests (tests/labelling)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from summariser import pipeline
from summariser.labelling.session import Session, Source
from summariser.schema import ArticleSummary

from label_articles import PORT_STRIKE, PORT_STRIKE_PROPOSAL


@pytest.fixture
def make_session(tmp_path: Path, monkeypatch):
    """Open a session on ``tmp_path/out`` for articles given as {id: text}, proposed as "baseline":
    the port strike gets the fixed `PORT_STRIKE_PROPOSAL`, any other article what the rules say."""
    summarise = pipeline.asummarise

    async def proposed(text: str, **options) -> ArticleSummary:
        if text == PORT_STRIKE and options.get("model") == "baseline":
            return ArticleSummary.model_validate(PORT_STRIKE_PROPOSAL)
        return await summarise(text, **options)

    monkeypatch.setattr(pipeline, "asummarise", proposed)

    def make(texts: dict[str, str] | None = None, propose: bool = True, tags=("real", "en", "mine")) -> Session:
        texts = texts or {"port-strike": PORT_STRIKE}
        sources = [Source(f"{name}.txt", name, text, None, "2024-05-07") for name, text in texts.items()]
        session = Session.open(tmp_path / "out", sources, "en", list(tags))
        if propose:
            for index in session.pending():
                asyncio.run(session.propose(index, "baseline", {}))
        return session

    return make

"""The real embedded model (SmolLM2 served in-process by llama.cpp), end to end, offline."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from summariser import options, pipeline

pytestmark = pytest.mark.model

ARTICLE = """BRUSSELS (Wire) - European Union foreign ministers agreed on Monday to extend sanctions on Belarus for another year, diplomats said.

Foreign policy chief Kaja Lind said the bloc would keep up pressure until political prisoners were freed. "We will not look away," Lind told reporters after the meeting.

Belarus's foreign ministry condemned the decision as "economic blackmail" and said Minsk would respond.

Hungary's foreign minister Peter Szabo said he had voted for the extension but urged the bloc to keep talking to Minsk.

The price of wheat in Brussels rose by three percent on Tuesday.
"""


def _schema() -> dict:
    cli = Path(sys.executable).parent / "summariser"
    out = subprocess.run([str(cli), "schema"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@pytest.fixture(scope="module")
def schema():
    return _schema()


@pytest.mark.parametrize("strategy", ["decomposed", "grounded", "free"])
def test_each_strategy_gives_a_valid_grounded_summary(strategy, schema):
    result = pipeline.summarise(ARTICLE, model="local", published="2024-02-26", strategy=strategy)
    jsonschema.validate(json.loads(result.model_dump_json()), schema)
    for item in [*result.events, *result.stances]:
        assert ARTICLE[item.evidence_span.start : item.evidence_span.end] == item.evidence
    ids = {a.id for a in result.actors}
    assert all(set(e.agents + e.targets) <= ids for e in result.events)
    assert all(s.holder in ids for s in result.stances)
    assert all(a.name.lower() in ARTICLE.lower() for a in result.actors)
    assert result.usage.calls >= 1 and result.usage.completion_tokens > 0
    assert result.usage.cost_usd == 0.0


def test_decomposed_finds_the_articles_actors_and_events():
    result = pipeline.summarise(ARTICLE, model="local", published="2024-02-26", strategy="decomposed")
    names = {a.name for a in result.actors}
    assert {"Kaja Lind", "Peter Szabo"} <= names
    assert len(result.events) >= 2
    assert any(e.date == "2024-02-26" for e in result.events)


def test_a_long_article_is_chunked_and_merged():
    paragraphs = ARTICLE.strip().split("\n\n")
    # numbered copies keep every sentence unique, so each evidence has one right offset
    long_text = "\n\n".join(f"Update {i // 4 + 1}. {p}" for i, p in enumerate(paragraphs * 24))
    assert len(long_text) > 3 * options.LOCAL_CHUNK_TOKENS * 4
    result = pipeline.summarise(long_text, model="local", published="2024-02-26", strategy="decomposed")
    for item in [*result.events, *result.stances]:
        assert long_text[item.evidence_span.start : item.evidence_span.end] == item.evidence
    assert len({a.id for a in result.actors}) == len(result.actors)
    lind = [a for a in result.actors if a.name == "Kaja Lind"]
    assert len(lind) == 1  # the same actor in every chunk is merged into one
    assert [e.id for e in result.events] == [f"e{i + 1}" for i in range(len(result.events))]
    starts = [e.evidence_span.start for e in result.events]
    assert starts == sorted(starts)

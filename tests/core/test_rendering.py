"""rendering: JSON that honours the schema, Markdown tables, rich output."""

from __future__ import annotations

import io
import json
from pathlib import Path

import jsonschema
import pytest
from rich.console import Console

from summariser.rendering import (
    FORMATS,
    print_pretty,
    to_json,
    to_markdown,
    usage_line,
    write_summary,
)
from summariser.schema import ArticleSummary

ARTICLE = (Path(__file__).parents[2] / "examples" / "article.txt").read_text("utf-8")


def span(evidence: str) -> dict:
    start = ARTICLE.index(evidence)
    return {"start": start, "end": start + len(evidence)}


def sample() -> ArticleSummary:
    agreed = "agreed on Thursday to reopen talks on their disputed river border"
    handshake = "A handshake does not fill a reservoir"
    return ArticleSummary.model_validate(
        {
            "headline": "Ardenia and Velmora agree to reopen river border talks",
            "summary": "The two foreign ministers agreed in Geneva to resume talks. Velmora kept its police deployed.",
            "actors": [
                {"id": "lena-korvash", "name": "Lena Korvash", "kind": "person",
                 "role": "Ardenian Foreign Minister", "aliases": ["Korvash"]},
                {"id": "tomas-reyt", "name": "Tomas Reyt", "kind": "person", "role": None, "aliases": ["Reyt"]},
                {"id": "velmora", "name": "Velmora", "kind": "state"},
            ],
            "events": [
                {"id": "e1", "description": "The ministers agreed to reopen talks.", "kind": "agree",
                 "agents": ["lena-korvash", "tomas-reyt"], "targets": [], "date": "2024-03-14",
                 "location": "Geneva", "evidence": agreed, "evidence_span": span(agreed)},
            ],
            "stances": [
                {"holder": "tomas-reyt", "target": "the talks | a pipe", "polarity": "neutral",
                 "evidence": handshake, "evidence_span": span(handshake)},
            ],
            "rejected": [
                {"field": "events", "item": {"id": "e9", "evidence": "Ardenia invaded"},
                 "reason": "evidence not found in the article"},
            ],
            "usage": {"model": "openai/stub", "prompt_tokens": 1200, "completion_tokens": 300,
                      "latency_s": 2.5, "retries": 1, "calls": 2, "cost_usd": 0.00123},
        }
    )


# -- JSON ---------------------------------------------------------------------


def test_json_is_one_line_that_round_trips() -> None:
    line = to_json(sample())
    assert "\n" not in line
    assert ArticleSummary.model_validate_json(line) == sample()


def test_json_keeps_nulls_and_validates_against_the_published_schema() -> None:
    data = json.loads(to_json(sample()))
    assert data["actors"][1]["role"] is None and "location" in data["events"][0]
    jsonschema.validate(data, ArticleSummary.model_json_schema())


def test_json_of_an_empty_summary_validates() -> None:
    empty = ArticleSummary(headline="Storm passes", summary="Nothing happened.")
    jsonschema.validate(json.loads(to_json(empty)), ArticleSummary.model_json_schema())


# -- Markdown -----------------------------------------------------------------


def test_markdown_has_headline_summary_and_tables() -> None:
    md = to_markdown(sample())
    assert md.startswith("# Ardenia and Velmora agree to reopen river border talks\n\nThe two foreign")
    assert "| id | name | kind | role | aliases |" in md
    assert "| lena-korvash | Lena Korvash | person | Ardenian Foreign Minister | Korvash |" in md
    assert "| e1 | agree | The ministers agreed to reopen talks. | lena-korvash, tomas-reyt |" in md
    assert "| holder | polarity | target | evidence |" in md


def test_markdown_quotes_evidence_with_offsets() -> None:
    s = span("A handshake does not fill a reservoir")
    assert f"“A handshake does not fill a reservoir” [{s['start']}:{s['end']}]" in to_markdown(sample())


def test_markdown_escapes_pipes_in_cells() -> None:
    assert "the talks \\| a pipe" in to_markdown(sample())


def test_markdown_lists_rejections_and_usage() -> None:
    md = to_markdown(sample())
    assert "## Rejected\n\n- events: evidence not found in the article: " in md
    assert '"Ardenia invaded"' in md
    assert md.rstrip().endswith(
        "_Usage: openai/stub · 1200 prompt + 300 completion tokens · 2 calls · 1 retry · 2.50 s · $0.0012_"
    )


def test_markdown_of_an_empty_summary_says_none() -> None:
    md = to_markdown(ArticleSummary(headline="Storm passes", summary="Nothing happened."))
    assert md.count("_None._") == 4
    assert "_Usage: usage not recorded_" in md


def test_usage_line_without_cost() -> None:
    summary = sample().model_copy(update={"usage": sample().usage.model_copy(update={"cost_usd": None})})
    assert usage_line(summary.usage).endswith("2.50 s")


# -- pretty -------------------------------------------------------------------


def pretty_text(summary: ArticleSummary) -> str:
    console = Console(file=io.StringIO(), width=200, color_system=None)
    print_pretty(summary, console)
    return console.file.getvalue()


def test_pretty_renders_tables() -> None:
    out = pretty_text(sample())
    for text in ("Actors", "Events", "Stances", "Rejected", "Lena Korvash", "Ardenian Foreign Minister",
                 "evidence not found in the article", "openai/stub"):
        assert text in out


def test_pretty_never_reads_model_text_as_markup() -> None:
    summary = sample().model_copy(update={"headline": "[bold red]Alarm[/bold red]", "summary": "[link=x]y[/link]"})
    out = pretty_text(summary)
    assert "[bold red]Alarm[/bold red]" in out and "[link=x]y[/link]" in out


# -- write_summary ------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_summary_in_each_format(fmt: str) -> None:
    out = io.StringIO()
    write_summary(sample(), fmt, out)
    text = out.getvalue()
    assert text.endswith("\n") and "Ardenia and Velmora agree" in text
    if fmt == "json":
        assert text.count("\n") == 1


def test_write_summary_refuses_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        write_summary(sample(), "xml", io.StringIO())

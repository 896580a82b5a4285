"""The tidy tables of a batch run: their Arrow schemas, and one article's outcome as their rows.

Every table carries ``article_id``, so any two join on it; `events` and
`event_actors` also join on (``article_id``, ``event_id``). Offsets are
character offsets into the article text, as in the contract (docs/schema-contract.md).
A failed article is one `articles` row whose ``error`` says why, and nothing else.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import pyarrow as pa

if TYPE_CHECKING:
    from summariser.batch.inputs import Item
    from summariser.schema import ArticleSummary

_ids = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("article_id", pa.string()), ("title", pa.string()), ("published", pa.date32()), ("url", pa.string()),
        ("source", pa.string()), ("headline", pa.string()), ("summary", pa.string()),
        ("actors", pa.int32()), ("events", pa.int32()), ("stances", pa.int32()), ("rejected", pa.int32()),
        ("model", pa.string()), ("strategy", pa.string()), ("prompt_version", pa.string()),
        ("rules_version", pa.string()), ("prompt_tokens", pa.int64()), ("completion_tokens", pa.int64()),
        ("calls", pa.int32()), ("retries", pa.int32()), ("latency_s", pa.float64()), ("queue_s", pa.float64()),
        ("cost_usd", pa.float64()), ("error", pa.string()),
    ]),
    "actors": pa.schema([
        ("article_id", pa.string()), ("actor_id", pa.string()), ("name", pa.string()), ("kind", pa.string()),
        ("role", pa.string()), ("aliases", _ids),
    ]),
    "events": pa.schema([
        ("article_id", pa.string()), ("event_id", pa.string()), ("position", pa.int32()), ("kind", pa.string()),
        ("description", pa.string()), ("agent_ids", _ids), ("agent_names", _ids), ("target_ids", _ids),
        ("target_names", _ids), ("date", pa.string()), ("location", pa.string()), ("evidence", pa.string()),
        ("evidence_start", pa.int32()), ("evidence_end", pa.int32()),
    ]),
    "event_actors": pa.schema([
        ("article_id", pa.string()), ("event_id", pa.string()), ("actor_id", pa.string()),
        ("actor_name", pa.string()), ("role", pa.string()),
    ]),
    "stances": pa.schema([
        ("article_id", pa.string()), ("position", pa.int32()), ("holder_id", pa.string()),
        ("holder_name", pa.string()), ("target", pa.string()), ("target_actor_id", pa.string()),
        ("polarity", pa.string()), ("evidence", pa.string()), ("evidence_start", pa.int32()),
        ("evidence_end", pa.int32()),
    ]),
    "rejected": pa.schema([
        ("article_id", pa.string()), ("field", pa.string()), ("reason", pa.string()), ("item", pa.string()),
    ]),
}
TABLES = tuple(SCHEMAS)

Rows = dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class Made:
    """What made the summaries of a run: the same for every article of it."""

    model: str
    strategy: str
    prompt_version: str | None
    rules_version: str | None


@dataclass
class Outcome:
    """One article done: whether it succeeded, and its rows for every table."""

    article_id: str
    ok: bool
    rows: Rows

    def to_json(self) -> str:
        """As one JSON string (how Ray's workers hand outcomes back to the writer)."""
        return json.dumps({"id": self.article_id, "ok": self.ok, "rows": self.rows}, default=_iso)

    @classmethod
    def from_json(cls, text: str) -> Outcome:
        data = json.loads(text)
        for row in data["rows"]["articles"]:
            row["published"] = date.fromisoformat(row["published"]) if row["published"] else None
        return cls(data["id"], data["ok"], data["rows"])


def _iso(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def outcome(item: Item, published: str | None, made: Made, summary: ArticleSummary | None,
            error: str | None) -> Outcome:
    """The rows of one article: its summary's, or one `articles` row with the error."""
    rows: Rows = {name: [] for name in TABLES}
    rows["articles"].append(_article_row(item, published, made, summary, error))
    if summary is not None:
        names = {actor.id: actor.name for actor in summary.actors}
        rows["actors"] = [_actor_row(item.id, a) for a in summary.actors]
        for position, event in enumerate(summary.events):
            rows["events"].append(_event_row(item.id, position, event, names))
            rows["event_actors"] += _event_actor_rows(item.id, event, names)
        rows["stances"] = [_stance_row(item.id, i, s, names) for i, s in enumerate(summary.stances)]
        rows["rejected"] = [
            {"article_id": item.id, "field": r.field, "reason": r.reason,
             "item": json.dumps(r.item, ensure_ascii=False, sort_keys=True)}
            for r in summary.rejected
        ]
    return Outcome(item.id, summary is not None, rows)


def _article_row(item: Item, published: str | None, made: Made, summary: ArticleSummary | None,
                 error: str | None) -> dict:
    usage = summary.usage if summary is not None and summary.usage is not None else None
    counts = {k: len(getattr(summary, k)) if summary is not None else None
              for k in ("actors", "events", "stances", "rejected")}
    return {
        "article_id": item.id, "title": item.title, "published": _day(published), "url": item.url,
        "source": item.source, "headline": summary.headline if summary else None,
        "summary": summary.summary if summary else None, **counts,
        "model": (usage.model if usage and usage.model else made.model), "strategy": made.strategy,
        "prompt_version": made.prompt_version, "rules_version": made.rules_version,
        "prompt_tokens": usage.prompt_tokens if usage else None,
        "completion_tokens": usage.completion_tokens if usage else None,
        "calls": usage.calls if usage else None, "retries": usage.retries if usage else None,
        "latency_s": usage.latency_s if usage else None, "queue_s": usage.queue_s if usage else None,
        "cost_usd": usage.cost_usd if usage else None,
        "error": error,
    }


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:  # the error column says why the article failed; the value is in it
        return None


def _actor_row(article_id: str, actor) -> dict:
    return {"article_id": article_id, "actor_id": actor.id, "name": actor.name, "kind": actor.kind,
            "role": actor.role, "aliases": list(actor.aliases)}


def _span(item) -> tuple[int | None, int | None]:
    span = item.evidence_span
    return (span.start, span.end) if span is not None else (None, None)


def _event_row(article_id: str, position: int, event, names: dict[str, str]) -> dict:
    start, end = _span(event)
    return {
        "article_id": article_id, "event_id": event.id, "position": position, "kind": event.kind,
        "description": event.description, "agent_ids": list(event.agents),
        "agent_names": [names.get(i, i) for i in event.agents], "target_ids": list(event.targets),
        "target_names": [names.get(i, i) for i in event.targets], "date": event.date,
        "location": event.location, "evidence": event.evidence, "evidence_start": start, "evidence_end": end,
    }


def _event_actor_rows(article_id: str, event, names: dict[str, str]) -> list[dict]:
    pairs = [("agent", i) for i in event.agents] + [("target", i) for i in event.targets]
    return [{"article_id": article_id, "event_id": event.id, "actor_id": actor, "actor_name": names.get(actor, actor),
             "role": role} for role, actor in pairs]


def _stance_row(article_id: str, position: int, stance, names: dict[str, str]) -> dict:
    start, end = _span(stance)
    return {
        "article_id": article_id, "position": position, "holder_id": stance.holder,
        "holder_name": names.get(stance.holder, stance.holder), "target": names.get(stance.target, stance.target),
        "target_actor_id": stance.target if stance.target in names else None, "polarity": stance.polarity,
        "evidence": stance.evidence, "evidence_start": start, "evidence_end": end,
    }


def table(name: str, rows: list[dict]) -> pa.Table:
    """Rows of table ``name`` as an Arrow table of its schema."""
    return pa.Table.from_pylist(rows, schema=SCHEMAS[name])

"""Split an article that exceeds the model's budget, and merge the parts' summaries."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summariser.evidence import clip_headline, normalise
from summariser.schema import Actor, ArticleSummary, Span

CHARS_PER_TOKEN = 4  # a conservative average for English news text
_SENTENCE_END = re.compile(r"(?<=[.!?\u3002])[\"'\u201d\u2019)]*\s+")


@dataclass(frozen=True)
class Chunk:
    """A slice of the article: ``article[start:start + len(text)] == text``."""

    text: str
    start: int


def _pieces(text: str, start: int, max_chars: int) -> list[tuple[int, int]]:
    """(start, end) of paragraph, then sentence, then hard-cut pieces no longer than max_chars."""
    end = start + len(text)
    if len(text) <= max_chars:
        return [(start, end)]
    for pattern in (re.compile(r"\n\s*\n"), _SENTENCE_END, re.compile(r"\s+")):
        cuts = [m.end() for m in pattern.finditer(text) if 0 < m.end() < len(text)]
        if cuts:
            bounds = [0, *cuts, len(text)]
            out = []
            for a, b in zip(bounds, bounds[1:]):
                out.extend(_pieces(text[a:b], start + a, max_chars))
            return out
    return [(start + i, min(start + i + max_chars, end)) for i in range(0, len(text), max_chars)]


def split(text: str, max_tokens: int) -> list[Chunk]:
    """Consecutive chunks of at most ``max_tokens`` (estimated), cut at paragraph or sentence ends."""
    max_chars = max(200, max_tokens * CHARS_PER_TOKEN)
    chunks: list[tuple[int, int]] = []
    for a, b in _pieces(text, 0, max_chars):
        if chunks and b - chunks[-1][0] <= max_chars:
            chunks[-1] = (chunks[-1][0], b)
        else:
            chunks.append((a, b))
    return [Chunk(text[a:b], a) for a, b in chunks if text[a:b].strip()]


def _shift(span: Span | None, by: int) -> Span | None:
    return None if span is None else Span(start=span.start + by, end=span.end + by)


def shift(summary: ArticleSummary, by: int) -> ArticleSummary:
    """The same summary with evidence offsets moved by ``by`` characters."""
    events = [e.model_copy(update={"evidence_span": _shift(e.evidence_span, by)}) for e in summary.events]
    stances = [s.model_copy(update={"evidence_span": _shift(s.evidence_span, by)}) for s in summary.stances]
    return summary.model_copy(update={"events": events, "stances": stances})


def _keys(actor: Actor) -> set[str]:
    return {normalise(n).lower() for n in (actor.name, *actor.aliases) if n.strip()}


class _ActorIndex:
    """Actors deduplicated across parts by name and alias; maps each part's ids to merged ids."""

    def __init__(self) -> None:
        self.actors: list[Actor] = []

    def add(self, actor: Actor) -> str:
        keys = _keys(actor)
        for i, known in enumerate(self.actors):
            if keys & _keys(known):
                self.actors[i] = self._combine(known, actor)
                return known.id
        taken = {a.id for a in self.actors}
        new_id, n = actor.id, 2
        while new_id in taken:
            new_id, n = f"{actor.id}-{n}", n + 1
        self.actors.append(actor.model_copy(update={"id": new_id}))
        return new_id

    @staticmethod
    def _combine(known: Actor, other: Actor) -> Actor:
        name = max(known.name, other.name, key=len)
        names = [known.name, other.name, *known.aliases, *other.aliases]
        aliases = list(dict.fromkeys(n for n in names if n != name))
        return known.model_copy(update={"name": name, "aliases": aliases, "role": known.role or other.role})


def merge(parts: list[ArticleSummary], headline: str, summary: str) -> ArticleSummary:
    """One summary from the parts' summaries (offsets already relative to the whole article)."""
    index, events, stances, rejected, seen = _ActorIndex(), [], [], [], set()
    for part in parts:
        ids = {a.id: index.add(a) for a in part.actors}
        for e in part.events:
            remap = {"agents": [ids[x] for x in e.agents if x in ids], "targets": [ids[x] for x in e.targets if x in ids]}
            events.append(e.model_copy(update=remap | {"id": f"e{len(events) + 1}"}))
        for s in part.stances:
            s = s.model_copy(update={"holder": ids.get(s.holder, s.holder), "target": ids.get(s.target, s.target)})
            key = (s.holder, s.target, s.polarity, normalise(s.evidence))
            if key not in seen:
                seen.add(key)
                stances.append(s)
        rejected.extend(part.rejected)
    return ArticleSummary(
        headline=clip_headline(headline),
        summary=summary,
        actors=index.actors,
        events=events,
        stances=stances,
        rejected=rejected,
    )


"""Decomposed extraction for small models: code proposes, the model classifies.

One long structured answer is beyond a 135M model (it loops or invents), while a
one-word classification under a JSON-schema enum is within reach. So code finds
the article's sentences and names (skipping page furniture); the model decides,
in short independent calls run on the server's parallel slots, what kind of
actor each name is, which sentences report an event and of what kind, and which
position a speaker takes. Evidence is always a sentence of the article.
"""

from __future__ import annotations

import asyncio
import re
from typing import Literal

from pydantic import BaseModel, Field

from summariser import dates, prompting
from summariser.cues import QUOTE, REPORTING, event_cue, grounded_phrase, polarity_cue, quoted, speaker
from summariser.candidates import Sentence, names, sentences, slug
from summariser.grounding import looks_like_id
from summariser.schema import EVENT_KINDS, ActorDraft, EventDraft, StanceDraft, SummaryDraft

_ORG_CUES = re.compile(
    r"\b(Ministry|Ministers?|Council|Commission|Committee|Party|Bank|Court|Union|Agency|Organi[sz]ation|"
    r"Association|Federation|Army|Forces|Police|Parliament|Assembly|Government|Office|Institute|University|"
    r"Company|Corporation|Group|Inc|Ltd|Corp|Fund|Authority|Board|Service|Department|Front|Movement|"
    r"Alliance|League|Cross|Nations|Programme|Program|Senate|Congress|Tribunal|Reserve|Administration)\b"
)


class _ActorKind(BaseModel):
    kind: Literal["person", "organisation", "state", "group", "none"]


class _EventKind(BaseModel):
    kind: Literal[(*EVENT_KINDS, "none")]  # type: ignore[valid-type]


class _StanceAnswer(BaseModel):
    polarity: Literal["support", "oppose", "neutral", "none"]
    target: str = Field(max_length=60)


class _Ask:
    """Short, independent, bounded model calls, at most ``slots`` at a time."""

    def __init__(self, target, meter, options: dict, slots: int):
        self.target, self.meter, self.options = target, meter, options
        self.slots = asyncio.Semaphore(slots)

    async def __call__(self, template: str, model: type[BaseModel], **variables) -> BaseModel | None:
        from summariser import llm
        from summariser.errors import ExtractionError

        messages = [{"role": "user", "content": prompting.render(template, **variables)}]
        options = self.options | {"max_tokens": 40, "max_retries": 0}
        async with self.slots:
            try:
                answer, _ = await llm.structured(self.target, messages, model, context=None, meter=self.meter, **options)
            except ExtractionError:
                return None  # a malformed one-word answer only loses that item
        return answer


def _group_names(found: list[str]) -> dict[str, list[str]]:
    """Full name -> aliases: a name whose words all occur in a longer name, or its initials."""
    groups: dict[str, list[str]] = {}
    for name in sorted(found, key=lambda n: -len(n)):
        words = set(name.split())
        for full in groups:
            initials = "".join(w[0] for w in full.split() if w[:1].isupper())
            if words <= set(full.split()) or (name.isupper() and name == initials):
                groups[full].append(name)
                break
        else:
            groups[name] = []
    return groups


def _mentions(sentence: str, forms: list[str]) -> int:
    """Position of the first mention of any form in ``sentence``, or -1."""
    hits = [m.start() for f in forms for m in re.finditer(rf"(?<!\w){re.escape(f)}(?!\w)", sentence)]
    return min(hits) if hits else -1


def _cue_kind(name: str, context: str) -> str | None:
    if re.search(rf"\(\s*{re.escape(name)}\s*\)", context) and context.count(name) == 1:
        return "none"  # a wire agency's credit in the dateline: `(Reuters)`
    if _ORG_CUES.search(name):
        return "organisation"
    if re.search(rf"\b(Mr|Mrs|Ms|Dr|President|Minister|Prime Minister)\.? {re.escape(name)}", context):
        return "person"
    return None


async def _actors(ask: _Ask, sents: list[Sentence], found: list[str]) -> list[ActorDraft]:
    groups = _group_names(found)
    context = {full: next((s.text for s in sents if _mentions(s.text, [full, *al]) >= 0), "") for full, al in groups.items()}

    async def kind_of(full: str) -> str:
        cue = _cue_kind(full, " ".join(s.text for s in sents))
        if cue:
            return cue
        answer = await ask("actor_kind.jinja", _ActorKind, sentence=context[full], candidate=full)
        return answer.kind if answer else "none"

    kinds = await asyncio.gather(*(kind_of(full) for full in groups))
    actors, taken = [], set()
    for (full, aliases), kind in zip(groups.items(), kinds):
        if kind == "none" or slug(full) in taken:
            continue
        taken.add(slug(full))
        actors.append(ActorDraft(id=slug(full), name=full, kind=kind, aliases=aliases))
    return actors


def _spans(sentence: str, actors: list[ActorDraft]) -> list[tuple[int, int, str]]:
    """(start, end, actor id) of each actor's first mention in ``sentence``, in order."""
    out = []
    for a in actors:
        forms = sorted({a.name, *a.aliases}, key=len, reverse=True)
        hits = [m for f in forms for m in re.finditer(rf"(?<!\w){re.escape(f)}(?!\w)", sentence)]
        if hits:
            first = min(hits, key=lambda m: m.start())
            out.append((first.start(), first.end(), a.id))
    return sorted(out)


def _roles(sentence: str, actors: list[ActorDraft]) -> tuple[str | None, list[str]]:
    """Who did it (the speaker, else the first actor named) and whom else the sentence names."""
    spans = _spans(sentence, actors)
    agent = speaker(sentence, spans)
    return agent, [i for _, _, i in spans if i != agent]


async def _event_kind(ask: _Ask, sentence: str, actors: list[ActorDraft]) -> str | None:
    cue = event_cue(sentence)
    if cue or not _spans(sentence, actors):
        return cue  # without a cue or an actor, a sentence is background: no call
    answer = await ask("event_kind.jinja", _EventKind, sentence=sentence)
    return None if answer is None or answer.kind == "none" else answer.kind


async def _events(ask: _Ask, sents: list[Sentence], actors, published) -> list[EventDraft]:
    kinds = await asyncio.gather(*(_event_kind(ask, s.text, actors) for s in sents))
    events = []
    for s, kind in zip(sents, kinds):
        if kind is None:
            continue
        agent, others = _roles(s.text, actors)
        events.append(
            EventDraft(
                id=f"e{len(events) + 1}",
                description=s.text[:200],
                kind=kind,
                agents=[agent] if agent else [],
                targets=others[:2],
                date=dates.resolve(s.text, published),
                evidence=s.text,
            )
        )
    return events


def _target(sentence: str, others: list[str], phrase: str = "") -> str:
    """Another actor the sentence names, else a grounded phrase, else its quotation."""
    if others:
        return others[0]
    if not grounded_phrase(phrase, sentence):  # small models echo the prompt's examples
        phrase = quoted(sentence) or "the matter"
    # one lowercase word ("illegal") would be read as an unknown actor id
    return "the matter" if looks_like_id(phrase) else phrase


async def _stance(ask: _Ask, s: Sentence, holder: ActorDraft, others: list[str]) -> StanceDraft | None:
    polarity, phrase = polarity_cue(s.text), ""
    if polarity is None:  # the words are not one-sided: ask the model
        answer = await ask("stance.jinja", _StanceAnswer, sentence=s.text, holder=holder.name)
        if answer is None or answer.polarity == "none":
            return None
        polarity, phrase = answer.polarity, answer.target.strip()
    target = _target(s.text, others, phrase)
    return StanceDraft(holder=holder.id, target=target, polarity=polarity, evidence=s.text)


async def _stances(ask: _Ask, sents: list[Sentence], actors) -> list[StanceDraft]:
    said = [(s, *_roles(s.text, actors)) for s in sents if REPORTING.search(s.text) or QUOTE.search(s.text)]
    by_id = {a.id: a for a in actors}
    found = await asyncio.gather(*(_stance(ask, s, by_id[h], others) for s, h, others in said if h))
    return [stance for stance in found if stance is not None]


def _lead(sents: list[Sentence]) -> tuple[str, str]:
    """Extractive headline and summary from the lead: a small model's prose is not trustworthy."""
    lead = [s.text for s in sents[:3]]
    # the dateline, with or without a date: `ALMATY (Reuters) - `, `GENEVA, March 3 - `
    dateline = r"^[A-Z][A-Z .,'-]+(?:[A-Z][a-z]+\.? \d{1,2}\s*)?(?:\([^)]*\))?\s*[-\u2013\u2014]\s*"
    first = re.sub(dateline, "", lead[0]) if lead else ""
    headline = first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "..."
    return headline, " ".join(lead)[:600]


async def extract(text: str, published: str | None, ask: _Ask) -> SummaryDraft:
    """A draft summary of ``text`` built from classified candidates."""
    sents = sentences(text)
    actors = await _actors(ask, sents, names(text, limit=20))
    # one template at a time, so each server slot reuses the cached prompt prefix
    events = await _events(ask, sents, actors, published)
    stances = await _stances(ask, sents, actors)
    headline, summary = _lead(sents)
    return SummaryDraft(headline=headline or "(no headline)", summary=summary, actors=actors, events=events, stances=stances)

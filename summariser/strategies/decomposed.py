"""Decomposed extraction for small models: rules propose, the model decides what they cannot.

One long structured answer is beyond a 135M model: it loops or invents (README,
"Choosing a strategy"). So the rules (`summariser.rules`, the `baseline` model) propose
everything, grounded by construction: actors from the names in the text, events
from clauses with action or reporting verbs, stances from attributed quotes.
The model answers only the short question the rules leave open, under a JSON
schema enum: which PLOVER type an event is when its verbs give no specific cue.
Calls are independent and run on the local server's parallel slots; dates are
resolved by code against the publication date.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from summariser import dates
from summariser.errors import ExtractionError
from summariser.prompting import Prompts
from summariser.rules.summary import rules_summary
from summariser.schema import EVENT_KINDS, ArticleSummary, SummaryDraft
from summariser.strategies.base import Ask, Part

KIND_TOKENS = 40  # {"kind": "..."} and nothing more


class _EventKind(BaseModel):
    model_config = ConfigDict(defer_build=True)  # built when the model is first asked: the `rules` strategy never asks

    kind: Literal[(*EVENT_KINDS, "none")]  # type: ignore[valid-type]


async def _kind(ask: Ask, prompts: Prompts, evidence: str, proposed: str) -> str:
    """The rules' kind when their cue was specific, else the model's (`other` if it has none).

    A malformed answer only loses this one decision: the event stays `other`.
    """
    if proposed != "other":
        return proposed
    messages = [{"role": "user", "content": prompts.render("event_kind.jinja", sentence=evidence)}]
    try:
        answer = await ask(messages, _EventKind, max_tokens=KIND_TOKENS, max_retries=0)
    except ExtractionError:
        return "other"
    return answer.kind if answer.kind != "none" else "other"


async def extract(part: Part, ask: Ask) -> SummaryDraft:
    """A draft summary of ``part``: rule-proposed items, event types decided by the model."""
    import asyncio  # here, not above: the `rules` strategy imports this module for `draft` alone

    rules = rules_summary(part.text, part.published)
    kinds = await asyncio.gather(*(_kind(ask, part.prompts, e.evidence, e.kind) for e in rules.events))
    return draft(rules, part.published, kinds)


def draft(rules: ArticleSummary, published: str | None, kinds: list[str] | None = None) -> SummaryDraft:
    """The rules' summary as a draft, events dated against ``published`` (and given ``kinds``)."""
    events = [
        e.model_copy(update={"kind": kind, "date": e.date or dates.resolve(e.evidence, published)})
        for e, kind in zip(rules.events, kinds or [e.kind for e in rules.events])
    ]
    return SummaryDraft.model_validate(
        rules.model_dump(include={"headline", "summary", "actors", "stances"}, exclude={"stances": {"__all__": {"evidence_span"}}})
        | {"events": [e.model_dump(exclude={"evidence_span"}) for e in events]}
    )

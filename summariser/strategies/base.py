"""The one interface every strategy implements, and what it is given."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from summariser.prompting import DEFAULT, Prompts
from summariser.schema import SummaryDraft

T = TypeVar("T", bound=BaseModel)


class Ask(Protocol):
    """A model call: ``response_model`` filled from ``messages``.

    Answers that fail validation are re-asked, then salvaged where they can be;
    what cannot be salvaged raises `summariser.errors.ExtractionError`.
    ``context`` goes to the validators (the article, for grounding checks);
    ``overrides`` replace per-call options (``max_tokens``, ``max_retries``).
    """

    async def __call__(self, messages: list[dict], response_model: type[T], *, context: dict | None = None,
                       **overrides: Any) -> T: ...


@dataclass(frozen=True)
class Part:
    """What a strategy summarises: one chunk of an article (``index`` of ``count``; 0 of 0 when whole),
    and the prompts to ask about it with (``prompts/``, or a variant given with ``--prompts``)."""

    text: str
    published: str | None
    index: int = 0
    count: int = 0
    prompts: Prompts = DEFAULT


class Extract(Protocol):
    async def __call__(self, part: Part, ask: Ask) -> SummaryDraft: ...


@dataclass(frozen=True)
class Strategy:
    """A strategy: how a part is extracted, and whether the merged headline is the lead
    (extractive) or written by the model from the parts' summaries."""

    name: str
    extract: Extract
    extractive_headline: bool = True
    asks_model: bool = True
    """False for a strategy that never calls its model (no server is started for it)."""

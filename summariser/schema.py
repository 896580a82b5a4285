"""The summary contract (shared/schema-contract.md) as pydantic models.

Two layers:

* ``*Draft`` models are what a language model fills in. Their field docstrings
  become the JSON schema descriptions the model reads, so they are prompt text.
* ``Actor``, ``Event``, ``Stance`` and ``ArticleSummary`` are the output: the
  drafts plus what code computes (evidence offsets, rejected items, usage).

This module imports nothing but pydantic and the standard library.
"""

from __future__ import annotations

import ast
import inspect
from functools import cache
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

ActorKind = Literal["person", "organisation", "state", "group"]
EventKind = Literal[
    "agree",
    "consult",
    "support",
    "concede",
    "cooperate",
    "aid",
    "retreat",
    "request",
    "accuse",
    "reject",
    "threaten",
    "protest",
    "sanction",
    "mobilize",
    "coerce",
    "assault",
    "other",
]
Polarity = Literal["support", "oppose", "neutral"]

ACTOR_KINDS: tuple[str, ...] = ActorKind.__args__  # type: ignore[attr-defined]
EVENT_KINDS: tuple[str, ...] = EventKind.__args__  # type: ignore[attr-defined]
POLARITIES: tuple[str, ...] = Polarity.__args__  # type: ignore[attr-defined]

_CONFIG = ConfigDict(extra="forbid", defer_build=True)
"""Every model builds its validator and serializer when first used, not at import: a summary by
rules alone never validates a draft, and building all of them took a cold command ~30 ms. The
field docstrings become descriptions by `_described`."""

_M = TypeVar("_M", bound=type[BaseModel])


def _empty() -> list:
    """A new empty list, a list field's default. Not ``default_factory=list``: pydantic reads a
    factory's signature, and ``list``'s is text that `inspect` tokenizes, compiling tokenize's
    patterns on a cold command's way (10-30 ms)."""
    return []


def _described(model: _M) -> _M:
    """``model`` with its attribute docstrings as its fields' descriptions, as pydantic's
    ``use_attribute_docstrings`` makes them (a test checks they agree), read from one parse of
    this file: pydantic reads them class by class, walking the stack and tokenizing each class
    (20-30 ms of a cold command)."""
    for name, doc in _docstrings().get(model.__name__, {}).items():
        field = model.__pydantic_fields__.get(name)
        if field is not None and field.description is None:
            field.description = doc
    return model


@cache
def _docstrings() -> dict[str, dict[str, str]]:
    """Each class of this file: its attributes' docstrings (a string right after an annotated name)."""
    try:
        with open(__file__, encoding="utf-8") as f:
            tree = ast.parse(f.read())
    except (OSError, SyntaxError):  # no source: no descriptions, as pydantic would find none
        return {}
    return {
        node.name: {
            field.target.id: inspect.cleandoc(doc.value.value)
            for field, doc in zip(node.body, node.body[1:])
            if isinstance(field, ast.AnnAssign) and isinstance(field.target, ast.Name)
            and isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant) and isinstance(doc.value.value, str)
        }
        for node in tree.body if isinstance(node, ast.ClassDef)
    }


@_described
class ActorDraft(BaseModel):
    """A person, organisation, state or group that acts, is acted on, or takes a position."""

    model_config = _CONFIG

    id: str
    """Short lowercase slug, unique in this summary, e.g. `wang-yi`, `china`, `csto`."""
    name: str
    """The fullest name the article uses, copied from the article, e.g. `Wang Yi`."""
    kind: ActorKind
    """`person`; `state` (a country or its government acting as such); `organisation` (a formal body: party, company, agency, alliance, court, UN body, NGO); `group` (an informal collective: protesters, militants)."""
    role: str | None = None
    """Title or function as the article gives it, e.g. `Chinese Foreign Minister`; null if none."""
    aliases: list[str] = Field(default_factory=_empty)
    """Other names the article uses for the same actor, e.g. `Mr Wang`, `Beijing`, `CSTO`."""


@_described
class EventDraft(BaseModel):
    """One distinct thing that happened or was said."""

    model_config = _CONFIG

    id: str
    """Slug unique in this summary: `e1`, `e2`, ..."""
    description: str
    """One sentence: what happened."""
    kind: EventKind
    """PLOVER type: agree (sign, ally), consult (meet, call, visit, negotiate), support (endorse, praise), concede (yield, ease, release), cooperate (joint action), aid (material, military or humanitarian help), retreat (withdraw), request (ask, appeal, urge, demand), accuse (criticise, blame, allege), reject (refuse, deny, veto), threaten (warn of consequences), protest (demonstrate, rally, strike), sanction (sanctions, expulsions, bans), mobilize (deploy or mass forces), coerce (repress, arrest, seize), assault (violence), other (disasters, results, figures)."""
    agents: list[str] = Field(default_factory=_empty)
    """Ids of the actors who did it."""
    targets: list[str] = Field(default_factory=_empty)
    """Ids of the actors it was done to or aimed at; may be empty."""
    date: str | None = None
    """ISO 8601 date (`2022-01-10`) when stated or derivable from the publication date; else the phrase used (`last week`); null if none."""
    location: str | None = None
    """Place name as written in the article; null if none."""
    evidence: str
    """Copied word for word from the article: the shortest span that shows the event happened."""


@_described
class StanceDraft(BaseModel):
    """A position an actor takes towards another actor, a policy or an action."""

    model_config = _CONFIG

    holder: str
    """Id of the actor who holds the position."""
    target: str
    """An actor id when the target is an actor, else a short phrase naming the policy, action or issue."""
    polarity: Polarity
    """The holder's position towards the target: support, oppose or neutral."""
    evidence: str
    """Copied word for word from the article: the span that shows the position, usually a quote or reported speech."""


@_described
class SummaryDraft(BaseModel):
    """A structured, neutral summary of one news article."""

    model_config = _CONFIG

    headline: str
    """One neutral line of at most 120 characters."""
    summary: str
    """2 to 4 neutral sentences: who did what, where, when, and why it matters."""
    actors: list[ActorDraft] = Field(default_factory=_empty)
    """Every person, organisation, state or group that acts, is acted on, or takes a position. Not news outlets cited as sources, not names mentioned in passing."""
    events: list[EventDraft] = Field(default_factory=_empty)
    """The distinct things that happened or were said, in article order."""
    stances: list[StanceDraft] = Field(default_factory=_empty)
    """Positions actors take, usually shown by quotes or reported speech."""


class Span(BaseModel):
    """Character offsets of a verbatim span: ``text[start:end]``."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)


@_described
class Actor(ActorDraft):
    """An actor of the summary."""


@_described
class Event(EventDraft):
    """An event of the summary, with the offsets of its evidence."""

    evidence_span: Span | None = None
    """Offsets of `evidence` in the article, computed by code."""


@_described
class Stance(StanceDraft):
    """A stance of the summary, with the offsets of its evidence."""

    evidence_span: Span | None = None
    """Offsets of `evidence` in the article, computed by code."""


class Rejection(BaseModel):
    """An item the model produced that failed grounding and was dropped."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    field: Literal["actors", "events", "stances"]
    item: dict
    reason: str


class Usage(BaseModel):
    """What producing one summary cost."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    model: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_s: float = 0.0
    """Seconds the model calls took, without the time queued behind our own concurrency limit."""
    queue_s: float = 0.0
    """Seconds queued behind our own concurrency limit before the calls (not in `latency_s`)."""
    retries: int = 0
    calls: int = 0
    cost_usd: float | None = None


@_described
class ArticleSummary(BaseModel):
    """A grounded summary: every evidence is a span of the article."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    headline: str
    """One neutral line of at most 120 characters."""
    summary: str
    """2 to 4 neutral sentences: who did what, where, when, and why it matters."""
    actors: list[Actor] = Field(default_factory=_empty)
    """Every person, organisation, state or group that acts, is acted on, or takes a position."""
    events: list[Event] = Field(default_factory=_empty)
    """The distinct things that happened or were said, in article order."""
    stances: list[Stance] = Field(default_factory=_empty)
    """Positions actors take towards another actor, a policy or an action."""
    rejected: list[Rejection] = Field(default_factory=_empty)
    """Items the model produced that failed grounding after all retries: never facts."""
    usage: Usage | None = None
    """Tokens, latency, retries and cost of producing this summary."""
    input: str | None = None
    """The input this summary was made from, as the command line named it (a path, `-` for
    stdin, an archive's article id); null when the text was given directly."""

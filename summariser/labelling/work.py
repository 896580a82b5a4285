"""One article's labelling in progress: what the page edits and ``<out>/.label/<id>.json`` keeps.

Items carry a stable ``key`` (``actor-3``, ``event-7``): events and stances link
actors by key, so renaming an actor or rejecting an event never breaks a link.
Fixture ids (actor slugs, ``e1``, ``e2``...) are made only when a fixture is built.
Evidence and actor names are never stored as typed text: an item keeps the
offsets of its span in the article, and the text is read from there.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from summariser.schema import ActorKind, EventKind, Polarity

Status = Literal["proposed", "accepted", "rejected"]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]
SHORT, LONG = 300, 2000  # bounds on typed text: a label, a description
WORK_VERSION = 1

_CONFIG = ConfigDict(extra="forbid")


class Item(BaseModel):
    """What every labelled item has: a key, a decision and a span of the article."""

    model_config = _CONFIG

    key: str
    status: Status = "accepted"
    span: tuple[int, int] | None = None
    """Offsets ``[start, end)`` in the article: the actor's name, or the event's or stance's evidence."""


class ActorItem(Item):
    name: str = Field(max_length=SHORT)
    id: str | None = Field(None, pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
    """The fixture id the user chose (a saved fixture's `mpr`, say); None: the slug of the name."""
    kind: ActorKind = "person"
    role: str | None = Field(None, max_length=SHORT)
    aliases: list[str] = Field(default_factory=list, max_length=50)


class EventItem(Item):
    description: str = Field("", max_length=LONG)
    kind: EventKind = "other"
    agents: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)
    date: str | None = Field(None, max_length=SHORT)
    location: str | None = Field(None, max_length=SHORT)


class StanceItem(Item):
    holder: str | None = None
    target_actor: str | None = None
    """Key of the actor the stance is towards, when it is towards an actor."""
    target_phrase: str | None = Field(None, max_length=SHORT)
    """Otherwise a short phrase naming the policy, action or issue."""
    polarity: Polarity = "neutral"


FIELDS: dict[str, type[Item]] = {"actors": ActorItem, "events": EventItem, "stances": StanceItem}
KEY_PREFIX = {"actors": "actor", "events": "event", "stances": "stance"}


class Work(BaseModel):
    """One article and everything decided about it so far."""

    model_config = _CONFIG

    version: int = WORK_VERSION
    id: str
    input: str
    """The article's path as the command line gave it."""
    text: str
    title: str | None = Field(None, max_length=LONG)
    published: str | None = None
    source: str | None = Field(None, max_length=LONG)
    language: str = "en"
    tags: list[str] = Field(default_factory=list)
    proposed_by: str | None = None
    """The model whose summary proposed the items, or `fixture` for labels read from a saved fixture."""
    note: str | None = None
    """Why there are no proposals, when a model failed."""
    headline: str = Field("", max_length=LONG)
    summary: str = Field("", max_length=10 * LONG)
    actors: list[ActorItem] = Field(default_factory=list)
    events: list[EventItem] = Field(default_factory=list)
    stances: list[StanceItem] = Field(default_factory=list)
    saved: bool = False
    """Whether ``<out>/<id>.json`` holds exactly these labels."""
    next_key: int = 1

    def all_items(self) -> list[tuple[str, Item]]:
        return [(field, item) for field in FIELDS for item in getattr(self, field)]

    def locate(self, key: str) -> tuple[str, int] | None:
        """The field and index of the item with ``key``, or None."""
        for field in FIELDS:
            for i, item in enumerate(getattr(self, field)):
                if item.key == key:
                    return field, i
        return None

    def new_key(self, field: str) -> str:
        key = f"{KEY_PREFIX[field]}-{self.next_key}"
        self.next_key += 1
        return key

    def progress(self) -> tuple[int, int]:
        """Items decided (accepted or rejected), and items in all."""
        items = self.all_items()
        return sum(item.status != "proposed" for _, item in items), len(items)

    def evidence(self, item: Item) -> str | None:
        return self.text[item.span[0]:item.span[1]] if item.span else None

"""Per-article response schemas whose values can only be grounded.

Evidence is an ``enum`` of the article's sentences, actor names an ``enum`` of the
names it mentions, ids an ``enum`` of those names' slugs. A backend that decodes
under the JSON schema (llama.cpp, vLLM, Ollama) cannot produce anything else; a
backend that does not (hosted tool calling) gets the same rule from validation
and re-asks. Lists and strings are bounded so a looping model stops early.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, create_model

from summariser.candidates import names, sentences, slug
from summariser.grounding import CheckedSummary
from summariser.schema import ActorDraft, EventDraft, StanceDraft

MAX_ACTORS = 10
MAX_EVENTS = 10
MAX_STANCES = 6


def _literal(values: list[str]):
    return Literal[tuple(values)]  # type: ignore[valid-type]


def grounded_model(text: str) -> type[CheckedSummary]:
    """A ``CheckedSummary`` subclass restricted to ``text``'s own sentences and names."""
    evidence = [s.text for s in sentences(text)] or [text.strip()[:400]]
    found = names(text) or ["unknown"]
    ids = list(dict.fromkeys(slug(n) for n in found))
    Evidence, Name, Id = _literal(list(dict.fromkeys(evidence))), _literal(found), _literal(ids)
    actor = create_model(
        "Actor",
        __base__=ActorDraft,
        id=(Id, Field(description="slug of the name, e.g. `wang-yi`")),
        name=(Name, Field(description="the actor's name as written in the article")),
        role=(str | None, Field(default=None, max_length=80)),
        aliases=(list[Name], Field(default_factory=list, max_length=3)),
    )
    event = create_model(
        "Event",
        __base__=EventDraft,
        description=(str, Field(max_length=200, description="One sentence: what happened.")),
        agents=(list[Id], Field(default_factory=list, max_length=3)),
        targets=(list[Id], Field(default_factory=list, max_length=3)),
        date=(str | None, Field(default=None, max_length=30)),
        location=(str | None, Field(default=None, max_length=60)),
        evidence=(Evidence, Field(description="the article sentence that shows it")),
    )
    stance = create_model(
        "Stance",
        __base__=StanceDraft,
        holder=(Id, ...),
        target=(str, Field(max_length=80)),
        evidence=(Evidence, Field(description="the article sentence that shows the position")),
    )
    return create_model(
        "Summary",
        __base__=CheckedSummary,
        headline=(str, Field(max_length=120)),
        summary=(str, Field(max_length=600)),
        actors=(list[actor], Field(default_factory=list, max_length=MAX_ACTORS)),
        events=(list[event], Field(default_factory=list, max_length=MAX_EVENTS)),
        stances=(list[stance], Field(default_factory=list, max_length=MAX_STANCES)),
    )

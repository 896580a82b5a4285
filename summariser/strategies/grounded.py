"""Grounded extraction: per-article response schemas whose values can only be grounded.

The article is shown as numbered sentences, with the names the rules found in it.
The model answers in two short calls, each under a JSON schema built for this
article: which candidates are actors (names: an ``enum`` of the candidates), then
the events and stances (evidence: an ``enum`` of sentence numbers; agents, targets
and holders: an ``enum`` of the actors it chose). A backend that decodes under the
schema (llama.cpp, vLLM, Ollama) cannot produce anything else; one that does not
(hosted tool calling) gets the same rule from validation, and re-asks.

Sentence numbers rather than sentence texts keep the enums short: llama.cpp's
grammar over an enum of whole sentences took 830 s for 163 tokens on a 370-word
article here. Code then turns the numbers back into text: the clause of the
sentence that carries the action (or the quote, for a stance) is the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from summariser import dates
from summariser.prompting import DEFAULT, Prompts
from summariser.rules.actors import Candidate, find_actors
from summariser.rules.events import clause_with_cue
from summariser.rules.sentences import Sentence, split_sentences
from summariser.rules.stances import quoted_passage, topic
from summariser.rules.summary import actors_of, headline_and_summary
from summariser.schema import ActorKind, EventKind, Polarity, SummaryDraft
from summariser.strategies.base import Ask, Part

MAX_ACTORS = 12
MAX_EVENTS = 10
MAX_STANCES = 6
MAX_SENTENCES = 80
OTHER = "(other)"
_CONFIG = ConfigDict(extra="forbid")


def _literal(values: list[str]):
    return Literal[tuple(values)]  # type: ignore[valid-type]


@dataclass(frozen=True)
class Choices:
    """What the article itself offers as answers: its sentences and its candidate actors."""

    sentences: list[Sentence]
    candidates: list[Candidate]
    text: str = ""

    @classmethod
    def of(cls, text: str) -> Choices:
        sentences = split_sentences(text)[:MAX_SENTENCES]
        return cls(sentences, find_actors(text, sentences), text)

    @property
    def numbers(self) -> list[str]:
        return [f"S{i + 1}" for i in range(len(self.sentences))] or ["S1"]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.candidates] or ["unknown"]

    def sentence(self, number: str) -> Sentence | None:
        i = int(number[1:]) - 1
        return self.sentences[i] if 0 <= i < len(self.sentences) else None


def actors_model(choices: Choices) -> type[BaseModel]:
    """Step 1: which candidates are actors, and their kind; names can only be candidates."""
    actor = create_model(
        "Actor", __config__=_CONFIG, name=(_literal(choices.names), ...), kind=(ActorKind, ...)
    )
    return create_model(
        "Actors", __config__=_CONFIG, actors=(list[actor], Field(default_factory=list, max_length=MAX_ACTORS))
    )


def events_model(choices: Choices, actors: list[str]) -> type[BaseModel]:
    """Step 2: events and stances; evidence is a sentence number, every name one of ``actors``."""
    Number, Name = _literal(choices.numbers), _literal(actors or choices.names)
    event = create_model(
        "Event",
        __config__=_CONFIG,
        sentence=(Number, Field(description="number of the sentence that shows the event")),
        agents=(list[Name], Field(default_factory=list, max_length=3)),
        kind=(EventKind, ...),
        targets=(list[Name], Field(default_factory=list, max_length=3)),
    )
    stance = create_model(
        "Stance",
        __config__=_CONFIG,
        sentence=(Number, Field(description="number of the sentence that shows the position")),
        holder=(Name, ...),
        polarity=(Polarity, ...),
        target=(_literal([*(actors or choices.names), OTHER]), Field(description=f"an actor, or {OTHER} for a policy or action")),
    )
    return create_model(
        "EventsAndStances",
        __config__=_CONFIG,
        # a small model answers an optional list with nothing: ask for at least one event
        events=(list[event], Field(min_length=1, max_length=MAX_EVENTS)),
        stances=(list[stance], Field(default_factory=list, max_length=MAX_STANCES)),
    )


def messages(choices: Choices, step: str, published: str | None, actors: list[str] = (),
             prompts: Prompts = DEFAULT) -> list[dict]:
    """The prompt of one step; the article part comes first, so the server reuses its cache."""
    numbered = [(n, s.text) for n, s in zip(choices.numbers, choices.sentences)]
    content = prompts.render(
        "grounded.jinja", sentences=numbered, names=choices.names, actors=list(actors), step=step, published=published
    )
    return [{"role": "user", "content": content}]


def _unique(items, key) -> list:
    """The first of the items that share a key: a small model repeats itself."""
    seen: dict = {}
    for item in items:
        seen.setdefault(key(item), item)
    return list(seen.values())


def to_draft(choices: Choices, actors: BaseModel, found: BaseModel, published: str | None) -> SummaryDraft:
    """The answers as a draft summary: numbers become sentence text, names become actor ids."""
    by_name = {c.name: actor for c, actor in actors_of(choices.candidates)}
    ids = {name: actor.id for name, actor in by_name.items()}
    kinds = {a.name: a.kind for a in actors.actors if a.name in by_name}
    named = [*(n for e in found.events for n in (*e.agents, *e.targets)), *(st.holder for st in found.stances)]
    kinds |= {n: by_name[n].kind for n in named if n in by_name and n not in kinds}  # chose none in step 1
    events = []
    for e in _unique(found.events, lambda e: e.sentence):
        s = choices.sentence(e.sentence)
        if s is None:
            continue
        clause = clause_with_cue(s)
        events.append({
            "id": f"e{len(events) + 1}", "description": clause, "kind": e.kind, "evidence": clause,
            "agents": [ids[n] for n in dict.fromkeys(e.agents) if n in kinds],
            "targets": [ids[n] for n in dict.fromkeys(e.targets) if n in kinds and n not in e.agents],
            "date": dates.resolve(s.text, published),
        })
    stances = [
        {"holder": ids[st.holder], "target": ids.get(st.target) or topic(quoted_passage(s)),
         "polarity": st.polarity, "evidence": quoted_passage(s)}
        for st in _unique(found.stances, lambda st: (st.sentence, st.holder))
        if (s := choices.sentence(st.sentence)) is not None and st.holder in kinds
    ]
    headline, summary = headline_and_summary(choices.sentences, choices.text)
    actor_list = [by_name[n].model_dump() | {"kind": kind} for n, kind in kinds.items()]
    return SummaryDraft.model_validate(
        {"headline": headline, "summary": summary, "actors": actor_list, "events": events, "stances": stances}
    )


async def extract(part: Part, ask: Ask) -> SummaryDraft:
    """Grounded draft of ``part``: actors first, then events and stances among those actors."""
    published = part.published
    choices = Choices.of(part.text)
    actors = await ask(messages(choices, "actors", published, prompts=part.prompts), actors_model(choices))
    chosen = list(dict.fromkeys(a.name for a in actors.actors if a.name in choices.names))
    found = await ask(messages(choices, "events", published, chosen, part.prompts), events_model(choices, chosen))
    return to_draft(choices, actors, found, published)

"""The trivial reference predictor (`--model trivial`): what a scorer must not reward.

Every sentence is an event of kind `other` with no agents, every quote a neutral
stance of the capitalised name nearest to it, every capitalised run an actor. It
knows nothing of events, stances or actors; a model is interesting only by how far
it scores above it, and a scorer that lets it come near the rules is lenient.
"""

from __future__ import annotations

import re

from summariser.rules.actors import slug
from summariser.rules.sentences import quotes, split_sentences
from summariser.schema import Actor, ArticleSummary, Event, Stance, Usage

_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*")


def _actors(text: str) -> tuple[list[Actor], list[tuple[int, str]]]:
    """Every capitalised run as an actor (two or three words a person, else an organisation),
    and where each mention starts."""
    actors: dict[str, Actor] = {}
    mentions = []
    for m in _CAPITALISED_RUN.finditer(text):
        name = m.group()
        words = len(name.split())
        actor = actors.setdefault(name, Actor(id=slug(name) + f"-{len(actors) + 1}", name=name,
                                              kind="person" if words in (2, 3) else "organisation"))
        mentions.append((m.start(), actor.id))
    return list(actors.values()), mentions


def trivial_summary(text: str, published: str | None = None) -> ArticleSummary:
    """The trivial predictor's summary of ``text`` (``published`` is unused)."""
    sentences = split_sentences(text)
    actors, mentions = _actors(text)
    events = [Event(id=f"e{i + 1}", description=s.text, kind="other", evidence=s.text)
              for i, s in enumerate(sentences)]
    stances = []
    for s in sentences:
        for a, b in quotes(s.text):
            quote = s.text[a:b]
            at = s.start + a
            nearest = min(mentions, key=lambda m: abs(m[0] - at), default=None)
            if nearest is not None:
                stances.append(Stance(holder=nearest[1], target=" ".join(quote.split()[:4]) or "the quote",
                                      polarity="neutral", evidence=quote))
    lead = [s.text for s in sentences[:3]]
    return ArticleSummary(
        headline=(lead[0] if lead else "")[:120], summary=" ".join(lead), actors=actors, events=events,
        stances=stances, usage=Usage(model="trivial", cost_usd=0.0),
    )

"""Articles the labelling tests share (imported by name: tests/ has no packages)."""

from __future__ import annotations

PORT_STRIKE = """Dockers in Valmont walked off the job on Monday, halting cargo traffic at the city's port.

The Valmont Port Workers Union said the strike would continue until the port authority restored night-shift pay. \
"We will not go back for less," union leader Mara Silvin said.

Transport Minister Eli Brandt urged both sides to return to talks.
"""
"""A short article to label. The in-process tests propose `PORT_STRIKE_PROPOSAL` for it (fixed, so
that a change to the rules does not change what they count); the browser test, which runs the real
command, asks the rules what they propose today (`plan`)."""

PORT_STRIKE_PROPOSAL = {
    "headline": "Dockers in Valmont walked off the job on Monday, halting cargo traffic at the city's port.",
    "summary": "The Valmont Port Workers Union said the strike would continue until the port authority restored "
               "night-shift pay. Transport Minister Eli Brandt urged both sides to return to talks.",
    "actors": [
        {"id": "valmont-port-workers-union", "name": "Valmont Port Workers Union", "kind": "organisation",
         "aliases": ["Valmont"]},
        {"id": "mara-silvin", "name": "Mara Silvin", "kind": "person"},
        {"id": "eli-brandt", "name": "Eli Brandt", "kind": "person", "role": "Transport Minister"},
    ],
    "events": [
        {"id": "e1", "description": "Transport Minister Eli Brandt urged both sides to return to talks",
         "kind": "request", "agents": ["eli-brandt"],
         "evidence": "Transport Minister Eli Brandt urged both sides to return to talks"},
    ],
    "stances": [
        {"holder": "mara-silvin", "target": "both sides", "polarity": "support",
         "evidence": "We will not go back for less"},
        {"holder": "eli-brandt", "target": "returning to talks", "polarity": "support",
         "evidence": "Transport Minister Eli Brandt urged both sides to return to talks"},
    ],
    "usage": {"model": "baseline"},
}
"""What the rules proposed for `PORT_STRIKE` when these tests were written: 3 actors, 1 event, 2 stances."""

KEEP_ACTORS = ("Valmont Port Workers Union", "Eli Brandt")
"""What a labeller keeps of the proposals: these actors and the event of Brandt's request; nothing else."""


def plan(summary: dict) -> str:
    """The keys a labeller presses to decide ``summary``'s proposals, in the page's order (actors,
    events, stances): ``a`` accepts what `KEEP_ACTORS` says to keep, ``r`` rejects the rest."""
    keys = ["a" if actor["name"] in KEEP_ACTORS else "r" for actor in summary["actors"]]
    keys += ["a" if "urged" in event["evidence"] else "r" for event in summary["events"]]
    keys += ["r" for _ in summary["stances"]]
    return "".join(keys)


def span_of(text: str, words: str) -> list[int]:
    """The offsets of ``words`` in ``text``: what a selection of them sends."""
    start = text.index(words)
    return [start, start + len(words)]

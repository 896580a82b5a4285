"""Articles the labelling tests share (imported by name: tests/ has no packages)."""

from __future__ import annotations

PORT_STRIKE = """Dockers in Valmont walked off the job on Monday, halting cargo traffic at the city's port.

The Valmont Port Workers Union said the strike would continue until the port authority restored night-shift pay. \
"We will not go back for less," union leader Mara Silvin said.

Transport Minister Eli Brandt urged both sides to return to talks.
"""
"""A short article the rules propose 3 actors, 1 event and 2 stances for (baseline); the labelling
tests count on that, so a change to the rules that changes it shows there first."""


def span_of(text: str, words: str) -> list[int]:
    """The offsets of ``words`` in ``text``: what a selection of them sends."""
    start = text.index(words)
    return [start, start + len(words)]

"""Render the Jinja prompt templates of the top-level ``prompts/`` folder.

``prompts/`` is the one place a user edits prompts. The wheel carries it as
``summariser/prompts`` (hatch force-include); a checkout reads it where it stands.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from jinja2 import Environment, StrictUndefined

from summariser.schema import SummaryDraft

def _prompts_folder() -> Traversable:
    bundled = resources.files("summariser") / "prompts"  # an installed wheel
    return bundled if bundled.is_dir() else Path(__file__).resolve().parent.parent / "prompts"


PROMPTS = _prompts_folder()


@cache
def _env() -> Environment:
    return Environment(undefined=StrictUndefined, autoescape=False)


@cache
def _source(name: str) -> str:
    return (PROMPTS / name).read_text(encoding="utf-8")


@cache
def _compiled(template: str):
    return _env().from_string(_source(template))


def render(template: str, /, **variables: object) -> str:
    """Render ``template``; a missing variable raises instead of rendering blank."""
    return _compiled(template).render(**variables).strip()


@cache
def example() -> dict:
    """The few-shot example, validated against the schema and grounded in its own text."""
    from summariser.grounding import Article, find_problems

    data = json.loads(_source("example.json"))
    draft = SummaryDraft.model_validate(data["output"])
    problems = find_problems(draft, Article(data["text"]))
    if problems:
        raise ValueError(f"prompt example breaks the contract: {problems[0].message}")
    return {"text": data["text"], "output": draft.model_dump_json(), "published": data["published"]}


def fence_for(text: str) -> str:
    """A quote fence the article does not contain, so it cannot close its own data block."""
    fence = '"""'
    while fence in text:
        fence += '"'
    return fence


def summary_messages(
    text: str, published: str | None, *, part: int = 0, parts: int = 0, with_example: bool = True
) -> list[dict]:
    """Chat messages asking for the summary of ``text`` (or of part ``part`` of ``parts``)."""
    system = render("system.jinja", example=example() if with_example else None)
    user = render("user.jinja", text=text, published=published, part=part, parts=parts, fence=fence_for(text))
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def merge_messages(summaries: list[str], published: str | None) -> list[dict]:
    """Chat messages asking for one headline and summary from the parts' summaries."""
    system = render("system.jinja", example=None)
    user = render("merge.jinja", summaries=summaries, published=published)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


@cache
def prompt_version() -> str:
    """A hash of every template and example: changes whenever a prompt changes."""
    digest = hashlib.sha256()
    for item in sorted(PROMPTS.iterdir(), key=lambda p: p.name):
        if item.name.endswith((".jinja", ".json")):
            digest.update(item.name.encode() + item.read_bytes())
    return digest.hexdigest()[:12]

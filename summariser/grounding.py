"""Enforce the contract's rules on a draft: evidence found in the article (`summariser.evidence`),
ids that resolve, and a re-ask message when they do not.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationInfo, model_validator

from summariser.evidence import Article, clip_headline, looks_like_id
from summariser.schema import (
    ActorDraft,
    ArticleSummary,
    Rejection,
    SummaryDraft,
)


@dataclass
class Problem:
    """One rule an item breaks; ``fatal`` problems drop the item, others only a value."""

    field: str
    index: int
    message: str
    fatal: bool = True


def _actor_problems(actors: list[ActorDraft], article: Article) -> list[Problem]:
    problems, seen = [], set()
    for i, actor in enumerate(actors):
        if actor.id in seen:
            problems.append(Problem("actors", i, f"actors[{i}]: id '{actor.id}' is used twice"))
        elif not article.mentions(actor.name):
            problems.append(
                Problem("actors", i, f"actors[{i}]: name '{actor.name}' does not occur in the article")
            )
        seen.add(actor.id)
        for alias in actor.aliases:
            if not article.mentions(alias):
                msg = f"actors[{i}]: alias '{alias}' does not occur in the article"
                problems.append(Problem("actors", i, msg, fatal=False))
    return problems


def find_problems(draft: SummaryDraft, article: Article) -> list[Problem]:
    """Every way ``draft`` breaks the contract's grounding and id rules."""
    problems = _actor_problems(draft.actors, article)
    bad_actors = {p.index for p in problems if p.fatal}
    ids = {a.id for i, a in enumerate(draft.actors) if i not in bad_actors}
    event_ids: set[str] = set()
    for i, event in enumerate(draft.events):
        if event.id in event_ids:
            problems.append(Problem("events", i, f"events[{i}]: id '{event.id}' is used twice"))
        event_ids.add(event.id)
        if article.find(event.evidence) is None:
            msg = f"events[{i}]: evidence '{event.evidence}' is not copied word for word from the article"
            problems.append(Problem("events", i, msg))
        for role in ("agents", "targets"):
            for ref in getattr(event, role):
                if ref not in ids:
                    msg = f"events[{i}].{role}: '{ref}' is not the id of an actor"
                    problems.append(Problem("events", i, msg, fatal=False))
    for i, stance in enumerate(draft.stances):
        if stance.holder not in ids:
            msg = f"stances[{i}].holder: '{stance.holder}' is not the id of an actor"
            problems.append(Problem("stances", i, msg))
        if looks_like_id(stance.target) and stance.target not in ids:
            msg = f"stances[{i}].target: '{stance.target}' is neither an actor id nor a phrase"
            problems.append(Problem("stances", i, msg))
        if article.find(stance.evidence) is None:
            msg = f"stances[{i}]: evidence '{stance.evidence}' is not copied word for word from the article"
            problems.append(Problem("stances", i, msg))
    return problems


def ground(draft: SummaryDraft, text: str) -> ArticleSummary:
    """Turn a draft into a summary whose facts all hold in ``text``.

    Items with a fatal problem are dropped and listed in ``rejected`` with the
    reason; unknown ids and aliases are removed from items that otherwise hold.
    """
    article = Article(text)
    problems = find_problems(draft, article)
    fatal = {(p.field, p.index) for p in problems if p.fatal}
    reasons: dict[tuple[str, int], list[str]] = {}
    for p in problems:
        reasons.setdefault((p.field, p.index), []).append(p.message)

    actors = [a for i, a in enumerate(draft.actors) if ("actors", i) not in fatal]
    ids = {a.id for a in actors}
    out_actors = [
        a.model_dump() | {"aliases": [x for x in a.aliases if article.mentions(x)]} for a in actors
    ]
    events, cursor = [], None
    for i, e in enumerate(draft.events):
        if ("events", i) in fatal:
            continue
        item = e.model_dump()
        item["agents"] = [x for x in e.agents if x in ids]
        item["targets"] = [x for x in e.targets if x in ids]
        # events come in article order: a repeated evidence is the one after the last event's
        item["evidence_span"] = cursor = article.find(e.evidence, after=cursor.start if cursor else 0)
        events.append(item)
    stances = [
        s.model_dump() | {"evidence_span": article.find(s.evidence)}
        for i, s in enumerate(draft.stances)
        if ("stances", i) not in fatal
    ]
    rejected = [
        Rejection(
            field=field,
            item=getattr(draft, field)[i].model_dump(),
            reason=("dropped: " if (field, i) in fatal else "kept without the bad values: ")
            + "; ".join(msgs),
        )
        for (field, i), msgs in sorted(reasons.items())
    ]
    return ArticleSummary(
        headline=clip_headline(draft.headline),
        summary=draft.summary,
        actors=out_actors,
        events=events,
        stances=stances,
        rejected=rejected,
    )


def problem_report(problems: list[Problem], limit: int = 12) -> str:
    """The message a model reads on a re-ask: precise, and short enough to act on."""
    lines = [p.message for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"... and {len(problems) - limit} more")
    lines.append(
        "Copy evidence word for word from the article; use only actor ids defined in `actors`."
    )
    return "\n".join(lines)


class CheckedSummary(SummaryDraft):
    """A draft that, given the article in the validation context, must be grounded in it.

    Instructor re-asks with the validator's message when it fails; without a
    context (e.g. when salvaging a last answer) only the schema is checked.
    """

    @model_validator(mode="after")
    def _grounded(self, info: ValidationInfo) -> CheckedSummary:
        # `is None`, not truthiness: llm.py passes a context that is falsy on purpose
        article = info.context.get("article") if info.context is not None else None
        if isinstance(article, Article):
            problems = find_problems(self, article)
            if problems:
                raise ValueError(problem_report(problems))
        return self

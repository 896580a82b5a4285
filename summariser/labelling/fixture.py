"""Finished labels as a fixture file, written only when `summariser fixtures check` would pass it.

The accepted items become the contract's "Fixture files" format: actor ids are
slugs of their names, events are numbered ``e1``, ``e2``... in article order,
and every evidence is the text of its span, offsets included. The file is
checked in a scratch folder by the same checker the command runs; its problems
go back to the page, each tied to the item it is about, instead of a broken file.
"""

from __future__ import annotations

import json
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from summariser.journal import atomic_write
from summariser.labelling.proposals import slug
from summariser.labelling.work import Item, Work

_ITEM_FIELD = re.compile(r"(actors|events|stances)(?:\[|\.)(\d+)")


@dataclass(frozen=True)
class Problem:
    """Why the labels cannot be saved yet, and the key of the item concerned (if one is)."""

    message: str
    key: str | None = None


def actor_ids(work: Work) -> dict[str, str]:
    """Each actor's fixture id: the one the user chose, else the slug of its name, numbered
    when taken (by a chosen id, or another name with the same slug)."""
    ids: dict[str, str] = {a.key: a.id for a in work.actors if a.id}
    ranked = sorted(work.actors, key=lambda a: a.status == "rejected")  # a rejected actor never takes an id
    for actor in ranked:
        if actor.id:
            continue
        base = slug(actor.name, "actor")
        candidate, n = base, 2
        while candidate in ids.values():
            candidate, n = f"{base}-{n}", n + 1
        ids[actor.key] = candidate
    return ids


def save(work: Work, out: Path) -> tuple[Path | None, list[Problem]]:
    """Write ``<out>/<id>.json`` when the labels pass every check; else the problems, nothing written."""
    problems = own_problems(work)
    if problems:
        return None, problems
    data = build(work)
    problems = _checker_problems(work, data)
    if problems:
        return None, problems
    path = out / f"{work.id}.json"
    atomic_write(path, _dumps(data))
    return path, []


def own_problems(work: Work) -> list[Problem]:
    """What must be settled before the labels are a fixture at all: decisions, links, the headline."""
    problems: list[Problem] = []
    undecided = [item for _, item in work.all_items() if item.status == "proposed"]
    if undecided:
        n = len(undecided)
        problems.append(Problem(f"{n} item{'s are' if n > 1 else ' is'} still undecided: accept or reject each",
                                undecided[0].key))
    if not work.headline.strip():
        problems.append(Problem("the headline is empty"))
    if not work.summary.strip():
        problems.append(Problem("the summary is empty"))
    accepted = {a.key for a in work.actors if a.status == "accepted"}
    names = {a.key: a.name for a in work.actors}
    for event in _accepted(work.events):
        for role in ("agents", "targets"):
            for key in getattr(event, role):
                if key not in accepted:
                    problems.append(Problem(f"event '{_short(work, event)}' links {names[key]!r}, "
                                            "an actor not accepted", event.key))
    for stance in _accepted(work.stances):
        if stance.holder is None or stance.holder not in accepted:
            problems.append(Problem(f"stance '{_short(work, stance)}' needs an accepted actor as holder", stance.key))
        if stance.target_actor is not None and stance.target_actor not in accepted:
            problems.append(Problem(f"stance '{_short(work, stance)}' targets an actor not accepted", stance.key))
        if stance.target_actor is None and not (stance.target_phrase or "").strip():
            problems.append(Problem(f"stance '{_short(work, stance)}' needs a target: an actor or a phrase",
                                    stance.key))
    return problems


def build(work: Work) -> dict:
    """The fixture as JSON data, in the key order of the fixtures in this repository."""
    ids = actor_ids(work)
    actors = _accepted(work.actors)  # in the order they came: a saved fixture's stays as it was
    events, stances = _accepted(work.events), _accepted(work.stances)  # in the order of the work (see session)
    meta = {k: v for k, v in (("title", work.title), ("published", work.published), ("source", work.source)) if v}
    expected = {
        "headline": " ".join(work.headline.split()),
        "summary": work.summary.strip(),
        "actors": [{"id": ids[a.key], "name": a.name, "kind": a.kind, "role": a.role or None,
                    "aliases": a.aliases} for a in actors],
        "events": [{"id": f"e{i}", "description": e.description.strip(), "kind": e.kind,
                    "agents": [ids[k] for k in e.agents], "targets": [ids[k] for k in e.targets],
                    "date": e.date or None, "location": e.location or None} | _evidence(work, e)
                   for i, e in enumerate(events, 1)],
        "stances": [{"holder": ids[s.holder], "target": ids[s.target_actor] if s.target_actor else
                     " ".join((s.target_phrase or "").split()), "polarity": s.polarity} | _evidence(work, s)
                    for s in stances],
    }
    return {"id": work.id, **meta, "language": work.language, "tags": work.tags, "text": work.text,
            "expected": expected}


def _checker_problems(work: Work, data: dict) -> list[Problem]:
    from summariser.evals.checks import check

    order = {"actors": _accepted(work.actors),
             "events": _accepted(work.events), "stances": _accepted(work.stances)}
    with tempfile.TemporaryDirectory(prefix="summariser-label-") as scratch:
        path = Path(scratch) / f"{work.id}.json"
        path.write_text(_dumps(data), encoding="utf-8")
        found = check(path)
    problems = []
    for p in found:
        match = _ITEM_FIELD.search(p.field)
        key = order[match[1]][int(match[2])].key if match else None
        problems.append(Problem(f"{p.field.removeprefix('expected.')}: {p.reason}", key))
    return problems


def _accepted(items: list) -> list:
    return [item for item in items if item.status == "accepted"]


def _evidence(work: Work, item: Item) -> dict:
    start, end = item.span
    return {"evidence": work.text[start:end], "evidence_span": {"start": start, "end": end}}


def _short(work: Work, item: Item, words: int = 8) -> str:
    text = (work.evidence(item) or "").split()
    return " ".join(text[:words]) + (" ..." if len(text) > words else "")


def _dumps(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

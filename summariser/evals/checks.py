"""Every problem in a folder of fixtures, one line each: file, field, reason.

A fixture is only as good as its labels, and the project is tuned on them, so the
checker looks for everything the contract and `fixtures/README.md` rule out:
JSON and schema errors, evidence that is not verbatim, names not in the text, ids
that do not resolve or repeat, vocabularies, dates, event ids out of order, actors
that take part in nothing, spans far longer than the guide's shortest clause, and
tags without an origin or language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from summariser.evidence import Article, HEADLINE_MAX, looks_like_id

from summariser.grounding import find_problems
from summariser.schema import SummaryDraft

ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
MAX_EVIDENCE_WORDS = 40
ORIGINS = ("real", "invented")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one fixture."""

    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.reason}"


def fixture_files(path: Path) -> list[Path]:
    """The fixture files under ``path`` (itself when it is a file), recursively, sorted.

    Hidden files and folders are not fixtures: `summariser label` keeps its work in
    progress in ``.label/``, editors and version control keep theirs in dot-folders too.
    """
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.suffix in (".json", ".jsonl") and p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(path).parts))


def check(path: Path) -> list[Problem]:
    """Every problem of every fixture under ``path``; duplicate ids across files too."""
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for file in fixture_files(path):
        for where, obj in _records(file, problems):
            problems += _check_record(where, obj)
            fixture_id = obj.get("id") if isinstance(obj, dict) else None
            if isinstance(fixture_id, str):
                if fixture_id in seen:
                    problems.append(Problem(where, "id", f"'{fixture_id}' is also the id of {seen[fixture_id]}"))
                seen.setdefault(fixture_id, where)
    return problems


def _records(file: Path, problems: list[Problem]) -> Iterator[tuple[str, object]]:
    try:
        text = file.read_text(encoding="utf-8")
        if file.suffix == ".jsonl":
            rows = [(f"{file}:{n}", line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
            for where, line in rows:
                yield where, json.loads(line)
            return
        data = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        problems.append(Problem(str(file), "file", f"not valid JSON: {e}"))
        return
    if isinstance(data, list):
        yield from ((f"{file}[{i}]", obj) for i, obj in enumerate(data))
    else:
        yield str(file), data


def _check_record(where: str, obj: object) -> list[Problem]:
    from summariser.evals.fixtures import Fixture

    if not isinstance(obj, dict):
        return [Problem(where, "file", f"expected a JSON object, got {type(obj).__name__}")]
    try:
        fixture = Fixture.model_validate(obj)
    except ValidationError as e:
        return [Problem(where, ".".join(str(x) for x in err["loc"]), err["msg"]) for err in e.errors()]
    return [Problem(where, field, reason) for field, reason in _fixture_problems(fixture, where)]


def _fixture_problems(fixture, where: str) -> Iterator[tuple[str, str]]:
    expected = fixture.expected
    if Path(where).suffix == ".json" and Path(where).stem != fixture.id:
        yield "id", f"'{fixture.id}' differs from the file name"
    draft = SummaryDraft.model_validate(
        expected.model_dump(include={"headline", "summary", "actors"})
        | {"events": [e.model_dump(exclude={"evidence_span"}) for e in expected.events],
           "stances": [s.model_dump(exclude={"evidence_span"}) for s in expected.stances]}
    )
    for p in find_problems(draft, Article(fixture.text)):
        field, _, reason = p.message.partition(": ")
        yield field, reason
    if len(expected.headline) > HEADLINE_MAX:
        yield "expected.headline", f"longer than {HEADLINE_MAX} characters"
    yield from _actor_problems(expected)
    yield from _event_problems(fixture)
    yield from _stance_problems(expected)
    yield from _translated_targets(fixture)
    yield from _meta_problems(fixture)


def _actor_problems(expected) -> Iterator[tuple[str, str]]:
    used = {x for e in expected.events for x in (*e.agents, *e.targets)}
    used |= {s.holder for s in expected.stances} | {s.target for s in expected.stances}
    for i, actor in enumerate(expected.actors):
        if not looks_like_id(actor.id):
            yield f"actors[{i}].id", f"'{actor.id}' is not a lowercase slug"
        if actor.id not in used:
            yield f"actors[{i}]", f"'{actor.id}' takes part in no event or stance"


def _event_problems(fixture) -> Iterator[tuple[str, str]]:
    lower = fixture.text.lower()
    for i, event in enumerate(fixture.expected.events):
        if event.id != f"e{i + 1}":
            yield f"events[{i}].id", f"'{event.id}' where the guide numbers events e1, e2, ... in order: e{i + 1}"
        if event.date and not ISO_DATE.match(event.date) and event.date.lower() not in lower:
            yield f"events[{i}].date", f"'{event.date}' is neither an ISO date nor a phrase of the text"
        words = len(event.evidence.split())
        if words > MAX_EVIDENCE_WORDS:
            yield f"events[{i}].evidence", f"{words} words: the guide asks for the shortest clause"


def _stance_problems(expected) -> Iterator[tuple[str, str]]:
    for i, stance in enumerate(expected.stances):
        target = stance.target
        if not looks_like_id(target) and len(target.split()) == 1 and not target[:1].isupper():
            yield f"stances[{i}].target", f"one-word target '{target}' is neither an actor id nor a proper noun"
        if len(target.split()) > 8:
            yield f"stances[{i}].target", f"'{target}' is not a short phrase (8 words at most)"


def _translated_targets(fixture) -> Iterator[tuple[str, str]]:
    """The guide: in an article not in English, a target that is a phrase is copied from it."""
    if fixture.language == "en":
        return
    ids, lower = {a.id for a in fixture.expected.actors}, fixture.text.lower()
    for i, stance in enumerate(fixture.expected.stances):
        if stance.target not in ids and stance.target.lower() not in lower:
            yield f"stances[{i}].target", (f"'{stance.target}' is not copied from the article "
                                           f"(a phrase target stays in the article's language, {fixture.language})")


def _meta_problems(fixture) -> Iterator[tuple[str, str]]:
    if fixture.published and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fixture.published):
        yield "published", f"'{fixture.published}' is not an ISO date"
    if not set(ORIGINS) & set(fixture.tags):
        yield "tags", "neither 'real' nor 'invented'"
    if fixture.tags and fixture.language not in fixture.tags:
        yield "tags", f"missing the language code '{fixture.language}'"
    if "real" in fixture.tags and not fixture.source:
        yield "source", "a real article needs its source and licence"

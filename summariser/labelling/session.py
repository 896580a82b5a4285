"""The articles of one `summariser label` run, every change written to disk before it is answered.

Each article's work lives in ``<out>/.label/<id>.json``, replaced atomically on
every change: a killed server or a closed tab loses nothing, and a rerun with
the same ``--out`` resumes where it stopped, proposals included (they are never
computed twice). An article with a saved fixture but no work in progress starts
from the fixture's labels, so saving again cannot overwrite them with proposals.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summariser.errors import InputError, SummariserError
from summariser.evidence import Article
from summariser.journal import atomic_write
from summariser.labelling.fixture import Problem
from summariser.labelling.fixture import save as save_fixture
from summariser.labelling.proposals import add_summary, proposal_note, snap
from summariser.labelling.work import FIELDS, ActorItem, Item, StanceItem, Work
from summariser.options import iso_date

WORK_DIR = ".label"
META_FIELDS = ("title", "published", "source", "tags", "headline", "summary")


@dataclass(frozen=True)
class Source:
    """One article as the command line gave it."""

    input: str
    id: str
    text: str
    title: str | None = None
    published: str | None = None


class Session:
    """The works of one run, guarded by one lock: the server answers requests in threads."""

    def __init__(self, out: Path, works: list[Work]):
        self.out, self.works = out, works
        self.resumed = 0  # works read back from the work folder
        self.lock = threading.RLock()  # re-entrant: saving holds it while it marks the work saved

    @property
    def work_dir(self) -> Path:
        return self.out / WORK_DIR

    @classmethod
    def open(cls, out: Path, sources: list[Source], language: str, tags: list[str]) -> Session:
        """Resume each source's work from ``out``, else start it from its saved fixture, else empty.

        Raises:
            InputError: ``out`` cannot be written, or holds work or a fixture for another text.
        """
        try:
            (out / WORK_DIR).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot write to {out}: {exc.strerror or exc}") from None
        session = cls(out, [])
        for source in sources:
            work = session._resume(source)
            session.resumed += work is not None
            work = work or session._from_fixture(source)
            session.works.append(work or _fresh(source, language, tags))
        return session

    def pending(self) -> list[int]:
        """Indexes of the works that have no items yet and were never proposed for."""
        return [i for i, w in enumerate(self.works) if w.proposed_by is None and not w.all_items()]

    async def propose(self, index: int, model: str, options: dict[str, Any]) -> None:
        """Fill work ``index`` with ``model``'s summary, proposed item by item, and keep it.

        Raises:
            SummariserError: the model failed; the work stays empty and unsaved, so a rerun tries again.
        """
        from summariser.pipeline import asummarise

        work = self.works[index]
        summary = await asummarise(work.text, model=model, published=work.published, **options)
        with self.lock:
            missed = add_summary(work, summary)
            work.proposed_by, work.note = model, proposal_note(model, missed)
            self._write(work)

    def no_proposals(self, index: int, error: SummariserError) -> None:
        """Record why work ``index`` has no proposals (shown in the page; not kept on disk)."""
        self.works[index].note = f"no proposals: {_first_line(error)}; label this article by hand"

    def create(self, index: int, field: str, data: dict[str, Any]) -> str:
        """Add an item the user made (accepted, unless ``data`` says otherwise); returns its key."""
        if field not in FIELDS:
            raise InputError(f"unknown field '{field}'")
        if "span" not in data:
            raise InputError("a new item needs a selection of the article")
        with self.lock:
            work = self.works[index]
            key = work.new_key(field)
            item = self._checked(work, field, {"key": key, "status": "accepted"}, data)
            if field == "events" and not item.description.strip():  # a start the user can edit: the evidence
                item = item.model_copy(update={"description": work.evidence(item)})
            _place(getattr(work, field), item)
            self._changed(work)
            return key

    def update(self, index: int, key: str, data: dict[str, Any]) -> None:
        """Change item ``key``; an edit of an undecided proposal accepts it (the user kept it, corrected)."""
        with self.lock:
            work = self.works[index]
            found = work.locate(key)
            if found is None:
                raise InputError(f"no item '{key}' in {work.id}")
            field, i = found
            items = getattr(work, field)
            changes = dict(data)
            if items[i].status == "proposed" and "status" not in changes:
                changes["status"] = "accepted"
            item = self._checked(work, field, items[i].model_dump(), changes)
            if item.span == items[i].span:
                items[i] = item
            else:  # a new span: where the item now sits in the text
                del items[i]
                _place(items, item)
            self._changed(work)

    def update_meta(self, index: int, data: dict[str, Any]) -> None:
        """Change the fixture's own fields: title, published, source, tags, headline, summary."""
        unknown = set(data) - set(META_FIELDS)
        if unknown:
            raise InputError(f"cannot change {', '.join(sorted(unknown))}")
        with self.lock:
            work = self.works[index]
            values = work.model_dump() | _clean_meta(data)
            self.works[index] = _validated(Work, values)
            self._changed(self.works[index])

    def save(self, index: int) -> tuple[Path | None, list[Problem]]:
        """Write work ``index`` as ``<out>/<id>.json`` when it passes every check; else its problems."""
        with self.lock:
            work = self.works[index]
            path, problems = save_fixture(work, self.out)
            if path is not None:
                work.saved = True
                self._write(work)
            return path, problems

    def _checked(self, work: Work, field: str, current: dict, changes: dict) -> Item:
        if "key" in changes or "name" in changes:
            raise InputError("keys are fixed and names are picked from the text by selection")
        values = current | changes
        if changes.get("span") is not None:
            values["span"] = snap(work.text, *_pair(changes["span"]))
            if field == "actors":
                values["name"] = work.text[values["span"][0]:values["span"][1]]
        item = _validated(FIELDS[field], values)
        if field != "actors" and item.span is None:
            raise InputError("evidence is a selection of the article: it cannot be removed")
        _check_links(work, item)
        return item

    def _changed(self, work: Work) -> None:
        work.saved = False
        self._write(work)

    def _write(self, work: Work) -> None:
        atomic_write(self.work_dir / f"{work.id}.json", work.model_dump_json(indent=1))

    def _resume(self, source: Source) -> Work | None:
        path = self.work_dir / f"{source.id}.json"
        if not path.exists():
            return None
        try:
            work = Work.model_validate_json(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot resume from {path}: {_first_line(exc)}; move it away to start afresh") from None
        if work.text != source.text:
            raise InputError(f"{path} holds work on another text of '{source.id}' than {source.input}; "
                             "move it away or choose another --out")
        return work

    def _from_fixture(self, source: Source) -> Work | None:
        from summariser.evals.fixtures import Fixture

        path = self.out / f"{source.id}.json"
        if not path.exists():
            return None
        try:
            fixture = Fixture.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            raise InputError(f"{path} is in the way and is not a fixture ({_first_line(exc)})") from None
        if fixture.text != source.text:
            raise InputError(f"{path} is a fixture of another text than {source.input}; "
                             "move it away or choose another --out")
        work = Work(id=source.id, input=source.input, text=source.text, title=fixture.title,
                    published=fixture.published, source=fixture.source, language=fixture.language,
                    tags=list(fixture.tags), proposed_by="fixture")
        add_summary(work, fixture.expected, status="accepted", keep_ids=True)
        work.saved = True
        self._write(work)
        return work


def _fresh(source: Source, language: str, tags: list[str]) -> Work:
    return Work(id=source.id, input=source.input, text=source.text, title=source.title,
                published=source.published, language=language, tags=tags)


def _place(items: list[Item], item: Item) -> None:
    """Put ``item`` before the first item that starts after it: events stay in article order.

    The list order is the fixture's, so items placed before keep theirs (a saved
    fixture's events may follow the story rather than the text, as its guide allows).
    """
    start = item.span[0] if item.span else float("inf")
    at = next((i for i, other in enumerate(items) if other.span and other.span[0] > start), len(items))
    items.insert(at, item)


def _check_links(work: Work, item: Item) -> None:
    actors = {a.key for a in work.actors}
    links = [*getattr(item, "agents", []), *getattr(item, "targets", [])]
    if isinstance(item, StanceItem):
        links += [x for x in (item.holder, item.target_actor) if x]
    unknown = [x for x in links if x not in actors]
    if unknown:
        raise InputError(f"no actor '{unknown[0]}'")
    if isinstance(item, ActorItem):
        article = Article(work.text)
        for alias in item.aliases:
            if not article.mentions(alias):
                raise InputError(f"alias '{alias}' does not occur in the article")


def _clean_meta(data: dict[str, Any]) -> dict[str, Any]:
    clean = dict(data)
    for name in ("title", "source"):
        if name in clean:
            clean[name] = (clean[name] or "").strip() or None
    if "published" in clean:
        clean["published"] = iso_date((clean["published"] or "").strip() or None)
    if "tags" in clean:
        tags = clean["tags"]
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise InputError("tags must be a list of words")
        clean["tags"] = list(dict.fromkeys(t.strip() for t in tags if t.strip()))
    return clean


def _pair(value: Any) -> tuple[int, int]:
    if not (isinstance(value, list | tuple) and len(value) == 2 and all(type(x) is int for x in value)):
        raise InputError("a span is two character offsets, [start, end]")
    return value[0], value[1]


def _validated(model: type, values: dict):
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(x) for x in error["loc"])
        raise InputError(f"{where}: {error['msg']}") from None


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


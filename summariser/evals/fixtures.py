"""Load hand-labelled fixtures from local files, or from a hub dataset through `datasets`.

A folder is read with its subfolders (`fixtures/real/`, `fixtures/invented/`).

Local sources (a folder of one-object JSON files, a JSONL file, or a JSON file
holding a list) are read and validated file by file, so a bad file is named in
one clear error. They never go through `datasets`: its JSON loader cannot take
them as they are (a pretty-printed file holding one object is neither JSON
Lines nor a list, its pandas fallback turns the nested `expected` into rows,
arrow reads "2022-01-11" as a timestamp), and importing it costs a cold command
more than reading every fixture. `datasets` is imported only for a hub name.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summariser.errors import InputError
from summariser.schema import ArticleSummary


class Fixture(BaseModel):
    """One hand-labelled article (the contract's "Fixture files")."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    language: str = "en"
    tags: list[str] = Field(default_factory=list)
    text: str
    expected: ArticleSummary


def labels_digest(fixture: Fixture) -> str:
    """Hash of a fixture's labels: a result or score made against other labels is stale."""
    text = json.dumps(fixture.expected.model_dump(mode="json"), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def default_fixtures_dir(cwd: Path | None = None) -> Path:
    """`fixtures/` under the current directory or one of its parents, else beside the package."""
    here = (cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "fixtures").is_dir():
            return folder / "fixtures"
    return Path(__file__).resolve().parents[2] / "fixtures"


def load_fixtures(source: str | Path | None = None, split: str | None = None) -> list[Fixture]:
    """Fixtures from a folder, a .json/.jsonl file, or a dataset name on the hub.

    Args:
        source: path or hub dataset name; default `default_fixtures_dir()`.
        split: split of a hub dataset; default `test` if it has one, else its first.

    Raises:
        InputError: the source is missing, empty or holds an invalid fixture.
    """
    path = Path(source) if source is not None else default_fixtures_dir()
    if path.exists():
        fixtures = _read_local(path)
    elif source is not None and _looks_like_hub_name(str(source)):
        fixtures = _from_hub(str(source), split)
    else:
        raise InputError(f"fixtures not found: {path}")
    if not fixtures:
        raise InputError(f"no fixtures in {source or path}")
    _check_unique(fixtures)
    return fixtures


def _looks_like_hub_name(name: str) -> bool:
    parts = name.split("/")
    return len(parts) == 2 and all(parts) and not name.startswith((".", "~"))


def _files(path: Path) -> list[Path]:
    from summariser.evals.checks import fixture_files

    files = fixture_files(path)
    if not files:
        raise InputError(f"no .json or .jsonl fixture files in {path}")
    return files


def _read_local(path: Path) -> list[Fixture]:
    """Every fixture object in the files, each validated against the schema."""
    return [_validate(where, obj) for file in _files(path) for where, obj in _objects(file)]


def _objects(file: Path) -> list[tuple[str, Any]]:
    try:
        text = file.read_text(encoding="utf-8")
        if file.suffix == ".jsonl":
            lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
            return [(f"{file}:{n}", json.loads(line)) for n, line in lines]
        data = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise InputError(f"invalid fixture file {file}: {e}") from None
    if isinstance(data, list):
        return [(f"{file}[{i}]", obj) for i, obj in enumerate(data)]
    return [(str(file), data)]


def _validate(where: str, obj: Any) -> Fixture:
    if not isinstance(obj, dict):
        raise InputError(f"invalid fixture {where}: expected a JSON object, got {type(obj).__name__}")
    try:
        return Fixture.model_validate(obj)
    except ValidationError as e:
        first = e.errors()[0]
        loc = ".".join(str(x) for x in first["loc"])
        more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
        raise InputError(f"invalid fixture {where}: {loc}: {first['msg']}{more}") from None


def _quiet_datasets():
    import datasets

    datasets.disable_progress_bars()
    datasets.utils.logging.set_verbosity_error()
    return datasets


def _fixture(row: dict, where: str) -> Fixture:
    """A fixture from a hub dataset's row: its columns, or one opaque JSON record."""
    if set(row) == {"id", "fixture"}:
        data = json.loads(row["fixture"])
    else:
        data = {k: _plain(v) for k, v in row.items() if v is not None}
    if isinstance(data.get("expected"), str):
        data["expected"] = json.loads(data["expected"])
    try:
        return Fixture.model_validate(data)
    except ValidationError as e:
        raise InputError(f"invalid fixture {where}: {e.errors()[0]['msg']}") from None


def _plain(value: Any) -> Any:
    """Arrow reads ISO dates as timestamps: give them back as ISO strings."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _from_hub(name: str, split: str | None) -> list[Fixture]:
    datasets = _quiet_datasets()
    try:
        loaded = datasets.load_dataset(name)
    except Exception as e:  # noqa: BLE001 - network, auth and format errors all mean "cannot load"
        raise InputError(f"cannot load fixtures '{name}' from the hub: {type(e).__name__}: {e}") from None
    if split is None:
        split = "test" if "test" in loaded else next(iter(loaded))
    if split not in loaded:
        raise InputError(f"dataset '{name}' has no split '{split}' (it has {', '.join(loaded)})")
    return [_fixture(dict(row), f"{name}[{split}][{i}]") for i, row in enumerate(loaded[split])]


def _check_unique(fixtures: list[Fixture]) -> None:
    seen: set[str] = set()
    for f in fixtures:
        if f.id in seen:
            raise InputError(f"fixture id '{f.id}' occurs twice")
        seen.add(f.id)

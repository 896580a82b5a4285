"""Fixtures load into the same list[Fixture] from a folder, JSONL or a JSON list (local ones without `datasets`)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from summariser.errors import InputError
from summariser.evals.fixtures import default_fixtures_dir, load_fixtures
from summariser.evals.fixtures import Fixture

REPO_FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_repo_folder_loads_every_file(fixtures):
    files = sorted(REPO_FIXTURES.rglob("*.json"))
    assert [f.id for f in fixtures] == [p.stem for p in files]
    assert all(isinstance(f, Fixture) for f in fixtures)


def test_loaded_fixture_equals_the_file_exactly(fixtures):
    # Arrow would read "2022-01-11" as a timestamp and "December" would break the cast.
    for f in fixtures:
        path = next(REPO_FIXTURES.rglob(f"{f.id}.json"))
        raw = Fixture.model_validate_json(path.read_text(encoding="utf-8"))
        assert f == raw


def test_folder_jsonl_and_json_list_give_the_same_fixtures(few, tmp_path, write_fixture_files):
    folder = write_fixture_files(few)
    rows = [f.model_dump(mode="json") for f in few]
    jsonl = tmp_path / "all.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    listing = tmp_path / "all.json"
    listing.write_text(json.dumps(rows), encoding="utf-8")
    assert load_fixtures(folder) == load_fixtures(jsonl) == load_fixtures(listing) == few


def test_dates_and_odd_values_survive(few, tmp_path):
    data = few[0].model_dump(mode="json")
    data |= {"published": "2022-01-11", "title": "2022-01-11T10:00:00+01:00"}
    data["expected"]["events"][0]["date"] = "December"
    path = tmp_path / "one.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    (loaded,) = load_fixtures(path)
    assert loaded.published == "2022-01-11"
    assert loaded.title == "2022-01-11T10:00:00+01:00"
    assert loaded.expected.events[0].date == "December"


def test_loading_leaves_the_hub_settings_as_they_were(few, write_fixture_files):
    import datasets

    before = (os.environ.get("HF_HUB_OFFLINE"), datasets.config.HF_HUB_OFFLINE)
    load_fixtures(write_fixture_files(few))
    assert (os.environ.get("HF_HUB_OFFLINE"), datasets.config.HF_HUB_OFFLINE) == before


def test_default_folder_is_found_from_a_subfolder(tmp_path, monkeypatch):
    (tmp_path / "fixtures").mkdir()
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    assert default_fixtures_dir(sub) == tmp_path / "fixtures"
    monkeypatch.chdir(sub)
    assert default_fixtures_dir() == tmp_path / "fixtures"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: None, "fixtures not found"),
        (lambda p: p.mkdir(), "no .json or .jsonl fixture files"),
        (lambda p: (p.mkdir(), (p / "bad.json").write_text("{not json")), "invalid fixture file"),
        (lambda p: (p.mkdir(), (p / "x.json").write_text('{"id": "x", "text": "t"}')), "expected: Field required"),
        (lambda p: (p.mkdir(), (p / "x.json").write_text("[1, 2]")), "expected a JSON object"),
    ],
    ids=["missing", "empty", "not-json", "schema", "not-object"],
)
def test_bad_input_is_one_clear_error(tmp_path, setup, message):
    path = tmp_path / "src"
    setup(path)
    with pytest.raises(InputError, match=message) as err:
        load_fixtures(path)
    assert "\n" not in str(err.value)


def test_duplicate_ids_are_refused(few, tmp_path):
    rows = [few[0].model_dump(mode="json")] * 2
    path = tmp_path / "dup.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    with pytest.raises(InputError, match="occurs twice"):
        load_fixtures(path)


def test_a_hub_name_without_network_is_one_clear_error(monkeypatch):
    import datasets
    import huggingface_hub.constants

    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    with pytest.raises(InputError, match="cannot load fixtures 'nobody/no-such-fixtures' from the hub"):
        load_fixtures("nobody/no-such-fixtures")

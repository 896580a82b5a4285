"""`summariser fixtures check`: every problem in a fixture folder, one line each (file, field, reason)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser.cli import main
from summariser.evals.checks import check

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Ana Ruiz met Tomas Vidal in Geneva on Monday. Vidal rejected the plan for a joint patrol."
GOOD = {
    "id": "good", "published": "2024-03-06", "language": "en", "tags": ["invented", "en", "diplomacy"],
    "source": "written for the tests", "text": TEXT,
    "expected": {
        "headline": "Ruiz and Vidal meet", "summary": "They met.",
        "actors": [{"id": "ana-ruiz", "name": "Ana Ruiz", "kind": "person", "aliases": []},
                   {"id": "tomas-vidal", "name": "Tomas Vidal", "kind": "person", "aliases": ["Vidal"]}],
        "events": [{"id": "e1", "description": "They met.", "kind": "consult", "agents": ["ana-ruiz"],
                    "targets": ["tomas-vidal"], "date": "2024-03-04", "location": "Geneva",
                    "evidence": "Ana Ruiz met Tomas Vidal in Geneva on Monday"}],
        "stances": [{"holder": "tomas-vidal", "target": "a joint patrol", "polarity": "oppose",
                     "evidence": "Vidal rejected the plan for a joint patrol"}],
    },
}


def _write(folder: Path, fixture: dict, name: str | None = None) -> Path:
    path = folder / f"{name or fixture['id']}.json"
    path.write_text(json.dumps(fixture), encoding="utf-8")
    return path


def _broken(**changes) -> dict:
    fixture = json.loads(json.dumps(GOOD))
    for dotted, value in changes.items():
        *where, last = dotted.split(".")
        target = fixture
        for part in where:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value
    return fixture


CASES = [
    ("evidence-not-verbatim", {"expected.events.0.evidence": "Ana Ruiz met Tomas Vidal in Bern"},
     "events[0]", "is not copied word for word"),
    ("unknown-actor-id", {"expected.events.0.agents": ["ana"]}, "events[0].agents", "'ana' is not the id of an actor"),
    ("duplicate-actor-id", {"expected.actors.1.id": "ana-ruiz"}, "actors[1]", "is used twice"),
    ("kind-outside-the-enum", {"expected.events.0.kind": "meeting"}, "expected.events.0.kind", "Input should be"),
    ("name-not-in-the-text", {"expected.actors.0.name": "Ana Ruiz Perez"}, "actors[0]", "does not occur"),
    ("malformed-date", {"expected.events.0.date": "the fourth"}, "events[0].date", "neither an ISO date"),
    ("id-not-the-file-name", {"id": "other"}, "id", "differs from the file name"),
    ("no-origin-tag", {"tags": ["en"]}, "tags", "neither 'real' nor 'invented'"),
    ("events-out-of-order", {"expected.events.0.id": "e2"}, "events[0].id", "e1"),
    ("target-translated", {"language": "es", "tags": ["invented", "es", "diplomacy"],
                           "expected.stances.0.target": "una patrulla conjunta"}, "stances[0].target",
     "is not copied from the article"),
    ("an-actor-in-nothing", {"expected.stances": [], "expected.events.0.targets": []}, "actors[1]",
     "takes part in no event or stance"),
]


def test_a_good_fixture_has_no_problem(tmp_path):
    _write(tmp_path, GOOD)
    assert check(tmp_path) == []


@pytest.mark.parametrize(("changes", "field", "reason"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_problem_is_one_line_naming_file_field_and_reason(tmp_path, changes, field, reason):
    path = _write(tmp_path, _broken(**changes), name="good")
    problems = check(tmp_path)
    assert problems, "the problem was not found"
    hit = [p for p in problems if p.field == field and reason in p.reason]
    assert hit, [str(p) for p in problems]
    assert str(hit[0]).startswith(f"{path}: {field}: ") and "\n" not in str(hit[0])


def test_every_problem_of_a_folder_is_listed_not_just_the_first(tmp_path):
    _write(tmp_path, _broken(**{"expected.events.0.kind": "meeting"}), "a")
    _write(tmp_path, GOOD)
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", _broken(id="good"), "dup")  # a second fixture with the same id, in a subfolder
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    problems = [str(p) for p in check(tmp_path)]
    assert any("a.json: expected.events.0.kind" in p for p in problems)
    assert any("broken.json: file: not valid JSON" in p for p in problems)
    assert any("dup.json: id: 'good' is also the id of" in p for p in problems)


def test_the_command_prints_them_and_exits_non_zero(tmp_path):
    _write(tmp_path, _broken(**{"expected.events.0.date": "the fourth"}), "good")
    result = CliRunner().invoke(main, ["fixtures", "check", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stdout == f"{tmp_path / 'good.json'}: events[0].date: 'the fourth' is neither an ISO date nor a phrase of the text\n"
    assert "1 files, 1 problem" in result.stderr


def test_the_repositorys_fixtures_have_no_problem():
    result = CliRunner().invoke(main, ["fixtures", "check", str(ROOT / "fixtures")])
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""


def test_a_missing_folder_is_one_line(tmp_path):
    result = CliRunner().invoke(main, ["fixtures", "check", str(tmp_path / "nope")])
    assert result.exit_code == 2 and result.stderr.strip() == f"summariser: error: no fixtures at {tmp_path / 'nope'}"

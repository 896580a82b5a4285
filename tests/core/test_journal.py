"""journal: the --out results file that resumes, and atomic writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from summariser.journal import ResultsFile, atomic_write
from summariser.rendering import to_json
from summariser.schema import ArticleSummary


def sample() -> ArticleSummary:
    return ArticleSummary(headline="Talks resume", summary="The two sides met again.")


def test_results_file_writes_entries_and_records_inputs(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    results = ResultsFile(str(out), "json")
    results.write("a.txt", to_json(sample()) + "\n")
    results.close()
    assert ArticleSummary.model_validate_json(out.read_text().splitlines()[0]) == sample()
    assert (tmp_path / "out.jsonl.done").read_text() == str(Path("a.txt").absolute()) + "\n"
    reopened = ResultsFile(str(out), "json")
    assert reopened.has("a.txt") and not reopened.has("b.txt") and not reopened.has("-")
    reopened.close()


def test_results_file_drops_a_cut_off_line(tmp_path: Path) -> None:
    out, done = tmp_path / "out.jsonl", tmp_path / "out.jsonl.done"
    out.write_text(to_json(sample()) + "\n" + to_json(sample())[:50])
    done.write_text("/abs/a.txt\n")
    ResultsFile(str(out), "json").close()
    assert out.read_text() == to_json(sample()) + "\n"


def test_results_file_drops_an_unrecorded_entry(tmp_path: Path) -> None:
    out, done = tmp_path / "out.jsonl", tmp_path / "out.jsonl.done"
    out.write_text((to_json(sample()) + "\n") * 2)  # died after the summary, before its record
    done.write_text("/abs/a.txt\n")
    ResultsFile(str(out), "json").close()
    assert out.read_text().count("\n") == 1


def test_results_file_forgets_a_stale_done_list(tmp_path: Path) -> None:
    (tmp_path / "out.jsonl.done").write_text("/abs/a.txt\n")
    results = ResultsFile(str(tmp_path / "out.jsonl"), "json")
    assert not results.has("/abs/a.txt")
    results.close()


def test_results_file_never_trims_a_file_it_did_not_start(tmp_path: Path) -> None:
    out = tmp_path / "mine.jsonl"
    out.write_text("precious line\n")
    ResultsFile(str(out), "json").close()
    assert out.read_text() == "precious line\n"


def test_results_file_that_cannot_be_written(tmp_path: Path) -> None:
    from summariser.errors import InputError

    with pytest.raises(InputError, match="cannot write"):
        ResultsFile(str(tmp_path), "json")


def test_atomic_write_replaces_the_whole_file_or_nothing(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "report.json"
    path.write_text("old")
    atomic_write(path, "new", private=True)
    assert path.read_text() == "new" and (path.stat().st_mode & 0o777) == 0o600

    def broken(*args):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", broken)
    with pytest.raises(OSError):
        atomic_write(path, "newer")
    assert path.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left behind

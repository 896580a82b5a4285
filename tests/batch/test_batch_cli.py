"""`summariser batch` with the local engine: tables DuckDB can query, resume, failures, one-line errors."""

from __future__ import annotations

import sys
from pathlib import Path

import duckdb
import pytest

from summariser.cli import main

REPO = Path(__file__).resolve().parents[2]


def run(args: list[str], capsys) -> tuple[int, str]:
    code = main(["batch", *args], standalone_mode=False)
    return code, capsys.readouterr().err


def test_an_archive_becomes_tables_that_duckdb_joins(tmp_path, jsonl, capsys):
    archive, out = jsonl(6), tmp_path / "out"
    code, err = run([str(archive), "--out", str(out), "-m", "baseline"], capsys)
    assert code == 0, err
    assert "6 article(s) done, 0 failed" in err
    per_kind = duckdb.sql(f"""
        SELECT e.kind, count(DISTINCT a.article_id) AS articles, count(*) AS agents
        FROM '{out}/events/*.parquet' e
        JOIN '{out}/event_actors/*.parquet' ea USING (article_id, event_id)
        JOIN '{out}/articles/*.parquet' a USING (article_id)
        WHERE ea.role = 'agent' AND a.error IS NULL
        GROUP BY e.kind ORDER BY agents DESC
    """).fetchall()
    assert per_kind and sum(n for _, _, n in per_kind) == duckdb.sql(
        f"SELECT count(*) FROM '{out}/event_actors/*.parquet' WHERE role = 'agent'").fetchall()[0][0]
    articles = duckdb.sql(f"SELECT article_id, url, published, model, strategy FROM '{out}/articles/*.parquet'").fetchall()
    assert len(articles) == 6 and all(url.endswith(i) and m == "baseline" and s == "rules"
                                      for i, url, _, m, s in articles)


def test_every_evidence_is_the_span_of_its_article(tables, tmp_path, jsonl, texts, capsys):
    out = tmp_path / "out"
    assert run([str(jsonl(4)), "--out", str(out), "-m", "baseline"], capsys)[0] == 0
    text = {i: t for i, t, _ in texts}
    rows = tables(out)
    for row in rows["events"] + rows["stances"]:
        assert text[row["article_id"]][row["evidence_start"]:row["evidence_end"]] == row["evidence"]
    names = {(a["article_id"], a["actor_id"]): a["name"] for a in rows["actors"]}
    assert all(names[(r["article_id"], r["actor_id"])] == r["actor_name"] for r in rows["event_actors"])


def test_a_rerun_skips_what_is_done_and_retries_failures_only_when_asked(tables, tmp_path, jsonl, capsys):
    bad = ({"id": "empty", "text": "  "}, {"id": "bad-date", "text": "Lena Korvash spoke.", "published": "May"})
    archive, out = jsonl(3, bad), tmp_path / "out"
    code, err = run([str(archive), "--out", str(out), "-m", "baseline"], capsys)
    assert code == 1 and "2 article(s) failed (see articles.error); rerun with --retry-failed" in err
    errors = dict(duckdb.sql(f"SELECT article_id, error FROM '{out}/articles/*.parquet' WHERE error IS NOT NULL").fetchall())
    assert errors == {"empty": "the article is empty",
                      "bad-date": "published: 'May' is not an ISO date such as 2024-03-14"}
    first = tables(out)

    code, err = run([str(archive), "--out", str(out), "-m", "baseline"], capsys)
    assert code == 0 and "5 article(s) already in" in err and "0 article(s) done" in err
    assert tables(out) == first  # not a row twice

    code, err = run([str(archive), "--out", str(out), "-m", "baseline", "--retry-failed"], capsys)
    assert code == 1 and "2 failed one(s) run again" in err and "2 article(s) done, 2 failed" in err
    assert tables(out) == first  # the failures were replaced, not added to


def test_several_worker_processes_write_the_same_tables(tables, tmp_path, jsonl, capsys):
    archive = jsonl(8)
    assert run([str(archive), "--out", str(tmp_path / "one"), "-m", "baseline"], capsys)[0] == 0
    code, err = run([str(archive), "--out", str(tmp_path / "two"), "-m", "baseline", "--workers", "2",
                     "--flush-every", "3"], capsys)
    assert code == 0, err
    assert tables(tmp_path / "one") == tables(tmp_path / "two")
    assert len(list((tmp_path / "two" / "events").glob("part-*.parquet"))) == 3


def test_a_folder_of_files_is_an_archive(tables, tmp_path, texts, capsys):
    folder = tmp_path / "news"
    (folder / "2024").mkdir(parents=True)
    for i, text, _ in texts[:2]:
        (folder / "2024" / f"{i}.txt").write_text(text, encoding="utf-8")
    (folder / "page.html").write_text(f"<html><body><article><p>{texts[2][1]}</p></article></body></html>")
    code, err = run([str(folder), "--out", str(tmp_path / "out"), "-m", "baseline"], capsys)
    assert code == 0, err
    ids = sorted(r["article_id"] for r in tables(tmp_path / "out")["articles"])
    assert ids == sorted([f"2024/{texts[0][0]}.txt", f"2024/{texts[1][0]}.txt", "page.html"])


@pytest.mark.parametrize(("args", "message"), [
    (["--engine", "local", "--actors", "2"], "--actors and --address apply to --engine ray"),
    (["--engine", "ray", "--workers", "2"], "--workers applies to --engine local"),
    (["--split", "test"], "--split applies to a hub dataset INPUT only"),
    (["--per-endpoint", "2"], "a bound per endpoint needs the servers it bounds"),
    (["-m", "baseline", "--strategy", "free"], "'baseline' (rules alone) takes no strategy"),
])
def test_options_that_do_not_apply_are_one_line_errors(tmp_path, jsonl, capsys, args, message):
    argv = [str(jsonl(1)), "--out", str(tmp_path / "out"), *args]
    if "-m" not in args:
        argv += ["-m", "baseline"]
    code, err = run(argv, capsys)
    assert code == 2 and err.count("\n") == 1 and message in err, err


def test_a_bad_record_stops_the_run_in_one_line_and_keeps_what_finished(tables, tmp_path, jsonl, capsys):
    archive = jsonl(2, ({"text": "no id"},))
    code, err = run([str(archive), "--out", str(tmp_path / "out"), "-m", "baseline"], capsys)
    assert code == 2 and err.strip() == f"summariser: error: {archive}:3: the record has no 'id'"
    assert len(tables(tmp_path / "out")["articles"]) == 2


def test_a_rerun_with_another_model_is_refused(tmp_path, jsonl, capsys):
    archive, out = jsonl(1), str(tmp_path / "out")
    assert run([archive.as_posix(), "--out", out, "-m", "baseline"], capsys)[0] == 0
    code, err = run([archive.as_posix(), "--out", out, "-m", "openai/x", "--api-base", "http://127.0.0.1:9/v1"],
                    capsys)
    assert code == 2 and "holds tables made with another model, prompt_version, strategy: give another --out" in err


def test_a_prompt_variant_is_recorded_and_a_rerun_with_other_prompts_is_refused(tmp_path, stub, jsonl, capsys,
                                                                                 monkeypatch):
    from summariser import prompting

    monkeypatch.setenv("OPENAI_API_KEY", "sk-stub-placeholder-0000")
    variant = REPO / "evals" / "prompts" / "terse"
    archive, out = jsonl(1), tmp_path / "out"
    model = ["-m", "openai/stub", "--api-base", stub.api_base, "--strategy", "free"]
    assert run([str(archive), "--out", str(out), *model, "--prompts", str(variant)], capsys)[0] == 0
    recorded = duckdb.sql(f"SELECT prompt_version FROM '{out}/articles/*.parquet'").fetchall()
    assert recorded == [(prompting.overlay(variant).version(),)] != [(prompting.prompt_version(),)]
    asked = stub.count
    code, err = run([str(archive), "--out", str(out), *model], capsys)
    assert code == 2 and "holds tables made with another prompt_version: give another --out" in err
    assert stub.count == asked


def test_the_ray_engine_without_ray_says_how_to_install_it(tmp_path, jsonl, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # as if the extra were not installed
    code, err = run([str(jsonl(1)), "--out", str(tmp_path / "out"), "-m", "baseline", "--engine", "ray"], capsys)
    assert code == 2
    assert err.strip() == ("summariser: error: the ray engine needs Ray: pip install 'summariser[ray]' "
                           "(in a checkout: uv sync --extra ray)")


def test_progress_lines_go_to_stderr_with_rate_and_eta(tmp_path, jsonl, capsys):
    import io

    from summariser.batch.progress import Progress

    stream = io.StringIO()
    with Progress(10, stream=stream, live=False, every=0) as progress:
        for _ in range(3):
            progress.advance(1)
    lines = stream.getvalue().splitlines()
    assert lines and lines[-1].startswith("summariser: 3/10 articles, 0 failed, ")
    assert "/s, ETA " in lines[-1]

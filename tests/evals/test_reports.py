"""Reports: the JSON document, Markdown, HTML (escaped, no scripts), compare and run loading."""

from __future__ import annotations

import asyncio
import json
import re

import pytest

from summariser.errors import InputError
from summariser.evals import reports
from summariser.evals.html_report import render_html, segments
from summariser.evals.runner import RESULTS, run_eval
from summariser.evals.scoring import FIELDS, HEADLINE, LEVELS

from fakes import CountingModel

@pytest.fixture(scope="module")
def run(fixtures, tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    model = CountingModel(fail_on={fixtures[2].id})
    chosen = [*fixtures[:4], *[f for f in fixtures if "real" in f.tags][:2]]  # two tag groups
    return asyncio.run(run_eval(chosen, ["gold", "baseline", model.name], out, factory=model.factory()))


@pytest.fixture(scope="module")
def doc(run):
    return reports.document(run)


def test_document_reports_every_level_and_no_field_wide_figure(doc, run):
    assert list(doc["models"]) == ["gold", "baseline", "fake/model"]
    for m in doc["models"].values():
        for f in FIELDS:
            assert set(m[f]) == set(LEVELS[f])  # nothing like m["events"]["f1"] to read by mistake
            for level in LEVELS[f]:
                assert {"precision", "recall", "f1", "f1_ci", "tp", "fp", "fn"} <= set(m[f][level])
        for k in ("grounding_rate", "schema_valid_rate", "latency_p50_s", "latency_p95_s", "queue_p50_s",
                  "latency_n", "cached", "failures", "first_failure", "config", "retries", "cost_usd", "n"):
            assert k in m
    assert doc["scoring"]["headline"] == HEADLINE and doc["scoring"]["thresholds"]["event_span_token_f1"] == 0.5
    fake = doc["models"]["fake/model"]
    assert fake["failures"] == 1 and fake["tokens"] == 5 * 150 and fake["cost_usd"] == pytest.approx(0.005)
    assert fake["first_failure"]["fixture"] == run.fixtures[2].id
    assert fake["latency_p50_s"] == 0.5 and doc["models"]["gold"]["cost_usd"] == 0.0
    assert set(doc["fixtures"]) == {f.id for f in run.fixtures}
    json.dumps(doc, allow_nan=False)  # strict JSON: no NaN sneaks in


def test_each_tag_group_is_reported_beside_the_total(doc, run):
    groups = doc["groups"]
    assert list(groups)[0] == "real" and "invented" in groups
    assert groups["real"]["n"] == 2 and groups["invented"]["n"] == 4
    assert groups["real"]["models"]["gold"]["events"]["classified"]["f1"] == 1.0
    real = [f.id for f in run.fixtures if "real" in f.tags]
    from summariser.evals import stats

    own = stats.aggregate([run.results[("baseline", f)].score for f in real])
    assert groups["real"]["models"]["baseline"]["events"]["classified"]["f1"] == own["events"]["classified"]["f1"]


def test_latency_covers_only_answers_made_in_this_run(few):
    from summariser.evals.runner import Result
    from summariser.evals.scoring import score_fixture
    from summariser.schema import Usage

    score = score_fixture(None, few[0].expected, few[0].text)
    summary = few[0].expected.model_copy(update={"usage": Usage(latency_s=2.0, queue_s=1.0)})
    fresh = Result("m", "a", score, summary)
    old = Result("m", "b", score, few[0].expected.model_copy(update={"usage": Usage(latency_s=192.0)}), cached=True)
    stats_ = reports.usage_stats([fresh, old])
    assert (stats_["latency_p50_s"], stats_["latency_p95_s"], stats_["queue_p50_s"]) == (2.0, 2.0, 1.0)
    assert stats_["latency_n"] == 1 and stats_["cached"] == 1


def test_models_are_compared_with_the_baseline_at_the_headline_levels(doc):
    comp = doc["comparisons"]
    assert comp["reference"] == "baseline" and set(comp["models"]) == {"gold", "fake/model"}
    gold = comp["models"]["gold"]
    assert set(gold) == {"actors.identified", "events.classified", "stances.holder_polarity_target"}
    for c in gold.values():
        assert c["delta"] > 0 and c["ci"][0] <= c["delta"] <= c["ci"][1] and 0 < c["p_value"] <= 1


def test_reference_is_the_first_model_without_baseline():
    assert reports.reference_model(["a", "b"]) == "a"
    assert reports.reference_model(["a", "baseline"]) == "baseline"
    assert reports.reference_model(["baseline"]) == "baseline"


def test_markdown_has_every_level_groups_and_the_comparison(doc):
    md = reports.markdown(doc)
    board, rest = md.split("## Against `baseline`")
    assert board.count("\n| gold |") == 2 + len(doc["groups"])  # the total, cost and speed, each tag group
    assert "**events classified**" in board and "| events identified |" not in board.split("\n\n")[0]
    assert "## Fixtures tagged `real` (2)" in board
    assert rest.count("\n| gold |") == 3  # one delta per headline level
    assert "| failed |" in rest.split("## Per fixture")[1]


def test_written_reports_and_reloading_the_results(run, doc):
    paths = reports.write_reports(run, doc)
    assert all(p.exists() for p in paths.values())
    loaded = reports.load_results(run.out)
    assert {(r.model, r.fixture) for r in loaded} == set(run.results)


def test_loading_a_missing_run_is_one_clear_error(tmp_path):
    with pytest.raises(InputError, match="no results at"):
        reports.load_results(tmp_path / "nope")
    (tmp_path / "x.json").write_text("[]")
    with pytest.raises(InputError, match="no results at"):
        reports.load_results(tmp_path / "x.json")


def test_html_escapes_article_text_and_forbids_scripts(fixtures, tmp_path):
    evil = fixtures[0].model_copy(update={"text": fixtures[0].text + "\n<script>window.pwned=1</script><img src=x onerror=alert(1)>"})
    run = asyncio.run(run_eval([evil], ["gold", "baseline"], tmp_path / "run"))
    html = render_html(run, reports.document(run))
    assert "<script" not in html.lower()
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html
    assert "<img" not in html
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "default-src 'none'" in csp and "script-src 'none'" in csp
    assert not re.search(r"(src|href)=\"(https?:)?//", html)  # no network assets


def test_segments_cover_the_text_once_with_the_worst_status_on_overlaps():
    text = "abcdefghij"
    segs = segments(text, [(0, 6, "matched", "m"), (4, 8, "missed", "x")])
    assert "".join(s["text"] for s in segs) == text
    assert [(s["text"], s["status"]) for s in segs] == [("abcd", "matched"), ("ef", "missed"), ("gh", "missed"), ("ij", "")]


def test_results_file_has_one_line_per_pair(run):
    lines = (run.out / RESULTS).read_text().splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == 3 * len(run.fixtures)
    assert {"model", "fixture", "ok", "error", "cached", "key", "labels", "usage", "score", "summary"} <= set(rows[0])

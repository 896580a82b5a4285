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

from conftest import CountingModel

FIELDS = ("actors", "events", "stances")


@pytest.fixture(scope="module")
def run(fixtures, tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    model = CountingModel(fail_on={fixtures[2].id})
    return asyncio.run(run_eval(fixtures[:6], ["gold", "baseline", model.name], out, factory=model.factory()))


@pytest.fixture(scope="module")
def doc(run):
    return reports.document(run)


def test_document_has_the_promised_shape(doc, run):
    assert list(doc["models"]) == ["gold", "baseline", "fake/model"]
    for m in doc["models"].values():
        for f in FIELDS:
            assert {"precision", "recall", "f1", "f1_ci"} <= set(m[f])
        for key in ("grounding_rate", "schema_valid_rate", "latency_p50_s", "latency_p95_s", "failures",
                    "prompt_tokens", "completion_tokens", "retries", "cost_usd", "n"):
            assert key in m
    fake = doc["models"]["fake/model"]
    assert fake["failures"] == 1 and fake["tokens"] == 5 * 150 and fake["cost_usd"] == pytest.approx(0.005)
    assert fake["latency_p50_s"] == 0.5 and doc["models"]["gold"]["cost_usd"] == 0.0
    assert set(doc["fixtures"]) == {f.id for f in run.fixtures}
    json.dumps(doc, allow_nan=False)  # strict JSON: no NaN sneaks in


def test_models_are_compared_with_the_baseline(doc):
    comp = doc["comparisons"]
    assert comp["reference"] == "baseline" and set(comp["models"]) == {"gold", "fake/model"}
    gold = comp["models"]["gold"]
    for f in FIELDS:
        assert gold[f]["delta"] > 0 and gold[f]["ci"][0] <= gold[f]["delta"] <= gold[f]["ci"][1]
        assert 0 < gold[f]["p_value"] <= 1


def test_reference_is_the_first_model_without_baseline():
    assert reports.reference_model(["a", "b"]) == "a"
    assert reports.reference_model(["a", "baseline"]) == "baseline"
    assert reports.reference_model(["baseline"]) == "baseline"


def test_markdown_has_a_row_per_model(doc):
    md = reports.markdown(doc)
    board, rest = md.split("## Against `baseline`")
    assert board.count("\n| gold |") == 1 and board.count("\n| baseline |") == 1
    assert rest.count("\n| gold |") == 3  # one delta per field
    assert "| failed |" in rest.split("## Per fixture")[1]


def test_written_reports_and_reloading_them(run, doc):
    paths = reports.write_reports(run, doc)
    assert all(p.exists() for p in paths.values())
    from_results = reports.load_run(run.out)
    from_json = reports.load_run(paths["json"])
    for loaded in (from_results, from_json):
        assert loaded["models"]["gold"]["events"]["f1"] == 1.0
        assert loaded["fixtures"][run.fixtures[0].id]["baseline"] == doc["fixtures"][run.fixtures[0].id]["baseline"]


def test_compare_reports_deltas_and_regressions(doc):
    worse = json.loads(json.dumps(doc))
    fid = next(iter(worse["fixtures"]))
    worse["fixtures"][fid]["gold"]["events"] = 0.5
    worse["models"]["gold"]["events"]["f1"] = 0.9
    diff = reports.compare_docs(doc, worse)
    assert diff["models"]["gold"]["events"]["delta"] == pytest.approx(-0.1)
    assert diff["models"]["gold"]["actors"]["delta"] == 0
    assert diff["regressions"] == [{"model": "gold", "fixture": fid, "fields": {"events": [1.0, 0.5]},
                                    "failed": False, "error": None}]
    assert reports.compare_docs(doc, doc)["regressions"] == []


def test_loading_a_missing_run_is_one_clear_error(tmp_path):
    with pytest.raises(InputError, match="no run found"):
        reports.load_run(tmp_path / "nope")
    (tmp_path / "x.json").write_text("[]")
    with pytest.raises(InputError, match="not an eval report"):
        reports.load_run(tmp_path / "x.json")


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

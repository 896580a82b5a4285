"""Where models go wrong: confusion matrices and partly-right pairs, from an answer wrong in known ways."""

from __future__ import annotations

import asyncio

import pytest

from summariser.evals import reports
from summariser.evals.confusion import markdown_tables, matrix
from summariser.evals.html_report import render_html
from summariser.evals.predictors import Predictor, make_factory
from summariser.evals.runner import run_eval

FIXTURE = "courts-corruption-trial"  # events coerce, reject, request, support, request; four stances


@pytest.fixture(scope="module")
def run(fixtures, tmp_path_factory):
    fixture = next(f for f in fixtures if f.id == FIXTURE)
    gold = fixture.expected
    stances = list(gold.stances)
    stances[0] = stances[0].model_copy(update={"polarity": "support"})  # was oppose: wrong polarity
    stances[2] = stances[2].model_copy(update={"holder": stances[3].holder})  # another's words: wrong holder
    wrong = gold.model_copy(update={
        "events": [e.model_copy(update={"kind": "accuse"}) if e.kind == "request" else e for e in gold.events],
        "stances": stances,
    })

    async def predict(_):
        return wrong

    made = {"wrong": Predictor("wrong", predict, {"model": "wrong"}), "gold": make_factory()("gold")}
    return asyncio.run(run_eval([fixture], ["gold", "wrong"], tmp_path_factory.mktemp("run"),
                                factory=made.__getitem__, cache=None))


@pytest.fixture(scope="module")
def doc(run):
    return reports.document(run)


def test_matched_pairs_say_what_they_get_wrong(run):
    alignment = run.results[("wrong", FIXTURE)].score.alignment
    kinds = [e.kind for e in run.fixtures[0].expected.events]
    assert [status for _, _, status in sorted(alignment["events"], key=lambda x: x[1])] == [
        "wrong kind" if kind == "request" else "matched" for kind in kinds]
    assert sorted((g, status) for _, g, status in alignment["stances"]) == [
        (0, "wrong polarity"), (1, "matched"), (2, "wrong holder"), (3, "matched")]


def test_event_kinds_and_stance_polarities_are_counted_label_by_prediction(doc):
    assert "gold" not in doc["confusion"]
    events, stances = doc["confusion"]["wrong"]["events"], doc["confusion"]["wrong"]["stances"]
    assert events["labels"] == ["support", "request", "accuse", "reject", "coerce"]  # schema order, used ones only
    counts = dict(zip(events["labels"], events["counts"]))
    assert counts["request"] == [0, 0, 2, 0, 0] and counts["coerce"] == [0, 0, 0, 0, 1]
    assert (events["pairs"], events["agreement"]) == (5, 0.6)
    # the misattributed stance is another actor's position: no polarity was judged
    assert stances == {"labels": ["support", "oppose"], "counts": [[1, 0], [1, 1]], "pairs": 3, "agreement": 0.6667}


def test_matrix_keeps_only_the_labels_in_use_and_has_no_agreement_without_pairs():
    assert matrix([], ("a", "b")) == {"labels": [], "counts": [], "pairs": 0, "agreement": None}
    assert matrix([("b", "b")], ("a", "b", "c"))["labels"] == ["b"]


def test_markdown_shows_each_matrix(doc):
    lines = markdown_tables(doc["confusion"])
    assert "## wrong: event kind (rows: label, columns: prediction; 5 aligned pairs, 0.60 agree)" in lines
    assert "| request | · | · | 2 | · | · |" in lines
    assert "| support | **1** | · |" in lines and "| oppose | 1 | **1** |" in lines  # stances
    assert "\n".join(lines) in reports.markdown(doc)


def test_html_shows_the_matrices_labelled_scores_and_partly_right_pairs(run, doc):
    html = render_html(run, doc)
    confusion = html[html.index('id="confusion"'):html.index('id="chart"')]
    assert "wrong · event kind" in confusion and "wrong · stance polarity" in confusion
    assert '<td class="diag">2</td>' not in confusion and '<td class="">2</td>' in confusion
    assert 'title="events F1 (classified)"' in html and "<small>E</small>" in html
    for status in ("wrong kind", "wrong polarity", "wrong holder"):
        assert f'<span class="tag partly">{status}</span>' in html
    # the score bands are blues: none reuses the matched / missed / invented colours
    assert ".scores .hi { background: #1849a9; }" in html

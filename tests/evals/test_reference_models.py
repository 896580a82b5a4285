"""The reference predictors bracket every model: `gold` is perfect at every level, `trivial`
(every sentence an event, every quote a neutral stance, every capitalised run an actor) scores
clearly below the rules (`baseline`) at the headline levels. A scorer that lets `trivial` near
the rules rewards spans and volume, not understanding."""

from __future__ import annotations

import asyncio

import pytest

from summariser.evals import stats
from summariser.evals.reports import HEADLINE_LEVELS
from summariser.evals.runner import run_eval
from summariser.evals.scoring import ALL_LEVELS


@pytest.fixture(scope="module")
def run(fixtures, tmp_path_factory):
    return asyncio.run(run_eval(fixtures, ["gold", "baseline", "trivial"], tmp_path_factory.mktemp("run"), cache=None))


def test_gold_scores_one_at_every_level_on_every_fixture(run):
    for fixture in run.fixtures:
        score = run.results[("gold", fixture.id)].score
        assert all(score.levels[level].f1 == 1.0 for level in ALL_LEVELS), fixture.id


@pytest.mark.parametrize("level", HEADLINE_LEVELS)
def test_trivial_is_clearly_below_the_rules_at_each_headline_level(run, level):
    metric = stats.micro_f1(level)
    compared = stats.paired_bootstrap(run.scores("trivial"), run.scores("baseline"), metric)
    assert compared["delta"] > 0.04 and compared["ci"][0] > 0, compared  # above by more than chance


def test_the_trivial_predictor_does_what_its_name_says(run):
    fixture = run.fixtures[0]
    summary = run.results[("trivial", fixture.id)].summary
    assert {e.kind for e in summary.events} == {"other"} and not any(e.agents for e in summary.events)
    assert {s.polarity for s in summary.stances} <= {"neutral"}

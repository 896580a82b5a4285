"""The embedded model's default strategy, `rules`: the rules' summary, dated, no model call."""

from __future__ import annotations

import pytest

from summariser import pipeline
from summariser.options import Options
from summariser.rules.summary import rules_summary

TEXT = ("Dockers in Valmont walked off the job on Monday over pay. Transport Minister Eli Brandt urged "
        "both sides to return to talks on Tuesday.\n")


def test_the_embedded_model_defaults_to_the_rules_and_starts_no_server(monkeypatch):
    from summariser.backends import local

    def refuse(*args, **kwargs):
        raise AssertionError("the embedded model was started for a strategy that asks it nothing")

    monkeypatch.setattr(local, "serve", refuse)
    assert Options(model="local").resolved_strategy == "rules"
    pipeline.start_loading("local")  # nothing is loaded ahead either
    result = pipeline.summarise(TEXT, model="local", published="2024-05-08")
    rules = rules_summary(TEXT, "2024-05-08")
    assert [(e.kind, e.evidence) for e in result.events] == [(e.kind, e.evidence) for e in rules.events]
    assert [a.name for a in result.actors] == [a.name for a in rules.actors]
    assert result.usage.calls == 0 and result.usage.model == "local" and result.usage.cost_usd == 0.0
    assert "2024-05-07" in {e.date for e in result.events}  # "on Tuesday", dated by code
    for item in [*result.events, *result.stances]:
        assert TEXT[item.evidence_span.start : item.evidence_span.end] == item.evidence


@pytest.mark.parametrize("strategy", ["decomposed", "grounded", "free"])
def test_the_other_strategies_still_ask_the_model(strategy):
    assert Options(model="local", strategy=strategy).resolved_strategy == strategy
    from summariser.strategies import REGISTRY

    assert REGISTRY[strategy].asks_model and not REGISTRY["rules"].asks_model


@pytest.mark.parametrize("strategy", ["decomposed", "grounded", "free", "rules"])
def test_options_know_which_strategies_call_their_model(strategy):
    """`Options.calls_model` decides, before any strategy is imported, whether a run needs an event loop."""
    from summariser.strategies import REGISTRY

    assert Options(model="local", strategy=strategy).calls_model == REGISTRY[strategy].asks_model
    assert not Options(model="baseline").calls_model

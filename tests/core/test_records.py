"""The rules' plain records are the contract's models without validation: the same fields and
defaults, the same JSON byte for byte, and the same values once validated."""

from __future__ import annotations

import math

import pytest
from pydantic_core import to_json

from summariser import records, schema
from summariser.pipeline import _rules
from summariser.rules.summary import rules_record, rules_summary

MODELS = ("Span", "Actor", "Event", "Stance", "Usage", "ArticleSummary")


@pytest.mark.parametrize("name", MODELS)
def test_a_record_has_its_models_fields_in_order_with_its_defaults(name):
    record, model = getattr(records, name), getattr(schema, name)
    assert record.FIELDS == tuple(model.model_fields)
    for field, info in model.model_fields.items():
        if info.is_required():
            assert field not in record.DEFAULTS
        else:
            default = record.DEFAULTS[field]
            assert ([] if default is list else default) == info.get_default(call_default_factory=True), field


def test_every_fixtures_rules_summary_dumps_as_its_validated_model(fixtures):
    for f in fixtures:
        record = _rules(f.text, f.published)  # with the evidence offsets and usage the command writes
        model = record.validated()
        assert isinstance(model, schema.ArticleSummary)
        assert record.model_dump_json() == model.model_dump_json(exclude_none=False), f.id
        assert record.model_dump() == model.model_dump(), f.id
        assert rules_summary(f.text, f.published) == rules_record(f.text, f.published).validated()


TEXTS = [
    "plain", "", 'quote " and backslash \\ and slash /', "tab\tnewline\nreturn\r", "\b\f\x00\x01\x1f\x7f",
    "“curly” — dash · café naïve Zürich", "\u2028\u2029 line separators", "emoji 🙂 and CJK 北京", "<script>&amp;</script>",
]


@pytest.mark.parametrize("text", TEXTS)
def test_strings_are_written_as_pydantic_writes_them(text):
    stance = {"holder": "a", "target": text, "polarity": "support", "evidence": text, "evidence_span": None}
    assert records.Stance(**stance).model_dump_json() == schema.Stance(**stance).model_dump_json()


FLOATS = [0.0, -0.0, 0.1, 2.0, 0.2176, 1e-4, 1.2e-4, 1e-5, 1.5000000000000002e-05, -3.25e-05, 1e-6, 1.5e-7, 5e-324,
          1e15, 1234567890123456.8, 1e16, 1.2345e17, 1e21, 1e22, 1.7976931348623157e308, -2.5e-9,
          float("inf"), float("-inf"), float("nan")]


@pytest.mark.parametrize("x", FLOATS)
def test_floats_are_written_as_pydantic_writes_them(x):
    if math.isfinite(x):  # `to_json` alone writes Infinity and NaN; a model's dump writes null
        assert records._float(x) == to_json(x).decode()
    usage = {"model": "baseline", "latency_s": x, "cost_usd": x}
    assert records.Usage(**usage).model_dump_json() == schema.Usage(**usage).model_dump_json()


def test_fields_are_checked_as_extra_forbid_and_required_fields_are():
    with pytest.raises(TypeError, match="unknown field"):
        records.Span(start=0, end=1, length=1)
    with pytest.raises(TypeError, match="'evidence' is required"):
        records.Stance(holder="a", target="b", polarity="oppose")


def test_a_copy_replaces_its_updates_and_leaves_the_original():
    event = records.Event(id="e1", description="d", kind="other", evidence="d")
    copy = event.model_copy(update={"id": "e2"})
    assert (event.id, copy.id, copy.evidence, copy.agents is event.agents) == ("e1", "e2", "d", True)
    assert records.Event(id="e1", description="d", kind="other", evidence="d").agents is not event.agents
    assert copy != event and copy.model_copy(update={"id": "e1"}) == event

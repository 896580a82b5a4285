"""The pydantic models say exactly what the contract (docs/schema-contract.md) says."""

import pytest
from pydantic import BaseModel, ValidationError
from pydantic._internal._docs_extraction import extract_docstrings_from_cls  # pydantic's own reading

from summariser.evals.fixtures import Fixture
from summariser.schema import (
    ACTOR_KINDS,
    EVENT_KINDS,
    POLARITIES,
    Actor,
    ActorDraft,
    ArticleSummary,
    Event,
    EventDraft,
    Rejection,
    Span,
    Stance,
    StanceDraft,
    SummaryDraft,
    Usage,
)

# The contract's tables, copied by hand: a rename in schema.py must fail here.
CONTRACT_FIELDS = {
    SummaryDraft: ["headline", "summary", "actors", "events", "stances"],
    ActorDraft: ["id", "name", "kind", "role", "aliases"],
    EventDraft: ["id", "description", "kind", "agents", "targets", "date", "location", "evidence"],
    StanceDraft: ["holder", "target", "polarity", "evidence"],
}
CONTRACT_EVENT_KINDS = (
    "agree consult support concede cooperate aid retreat request accuse reject "
    "threaten protest sanction mobilize coerce assault other"
).split()

ACTOR = {"id": "wang-yi", "name": "Wang Yi", "kind": "person"}
EVENT = {"id": "e1", "description": "They met.", "kind": "consult", "evidence": "met"}
STANCE = {"holder": "wang-yi", "target": "the plan", "polarity": "oppose", "evidence": "no"}
SUMMARY = {"headline": "h", "summary": "s"}
MINIMAL = {
    ActorDraft: ACTOR,
    EventDraft: EVENT,
    StanceDraft: STANCE,
    SummaryDraft: SUMMARY,
    Actor: ACTOR,
    Event: EVENT,
    Stance: STANCE,
    ArticleSummary: SUMMARY,
}


@pytest.mark.parametrize("model", list(CONTRACT_FIELDS), ids=lambda m: m.__name__)
def test_draft_fields_are_exactly_the_contracts(model):
    assert list(model.model_fields) == CONTRACT_FIELDS[model]


@pytest.mark.parametrize(
    ("output", "draft"),
    [(Actor, ActorDraft), (Event, EventDraft), (Stance, StanceDraft), (ArticleSummary, SummaryDraft)],
    ids=lambda m: m.__name__,
)
def test_output_models_keep_every_contract_field(output, draft):
    assert set(CONTRACT_FIELDS[draft]) <= set(output.model_fields)


def test_vocabularies_are_the_contracts():
    assert len(CONTRACT_EVENT_KINDS) == 17
    assert list(EVENT_KINDS) == CONTRACT_EVENT_KINDS
    assert sorted(ACTOR_KINDS) == ["group", "organisation", "person", "state"]
    assert sorted(POLARITIES) == ["neutral", "oppose", "support"]


@pytest.mark.parametrize(
    ("model", "field", "vocabulary"),
    [
        (EventDraft, "kind", CONTRACT_EVENT_KINDS),
        (ActorDraft, "kind", ["person", "organisation", "state", "group"]),
        (StanceDraft, "polarity", ["support", "oppose", "neutral"]),
    ],
)
def test_json_schema_enums_are_the_contracts(model, field, vocabulary):
    assert sorted(model.model_json_schema()["properties"][field]["enum"]) == sorted(vocabulary)


@pytest.mark.parametrize(
    ("model", "field", "bad"),
    [
        (EventDraft, "kind", "meet"),
        (EventDraft, "kind", "Consult"),
        (ActorDraft, "kind", "country"),
        (StanceDraft, "polarity", "against"),
    ],
)
def test_values_outside_a_vocabulary_are_rejected(model, field, bad):
    with pytest.raises(ValidationError, match=field):
        model.model_validate(MINIMAL[model] | {field: bad})


@pytest.mark.parametrize("model", list(MINIMAL), ids=lambda m: m.__name__)
def test_minimal_items_validate(model):
    model.model_validate(MINIMAL[model])


@pytest.mark.parametrize("model", list(MINIMAL), ids=lambda m: m.__name__)
def test_extra_fields_are_rejected(model):
    with pytest.raises(ValidationError, match="confidence"):
        model.model_validate(MINIMAL[model] | {"confidence": 0.9})


@pytest.mark.parametrize(
    ("model", "missing"),
    [(EventDraft, "evidence"), (StanceDraft, "evidence"), (StanceDraft, "holder"), (ActorDraft, "name")],
)
def test_required_fields_are_required(model, missing):
    data = {k: v for k, v in MINIMAL[model].items() if k != missing}
    with pytest.raises(ValidationError, match=missing):
        model.model_validate(data)


@pytest.mark.parametrize("model", list(CONTRACT_FIELDS), ids=lambda m: m.__name__)
def test_every_draft_field_has_its_docstring_as_description(model: type[BaseModel]):
    schema = model.model_json_schema()
    assert schema["description"] == model.__doc__
    for name, prop in schema["properties"].items():
        assert prop.get("description"), f"{model.__name__}.{name} has no description"
        assert prop["description"] == model.model_fields[name].description


DESCRIBED = (ActorDraft, EventDraft, StanceDraft, SummaryDraft, Actor, Event, Stance, ArticleSummary)


@pytest.mark.parametrize("model", [*DESCRIBED, Span, Rejection, Usage], ids=lambda m: m.__name__)
def test_the_descriptions_are_the_docstrings_pydantic_reads(model: type[BaseModel]):
    """schema.py reads the field docstrings itself (in one parse, for a faster start): the same
    descriptions as pydantic's ``use_attribute_docstrings``, inherited as it inherits them, and
    none on the models that never asked for them (Usage has docstrings for readers only)."""
    expected: dict[str, str] = {}
    for base in reversed(model.__mro__):
        if base in DESCRIBED:
            expected |= extract_docstrings_from_cls(base, use_inspect=True)
    described = {name: f.description for name, f in model.model_fields.items() if f.description is not None}
    assert described == {name: doc for name, doc in expected.items() if name in model.model_fields}
    assert model not in DESCRIBED or described


@pytest.mark.parametrize(
    ("model", "field", "words"),
    [
        (EventDraft, "evidence", "word for word"),
        (StanceDraft, "evidence", "word for word"),
        (ActorDraft, "id", "lowercase slug"),
        (EventDraft, "date", "ISO 8601"),
        (StanceDraft, "target", "actor id"),
    ],
)
def test_descriptions_carry_the_contracts_instructions(model, field, words):
    assert words in model.model_json_schema()["properties"][field]["description"]


def test_article_summary_schema_has_evidence_spans():
    defs = ArticleSummary.model_json_schema()["$defs"]
    for name in ("Event", "Stance"):
        assert "evidence_span" in defs[name]["properties"], name
    assert set(defs["Span"]["properties"]) == {"start", "end"}
    assert "evidence_span" not in SummaryDraft.model_json_schema()["$defs"]["EventDraft"]["properties"]


def test_negative_span_offsets_are_rejected():
    with pytest.raises(ValidationError):
        Event.model_validate(EVENT | {"evidence_span": {"start": -1, "end": 3}})


FIXTURE = {
    "id": "kazakhstan-csto-2022",
    "title": "CSTO troops to leave Kazakhstan",
    "published": "2022-01-11",
    "source": "hand-written for tests",
    "text": "Wang Yi met Tokayev. China backs the CSTO deployment.",
    "expected": {
        "headline": "Wang Yi meets Tokayev",
        "summary": "Wang Yi met Tokayev.",
        "actors": [
            {"id": "wang-yi", "name": "Wang Yi", "kind": "person", "role": None, "aliases": []},
            {"id": "tokayev", "name": "Tokayev", "kind": "person", "role": None, "aliases": []},
        ],
        "events": [
            {
                "id": "e1",
                "description": "Wang Yi met Tokayev.",
                "kind": "consult",
                "agents": ["wang-yi"],
                "targets": ["tokayev"],
                "date": None,
                "location": None,
                "evidence": "Wang Yi met Tokayev",
            }
        ],
        "stances": [
            {"holder": "wang-yi", "target": "CSTO deployment", "polarity": "support", "evidence": "China backs"}
        ],
    },
}


def test_fixture_parses():
    fixture = Fixture.model_validate(FIXTURE)
    assert fixture.expected.events[0].agents == ["wang-yi"]
    assert fixture.expected.events[0].evidence_span is None
    assert fixture.language == "en"


@pytest.mark.parametrize(
    "broken",
    [
        {k: v for k, v in FIXTURE.items() if k != "text"},
        FIXTURE | {"labels": {}},
        FIXTURE | {"expected": FIXTURE["expected"] | {"events": [{"id": "e1"}]}},
    ],
    ids=["no-text", "extra-key", "bad-event"],
)
def test_broken_fixtures_fail(broken):
    with pytest.raises(ValidationError):
        Fixture.model_validate(broken)


def test_a_malformed_publication_date_is_refused_by_the_python_api():
    from summariser import summarise
    from summariser.errors import InputError

    with pytest.raises(InputError, match="'not-a-date' is not an ISO date"):
        summarise("Police arrested 40 protesters.", model="baseline", published="not-a-date")
    assert summarise("Police arrested 40 protesters.", model="baseline", published="20240314").usage.calls == 0

"""An invented name or quote cannot validate against the per-article schema."""

import json

import pytest
from pydantic import ValidationError

from summariser.candidates import names, sentences
from summariser.constrained import MAX_ACTORS, MAX_EVENTS, MAX_STANCES, grounded_model
from summariser.grounding import Article, CheckedSummary

TEXT = (
    "GENEVA - Chinese Foreign Minister Wang Yi met Antony Blinken in Geneva on Monday.\n"
    '"We oppose the sanctions," Wang Yi said.\n'
    "Blinken rejected the proposal for a joint patrol.\n"
    "Sign up for our newsletter\n"
)
SENTENCES = [
    "GENEVA - Chinese Foreign Minister Wang Yi met Antony Blinken in Geneva on Monday.",
    '"We oppose the sanctions," Wang Yi said.',
    "Blinken rejected the proposal for a joint patrol.",
]


@pytest.fixture(scope="module")
def model():
    return grounded_model(TEXT)


@pytest.fixture(scope="module")
def schema(model):
    return model.model_json_schema()


def _payload(**changes):
    data = {
        "headline": "Wang Yi and Blinken meet in Geneva",
        "summary": "Wang Yi met Antony Blinken in Geneva, where he opposed sanctions.",
        "actors": [
            {"id": "wang-yi", "name": "Wang Yi", "kind": "person", "role": "Chinese Foreign Minister", "aliases": []},
            {"id": "antony-blinken", "name": "Antony Blinken", "kind": "person", "aliases": ["Blinken"]},
        ],
        "events": [
            {"id": "e1", "description": "Wang Yi met Blinken.", "kind": "consult", "agents": ["wang-yi"],
             "targets": ["antony-blinken"], "date": "2022-01-10", "location": "Geneva", "evidence": SENTENCES[0]},
            {"id": "e2", "description": "Blinken rejected a joint patrol.", "kind": "reject",
             "agents": ["antony-blinken"], "evidence": SENTENCES[2]},
        ],
        "stances": [
            {"holder": "wang-yi", "target": "the sanctions", "polarity": "oppose", "evidence": SENTENCES[1]},
        ],
    }
    for path, value in changes.items():
        field, index, key = path.split("__")
        data[field][int(index)] = data[field][int(index)] | {key: value}
    return data


def test_the_evidence_enum_is_the_articles_sentences(schema):
    defs = schema["$defs"]
    assert defs["Event"]["properties"]["evidence"]["enum"] == SENTENCES
    assert defs["Stance"]["properties"]["evidence"]["enum"] == SENTENCES
    assert [s.text for s in sentences(TEXT)] == SENTENCES  # furniture left out


def test_names_and_ids_are_enums_of_the_articles_names(schema):
    actor = schema["$defs"]["Actor"]["properties"]
    found = names(TEXT)
    assert {"Wang Yi", "Antony Blinken", "Blinken"} <= set(found)
    assert actor["name"]["enum"] == found
    assert actor["aliases"]["items"]["enum"] == found
    assert {"wang-yi", "antony-blinken", "blinken"} <= set(actor["id"]["enum"])
    for ref in (schema["$defs"]["Event"]["properties"]["agents"]["items"],
                schema["$defs"]["Event"]["properties"]["targets"]["items"],
                schema["$defs"]["Stance"]["properties"]["holder"]):
        assert ref["enum"] == actor["id"]["enum"]


def test_lists_and_strings_are_bounded(schema):
    props, defs = schema["properties"], schema["$defs"]
    assert props["actors"]["maxItems"] == MAX_ACTORS
    assert props["events"]["maxItems"] == MAX_EVENTS
    assert props["stances"]["maxItems"] == MAX_STANCES
    assert props["headline"]["maxLength"] == 120
    assert defs["Actor"]["properties"]["aliases"]["maxItems"] == 3
    assert defs["Event"]["properties"]["agents"]["maxItems"] == 3
    assert defs["Event"]["properties"]["description"]["maxLength"] == 200
    assert defs["Stance"]["properties"]["target"]["maxLength"] == 80
    for name in ("Actor", "Event", "Stance"):
        assert defs[name]["additionalProperties"] is False


def test_the_schema_is_plain_json(schema):
    assert json.loads(json.dumps(schema)) == schema


def test_the_articles_own_sentences_and_names_validate(model):
    summary = model.model_validate(_payload(), context={"article": Article(TEXT)})
    assert isinstance(summary, CheckedSummary)
    assert summary.events[0].evidence == SENTENCES[0]
    assert summary.actors[1].aliases == ["Blinken"]


# (name, changes to the good payload, field path named in the error)
INVENTED = [
    ("invented-name", {"actors__0__name": "Xi Jinping"}, "actors.0.name"),
    ("name-in-other-case", {"actors__0__name": "wang yi"}, "actors.0.name"),
    ("invented-alias", {"actors__1__aliases": ["Tony"]}, "actors.1.aliases.0"),
    ("invented-id", {"actors__0__id": "xi-jinping"}, "actors.0.id"),
    ("invented-agent", {"events__0__agents": ["putin"]}, "events.0.agents.0"),
    ("invented-holder", {"stances__0__holder": "russia"}, "stances.0.holder"),
    ("invented-quote", {"stances__0__evidence": '"We support the sanctions," Wang Yi said.'}, "stances.0.evidence"),
    ("paraphrased-evidence", {"events__1__evidence": "Blinken rejected the joint patrol."}, "events.1.evidence"),
    ("evidence-from-furniture", {"events__1__evidence": "Sign up for our newsletter"}, "events.1.evidence"),
    ("part-of-a-sentence", {"events__1__evidence": "Blinken rejected the proposal"}, "events.1.evidence"),
    ("too-long-headline", {}, "headline"),
    ("extra-field", {"events__0__confidence": 0.9}, "events.0.confidence"),
]


@pytest.mark.parametrize(("changes", "where"), [c[1:] for c in INVENTED], ids=[c[0] for c in INVENTED])
@pytest.mark.parametrize("context", [None, "article"])
def test_an_invented_name_or_quote_cannot_validate(model, changes, where, context):
    data = _payload(**changes)
    if where == "headline":
        data["headline"] = "x" * 121
    ctx = {"article": Article(TEXT)} if context else None
    with pytest.raises(ValidationError) as raised:
        model.model_validate(data, context=ctx)
    locations = {".".join(str(p) for p in e["loc"]) for e in raised.value.errors()}
    assert where in locations


def test_too_many_items_cannot_validate(model):
    data = _payload()
    data["events"] = [data["events"][1] | {"id": f"e{i}"} for i in range(MAX_EVENTS + 1)]
    with pytest.raises(ValidationError, match="events"):
        model.model_validate(data)


def test_an_enum_valid_id_that_is_not_an_actor_fails_with_the_article(model):
    # `blinken` is an allowed slug, but no actor of this payload has it
    data = _payload(events__1__agents=["blinken"], stances__0__holder="blinken")
    model.model_validate(data)  # the schema alone allows it
    with pytest.raises(ValidationError, match="stances\\[0\\].holder: 'blinken' is not the id of an actor"):
        model.model_validate(data, context={"article": Article(TEXT)})


def test_an_article_without_sentences_or_names_still_gives_a_model():
    text = "no capitals here"
    schema = grounded_model(text).model_json_schema()
    event = schema["$defs"]["Event"]["properties"]["evidence"]
    assert event.get("enum", [event.get("const")]) == ["no capitals here"]
    name = schema["$defs"]["Actor"]["properties"]["name"]
    assert name.get("enum", [name.get("const")]) == ["unknown"]

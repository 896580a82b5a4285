"""Grounded extraction's schemas: an invented name, quote or sentence cannot validate."""

import asyncio
import json

import pytest
from pydantic import ValidationError

from summariser.strategies.grounded import (
    MAX_ACTORS, MAX_EVENTS, MAX_STANCES, OTHER, Choices, actors_model, events_model, extract, messages, to_draft,
)
from summariser.evidence import Article
from summariser.grounding import ground
from summariser.strategies import Part

TEXT = (
    "GENEVA - Chinese Foreign Minister Wang Yi met Antony Blinken in Geneva on Monday, officials said.\n\n"
    '"We oppose the sanctions on our companies," Wang Yi said.\n\n'
    "Blinken rejected the proposal for a joint patrol.\n\n"
    "Sign up for our newsletter\n"
)
SENTENCES = [
    "Chinese Foreign Minister Wang Yi met Antony Blinken in Geneva on Monday, officials said.",
    '"We oppose the sanctions on our companies," Wang Yi said.',
    "Blinken rejected the proposal for a joint patrol.",
]


@pytest.fixture(scope="module")
def choices():
    return Choices.of(TEXT)


def _enum(prop: dict) -> list:
    return prop.get("enum", [prop.get("const")])


def test_the_choices_are_the_articles_sentences_and_names(choices):
    assert [s.text for s in choices.sentences] == SENTENCES  # dateline and furniture left out
    assert all(TEXT[s.start : s.end] == s.text for s in choices.sentences)
    assert choices.numbers == ["S1", "S2", "S3"]
    assert {"Wang Yi", "Antony Blinken"} <= set(choices.names)


def test_actor_names_are_an_enum_of_the_candidates(choices):
    schema = actors_model(choices).model_json_schema()
    actor = schema["$defs"]["Actor"]
    assert _enum(actor["properties"]["name"]) == choices.names
    assert schema["properties"]["actors"]["maxItems"] == MAX_ACTORS
    assert actor["additionalProperties"] is False


def test_evidence_is_a_sentence_number_and_names_are_the_chosen_actors(choices):
    schema = events_model(choices, ["Wang Yi", "Antony Blinken"]).model_json_schema()
    event, stance = schema["$defs"]["Event"]["properties"], schema["$defs"]["Stance"]["properties"]
    assert _enum(event["sentence"]) == _enum(stance["sentence"]) == ["S1", "S2", "S3"]
    for names in (event["agents"]["items"], event["targets"]["items"], stance["holder"]):
        assert _enum(names) == ["Wang Yi", "Antony Blinken"]
    assert _enum(stance["target"]) == ["Wang Yi", "Antony Blinken", OTHER]
    props = schema["properties"]
    assert (props["events"]["minItems"], props["events"]["maxItems"]) == (1, MAX_EVENTS)
    assert props["stances"]["maxItems"] == MAX_STANCES
    assert json.loads(json.dumps(schema)) == schema


GOOD_ACTORS = {"actors": [{"name": "Wang Yi", "kind": "person"}, {"name": "Antony Blinken", "kind": "person"}]}
GOOD_EVENTS = {
    "events": [
        {"sentence": "S1", "agents": ["Wang Yi"], "kind": "consult", "targets": ["Antony Blinken"]},
        {"sentence": "S3", "agents": ["Antony Blinken"], "kind": "reject", "targets": []},
    ],
    "stances": [{"sentence": "S2", "holder": "Wang Yi", "polarity": "oppose", "target": OTHER}],
}

# (name, which step, answer that must not validate, field path named in the error)
INVENTED = [
    ("invented-name", "actors", {"actors": [{"name": "Xi Jinping", "kind": "person"}]}, "actors.0.name"),
    ("name-in-other-case", "actors", {"actors": [{"name": "wang yi", "kind": "person"}]}, "actors.0.name"),
    ("unknown-kind", "actors", {"actors": [{"name": "Wang Yi", "kind": "minister"}]}, "actors.0.kind"),
    ("extra-field", "actors", {"actors": [{"name": "Wang Yi", "kind": "person", "role": "x"}]}, "actors.0.role"),
    ("too-many", "actors", {"actors": [{"name": "Wang Yi", "kind": "person"}] * (MAX_ACTORS + 1)}, "actors"),
    ("quote-as-evidence", "events", {"events": [{"sentence": SENTENCES[1], "kind": "reject"}]}, "events.0.sentence"),
    ("sentence-out-of-range", "events", {"events": [{"sentence": "S4", "kind": "reject"}]}, "events.0.sentence"),
    ("invented-agent", "events", {"events": [{"sentence": "S1", "kind": "consult", "agents": ["Putin"]}]}, "events.0.agents.0"),
    ("candidate-not-chosen", "events", {"events": [{"sentence": "S3", "kind": "reject", "agents": ["Blinken"]}]}, "events.0.agents.0"),
    ("invented-holder", "events", GOOD_EVENTS | {"stances": [{"sentence": "S2", "holder": "Russia", "polarity": "oppose", "target": OTHER}]}, "stances.0.holder"),
    ("free-text-target", "events", GOOD_EVENTS | {"stances": [{"sentence": "S2", "holder": "Wang Yi", "polarity": "oppose", "target": "the US"}]}, "stances.0.target"),
    ("no-events", "events", {"events": [], "stances": []}, "events"),
]


@pytest.mark.parametrize(("step", "answer", "where"), [c[1:] for c in INVENTED], ids=[c[0] for c in INVENTED])
def test_an_invented_value_cannot_validate(choices, step, answer, where):
    model = actors_model(choices) if step == "actors" else events_model(choices, ["Wang Yi", "Antony Blinken"])
    with pytest.raises(ValidationError) as raised:
        model.model_validate(answer)
    assert where in {".".join(str(p) for p in e["loc"]) for e in raised.value.errors()}


def _draft(choices, actors=GOOD_ACTORS, events=GOOD_EVENTS):
    chosen = [a["name"] for a in actors["actors"]]
    return to_draft(
        choices,
        actors_model(choices).model_validate(actors),
        events_model(choices, chosen).model_validate(events),
        "2022-01-12",
    )


def test_answers_become_a_grounded_draft(choices):
    draft = _draft(choices)
    assert [(a.id, a.name, a.kind) for a in draft.actors] == [
        ("wang-yi", "Wang Yi", "person"), ("antony-blinken", "Antony Blinken", "person")
    ]
    first, second = draft.events
    assert (first.agents, first.targets, first.kind, first.date) == (["wang-yi"], ["antony-blinken"], "consult", "2022-01-10")
    assert first.evidence == SENTENCES[0].rstrip(".")
    assert second.evidence == "Blinken rejected the proposal for a joint patrol"
    stance = draft.stances[0]
    assert (stance.holder, stance.polarity) == ("wang-yi", "oppose")
    assert stance.evidence == "We oppose the sanctions on our companies"  # the quote of the sentence
    result = ground(draft, TEXT)
    assert result.rejected == []
    for item in [*result.events, *result.stances]:
        assert TEXT[item.evidence_span.start : item.evidence_span.end] == item.evidence


def test_every_sentence_number_gives_a_verbatim_evidence(choices):
    for number in choices.numbers:
        events = {"events": [{"sentence": number, "kind": "other"}], "stances": [
            {"sentence": number, "holder": "Wang Yi", "polarity": "neutral", "target": OTHER}]}
        draft = _draft(choices, events=events)
        article = Article(TEXT)
        assert all(article.find(x.evidence) for x in [*draft.events, *draft.stances])


def test_repeated_answers_are_kept_once(choices):
    events = {"events": [GOOD_EVENTS["events"][0]] * 4, "stances": GOOD_EVENTS["stances"] * 3}
    draft = _draft(choices, events=events)
    assert len(draft.events) == 1 and len(draft.stances) == 1


def test_a_name_used_but_not_chosen_still_becomes_an_actor(choices):
    # with no actor chosen in step 1, step 2 may name any candidate; its actor is added
    draft = _draft(choices, actors={"actors": []})
    assert {a.name for a in draft.actors} == {"Wang Yi", "Antony Blinken"}
    assert ground(draft, TEXT).rejected == []


def test_extract_asks_for_actors_then_for_events_among_them(choices):
    asked = []

    async def ask(msgs, model, **overrides):
        asked.append((msgs, model.model_json_schema()))
        answer = GOOD_ACTORS if len(asked) == 1 else {
            "events": [{"sentence": "S3", "agents": ["Antony Blinken"], "kind": "reject"}], "stances": []}
        return model.model_validate(answer)

    draft = asyncio.run(extract(Part(TEXT, "2022-01-12"), ask))
    first, second = asked
    assert "S2: " + SENTENCES[1] in first[0][0]["content"]
    assert _enum(second[1]["$defs"]["Event"]["properties"]["agents"]["items"]) == ["Wang Yi", "Antony Blinken"]
    assert first[0][0]["content"].split("Task:")[0] in second[0][0]["content"]  # shared prefix: the server reuses it
    assert [e.agents for e in draft.events] == [["antony-blinken"]]


def test_the_prompt_is_the_numbered_article(choices):
    content = messages(choices, "actors", None)[0]["content"]
    for number, sentence in zip(choices.numbers, SENTENCES):
        assert f"{number}: {sentence}" in content
    assert "newsletter" not in content


def test_an_article_without_sentences_or_names_still_gives_models():
    choices = Choices.of("no")
    assert choices.numbers == ["S1"] and choices.names == ["unknown"]
    events_model(choices, []).model_json_schema()
    actors_model(choices).model_json_schema()


def test_the_evidence_is_narrowed_to_the_clause_with_the_action():
    text = "The city was quiet on Tuesday morning; police arrested 40 protesters outside parliament.\n"
    choices = Choices.of(text)
    found = events_model(choices, []).model_validate({"events": [{"sentence": "S1", "kind": "coerce"}]})
    draft = to_draft(choices, actors_model(choices).model_validate({"actors": []}), found, None)
    assert draft.events[0].evidence == "police arrested 40 protesters outside parliament"

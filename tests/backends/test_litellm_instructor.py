"""The real instructor + litellm wiring, offline, through litellm's mock responses."""

import json

import litellm
import pytest

from summariser import pipeline
from summariser.errors import ExtractionError

ARTICLE = (
    "GENEVA (Wire) - Foreign Minister Ana Ruiz met her Argentine counterpart Tomás Vidal on Monday. "
    "Vidal rejected Chile's proposal for a joint patrol."
)

GOOD = {
    "headline": "Chile and Argentina meet over fishing",
    "summary": "Ana Ruiz met Tomás Vidal. Vidal rejected a joint patrol.",
    "actors": [
        {"id": "ana-ruiz", "name": "Ana Ruiz", "kind": "person", "role": "Foreign Minister", "aliases": []},
        {"id": "tomas-vidal", "name": "Tomás Vidal", "kind": "person", "role": None, "aliases": ["Vidal"]},
    ],
    "events": [
        {"id": "e1", "description": "Ruiz met Vidal.", "kind": "consult", "agents": ["ana-ruiz"],
         "targets": ["tomas-vidal"], "date": None, "location": "GENEVA",
         "evidence": "Foreign Minister Ana Ruiz met her Argentine counterpart Tomás Vidal on Monday"},
    ],
    "stances": [
        {"holder": "tomas-vidal", "target": "a joint patrol", "polarity": "oppose",
         "evidence": "Vidal rejected Chile's proposal for a joint patrol."},
    ],
}
INVENTED = json.loads(json.dumps(GOOD))
INVENTED["events"][0]["evidence"] = "Ruiz and Vidal signed a historic fishing treaty"
INVENTED["actors"].append({"id": "songkrona", "name": "Songkrona", "kind": "person", "role": None, "aliases": []})


@pytest.fixture
def queue(monkeypatch):
    """Each model call takes the next queued answer; the requests are recorded."""
    answers, requests = [], []
    real = litellm.acompletion

    async def fake(**kwargs):
        requests.append(kwargs)
        answer = answers.pop(0)
        if kwargs.get("tools"):
            name = kwargs["tools"][0]["function"]["name"]
            call = {"type": "function", "id": f"call{len(requests)}", "function": {"name": name, "arguments": json.dumps(answer)}}
            return await real(**kwargs, mock_tool_calls=[call])
        return await real(**kwargs, mock_response=json.dumps(answer))

    monkeypatch.setattr(litellm, "acompletion", fake)
    return answers, requests


@pytest.mark.parametrize("mode", ["tools", "json_schema"])
def test_valid_answer_is_grounded_with_offsets(queue, mode):
    answers, requests = queue
    answers.append(GOOD)
    result = pipeline.summarise(ARTICLE, model="openai/gpt-4o-mini", mode=mode, strategy="free")
    assert len(requests) == 1
    assert ("tools" in requests[0]) == (mode == "tools")
    assert ("response_format" in requests[0]) == (mode == "json_schema")
    for item in [*result.events, *result.stances]:
        assert ARTICLE[item.evidence_span.start : item.evidence_span.end] == item.evidence
    assert result.rejected == []
    assert result.usage.calls == 1 and result.usage.retries == 0


def test_grounding_failure_is_reasked_with_a_precise_message(queue):
    answers, requests = queue
    answers.extend([INVENTED, GOOD])
    result = pipeline.summarise(ARTICLE, model="openai/gpt-4o-mini", strategy="free", max_retries=2)
    assert len(requests) == 2
    reask = json.dumps(requests[1]["messages"])
    assert "Songkrona" in reask and "does not occur in the article" in reask
    assert "not copied word for word" in reask
    assert [a.name for a in result.actors] == ["Ana Ruiz", "Tomás Vidal"]
    assert result.usage.calls == 2 and result.usage.retries == 1


def test_what_fails_after_retries_is_dropped_and_listed(queue):
    answers, requests = queue
    answers.extend([INVENTED] * 3)
    result = pipeline.summarise(ARTICLE, model="openai/gpt-4o-mini", strategy="free", max_retries=2)
    assert len(requests) == 3  # the first answer and two re-asks
    assert "Songkrona" not in result.model_dump_json(include={"actors", "events", "stances"})
    reasons = " ".join(r.reason for r in result.rejected)
    assert "Songkrona" in reasons and "not copied word for word" in reasons
    assert result.events == [] and len(result.stances) == 1
    assert result.usage.retries == 2


def test_unparseable_answers_give_one_line_error(queue):
    answers, _ = queue
    answers.extend([{"headline": 3}, {"nonsense": True}, {"nonsense": False}])
    with pytest.raises(ExtractionError) as info:
        pipeline.summarise(ARTICLE, model="openai/gpt-4o-mini", strategy="free", max_retries=2)
    assert "\n" not in str(info.value)


def test_grounded_strategy_sends_the_articles_own_values_as_enums(queue):
    answers, requests = queue
    answers.append({"actors": [{"name": "Tomás Vidal", "kind": "person"}]})
    answers.append({"events": [{"sentence": "S2", "agents": ["Tomás Vidal"], "kind": "reject"}], "stances": []})
    result = pipeline.summarise(ARTICLE, model="openai/x", api_base="http://127.0.0.1:9/v1", strategy="grounded")
    actors, events = (json.dumps(r["response_format"]) for r in requests)
    assert '"enum"' in actors and "Vidal" in actors
    assert '"S2"' in events and "Ana Ruiz" not in events  # names: only the actors chosen in step 1
    assert "S2: Vidal rejected Chile's proposal for a joint patrol." in requests[0]["messages"][-1]["content"]
    assert [(e.evidence, e.agents) for e in result.events] == [
        ("Vidal rejected Chile's proposal for a joint patrol", ["tomas-vidal"])
    ]


def test_async_validators_are_refused_on_every_call_though_the_check_is_remembered():
    import asyncio

    from instructor.v2.validation.async_validators import async_field_validator
    from pydantic import BaseModel

    from summariser.backends import llm
    from summariser.errors import ModelError

    class Slow(BaseModel):
        name: str

        @async_field_validator("name")
        async def check(self, value):
            return value

    target = llm.resolve("openai/x", "http://127.0.0.1:9/v1")
    for _ in range(2):
        with pytest.raises(ModelError, match="async validators"):
            asyncio.run(llm.structured(target, [{"role": "user", "content": "hi"}], Slow, context=None, meter=llm.Meter()))

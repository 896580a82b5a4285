"""Model-server faults, injected by the stub server: retries, backoff, timeouts, fallbacks, errors.

How the stack retries (`summariser.backends.retries`, called by llm.py; litellm's and the
openai SDK's own retries are off): a transient failure (408, 409, 429, 5xx, a lost
connection, a timeout) is retried twice, each time after the server's Retry-After
when it sends one, else after an exponential backoff; any other failure is not
retried. Then each fallback gets the same. So a model that keeps failing sees
at most 1 + 2 requests.
"""

from __future__ import annotations


import pytest

from summariser.testing.stub_server import Reply
from summariser import pipeline
from summariser.backends import llm
from summariser.errors import ExtractionError, ModelError

ARTICLE = (
    "GENEVA (Wire) - Foreign Minister Ana Ruiz met her Argentine counterpart Tomás Vidal on Monday. "
    "Vidal rejected Chile's proposal for a joint patrol."
)
MAX_REQUESTS = 1 + 2  # see the module docstring


def summarise(stub, **options):
    options.setdefault("strategy", "free")
    return pipeline.summarise(ARTICLE, model="openai/stub", api_base=stub.api_base, **options)


def one_line_error(info: pytest.ExceptionInfo) -> str:
    message = str(info.value)
    assert message and "\n" not in message and len(message) < 300, message
    assert "Traceback" not in message and "set_verbose" not in message
    return message


def test_the_default_answer_is_a_grounded_summary(stub):
    result = summarise(stub)
    assert stub.count == 1 and result.usage.calls == 1 and result.usage.retries == 0
    assert result.events and result.rejected == []
    span = result.events[0].evidence_span
    assert ARTICLE[span.start : span.end] == result.events[0].evidence


@pytest.mark.parametrize("seconds", [1, 2])
def test_429_waits_as_long_as_retry_after_says(stub, waits, seconds):
    stub.enqueue(Reply.error(429, "slow down", headers={"Retry-After": str(seconds)}))
    result = summarise(stub)
    assert result.events
    assert stub.count == 2
    assert waits == [seconds]  # the header's wait, not a backoff of our own


def test_every_retry_honours_retry_after(stub, waits):
    stub.always(Reply.error(429, headers={"Retry-After": "1"}))
    with pytest.raises(ModelError):
        summarise(stub)
    assert stub.count == MAX_REQUESTS
    assert waits == [1.0] * (MAX_REQUESTS - 1)


def test_retry_after_ms_is_honoured_too(stub, waits):
    stub.enqueue(Reply.error(503, headers={"retry-after-ms": "1200"}))
    assert summarise(stub).events
    assert waits == [1.2]


def test_without_retry_after_the_waits_grow(stub, waits):
    stub.always(Reply.error(500))
    with pytest.raises(ModelError):
        summarise(stub)
    first, second = waits
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0  # 0.5 s then 1 s, less up to a quarter


def test_a_retry_after_past_a_minute_fails_at_once(stub, waits):
    stub.always(Reply.error(429, headers={"Retry-After": "3600"}))
    with pytest.raises(ModelError) as info:
        summarise(stub)
    assert "rate limited" in one_line_error(info)
    assert stub.count == 1 and waits == []  # no wait was even asked for


@pytest.mark.parametrize("status", [400, 401, 404])
def test_an_error_that_cannot_pass_is_not_retried(stub, status):
    stub.always(Reply.error(status))
    with pytest.raises(ModelError):
        summarise(stub)
    assert stub.count == 1


FAULTS = {
    "500": Reply.error(500),
    "502": Reply.error(502),
    "503": Reply.error(503, headers={"Retry-After": "0"}),
    "dropped-connection": Reply(drop=True),
    "truncated-body": Reply(cut=25),
    "invalid-json-body": Reply(body="{not json at all"),
}


@pytest.mark.parametrize("fault", FAULTS.values(), ids=FAULTS.keys())
def test_a_passing_fault_is_retried(stub, fault):
    stub.enqueue(fault)
    result = summarise(stub)
    assert result.events and result.rejected == []
    assert stub.count == 2
    assert result.usage.calls == 1  # transport retries are not re-asks


ENDLESS = {
    "500": (Reply.error(500, "upstream exploded"), "the model server failed"),
    "503": (Reply.error(503, "overloaded"), "the model server failed"),
    "dropped-connection": (Reply(drop=True), "the model server failed"),
    "429": (Reply.error(429, headers={"Retry-After": "0.2"}), "rate limited"),
}


@pytest.mark.parametrize("fault,expected", ENDLESS.values(), ids=ENDLESS.keys())
def test_a_model_that_keeps_failing_gives_one_line(stub, fault, expected):
    stub.always(fault)
    with pytest.raises(ModelError) as info:
        summarise(stub)
    message = one_line_error(info)
    assert message.startswith("openai/stub: ") and expected in message
    assert 3 <= stub.count <= MAX_REQUESTS


def test_a_slow_answer_within_the_timeout_is_waited_for(stub):
    stub.enqueue(Reply(delay=0.5))
    assert summarise(stub, timeout=5).events
    assert stub.count == 1


def test_a_slow_answer_beyond_the_timeout_is_a_model_error(stub, waits):
    stub.always(Reply(delay=5))
    with pytest.raises(ModelError) as info:
        summarise(stub, timeout=0.5)
    assert "did not answer in time" in one_line_error(info)
    assert stub.api_base in str(info.value)
    # every attempt gave up at the timeout (a 5 s answer would have passed), then backed off
    assert stub.count == MAX_REQUESTS and len(waits) == MAX_REQUESTS - 1


def test_a_timeout_then_a_quick_answer_succeeds(stub):
    stub.enqueue(Reply(delay=5))
    assert summarise(stub, timeout=0.5).events
    assert stub.count == 2


def test_the_fallback_answers_when_the_primary_keeps_failing(stub, make_stub):
    stub.always(Reply.error(500))
    second = make_stub()
    fallback = {"model": "openai/stub2", "api_base": second.api_base}
    result = summarise(stub, fallbacks=[fallback])
    assert result.events and result.rejected == []
    assert 1 <= stub.count <= MAX_REQUESTS
    assert second.count == 1 and second.requests[0].body["model"] == "stub2"


def test_the_fallback_is_not_called_when_the_primary_answers(stub, make_stub):
    second = make_stub()
    result = summarise(stub, fallbacks=[{"model": "openai/stub2", "api_base": second.api_base}])
    assert stub.count == 1 and second.count == 0
    assert result.usage.model == "openai/stub"


def test_usage_names_the_fallback_that_answered(stub, make_stub):
    stub.always(Reply.error(503))
    second = make_stub()
    result = summarise(stub, fallbacks=[f"openai/stub2@{second.api_base}"])
    assert result.usage.model == "openai/stub2"
    assert result.usage.calls == 1 and result.usage.retries == 0  # the primary's transport retries are not re-asks


def test_primary_and_fallback_failing_give_one_line(stub, make_stub):
    stub.always(Reply.error(500))
    second = make_stub(Reply.error(503, "the fallback is down too"))
    with pytest.raises(ModelError) as info:
        summarise(stub, fallbacks=[{"model": "openai/stub2", "api_base": second.api_base}])
    message = one_line_error(info)
    assert message == "openai/stub and its fallbacks: the model server failed: the fallback is down too"
    assert second.count >= 1


def test_a_fallback_name_calls_its_own_provider_not_the_primarys_server():
    # litellm gives a fallback the primary's kwargs: a bare name would go to the primary's api_base.
    target = llm.resolve("openai/stub", "http://127.0.0.1:9/v1")
    named, given = llm._request(
        target, {"fallbacks": ["openai/gpt-4o-mini", {"model": "openai/b", "api_base": "http://127.0.0.1:8/v1"}]}
    )["fallbacks"]
    # nor the self-hosted primary's repetition penalty
    assert named == {"model": "openai/gpt-4o-mini", "api_base": None, "frequency_penalty": None}
    assert given == {"model": "openai/b", "api_base": "http://127.0.0.1:8/v1", "frequency_penalty": None}
    local = llm.Target("local", "openai/local", "http://127.0.0.1:7/v1", target.mode, local=True)
    (named,) = llm._request(local, {"fallbacks": ["openai/gpt-4o-mini"]})["fallbacks"]
    assert named == {"model": "openai/gpt-4o-mini", "api_base": None, "api_key": None, "extra_body": {}}


BAD_ANSWERS = {
    "truncated-json": '{"headline": "Ministers meet", "summary": "Ana Ruiz met',
    "not-json": "Sure! Here is the summary you asked for.",
    "breaks-the-schema": '{"headline": 3, "actors": "everyone"}',
    "invented-evidence": (
        '{"headline": "h", "summary": "s", "actors": [], "stances": [], "events": [{"id": "e1", '
        '"description": "d", "kind": "agree", "evidence": "Ruiz and Vidal signed a treaty"}]}'
    ),
}


@pytest.mark.parametrize("mode", ["json_schema", "tools"])
@pytest.mark.parametrize("answer", BAD_ANSWERS.values(), ids=BAD_ANSWERS.keys())
def test_an_invalid_answer_is_reasked(stub, answer, mode):
    stub.enqueue(Reply(content=answer))
    result = summarise(stub, mode=mode)
    assert result.events and result.rejected == []
    assert stub.count == 2 and result.usage.calls == 2 and result.usage.retries == 1
    reask = stub.requests[1].body["messages"]
    assert len(reask) > len(stub.requests[0].body["messages"])  # the error went back to the model


@pytest.mark.parametrize("answer", ["{\"headline\": 3}", '{"headline": "x", "summ'], ids=["schema", "truncated"])
def test_invalid_answers_until_retries_run_out_give_one_line(stub, answer):
    stub.always(Reply(content=answer))
    with pytest.raises(ExtractionError) as info:
        summarise(stub, max_retries=2)
    assert one_line_error(info).startswith("the model gave no valid summary")
    assert stub.count == 3


def test_the_cli_fallback_option_answers_when_the_primary_keeps_failing(stub, make_stub, tmp_path):
    from click.testing import CliRunner

    from summariser.cli import main

    stub.always(Reply.error(500, "primary down"))
    second = make_stub()
    article = tmp_path / "a.txt"
    article.write_text("Finance Minister Ana Ruiz said on Monday that the budget would pass.\n", encoding="utf-8")
    args = ["summarise", str(article), "--model", "openai/stub", "--api-base", stub.api_base,
            "--strategy", "free", "--fallback", f"openai/stub2@{second.api_base}"]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert second.requests and '"headline"' in result.output

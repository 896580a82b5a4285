"""A server the user runs (llama.cpp, vLLM, Ollama) works as the README's recipes say."""

from __future__ import annotations

import pytest

from summariser import pipeline
from summariser.errors import ModelError

ARTICLE = (
    "Foreign Minister Ana Ruiz of Chile met her Argentine counterpart, Tomas Vidal, in Geneva on Monday. "
    "Vidal rejected Chile's proposal for a joint patrol.\n"
)


def test_a_local_api_base_needs_no_api_key(stub, monkeypatch):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    summary = pipeline.summarise(ARTICLE, model="openai/any", api_base=stub.api_base, max_retries=0)
    assert summary.usage.calls == 1
    assert stub.requests[0].headers["authorization"] == "Bearer none"


def test_a_set_key_is_sent_as_given(stub, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-mine-0000")
    pipeline.summarise(ARTICLE, model="openai/any", api_base=stub.api_base, max_retries=0)
    assert stub.requests[0].headers["authorization"] == "Bearer sk-mine-0000"


def test_every_self_hosted_request_has_an_output_bound_and_a_repetition_stop(stub, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-stub-0000")
    pipeline.summarise(ARTICLE, model="openai/any", api_base=stub.api_base, max_retries=0)
    body = stub.requests[0].body
    assert body["max_tokens"] == pipeline.MIN_ANSWER_TOKENS  # a short article: the floor of the bound
    assert body["frequency_penalty"] > 0


def test_the_output_bound_grows_with_the_article_up_to_a_cap():
    from summariser.options import Options

    opts = Options(model="openai/any")
    short, long = pipeline.answer_bound(opts, "word " * 100), pipeline.answer_bound(opts, "word " * 20_000)
    assert short == pipeline.MIN_ANSWER_TOKENS and long == pipeline.MAX_ANSWER_TOKENS
    assert pipeline.MIN_ANSWER_TOKENS < pipeline.answer_bound(opts, "word " * 3000) < pipeline.MAX_ANSWER_TOKENS
    assert pipeline.answer_bound(Options(model="openai/any", max_tokens=77), "word " * 3000) == 77


@pytest.mark.parametrize("model", ["hosted_vllm/meta-llama/Llama-3.1-8B-Instruct", "openai/any"])
def test_an_unreachable_server_is_one_clean_line(model, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-stub-0000")
    with pytest.raises(ModelError) as info:
        pipeline.summarise(ARTICLE, model=model, api_base="http://127.0.0.1:9/v1", max_retries=0, timeout=5)
    message = str(info.value)
    assert message == f"{model}: cannot reach the model server at http://127.0.0.1:9/v1"
    assert "object at 0x" not in message


def test_vllm_without_an_address_is_told_so_before_any_call(monkeypatch):
    monkeypatch.delenv("HOSTED_VLLM_API_BASE", raising=False)
    with pytest.raises(ModelError, match="needs its address: give --api-base"):
        pipeline.summarise(ARTICLE, model="hosted_vllm/m")

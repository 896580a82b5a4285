"""The pipeline's own overhead: one summary against one raw HTTP request.

Both send the same messages and the same JSON schema to the same in-process
llama.cpp server (strategy `free`: one call, no re-ask), alternately, after
a warm-up; the ratio of medians is printed. Target: at most 1.10.
Run: uv run python bench/overhead.py
"""

import statistics
import sys
import time
from pathlib import Path

import httpx

from summariser import pipeline
from summariser.backends import llm

ROUNDS = 5


def _captured_request(text: str) -> tuple[str, dict]:
    """The URL and exact JSON body litellm sends for one summary (a pre-call logger sees it)."""
    from litellm.integrations.custom_logger import CustomLogger

    seen: list[dict] = []

    class Spy(CustomLogger):
        def log_pre_api_call(self, model, messages, kwargs):
            seen.append(kwargs.get("additional_args", {}))

    llm.litellm.callbacks.append(spy := Spy())
    try:
        pipeline.summarise(text, strategy="free", max_retries=0)
    finally:
        llm.litellm.callbacks.remove(spy)
    body = dict(seen[0]["complete_input_dict"])
    body |= body.pop("extra_body", {})  # the OpenAI SDK merges it into the JSON it sends
    base = str(seen[0]["api_base"].geturl() if hasattr(seen[0]["api_base"], "geturl") else seen[0]["api_base"]).rstrip("/")
    return (base if base.endswith("/chat/completions") else base + "/chat/completions"), body


def main() -> None:
    text = Path(sys.argv[1] if len(sys.argv) > 1 else "examples/article.txt").read_text()
    url, body = _captured_request(text)  # also the warm-up: server started, prompt cached
    ours, raw = [], []  # (seconds, completion tokens)
    for _ in range(ROUNDS):
        start = time.perf_counter()
        summary = pipeline.summarise(text, strategy="free", max_retries=0)
        ours.append((time.perf_counter() - start, summary.usage.completion_tokens))
        start = time.perf_counter()
        reply = httpx.post(url, json=body, timeout=600).json()
        raw.append((time.perf_counter() - start, reply["usage"]["completion_tokens"]))
    # llama.cpp's prompt cache can change greedy decoding slightly between calls, so the
    # answers may differ in length: the per-token ratio is the like-for-like figure
    o, r = statistics.median(t for t, _ in ours), statistics.median(t for t, _ in raw)
    o_tok = statistics.median(t / max(n, 1) for t, n in ours)
    r_tok = statistics.median(t / max(n, 1) for t, n in raw)
    print(f"completion tokens per call: pipeline {[n for _, n in ours]}, raw {[n for _, n in raw]}")
    print(f"raw HTTP request   median {r:6.2f} s, {r_tok * 1000:6.1f} ms per completion token")
    print(f"pipeline summary   median {o:6.2f} s, {o_tok * 1000:6.1f} ms per completion token")
    print(f"ratio pipeline / raw: {o / r:.3f} wall, {o_tok / r_tok:.3f} per token  (target <= 1.10)")


if __name__ == "__main__":
    main()

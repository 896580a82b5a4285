"""The pipeline's own overhead: one summary against one raw HTTP request.

Both send the same messages and the same JSON schema to the same in-process
llama.cpp server (strategy `grounded`, one call, no re-ask), alternately, after
a warm-up; the ratio of medians is printed. Target: at most 1.10.
Run: uv run python bench/overhead.py
"""

import statistics
import sys
import time
from pathlib import Path

import httpx

from summariser import llm, pipeline

ROUNDS = 5


def _captured_request(text: str) -> dict:
    """The exact request body the pipeline sends, caught on its way to litellm."""
    seen: list[dict] = []
    real = llm.litellm.acompletion

    async def spy(**kwargs):
        seen.append(kwargs)
        return await real(**kwargs)

    llm.litellm.acompletion = spy
    try:
        pipeline.summarise(text, strategy="grounded", max_retries=0)
    finally:
        llm.litellm.acompletion = real
    return seen[0]


def main() -> None:
    text = Path(sys.argv[1] if len(sys.argv) > 1 else "examples/article.txt").read_text()
    request = _captured_request(text)  # also the warm-up: server started, prompt cached
    body = {k: request[k] for k in ("messages", "response_format", "temperature", "seed", "max_tokens") if k in request}
    body |= request.get("extra_body", {})
    url = request["api_base"] + "/chat/completions"
    ours, raw = [], []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        summary = pipeline.summarise(text, strategy="grounded", max_retries=0)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        reply = httpx.post(url, json=body, timeout=600).json()
        raw.append(time.perf_counter() - start)
    o, r = statistics.median(ours), statistics.median(raw)
    print(f"completion tokens: pipeline {summary.usage.completion_tokens}, raw {reply['usage']['completion_tokens']}")
    print(f"raw HTTP request   median {r:6.2f} s")
    print(f"pipeline summary   median {o:6.2f} s")
    print(f"ratio pipeline / raw: {o / r:.3f}  (target <= 1.10)")


if __name__ == "__main__":
    main()

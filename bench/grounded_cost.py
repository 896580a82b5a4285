"""What each grounding restriction of the `grounded` strategy costs in latency, in one run.

    uv run python bench/grounded_cost.py [N_ARTICLES]

Runs the grounded strategy's two calls on the embedded model over the first N
fixtures (default 4), each article under three schemas, interleaved so machine
noise hits all of them:

* enums: names an enum of the article's candidates, evidence an enum of sentence numbers;
* names free: evidence still an enum, names (and ids) any string;
* all free: plain strings everywhere (what the model writes may not be grounded).

Prints seconds and completion tokens per setting and the ratio to `all free`.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Literal

from summariser.backends import llm
from summariser.options import Options
from summariser.pipeline import _call_options
from summariser.strategies import Part
from summariser.strategies import grounded as constrained

ROOT = Path(__file__).resolve().parent.parent


def _free(keep_numbers: bool):
    """``constrained._literal`` that leaves names (and, unless ``keep_numbers``, numbers) unconstrained."""

    def literal(values: list[str]):
        numbers = all(v.startswith("S") and v[1:].isdigit() for v in values)
        return Literal[tuple(values)] if keep_numbers and numbers else str  # type: ignore[valid-type]

    return literal


SETTINGS = {"enums": constrained._literal, "names free": _free(True), "all free": _free(False)}


async def _one(target, text: str, published: str | None) -> tuple[float, int]:
    meter = llm.Meter()
    ask = llm.Asker(target, meter, _call_options(Options(model="local"), text), asyncio.Semaphore(1))
    start = time.perf_counter()
    try:
        await constrained.extract(Part(text, published), ask)
    except Exception as exc:  # a free-text answer that breaks the draft still costs its time
        print(f"  ({type(exc).__name__}: {str(exc)[:80]})")
    return time.perf_counter() - start, meter.completion_tokens


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    fixtures = [json.loads(p.read_text()) for p in sorted((ROOT / "fixtures" / "invented").glob("*.json"))[:n]]
    target = llm.resolve("local")
    totals = {name: [0.0, 0] for name in SETTINGS}
    for f in fixtures:
        for name, literal in SETTINGS.items():
            constrained._literal = literal
            seconds, tokens = asyncio.run(_one(target, f["text"], f.get("published")))
            totals[name][0] += seconds
            totals[name][1] += tokens
            print(f"{f['id'][:32]:32} {name:11} {seconds:6.1f} s {tokens:5} tokens")
    base = totals["all free"][0]
    for name, (seconds, tokens) in totals.items():
        print(f"{name:11}: {seconds:7.1f} s, {tokens} tokens, {seconds / base:.2f}x the time of all free")


if __name__ == "__main__":
    main()

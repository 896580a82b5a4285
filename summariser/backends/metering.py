"""What one summary cost: calls, tokens, money, retries, and which model answered."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Meter:
    """Usage summed over every model call made for one summary."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = 0.0
    retries: int = 0
    queue_s: float = 0.0
    """Time calls waited for our own concurrency gate before they were sent."""
    started: float = field(default_factory=time.perf_counter)
    answered_by: list[str] = field(default_factory=list)  # per call: the model, or the fallback, that answered

    @property
    def model(self) -> str:
        """The models that answered, in order of first answer: a fallback names itself."""
        return ", ".join(dict.fromkeys(self.answered_by))

    def record(self, response: Any, model: str, free: bool) -> None:
        self.calls += 1
        self.answered_by.append(model)
        usage = getattr(response, "usage", None)
        self.prompt_tokens += getattr(usage, "prompt_tokens", 0) or 0
        self.completion_tokens += getattr(usage, "completion_tokens", 0) or 0
        if free or self.cost_usd is None:
            return
        # litellm prices every answer as it arrives; None when it has no price for the model
        cost = (getattr(response, "_hidden_params", None) or {}).get("response_cost")
        self.cost_usd = None if cost is None else self.cost_usd + cost

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
    """Time this summary was held up by our own concurrency gate: some call of it waiting and
    none in flight (its own calls following each other are its latency, not queue)."""
    waiting: int = 0
    in_flight: int = 0
    blocked_since: float | None = None
    started: float = field(default_factory=time.perf_counter)
    answered_by: list[str] = field(default_factory=list)  # per call: the model, or the fallback, that answered

    @property
    def model(self) -> str:
        """The models that answered, in order of first answer: a fallback names itself."""
        return ", ".join(dict.fromkeys(self.answered_by))

    def wait(self, now: float) -> None:
        """A call starts waiting for the gate."""
        self.waiting += 1
        self._update(now)

    def send(self, now: float) -> None:
        """A call passed the gate."""
        self.waiting -= 1
        self.in_flight += 1
        self._update(now)

    def done(self, now: float) -> None:
        """A call came back (or failed)."""
        self.in_flight -= 1
        self._update(now)

    def _update(self, now: float) -> None:
        blocked = self.waiting > 0 and self.in_flight == 0
        if blocked and self.blocked_since is None:
            self.blocked_since = now
        elif not blocked and self.blocked_since is not None:
            self.queue_s += now - self.blocked_since
            self.blocked_since = None

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

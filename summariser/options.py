"""Every per-call option of a summary, validated once, and its fingerprint.

The CLI declares its options from the names and bounds here, and the Python API
validates the same way, so `summarise --temperature 3` and
``summarise(text, temperature=3)`` fail with the same message. Stdlib only:
`--help` imports this module.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime

from summariser.errors import InputError

MODES = ("tools", "tools_strict", "json_schema", "json", "md_json")
"""Instructor modes: how a model is asked for JSON."""

STRATEGIES = ("free", "grounded", "decomposed", "rules")
"""Extraction strategies: one free pass, one pass restricted to the article's own values,
or rules that propose and a model that decides (see README, "Choosing a strategy")."""
CALL_FREE_STRATEGIES = ("rules",)
"""The strategies that never call their model."""

RULES_MODEL = "baseline"
"""The model name that runs the rules alone, with no language model (instant, offline)."""

LOCAL_CHUNK_TOKENS = 1000  # SmolLM2 degrades fast on long inputs; its window is 8k
HOSTED_CHUNK_TOKENS = 12000
TEMPERATURE_RANGE = (0.0, 2.0)


def default_model() -> str:
    """``$SUMMARISER_MODEL``, else the embedded model."""
    return os.environ.get("SUMMARISER_MODEL") or "local"


def is_local(model: str) -> bool:
    """Whether a model string names the embedded server (``local`` or ``local:PATH.gguf``)."""
    return model == "local" or model.startswith("local:")


def iso_date(value: str | None, what: str = "published") -> str | None:
    """The day of an ISO 8601 date or timestamp (``2024-03-14``, ``20240314``,
    ``2024-03-14T09:30:00Z``), or None; anything else is an `InputError`."""
    if value is None:
        return None
    text = str(value).strip()
    for parse in (date.fromisoformat, lambda t: datetime.fromisoformat(t).date()):
        try:
            return parse(text).isoformat()
        except ValueError:
            continue
    raise InputError(f"{what}: '{value}' is not an ISO date such as 2024-03-14")


def _one_or_several(api_base: str | list[str] | tuple[str, ...] | None) -> str | tuple[str, ...] | None:
    """One server as a string, several as a tuple (without repeats), none as None."""
    if api_base is None or isinstance(api_base, str):
        return api_base or None
    urls = tuple(dict.fromkeys(str(url) for url in api_base if url))
    if not urls:
        return None
    return urls[0] if len(urls) == 1 else urls


@dataclass(frozen=True)
class Options:
    """Everything that decides how a summary is made; invalid values raise `InputError`."""

    model: str = field(default_factory=default_model)
    api_base: str | tuple[str, ...] | None = None
    """A server's base URL, or several servers of the same model (requests spread over them)."""
    mode: str | None = None
    strategy: str | None = None
    max_retries: int = 2
    temperature: float = 0.0
    seed: int | None = 0
    max_tokens: int | None = None
    timeout: float = 300.0
    chunk_tokens: int | None = None
    fallbacks: tuple[str, ...] = ()
    per_endpoint: int | None = None
    """Requests in flight at once on each server, over every summary in this process; None: no bound."""
    prompts: str | None = None
    """A folder of templates that replace those of the same name in ``prompts/``."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "fallbacks", tuple(self.fallbacks or ()))
        object.__setattr__(self, "api_base", _one_or_several(self.api_base))
        for problem in self._problems():
            raise InputError(problem)

    def _problems(self):
        if not self.model:
            yield "the model name is empty"
        if self.strategy is not None and self.strategy not in STRATEGIES:
            yield f"unknown strategy '{self.strategy}': choose one of {', '.join(STRATEGIES)}"
        if self.mode is not None and self.mode not in MODES:
            yield f"unknown mode '{self.mode}': choose one of {', '.join(MODES)}"
        if self.api_base and (is_local(self.model) or self.model == RULES_MODEL):
            yield (f"--api-base does not apply to '{self.model}', which runs in this process; "
                   "give the server's model too, e.g. --model openai/any --api-base URL")
        if self.model == RULES_MODEL and (self.strategy or self.mode or self.fallbacks or self.prompts):
            yield (f"'{RULES_MODEL}' (rules alone) takes no strategy, mode, fallback or prompts: "
                   "it calls no language model")
        low, high = TEMPERATURE_RANGE
        if not low <= self.temperature <= high:
            yield f"temperature {self.temperature} is outside {low:g}..{high:g}"
        if self.max_retries < 0:
            yield "max_retries must be 0 or more"
        if self.max_tokens is not None and self.max_tokens < 1:
            yield "max_tokens must be 1 or more"
        if self.timeout <= 0:
            yield "timeout must be more than 0 seconds"
        if self.chunk_tokens is not None and self.chunk_tokens < 50:
            yield "chunk_tokens must be 50 or more"
        if self.per_endpoint is not None and self.per_endpoint < 1:
            yield "per_endpoint must be 1 or more"
        if self.per_endpoint is not None and not self.api_base:
            yield "a bound per endpoint needs the servers it bounds: give --api-base URL (repeatable)"
        if self.prompts is not None and self.model != RULES_MODEL:
            from summariser.prompting import overlay  # not at the top: jinja2 and the schema, kept off --help

            try:
                overlay(self.prompts)
            except InputError as e:
                yield str(e)

    @classmethod
    def names(cls) -> tuple[str, ...]:
        """The option names, as keyword arguments of `summarise` and CLI options."""
        return tuple(f.name for f in fields(cls))

    @property
    def is_local(self) -> bool:
        return is_local(self.model)

    @property
    def api_bases(self) -> tuple[str, ...]:
        """Every server given, in order (none for a hosted API or the embedded model)."""
        if not self.api_base:
            return ()
        return (self.api_base,) if isinstance(self.api_base, str) else self.api_base

    @property
    def budget(self) -> int:
        """Article tokens per model call."""
        return self.chunk_tokens or (LOCAL_CHUNK_TOKENS if self.is_local else HOSTED_CHUNK_TOKENS)

    @property
    def resolved_strategy(self) -> str:
        """The strategy asked for, else the model's default: the rules alone for the embedded
        model (its one question in `decomposed` was measured to make summaries worse, see
        README), free for every other model."""
        return self.strategy or ("rules" if self.is_local else "free")

    @property
    def calls_model(self) -> bool:
        """False for the rules alone (`baseline`) and the `rules` strategy: no call to await, no
        server to start (each strategy module says the same in `ASKS_MODEL`; tests keep them equal)."""
        return self.model != RULES_MODEL and self.resolved_strategy not in CALL_FREE_STRATEGIES

    def fingerprint(self, prompt_version: str, schema_hash: str) -> dict:
        """What changes the answer: every option but the timeout, the prompts and the schema.

        The prompts count by ``prompt_version``, the hash of the templates used, not by
        the folder they came from: a variant moved elsewhere keeps its cache entries.
        """
        data = asdict(self)
        data.pop("timeout")
        data.pop("per_endpoint")  # how requests are spread over servers does not change an answer
        data.pop("prompts")
        data["fallbacks"] = list(self.fallbacks)
        if isinstance(self.api_base, tuple):
            data["api_base"] = list(self.api_base)
        data["strategy"] = self.resolved_strategy
        return data | {"prompt_version": prompt_version, "schema_hash": schema_hash}

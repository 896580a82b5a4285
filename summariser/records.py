"""The summary's output models (`summariser.schema`) as plain records, for code that builds
them itself and has nothing to validate: the rules.

A rules-only command spent about a third of its work loading pydantic and building the
models' validators and serializers, to check values the rules' own code had just made
and to write them out. A record has the same fields, defaults and JSON (`model_dump_json`
gives pydantic's bytes: tests/core/test_records.py compares them over every fixture);
`validated()` turns it into the contract's model, which is what `rules_summary` and
`summarise` hand to everyone else. Whatever a model returns is still validated by pydantic.

Imports only the standard library.
"""

from __future__ import annotations

import json
import math
from typing import Any, ClassVar


class Record:
    """Fields by keyword, as a pydantic model takes them; an unknown or missing field is an
    error, as with ``extra="forbid"``; nothing else is checked."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[str, ...]] = ()
    DEFAULTS: ClassVar[dict[str, Any]] = {}
    """Each optional field's default; ``list`` stands for a new empty list."""

    def __init__(self, **values: Any):
        for name in self.FIELDS:
            if name in values:
                setattr(self, name, values.pop(name))
            elif name in self.DEFAULTS:
                default = self.DEFAULTS[name]
                setattr(self, name, [] if default is list else default)
            else:
                raise TypeError(f"{type(self).__name__}: field {name!r} is required")
        if values:
            raise TypeError(f"{type(self).__name__}: unknown field(s) {', '.join(sorted(values))}")

    def model_copy(self, update: dict[str, Any] | None = None) -> Record:
        """A shallow copy with ``update``'s fields replaced, as pydantic's (not validated either)."""
        copy = object.__new__(type(self))
        for name in self.FIELDS:
            setattr(copy, name, getattr(self, name))
        for name, value in (update or {}).items():
            setattr(copy, name, value)
        return copy

    def model_dump(self) -> dict[str, Any]:
        """The fields as plain data (records inside become dicts), in the models' field order."""
        return {name: _plain(getattr(self, name)) for name in self.FIELDS}

    def model_dump_json(self, exclude_none: bool = False) -> str:
        """The model's ``model_dump_json()``, byte for byte: compact, non-ASCII kept, pydantic's floats."""
        if exclude_none:
            raise NotImplementedError("records dump every field, nulls included")
        return _json(self.model_dump())

    def validated(self) -> Any:
        """The contract's model of the same values (`summariser.schema`), validated by pydantic."""
        from summariser import schema

        return getattr(schema, type(self).__name__).model_validate(self.model_dump())

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and all(getattr(self, n) == getattr(other, n) for n in self.FIELDS)

    __hash__ = None  # type: ignore[assignment] (mutable, as pydantic's models)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{n}={getattr(self, n)!r}' for n in self.FIELDS)})"


class Span(Record):
    __slots__ = FIELDS = ("start", "end")


class Actor(Record):
    __slots__ = FIELDS = ("id", "name", "kind", "role", "aliases")
    DEFAULTS = {"role": None, "aliases": list}


class Event(Record):
    __slots__ = FIELDS = ("id", "description", "kind", "agents", "targets", "date", "location", "evidence",
                          "evidence_span")
    DEFAULTS = {"agents": list, "targets": list, "date": None, "location": None, "evidence_span": None}


class Stance(Record):
    __slots__ = FIELDS = ("holder", "target", "polarity", "evidence", "evidence_span")
    DEFAULTS = {"evidence_span": None}


class Usage(Record):
    __slots__ = FIELDS = ("model", "prompt_tokens", "completion_tokens", "latency_s", "queue_s", "retries", "calls",
                          "cost_usd")
    DEFAULTS = {"model": "", "prompt_tokens": 0, "completion_tokens": 0, "latency_s": 0.0, "queue_s": 0.0,
                "retries": 0, "calls": 0, "cost_usd": None}


class ArticleSummary(Record):
    __slots__ = FIELDS = ("headline", "summary", "actors", "events", "stances", "rejected", "usage", "input")
    DEFAULTS = {"actors": list, "events": list, "stances": list, "rejected": list, "usage": None, "input": None}


def _plain(value: Any) -> Any:
    if isinstance(value, Record):
        return value.model_dump()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _json(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ",".join(f"{_string(str(k))}:{_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(_json(v) for v in value) + "]"
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, float):
        return _float(value)
    return json.dumps(value)  # int, bool, None


def _string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # escapes what pydantic's serializer escapes, the same way


def _float(x: float) -> str:
    """A float as pydantic writes it: ``repr``'s shortest digits, but NaN and infinities as
    null, plain digits down to 1e-5 (``0.00001``) and no zero padding in exponents (``1e-7``)."""
    if not math.isfinite(x):
        return "null"
    text = repr(x)
    if "e" not in text:
        return text
    mantissa, exponent = text.split("e")
    power = int(exponent)
    if power == -5:
        sign, digits = ("-", mantissa[1:]) if mantissa.startswith("-") else ("", mantissa)
        return f"{sign}0.0000{digits.replace('.', '')}"
    return f"{mantissa}e{'+' if power > 0 else '-'}{abs(power)}"

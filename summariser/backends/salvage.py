"""What can be kept of an answer that failed validation: the last completion, parsed leniently."""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import from_json

from summariser.errors import ExtractionError

T = TypeVar("T", bound=BaseModel)


def raw_output(completion: Any) -> str | None:
    """The JSON text a completion carries, in whichever mode it was asked."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError):
        return None
    calls = getattr(message, "tool_calls", None)
    if calls:
        return calls[0].function.arguments
    content = message.content or ""
    fenced = re.search(r"```(?:json)?\s*(.*?)```", content, re.DOTALL)
    return fenced.group(1) if fenced else content


def _trim_partial(value: Any) -> Any:
    """Drop the last, possibly cut-off, item of every list in a partially parsed answer."""
    if isinstance(value, dict):
        return {k: _trim_partial(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_trim_partial(v) for v in value[:-1]] if value else value
    return value


def salvage(completion: Any, response_model: type[T], why: str) -> T:
    """The last answer without context checks; a cut-off answer keeps its complete items."""
    text = raw_output(completion)
    if text:
        try:
            return response_model.model_validate_json(text)
        except ValidationError:
            pass
        try:
            return response_model.model_validate(_trim_partial(from_json(text, allow_partial=True)))
        except (ValidationError, ValueError):
            pass
    first = why.strip().splitlines()[0] if why.strip() else "no valid answer"
    raise ExtractionError(f"the model gave no valid summary: {first[:200]}")

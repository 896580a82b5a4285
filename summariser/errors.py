"""Errors a user can act on: each prints as one clear line, never a traceback."""

import os


class SummariserError(Exception):
    """Base of every error the CLI reports as one line with a non-zero exit code."""

    exit_code = 1


class InputError(SummariserError):
    """The article given cannot be read or is empty."""

    exit_code = 2


class ModelError(SummariserError):
    """The model could not be reached or refused the request."""

    exit_code = 3


class ExtractionError(SummariserError):
    """The model answered, but no valid summary could be made from its answers."""

    exit_code = 4


def _secrets() -> list[str]:
    return [v for k, v in os.environ.items() if k.endswith(("_API_KEY", "_TOKEN", "_SECRET")) and len(v) >= 8]


def redact(message: str) -> str:
    """Remove every API key found in the environment from ``message``."""
    for secret in _secrets():
        message = message.replace(secret, "***")
    return message

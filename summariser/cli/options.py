"""The pipeline's options as click decorators, declared once for every command that runs a model."""

from __future__ import annotations

from collections.abc import Callable

import click

from summariser.errors import SummariserError
from summariser.options import MODES, STRATEGIES, TEMPERATURE_RANGE, iso_date

PIPELINE_OPTIONS = (
    "api_base", "mode", "strategy", "temperature", "seed", "max_tokens", "max_retries", "timeout", "fallbacks",
    "prompts",
)
"""Keyword arguments of `summariser.options.Options` that these decorators add."""

_DECLARED = (
    click.option(
        "--api-base", multiple=True, metavar="URL",
        help="Base URL of the model's OpenAI-compatible server; repeat it for several servers of the same model "
             "(requests are spread over them, and fail over when one fails).",
    ),
    click.option(
        "--fallback", "fallbacks", multiple=True, metavar="MODEL",
        help="Model (or MODEL@API_BASE) to try when the main one keeps failing; repeatable, in order.",
    ),
    click.option("--mode", type=click.Choice(MODES), help="How JSON is asked for  [default: per model]"),
    click.option("--strategy", type=click.Choice(STRATEGIES), help="Extraction strategy  [default: per model]"),
    click.option("--max-retries", type=click.IntRange(min=0), help="Re-asks after an invalid answer  [default: 2]"),
    click.option("--temperature", type=click.FloatRange(*TEMPERATURE_RANGE), help="Sampling temperature  [default: 0]"),
    click.option("--seed", type=int, help="Sampling seed  [default: 0]"),
    click.option(
        "--max-tokens", type=click.IntRange(min=1),
        help="Cap on tokens per model answer  [default: derived from the article]",
    ),
    click.option(
        "--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SEC",
        help="Seconds to wait for each model call  [default: 300]",
    ),
    click.option(
        "--prompts", metavar="DIR",
        help="Folder of prompt templates that replace those of the same name in prompts/ (a prompt variant).",
    ),
)


def pipeline_options(command: Callable) -> Callable:
    """Add every pipeline option to ``command`` (in the order of ``--help``)."""
    for option in reversed(_DECLARED):
        command = option(command)
    return command


def given(settings: dict) -> dict:
    """The pipeline options the user gave: unset ones (None, an empty repeat) are left out,
    so the library's defaults apply. One ``--api-base`` is passed as a string, several as a tuple."""
    chosen = {k: settings[k] for k in PIPELINE_OPTIONS if settings.get(k) not in (None, ())}
    if isinstance(chosen.get("api_base"), tuple) and len(chosen["api_base"]) == 1:
        chosen["api_base"] = chosen["api_base"][0]
    return chosen


def iso_date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """Click callback of `--published`: the ISO day, or click's one-line usage error."""
    try:
        return iso_date(value, "--published")
    except SummariserError as exc:
        raise click.BadParameter(str(exc).split(": ", 1)[-1]) from None

"""Eval suites as files: which contestants run on which fixtures, and the F1 each must reach.

A suite is a TOML file (the shipped ones are in the top-level ``evals/``; see its README)::

    [fixtures]                      # all optional; paths are relative to the suite file
    path = "../fixtures"
    tags = ["real"]
    limit = 10

    [[contestants]]                 # one table per contestant
    name = "qwen, grounded"         # default: the model, with its strategy
    model = "openai/qwen2.5-7b-instruct"
    api_base = "http://127.0.0.1:8080/v1"
    strategy = "grounded"
    prompts = "prompts/terse"       # a prompt variant (see `summariser.prompting`)
    thresholds = { "events.classified" = 0.40 }

    [thresholds]                    # or here, by contestant name
    baseline = { "events.classified" = 0.30, "actors.identified" = 0.55 }

A contestant takes exactly the pipeline options (`summariser.options.Options`) and is
validated by them, so a mistake reads as it does on the command line; every mistake is
one `InputError` line naming the file and the key. `eval --model ...` builds a suite of
one contestant per model (`from_models`), so both paths share the code below.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from summariser.errors import InputError
from summariser.evals.predictors import REFERENCE_MODELS, Predictor, default_name, pipeline_predictor
from summariser.evals.predictors import reference_predictor
from summariser.evals.scoring import ALL_LEVELS


class _Table(BaseModel):
    # strict: `seed = "7"` is a mistake to say, not a string to convert
    model_config = ConfigDict(extra="forbid", strict=True)


class FixtureSet(_Table):
    """``[fixtures]``: which fixtures the contestants run on."""

    path: str | None = None
    """A folder of fixture files or a .json/.jsonl file, relative to the suite file; default the
    project's ``fixtures/``."""
    tags: list[str] = Field(default_factory=list)
    """Only the fixtures with every one of these tags."""
    limit: int | None = Field(default=None, ge=1)
    """Only the first N of them."""


class Contestant(_Table):
    """``[[contestants]]``: one configuration under evaluation."""

    model: str
    name: str | None = None
    api_base: str | None = None
    mode: str | None = None
    strategy: str | None = None
    temperature: float | None = None
    seed: int | None = None
    max_tokens: int | None = None
    max_retries: int | None = None
    timeout: float | None = None
    fallbacks: list[str] = Field(default_factory=list)
    prompts: str | None = None
    thresholds: dict[str, float] = Field(default_factory=dict)

    def options(self) -> dict:
        """The pipeline options given (unset ones are left to the pipeline's defaults)."""
        skip = {"model", "name", "thresholds"}
        return {k: v for k, v in self.model_dump().items() if k not in skip and v not in (None, [])}


class SuiteFile(_Table):
    """A suite file as written."""

    description: str | None = None
    fixtures: FixtureSet = Field(default_factory=FixtureSet)
    contestants: list[Contestant] = Field(min_length=1)
    thresholds: dict[str, dict[str, float]] = Field(default_factory=dict)


_TABLES = {"": SuiteFile, "fixtures": FixtureSet, "contestants": Contestant}


@dataclass
class Suite:
    """A validated suite: its contestants as predictors, its fixtures, its thresholds."""

    predictors: dict[str, Predictor]
    thresholds: dict[str, dict[str, float]] = field(default_factory=dict)
    """Contestant name -> ``field.level`` -> the least F1 it must reach."""
    source: str | None = None
    split: str | None = None
    tags: tuple[str, ...] = ()
    limit: int | None = None
    path: Path | None = None
    sha256: str | None = None

    def record(self) -> dict | None:
        """What a report says of the suite file: its path and hash (None without a file)."""
        return None if self.path is None else {"path": str(self.path), "sha256": self.sha256}


def load(path: str | Path) -> Suite:
    """Read and validate a suite file, and build its contestants.

    Raises:
        InputError: one line naming the file and what is wrong in it.
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"cannot read suite {path}: {e.strerror or e}") from None
    try:
        spec = SuiteFile.model_validate(tomllib.loads(raw.decode("utf-8")))
        suite = _build(spec, path.resolve().parent)
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"{path}: not valid TOML: {e}") from None
    except ValidationError as e:
        raise InputError(f"{path}: {_first_problem(e)}") from None
    except InputError as e:
        raise InputError(f"{path}: {e}") from None
    suite.path, suite.sha256 = path, hashlib.sha256(raw).hexdigest()
    return suite


def _first_problem(error: ValidationError) -> str:
    """The first problem pydantic found, as ``where: what`` in the suite's own words."""
    problem = error.errors()[0]
    loc = list(problem["loc"])
    where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc).lstrip(".")
    if problem["type"] == "extra_forbidden":
        parent, key = where.rsplit(".", 1) if "." in where else ("", where)
        table = _TABLES.get(str(loc[0]) if len(loc) > 1 else "", None)
        known = f" (known: {', '.join(table.model_fields)})" if table else ""
        return f"{parent + ': ' if parent else ''}unknown key '{key}'{known}"
    if problem["type"] == "missing":
        parent, key = where.rsplit(".", 1) if "." in where else ("", where)
        return f"{parent + ': ' if parent else ''}'{key}' is missing"
    return f"{where}: {problem['msg'][0].lower() + problem['msg'][1:]}"


def _build(spec: SuiteFile, home: Path) -> Suite:
    predictors: dict[str, Predictor] = {}
    thresholds: dict[str, dict[str, float]] = {}
    for i, contestant in enumerate(spec.contestants):
        try:
            p = _predictor(contestant, home)
        except InputError as e:
            raise InputError(f"contestants[{i}] ({contestant.name or contestant.model}): {e}") from None
        if p.name in predictors:
            raise InputError(f"contestants[{i}]: a second contestant named '{p.name}': give each its own name")
        predictors[p.name] = p
        thresholds[p.name] = dict(contestant.thresholds)
    for name, levels in spec.thresholds.items():
        if name not in predictors:
            raise InputError(f"thresholds: no contestant is named '{name}' (contestants: {', '.join(predictors)})")
        thresholds[name] |= levels
    _check_thresholds(thresholds)
    fixtures = spec.fixtures
    source = None if fixtures.path is None else _existing((home / fixtures.path).resolve(), "fixtures")
    return Suite(predictors, {k: v for k, v in thresholds.items() if v}, source,
                 tags=tuple(fixtures.tags), limit=fixtures.limit)


def _existing(path: Path, what: str) -> str:
    if not path.exists():
        raise InputError(f"{what} not found: {path}")
    return str(path)


def _predictor(contestant: Contestant, home: Path) -> Predictor:
    options, model = contestant.options(), contestant.model
    check_model(model)
    if model in REFERENCE_MODELS:
        if options:
            raise InputError(f"'{model}' calls no language model: {', '.join(options)} cannot apply")
        p = reference_predictor(model)
        p.name = contestant.name or p.name
        return p
    if options.get("prompts"):
        options["prompts"] = _existing((home / options["prompts"]).resolve(), "prompts folder")
    name = contestant.name or default_name(model, options.get("strategy"))
    if model.startswith("local:") and not Path(model[6:]).is_absolute():
        model = f"local:{home / model[6:]}"
    return pipeline_predictor(model, options, name=name)


def check_model(model: str) -> None:
    """Refuse a model string that is no kind of model we know: a reference model, the
    embedded one (``local``, ``local:PATH.gguf``), or a litellm ``provider/model``."""
    provider, _, name = model.partition("/")
    if model in REFERENCE_MODELS or model == "local" or model.startswith("local:") or (provider and name):
        return
    raise InputError(f"unknown model kind '{model}': give one of {', '.join(REFERENCE_MODELS)}, local, "
                     "local:PATH.gguf, or a litellm provider/model string such as openai/gpt-4o-mini")


def _check_thresholds(thresholds: dict[str, dict[str, float]]) -> None:
    for name, levels in thresholds.items():
        for level, value in levels.items():
            if level not in ALL_LEVELS:
                raise InputError(f"thresholds of '{name}': unknown level '{level}' (levels: {', '.join(ALL_LEVELS)})")
            if not 0 <= value <= 1:
                raise InputError(f"thresholds of '{name}': {level} = {value} is not an F1 between 0 and 1")


def from_models(models: list[str], options: dict, *, source: str | None = None, split: str | None = None,
                tags: tuple[str, ...] = (), limit: int | None = None) -> Suite:
    """The suite of ``eval --model A --model B ...``: one contestant per model, the pipeline
    ``options`` applying to each one that asks a language model."""
    for model in models:
        check_model(model)
    if options and all(m in REFERENCE_MODELS for m in models):
        flags = ", ".join("--fallback" if k == "fallbacks" else "--" + k.replace("_", "-") for k in options)
        raise InputError(f"{flags} cannot apply: none of {', '.join(models)} calls a language model")
    predictors = {}
    for model in dict.fromkeys(models):
        p = reference_predictor(model) if model in REFERENCE_MODELS else pipeline_predictor(model, options)
        predictors.setdefault(p.name, p)
    return Suite(predictors, source=source, split=split, tags=tuple(tags), limit=limit)


def verdicts(suite: Suite, doc: dict) -> list[dict]:
    """Each threshold against the run's report: contestant, level, the least F1, the F1, met."""
    out = []
    for name, levels in suite.thresholds.items():
        for level, least in levels.items():
            field_name, level_name = level.split(".")
            f1 = doc["models"][name][field_name][level_name]["f1"]
            out.append({"contestant": name, "level": level, "least": least, "f1": f1,
                        "met": f1 is not None and f1 >= least})
    return out


def miss_line(v: dict) -> str:
    """One line for a threshold missed: ``baseline events.classified F1 0.29 < 0.30``."""
    least = f"{v['least']:.2f}" if round(v["least"], 2) == v["least"] else f"{v['least']:g}"
    if v["f1"] is None:
        return f"{v['contestant']} {v['level']} F1 undefined (nothing labelled, nothing predicted) < {least}"
    shown = f"{v['f1']:.2f}"
    if float(shown) >= v["least"]:  # 0.2996 is not "0.30 < 0.30"
        shown = f"{v['f1']:.4f}"
    return f"{v['contestant']} {v['level']} F1 {shown} < {least}"

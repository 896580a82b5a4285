"""Render the Jinja prompt templates of the top-level ``prompts/`` folder, or of a variant of it.

``prompts/`` is the one place a user edits prompts. The wheel carries it as
``summariser/prompts`` (hatch force-include); a checkout reads it where it stands.
A prompt variant (``--prompts DIR``, ``prompts =`` in an eval suite) is a folder of
templates that replace those of the same name; `Prompts.version` hashes the
templates actually used, so two variants never share a cache entry.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

from summariser.errors import InputError
from summariser.schema import SummaryDraft

if TYPE_CHECKING:  # jinja2 is imported when a template is first rendered: the rules never render one
    from jinja2 import Environment

SUFFIXES = (".jinja", ".json")
"""What counts as a prompt file: templates and the few-shot example."""


def _prompts_folder() -> Traversable:
    bundled = resources.files("summariser") / "prompts"  # an installed wheel
    return bundled if bundled.is_dir() else Path(__file__).resolve().parent.parent / "prompts"


PROMPTS = _prompts_folder()


@cache
def _env() -> Environment:
    from jinja2 import Environment, StrictUndefined

    return Environment(undefined=StrictUndefined, autoescape=False)


def names(folder: Traversable | None = None) -> list[str]:
    """The prompt files of ``folder`` (default: ``prompts/``), sorted."""
    return sorted(p.name for p in (folder or PROMPTS).iterdir() if p.is_file() and p.name.endswith(SUFFIXES))


@dataclass(frozen=True)
class Prompts:
    """The templates of ``base`` (``prompts/``), with those of ``overlay`` in place of the same names.

    Instances are hashable, so what is compiled or validated once is cached per folder.
    """

    overlay: Path | None = None
    base: Traversable = PROMPTS

    def file(self, name: str) -> Traversable:
        """Where template ``name`` is read from: the overlay's copy when it has one."""
        if self.overlay is not None and (self.overlay / name).is_file():
            return self.overlay / name
        return self.base / name

    @cache  # noqa: B019 - a few instances per process, kept on purpose
    def source(self, name: str) -> str:
        return self.file(name).read_text(encoding="utf-8")

    @cache  # noqa: B019
    def _compiled(self, name: str):
        return _env().from_string(self.source(name))

    def render(self, template: str, /, **variables: object) -> str:
        """Render ``template``; a missing variable raises instead of rendering blank."""
        return self._compiled(template).render(**variables).strip()

    @cache  # noqa: B019
    def example(self) -> dict:
        """The few-shot example, validated against the schema and grounded in its own text."""
        from summariser.evidence import Article
        from summariser.grounding import find_problems

        data = json.loads(self.source("example.json"))
        draft = SummaryDraft.model_validate(data["output"])
        problems = find_problems(draft, Article(data["text"]))
        if problems:
            raise ValueError(f"prompt example breaks the contract: {problems[0].message}")
        return {"text": data["text"], "output": draft.model_dump_json(), "published": data["published"]}

    def summary_messages(self, text: str, published: str | None, *, part: int = 0, parts: int = 0,
                         with_example: bool = True) -> list[dict]:
        """Chat messages asking for the summary of ``text`` (or of part ``part`` of ``parts``)."""
        system = self.render("system.jinja", example=self.example() if with_example else None)
        user = self.render("user.jinja", text=text, published=published, part=part, parts=parts,
                           fence=fence_for(text))
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]

    def merge_messages(self, summaries: list[str], published: str | None) -> list[dict]:
        """Chat messages asking for one headline and summary from the parts' summaries."""
        system = self.render("system.jinja", example=None)
        user = self.render("merge.jinja", summaries=summaries, published=published)
        return [{"role": "system", "content": system}, {"role": "user", "content": user}]

    @cache  # noqa: B019
    def version(self) -> str:
        """A hash of every template and example used: changes whenever a prompt in use changes."""
        digest = hashlib.sha256()
        for name in names(self.base):
            digest.update(name.encode() + self.file(name).read_bytes())
        return digest.hexdigest()[:12]

    def changed(self) -> list[str]:
        """The prompt files of the overlay that differ from ``prompts/``."""
        if self.overlay is None:
            return []
        return [n for n in names(self.base) if self.file(n).read_bytes() != (self.base / n).read_bytes()]


DEFAULT = Prompts()


def overlay(folder: str | Path | None) -> Prompts:
    """The prompts with ``folder``'s templates in place of the default ones; None: the default.

    Raises:
        InputError: the folder is missing, holds a file that overrides no template
            (a typo'd name would otherwise be silently unused), or a template that
            does not compile, or an example that breaks the contract.
    """
    if folder is None:
        return DEFAULT
    return _checked(Path(folder).resolve())


@cache
def _checked(folder: Path) -> Prompts:
    if not folder.is_dir():
        raise InputError(f"prompts folder not found: {folder}")
    known = names()
    for item in sorted(folder.iterdir()):
        if item.name.startswith("."):
            continue
        if item.name not in known or not item.is_file():
            raise InputError(f"prompts: {item} replaces no prompt; the files of a prompts folder are named "
                             f"as in prompts/: {', '.join(known)}")
    prompts = Prompts(folder)
    for name in names(folder):
        _check_file(prompts, folder / name)
    return prompts


def _check_file(prompts: Prompts, path: Path) -> None:
    from jinja2 import TemplateSyntaxError

    try:
        prompts.example() if path.name == "example.json" else prompts._compiled(path.name)
    except TemplateSyntaxError as e:
        raise InputError(f"prompts: {path}: line {e.lineno}: {e.message}") from None
    except (ValueError, KeyError, TypeError) as e:  # JSON, schema or grounding of the example
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise InputError(f"prompts: {path}: {first}") from None


def fence_for(text: str) -> str:
    """A quote fence the article does not contain, so it cannot close its own data block."""
    fence = '"""'
    while fence in text:
        fence += '"'
    return fence


# The default prompts, as functions: what most callers need.


def render(template: str, /, **variables: object) -> str:
    """Render ``template`` of ``prompts/``; see `Prompts.render`."""
    return DEFAULT.render(template, **variables)


def example() -> dict:
    """The default few-shot example; see `Prompts.example`."""
    return DEFAULT.example()


def summary_messages(text: str, published: str | None, **kwargs) -> list[dict]:
    """`Prompts.summary_messages` of the default prompts."""
    return DEFAULT.summary_messages(text, published, **kwargs)


def merge_messages(summaries: list[str], published: str | None) -> list[dict]:
    """`Prompts.merge_messages` of the default prompts."""
    return DEFAULT.merge_messages(summaries, published)


def prompt_version() -> str:
    """The version of the default prompts; see `Prompts.version`."""
    return DEFAULT.version()

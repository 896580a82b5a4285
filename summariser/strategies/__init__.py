"""Extraction strategies: one module each, one interface (`base.Strategy`), one registry.

* ``free``: one structured answer under the plain schema, checked and re-asked;
* ``grounded``: per-article schemas whose values can only be the article's own;
* ``decomposed``: rules propose every item, the model decides what they cannot;
* ``rules``: the rules alone, dates resolved by code; no model call (the embedded model's default).

Strategies call models only through the `base.Ask` they are given: they import no backend.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from functools import cache

from summariser.strategies.base import Ask, Part, Strategy

_EXTRACTIVE_HEADLINE = {"free": False, "grounded": True, "decomposed": True, "rules": True}


class _Registry(Mapping[str, Strategy]):
    """The strategies by name, each module imported when first asked for: the grounded and
    decomposed ones load the rules and their lexicons, which a `free` run never needs."""

    def __getitem__(self, name: str) -> Strategy:
        return _strategy(name)

    def __iter__(self) -> Iterator[str]:
        return iter(_EXTRACTIVE_HEADLINE)

    def __len__(self) -> int:
        return len(_EXTRACTIVE_HEADLINE)


@cache
def _strategy(name: str) -> Strategy:
    extractive = _EXTRACTIVE_HEADLINE[name]  # KeyError for an unknown name, as a dict would
    module = importlib.import_module(f"summariser.strategies.{name}")
    return Strategy(name, module.extract, extractive_headline=extractive, asks_model=getattr(module, "ASKS_MODEL", True))


REGISTRY: Mapping[str, Strategy] = _Registry()

__all__ = ["REGISTRY", "Ask", "Part", "Strategy"]

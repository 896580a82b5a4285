"""Extraction strategies: one module each, one interface (`base.Strategy`), one registry.

* ``free``: one structured answer under the plain schema, checked and re-asked;
* ``grounded``: per-article schemas whose values can only be the article's own;
* ``decomposed``: rules propose every item, the model decides what they cannot.

Strategies call models only through the `base.Ask` they are given: they import no backend.
"""

from __future__ import annotations

from summariser.strategies import decomposed, free, grounded
from summariser.strategies.base import Ask, Part, Strategy

REGISTRY: dict[str, Strategy] = {
    "free": Strategy("free", free.extract, extractive_headline=False),
    "grounded": Strategy("grounded", grounded.extract),
    "decomposed": Strategy("decomposed", decomposed.extract),
}

__all__ = ["REGISTRY", "Ask", "Part", "Strategy"]

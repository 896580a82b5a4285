"""Grounded structured summaries of news articles.

Public API: ``summarise``, ``asummarise`` and the contract's models
(``ArticleSummary``, ``Actor``, ``Event``, ``Stance``).
"""

import os

# litellm fetches its price map at import unless told otherwise; we are offline-first.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

__all__ = ["Actor", "ArticleSummary", "Event", "Stance", "asummarise", "summarise"]


def __getattr__(name: str):
    # Loaded on first use: the CLI's --help must not pay for pydantic or litellm.
    if name in ("summarise", "asummarise"):
        from summariser import pipeline

        return getattr(pipeline, name)
    if name in ("Actor", "ArticleSummary", "Event", "Stance"):
        from summariser import schema

        return getattr(schema, name)
    raise AttributeError(f"module 'summariser' has no attribute {name!r}")

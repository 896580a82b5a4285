"""Grounded structured summaries of news articles.

Public API: ``summarise``, ``asummarise`` and the contract's models.
"""

import os

# litellm fetches its price map at import unless told otherwise; we are offline-first.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from summariser.schema import Actor, ArticleSummary, Event, Stance  # noqa: E402

__all__ = ["Actor", "ArticleSummary", "Event", "Stance", "asummarise", "summarise"]


def __getattr__(name: str):
    # The pipeline pulls in litellm (seconds to import): load it on first use only.
    if name in ("summarise", "asummarise"):
        from summariser import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'summariser' has no attribute {name!r}")

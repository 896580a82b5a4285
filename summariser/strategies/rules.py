"""The rules alone, for any model: every item proposed by the rules, dates resolved by code.

The embedded 135M model's only question in the `decomposed` strategy (the type of an event
the rules leave as `other`) made its summaries worse on the real fixtures (README,
"Choosing a strategy"), so this is its default: the model is never asked, its server never
started. Stronger models get their questions with `decomposed`, `grounded` or `free`.
"""

from __future__ import annotations

from summariser.rules.summary import rules_summary
from summariser.schema import SummaryDraft
from summariser.strategies.base import Ask, Part
from summariser.strategies.decomposed import draft

ASKS_MODEL = False


async def extract(part: Part, ask: Ask | None) -> SummaryDraft:
    """A draft summary of ``part`` by the rules, its events dated against the publication date."""
    return draft(rules_summary(part.text, part.published), part.published)

"""Free extraction: one structured answer under the plain schema, grounded after generation.

The model fills the whole `SummaryDraft`; validation against the article (evidence
verbatim, names in the text, ids that resolve) re-asks with the precise problems, and
the pipeline's grounding drops what still fails. Suited to strong models; a small
one invents most of what it writes (README, "Choosing a strategy").
"""

from __future__ import annotations

from summariser.evidence import Article
from summariser.grounding import CheckedSummary
from summariser.schema import SummaryDraft
from summariser.strategies.base import Ask, Part


async def extract(part: Part, ask: Ask) -> SummaryDraft:
    """The model's draft of ``part``, re-asked while it breaks the grounding rules."""
    messages = part.prompts.summary_messages(part.text, part.published, part=part.index, parts=part.count)
    return await ask(messages, CheckedSummary, context={"article": Article(part.text)})

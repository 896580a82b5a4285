"""Decomposed extraction with a fake model: rules propose, the model decides event types."""

import asyncio

import pytest

from summariser.errors import ExtractionError
from summariser.strategies import Part, decomposed
from summariser.rules.summary import rules_summary as baseline_summary
from summariser.evidence import Article
from summariser.grounding import find_problems

TEXT = (
    "ALMATY (Reuters) - Kazakh President Kassym-Jomart Tokayev said on Monday that troops "
    "from the Collective Security Treaty Organisation would leave within days.\n\n"
    "Russian President Vladimir Putin praised the mission.\n\n"
    '"The operation was a complete success for everyone," Putin said.\n\n'
    "Read more: Why Nursultan Nazarbayev still matters\n\n"
    "Sign up for our newsletter\n\n"
    "Police arrested 40 protesters in Almaty on Sunday.\n"
)
PUBLISHED = "2022-01-11"


class FakeAsk:
    """Answers event-type questions from a function of the sentence; records the questions.

    A reply of None is an answer that could not be salvaged (`ExtractionError`).
    """

    def __init__(self, answer):
        self.answer, self.questions = answer, []

    async def __call__(self, messages, model, *, context=None, **overrides):
        sentence = messages[-1]["content"].rsplit("Sentence: ", 1)[1].removesuffix(" ->")
        assert overrides == {"max_tokens": decomposed.KIND_TOKENS, "max_retries": 0}
        self.questions.append(sentence)
        reply = self.answer(sentence)
        if reply is None:
            raise ExtractionError("the model gave no valid summary")
        return model.model_validate({"kind": reply})


def _extract(ask, text=TEXT):
    return asyncio.run(decomposed.extract(Part(text, PUBLISHED), ask))


def test_the_model_is_asked_only_where_the_rules_have_no_specific_cue():
    rules = baseline_summary(TEXT, PUBLISHED)
    ask = FakeAsk(lambda s: "request")
    draft = _extract(ask)
    uncertain = [e.evidence for e in rules.events if e.kind == "other"]
    assert ask.questions == uncertain
    assert [e.kind for e in draft.events] == ["request" if e.kind == "other" else e.kind for e in rules.events]


@pytest.mark.parametrize("reply", [None, "none"])
def test_a_failed_or_empty_answer_keeps_the_event_as_other(reply):
    rules = baseline_summary(TEXT, PUBLISHED)
    draft = _extract(FakeAsk(lambda s: reply))
    assert len(draft.events) == len(rules.events)
    assert [e.kind for e in draft.events] == [e.kind for e in rules.events]


def test_the_draft_is_grounded_and_its_ids_resolve():
    draft = _extract(FakeAsk(lambda s: "consult"))
    assert find_problems(draft, Article(TEXT)) == []
    assert draft.actors and draft.events


def test_relative_dates_are_resolved_against_the_publication_date():
    draft = _extract(FakeAsk(lambda s: "other"))
    dated = {e.evidence: e.date for e in draft.events}
    sunday = [d for ev, d in dated.items() if "Sunday" in ev]
    assert sunday == ["2022-01-09"]  # the Sunday before Tuesday 11 January


def test_page_furniture_yields_nothing():
    draft = _extract(FakeAsk(lambda s: "consult"))
    dumped = draft.model_dump_json()
    assert "Nazarbayev" not in dumped and "newsletter" not in dumped

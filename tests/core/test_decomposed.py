"""Decomposed extraction with a fake model: code proposes, the fake classifies.

The fake answers as the real ``_Ask`` would: it renders the real template with
the variables it is given (so a variable the template lacks fails here), and
validates its answer against the response model it is asked for.
"""

import asyncio
import inspect
from collections.abc import Callable

import pytest

from summariser.cues import polarity_cue
from pydantic import BaseModel

from summariser import decomposed, prompting
from summariser.candidates import names, sentences
from summariser.grounding import Article, find_problems, ground
from summariser.schema import SummaryDraft

TEXT = (
    "ALMATY (Reuters) - Kazakh President Kassym-Jomart Tokayev said on Monday that troops "
    "from the Collective Security Treaty Organisation would leave within days.\n"
    "Russian President Vladimir Putin praised the mission.\n"
    '"The operation was a success," Putin said.\n'
    "Read more: Why Nursultan Nazarbayev still matters\n"
    "Sign up for our newsletter\n"
    "Advertisement\n"
    "Kremlin Hails Sergei Shoigu Plan\n"
    "Protesters gathered in Almaty on Sunday.\n"
    'Opposition leader Mukhtar Ablyazov called the deployment "illegal".\n'
)
PUBLISHED = "2022-01-11"
FURNITURE = ("Read more", "newsletter", "Advertisement", "Nazarbayev", "Shoigu", "Kremlin")

KINDS = {"Kassym-Jomart Tokayev": "person", "Vladimir Putin": "person", "Mukhtar Ablyazov": "person"}
Answer = Callable[[dict], dict | None]


class FakeAsk:
    """Answers each template from a function of the call's variables; None is a failed call."""

    def __init__(self, **answers: Answer):
        self.answers = {f"{name}.jinja": fn for name, fn in answers.items()}
        self.calls: list[tuple[str, dict]] = []

    async def __call__(self, template: str, model: type[BaseModel], **variables) -> BaseModel | None:
        prompting.render(template, **variables)  # the real template accepts these variables
        self.calls.append((template, variables))
        answer = self.answers[template](variables)
        return None if answer is None else model.model_validate(answer)


def _actor_kind(v):
    return {"kind": KINDS.get(v["candidate"], "none")}


EVENT_KINDS = {"Protesters": "protest", "troops": "retreat"}


def _event_kind(v):
    return {"kind": next((k for word, k in EVENT_KINDS.items() if word in v["sentence"]), "none")}


def _stance(v):
    return {"polarity": "support", "target": "the mission"}


def _ask(**overrides: Answer) -> FakeAsk:
    return FakeAsk(**({"actor_kind": _actor_kind, "event_kind": _event_kind, "stance": _stance} | overrides))


def _extract(ask: FakeAsk, text: str = TEXT, published: str | None = PUBLISHED) -> SummaryDraft:
    return asyncio.run(decomposed.extract(text, published, ask))


def test_the_fake_has_the_real_signature():
    real = inspect.signature(decomposed._Ask.__call__)
    fake = inspect.signature(FakeAsk.__call__)
    assert list(real.parameters) == list(fake.parameters)
    assert [p.kind for p in real.parameters.values()] == [p.kind for p in fake.parameters.values()]


@pytest.fixture(scope="module")
def result() -> tuple[SummaryDraft, FakeAsk]:
    ask = _ask()
    return _extract(ask), ask


def test_actors_come_only_from_names_in_the_text(result):
    draft, _ = result
    article, candidates = Article(TEXT), set(names(TEXT, limit=20))
    assert {a.name for a in draft.actors} == {"Collective Security Treaty Organisation", "Kassym-Jomart Tokayev",
                                              "Vladimir Putin", "Mukhtar Ablyazov"}
    for actor in draft.actors:
        assert actor.name in candidates
        for form in (actor.name, *actor.aliases):
            assert article.mentions(form), form
    putin = next(a for a in draft.actors if a.id == "vladimir-putin")
    assert putin.aliases == ["Putin"]


def test_kinds_come_from_cues_or_the_model(result):
    draft, ask = result
    kinds = {a.id: a.kind for a in draft.actors}
    assert kinds["collective-security-treaty-organisation"] == "organisation"  # a cue word, no call
    asked = {v["candidate"] for t, v in ask.calls if t == "actor_kind.jinja"}
    assert "Collective Security Treaty Organisation" not in asked
    assert {"Almaty", "Protesters", "Mukhtar Ablyazov"} <= asked  # Almaty and Protesters: none, dropped
    assert not {"almaty", "protesters"} & set(kinds)
    assert kinds["mukhtar-ablyazov"] == "person"


def test_evidence_are_sentences_of_the_text(result):
    draft, _ = result
    own = {s.text for s in sentences(TEXT)}
    assert draft.events and draft.stances
    for item in [*draft.events, *draft.stances]:
        assert item.evidence in own
        assert Article(TEXT).find(item.evidence) is not None


def test_ids_resolve_and_the_draft_is_grounded(result):
    draft, _ = result
    assert find_problems(draft, Article(TEXT)) == []
    summary = ground(draft, TEXT)
    assert summary.rejected == []
    assert len(summary.events) == len(draft.events)
    assert len(summary.stances) == len(draft.stances)


def test_events_in_order_with_roles_and_dates(result):
    draft, _ = result
    assert [e.id for e in draft.events] == [f"e{i + 1}" for i in range(len(draft.events))]
    starts = [TEXT.index(e.evidence) for e in draft.events]
    assert starts == sorted(starts)
    first, praised = draft.events[0], draft.events[1]
    assert (first.kind, first.agents) == ("retreat", ["kassym-jomart-tokayev"])
    assert first.targets == ["collective-security-treaty-organisation"]
    assert first.date == "2022-01-10"  # "on Monday", published on Tuesday 11 January
    assert (praised.kind, praised.agents) == ("support", ["vladimir-putin"])  # a cue, no call
    protest = next(e for e in draft.events if e.kind == "protest")
    assert protest.date == "2022-01-09"


def test_stances_hold_the_speaker(result):
    draft, _ = result
    holders = [s.holder for s in draft.stances]
    assert "vladimir-putin" in holders and "mukhtar-ablyazov" in holders
    said = next(s for s in draft.stances if s.evidence.startswith('"The operation'))
    assert said.holder == "vladimir-putin"


def test_a_one_word_quote_does_not_become_an_unknown_id(result):
    draft, _ = result
    stance = next(s for s in draft.stances if s.holder == "mukhtar-ablyazov")
    assert stance.polarity == "oppose"  # the cue "illegal" overrides the model's "support"
    assert stance.target == "the matter"  # not "illegal", which reads as an actor id
    assert not any("illegal" == s.target for s in draft.stances)


def test_furniture_lines_give_nothing(result):
    draft, ask = result
    dumped = draft.model_dump_json()
    for word in FURNITURE:
        assert word not in dumped, word
        assert not any(word in str(v) for _, v in ask.calls), word


def test_headline_and_summary_come_from_the_lead(result):
    draft, _ = result
    assert draft.headline.startswith("Kazakh President Kassym-Jomart Tokayev said")
    assert len(draft.headline) <= 120
    assert draft.summary.startswith("ALMATY (Reuters) - Kazakh")


@pytest.mark.parametrize("dateline", ["ALMATY, Jan 11 (Reuters) - ", "GENEVA, March 3 - ", "LONDON \u2014 ", ""])
def test_the_headline_drops_the_dateline(dateline):
    text = dateline + "Troops from the alliance began to leave the country on Thursday.\nMore followed."
    draft = _extract(_ask(), text)
    assert draft.headline == "Troops from the alliance began to leave the country on Thursday."
    assert draft.summary.startswith(dateline + "Troops")


def test_a_failed_actor_answer_loses_only_that_actor(result):
    full, _ = result
    ask = _ask(actor_kind=lambda v: None if v["candidate"] == "Mukhtar Ablyazov" else _actor_kind(v))
    draft = _extract(ask)
    assert {a.id for a in full.actors} - {a.id for a in draft.actors} == {"mukhtar-ablyazov"}
    assert find_problems(draft, Article(TEXT)) == []
    assert len(draft.events) == len(full.events)


def test_a_failed_event_answer_loses_only_that_event(result):
    full, _ = result
    ask = _ask(event_kind=lambda v: None if "troops" in v["sentence"] else _event_kind(v))
    draft = _extract(ask)
    assert [e.evidence for e in full.events if e.kind != "retreat"] == [e.evidence for e in draft.events]
    assert len(draft.events) == len(full.events) - 1
    assert [a.id for a in draft.actors] == [a.id for a in full.actors]
    assert draft.stances == full.stances


def test_a_failed_stance_answer_loses_only_that_stance(result):
    full, _ = result
    # "The operation was a success," Putin said: no one-sided cue word, so the model decides
    ask = _ask(stance=lambda v: None if "success" in v["sentence"] else _stance(v))
    draft = _extract(ask)
    assert draft.stances == [s for s in full.stances if "success" not in s.evidence]
    assert len(draft.stances) < len(full.stances)
    assert draft.events == full.events


def test_every_call_failing_still_gives_a_grounded_draft():
    draft = _extract(FakeAsk(actor_kind=lambda v: None, event_kind=lambda v: None, stance=lambda v: None))
    assert find_problems(draft, Article(TEXT)) == []
    # only what a cue decides: the organisation, and the persons a title names
    assert {a.id: a.kind for a in draft.actors} == {
        "collective-security-treaty-organisation": "organisation",
        "kassym-jomart-tokayev": "person",
        "vladimir-putin": "person",
    }
    assert {e.kind for e in draft.events} == {"support", "protest", "mobilize"}  # cue kinds only
    assert all(e.evidence in TEXT for e in draft.events)
    # stances whose words are one-sided ("praised") need no model call
    assert [(s.holder, s.polarity) for s in draft.stances] == [("vladimir-putin", "support")]


def test_a_model_answering_none_keeps_only_stances_with_one_sided_words():
    ask = _ask(stance=lambda v: {"polarity": "none", "target": ""})
    stances = _extract(ask).stances
    assert stances and all(polarity_cue(s.evidence) == s.polarity for s in stances)


def test_an_ungrounded_model_target_falls_back_to_the_quote():
    text = 'Finance minister Ana Ruiz said the new tax would "destroy jobs across the country".\n'
    ask = FakeAsk(actor_kind=lambda v: {"kind": "person" if v["candidate"] == "Ana Ruiz" else "none"}, event_kind=lambda v: {"kind": "none"},
                  stance=lambda v: {"polarity": "oppose", "target": "the ceasefire"})  # echoes the prompt
    (stance,) = _extract(ask, text, None).stances
    assert stance.target == "destroy jobs across the country"
    assert stance.holder == "ana-ruiz"


def test_furniture_only_text_gives_an_empty_draft():
    ask = _ask()
    draft = _extract(ask, "Sign up for our newsletter\nAdvertisement\nRead more: Something Else Entirely\n")
    assert (draft.actors, draft.events, draft.stances) == ([], [], [])
    assert ask.calls == []

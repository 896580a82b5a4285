"""Long articles are split at natural ends, and the parts' summaries merge into one."""

import re

import pytest

from summariser import chunking, options
from summariser.chunking import CHARS_PER_TOKEN, merge, shift, split
from summariser.evidence import normalise
from summariser.grounding import ground
from summariser.schema import ArticleSummary, Span, SummaryDraft


def _paragraphs(n: int, sentences: int = 3) -> str:
    return "\n\n".join(
        f"Paragraph {i} starts here. "
        + " ".join(f"Sentence {i}.{j} has a few words in it." for j in range(sentences))
        for i in range(n)
    )


TEXTS = {
    "paragraphs": _paragraphs(12),
    "one-long-paragraph": " ".join(f"Sentence {j} has quite a few words in it, really." for j in range(40)),
    "quotes-and-newlines": "\n".join(f'"We will stay," Minister {j} said. Troops\u2014{j} of them\u2014left.' for j in range(30)),
    "no-punctuation": " ".join(["word"] * 400),
    "one-giant-word": "x" * 1500,
    "short": "Just one short sentence.",
}


@pytest.mark.parametrize("max_tokens", [50, 120])
@pytest.mark.parametrize("name", list(TEXTS))
def test_chunks_respect_the_budget_and_slice_the_text(name, max_tokens):
    text = TEXTS[name]
    chunks = split(text, max_tokens)
    budget = max(200, max_tokens * CHARS_PER_TOKEN)
    assert chunks
    for chunk in chunks:
        assert 0 < len(chunk.text) <= budget
        assert text[chunk.start : chunk.start + len(chunk.text)] == chunk.text
    # consecutive and covering: nothing but whitespace lies between or around chunks
    ends = [0, *(x for c in chunks for x in (c.start, c.start + len(c.text))), len(text)]
    for a, b in zip(ends[::2], ends[1::2]):
        assert text[a:b].strip() == "", (a, b)


def test_short_text_is_one_chunk():
    assert split(TEXTS["short"], 50) == [chunking.Chunk(TEXTS["short"], 0)]


def test_cuts_fall_at_paragraph_ends_when_paragraphs_fit():
    text = TEXTS["paragraphs"]
    paragraph_starts = {m.end() for m in re.finditer(r"\n\n", text)} | {0}
    chunks = split(text, 80)
    assert len(chunks) > 3
    assert {c.start for c in chunks} <= paragraph_starts


def test_cuts_fall_at_sentence_ends_inside_a_long_paragraph():
    text = TEXTS["one-long-paragraph"]
    chunks = split(text, 50)
    assert len(chunks) > 3
    for chunk in chunks:
        assert chunk.text.startswith("Sentence ")
        assert chunk.text.rstrip().endswith("really.")


def test_chunks_are_packed_up_to_the_budget():
    # 12 paragraphs of ~130 characters: a 400-character budget holds at least two of them
    chunks = split(TEXTS["paragraphs"], 100)
    assert len(chunks) <= 6


def test_shift_moves_every_span_and_keeps_none():
    summary = ArticleSummary.model_validate(
        {
            "headline": "h",
            "summary": "s",
            "events": [
                {"id": "e1", "description": "d", "kind": "other", "evidence": "a", "evidence_span": {"start": 3, "end": 7}},
                {"id": "e2", "description": "d", "kind": "other", "evidence": "b"},
            ],
            "stances": [
                {"holder": "x", "target": "y z", "polarity": "neutral", "evidence": "c", "evidence_span": {"start": 0, "end": 2}}
            ],
        }
    )
    moved = shift(summary, 100)
    assert moved.events[0].evidence_span == Span(start=103, end=107)
    assert moved.events[1].evidence_span is None
    assert moved.stances[0].evidence_span == Span(start=100, end=102)
    assert summary.events[0].evidence_span == Span(start=3, end=7)  # the original is untouched


def _actor(id, name, aliases=(), kind="person", role=None):
    return {"id": id, "name": name, "kind": kind, "role": role, "aliases": list(aliases)}


def _event(id, agents=(), targets=(), evidence="x"):
    return {"id": id, "description": "d", "kind": "consult", "agents": list(agents), "targets": list(targets), "evidence": evidence}


def _part(actors=(), events=(), stances=(), rejected=()):
    return ArticleSummary.model_validate(
        {"headline": "h", "summary": "s", "actors": list(actors), "events": list(events),
         "stances": list(stances), "rejected": list(rejected)}
    )


@pytest.mark.parametrize(
    "second",
    [
        _actor("wang", "Mr Wang", ["Wang Yi"]),
        _actor("wang-yi-2", "Wang Yi"),
        _actor("mr-wang", "Mr Wang", ["wang  yi"]),
        _actor("foreign-minister", "Chinese Foreign Minister", ["Mr Wang"]),
    ],
    ids=["alias-is-name", "same-name-other-id", "alias-differs-in-case-and-space", "shares-an-alias"],
)
def test_merge_dedupes_actors_by_name_and_alias(second):
    parts = [
        _part([_actor("wang-yi", "Wang Yi", ["Mr Wang"], role="Foreign Minister"), _actor("china", "China", kind="state")],
              [_event("e1", ["wang-yi"], ["china"])]),
        _part([second, _actor("kazakhstan", "Kazakhstan", kind="state")],
              [_event("e1", [second["id"]], ["kazakhstan"])],
              [{"holder": second["id"], "target": "kazakhstan", "polarity": "support", "evidence": "y"}]),
    ]
    merged = merge(parts, "H", "S")
    assert [a.id for a in merged.actors] == ["wang-yi", "china", "kazakhstan"]
    assert [e.agents for e in merged.events] == [["wang-yi"], ["wang-yi"]]
    assert merged.events[1].targets == ["kazakhstan"]
    assert merged.stances[0].holder == "wang-yi"
    assert merged.stances[0].target == "kazakhstan"
    wang = merged.actors[0]
    assert wang.role == "Foreign Minister"
    assert wang.name not in wang.aliases
    assert "Mr Wang" in [wang.name, *wang.aliases]


def test_merge_keeps_the_fullest_name_and_gathers_aliases():
    parts = [
        _part([_actor("wang", "Wang", ["Mr Wang"])]),
        _part([_actor("wang-yi", "Wang Yi", ["Wang"], role="Foreign Minister")]),
    ]
    (wang,) = merge(parts, "H", "S").actors
    assert wang.id == "wang"  # the first id seen stays, so earlier references hold
    assert wang.name == "Wang Yi"
    assert sorted(wang.aliases) == ["Mr Wang", "Wang"]
    assert wang.role == "Foreign Minister"


def test_merge_disambiguates_colliding_ids_of_different_actors():
    parts = [
        _part([_actor("wang", "Wang Yi")], [_event("e1", ["wang"])]),
        _part([_actor("wang", "Wang Wenbin"), _actor("china", "China", kind="state")],
              [_event("e1", ["wang"], ["china"])],
              [{"holder": "wang", "target": "china", "polarity": "oppose", "evidence": "z"}]),
        _part([_actor("wang", "Wang Lei")], [_event("e1", ["wang"])]),
    ]
    merged = merge(parts, "H", "S")
    assert [(a.id, a.name) for a in merged.actors] == [
        ("wang", "Wang Yi"), ("wang-2", "Wang Wenbin"), ("china", "China"), ("wang-3", "Wang Lei")
    ]
    assert [e.agents for e in merged.events] == [["wang"], ["wang-2"], ["wang-3"]]
    assert merged.stances[0].holder == "wang-2"
    assert len({a.id for a in merged.actors}) == len(merged.actors)


def test_merge_renumbers_events_in_order_and_keeps_rejected():
    rejection = {"field": "events", "item": {"id": "e9"}, "reason": "dropped: invented"}
    parts = [
        _part([_actor("a", "Alpha")], [_event("e1", ["a"], evidence="one"), _event("e2", evidence="two")]),
        _part([], [_event("e1", evidence="three")], rejected=[rejection]),
        _part([_actor("b", "Beta")], [_event("e1", ["b"], evidence="four")], rejected=[rejection | {"reason": "again"}]),
    ]
    merged = merge(parts, "Headline", "Summary.")
    assert [(e.id, e.evidence) for e in merged.events] == [("e1", "one"), ("e2", "two"), ("e3", "three"), ("e4", "four")]
    assert [r.reason for r in merged.rejected] == ["dropped: invented", "again"]
    assert (merged.headline, merged.summary) == ("Headline", "Summary.")


def test_merge_drops_duplicate_stances_but_keeps_distinct_ones():
    stance = {"holder": "wang-yi", "target": "the plan", "polarity": "oppose", "evidence": "\u201cNo,\u201d he said"}
    parts = [
        _part([_actor("wang-yi", "Wang Yi")], stances=[stance]),
        _part([_actor("wang", "Wang Yi")], stances=[stance | {"holder": "wang", "evidence": '"No," he  said'},
                                                   stance | {"holder": "wang", "polarity": "support"}]),
    ]
    merged = merge(parts, "H", "S")
    assert [(s.holder, s.polarity) for s in merged.stances] == [("wang-yi", "oppose"), ("wang-yi", "support")]


# --- a long article, as the embedded model sees it ----------------------------------------

PEOPLE = [("Wang Yi", "wang-yi"), ("Kassym-Jomart Tokayev", "tokayev"), ("Antony Blinken", "blinken")]


def _long_article() -> str:
    budget = options.LOCAL_CHUNK_TOKENS * chunking.CHARS_PER_TOKEN
    paragraphs, i = [], 0
    while sum(len(p) + 2 for p in paragraphs) < 3 * budget:
        name = PEOPLE[i % 3][0]
        paragraphs.append(
            f"In round {i}, {name} met  officials in Almaty.\n"
            f"\u201cWe support talks number {i},\u201d {name} said \u2014 and others agreed.\n"
            f"The meeting ran late into the evening, with delegations trading proposals on border posts."
        )
        i += 1
    return "\n\n".join(paragraphs)


def _chunk_draft(chunk_text: str) -> SummaryDraft:
    rounds = [int(r) for r in re.findall(r"In round (\d+),", chunk_text)]
    actors = [
        {"id": id, "name": name, "kind": "person", "aliases": ["Mr Wang"] if id == "wang-yi" else []}
        for name, id in PEOPLE
        if name in chunk_text
    ]
    ids = {a["id"] for a in actors}
    events, stances = [], []
    for r in rounds:
        name, id = PEOPLE[r % 3]
        events.append(_event(f"e{len(events) + 1}", [id, "ghost"], evidence=f"In round {r}, {name} met officials"))
        # copied with straight quotes and a plain dash, as a model would write it
        stances.append({"holder": id, "target": f"talks number {r}", "polarity": "support",
                        "evidence": f'"We support talks number {r}," {name} said - and others agreed'})
    events.append(_event(f"e{len(events) + 1}", evidence="an invented sentence"))
    assert ids
    return SummaryDraft(headline="h", summary="s", actors=actors, events=events, stances=stances)


def test_a_long_article_splits_and_merges_with_spans_in_the_whole_article():
    text = _long_article()
    assert len(text) >= 3 * options.LOCAL_CHUNK_TOKENS * chunking.CHARS_PER_TOKEN

    chunks = split(text, options.LOCAL_CHUNK_TOKENS)
    assert len(chunks) >= 3

    parts = [shift(ground(_chunk_draft(c.text), c.text), c.start) for c in chunks]
    merged = merge(parts, "Talks in Almaty", "Officials met.")

    rounds = len(re.findall(r"In round \d+,", text))
    assert len(merged.events) == rounds  # the invented events were rejected in every part
    assert len(merged.stances) == rounds
    assert sum(r.reason.startswith("dropped: ") for r in merged.rejected) == len(chunks)
    assert [a.id for a in merged.actors] == ["wang-yi", "tokayev", "blinken"]
    assert [e.id for e in merged.events] == [f"e{i + 1}" for i in range(rounds)]
    assert all(e.agents and e.agents[0] in {"wang-yi", "tokayev", "blinken"} and "ghost" not in e.agents
               for e in merged.events)

    for item in [*merged.events, *merged.stances]:
        span = item.evidence_span
        assert span is not None
        assert normalise(text[span.start : span.end]) == normalise(item.evidence), item
    # spans are in article order, and the last ones lie beyond the first chunk
    starts = [e.evidence_span.start for e in merged.events]
    assert starts == sorted(starts)
    assert starts[-1] > chunks[-1].start

"""Evidence is found where it is, offsets slice the original, and the id rules hold."""

import pytest
from pydantic import ValidationError

from summariser.evidence import Article, find_span, looks_like_id, normalise
from summariser.grounding import CheckedSummary, find_problems, ground, problem_report
from summariser.schema import SummaryDraft

# (name, article text, evidence as a model might copy it, the original slice expected)
FIND_CASES = [
    ("exact", "Wang Yi met Blinken in Geneva.", "met Blinken", "met Blinken"),
    ("space-run-in-text", "Wang Yi   met\tBlinken.", "Yi met Blinken", "Yi   met\tBlinken"),
    ("space-run-in-evidence", "Wang Yi met Blinken.", "Yi  met \n Blinken", "Yi met Blinken"),
    ("newline-in-text", "troops would\nleave within days", "would leave within", "would\nleave within"),
    ("paragraph-break", "first para.\n\n  Second para starts", "para. Second", "para.\n\n  Second"),
    ("curly-double-in-text", "He said \u201cno deal\u201d today.", 'said "no deal" today', "said \u201cno deal\u201d today"),
    ("straight-double-in-text", 'He said "no deal" today.', "said \u201cno deal\u201d today", 'said "no deal" today'),
    ("curly-single", "Russia\u2019s troops left.", "Russia's troops", "Russia\u2019s troops"),
    ("guillemets", "il a dit \u00abnon\u00bb hier", 'dit "non" hier', "dit \u00abnon\u00bb hier"),
    ("en-dash", "the 2021\u20132022 season", "2021-2022 season", "2021\u20132022 season"),
    ("em-dash", "Kazakhstan \u2014 a CSTO member \u2014 asked", "Kazakhstan - a CSTO member - asked", "Kazakhstan \u2014 a CSTO member \u2014 asked"),
    ("hyphen-evidence-dash-text", "Almaty\u2011based group", "Almaty-based", "Almaty\u2011based"),
    ("accents", "Tom\u00e1s Vidal rejected Chile\u2019s proposal.", "Tom\u00e1s Vidal rejected", "Tom\u00e1s Vidal rejected"),
    ("cjk", "\u738b\u6bc5\u8bf4\uff0c\u4e2d\u56fd\u652f\u6301\u54c8\u8428\u514b\u65af\u5766\u3002", "\u4e2d\u56fd\u652f\u6301", "\u4e2d\u56fd\u652f\u6301"),
    ("emoji", "Fans cheered \U0001f389 as the team won.", "cheered \U0001f389 as", "cheered \U0001f389 as"),
    ("at-start", "Kazakhstan asked for help. Troops came.", "Kazakhstan asked", "Kazakhstan asked"),
    ("at-start-after-space", "\n\n  Kazakhstan asked for help.", "Kazakhstan asked", "Kazakhstan asked"),
    ("at-end", "Kazakhstan asked for help. Troops came.", "Troops came.", "Troops came."),
    ("at-end-before-space", "Troops came.\n\n", "Troops came.", "Troops came."),
    ("evidence-padded", "Troops came home.", "  came home \n", "came home"),
    ("whole-text", "Troops came.", "Troops came.", "Troops came."),
    ("first-of-two", "He said no. He said no.", "He said no.", "He said no."),
]


@pytest.mark.parametrize(("text", "evidence", "expected"), [c[1:] for c in FIND_CASES], ids=[c[0] for c in FIND_CASES])
def test_find_slices_the_original(text, evidence, expected):
    span = Article(text).find(evidence)
    assert span is not None
    assert text[span.start : span.end] == expected
    assert normalise(text[span.start : span.end]) == normalise(evidence)


def test_find_returns_the_first_occurrence():
    text = "He said no. Then he said no. He said no."
    assert find_span("He said no.", text).start == 0
    assert find_span("he said no.", text).start == 17


NOT_FOUND = [
    ("case-differs", "Wang Yi met Blinken.", "wang yi met blinken"),
    ("case-differs-one-letter", "Wang Yi met Blinken.", "Wang yi met"),
    ("invented", "Wang Yi met Blinken.", "Wang Yi met Putin"),
    ("paraphrase", "Troops would leave within days.", "troops will leave soon"),
    ("accent-dropped", "Tom\u00e1s Vidal rejected it.", "Tomas Vidal"),
    ("ellipsis-not-forgiven", "He waited... then left.", "waited\u2026 then"),
    ("word-joined", "Wang Yi met Blinken.", "WangYi met"),
    ("empty", "Wang Yi met Blinken.", ""),
    ("only-space", "Wang Yi met Blinken.", " \n\t"),
    ("longer-than-text", "Short.", "Short. And more."),
]


@pytest.mark.parametrize(("text", "evidence"), [c[1:] for c in NOT_FOUND], ids=[c[0] for c in NOT_FOUND])
def test_find_forgives_nothing_else(text, evidence):
    assert Article(text).find(evidence) is None
    assert find_span(evidence, text) is None


@pytest.mark.parametrize(
    ("name", "found"),
    [("Wang Yi", True), ("wang yi", True), ("WANG  YI", True), ("Mr Wang", False), ("Blinken", True), ("", False)],
)
def test_mentions_ignores_case_and_spacing(name, found):
    assert Article("Foreign Minister Wang Yi met Antony Blinken.").mentions(name) is found


@pytest.mark.parametrize(
    ("value", "is_id"),
    [("wang-yi", True), ("china", True), ("e1", True), ("un_security_council", True),
     ("CSTO deployment", False), ("the plan", False), ("Wang-Yi", False), ("wang-", False)],
)
def test_looks_like_id(value, is_id):
    assert looks_like_id(value) is is_id


TEXT = (
    'Chinese Foreign Minister Wang Yi met Kazakh President Kassym-Jomart Tokayev in Almaty on Monday. '
    '"China supports the CSTO deployment," Mr Wang said. Tokayev thanked Beijing.'
)


def _draft(**changes) -> SummaryDraft:
    base = {
        "headline": "Wang Yi meets Tokayev",
        "summary": "Wang Yi met Tokayev in Almaty.",
        "actors": [
            {"id": "wang-yi", "name": "Wang Yi", "kind": "person", "aliases": ["Mr Wang"]},
            {"id": "tokayev", "name": "Kassym-Jomart Tokayev", "kind": "person", "aliases": ["Tokayev"]},
            {"id": "china", "name": "China", "kind": "state", "aliases": ["Beijing"]},
            {"id": "csto", "name": "CSTO", "kind": "organisation", "aliases": []},
        ],
        "events": [
            {"id": "e1", "description": "They met.", "kind": "consult", "agents": ["wang-yi"],
             "targets": ["tokayev"], "evidence": "Wang Yi met Kazakh President Kassym-Jomart Tokayev"},
            {"id": "e2", "description": "Tokayev thanked China.", "kind": "support", "agents": ["tokayev"],
             "targets": ["china"], "evidence": "Tokayev thanked Beijing."},
        ],
        "stances": [
            {"holder": "china", "target": "CSTO deployment", "polarity": "support",
             "evidence": "\u201cChina supports the CSTO deployment,\u201d Mr Wang said"},
        ],
    }
    for path, value in changes.items():
        field, index, key = path.split("__")
        base[field][int(index)] = base[field][int(index)] | {key: value}
    return SummaryDraft.model_validate(base)


def _problems(draft):
    return [(p.field, p.index, p.fatal, p.message) for p in find_problems(draft, Article(TEXT))]


def test_a_grounded_draft_has_no_problems():
    assert _problems(_draft()) == []


# (name, changes to the good draft, (field, index, fatal, words in the message))
PROBLEM_CASES = [
    ("invented-event-evidence", {"events__1__evidence": "Tokayev thanked Moscow."},
     ("events", 1, True, "evidence 'Tokayev thanked Moscow.' is not copied word for word")),
    ("case-changed-evidence", {"events__1__evidence": "tokayev thanked Beijing."},
     ("events", 1, True, "is not copied word for word")),
    ("invented-stance-evidence", {"stances__0__evidence": "China opposes sanctions"},
     ("stances", 0, True, "evidence 'China opposes sanctions' is not copied")),
    ("unknown-agent", {"events__0__agents": ["wang-yi", "putin"]},
     ("events", 0, False, "events[0].agents: 'putin' is not the id of an actor")),
    ("unknown-target", {"events__0__targets": ["kazakhstan"]},
     ("events", 0, False, "events[0].targets: 'kazakhstan' is not the id of an actor")),
    ("unknown-holder", {"stances__0__holder": "russia"},
     ("stances", 0, True, "stances[0].holder: 'russia' is not the id of an actor")),
    ("duplicate-actor-id", {"actors__3__id": "wang-yi"},
     ("actors", 3, True, "actors[3]: id 'wang-yi' is used twice")),
    ("invented-actor-name", {"actors__3__name": "Vladimir Putin"},
     ("actors", 3, True, "actors[3]: name 'Vladimir Putin' does not occur")),
    ("invented-alias", {"actors__0__aliases": ["Mr Wang", "Comrade Wang"]},
     ("actors", 0, False, "actors[0]: alias 'Comrade Wang' does not occur")),
    ("target-looks-like-unknown-id", {"stances__0__target": "nato"},
     ("stances", 0, True, "stances[0].target: 'nato' is neither an actor id nor a phrase")),
    ("duplicate-event-id", {"events__1__id": "e1"},
     ("events", 1, True, "events[1]: id 'e1' is used twice")),
]


@pytest.mark.parametrize(("changes", "expected"), [c[1:] for c in PROBLEM_CASES], ids=[c[0] for c in PROBLEM_CASES])
def test_find_problems(changes, expected):
    field, index, fatal, words = expected
    problems = _problems(_draft(**changes))
    assert len(problems) == 1, problems
    assert problems[0][:3] == (field, index, fatal)
    assert words in problems[0][3]


@pytest.mark.parametrize("target", ["CSTO deployment in Kazakhstan", "the plan", "tokayev", "csto", "China"])
def test_stance_target_phrase_or_known_id_is_fine(target):
    assert _problems(_draft(stances__0__target=target)) == []


def test_ids_of_a_dropped_actor_do_not_resolve():
    problems = _problems(_draft(actors__2__name="Moscow", stances__0__target="china"))
    fields = {(f, i, fatal) for f, i, fatal, _ in problems}
    assert ("actors", 2, True) in fields
    assert ("stances", 0, True) in fields  # holder and target were 'china'
    assert ("events", 1, False) in fields  # e2 targets 'china'


def test_ground_keeps_a_good_draft_whole():
    summary = ground(_draft(), TEXT)
    assert [a.id for a in summary.actors] == ["wang-yi", "tokayev", "china", "csto"]
    assert [e.id for e in summary.events] == ["e1", "e2"]
    assert len(summary.stances) == 1
    assert summary.rejected == []


def _assert_spans_slice(summary, text):
    for item in [*summary.events, *summary.stances]:
        span = item.evidence_span
        assert span is not None
        assert normalise(text[span.start : span.end]) == normalise(item.evidence)


def test_ground_drops_fatal_items_with_reasons_and_strips_bad_values():
    draft = _draft(
        actors__2__aliases=["Beijing", "the Middle Kingdom"],
        events__0__agents=["wang-yi", "putin"],
        events__1__evidence="Tokayev thanked Moscow.",
        stances__0__holder="russia",
    )
    summary = ground(draft, TEXT)

    assert [a.id for a in summary.actors] == ["wang-yi", "tokayev", "china", "csto"]
    assert summary.actors[2].aliases == ["Beijing"]
    assert [e.id for e in summary.events] == ["e1"]
    assert summary.events[0].agents == ["wang-yi"]
    assert summary.stances == []
    _assert_spans_slice(summary, TEXT)

    reasons = {(r.field, r.item.get("id") or r.item.get("holder")): r.reason for r in summary.rejected}
    assert set(reasons) == {("actors", "china"), ("events", "e1"), ("events", "e2"), ("stances", "russia")}
    assert reasons[("events", "e2")].startswith("dropped: ")
    assert "'Tokayev thanked Moscow.'" in reasons[("events", "e2")]
    assert reasons[("stances", "russia")].startswith("dropped: ")
    assert reasons[("events", "e1")].startswith("kept without the bad values: ")
    assert "'putin'" in reasons[("events", "e1")]
    assert reasons[("actors", "china")].startswith("kept without the bad values: ")
    dropped = next(r for r in summary.rejected if r.field == "events" and r.item["id"] == "e2")
    assert dropped.item["evidence"] == "Tokayev thanked Moscow."


def test_ground_drops_an_invented_actor_and_its_ids():
    summary = ground(_draft(actors__1__name="Vladimir Putin"), TEXT)
    assert [a.id for a in summary.actors] == ["wang-yi", "china", "csto"]
    assert summary.events[0].targets == []  # 'tokayev' no longer resolves
    assert summary.events[1].agents == []


def test_ground_spans_slice_the_text_through_quotes_and_spacing():
    text = TEXT.replace(" met ", "  met\n").replace('"', "\u201d")
    summary = ground(_draft(), text)
    assert summary.rejected == []
    _assert_spans_slice(summary, text)
    span = summary.events[0].evidence_span
    assert text[span.start : span.end] == "Wang Yi  met\nKazakh President Kassym-Jomart Tokayev"


def test_checked_summary_raises_precisely_with_the_article():
    data = _draft(events__1__evidence="Tokayev thanked Moscow.", stances__0__holder="russia").model_dump()
    with pytest.raises(ValidationError) as raised:
        CheckedSummary.model_validate(data, context={"article": Article(TEXT)})
    message = str(raised.value)
    assert "events[1]: evidence 'Tokayev thanked Moscow.' is not copied word for word from the article" in message
    assert "stances[0].holder: 'russia' is not the id of an actor" in message
    assert "use only actor ids defined in `actors`" in message


def test_checked_summary_passes_a_grounded_draft_with_the_article():
    data = _draft().model_dump()
    assert CheckedSummary.model_validate(data, context={"article": Article(TEXT)}).events[0].id == "e1"


@pytest.mark.parametrize("context", [None, {}, {"article": TEXT}], ids=["none", "empty", "raw-string"])
def test_checked_summary_checks_only_the_schema_without_an_article(context):
    data = _draft(events__1__evidence="Tokayev thanked Moscow.").model_dump()
    assert CheckedSummary.model_validate(data, context=context).events[1].evidence == "Tokayev thanked Moscow."


def test_problem_report_is_capped():
    problems = find_problems(
        _draft(events__0__agents=[f"ghost-{i}" for i in range(20)]), Article(TEXT)
    )
    report = problem_report(problems, limit=5).splitlines()
    assert len(report) == 7
    assert report[5] == "... and 15 more"


def test_ground_keeps_the_first_of_two_actors_with_one_id():
    summary = ground(_draft(actors__3__id="wang-yi"), TEXT)
    assert [(a.id, a.name) for a in summary.actors] == [
        ("wang-yi", "Wang Yi"), ("tokayev", "Kassym-Jomart Tokayev"), ("china", "China")
    ]
    assert summary.events[0].agents == ["wang-yi"]
    (rejection,) = summary.rejected
    assert (rejection.field, rejection.item["name"]) == ("actors", "CSTO")
    assert rejection.reason == "dropped: actors[3]: id 'wang-yi' is used twice"


def test_a_repeated_evidence_maps_to_the_occurrence_after_the_previous_event():
    text = "The army fired. Talks stalled. The army fired. Talks resumed."
    event = {"description": "d", "kind": "assault", "agents": [], "targets": [], "evidence": "The army fired"}
    draft = SummaryDraft(
        headline="h", summary="s", actors=[],
        events=[event | {"id": "e1"}, {**event, "id": "e2", "evidence": "Talks resumed"}, event | {"id": "e3"}],
    )
    spans = [e.evidence_span for e in ground(draft, text).events]
    assert [text[s.start : s.end] for s in spans] == ["The army fired", "Talks resumed", "The army fired"]
    assert spans[0].start == 0
    assert spans[2].start == 0  # nothing after "Talks resumed": falls back to the first occurrence
    assert Article(text).find("The army fired", after=1).start == text.index("The army fired", 1)

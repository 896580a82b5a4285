"""Review fixes of this session's own rules (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _events(text: str):
    return rules_summary(text).events


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_a_time_or_the_means_of_saying_after_said_keeps_the_speakers_own_act():
    for text in ("The Health Ministry said Tuesday it had closed the border with Sudan.\n",
                 "The Health Ministry said in a statement it had closed the border with Sudan.\n"):
        assert [e.agents for e in _events(text)] == [["health-ministry"]], text
    text = "Mayor Ruth Okafor said Monday that her office had banned the march.\n"
    assert [e.agents for e in _events(text)] == [["ruth-okafor"]]
    assert ("ruth-okafor", "oppose", "the march") in _held(text)  # "the march" is no month


def test_a_reporting_verb_in_a_relative_clause_frames_nothing():
    text = "The National Army, which said in March that talks had failed, shelled the rebel town of Kiro on Tuesday.\n"
    assert [e.agents for e in _events(text)] == [["national-army"]]


def test_an_arrest_or_a_detention_a_speaker_reports_is_not_theirs():
    (event,) = _events("Amnesty International said 12 protesters were arrested in Harare on Monday.\n")
    assert event.agents == []
    (event,) = _events("The opposition Democratic Alliance said its leader was detained on Monday.\n")
    assert "democratic-alliance" not in event.agents


def test_lord_before_an_office_names_no_man():
    text = ("Opposition leader Alex Moran attacked the plan on Monday. Lord Mayor Sally Capp defended the new bridge on "
            "Tuesday. She accused the state government of cutting funds.\n")
    assert [e.agents for e in _events(text) if e.evidence.startswith("She accused")] == [["sally-capp"]]


def test_a_hazard_named_as_often_as_a_matter_leaves_the_quotes_their_side():
    text = ("Nurses marched in Lisbon on Monday against the vaccine mandate. The mandate was imposed during the pandemic. "
            "\"We will not accept this,\" union leader Rosa Vidal said. Doctors said the pandemic was over.\n")
    assert ("rosa-vidal", "oppose", "the vaccine mandate") in _held(text)


def test_suspending_ones_own_member_opposes_them():
    held = _held("The ruling Unity Party suspended its deputy leader Mark Dale on Monday over bribery claims.\n")
    assert [h for h in held if h[0] == "unity-party" and h[1] == "oppose"]
    assert not _held("Businessman Tim Vale suspended his campaign on Sunday.\n")


def test_the_measure_after_a_ban_with_no_noun_for_it_is_the_act_as_a_gerund():
    text = ("The government banned public gatherings in the capital on Monday. Opposition leader Mark Dale said the "
            "measure was unconstitutional.\n")
    assert ("mark-dale", "oppose", "banning public gatherings") in _held(text)


def test_the_charge_named_by_a_bare_noun_is_no_part_of_the_accused():
    assert ("critics", "oppose", "the mayor") in _held("Critics accused the mayor of corruption.\n")
    assert ("critics", "oppose", "his government") in _held("Ann Lee won. Critics accused his government of fraud.\n") \
        or ("critics", "oppose", "his government") in _held("Critics accused his government of fraud.\n")
    assert ("critics", "oppose", "the mayor of Kavo") in _held("Critics accused the mayor of Kavo of corruption.\n")


def test_the_main_verb_after_an_aside_that_ends_in_a_year_is_the_act():
    for text, kind in (("Josef Brandt, who served as president from 1998 to 2008, died on Monday.\n", "other"),
                       ("Josef Brandt, who served as president from 1998 to 2008, resigned on Monday.\n", "concede")):
        assert [(e.kind, e.agents) for e in _events(text)] == [(kind, ["josef-brandt"])], text
    assert [e.evidence for e in _events("The 2008 elections were held in June.\n")] == \
        ["The 2008 elections were held in June"]


def test_signs_or_posters_for_a_team_show_no_protest_placards_do():
    assert not _events("Hundreds of fans gathered outside the stadium holding signs for their team.\n")
    assert [e.kind for e in _events("Hundreds of farmers gathered outside the court holding placards.\n")] == ["protest"]


def test_a_withdrawal_with_a_comma_before_its_dead_is_still_one():
    (event,) = _events("Velmoran troops left the town on Friday, leaving behind their dead.\n")
    assert event.kind == "retreat"


def test_dying_in_an_accident_named_by_a_fights_noun_is_no_attack():
    assert [e.kind for e in _events("Two people died in a shooting accident at the range.\n")] == ["other"]
    assert [e.kind for e in _events("Three people died in clashes between police and protesters.\n")] == ["assault"]


def test_paying_tribute_praises():
    events = _events("Opposition leader Karl Roth also paid tribute, calling him a man of principle.\n")
    assert [(e.kind, e.agents) for e in events] == [("support", ["karl-roth"])]
    assert ("karl-roth", "support", "the rescue workers") in _held("Karl Roth paid tribute to the rescue workers.\n")

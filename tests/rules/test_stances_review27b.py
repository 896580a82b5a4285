"""Stances the second review of round 27 found wrong or missing (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_joining_a_campaign_to_do_a_thing_supports_it_a_relief_campaign_takes_no_side():
    assert ("anne-moss", "support", "the campaign to stop the new dam") in _held(
        "Senator Anne Moss joined the campaign to stop the new dam.\n")
    assert not _held("Senator Anne Moss joined the relief campaign on Monday.\n")


def test_blocking_a_planned_way_opposes_it_blocking_a_road_takes_no_side():
    assert ("kavo-city-council", "oppose", "the planned motorway") in _held(
        "Kavo City Council blocked the planned motorway through the valley on Monday.\n")
    assert not _held("Protesters blocked the main motorway through the valley on Monday.\n")


def test_thanks_for_coming_to_the_aid_support_thanks_for_a_visit_then_a_departure_do_not():
    assert ("ana-ruiz", "support", "european-union") in _held(
        "President Ana Ruiz thanked the European Union for coming to the aid of flood victims.\n")
    assert not _held("President Ana Ruiz thanked Prime Minister Ken Sato for coming to Kavo.\n")
    assert not _held("President Ana Ruiz thanked Prime Minister Ken Sato for his hospitality and flew home on Monday.\n")
    assert ("ana-ruiz", "support", "the rescuers") in _held(
        "President Ana Ruiz thanked the rescuers for their time and courage.\n")


def test_a_vote_for_the_nth_time_or_early_takes_no_side_a_vote_by_its_margin_does():
    assert ("parliament", "support", "the first time") not in _held(
        "Parliament voted 210-98 for the first time in a decade to extend the army's mandate.\n")
    assert ("voters", "support", "the referendum") not in _held(
        "Voters in Kessa voted early for the referendum on Sunday to avoid long queues.\n")
    assert ("parliament", "support", "the bill") in _held("Parliament voted overwhelmingly for the bill on Monday.\n")


def test_a_document_titled_letter_is_a_matter_the_letter_of_the_law_is_a_standard():
    assert _held("Senator Mia Lund said she was against the Letter of Intent on gas that Ardel signed with Velora.\n") == {
        ("mia-lund", "oppose", "the Letter of Intent")}
    assert ("mia-lund", "oppose", "the letter of the law") not in _held(
        "Senator Mia Lund said the plan was against the letter of the law.\n")


def test_people_said_of_after_a_name_are_what_the_quote_is_about_a_body_is_the_speakers_own():
    assert ("mia-lund", "support", "the strikers") in _held(
        'Dock workers in Kavo walked out on Monday over pay. "They are right to fight for fair wages," said Mayor Mia'
        ' Lund of the strikers.\n')
    assert ("tom-hask", "oppose", "the ruling") in _held(
        '"The ruling is a disgrace," said Tom Hask of the pensioners\' union.\n')


def test_a_laws_name_before_a_contact_relative_stays_the_law_a_titled_bill_is_a_person():
    assert ("mia-lund", "oppose", "the Online Safety Bill") in _held(
        "Senator Mia Lund said she would vote against the Online Safety Bill Ardel drafted last year.\n")
    assert not any("Senator Bill" in target for _, _, target in _held(
        "Senator Bill Moss said he would vote against the pension reform.\n"))

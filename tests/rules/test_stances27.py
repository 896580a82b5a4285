"""Stances of the stances27 round: support in its common forms, positions held across sentences, oppose forms
(invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_signing_up_to_or_joining_an_accord_supports_it():
    held = _held("Chile and Colombia have signed up to the pact to phase out coal power by 2035.\n")
    assert ("chile", "support", "the pact to phase out coal power") in held
    assert ("colombia", "support", "the pact to phase out coal power") in held
    assert ("chile", "support", "the coalition against the Islamic State") in _held(
        "Chile has joined the coalition against the Islamic State.\n")


def test_an_agreement_made_between_its_parties_is_no_stance():
    assert not _held("Kenya and Ethiopia signed a trade and energy agreement on Thursday.\n")
    assert not _held("Chile signed a trade agreement with Peru on Monday.\n")
    assert not _held("Chile did not sign the agreement on climate.\n")
    assert _held("Chile signed the agreement on climate.\n") == {("chile", "support", "the agreement")}


def test_being_against_or_in_favour_of_a_plan_keeps_its_infinitive():
    assert _held("Greenpeace said it was against the proposal to legalise euthanasia.\n") == {
        ("greenpeace", "oppose", "the proposal to legalise euthanasia")}
    assert _held("Greenpeace is in favour of the proposal to legalise euthanasia.\n") == {
        ("greenpeace", "support", "the proposal to legalise euthanasia")}
    assert not _held("Greenpeace said it is against the law to sell the land.\n")


def test_a_hope_or_a_confidence_that_a_matter_will_come_about_supports_it():
    assert ("sigrid-holm", "support", "the ceasefire") in _held(
        "Foreign Minister Sigrid Holm said she hoped the ceasefire would hold.\n")
    assert ("rafael-ortiz", "support", "the reform") in _held(
        "Economy Minister Rafael Ortiz said he was confident that the reform would attract foreign investment.\n")
    assert ("anne-moss", "oppose", "the plan") in _held("Senator Anne Moss doubted that the plan would work.\n")
    assert ("anne-moss", "oppose", "the strike") in _held(
        "Senator Anne Moss said she hoped the strike would end soon.\n")


def test_a_hope_about_the_weather_or_an_actors_deeds_takes_no_side():
    assert not _held("Senator Anne Moss said she hoped the rain would stop.\n")
    assert not _held("If the minister hoped the deal would pass, she did not say so.\n")
    assert _held("Senator Anne Moss said she hoped the reform would pass.\n") == {("anne-moss", "support", "the reform")}


def test_a_quote_said_of_a_thing_after_an_inverted_name_is_about_that_thing():
    assert ("clara-jensen", "support", "the rent freeze") in _held(
        '"This is good news for families," said Housing Minister Clara Jensen of the rent freeze.\n')
    assert not any(t == "England" for _, _, t in _held(
        '"We are very pleased with the figures," said Bank of England governor Andrew Bailey.\n'))


def test_a_participle_clause_after_the_judged_subject_only_says_which():
    held = _held('The World Bank said: "The reforms undertaken by the government are impressive."\n')
    assert ("world-bank", "support", "the reforms") in held
    assert ("world-bank", "oppose", "the spending cuts") in _held(
        "The World Bank said the spending cuts announced in March were unfair.\n")
    assert not _held("The World Bank said the reforms undertaken by the government had started in May.\n")


def test_agreeing_with_a_proposal_supports_it_but_an_agreement_made_takes_no_side():
    assert ("dutch-government", "support", "the European Commission's proposal to cap gas prices") in _held(
        "The Dutch government said it agreed with the European Commission's proposal to cap gas prices.\n")
    assert not _held("Iran agreed with Iraq to reopen the border on Monday.\n")
    assert not _held("The union agreed with the government on a new pay deal.\n")


def test_resisting_pressure_to_act_opposes_the_act():
    assert ("greek-government", "oppose", "raising the retirement age") in _held(
        "The Greek government has resisted pressure to raise the retirement age.\n")


def test_rejecting_a_report_opposes_it_but_denying_one_answers_a_charge():
    assert ("carmen-ibarra", "oppose", "the report") in _held(
        "Mexican President Carmen Ibarra dismissed the report as politically motivated.\n")
    assert not _held("Mexican President Carmen Ibarra denied the report.\n")
    assert not _held("Mexican President Carmen Ibarra dismissed reports that she was ill.\n")


def test_thanks_for_a_courtesy_take_no_side_thanks_to_someone_support_them():
    assert not _held('"Thank you all for coming," Prime Minister Jacinda Reeve told reporters before the briefing.\n')
    assert ("lena-dorn", "support", "the firefighters") in _held(
        '"Thank you to the firefighters who saved our town," Mayor Lena Dorn said.\n')


def test_calling_a_thing_a_step_forward_or_in_the_right_direction_supports_it():
    assert ("greenpeace", "support", "the ruling") in _held("Greenpeace called the ruling a step forward.\n")
    assert ("greenpeace", "oppose", "the ruling") in _held("Greenpeace called the ruling a step backwards.\n")
    assert ("greenpeace", "oppose", "the new curfew") in _held(
        "Greenpeace said the new curfew was a step in the wrong direction.\n")
    assert ("greenpeace", "support", "the ban") in _held(
        '"This is a step in the right direction," Greenpeace said of the ban.\n')


def test_a_worry_that_a_matter_will_harm_opposes_it_its_collapse_feared_supports_it():
    assert ("greenpeace", "oppose", "the new tax") in _held(
        "Greenpeace is worried that the new tax will push up food prices.\n")
    assert ("ann-reed", "support", "the deal") in _held("Senator Ann Reed was afraid that the deal would collapse.\n")
    assert not _held("Senator Ann Reed said she was concerned that the storm would hit the coast.\n")


def test_a_quote_after_a_statement_issued_is_its_issuers_words():
    assert ("oxfam", "oppose", "the cuts to foreign aid") in _held(
        'Oxfam issued a statement on Tuesday. "The cuts to foreign aid are shameful and must be reversed."\n')
    assert not _held("Oxfam issued a statement on Tuesday. The cuts to foreign aid were announced last week.\n")


def test_welcoming_a_visitor_to_a_place_is_a_greeting_not_a_position():
    assert not _held("President Joe Carter welcomed Japanese Prime Minister Ken Sato to the White House on Monday.\n")
    assert not _held("Oxfam welcomed thousands of visitors to its stand at the fair.\n")
    assert ("joe-carter", "support", "the release of the hostages") in _held(
        "President Joe Carter welcomed the release of the hostages in Gaza.\n")


def test_no_accord_supported_in_a_question_or_under_a_condition():
    assert not any(t.startswith("the treaty") for _, _, t in _held("Will Chile sign the treaty? Oxfam said it was unclear.\n"))
    assert not _held("Chile would join the alliance only if its parliament approved, officials said.\n")


def test_a_protest_threatened_over_a_thing_opposes_it():
    assert _held("The union has threatened to strike over the pay freeze.\n") == {("union", "oppose", "the pay freeze")}


def test_what_a_participle_after_an_opposed_thing_judges_is_not_the_subjects_position():
    assert _held("Foreign Minister Ana Ruiz voted against the resolution condemning the coup.\n") == {
        ("ana-ruiz", "oppose", "the resolution")}
    assert ("oxfam", "oppose", "the budget") in _held("Oxfam released a report criticising the budget.\n")


def test_the_speakers_own_country_or_party_refusing_is_the_speakers_position():
    assert ("ana-ruiz", "oppose", "the election result") in _held(
        "Foreign Minister Ana Ruiz said her country would not recognise the election result.\n")
    assert not any(t == "the offer" for _, _, t in _held(
        "Foreign Minister Ana Ruiz said her husband would not accept the offer.\n"))


def test_blocking_a_road_takes_no_side_on_the_road():
    assert not _held("Protesters blocked the main highway into the capital on Monday.\n")
    assert ("opponents", "oppose", "the new dam") in _held("Opponents of the new dam blocked the main road on Tuesday.\n")
    assert ("senate", "oppose", "the nomination of Judge Ann Lee") in _held(
        "The Senate blocked the nomination of Judge Ann Lee.\n")


def test_having_no_objection_to_a_plan_leans_to_support_it():
    assert ("oxfam", "support", "the plan") in _held("Oxfam said it had no objection to the plan.\n")
    assert not _held("Norway voiced no concern about the plan.\n")


def test_a_first_name_bill_is_no_law_named_in_full():
    assert ("bill-moss", "support", "the bill") in _held(
        "Senator Bill Moss backed the bill on Monday. He said the bill was a victory for workers.\n")
    assert ("ann-reed", "oppose", "the Online Safety Bill") in _held(
        "The Online Safety Bill passed. Senator Ann Reed said the bill was a disaster.\n")


def test_thanks_for_hospitality_are_politeness_thanks_for_support_support():
    assert not _held("President Joe Carter thanked Prime Minister Ken Sato for his hospitality.\n")
    assert ("joe-carter", "support", "ken-sato") in _held(
        "President Joe Carter thanked Ken Sato for his support on Ukraine.\n")


def test_a_vote_with_its_tally_or_manner_before_its_side():
    assert _held("Parliament voted 210-98 in favour of the bill on Tuesday.\n") == {("parliament", "support", "the bill")}
    assert _held("Parliament voted 210 to 98 against the bill on Tuesday.\n") == {("parliament", "oppose", "the bill")}
    assert not _held("Parliament voted early on Tuesday.\n")


def test_a_matter_hoped_or_feared_to_be_scrapped_or_put_off_turns_the_side_round():
    assert _held("Senator Anne Moss said she was worried that the school reform would be scrapped.\n") == {
        ("anne-moss", "support", "the school reform")}
    assert _held("Senator Anne Moss said she hoped the peace talks would be postponed.\n") == {
        ("anne-moss", "oppose", "the peace talks")}
    assert ("rafael-ortiz", "support", "the reform") in _held(
        "Economy Minister Rafael Ortiz said he hoped the reform would be a success.\n")


def test_little_or_no_hope_that_a_matter_will_come_about_is_no_support():
    assert not _held("Senator Anne Moss held out little hope that the ceasefire would hold.\n")
    assert not _held("Senator Anne Moss said there was no hope that the ceasefire would hold.\n")
    assert ("anne-moss", "support", "the ceasefire") in _held(
        "Senator Anne Moss said there was real hope that the ceasefire would hold.\n")


def test_being_against_the_interests_or_spirit_of_something_is_no_position_on_it():
    assert not _held("Mayor Ana Ruiz said it was against the interests of local farmers.\n")
    assert not _held("Greenpeace said it was against the spirit of the climate accord.\n")
    assert ("greenpeace", "oppose", "the proposal to legalise euthanasia") in _held(
        "Greenpeace said it was against the proposal to legalise euthanasia.\n")


def test_someone_elses_refusal_after_his_or_her_is_not_the_speakers_position():
    assert ("ana-ruiz", "oppose", "the new budget") not in _held(
        "Senator Ana Ruiz said her critics would not accept the new budget.\n")
    assert ("ana-ruiz", "oppose", "the new budget") in _held(
        "Senator Ana Ruiz said her party would not accept the new budget.\n")


def test_joining_an_assembly_or_a_sideless_campaign_is_no_accord_and_a_time_ends_the_accord():
    assert not _held("Senator Anne Moss joined the party convention in Boston.\n")
    assert not _held("Senator Anne Moss joined the relief campaign.\n")
    assert ("anne-moss", "support", "the campaign against the new dam") in _held(
        "Senator Anne Moss joined the campaign against the new dam.\n")
    assert ("finland", "support", "the alliance") in _held(
        "Finland joined the alliance last April after years of neutrality.\n")


def test_an_of_phrase_of_a_body_after_an_inverted_name_is_the_speakers_affiliation():
    held = _held('The Veloran government cut pensions by 10 percent on Monday. "These cuts are a disgrace," said '
                 "Mia Lund of the pensioners' union.\n")
    assert ("mia-lund", "oppose", "the pensioners' union") not in held
    assert ("mia-lund", "oppose", "the cuts") in held


def test_thanks_for_a_courtesy_and_a_deed_still_support_who_is_thanked():
    assert ("anne-moss", "support", "the firefighters") in _held(
        "Senator Anne Moss thanked the firefighters for their time and courage.\n")
    assert not _held("Senator Anne Moss thanked the mayor for his hospitality.\n")

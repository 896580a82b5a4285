"""Actors of the probe34g round on unseen wire copy: news outlets named by their masthead that only tell the news,
and collectives of irregular plurals ("fishermen") that take a side (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _ids(text: str) -> set[str]:
    return {a.id for a in rules_summary(text).actors}


def test_an_outlet_named_by_its_masthead_that_only_tells_the_news_is_a_source():
    assert "marovian-gazette" not in _ids("The council approved the budget on Tuesday, the Marovian Gazette said.\n")
    assert "daily-clarion" not in _ids("The Daily Clarion said the minister had resigned over the contract.\n")
    assert "ostrava-tribune" not in _ids("The minister resigned on Monday, the Ostrava Tribune wrote.\n")
    assert "harbour-chronicle" not in _ids(
        "The mayor of Harbour City resigned on Monday. The Harbour Chronicle said he had lost the council's support.\n")


def test_an_outlet_named_by_its_masthead_that_acts_or_is_acted_on_is_an_actor():
    assert "marovian-gazette" in _ids("The Marovian Gazette sued the interior minister for libel on Monday.\n")
    assert "daily-clarion" in _ids("The minister sued the Daily Clarion for libel on Monday.\n")
    assert "ostrava-tribune" in _ids("Police raided the offices of the Ostrava Tribune on Monday.\n"
                                     "The Ostrava Tribune condemned the raid.\n")


def test_a_body_whose_name_ends_in_a_word_no_masthead_has_is_no_outlet():
    assert "harbour-party" in _ids("The Harbour Party said the budget was unfair and must be withdrawn.\n")
    assert "ann-herald" in _ids("Ann Herald said the vote was rigged and must be annulled.\n")
    assert "royal-mail" in _ids("Royal Mail said it would cut 2,000 jobs, blaming the fall in letters.\n")


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_a_collective_of_an_irregular_plural_behind_its_modifier_takes_a_side():
    assert ("local-fishermen", "oppose", "the new quota") in _held("Local fishermen oppose the new quota.\n")
    assert ("angry-fishermen", "oppose", "the quota") in _held("Angry fishermen oppose the quota.\n")
    assert ("young-women", "support", "the reform") in _held("Many young women support the reform, the survey found.\n")


def test_a_stance_noun_after_a_singular_modifier_is_still_a_noun():
    assert not _held("The city's gas demand rose sharply in the winter.\n")
    assert not _held("The gunmen attack lasted an hour, the ministry said.\n")


def test_patients_depositors_borrowers_and_users_act_as_collectives():
    assert "angry-patients" in _ids("Angry patients have called for an inquiry into the hospital.\n")
    assert "worried-depositors" in _ids("Worried depositors besieged the bank's branches on Friday.\n")
    assert "borrowers" in _ids("Borrowers have sued the lender over hidden fees.\n")
    assert "users" in _ids("The minister urged users to report fake accounts.\n")


def test_such_people_told_of_in_passing_or_as_a_toll_are_no_actors():
    assert not {"investors", "patients", "users"} & _ids(
        "The hospital treated 40 patients on Monday. Investors said the shares were cheap. Many users like the app.\n")
    assert "patients" not in _ids("Twelve patients died in the fire, the health ministry said.\n")
    assert "investors" not in _ids("The fund lost money for its investors last year.\n")
    assert "retail-investors" not in _ids("Retail investors piled into the shares on Monday.\n")


def test_the_title_of_a_book_film_or_song_is_no_actor():
    assert "promised-land" not in _ids(
        "Former senator Ann Lee wrote in her memoir A Promised Land that the talks had failed. The party rejected it.\n")
    assert "silent-harbour" not in _ids(
        "The documentary Silent Harbour accused Mayor Ann Lee of hiding the spill. Lee denied it.\n")
    assert "northern-lights" not in _ids("The band played the song Northern Lights at the rally on Saturday.\n")


def test_a_body_or_person_after_a_word_that_is_also_a_works_noun_is_still_an_actor():
    # a name right after "book" as a verb, or a body whose own name follows the noun of its field
    assert "velmora-airlines" in _ids("Travellers could book Velmora Airlines flights again after the airline "
                                      "reversed its ban on Monday. Velmora Airlines said it regretted the ban.\n")
    assert "ann-lee" in _ids("The film director Ann Lee condemned the ban on Monday.\n")


def test_a_named_occasion_called_off_is_no_actor():
    assert "velmora-open" not in _ids("The Velmora Open was cancelled because of the storm.\n")
    assert "arden-cup" not in _ids("The Arden Cup was postponed after the attack on the stadium.\n")
    assert "velmora-grand-prix" not in _ids("The Velmora Grand Prix was cancelled over safety fears.\n")
    assert "velmora-marathon" not in _ids("Police suspended the Velmora Marathon after the bombing.\n")


def test_a_body_whose_name_holds_an_occasions_word_inside_is_still_an_actor():
    assert "open-society-foundations" in _ids("The Open Society Foundations condemned the ban on Monday.\n")
    assert "arden-festival-trust" in _ids("The Arden Festival Trust sued the council over the ban.\n")


def test_a_collective_asked_or_ordered_in_the_passive_is_the_requests_target():
    assert "local-shopkeepers" in _ids("Local shopkeepers were urged to close early on Friday.\n")
    assert "frightened-parents" in _ids("Frightened parents were asked to keep their children at home.\n")
    assert "foreign-tourists" in _ids("Foreign tourists were ordered to leave the island by Sunday.\n")
    assert "elderly-homeowners" in _ids("Elderly homeowners have been advised to check their roofs.\n")


def test_a_collective_passive_of_asking_with_no_infinitive_negated_or_quoted_is_no_target():
    assert "local-shopkeepers" not in _ids("Local shopkeepers were asked about the new parking rules.\n")
    assert "local-shopkeepers" not in _ids("Local shopkeepers were not asked to close early, the mayor said.\n")
    assert "local-shopkeepers" not in _ids("If local shopkeepers were asked to close early, they would refuse.\n")
    assert "local-shopkeepers" not in _ids("\"Local shopkeepers were urged to close early,\" the mayor said.\n")


def test_a_collective_behind_an_adjective_after_an_act_of_force_is_its_target():
    assert "foreign-journalists" in _ids("Police arrested foreign journalists in the main square on Monday.\n")
    assert "angry-shopkeepers" in _ids("Soldiers detained angry shopkeepers outside the market on Friday.\n")
    assert "foreign-journalists" in _ids("The ministry banned foreign journalists from entering the region.\n")


def test_a_collective_behind_an_adjective_after_a_meeting_is_no_target():
    assert "foreign-journalists" not in _ids("The minister met foreign journalists in the capital on Monday.\n")


def test_a_one_word_name_that_is_also_an_occasion_s_word_is_still_a_body():
    assert "carnival" in _ids("Carnival said on Monday it would cancel all cruises until June.\n")
    assert "marathon" in _ids("Marathon said on Tuesday it would close two refineries.\n")
    assert "velmora-open" not in _ids("The Velmora Open was cancelled because of the rain.\n")


def test_a_name_after_a_work_that_opens_a_phrase_of_place_is_who_speaks_in_it():
    assert "smith" in _ids("In the documentary Smith criticises the government for its handling of the flood.\n")
    assert "harbour-lights" not in _ids("Pressley's film Harbour Lights won an award.\n")


def test_a_firm_named_as_a_courier_is_no_newspaper():
    assert "federal-courier" in _ids("Federal Courier said it would cut 500 jobs, blaming the fall in parcels.\n")

"""Events and stances of the probe32b round: rules found by probing with invented wire-style sentences (hazard
tolls, strikes called off, negated acts, requests in many shapes)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.kind, e.agents, e.targets) for e in rules_summary(text).events]


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_a_fire_or_a_gas_explosion_that_kills_is_a_hazard_toll_not_an_assault():
    for text in ("A fire at a textile factory in Dhaka killed 12 workers on Sunday, officials said.\n",
                 "A gas explosion at an apartment block in Lyon killed four people on Wednesday.\n",
                 "The fire destroyed more than 200 homes in the hillside district of Puerto Lobo.\n",
                 "Fires have killed at least 30 people in the southern province since Friday.\n"):
        kinds = [k for k, _, _ in _events(text)]
        assert kinds == ["other"], (text, kinds)


def test_fire_opened_or_set_and_a_claimed_blast_stay_assaults():
    for text in ("Police opened fire on protesters in the capital on Friday, killing three.\n",
                 "Rioters set fire to the police station in Kessa on Saturday.\n",
                 "A blast claimed by the Northern Front killed nine soldiers in Marra on Monday.\n",
                 "A car bomb exploded outside a police station in Kandar, killing six officers.\n",
                 "Militants fired rockets at the base, and the fire killed two soldiers.\n"):
        kinds = [k for k, _, _ in _events(text)]
        assert "assault" in kinds, (text, kinds)


def test_an_act_of_position_negated_in_the_past_takes_no_side():
    for text in ("Ardenia did not impose sanctions on Tarnia.\n",
                 "The Velmora Transport Union has never sued the ministry.\n",
                 "Tarnia did not veto the resolution.\n",
                 "Greenpeace did not criticise the plan.\n",
                 "Senator Ann Lee didn't vote against the bill.\n"):
        assert not _held(text), text


def test_a_stated_attitude_or_intention_negated_still_takes_a_side():
    assert ("greenpeace", "oppose", "the plan") in _held("Greenpeace said it did not support the plan.\n")
    assert ("ann-lee", "oppose", "the pipeline") in _held("Senator Ann Lee said she would not support the pipeline.\n")
    assert ("paul-dorn", "support", "the rally") in _held(
        "Velmora will not ban the rally, Interior Minister Paul Dorn said.\n")


def test_a_call_for_an_end_to_a_thing_opposes_the_thing():
    assert ("leo", "oppose", "the fighting in Tarnia") in _held(
        "Pope Leo called for an end to the fighting in Tarnia.\n")
    assert ("greenpeace", "oppose", "logging in the reserve") in _held(
        "Greenpeace appealed for an end to logging in the reserve.\n")
    assert ("ann-lee", "oppose", "the fuel tax") in _held("Senator Ann Lee demanded the repeal of the fuel tax.\n")
    assert ("amnesty-international", "oppose", "the curfew") in _held(
        "Amnesty International called for an immediate halt to the curfew.\n")


def test_a_call_for_a_thing_to_be_given_still_supports_it():
    assert ("amnesty-international", "support", "the release of the detained journalists") in _held(
        "Amnesty International called for the release of the detained journalists.\n")
    assert ("velmora-transport-union", "support", "higher wages") in _held(
        "The Velmora Transport Union demanded higher wages.\n")


def test_a_call_for_money_or_funds_takes_no_side():
    assert not _held("The Red Cross appealed for 10 million dollars to help flood victims.\n")
    assert not _held("The United Nations called for $400 million in emergency funding for Tarnia.\n")
    assert not _held("Mayor Tom Reed appealed for donations for the families.\n")


def test_pressing_petitioning_or_appealing_to_someone_to_act_supports_the_act():
    assert ("european-union", "support", "holding free elections") in _held(
        "The European Union pressed Tarnia to hold free elections.\n")
    assert ("residents", "support", "reopening the clinic") in _held(
        "Residents petitioned the city council to reopen the clinic.\n")
    assert ("greenpeace", "oppose", "the construction of the dam") in _held(
        "Greenpeace appealed to the government to halt the construction of the dam.\n")
    assert ("human-rights-watch", "support", "releasing the detained journalists") in _held(
        "Human Rights Watch implored Tarnia to release the detained journalists.\n")


def test_pressing_or_appealing_with_no_act_asked_takes_no_side():
    assert not _held("Prosecutors pressed charges against the driver on Monday.\n")
    assert not _held("Greenpeace appealed to the court on Monday.\n")
    assert not _held("The Red Cross appealed to residents to stay calm.\n")


def test_refusing_to_back_a_thing_opposes_the_thing_not_the_backing():
    assert ("luis-ortega", "oppose", "the proposal") in _held("President Luis Ortega refused to back the proposal.\n")
    assert ("ann-lee", "support", "the treaty") in _held("Senator Ann Lee vowed to defend the treaty.\n")
    assert ("ann-lee", "oppose", "the plan to raise taxes") in _held(
        "Senator Ann Lee refused to support the plan to raise taxes.\n")


def test_calling_a_thing_an_attack_on_a_good_opposes_it_whatever_the_good():
    before = "Ardenia's parliament approved a law on Tuesday that bans face coverings. "
    assert ("lina-haddad", "oppose", "the law") in _held(
        before + '"It is a direct attack on religious freedom," Amnesty International researcher Lina Haddad said.\n')
    assert {p for h, p, _ in _held(before + "Amnesty International said the law was an assault on religious freedom.\n")
            if h == "amnesty-international"} == {"oppose"}


def test_a_thing_called_no_attack_or_a_victory_is_not_opposed():
    before = "Ardenia's parliament approved a law on Tuesday that bans face coverings. "
    assert not any(p == "oppose" for _, p, _ in _held(
        before + '"This law is not an attack on religious freedom," Interior Minister Paul Dorn said.\n'))
    assert not any(p == "oppose" for _, p, _ in _held(
        before + '"This is a victory for women," said Lina Haddad of Amnesty International.\n'))


def test_a_threat_unless_someone_undoes_a_thing_opposes_the_thing():
    assert ("velmora-transport-union", "oppose", "the pension reform") in _held(
        "The Velmora Transport Union threatened to strike unless the government withdrew the pension reform.\n")
    assert ("farmers", "oppose", "the water tax") in _held(
        "Farmers vowed to keep blocking roads unless the ministry scraps the water tax.\n")


def test_a_threat_unless_someone_does_a_thing_is_no_side_on_the_thing():
    held = _held("The Velmora Transport Union threatened to strike unless the government raised wages.\n")
    assert not any(p == "oppose" and "wages" in t for _, p, t in held)


def test_calling_off_or_ending_a_strike_or_protest_concedes():
    for text, agent in (("The dockworkers' union called off the strike on Monday.\n", "dockworkers-union"),
                        ("The Velmora Transport Union suspended its planned strike after talks.\n",
                         "velmora-transport-union"),
                        ("Prisoners in Kessa ended a three-week hunger strike on Sunday.\n", "prisoners")):
        found = _events(text)
        assert ("concede", [agent], []) in found and not any(k == "protest" for k, _, _ in found), (text, found)


def test_a_strike_begun_or_talks_called_off_are_no_concession():
    assert [k for k, _, _ in _events("Nurses went on strike on Tuesday over pay.\n")] == ["protest"]
    assert [k for k, _, _ in _events("The Velmora Transport Union called off talks with the ministry.\n")] == ["sanction"]
    assert [k for k, _, _ in _events("Police ended the protest by force on Sunday.\n")] != ["concede"]


def test_it_after_a_referring_phrase_of_the_same_sentence_is_what_that_phrase_names():
    held = _held("The government announced on Monday that schools would close for two weeks. "
                 "Some parents welcomed the move, while teachers' unions criticised it.\n")
    parents = {t for h, p, t in held if h == "parents" and p == "support"}
    assert parents and {t for h, p, t in held if h == "teachers-unions" and p == "oppose"} == parents


def test_it_with_no_referring_phrase_before_is_left_alone():
    assert not any(h == "teachers-unions" for h, _, _ in _held(
        "Teachers' unions met on Monday and criticised it.\n"))


def test_denying_that_someone_did_wrong_takes_no_side_against_them():
    for text in ("Interior Minister Paul Dorn denied that police had used excessive force.\n",
                 "Tarnia denied that Velmora had been behind the attack.\n"):
        assert not any(p == "oppose" for _, p, _ in _held(text)), text


def test_denying_a_thing_or_rejecting_a_plan_still_opposes_it():
    assert ("tarnia", "oppose", "the peace plan") in _held("Tarnia rejected the peace plan on Monday.\n")


def test_a_short_quote_that_calls_the_act_before_a_scandal_opposes_it():
    for quote in ("This is a scandal", "It is a disgrace", "This is unacceptable"):
        held = _held(f'Ardenia raised fuel prices on Monday. "{quote}," opposition leader Marta Gil said.\n')
        assert {p for h, p, _ in held if h == "marta-gil"} == {"oppose"}, quote


def test_a_quote_that_only_judges_a_time_takes_no_side():
    assert not _held('Ardenia raised fuel prices on Monday. "It was a long day," Marta Gil said.\n')
    assert not _held('Ardenia raised fuel prices on Monday. "Last week was hard," Marta Gil said.\n')


def test_an_act_described_as_a_slap_or_an_insult_is_opposed():
    held = _held('Ardenia raised fuel prices on Monday. '
                 'Opposition leader Marta Gil described the increase as "a slap in the face for workers".\n')
    assert {p for h, p, _ in held if h == "marta-gil"} == {"oppose"}
    held = _held("Ardenia raised fuel prices on Monday. Marta Gil called the increase an insult to every driver.\n")
    assert {p for h, p, _ in held if h == "marta-gil"} == {"oppose"}


def test_an_act_described_as_a_victory_is_supported():
    held = _held('Ardenia raised fuel prices on Monday. Senator Ann Lee described the increase as "a victory for reform".\n')
    assert {p for h, p, _ in held if h == "ann-lee"} == {"support"}


def test_a_thing_said_to_push_people_into_a_harm_is_opposed():
    held = _held("Ardenia raised fuel prices on Monday. "
                 "Opposition leader Marta Gil said the increase would push millions into poverty.\n")
    assert {p for h, p, _ in held if h == "marta-gil"} == {"oppose"}


def test_a_thing_said_to_bring_something_into_a_place_takes_no_side_by_it():
    held = _held("Ardenia signed a trade deal with Velmora on Monday. "
                 "Finance Minister Paul Dorn said the deal would bring investment into the region.\n")
    assert not any(p == "oppose" for h, p, _ in held if h == "paul-dorn")


def test_a_court_that_allows_or_clears_something_rules():
    for text, court in (("The Supreme Court allowed the construction of the dam to proceed.\n", "supreme-court"),
                        ("The Supreme Court cleared the merger of the two airlines.\n", "supreme-court")):
        assert ("other", [court], []) in _events(text), (text, _events(text))
    assert [k for k, _, _ in _events("A judge in Harlow cleared the merger of the two airlines on Friday.\n")] == ["other"]


def test_someone_else_who_allows_a_thing_does_no_act():
    assert not _events("The mayor allowed reporters into the building.\n")


def test_a_central_bank_that_keeps_its_rates_unchanged_decides():
    assert ("other", ["bank-of-ardenia"], []) in _events(
        "The Bank of Ardenia kept interest rates unchanged on Thursday.\n")
    assert ("other", ["bank-of-ardenia"], []) in _events(
        "The Bank of Ardenia held its key rate at 4.5 percent on Thursday.\n")


def test_a_rate_that_stayed_or_was_held_hostage_is_no_decision():
    assert not _events("Inflation kept rising in March as food prices climbed.\n")


def test_whom_one_urges_to_act_holds_no_stance_of_the_act_asked():
    for text in ("The watchdog urged President Luis Ortega to veto the bill.\n",
                 "The Committee to Protect Journalists urged President Luis Ortega to veto the bill.\n"):
        assert not any(h == "luis-ortega" for h, _, _ in _held(text)), text


def test_who_urges_still_holds_the_stance_of_the_act_asked():
    assert ("rights-groups", "oppose", "the bill") in _held(
        "Rights groups called on President Luis Ortega to veto the bill.\n")
    assert ("luis-ortega", "oppose", "the bill") in _held("President Luis Ortega vowed to veto the bill.\n")


def test_a_quote_calling_the_act_a_dark_day_for_a_good_opposes_it():
    before = "Tarnia's parliament passed a law on Tuesday allowing the government to block websites. "
    for quote in ("This law is a dark day for press freedom", "It is a sad day for democracy"):
        held = _held(before + f'"{quote}," said Marta Gil, leader of the opposition.\n')
        assert {p for h, p, _ in held if h == "marta-gil"} == {"oppose"}, quote


def test_a_quote_calling_the_act_a_good_day_for_someone_supports_it():
    before = "Tarnia's parliament passed a law on Tuesday allowing the government to block websites. "
    held = _held(before + '"This is a historic day for our country," said Information Minister Paul Dorn.\n')
    assert {p for h, p, _ in held if h == "paul-dorn"} == {"support"}


def test_a_month_before_a_passive_is_no_march():
    assert [k for k, _, _ in _events(
        "The bill, proposed by the ruling party in March, was approved by 140 votes to 62.\n")] == ["other"]


def test_a_protest_named_as_the_passive_subject_keeps_its_kind():
    assert [k for k, _, _ in _events("A protest march was held in Kessa on Saturday.\n")] == ["protest"]


def test_imposing_or_extending_a_state_of_emergency_mobilizes():
    for text in ("Ardenia imposed a state of emergency on Monday.\n",
                 "Ardenia extended the state of emergency by three months.\n",
                 "The Senate voted to extend the state of emergency.\n"):
        assert [k for k, _, _ in _events(text)] == ["mobilize"], (text, _events(text))


def test_lifting_a_state_of_emergency_or_imposing_a_curfew_is_no_mobilization():
    assert [k for k, _, _ in _events("Ardenia lifted the state of emergency on Monday.\n")] == ["concede"]
    assert "mobilize" not in [k for k, _, _ in _events("Ardenia extended the deadline by three months.\n")]

"""Defects of the rules found by last round's reviewers (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def _actors(text: str) -> dict[str, str]:
    return {a.id: a.kind for a in rules_summary(text).actors}


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.kind, e.agents, e.targets) for e in rules_summary(text).events]


def test_a_capitalised_adjective_of_a_believers_set_opens_a_collective_no_name():
    text = "Hardline clerics condemned the verdict.\n"
    assert _actors(text) == {"hardline-clerics": "group"}
    assert ("hardline-clerics", "oppose", "the verdict") in _held(text)
    assert ("royalist-bishops", "oppose", "the verdict") in _held("Royalist bishops condemned the verdict.\n")


def test_a_name_before_a_collective_still_names_its_body():
    assert "hamas" in _actors("Hamas fighters condemned the verdict.\n")
    assert not _held("Hardline clerics did not condemn the verdict.\n")


def test_a_position_asked_about_in_a_direct_question_is_no_stance():
    assert not _held("Did Senator Ana Ruiz refuse to sign the bill?\n")
    assert not _held("Will the Harbour Party back the new port tax?\n")
    assert not _held("Did Senator Ana Ruiz say the tariffs were unfair?\n")
    assert not _events("Did Senator Ana Ruiz condemn the attack?\n")
    assert not _held("Reporters asked whether Senator Ana Ruiz opposed the bill.\n")
    assert not _held("It is unclear whether Senator Ana Ruiz backs the bill.\n")


def test_a_stated_position_beside_a_question_stands():
    assert ("ana-ruiz", "oppose", "the attack") in _held(
        'Senator Ana Ruiz condemned the attack, asking "who will pay?"\n')
    assert ("ana-ruiz", "oppose", "the bill") in _held("Senator Ana Ruiz opposed the bill, but will she vote for the budget?\n")
    assert ("ana-ruiz", "oppose", "the tariffs") in _held("Senator Ana Ruiz said the tariffs were unfair.\n")


def test_a_states_ruling_party_or_opposition_acts_by_its_own_words():
    text = "Velmora's ruling party condemned the attack on Tarnia.\n"
    assert _actors(text).get("ruling-party") == "organisation"
    assert any(k == "accuse" and a == ["ruling-party"] for k, a, _ in _events(text))
    assert ("ruling-party", "oppose", "the attack on Tarnia") in _held(text)
    text = "Chile's opposition boycotted the vote.\n"
    assert _actors(text) == {"opposition": "group"}


def test_a_company_board_or_a_persons_opposition_is_no_such_body():
    assert not _actors("Kessler's governing board approved the merger.\n")
    assert not _actors("Velmora's ruling party did not condemn the attack.\n")
    assert "opposition" not in _actors("Senator Ana Ruiz spoke on Monday. Ruiz's opposition delayed the bill.\n")
    assert "opposition" not in _actors("Ruiz's opposition to the plan angered voters.\n")


def test_a_relative_clause_on_the_subject_leaves_the_main_verbs_target_and_holder():
    text = "The minister who accused Velmora of lying sued Kessler Bank.\n"
    assert ("accuse", [], ["kessler-bank"]) in _events(text)
    assert not any(h == "velmora" for h, _, _ in _held(text))
    text = "The lawmakers who backed Ana Ruiz condemned the verdict.\n"
    assert ("accuse", ["lawmakers"], []) in _events(text)
    assert ("ana-ruiz", "oppose", "the verdict") not in _held(text)


def test_a_verb_inside_the_relative_clause_stays_in_it():
    assert not _events("The minister who accused Velmora of lying did not sue Kessler Bank.\n")
    assert ("accuse", [], ["kessler-bank"]) not in _events(
        "The minister who accused Velmora of lying said Kessler Bank had lied.\n")
    assert ("ana-ruiz", "oppose", "velmora") in _held("Ana Ruiz, who accused Velmora of lying, sued Kessler Bank.\n")


def test_who_a_response_comes_from_is_an_actor_holding_it():
    assert ("green-party", "oppose", "the plan") in _held("The plan drew criticism from the Green Party.\n")
    assert ("oxfam", "support", "the plan") in _held("The plan received praise from Oxfam.\n")


def test_a_response_not_drawn_or_only_talked_of_makes_no_actor():
    assert not _actors("The plan did not draw criticism from the Green Party.\n")
    assert not _actors("Did the plan draw criticism from the Green Party?\n")
    assert not _held("Criticism from the Green Party was muted, the minister said.\n")


def test_a_position_after_a_fronted_according_to_is_the_sources():
    assert ("ana-silva", "oppose", "the tariffs") in _held("According to Ana Silva, the tariffs are illegal.\n")
    assert ("oxfam", "oppose", "the tariffs") in _held("According to Oxfam, the tariffs are unfair.\n")
    stances = rules_summary("According to Senator Ana Silva, the tariffs were a mistake.\n").stances
    assert [s.evidence for s in stances] == ["the tariffs were a mistake"]


def test_a_fact_after_according_to_leaves_its_source_no_actor():
    assert not _actors("According to Ana Silva, the convoy arrived at noon.\n")
    assert not _actors("According to Ana Silva, the bridge was closed.\n")


def test_a_person_who_recalls_things_remembers_them():
    assert not _events("The witness recalled three trucks at the scene.\n")
    assert not _events("She recalled two cars outside the bank.\n")


def test_a_maker_or_a_state_that_recalls_acts():
    assert ("other", ["velmora-motors"], []) in _events("Velmora Motors recalled 40,000 cars over faulty brakes.\n")
    assert [k for k, _, _ in _events("The drug maker recalled two batches of its pills.\n")] == ["other"]
    assert [k for k, _, _ in _events("Velmora recalled its ambassador from Tarnia.\n")] == ["sanction"]


def test_a_position_before_a_closing_according_to_is_the_sources_too():
    assert ("ana-silva", "oppose", "the tariffs") in _held("The tariffs are illegal, according to Ana Silva.\n")
    assert not _actors("The bridge was closed, according to Ana Silva.\n")
    assert not _actors("The convoy was late, according to Ana Silva.\n")


def test_an_auxiliary_before_the_main_verb_keeps_the_relative_clause_out_of_it():
    assert ("coerce", ["police"], []) in _events("The man who shot Ana Ruiz was arrested by police.\n")
    assert ("accuse", [], ["kessler-bank"]) in _events("The minister who accused Velmora of lying had sued Kessler Bank.\n")


def test_a_possessor_the_gazetteer_does_not_know_as_a_state_has_no_opposition():
    assert "opposition" not in _actors("Ruiz's opposition delayed the bill.\n")
    assert "opposition" not in _actors("Senator Ana Ruiz said Marta's opposition surprised her.\n")
    assert _actors("Kenya's opposition boycotted the vote.\n") == {"opposition": "group"}


def test_a_position_after_according_to_ends_where_another_speaker_comes_in():
    assert not any(h == "ana-silva" for h, _, _ in _held("According to Ana Silva, the tariffs are illegal, the court ruled.\n"))
    assert ("ana-silva", "oppose", "the tariffs") in _held("According to Ana Silva, the tariffs are illegal.\n")


def test_what_a_source_says_a_person_was_like_takes_no_side():
    assert not _held("According to Ana Silva, the suspect was dangerous.\n")
    assert not _held("According to Ana Silva, the two gunmen were violent.\n")
    assert ("ana-silva", "oppose", "the new tariff rules") in _held("According to Ana Silva, the new tariff rules are unfair.\n")

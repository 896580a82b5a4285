"""Collectives of the probe33g round: unnamed groups named once by a modifier and a plural noun of people
("aid workers", "displaced families"), as agents, targets and holders (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _groups(text: str) -> dict[str, set[str]]:
    """Each group actor's id -> its name and aliases, lowercased."""
    return {a.id: {a.name.lower(), *(x.lower() for x in a.aliases)} for a in rules_summary(text).actors
            if a.kind == "group"}


def _named(text: str, form: str) -> bool:
    return any(form in forms for forms in _groups(text).values())


def test_a_noun_that_is_also_a_verb_modifies_the_collective_after_it():
    assert _named("Foreign aid workers delivered food and blankets to the camp on Monday.\n", "aid workers")
    assert _named("Rescue workers pulled two survivors from the rubble of the hotel.\n", "rescue workers")
    assert _named("Police arrested striking dock workers outside the port of Velsa on Friday.\n", "dock workers")


def test_a_verb_before_a_collective_is_no_modifier_of_it():
    for text in ("Officials said the new fund would aid farmers hit by the drought.\n",
                 "The scheme was designed to help farmers, and farmers welcomed it on Monday.\n"):
        assert not any(f.startswith(("aid ", "help ")) for forms in _groups(text).values() for f in forms), text


def test_a_noun_after_an_institution_or_a_plural_of_people_may_modify_the_collective():
    # a noun of people or an institution before a base form does not make it a verb: it may be the modifier's own
    # noun ("Army rescue workers"); the collective that acts stays an actor with its act
    summary = rules_summary("Army rescue workers pulled two survivors from the rubble on Monday.\n")
    assert any(e.agents and "workers" in e.agents[0] for e in summary.events)


def test_a_participle_after_a_verb_of_asking_names_the_collective_asked():
    assert _named("The governor urged displaced families to return to their villages before winter.\n",
                  "displaced families")
    assert _named("The health minister appealed to striking nurses to return to work on Monday.\n", "striking nurses")
    assert _named("The army ordered remaining residents to leave the town by noon.\n", "remaining residents")


def test_a_verb_and_its_participle_object_name_no_collective():
    for text in ("Officials said the floods had displaced families across the valley, and families fled on Monday.\n",
                 "Residents said they wanted striking nurses back at work. Nurses marched on Friday.\n"):
        assert not any(f.startswith(("displaced ", "had ")) for forms in _groups(text).values() for f in forms), text


def test_a_participle_after_an_act_of_force_names_its_target():
    assert _named("Police arrested striking miners, who had blocked the gates of the Orsk mine.\n", "striking miners")


def test_families_who_state_a_position_hold_it():
    summary = rules_summary("Displaced families said the government must rebuild their homes before winter.\n")
    assert any(s.holder == "displaced-families" and s.polarity == "support" for s in summary.stances)


def test_families_who_tell_what_they_saw_or_suffer_hold_nothing():
    for text in ("Displaced families said they had seen soldiers burn the village of Orum.\n",
                 "Displaced families said they were cold and hungry after a week in the camp.\n",
                 "Did displaced families say the government must rebuild their homes?\n",
                 "Displaced families did not say whether the government must rebuild their homes.\n"):
        assert not _groups(text), text


def test_a_question_operator_is_no_modifier_and_its_question_no_act():
    for text in ("Will rights groups challenge the law in court?\n",
                 "The bill passed on Monday. Do opposition lawmakers oppose the new budget?\n"):
        assert not any(f.startswith(("will ", "do ")) for forms in _groups(text).values() for f in forms), text
        assert not _groups(text), text
    assert "rights-groups" in _groups("The bill passed on Monday. Rights groups challenged the law in court.\n")


def test_a_word_of_belief_before_a_collective_is_its_modifier_not_a_body():
    ids = {a.id for a in rules_summary("The army launched an offensive against Islamist militants in the north.\n").actors}
    assert "islamist" not in ids and "islamist-militants" in ids
    ids = {a.id for a in rules_summary("The army launched an offensive against Hamas in the south on Monday.\n").actors}
    assert "hamas" in ids


def test_a_collective_first_named_with_the_before_any_body_acts_as_itself():
    text = "The minister resigned on Monday. The opposition lawmakers welcomed the decision.\n"
    assert "opposition-lawmakers" in _groups(text)
    assert "shopkeepers" in _groups("The minister resigned on Monday. The shopkeepers shut their stores in protest.\n")


def test_a_collective_named_with_the_after_a_body_is_that_body_s():
    text = ("The Velmar Teachers Union met the minister on Monday. The teachers rejected the offer on Tuesday.\n")
    assert "teachers" not in _groups(text)


def test_every_collective_of_a_list_asked_to_act_is_the_request_s_target():
    groups = _groups("Police asked parents and local residents to stay calm after the blast in Orsava.\n")
    assert "parents" in groups and "local-residents" in groups
    assert "armed-groups" in _groups("The president urged the army and armed groups to respect the ceasefire.\n")


def test_all_sides_asked_for_restraint_are_no_collective():
    assert not _groups("The president urged all parties to exercise restraint.\n")
    assert not _groups("The president urged the parties and the army to exercise restraint.\n")


def test_a_verb_after_and_is_no_participle_of_the_collective():
    text = "The floods destroyed homes and displaced families across the valley. Families fled on Monday.\n"
    assert not any("displaced" in f for forms in _groups(text).values() for f in forms)

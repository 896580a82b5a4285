"""Stance targets of the targets30 round: a time phrase, a victim, an impersonal cause or the holder itself is never
the target; a protest's cause and a plea to reconsider name it (invented sentences)."""

from __future__ import annotations

from summariser.rules.summary import rules_summary



def _summary(text: str):
    return rules_summary(text)


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


_TIMES = ("week", "month", "year", "monday", "tuesday", "friday", "sunday", "today", "tomorrow", "weekend")


def _timeless(held: set[tuple[str, str, str]]) -> bool:
    return not any(t.lower().split()[-1] in _TIMES for _, _, t in held)


def test_a_threat_unless_a_thing_is_reversed_opposes_the_thing_not_the_time():
    held = _held("Farmers' unions said they would block the motorways next month unless the new levy was scrapped.\n")
    assert _timeless(held)
    assert any(p == "oppose" and t == "the new levy" for _, p, t in held)
    held = _held("The Harbour Workers Union said it would strike again on Friday unless the wage cut was withdrawn.\n")
    assert _timeless(held)
    assert any(p == "oppose" and t == "the wage cut" for _, p, t in held)


def test_a_time_phrase_alone_is_no_target():
    held = _held("The teachers' union said it would stage another walkout next week.\n")
    assert _timeless(held)


def test_the_victim_of_a_betrayal_is_not_the_target():
    held = _held("Voltra said on Monday it would close its plant in Kessel, cutting 4,000 jobs. \"This is a betrayal of "
                 "workers who built this company,\" union leader Karin Brenner said.\n")
    assert not any("workers" in t for _, _, t in held)
    assert ("karin-brenner", "oppose", "closing its plant in Kessel") in held


def test_an_insult_to_people_opposes_what_this_refers_to():
    held = _held("The council voted on Monday to close the public library in Brookfield. "
                 "Senator Omar Haddad said it was an insult to the readers of the town.\n")
    assert ("omar-haddad", "oppose", "closing the public library in Brookfield") in held
    held = _held("The council voted on Monday to close the public library in Brookfield. "
                 "\"This is an insult to every reader in this town,\" Senator Omar Haddad said.\n")
    assert ("omar-haddad", "oppose", "closing the public library in Brookfield") in held


def test_a_thing_named_as_the_subject_of_an_insult_stays_the_target():
    held = _held("Senator Lina Morales said the new tax was an insult to every farmer.\n")
    assert ("lina-morales", "oppose", "the new tax") in held


def test_blame_on_an_impersonal_cause_takes_no_side():
    summary = _summary("Kestrel Foods said it would close two factories, blaming rising energy costs.\n")
    assert not any("energy" in s.target for s in summary.stances)
    summary = _summary("The airline cancelled 300 flights, blaming bad weather.\n")
    assert not any("weather" in s.target for s in summary.stances)
    assert not _held("Kestrel Foods said bad weather was to blame for the delays.\n")


def test_blame_on_an_actor_or_a_policy_still_opposes_it():
    held = _held("Kestrel Foods said it would close two factories, blaming the government's new energy tax.\n")
    assert any(p == "oppose" and "energy tax" in t for _, p, t in held)
    held = _held("Kestrel Foods closed two factories, blaming the government for high energy costs.\n")
    assert ("kestrel-foods", "oppose", "the government") in held
    held = _held("Kestrel Foods said the rebels were to blame for the attack on its depot.\n")
    assert ("kestrel-foods", "oppose", "the rebels") in held


def test_a_crowd_angry_at_a_thing_opposes_it():
    held = _held("Thousands of protesters angry at a steep rise in bread prices marched through the capital on Saturday.\n")
    assert ("protesters", "oppose", "a steep rise in bread prices") in held
    held = _held("Hundreds of strikers, furious over the pension reform, blocked the port on Monday.\n")
    assert ("strikers", "oppose", "the pension reform") in held


def test_protests_over_and_rallies_against_a_thing_oppose_it():
    held = _held("Hundreds of students rallied against the tuition fee increase outside parliament on Thursday.\n")
    assert any(h == "students" and p == "oppose" and t == "the tuition fee increase" for h, p, t in held)


def test_a_crowd_angry_at_no_thing_takes_no_side():
    assert not _held("Thousands of fans angry at the referee spilled onto the pitch on Saturday.\n")


def test_a_holder_is_never_its_own_target_even_with_modifiers():
    from summariser.records import Stance
    from summariser.rules.stances import aimed
    kept = Stance(holder="unity-party", target="the reform bill", polarity="support", evidence="x")
    own = Stance(holder="unity-party", target="the governing Unity Party", polarity="support", evidence="x")
    assert aimed([kept, own], {"unity-party": {"unity party", "unity"}}) == [kept]


def test_a_holder_is_never_its_own_target():
    summary = _summary("The Green Alliance won 40 percent of the vote. Election monitors said the vote was free, "
                       "but that state television favoured the Green Alliance throughout the campaign.\n")
    assert not any(s.holder == "green-alliance" and s.target in ("green-alliance", "the Green Alliance")
                   for s in summary.stances)


def test_a_plea_to_reconsider_opposes_the_decision_named_before():
    held = _held("Corvan Chemicals announced on Monday it would close its plant in Easton. "
                 "Industry Minister Paula Reyes urged the company to reconsider.\n")
    assert ("paula-reyes", "oppose", "closing its plant in Easton") in held
    held = _held("The council decided to close the library. Residents asked the council to rethink the plan.\n")
    assert ("residents", "oppose", "closing the library") in held


def test_a_plea_to_reconsider_with_no_decision_before_or_its_own_object_names_no_other():
    assert not _held("Mayor Tom Kell urged the board to reconsider.\n")
    held = _held("The council decided to close the library. Residents asked the council to rethink the plan to "
                 "build a car park.\n")
    assert not any(t == "closing the library" for _, _, t in held)


def test_an_offer_made_on_a_condition_is_no_support_for_the_offerer():
    held = _held("Corvan Chemicals announced on Monday it would close its plant in Easton. "
                 "Industry Minister Paula Reyes said the government was ready to offer help if Corvan kept the plant open.\n")
    assert not any(t in ("government", "the government") for _, _, t in held)


def test_a_bare_reporting_verb_form_opening_a_that_clause_is_its_subjects_modifier():
    summary = _summary("The Green Alliance won 40 percent of the vote. Election monitors said the vote was free, "
                       "but that state television favoured the Green Alliance throughout the campaign.\n")
    assert not any(s.holder == "green-alliance" for s in summary.stances)
    held = _held("Senator Ann Lee said on Monday that she would state her objections to the bill in writing.\n")
    assert all(h == "ann-lee" for h, _, _ in held)


def test_readiness_to_take_a_side_still_takes_it():
    held = _held("Industry Minister Paula Reyes said the government was ready to support the workers.\n")
    assert ("paula-reyes", "support", "the workers") in held


def test_a_noun_of_wronging_that_names_an_act_keeps_its_complement():
    held = _held("Senator Paul Grant said there was no justification for the attack on the convoy.\n")
    assert ("paul-grant", "oppose", "the attack on the convoy") in held


def test_an_attack_on_a_value_opposes_the_act_told_before():
    held = _held("The governor dissolved the regional assembly on Friday. "
                 "Senator Lina Morales said it was an attack on democracy.\n")
    assert ("lina-morales", "oppose", "dissolving the regional assembly") in held
    assert not any(t in ("democracy", "the regional") for _, _, t in held)


def test_a_noun_in_ly_after_its_modifier_ends_the_phrase_but_an_adverb_does_not():
    from summariser.rules.topics import first_phrase
    assert first_phrase("the regional assembly on Friday") == "the regional assembly"
    assert first_phrase("the new plan swiftly") == "the new plan"

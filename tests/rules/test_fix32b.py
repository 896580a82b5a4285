"""Fixes of the probe32b round's rules: near-miss sentences a reviewer found, each asserting what the guide asks."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.kind, e.agents, e.targets) for e in rules_summary(text).events]


def _kinds(text: str) -> list[str]:
    return [e.kind for e in rules_summary(text).events]


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_fire_exchanged_or_fired_by_someone_that_kills_stays_an_assault():
    """Defect 1: only a fire named as the clause's own subject, not an exchange of fire or the fire of a shelling."""
    for text in ("An exchange of fire killed two soldiers near Dorvan on Tuesday.\n",
                 "A burst of fire killed three protesters outside the palace.\n",
                 "The heavy fire killed four civilians in the old town.\n",
                 "The fire of the soldiers killed five villagers in Kessa.\n",
                 "Troops shelled the village of Arnel. The fire killed four children.\n"):
        kinds = _kinds(text)
        assert "assault" in kinds and "other" not in kinds, (text, kinds)
    kinds = _kinds("Militants fired rockets at the base in Marra, and the fire killed two soldiers.\n")
    assert kinds.count("assault") >= 1 and "other" not in kinds, kinds


def test_authorities_ending_or_calling_off_a_protest_or_strike_concede_nothing():
    """Defect 3: only the strikers' or protesters' own strike ended is their concession."""
    for text in ("Security forces halted a march by opposition supporters in Kessa on Friday.\n",
                 "Police ended a riot at the prison in Arnel on Sunday.\n",
                 "Troops ended a two-day sit-in by students at the university.\n",
                 "Police called off the march, citing security concerns.\n",
                 "The city suspended a protest permit for the weekend.\n",
                 "The government ended a two-week strike by teachers on Monday.\n",
                 "The United States called off a planned air strike on the port.\n"):
        assert "concede" not in _kinds(text), (text, _events(text))
    assert ("concede", ["teachers"], []) in _events("Teachers ended their two-week strike on Monday.\n")


def test_talks_on_taxes_habits_and_rates_kept_over_a_period_are_no_rate_decision():
    """Defect 2: only a rate kept unchanged, steady, on hold or at a figure, told as a past decision."""
    assert "consult" in _kinds("Tarnia and Velmora held talks on taxes on Monday.\n")
    assert "consult" in _kinds("Tarnia and Velmora held talks on tax at the summit in Arnel.\n")
    for text in ("The government kept taxes on petrol high for a decade.\n",
                 "The law keeps the tax at 20 percent.\n",
                 "The reforms kept the unemployment rate stable over the decade.\n"):
        assert not _events(text), (text, _events(text))
    assert ("other", ["bank-of-ardenia"], []) in _events(
        "The Bank of Ardenia left its benchmark rate on hold on Wednesday.\n")


def test_a_press_release_or_conference_used_to_act_asks_no_one():
    """Defect 4: "press" after a determiner is the noun; a routine act with no position in it gives none."""
    for text in ("The ministry issued a press release to announce the closure of the mine on Monday.\n",
                 "The Harbour Party held a press briefing to launch its manifesto in Arnel.\n",
                 "The governor used a press conference to attack the opposition on Friday.\n"):
        assert not any(p == "support" for _, p, _ in _held(text)), (text, _held(text))
    held = _held("The Harbour Party pressed Velmora to hold free elections.\n")
    assert any(h == "harbour-party" and p == "support" for h, p, _ in held), held


def test_looking_or_inquiring_into_a_harm_opposes_nothing():
    """Defect 5: only a causative verb with an object puts someone into a harm."""
    for text in ("Mara Voss said the commission would inquire into torture in the prisons.\n",
                 "Mara Voss said the new court would look into murders committed during the war.\n",
                 "Mara Voss said the fund would pour money into poverty reduction.\n"):
        assert not any(p == "oppose" for h, p, _ in _held(text) if h == "mara-voss"), (text, _held(text))


def test_hardly_an_attack_on_a_good_is_no_attack():
    """Defect 8: an approximate negator before the noun of wronging denies it."""
    for adverb in ("hardly", "scarcely"):
        held = _held(f"Mara Voss said the law was {adverb} an attack on religious freedom.\n")
        assert not any(p == "oppose" for h, p, _ in held if h == "mara-voss"), (adverb, held)


def test_a_call_for_money_for_a_cause_still_takes_its_side():
    """Defect 6: only money asked as relief takes no side; "the end of the year" is no call to end a thing."""
    for text in ("The teachers' union called for more funding for public schools.\n",
                 "The Harbour Party called for funding for the border wall.\n",
                 "The union demanded $500 million in back pay.\n"):
        assert any(p == "support" for _, p, _ in _held(text)), (text, _held(text))
    assert not any(p == "oppose" for _, p, _ in _held(
        "The Harbour Party called for the end of the year to be a holiday.\n"))


def test_a_short_quote_of_fact_or_feeling_about_it_takes_no_side():
    """Defect 7: only a judging word as the complement of "it" or "this" judges what it refers to."""
    for quote in ("It is true", "It is heartbreaking", "This is difficult"):
        held = _held(f'Tarnia raised fuel prices on Monday. "{quote}," opposition leader Mara Voss said.\n')
        assert not any(h == "mara-voss" for h, _, _ in held), (quote, held)
    held = _held('An earthquake struck the town of Arnel on Monday. "It was frightening," Mayor Mara Voss said.\n')
    assert not any(h == "mara-voss" for h, _, _ in held), held


def test_not_only_condemning_still_condemns():
    """Defect 9: "did not only condemn ... but" keeps the condemnation."""
    held = _held("The Harbour Party did not only condemn the attack but called for an inquiry.\n")
    assert any(h == "harbour-party" and p == "oppose" for h, p, _ in held), held


def test_a_threat_unless_someone_lifts_a_finger_opposes_no_finger():
    """Defect 10: an idiom with an indefinite object is no thing undone."""
    held = _held("The Velmora Transport Union threatened to strike unless the government lifted a finger to help.\n")
    assert not any(p == "oppose" and "finger" in t for _, p, t in held), held

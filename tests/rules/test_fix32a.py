"""Fixes of the probe32a round's rules, each on invented wire-style sentences that the reviewed rules got wrong."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.kind for a in rules_summary(text).actors}


def _targets(text: str) -> set[str]:
    return {t for e in rules_summary(text).events for t in e.targets}


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_two_names_joined_by_and_are_split_where_they_are_not_the_subject():
    # defect 1: the same two names as the object of an accusation are two actors too, and the accuser stays
    summary = rules_summary("Brandt Lowe and Kessler Bank agreed to pay a fine on Monday. "
                            "The regulator had accused Brandt Lowe and Kessler Bank of fraud.\n")
    names = {a.name: a.kind for a in summary.actors}
    assert "Brandt Lowe and Kessler Bank" not in names
    assert names.get("Brandt Lowe") == "organisation" and names.get("Kessler Bank") == "organisation"
    accused = [e for e in summary.events if e.kind == "accuse"]
    assert accused and {"brandt-lowe", "kessler-bank"} <= set(accused[0].targets)


def test_names_sharing_one_head_after_the_stay_one():
    # defect 2: a leading "the" and a left part that is no name of its own: one body with a shared head
    for text, name in (("The Kenya Transport and Mombasa Dock Workers Union called a strike on Monday.\n",
                        "Kenya Transport and Mombasa Dock Workers Union"),
                       ("The Sao Tome and Principe Central Bank raised interest rates on Monday.\n",
                        "Sao Tome and Principe Central Bank"),
                       ("The Saudi Arabia and Qatar Coordination Council agreed to meet on Monday.\n",
                        "Saudi Arabia and Qatar Coordination Council"),
                       ("The New Velmora and Kessler Farmers Union called a strike on Monday.\n",
                        "New Velmora and Kessler Farmers Union")):
        found = _actors(text)
        assert name in found, (text, found)
        assert found[name] == "organisation"


def test_a_collective_told_or_warned_for_a_time_is_no_one_asked():
    # defect 3: "for" after a verb of directing, or a phrase of time after "for", asks for nothing
    assert not {"local residents", "residents"} & set(
        _actors("The mayor told local residents for the first time that the water was unsafe.\n"))
    assert "local residents" not in {h for h, _, _ in _held(
        "The mayor told local residents for the first time that the water was unsafe.\n")}
    assert not {"local-motorists", "motorists"} & _targets("Police warned local motorists for weeks about icy roads.\n")


def test_a_collective_asked_for_a_thing_stays_the_one_asked():
    # defect 3, what must stay: the verbs of asking and "for" with the thing asked
    assert "wealthy-donors" in _targets("The charity asked wealthy donors for money after the fire.\n")
    assert "local-residents" in _targets("The governor appealed to local residents for patience on Monday.\n")


def test_the_infinitive_pattern_keeps_its_own_docstring():
    # defect 8: the pattern of "for" and the thing asked stood between `_TO_INFINITIVE` and its docstring
    import ast
    import pathlib

    import summariser.rules.actors as actors

    tree = ast.parse(pathlib.Path(actors.__file__).read_text())
    body = tree.body
    for i, node in enumerate(body):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "_TO_INFINITIVE" for t in node.targets):
            doc = body[i + 1]
            assert isinstance(doc, ast.Expr) and "infinitive" in doc.value.value
            break
    else:
        raise AssertionError("no _TO_INFINITIVE")


def test_the_noun_appeal_to_a_court_makes_no_one_asked():
    # defect 4: "an appeal to", "appeals to": the noun, whose court is no addressee of a request
    assert "constitutional-court" not in _targets(
        "The former minister lodged an appeal to the Constitutional Court on Monday.\n")
    assert "Supreme Court" not in _actors("His appeals to the Supreme Court have all failed.\n")
    # appeal as attract: "for its" quality is no thing asked
    assert "rural-voters" not in _targets("The candidate's message appealed to rural voters for its simplicity.\n")


def test_a_body_appealed_to_stays_the_one_asked():
    assert "world-bank" in _targets("The finance minister appealed to the World Bank for emergency loans.\n")


def test_a_collective_warned_of_a_hazard_or_told_with_no_event_is_no_actor():
    # defect 5: a warning of a natural hazard has no target; a collective told to act where no event is made is none
    assert "coastal-residents" not in _targets(
        "The weather service warned coastal residents to prepare for the storm.\n")
    assert "employees" not in _actors("The company told employees to work from home.\n")
    assert "local residents" not in _actors("The authorities on Tuesday told local residents to stay indoors.\n")


def test_a_collective_ordered_to_act_stays_the_target():
    assert {"foreign-aid-workers", "aid-workers", "workers"} & _targets("The junta ordered foreign aid workers to leave the country.\n")


def test_a_collective_admitted_lifted_or_welcomed_is_no_target():
    # defect 6: only praising, thanking and pardoning take a modified collective as their target
    assert "protesters" not in _targets("The hospital admitted 40 injured protesters on Sunday.\n")
    assert "miners" not in _targets("Rescuers lifted 12 trapped miners to the surface on Friday.\n")
    assert "tourists" not in _targets("The island welcomed 2,000 foreign tourists last month.\n")
    # an -ing word after a verb of support is a gerund, its object no target of the support
    assert "teachers" not in _targets("The council backed hiring teachers on Monday.\n")
    assert "nurses" not in _targets("The board endorsed recruiting nurses from abroad.\n")


def test_a_collective_praised_or_pardoned_stays_the_target():
    assert "local-volunteers" in _targets("The governor on Friday praised local volunteers for their work.\n") or \
        "volunteers" in _targets("The governor on Friday praised local volunteers for their work.\n")
    assert "political-detainees" in _targets("The king pardoned 120 political detainees on Sunday.\n") or \
        "detainees" in _targets("The king pardoned 120 political detainees on Sunday.\n")


def test_against_a_thing_in_place_or_a_hedge_states_no_position():
    # defect 7: "against" in its physical sense, and a hedge before the adjective, are no position taken
    assert not any(h == "protesters" for h, _, _ in _held(
        "Protesters were against the barriers when police charged on Sunday.\n"))
    assert not any(h == "voters" for h, _, _ in _held("Voters are likely against the plan, a poll showed.\n"))


def test_a_collective_deeply_opposed_to_a_thing_holds_the_position():
    assert ("dairy-farmers", "oppose", "the new quota") in _held("Dairy farmers are deeply opposed to the new quota.\n")


def test_names_split_at_and_and_a_state_s_air_force_keep_their_kinds():
    # defect 9: the probe32a tests checked names only, or accepted either of two names
    found = _actors("Mira Solberg and Kessler Bank agreed to pay a fine on Monday.\n")
    assert found.get("Mira Solberg") == "person" and found.get("Kessler Bank") == "organisation"
    found = _actors("The Brantian air force said it had shot down 12 drones overnight.\n")
    assert found.get("Brantian air force") == "organisation"
    assert "air force" not in found

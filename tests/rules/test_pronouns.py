""""He" and "she" agree with their antecedent in gender (invented sentences)."""

from __future__ import annotations

from summariser.rules.lexicon import given_name_gender
from summariser.rules.summary import rules_summary


def _agents(text: str, evidence_start: str) -> list[str]:
    return next(e.agents for e in rules_summary(text).events if e.evidence.startswith(evidence_start))


def test_she_skips_a_man_named_last_for_the_woman_named_before():
    text = ("Former governor Ruth Okafor won the primary on Saturday. Senator Paul Grant vowed to stay in the race. "
            "She thanked her supporters in Riverton.\n")
    assert _agents(text, "She thanked") == ["ruth-okafor"]
    text = ("Ruth Okafor won the primary on Saturday. Senator Paul Grant vowed to stay in the race. "
            "He accused the party of rigging the vote.\n")
    assert _agents(text, "He accused") == ["paul-grant"]


def test_a_title_of_one_sex_tells_where_the_given_name_cannot():
    text = "Ms Varga won the vote on Sunday. Mr Toth conceded defeat. She thanked her supporters.\n"
    assert _agents(text, "She thanked") == ["varga"]
    text = "Mr Toth won the vote on Sunday. Ms Varga conceded defeat. He thanked his supporters.\n"
    assert _agents(text, "He thanked") == ["toth"]


def test_a_name_of_either_sex_leaves_the_pronoun_to_whoever_fits():
    # "Alex" is given to women and men alike: she may be Alex Moreno, not the man named last
    text = "Alex Moreno won the vote on Sunday. Senator Paul Grant conceded defeat. She thanked her supporters.\n"
    assert _agents(text, "She thanked") == ["alex-moreno"]
    # nobody known to be a woman: "she" is the person named last, as before
    text = "Sam Ortiz won the vote on Sunday. Senator Jordan Hale conceded defeat. She thanked her supporters.\n"
    assert _agents(text, "She thanked") == ["jordan-hale"]


def test_given_names_of_one_sex_only():
    assert given_name_gender("Ruth") == "f" and given_name_gender("paul") == "m"
    assert given_name_gender("Jean") is None and given_name_gender("Alex") is None  # both sexes
    assert given_name_gender("Okafor") is None


def test_a_pronoun_after_an_opening_adverbial_of_time_is_still_the_subject():
    text = "Billionaire Tom Reed won only one state. On Wednesday he ended his campaign and endorsed Ana Ruiz.\n"
    assert _agents(text, "On Wednesday he") == ["tom-reed"]
    text = "The Harbour Party lost half its seats. Later it called for a recount in two districts.\n"
    assert _agents(text, "Later it called") == ["harbour-party"]

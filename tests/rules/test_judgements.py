"""Judgements in reported speech (speech20): what a speaker calls a thing, where the judgement stands, and what
it is about. Invented sentences only."""

from __future__ import annotations

from summariser.rules.summary import rules_summary


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def test_the_subject_before_a_modal_copula_is_what_is_judged():
    assert _held("Senator Ana Brito said the farm subsidy bill would be a disaster for small growers.\n") == {
        ("ana-brito", "oppose", "the farm subsidy bill")}
    assert _held("Senator Ana Brito said the school meals scheme has been a great success.\n") == {
        ("ana-brito", "support", "the school meals scheme")}


def test_a_quote_that_is_the_complement_of_a_copula_judges_its_subject():
    assert _held('Minister Ivo Rask said the port concession was "a catastrophic error".\n') == {
        ("ivo-rask", "oppose", "the port concession")}
    # a participle in the quote tells what happened to the subject: no judgement of it
    assert not {t for _, _, t in _held('Minister Ivo Rask said the old port had been "completely rebuilt".\n')} & {
        "the old port"}


def test_a_judgement_before_a_final_reporting_clause_is_the_position():
    assert _held("The night curfew is a disgrace, Mayor Ines Faro said on Monday.\n") == {
        ("ines-faro", "oppose", "the night curfew")}
    assert _held("The night curfew is unjustified and heavy-handed, said Mayor Ines Faro.\n") == {
        ("ines-faro", "oppose", "the night curfew")}
    # a participle of saying: what follows it is what is said, not the clause before
    held = _held("Mayor Ines Faro has long objected to the curfew, saying it harms trade.\n")
    assert all(t != "Mayor Ines Faro has long objected to the curfew" for _, _, t in held)


def test_far_from_negates_and_an_agreement_is_no_cue_of_agreeing():
    assert _held("Union leader Abel Ncube said the wage agreement was far from perfect.\n") == {
        ("abel-ncube", "oppose", "the wage agreement")}

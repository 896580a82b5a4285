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


def test_far_from_negates_the_judgement_after_it():
    assert _held("Union leader Abel Ncube said the wage deal was far from perfect.\n") == {
        ("abel-ncube", "oppose", "the wage deal")}
    assert _held("Union leader Abel Ncube said the wage deal was perfect.\n") == {
        ("abel-ncube", "support", "the wage deal")}


def test_a_quoted_noun_phrase_complement_is_judged_by_its_head():
    assert _held('The nurses\' leader, Rosa Amado, said the pay offer was "an insult to every nurse in the land".\n') == {
        ("rosa-amado", "oppose", "the pay offer")}


def test_a_pronoun_object_of_a_verb_of_naming_is_the_thing_named_before():
    text = "The city council passed a ban on street vendors on Monday. Mayor Ivo Lund called it cruel and pointless.\n"
    assert ("ivo-lund", "oppose", "a ban on street vendors") in _held(text)
    text = ("The regional assembly met on Monday to discuss the vendors. Mayor Ivo Lund called it a long day.\n")
    assert not _held(text)  # no judgement, and the assembly is no thing


def test_a_verb_of_hitting_with_an_as_phrase_criticises_in_words():
    assert _held("The Farmers League slammed the new grain tariffs as reckless.\n") == {
        ("farmers-league", "oppose", "the new grain tariffs")}


def test_threatening_to_act_takes_the_side_of_the_act():
    assert _held("President Ana Silva threatened to veto the mining bill.\n") == {
        ("ana-silva", "oppose", "the mining bill")}
    assert _held("Nigeria threatened to boycott the trade summit.\n") == {("nigeria", "oppose", "the trade summit")}


def test_a_feeling_of_the_speaker_or_a_judged_time_is_no_position():
    assert not _held('"I feel sad and very tired," said Pedro Alves, who lost his shop in the fire.\n')
    assert not _held('"It was a terrifying night," said Pedro Alves, a baker in the town.\n')
    # a feeling with a cause is a position towards the cause
    assert _held('"We are angry about the new port tax," said Pedro Alves, a baker in the town.\n')


def test_a_medial_reporting_clause_leaves_the_judged_subject_before_it():
    assert _held("The fuel levy, Senator Rita Moss said, is a cynical attempt to buy votes.\n") == {
        ("rita-moss", "oppose", "the fuel levy")}


def test_a_passive_verb_of_naming_or_praising_is_held_by_its_agent():
    assert _held('The fuel levy was described as "a cynical ploy" by Senator Rita Moss.\n') == {
        ("rita-moss", "oppose", "the fuel levy")}
    assert _held("The truce deal was hailed as a breakthrough by President Ana Silva.\n") == {
        ("ana-silva", "support", "the truce deal")}
    assert not _held("The victim was described as a quiet man by his neighbour, Tom Berg.\n")  # a person described


def test_the_right_one_supports_and_a_denied_copula_turns_it():
    assert _held("Minister Hana Berg said the port accord was a step in the right direction.\n") == {
        ("hana-berg", "support", "the port accord")}
    assert _held("Minister Hana Berg said the port accord was not a step in the right direction.\n") == {
        ("hana-berg", "oppose", "the port accord")}
    assert _held("Mayor Jon Ruiz said the decision to close the pool was not the right one.\n") == {
        ("jon-ruiz", "oppose", "the decision to close the pool")}
    # the noun "right" and the side take no side
    assert not _held("Mayor Jon Ruiz said the right wing of the party had met in the capital.\n")


def test_a_noun_phrase_complement_is_judged_by_its_head_and_a_verdict_of_law_by_its_word():
    assert _held("Human Rights Watch said the verdict was a travesty of justice.\n") == {
        ("human-rights-watch", "oppose", "the verdict")}
    assert _held("Senator Rita Moss said the new curfew was unconstitutional.\n") == {
        ("rita-moss", "oppose", "the new curfew")}


def test_a_speakers_feeling_about_a_thing_takes_its_side():
    assert _held("The European Union said it was deeply concerned about the arrests of opposition leaders.\n") == {
        ("european-union", "oppose", "the arrests of opposition leaders")}
    assert _held("President Ana Ruiz said she was pleased with the outcome of the talks.\n") == {
        ("ana-ruiz", "support", "the outcome of the talks")}
    # a third party's feeling, or a feeling that is no participle of a verb of feeling, is none
    assert not _held("Mayor Ana Ruiz said residents were worried about the floods.\n")
    assert all(t != "the weather" for _, _, t in _held('"We were lucky with the weather," said Mayor Ana Ruiz.\n'))


def test_a_second_speakers_clause_ends_the_first_speakers_words():
    assert _held("Senator Ana Ruiz said the levy would be a disaster, while Senator Tom Berg said it was a good start.\n") \
        >= {("ana-ruiz", "oppose", "the levy")}


def test_a_pronoun_object_of_a_stance_verb_is_the_measure_named_before():
    # (the parliament is an actor too, and passing a law supports it: the lexicon's legislating_support)
    assert _held("The parliament passed the media law on Tuesday. Senator Ana Ruiz condemned it.\n") - {
        ("parliament", "support", "the media law")} == {("ana-ruiz", "oppose", "the media law")}
    # "it" after an act done to a place is the act, not the place: no stance towards the town
    assert not _held("The rebels attacked the town on Monday. The United Nations condemned it on Tuesday.\n")


def test_whom_one_tells_is_no_part_of_what_is_said():
    assert _held("Senator Ana Ruiz told reporters the new curfew was unconstitutional.\n") == {
        ("ana-ruiz", "oppose", "the new curfew")}
    assert _held("Senator Ana Ruiz told the BBC that the port levy would hurt the poor.\n") == {
        ("ana-ruiz", "oppose", "the port levy")}


def test_a_quantified_target_keeps_the_restrictive_clause_that_says_which():
    assert _held("Governor Lena Holt said she would veto any bill that raised the fuel tax.\n") == {
        ("lena-holt", "oppose", "any bill that raised the fuel tax")}
    # a definite object ends before its relative clause as before
    assert _held("Governor Lena Holt said she would veto the bill that the assembly passed.\n") == {
        ("lena-holt", "oppose", "the bill")}


def test_the_words_of_the_judged_subject_are_no_cue():
    # "agreement" names the thing judged; "far from perfect" judges it
    assert _held("Union leader Abel Ncube said the wage agreement was far from perfect.\n") == {
        ("abel-ncube", "oppose", "the wage agreement")}
    # a cue in the predicate still counts
    assert _held("Union leader Abel Ncube said the wage agreement was unacceptable.\n") == {
        ("abel-ncube", "oppose", "the wage agreement")}


def test_a_stance_verb_in_a_nouns_infinitive_is_no_position_of_the_speaker():
    assert _held("Ana Ruiz said in a statement that the decision to expel the envoys was a mistake.\n") == {
        ("ana-ruiz", "oppose", "the decision to expel the envoys")}


def test_a_hazard_judged_in_speech_takes_no_side():
    assert not _held("The storm was the worst in a decade, Mayor Ana Ruiz said.\n")
    assert not _held("Mayor Ana Ruiz said the earthquake was a tragedy for the region.\n")

"""The rules' stance layer: who speaks, what acts imply, and what a position is about."""

from __future__ import annotations

import pytest

from summariser.rules.summary import rules_summary
from summariser.rules.topics import Topics, head_of, phrases


def _held(text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances}


def _holders(text: str) -> set[str]:
    return {s.holder for s in rules_summary(text).stances}


@pytest.mark.parametrize("sentence", [
    'Maria Lindqvist said the plan was "a disgrace and a betrayal of every worker".',
    '"The plan is a disgrace and a betrayal of every worker," said Maria Lindqvist.',
    '"The plan is a disgrace and a betrayal of every worker," Maria Lindqvist told reporters.',
    'According to Maria Lindqvist, the plan is "a disgrace and a betrayal of every worker".',
    'Maria Lindqvist, the head of the union, said the plan was a disgrace.',
    'Maria Lindqvist: "The plan is a disgrace and a betrayal of every worker."',
])
def test_the_speaker_is_found_before_after_inverted_and_by_colon(sentence):
    text = f"Maria Lindqvist spoke in Uppsala on Monday. {sentence}\n"
    assert ("maria-lindqvist", "oppose") in {(s.holder, s.polarity) for s in rules_summary(text).stances}


def test_the_outlet_someone_told_is_not_the_holder():
    text = ('The Harbour Workers Union met on Monday. "This closure is a disaster for the town," '
            "Piet Maas told the Daily Courier. The Daily Courier has covered the closure since May.\n")
    assert _holders(text) == {"piet-maas"}


def test_a_pronoun_speaks_for_the_person_named_last():
    text = ("Ana Ferreira visited the port on Monday. She said the new tariffs were a terrible mistake "
            "for farmers.\n")
    assert ("ana-ferreira", "oppose") in {(s.holder, s.polarity) for s in rules_summary(text).stances}


def test_a_paragraph_that_opens_with_a_quote_continues_its_speaker():
    text = ('Tomas Berg spoke on Monday. "We warmly welcome the new budget," Tomas Berg said.\n\n'
            '"We will fight this unjust and shameful pension decision in every court we can."\n')
    quotes = [s for s in rules_summary(text).stances if "unjust" in s.evidence]
    assert [s.holder for s in quotes] == ["tomas-berg"]


def test_a_passive_gives_the_by_phrase_as_the_holder():
    text = ("The Northern Alliance met in Rivne on Monday. The Northern Alliance was condemned by Lena Horvat "
            "on Tuesday. Lena Horvat spoke for an hour.\n")
    assert ("lena-horvat", "oppose", "northern-alliance") in _held(text)


def test_each_coordinated_subject_holds_the_position():
    text = ("Three teachers, Eva Novak, Karel Dvorak, and Petr Svoboda, sued the ministry over the new "
            "curriculum rules. Eva Novak, Karel Dvorak and Petr Svoboda teach in Brno.\n")
    holders = {h for h, p, _ in _held(text) if p == "oppose"}
    assert {"eva-novak", "karel-dvorak", "petr-svoboda"} <= holders


def test_a_negation_turns_the_position_round():
    text = "Karl Weber did not support the merger of the two banks. Karl Weber spoke in Bonn.\n"
    assert {p for h, p, _ in _held(text) if h == "karl-weber"} == {"oppose"}


def test_what_one_refuses_or_urges_is_the_action_asked_for():
    text = ("The Oversight Committee asked Anna Roth and Ben Kahl for the files. Anna Roth refused to hand over "
            "the documents. Anna Roth and Ben Kahl work in the ministry.\n")
    targets = {t for h, p, t in _held(text) if h == "anna-roth" and p == "oppose"}
    assert "handing over the documents" in targets


def test_the_matter_a_lawsuit_is_over_is_its_target():
    text = ("The Coastal Fishers Association filed a lawsuit against the state over the new quota law. "
            "The Coastal Fishers Association said the quota law would ruin small fleets. The quota law "
            "was passed in March.\n")
    targets = {t for h, p, t in _held(text) if h == "coastal-fishers-association" and p == "oppose"}
    assert any("quota law" in t for t in targets)


def test_a_noun_is_not_a_stance_verb():
    text = "Marta Kowal won the support of the council. Marta Kowal spoke in Lodz.\n"
    assert rules_summary(text).stances == []


def test_a_short_reference_resolves_to_the_fullest_name_of_the_matter():
    text = ("Regulators blocked the proposed Alpen-Nord merger on Monday. Critics said the merger would raise "
            "prices. The merger had been announced in May.\n")
    topics = Topics(text)
    assert topics.resolve("the merger") == "the proposed Alpen-Nord merger"
    assert topics.main() == "the proposed Alpen-Nord merger"


def test_a_phrase_with_its_own_modifiers_is_not_resolved_to_another_of_the_same_head():
    text = ("Shop owners attacked the council's parking plan on Monday. They said the plan would hurt trade. "
            "The opposition offered a cycling plan instead, and the council rejected the plan.\n")
    topics = Topics(text)
    assert topics.resolve("the plan") == "the council's parking plan"
    assert topics.resolve("the parking plan") == "the council's parking plan"
    assert topics.resolve("a cycling plan") == "a cycling plan"  # its own modifier: another plan


def test_reported_speech_judges_the_subject_of_its_copula():
    text = ("The council approved a night curfew on Monday. Maria Lopes, a lawyer, said the council's curfew was a "
            "grave mistake. The curfew starts in May.\n")
    assert [(s.holder, s.polarity, s.target) for s in rules_summary(text).stances if s.holder == "maria-lopes"] == [
        ("maria-lopes", "oppose", "the council's curfew")]
    text = ("The council approved a night curfew on Monday. Maria Lopes, a lawyer, said the new curfew was a grave "
            "mistake. The curfew starts in May.\n")
    assert [s.target for s in rules_summary(text).stances if s.holder == "maria-lopes"] == ["a night curfew"]  # "new" restricts nothing


def test_a_pronoun_or_a_person_as_the_subject_of_the_copula_names_no_thing():
    text = ("The council approved a night curfew on Monday. Maria Lopes, a lawyer, said it was a grave mistake. "
            "The curfew starts in May.\n")
    assert [s.target for s in rules_summary(text).stances if s.holder == "maria-lopes"] == ["the night curfew"]
    text = ("The council approved a night curfew on Monday. Maria Lopes, a lawyer, said the lawyers were wrong about "
            "the curfew. The curfew starts in May.\n")
    assert all(s.target != "the lawyers" for s in rules_summary(text).stances)


def test_a_determiner_after_and_opens_a_second_noun_phrase():
    found = [p for _, _, p in phrases("Unions condemned the pension cut and the wage freeze on Monday.")]
    assert found == ["the pension cut", "the wage freeze"]
    assert [p for _, _, p in phrases("They backed the plan and a budget.")] == ["the plan", "a budget"]
    # one determiner over two nouns stays one phrase
    assert [p for _, _, p in phrases("They opposed the ban and suspensions.")] == ["the ban and suspensions"]


def test_noun_phrases_stop_at_verbs_and_keep_one_of_phrase():
    found = [p for _, _, p in phrases("the move suggested the bank would act. They discussed the prorogation "
                                      "of the national parliament today.")]
    assert "the move" in found
    assert "the prorogation of the national parliament" in found
    assert head_of("the prorogation of the national parliament") == "prorogation"
    assert head_of("the two companies") == "company"


def test_a_position_repeated_is_one_stance():
    text = ("Regulators blocked the proposed Alpen-Nord merger on Monday. Eva Lind said the merger was a "
            "disgrace. Eva Lind later said the merger was a terrible and shameful mistake.\n")
    held = [s for s in rules_summary(text).stances if s.holder == "eva-lind"]
    assert len(held) == 1 and held[0].polarity == "oppose"


def test_noun_phrases_start_a_sentence_and_keep_verb_forms_used_as_nouns():
    found = [p for _, _, p in phrases("The merger was blocked. Critics condemned the ban on Monday.")]
    assert "The merger" in found and "the ban" in found


def test_noun_phrases_stop_at_a_subjects_verb_and_never_cut_a_name():
    found = [p for _, _, p in phrases("the two governments agreed to talk. The court found the law void. "
                                      "They upheld the convictions of Maria Elena Soto and Ivan Petrov. "
                                      "We must have the backs of our allies.")]
    assert "the two governments" in found and "The court" in found
    assert "the convictions of Maria Elena Soto" in found
    assert "the backs of our allies" in found  # "allies" a noun, as "of Maria Elena Soto" a name


def test_the_matter_is_the_act_the_lead_names_in_its_own_words():
    text = ("Regulators in Vardia on Monday blocked the planned merger of two grocery chains, saying prices "
            "would rise.\n\nThe price of bread has risen this year. Unions said the merger would cost jobs. "
            "The price of milk rose too. This merger was a mistake, the chains said. The price is high.\n")
    assert Topics(text).main() == "the planned merger of two grocery chains"


def test_an_object_is_never_left_hanging_on_a_function_word():
    from summariser.rules.stances import _object_from

    assert _object_from("the mayor of") == "the mayor"
    assert _object_from("or against it in March") is None
    assert _object_from("do so since 1976") is None


def test_what_one_urges_reads_as_the_action_named():
    from summariser.rules.stances import gerund

    assert gerund("hand over the files") == "handing over the files"
    assert [gerund(v) for v in ("make", "ban", "open", "tie", "free")] == ["making", "banning", "opening", "tying", "freeing"]


def test_an_adverb_before_the_verb_urged_stays_before_its_ing_form():
    from summariser.rules.stances import gerund
    from summariser.rules.topics import is_adverb

    assert gerund("swiftly hand over the files") == "swiftly handing over the files"
    assert [is_adverb(w) for w in ("immediately", "jointly", "apply", "early", "rally")] == [True, True, False, False, False]
    text = 'The Harbour Union on Monday urged the port authority to "immediately reopen all closed berths".'
    assert [s.target for s in rules_summary(text).stances] == ["immediately reopening all closed berths"]


def test_a_role_noun_with_a_name_in_apposition_is_that_actor():
    text = ("Ana Ruiz spoke in Lima on Sunday. Ana Ruiz accused her main rival, former minister Jorge Salas, "
            "of lying. Jorge Salas denied it.\n")
    assert ("ana-ruiz", "oppose", "jorge-salas") in _held(text)


def test_a_decision_referred_to_is_the_matter_the_article_is_about():
    text = ("The government of Vardia on Monday announced the closure of the Tessel coal mine by 2027. "
            "The closure will cost 900 jobs. Unions said the closure was a betrayal.\n\n"
            "Mayor Petra Holm welcomed the decision on Tuesday. Petra Holm spoke in Tessel.\n")
    targets = {t for h, p, t in _held(text) if h == "petra-holm"}
    assert targets and all("closure" in t for t in targets)


def test_the_law_is_the_law_the_article_names_and_its_acronym_is_no_actor():
    text = ("Two unions sued the state of Ardenia over its 2021 Fair Wages Protection Act (FWPA) on Monday. "
            "Unions say the law is unfair.\n\nMarta Silva said: \"FWPA is a disgrace and a betrayal of every worker.\"\n")
    topics = Topics(text)
    assert topics.resolve("the law") == "the Fair Wages Protection Act"
    assert topics.resolve("its 2021 Fair Wages Protection Act") == "the Fair Wages Protection Act"
    assert {t for h, _, t in _held(text) if h == "marta-silva"} == {"the Fair Wages Protection Act"}


def test_an_act_named_as_a_noun_keeps_what_it_is_on():
    from summariser.rules.stances import _object_from

    assert _object_from("an investigation into the shooting on Monday") == "an investigation into the shooting"
    assert _object_from("a ban on the niqab in schools") == "a ban on the niqab"
    assert _object_from("an independent inquiry into the flood response") == "an independent inquiry into the flood response"
    assert _object_from("the army for the attack") == "the army"


def test_noun_phrases_end_before_a_verb_and_never_on_an_adjective():
    found = [p for _, _, p in phrases("The board said the results reflect the vote. Police fired a live round. "
                                      "It was the same.")]
    assert "the results" in found and "a live round" in found
    assert not any(p.endswith(("reflect", "same")) for p in found)


def test_two_modifiers_joined_by_and_stay_in_one_noun_phrase():
    found = [p for _, _, p in phrases("Kenya signed a trade and energy agreement on Thursday. The army and police came.")]
    assert "a trade and energy agreement" in found and "The army" in found


def test_two_nouns_joined_under_one_determiner_are_one_phrase():
    found = [p for _, _, p in phrases("Staff criticised the fine and closures, and the mayor and police were there. "
                                      "The mayor and police came.")]
    assert "the fine and closures" in found and "the mayor and police" in found and "The mayor" in found


def test_a_quote_about_this_decision_is_about_the_articles_matter():
    text = ("The government of Vardia on Monday announced the closure of the Tessel coal mine by 2027. "
            "The closure will cost 900 jobs. The closure was announced by the energy minister.\n\n"
            "\"We respect the decision of the government and we welcome this brave and wonderful step,\" "
            "Mayor Petra Holm said.\n")
    targets = {t for h, p, t in _held(text) if h == "petra-holm"}
    assert targets and all("closure" in t for t in targets)


def test_a_named_owners_decision_is_the_target_not_the_owner():
    text = ("The Harbour Council voted on Monday. Kerri Lane, a spokeswoman for the Treasury, sharply criticized "
            "the Harbour Council's decision, which Tom Reyes called a stunt. Tom Reyes spoke.\n")
    assert ("kerri-lane", "oppose", "the Harbour Council's decision") in _held(text)


def test_whom_one_urges_is_asked_for_an_action():
    text = ("Ana Ruiz spoke in Lima on Sunday. Ana Ruiz urged Jorge Salas to release the audit report. "
            "Jorge Salas declined.\n")
    assert ("ana-ruiz", "support", "releasing the audit report") in _held(text)


def test_an_object_is_a_whole_noun_phrase_never_a_number_an_adjective_or_a_verb():
    from summariser.rules.stances import _object_from

    assert _object_from("a 15% pay rise over two years") == "a 15% pay rise"
    assert _object_from("Northland citizenship violated the charter") == "Northland citizenship"
    assert _object_from("joint purchasing and stronger storage rules") == "joint purchasing"
    assert _object_from("be allowed to vote") is None
    assert _object_from("anyone wearing a veil from entering") == "anyone wearing a veil"


def test_the_speaker_is_the_subject_not_a_possessive_nor_a_name_after_a_preposition():
    from summariser.rules.actors import find_actors
    from summariser.rules.mentions import Mentions
    from summariser.rules.sentences import split_sentences
    from summariser.rules.stances import speaker

    text = ("Tomas Berger and Ilse Kramer met the Harbour Workers Union on Monday. Berger left. Kramer left. "
            "The Harbour Workers Union said more.")
    mentions = Mentions([(c, c.name) for c in find_actors(text, split_sentences(text))])
    assert speaker("After Kramer's win, Tomas Berger issued a statement saying it was wrong.", mentions)[0] == "Tomas Berger"
    assert speaker("A letter to Ilse Kramer from Tomas Berger was read; Berger said it was wrong.", mentions)[0] == "Tomas Berger"
    assert speaker('"It is wrong," said its chair, Ilse Kramer.', mentions)[0] == "Ilse Kramer"
    mentions.note("The Harbour Workers Union met on Tuesday.")
    assert speaker("A spokesman said the closure was a disaster.", mentions)[0] == "Harbour Workers Union"
    assert speaker("Ilse Kramer accused the board of failing, when, she said, it could act.", mentions)[0] == "Ilse Kramer"
    assert speaker("The members said they would appeal.", mentions)[0] is None


def test_reported_speech_that_only_tells_what_happened_takes_no_position():
    text = ("Piet Maas spoke in Leiden on Monday. Piet Maas said 40 people had died in the terrible floods "
            "and many homes were destroyed.\n")
    assert _holders(text) == set()


def test_denying_a_charge_is_a_defence_not_a_position_on_a_matter():
    text = ("Nordlake Mining was accused of polluting the river. Nordlake Mining denied the accusations on Monday. "
            "Nordlake Mining rejected the new export tax on Tuesday.\n")
    assert [(s.polarity, "tax" in s.target) for s in rules_summary(text).stances
            if s.holder == "nordlake-mining"] == [("oppose", True)]


def test_a_passive_without_a_by_phrase_has_no_holder():
    text = "Students occupied the library in May. Six students were suspended pending disciplinary hearings.\n"
    assert _holders(text) == set()


def test_a_possessive_in_the_subject_is_not_a_holder():
    text = ("The Nordic Steel Federation met in Oslo. The Nordic Steel Federation, Norway's main industry lobby, "
            "criticised the new carbon levy on Monday. Norway has raised taxes twice.\n")
    assert _holders(text) == {"nordic-steel-federation"}


@pytest.mark.parametrize(("clause", "verbs"), [
    ("oil demand fell as public support for the plan grew", []),
    ("weak demand and wage support weighed on the firm", []),
    ("workers demand a pay rise and they support the strike", ["demand", "support"]),
    ("the unions will protest and also back the strike", ["protest", "back"]),
    ("giving him six more electoral votes, for a total of 290", []),
])
def test_a_bare_stance_word_after_a_modifier_is_a_noun(clause, verbs):
    from summariser.rules.stances import _verbs

    assert [clause[a:b] for a, b, _ in _verbs(clause)] == verbs


@pytest.mark.parametrize(("sentence", "polarity"), [
    ("Karl Weber vowed to block the bank merger.", "oppose"),
    ("Karl Weber refused to back the bank merger.", "oppose"),
    ("Karl Weber sought to overturn the bank merger.", "oppose"),
    ("Karl Weber vowed not to block the bank merger.", "support"),
])
def test_a_stance_verb_in_its_own_infinitive_gives_the_position(sentence, polarity):
    text = f"Karl Weber spoke in Bonn on Monday. {sentence}\n"
    assert {p for h, p, _ in _held(text) if h == "karl-weber"} == {polarity}


def test_the_subject_of_a_relative_clause_is_its_antecedent():
    text = ("The Harbour Alliance is led by the Dock Workers Guild, which opposes the port sale. "
            "The Dock Workers Guild has 900 members.\n")
    assert {(h, p) for h, p, _ in _held(text)} == {("dock-workers-guild", "oppose")}


def test_a_stance_verb_in_a_purpose_infinitive_belongs_to_the_verb_before():
    text = ("Karl Weber lives in Bonn. The Bonn City Council approved the tower in May. Karl Weber sued the "
            "Bonn City Council to block the new tower.\n")
    assert [(s.holder, s.polarity) for s in rules_summary(text).stances if "sued" in s.evidence] == [
        ("karl-weber", "oppose")]


def test_a_progressive_passive_is_no_judgement_in_reported_speech():
    text = ("Piet Maas spoke in Leiden on Monday. Piet Maas said the suspect was being held in isolation "
            "in a terrible cell.\n")
    assert _holders(text) == set()


def test_a_name_after_a_preposition_in_the_subject_is_not_a_holder():
    text = ("The Harbour Workers Union met on Monday. Lena Horvat, a lawyer for the Harbour Workers Union, "
            "condemned the port sale.\n")
    assert {(h, p) for h, p, _ in _held(text)} == {("lena-horvat", "oppose")}


def test_a_name_after_a_preposition_and_a_possessive_is_not_a_holder():
    text = ("The Harbour Workers Union met on Monday. Lena Horvat, a lawyer for the city's Harbour Workers Union, "
            "condemned the port sale.\n")
    assert {(h, p) for h, p, _ in _held(text)} == {("lena-horvat", "oppose")}


@pytest.mark.parametrize(("quote", "polarity"), [
    ("We will not accept these pension cuts.", "oppose"),
    ("The council does not support the new runway.", "oppose"),
    ("We cannot wait for the new tram line to open.", "support"),
    ("We cannot keep the old depot open any longer, and the new site is a great improvement.", "support"),
    ("Our members never back down, and the pay offer is a good one.", "support"),
])
def test_a_negated_verb_of_accepting_turns_the_quote_against_its_object(quote, polarity):
    from summariser.rules.stances import _polarity_of

    assert _polarity_of(quote) == polarity


def test_the_tone_of_a_quote_comes_from_its_main_clause_not_its_conditions():
    from summariser.rules.stances import _polarity_of

    assert _polarity_of("The new bridge is a wonderful gift, even if the delays were terrible and painful.") == "support"


def test_a_cue_word_counts_only_from_the_start_of_a_word():
    from summariser.rules.stances import _polarity

    assert _polarity("They keep disagreeing with the new timetable") == "neutral"
    assert _polarity("They agree with the new timetable") == "support"


@pytest.mark.parametrize("quote", [
    "The attack on the village killed twelve people and wounded forty",  # what happened, told
    "The Liberty Alliance met the Free Trade Union in Bonn on Monday",  # names, not praise
])
def test_the_tone_of_a_quote_is_read_from_its_own_words_not_from_names_or_what_happened(quote):
    text = (f"Karl Weber spoke in Bonn on Monday. \u201c{quote},\u201d Karl Weber said. "
            "The Liberty Alliance and the Free Trade Union met in Bonn.\n")
    assert _holders(text) == set()


def test_a_quote_that_judges_what_happened_still_takes_a_side():
    text = ("Karl Weber spoke in Bonn on Monday. \u201cThe attack on the village was a cowardly and brutal act,"
            "\u201d Karl Weber said.\n")
    assert {(h, p) for h, p, _ in _held(text)} == {("karl-weber", "oppose")}


def test_a_participle_clause_after_the_object_is_no_apposition_and_its_words_are_not_the_matter():
    text = ("Karl Weber spoke in Kiel. The Harbour Union criticised Karl Weber's refusal to meet, accusing him "
            "of \u201clying to the workers about the port tax\u201d.\n")
    assert ("harbour-union", "oppose", "Karl Weber's refusal to meet") in _held(text)  # its infinitive says which refusal


def test_a_stance_verb_used_as_a_noun_takes_no_side():
    text = "Karl Weber spoke in Kiel on Monday. Karl Weber said the decision was a stab in the back.\n"
    # "back" after "in the" is a noun, no cue of backing; the complement's head ("a stab") judges the decision
    assert {(h, p) for h, p, _ in _held(text)} <= {("karl-weber", "oppose")}


def test_what_one_asks_someone_to_do_is_supported_whatever_its_verb():
    text = "Karl Weber spoke in Kiel. The Harbour Union asked the city council to reject the port tax.\n"
    assert _held(text) == {("harbour-union", "support", "rejecting the port tax")}


@pytest.mark.parametrize(("quote", "held"), [
    ("There is a crisis in the whole region", set()),  # a noun names a thing: no judgement
    ("This is a shameful and cruel plan", {("karl-weber", "oppose")}),  # its adjectives judge it
])
def test_the_tone_of_a_quote_is_read_from_adjectives_not_from_the_nouns_it_names(quote, held):
    text = f"Karl Weber spoke in Bonn on Monday. \u201c{quote},\u201d Karl Weber said.\n"
    assert {(h, p) for h, p, _ in _held(text)} == held


def test_a_cue_word_in_the_scope_of_a_negation_is_turned_round():
    text = ("Karl Weber spoke in Bonn on Monday. \u201cThe union does not have the right to close the port,"
            "\u201d Karl Weber said.\n")
    assert {(h, p) for h, p, _ in _held(text)} == {("karl-weber", "oppose")}


def test_an_act_named_in_full_only_by_its_verb_is_the_noun_with_the_verbs_object():
    text = ("The city council banned street parking in the old town on Monday. The ban angered shop owners. "
            "Karl Weber criticised the ban on Tuesday.\n")
    assert {h for h in _held(text) if h[0] == "karl-weber"} == {("karl-weber", "oppose", "the ban of street parking")}


def test_a_request_made_of_both_sides_takes_no_side():
    text = "Karl Weber spoke in Kiel. Karl Weber urged both sides to show restraint.\n"
    assert {(h, p) for h, p, _ in _held(text)} == {("karl-weber", "neutral")}


def test_a_noun_that_names_which_event_is_no_judgement_but_an_adverb_is():
    said = "Karl Weber spoke in Bonn on Monday. \u201c{}\u201d Karl Weber said.\n"
    assert _holders(said.format("Terrorist attacks hit the village again,")) == set()
    assert _holders(said.format("They brutally attacked the village,")) == {"karl-weber"}


def test_a_name_after_said_that_takes_a_verb_is_what_is_said_not_who_says_it():
    from summariser.rules.actors import find_actors
    from summariser.rules.mentions import Mentions
    from summariser.rules.sentences import split_sentences
    from summariser.rules.stances import speaker

    text = "Tomas Berger met the Harbour Workers Union on Monday. Berger left. Ilse Kramer left."
    mentions = Mentions([(c, c.name) for c in find_actors(text, split_sentences(text))])
    assert speaker("The members said Tomas Berger would appeal the ruling.", mentions)[0] is None
    assert speaker("Observers said Tomas Berger's plan was doomed.", mentions)[0] is None
    assert speaker("Observers said Tomas Berger travelled to Oslo.", mentions)[0] is None
    assert speaker('"It is wrong," said Tomas Berger.', mentions)[0] == "Tomas Berger"
    assert speaker('"It is wrong," said Tomas Berger on Monday.', mentions)[0] == "Tomas Berger"


def test_a_reporting_verb_form_after_a_determiner_is_a_noun_not_the_verb_of_speaking():
    from summariser.rules.actors import find_actors
    from summariser.rules.mentions import Mentions
    from summariser.rules.sentences import split_sentences
    from summariser.rules.stances import speaker

    text = "Tomas Berger met the Harbour Workers Union on Monday. Berger left. Ilse Kramer left."
    mentions = Mentions([(c, c.name) for c in find_actors(text, split_sentences(text))])
    sentence = ('Ilse Kramer was blunt in her comments: "The closure is a disaster for the town and for every '
                'family in it, and it must stop now," wrote Tomas Berger on Monday.')
    assert speaker(sentence, mentions)[0] == "Tomas Berger"
    assert speaker("Ilse Kramer moved to Utah, a state she loves.", mentions)[0] is None


def test_a_bare_noun_object_keeps_what_it_is_for():
    from summariser.rules.stances import _object_from

    assert _object_from("funding for a border fence, and more") == "funding for a border fence"
    assert _object_from("firing on the town") is None  # a gerund with "on" is a verb's, no matter


def test_what_a_verb_of_aiming_seeks_is_its_nearest_infinitive():
    from summariser.rules.stances import _asked

    clause = "would seek to extradite the gunman to face charges at home"
    at = clause.index("seek") + len("seek")
    assert _asked(clause, at, "seek").startswith("extraditing the gunman")
    clause = "urged Kenya to open the border"
    assert _asked(clause, len("urged"), "urged") == "opening the border"


def test_a_definite_title_as_subject_speaks_for_the_person_named_last():
    from summariser.rules.actors import find_actors
    from summariser.rules.mentions import Mentions
    from summariser.rules.sentences import split_sentences
    from summariser.rules.stances import speaker

    text = "Tomas Berger met the Harbour Workers Union on Monday. Berger left. Ilse Kramer left."
    mentions = Mentions([(c, c.name) for c in find_actors(text, split_sentences(text))])
    mentions.note("Foreign Minister Ilse Kramer arrived in Oslo on Monday.")
    assert speaker("The foreign minister said the talks would resume.", mentions)[0] == "Ilse Kramer"
    assert speaker("The union said the talks would resume.", mentions)[0] != "Ilse Kramer"
    assert speaker("The Department of Energy said the talks would resume.", mentions)[0] is None


def test_a_verb_of_naming_judges_its_object_by_its_complement():
    text = ('Ana Ruiz spoke in Madrid on Monday. Ana Ruiz called the pension reform "a disgrace". '
            'Tomas Berger described the trade agreement as "a good basis for growth". '
            'The pension reform was described as "a disgrace" by unions.\n')
    held = _held(text)
    assert any(h == "ana-ruiz" and p == "oppose" and "pension reform" in t for h, p, t in held)
    assert any(h == "tomas-berger" and p == "support" and "trade agreement" in t for h, p, t in held)


def test_a_verb_of_naming_with_a_pronoun_object_says_not_what_it_judges():
    from summariser.rules.actors import find_actors
    from summariser.rules.mentions import Mentions
    from summariser.rules.sentences import split_sentences
    from summariser.rules.stances import _named_as
    from summariser.rules.topics import Topics

    text = 'Ana Ruiz spoke in Madrid on Monday. Ana Ruiz called it "a disgrace".'
    mentions = Mentions([(c, c.name) for c in find_actors(text, split_sentences(text))])
    assert _named_as('Ana Ruiz called it "a disgrace".', mentions, Topics(text, "en")) is None
    assert _named_as("Ana Ruiz called for a new pension reform.", mentions, Topics(text, "en")) is None


def test_a_naming_complement_takes_a_side_by_a_mild_tone():
    text = ('Ana Ruiz spoke in Madrid on Monday. Ana Ruiz characterized the new voting law as '
            '"meant to intimidate voters".\n')
    assert any(h == "ana-ruiz" and p == "oppose" and "voting law" in t for h, p, t in _held(text))


@pytest.mark.parametrize("sentence", [
    "Dr Lena Holm told reporters Karl Brandt remained alive.",  # a person's state
    "Lena Holm said 40 were dead after the blast.",  # a number of people
    "Lena Holm said the workers were ready to return.",  # a noun for people
    "Lena Holm said the firefighters were exhausted after the blaze.",  # WordNet's nouns for people
    "Lena Holm said the hostages were safe.",
    "Lena Holm told residents to be ready to leave.",  # an infinitive copula: no subject of its own
    "Lena Holm said the fund was meant to help farmers.",  # an irregular passive
    "Lena Holm said the bridge was badly damaged by the flood.",  # an adverb before a passive participle
])
def test_reported_speech_about_someones_state_takes_no_side(sentence):
    text = f"Karl Brandt and Lena Holm spoke in Malmo on Monday. {sentence}\n"
    assert not [s for s in rules_summary(text).stances if s.holder == "lena-holm"]


def test_reported_speech_that_calls_a_matter_bad_still_opposes_it():
    text = "Karl Brandt and Lena Holm spoke in Malmo on Monday. Lena Holm said the new toll was a terrible mistake.\n"
    assert ("lena-holm", "oppose") in {(s.holder, s.polarity) for s in rules_summary(text).stances}


@pytest.mark.parametrize("sentence", [
    "The Harbour Rights Group on Monday criticised the rough treatment of dock workers by police and said the curfew "
    "would only make the long dispute over the port worse.",
    "The Harbour Rights Group on Monday criticised the curfew, and said it was a disgrace.",
])
def test_a_second_coordinated_predicate_speaks_for_the_first_ones_subject(sentence):
    from summariser.rules.actors import find_actors
    from summariser.rules.mentions import Mentions
    from summariser.rules.sentences import split_sentences
    from summariser.rules.stances import speaker
    from summariser.rules.summary import actors_of

    text = f"The Harbour Rights Group met on Monday. {sentence}\n"
    actors = actors_of(find_actors(text, split_sentences(text)))
    mentions = Mentions([(c, a.id) for c, a in actors])
    assert speaker(sentence, mentions)[0] == "harbour-rights-group"


@pytest.mark.parametrize("verb", ["alleged", "contended", "complained"])
def test_a_verb_of_asserting_reports_its_subjects_speech(verb):
    text = f'Karl Brandt spoke in Malmo on Monday. Karl Brandt {verb} the council was "a disgrace and a betrayal".\n'
    assert ("karl-brandt", "oppose") in {(s.holder, s.polarity) for s in rules_summary(text).stances}


def test_a_body_named_only_after_a_preposition_does_not_speak():
    from summariser.rules.actors import find_actors
    from summariser.rules.mentions import Mentions
    from summariser.rules.sentences import split_sentences
    from summariser.rules.stances import speaker
    from summariser.rules.summary import actors_of

    sentence = "The long talks with the Harbour Rights Group ended in failure, officials said."
    text = f"The Harbour Rights Group met on Monday. {sentence}\n"
    actors = actors_of(find_actors(text, split_sentences(text)))
    assert speaker(sentence, Mentions([(c, a.id) for c, a in actors]))[0] is None


def test_like_as_a_preposition_takes_no_side():
    text = ('Karl Brandt spoke in Malmo on Monday. "Towns like ours will see the same thing next winter," '
            "Karl Brandt said.\n")
    assert not rules_summary(text).stances


def test_like_as_a_verb_still_reads_as_liking():
    text = ('Karl Brandt spoke in Malmo on Monday. "We like the new harbour plan very much," Karl Brandt said.\n')
    assert ("karl-brandt", "support") in {(s.holder, s.polarity) for s in rules_summary(text).stances}


def test_a_stance_verb_of_another_subject_in_a_quote_is_not_the_speakers():
    text = ('Karl Brandt spoke in Malmo on Monday. "The smugglers seek to divide the harbour towns," '
            "Karl Brandt said.\n")
    assert ("karl-brandt", "support") not in {(s.holder, s.polarity) for s in rules_summary(text).stances}


@pytest.mark.parametrize("quote", ["We fully support the harbour plan", "Support the harbour plan",
                                   "The plan is late. We support it anyway"])
def test_a_stance_verb_the_speaker_is_subject_of_in_a_quote_states_the_position(quote):
    text = f'Karl Brandt spoke in Malmo on Monday. "{quote}," Karl Brandt said.\n'
    assert ("karl-brandt", "support") in {(s.holder, s.polarity) for s in rules_summary(text).stances}


def test_the_object_of_a_declaring_verb_is_not_its_speaker():
    text = ("Karl Brandt and Ana Ruiz ran for mayor. The commission declared Karl Brandt the winner of the vote, "
            "but his rival, Ana Ruiz, rejected the result.\n")
    held = {(s.holder, s.polarity) for s in rules_summary(text).stances}
    assert ("ana-ruiz", "oppose") in held and not any(h == "karl-brandt" for h, _ in held)


def test_against_before_a_number_compares_and_opposes_nothing():
    text = ("Karl Brandt and Ana Ruiz ran for mayor. Ana Ruiz said Karl Brandt had won 4,100 votes against 3,900 "
            "in the count.\n")
    assert ("ana-ruiz", "oppose") not in {(s.holder, s.polarity) for s in rules_summary(text).stances}


@pytest.mark.parametrize(("quote", "named"), [
    ("The Harbour Court ruling is a disgrace for every worker in this town", False),
    ("The Harbour Court's ruling is a disgrace for every worker in this town", False),
    ("The Harbour Court has shown contempt for every worker in this town", True),
])
def test_an_actor_a_quote_names_only_as_a_modifier_is_not_its_target(quote, named):
    text = (f"The Harbour Court met on Monday. Piet Maas spoke in Leiden. \"{quote},\" Piet Maas said.\n")
    targets = {t for h, p, t in _held(text) if h == "piet-maas"}
    assert targets and (("harbour-court" in targets) == named)


def test_a_word_after_a_name_is_its_noun_unless_a_verb():
    from summariser.rules.topics import premodifies

    assert premodifies("ruling") and premodifies("judgment")
    assert not any(premodifies(w) for w in ("says", "won", "will", "has", "attacked", "and"))


def test_a_quote_without_a_matter_of_its_own_is_about_what_its_frame_verb_takes():
    text = ("The council of Vardia approved the harbour plan on Monday. The harbour plan will cost 900 jobs. "
            "The harbour plan was opposed by unions. Piet Maas welcomed the tariff cut, saying "
            "\"this is wonderful news for every family in town\".\n")
    targets = {t for h, p, t in _held(text) if h == "piet-maas"}
    assert targets and all("tariff cut" in t for t in targets)


def test_the_matter_is_a_noun_named_as_a_phrase_not_a_word_recurring_as_a_modifier():
    text = ("Ministers met in Vardia on Monday. The Commission proposed a package of emergency measures. "
            "Gas prices rose. Gas storage fell and gas imports fell. Gas traders sold gas futures, gas tankers waited "
            "and gas bills grew. Gas stocks slid as the gas ran low. Critics said the package came late and the package was small.\n")
    assert Topics(text).main() == "the package of emergency measures"


def test_a_season_is_a_time_not_a_matter():
    text = ("The winter was hard. Ministers said the winter would be long. The winter cost jobs and the winter "
            "closed roads. The ban on coal was debated.\n")
    assert "winter" not in (Topics(text).main() or "")


def test_of_forms_as_strong_the_fullest_names_the_matter():
    text = ("Teachers repeated their demand on Monday. The ministry said the demand was unaffordable. "
            "Parents backed the teachers' demands on Friday.\n")
    assert Topics(text).fullest("demand") == "the teachers' demands"


def test_a_matter_that_is_a_thing_is_named_by_the_act_the_lead_reports_on_it():
    text = ("Ostland's food regulator on Monday approved the first tablet against hay fever for children in schools "
            "across the whole country, after two years of tests.\n"
            "Doctors praised the tablet. The tablet will reach pharmacies in May. Parents asked whether the tablet "
            "is safe, and the approval was criticised by one union.\n")
    assert Topics(text).main() == "the approval of the tablet"


def test_the_act_keeps_the_preposition_the_article_gives_its_noun():
    text = ("The government of Vardia on Friday signed a decree banning anyone carrying a skateboard from entering "
            "the old town, citing accidents in its narrow streets.\n"
            "The skateboard is popular there. Other towns have imposed bans on skateboards. "
            "Riders said the skateboard harms no one, and a skateboard club called a meeting.\n")
    assert Topics(text).main() == "the ban on the skateboard"


def test_a_thing_with_no_noun_for_the_lead_s_act_stays_as_it_is():
    text = ("Rescuers in Vardia on Monday searched the river for a lost boat after a storm, officials said.\n"
            "The boat carried six men. The boat was old, and the boat had no radio.\n")
    assert Topics(text).main() == "the boat"


def test_a_noun_names_an_act_only_when_its_suffix_follows_a_verb():
    from summariser.rules.topics import names_act
    assert all(names_act(w) for w in ("approval", "closure", "decision", "operation", "delivery", "merger",
                                      "preparation", "evacuation", "ban"))
    assert not any(names_act(w) for w in ("session", "stage", "nation", "morning"))


def test_a_participle_before_a_bare_noun_is_no_act_of_the_lead():
    text = ("Candidates in Vardia traded insults in a televised debate on Sunday, a day after the mayor drew "
            "crowds to a rally in the capital city.\n"
            "The debate ran late. The television network said the debate drew millions, and the debate ended well.\n")
    assert Topics(text).main() == "the debate"


def test_an_act_the_lead_names_by_its_verb_counts_as_named_in_the_lead():
    text = ("Vardia University has banned a student chess club and fined six of its members after a long sit-in "
            "at the library in protest against fees.\n"
            "Students defended the sit-in, and staff cleaned up after the sit-in. "
            "A lawyer for the students called the ban unlawful.\n")
    assert Topics(text).main() == "the ban"


def test_the_act_is_the_noun_the_article_makes_with_a_suffix_over_the_bare_verb():
    text = ("The council of Vardia on Monday voted to fund the harbour wall over two years, the mayor said.\n"
            "The wall will cost more than planned. Funds are short, and funding for the wall was cut once. "
            "Critics say the wall is too big.\n")
    assert Topics(text).main() == "the funding for the wall"


def test_one_holder_takes_one_position_on_one_matter():
    from summariser.rules.stances import once
    from summariser.schema import Stance
    topics = Topics("The harbour plan was debated. The harbour plan was changed.\n")
    said = [Stance(holder="ana-ruiz", target="the harbour plan", polarity="oppose", evidence="a"),
            Stance(holder="ana-ruiz", target="the plan", polarity="support", evidence="b"),
            Stance(holder="ana-ruiz", target="the tariff cut", polarity="support", evidence="c"),
            Stance(holder="piet-maas", target="the plan", polarity="support", evidence="d")]
    assert [(s.holder, s.polarity, s.evidence) for s in once(said, topics)] == [
        ("ana-ruiz", "oppose", "a"), ("ana-ruiz", "support", "c"), ("piet-maas", "support", "d")]


def test_a_leading_adverbial_clause_does_not_give_the_coordinated_verb_its_subject():
    text = ("Jane Porter and Tom Blake met in Leeds on Monday. After Jane Porter rejected the offer, Tom Blake "
            "withdrew it and said the strike was a terrible mistake.\n")
    held = {(h, p) for h, p, _ in _held(text)}
    assert ("tom-blake", "oppose") in held
    assert not any(h == "jane-porter" for h, _ in held)


@pytest.mark.parametrize(("quote", "polarity", "target"), [
    ("Our party will always support the farmers", "support", "the farmers"),
    ("Everyone in this country should oppose the new tax", "oppose", "the new tax"),
    ("The regulator must approve the merger", "support", "the merger"),
])
def test_a_quoted_position_of_an_own_subject_or_a_deontic_modal_keeps_its_object(quote, polarity, target):
    text = f'Maria Lindqvist spoke in Uppsala on Monday. "{quote}," Maria Lindqvist said.\n'
    assert ("maria-lindqvist", polarity, target) in _held(text)


def test_a_guess_with_must_have_is_not_the_speakers_position():
    text = ('Maria Lindqvist spoke in Uppsala on Monday. "The regulator must have approved the merger quietly," '
            "Maria Lindqvist said.\n")
    assert not any(t == "the merger" for _, _, t in _held(text))


@pytest.mark.parametrize("sentence", [
    "Lena Holm said they were criminals and should be jailed.",
    "Lena Holm said the gang members were dangerous criminals.",
    "Lena Holm said Karl Brandt was a liar and a coward.",
])
def test_reported_speech_that_calls_people_names_judges_them(sentence):
    text = f"Karl Brandt and Lena Holm spoke in Malmo on Monday. {sentence}\n"
    assert ("lena-holm", "oppose") in {(s.holder, s.polarity) for s in rules_summary(text).stances}


@pytest.mark.parametrize("sentence", [
    "Lena Holm said the workers were still missing after the blast.",
    "Lena Holm said 12 were in hospital after the blast.",
])
def test_reported_speech_about_where_or_how_people_are_still_takes_no_side(sentence):
    text = f"Karl Brandt and Lena Holm spoke in Malmo on Monday. {sentence}\n"
    assert not [s for s in rules_summary(text).stances if s.holder == "lena-holm"]


@pytest.mark.parametrize("lead", ["After Jane Porter rejected the offer", "Although Jane Porter backed the deal",
                                  "When Jane Porter left the room"])
def test_a_leading_adverbial_clause_does_not_give_the_reporting_verb_its_subject(lead):
    text = (f"Jane Porter and Tom Blake met in Leeds on Monday. {lead}, Tom Blake said the strike was a "
            "terrible mistake.\n")
    held = {(h, p) for h, p, _ in _held(text)}
    assert ("tom-blake", "oppose") in held
    assert not any(h == "jane-porter" for h, _ in held)


@pytest.mark.parametrize(("sentence", "holders", "target"), [
    ("Norway and Iceland imposed bans on drones in the fjords.", {"norway", "iceland"}, "bans on drones"),
    ("Denmark has imposed new sanctions on refineries after the vote.", {"denmark"}, "sanctions on refineries"),
])
def test_a_light_verbs_noun_names_the_act_with_what_it_is_on(sentence, holders, target):
    text = f"{sentence} The measure was debated for weeks.\n"
    assert {(h, t) for h, p, t in _held(text) if p == "oppose"} >= {(h, target) for h in holders}


def test_a_noun_after_a_verb_that_is_no_light_verb_takes_no_complement():
    text = "Norway studied bans on drones in the fjords. The study took weeks.\n"
    assert not any(t == "bans on drones" for _, _, t in _held(text))


@pytest.mark.parametrize("sentence", [
    "Lena Horvat urged the council to reconsider.",
    "Lena Horvat urged the Harbour Council, the port's owner, to think again.",
    "Lena Horvat said she had called on the Harbour Council to act.",
])
def test_whom_one_urges_to_act_is_not_what_one_supports(sentence):
    text = f"The Harbour Council met on Monday. {sentence} The meeting lasted an hour.\n"
    assert not {(h, t) for h, p, t in _held(text) if p == "support"} & {("lena-horvat", "harbour-council"),
                                                                       ("lena-horvat", "the council")}


def test_what_one_urges_another_to_do_is_still_supported_and_a_demand_is_no_verb_of_asking_someone():
    text = ("The Harbour Council met on Monday. Lena Horvat urged the council to reopen the old harbour. "
            "The Dock Workers Union demanded a new tax on shipping firms to fund the harbour school.\n")
    held = _held(text)
    assert ("lena-horvat", "support", "reopening the old harbour") in held
    assert any(h == "dock-workers-union" and p == "support" for h, p, t in held)


@pytest.mark.parametrize(("sentence", "polarity", "target"), [
    ("Judge Ana Ruiz ruled the night curfew unconstitutional on Monday.", "oppose", "the night curfew"),
    ("Judge Ana Ruiz found that the harbour levy was unlawful.", "oppose", "the harbour levy"),
    ("Judge Ana Ruiz held the harbour levy lawful.", "support", "the harbour levy"),
])
def test_a_judge_who_declares_a_thing_unlawful_opposes_it(sentence, polarity, target):
    text = f"The Port Authority met in Split. {sentence} The hearing lasted a day.\n"
    assert ("ana-ruiz", polarity, target) in _held(text)


@pytest.mark.parametrize("sentence", [
    "Judge Ana Ruiz did not find the harbour levy unlawful.",
    "Judge Ana Ruiz found the harbour master guilty.",
])
def test_no_finding_of_law_or_a_verdict_on_a_person_is_no_position_on_a_thing(sentence):
    text = f"The Port Authority met in Split. {sentence} The hearing lasted a day.\n"
    assert not any(h == "ana-ruiz" for h, _, _ in _held(text))


def test_a_ban_in_a_country_is_that_states_position():
    text = ("Norway said on Monday it had expelled two envoys. The Crimson Front held a rally in Bergen. "
            "The Crimson Front is banned in Norway.\n")
    assert ("norway", "oppose", "crimson-front") in _held(text)


@pytest.mark.parametrize("sentence", [
    "The Crimson Front was banned in public offices.",
    "The Crimson Front was banned in Bergen on Monday.",
])
def test_a_ban_in_a_place_that_is_no_state_has_no_holder(sentence):
    text = f"The Crimson Front held a rally in Bergen. {sentence} Norway and Sweden share a border.\n"
    assert not any(t == "crimson-front" for _, _, t in _held(text))


@pytest.mark.parametrize(("quote", "target"), [
    ("It is time to reopen the old harbour to fishing boats,", "reopening the old harbour to fishing boats"),
    ("It's time for the council to close the coal plant,", "closing the coal plant"),
])
def test_what_a_speaker_says_it_is_time_to_do_is_supported(quote, target):
    text = f'Lena Horvat spoke in Split on Monday. "{quote}" Lena Horvat said.\n'
    assert ("lena-horvat", "support", target) in _held(text)


def test_it_is_time_to_be_is_no_call_for_an_act():
    text = 'Lena Horvat spoke in Split on Monday. "It is time to be patient," Lena Horvat said.\n'
    assert not any(t.startswith("being") for _, _, t in _held(text))


@pytest.mark.parametrize("sentence", [
    "The Norwegian statement condemned the whaling quota.",
    "The Norwegian authorities said they rejected the whaling quota.",
])
def test_a_states_government_or_statement_named_by_its_nationality_speaks_for_the_state(sentence):
    text = f"Norway said on Monday it had expelled two envoys. {sentence}\n"
    assert ("norway", "oppose") in {(h, p) for h, p, t in _held(text) if "quota" in t}


def test_a_nationalitys_people_do_not_speak_for_the_state():
    text = "Norway said on Monday it had expelled two envoys. The Norwegian fishermen condemned the whaling quota.\n"
    assert not any(h == "norway" and "quota" in t for h, _, t in _held(text))


def test_a_stance_verb_coordinated_with_said_states_the_speakers_position():
    text = ("The Port Authority met in Split. Lena Horvat criticised the new harbour toll and said drivers would "
            "suffer for years.\n")
    assert ("lena-horvat", "oppose", "the new harbour toll") in _held(text)


def test_what_a_speaker_called_something_is_the_object_of_the_verb_before():
    text = ('The Port Authority met in Split. The Harbour Union condemned what it called the "reckless" sale of the '
            "port and said workers would strike.\n")
    assert any(h == "harbour-union" and p == "oppose" and "sale of the port" in t for h, p, t in _held(text))


def test_another_subjects_stance_verb_before_said_is_not_the_speakers():
    text = ("The Port Authority met in Split. After Lena Horvat criticised the harbour toll, Ivan Kos said the "
            "budget was balanced.\n")
    assert not any(h == "ivan-kos" and "toll" in t for h, _, t in _held(text))


def test_a_stance_verb_before_a_participle_of_saying_states_the_speakers_position():
    text = ('The Port Authority met in Split. Lena Horvat welcomed the new harbour toll, saying "drivers will '
            'get used to it".\n')
    assert ("lena-horvat", "support", "the new harbour toll") in _held(text)


def test_a_call_on_every_side_is_neutral_on_the_matter_between_them():
    text = ("The harbour toll dispute between the Port Authority and the Dock Workers Union entered its third week. "
            "The Port Authority defended the harbour toll. The Dock Workers Union rejected the harbour toll. "
            "Lena Horvat urged both sides to show restraint.\n")
    neutral = {t for h, p, t in _held(text) if h == "lena-horvat" and p == "neutral"}
    assert neutral and not any("restraint" in t for t in neutral)


def test_the_agent_of_a_lawsuit_opposes_what_it_is_against():
    text = ("The Harbour Union held a rally in Split on Monday. The hearing followed a lawsuit filed by the Harbour "
            "Union against the new harbour toll.\n")
    assert ("harbour-union", "oppose", "the new harbour toll") in _held(text)


def test_a_lawsuit_by_no_actor_has_no_holder():
    text = ("The Port Authority met in Split. The hearing followed a lawsuit filed by three fishermen against the "
            "new harbour toll.\n")
    assert not any(t == "the new harbour toll" for _, _, t in _held(text))


def test_a_bare_refusal_opposes_what_the_clause_before_asked_for():
    text = ("Lena Horvat runs the Port Authority. The Harbour Council asked Lena Horvat to close the old harbour, "
            "but she refused.\n")
    assert ("lena-horvat", "oppose", "closing the old harbour") in _held(text)


def test_a_bare_refusal_of_a_question_opposes_nothing():
    text = ("Lena Horvat runs the Port Authority. Reporters asked Lena Horvat about the old harbour, but she "
            "declined.\n")
    assert not any(h == "lena-horvat" and p == "oppose" for h, p, _ in _held(text))


@pytest.mark.parametrize("sentence, polarity", [
    ("Ana Ruiz urged Jorge Salas not to close the river harbour.", "oppose"),
    ("Ana Ruiz pressured Jorge Salas never to close the river harbour.", "oppose"),
    ("Ana Ruiz urged Jorge Salas to close the river harbour.", "support"),
])
def test_a_negated_infinitive_asked_for_is_opposed(sentence, polarity):
    text = f"Ana Ruiz spoke in Lima on Sunday. Jorge Salas runs the port. {sentence}\n"
    assert ("ana-ruiz", polarity, "closing the river harbour") in _held(text)


def test_what_one_pressures_an_initialism_to_do_is_asked_for():
    text = ("Ana Ruiz spoke in Lima on Sunday. Ana Ruiz said her government would pressure the U.K. government "
            "to reopen the old consulate.\n")
    assert ("ana-ruiz", "support", "reopening the old consulate") in _held(text)
    assert not any(s.target == "united-kingdom" for s in rules_summary(text).stances)


def test_each_coordinated_object_of_a_stance_verb_is_a_target():
    text = ("The Dock Workers Guild met in Leith on Monday. The Dock Workers Guild demanded a shorter working week, "
            "the hiring of 300 crane drivers and a ban on night loading.\n")
    held = _held(text)
    for target in ("a shorter working week", "the hiring of 300 crane drivers", "a ban on night loading"):
        assert ("dock-workers-guild", "support", target) in held


@pytest.mark.parametrize("sentence", [
    "Karl Weber backed the new levy and the council said it would vote on Friday.",
    "Karl Weber backed the new levy, and the mayor opposed it.",
])
def test_a_clause_after_and_is_no_coordinated_object(sentence):
    text = f"Karl Weber spoke in Kiel on Monday. {sentence}\n"
    assert not any(s.holder == "karl-weber" and s.target in ("the council", "the mayor")
                   for s in rules_summary(text).stances)


@pytest.mark.parametrize("quote", [
    "We stand with the people of Valdoria in this dark hour.",
    "We are with Valdoria tonight, and we will send help.",
    "Norland stands firmly with the people of Valdoria.",
])
def test_a_declaration_of_solidarity_supports_whom_it_stands_with(quote):
    text = (f"Valdoria was hit by floods on Monday. Norland sent aid. Foreign Minister Erik Lind of Norland "
            f"spoke on Tuesday. \"{quote}\" said Erik Lind.\n")
    assert ("erik-lind", "support", "valdoria") in _held(text)


def test_working_with_someone_is_no_solidarity():
    text = ("Valdoria was hit by floods on Monday. Health Minister Ana Mora spoke on Tuesday. "
            "\"We are operating with the little we have,\" said Ana Mora.\n")
    assert not any(s.polarity == "support" for s in rules_summary(text).stances)


@pytest.mark.parametrize("sentence, target", [
    ('Karl Weber said the council must scrap the parking levy.', "the parking levy"),
    ('"The dumping of waste in the river must stop," Karl Weber said.', "the dumping of waste in the river"),
    ('Karl Weber said the city should reverse the fare increase at once.', "the fare increase"),
])
def test_what_a_speaker_says_must_end_is_opposed(sentence, target):
    text = f"Karl Weber spoke in Kiel on Monday. {sentence}\n"
    assert ("karl-weber", "oppose", target) in {(h, p, t.lower()) for h, p, t in _held(text)}


@pytest.mark.parametrize("sentence", [
    '"The workers must stop," Karl Weber said.',
    'Karl Weber said the council must not scrap the parking levy.',
])
def test_people_told_to_stop_or_a_negated_ending_is_no_opposition(sentence):
    from summariser.rules.stances import _ended
    from summariser.rules.topics import Topics

    assert _ended(sentence, Topics(sentence, "en")) is None


@pytest.mark.parametrize("sentence, polarity", [
    ("The Harbour Guild remained committed to the river ferry plan.", "support"),
    ("The Harbour Guild is strongly opposed to the river ferry plan.", "oppose"),
    ("Karl Weber said the Harbour Guild remained committed to the river ferry plan but had doubts.", "support"),
])
def test_an_adjective_of_commitment_or_opposition_takes_a_side_on_its_complement(sentence, polarity):
    text = f"The Harbour Guild met in Kiel on Monday. Karl Weber leads the Harbour Guild. {sentence}\n"
    assert polarity in {p for _, p, t in _held(text) if t == "the river ferry plan"}


def test_a_negated_adjective_of_opposition_takes_no_side():
    from summariser.rules.stances import _disposed
    from summariser.rules.topics import Topics

    clause = "The Harbour Guild is not opposed to the river ferry plan"
    assert _disposed(clause, Topics(clause, "en")) is None


def test_a_thing_asked_of_both_sides_is_supported_restraint_is_neutral():
    text = ("The Harbour Council met on Monday. Lena Horvat urged both sides to guarantee safe and unrestricted access "
            "for lorries. Karl Weber spoke on Tuesday. Karl Weber urged both sides to show restraint.\n")
    held = _held(text)
    assert ("lena-horvat", "support", "guaranteeing safe and unrestricted access") in held
    assert any(h == "karl-weber" and p == "neutral" for h, p, _ in held)


def test_coordinated_adjectives_stay_in_the_phrase_a_coordinated_predicate_does_not():
    from summariser.rules.stances import _PREDICATE_END, _clip

    assert _clip("guarantee safe and unconditional passage for aid", _PREDICATE_END, 8) == \
        "guarantee safe and unconditional passage for aid"
    assert _clip("reverse the increase and restore the subsidy", _PREDICATE_END, 8) == "reverse the increase"


def test_the_government_as_a_speaker_is_the_state_named_most():
    from summariser.rules.actors import Candidate
    from summariser.rules.mentions import Mentions
    from summariser.rules.stances import speaker

    mentions = Mentions([(Candidate("Norway", "state", 0, {"Norway"}, mentions=3), "Norway"),
                         (Candidate("Sweden", "state", 0, {"Sweden"}, mentions=1), "Sweden")])
    assert speaker("The government said the tariffs would stay.", mentions)[0] == "Norway"
    assert speaker("On Monday, the government has said the tariffs would stay.", mentions)[0] == "Norway"
    assert speaker("A report on the government said the tariffs would stay.", mentions)[0] is None
    tie = Mentions([(Candidate("Norway", "state", 0, {"Norway"}, mentions=2), "Norway"),
                    (Candidate("Sweden", "state", 0, {"Sweden"}, mentions=2), "Sweden")])
    assert speaker("The government said the tariffs would stay.", tie)[0] is None


_CALLS = "The Harbour Council met in Kiel on Monday. Lena Horvat spoke on Tuesday. "


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Lena Horvat called on the council to reopen the old harbour.",
     ("lena-horvat", "support", "reopening the old harbour")),
    ("Lena Horvat called on the council to halt the demolition of the old harbour.",
     ("lena-horvat", "oppose", "the demolition of the old harbour")),
    ("Lena Horvat urged the council to lift the ban on night fishing.",
     ("lena-horvat", "oppose", "the ban on night fishing")),
    ("Lena Horvat called for an independent inquiry into the fire.",
     ("lena-horvat", "support", "an independent inquiry into the fire")),
])
def test_a_call_supports_what_it_asks_and_opposes_what_it_asks_to_end(sentence, expected):
    assert expected in _held(_CALLS + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "Lena Horvat called on the mayor at his home in Kiel.",
    "Lena Horvat called for an urgent meeting with the council.",
    "Lena Horvat asked for emergency aid for the town.",
])
def test_a_visit_or_a_call_for_a_meeting_or_aid_takes_no_side(sentence):
    assert not {s for s in _held(_CALLS + sentence + "\n") if s[0] == "lena-horvat" and s[1] != "neutral"}


def test_a_call_on_every_side_for_restraint_stays_neutral():
    held = _held(_CALLS + "Lena Horvat called on both sides to show restraint.\n")
    assert {p for h, p, _ in held if h == "lena-horvat"} == {"neutral"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Lena Horvat demanded that the council reopen the old harbour.",
     ("lena-horvat", "support", "reopening the old harbour")),
    ("Lena Horvat demanded that Karl Weber resign from the board.",
     ("lena-horvat", "support", "resigning from the board")),
    ("Lena Horvat demanded that the council halt the demolition of the old harbour.",
     ("lena-horvat", "oppose", "the demolition of the old harbour")),
])
def test_a_demand_that_someone_act_supports_the_act(sentence, expected):
    assert expected in _held(_CALLS + sentence + "\n")


def test_a_that_clause_with_a_finite_verb_is_no_demand_for_an_act():
    held = _held(_CALLS + "Lena Horvat demanded that the council publishes the report.\n")
    assert not {t for _, _, t in held if t.endswith("publishes the report")}


def test_a_weekday_between_call_and_for_is_a_call_for():
    held = _held(_CALLS + "Lena Horvat called on Tuesday for an independent inquiry into the fire.\n")
    assert ("lena-horvat", "support", "an independent inquiry into the fire") in held
    assert not _held(_CALLS + "Lena Horvat called on Tuesday for an urgent meeting with the council.\n") - held


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Lena Horvat said she had urged the council to halt the demolition of the old harbour.",
     {("lena-horvat", "oppose", "the demolition of the old harbour")}),
    ("Lena Horvat said she had demanded that the council reopen the old harbour.",
     {("lena-horvat", "support", "reopening the old harbour")}),
    ("Lena Horvat said she had called for an urgent meeting with the council.", set()),
])
def test_a_reported_call_reads_as_a_call_made_in_the_narration(sentence, expected):
    assert {s for s in _held(_CALLS + sentence + "\n") if s[0] == "lena-horvat"} == expected


def test_a_name_right_before_its_verb_is_the_subject_after_a_subordinator_or_a_quantifier():
    text = ("After the Agrarian Union rejected the new water levy, Prime Minister Tomas Berglund withdrew it. "
            "A number of Greens condemned the Agrarian Union.")
    held = {(s.holder, s.polarity) for s in rules_summary(text).stances}
    assert ("agrarian-union", "oppose") in held
    assert ("greens", "oppose") in held


def test_a_name_after_another_nouns_preposition_is_not_the_subject():
    text = "The Agrarian Union held a meeting in Oslo. Some critics of the Agrarian Union rejected the water levy on Monday."
    assert "agrarian-union" not in _holders(text)


def test_a_possessive_inside_a_name_does_not_hide_the_subject():
    text = "Sweden's Competition Authority on Tuesday blocked the takeover of Nordbank."
    # the state's possessive is no part of the body's name (the labelling guide: names without the nationality)
    assert ("competition-authority", "oppose") in {(s.holder, s.polarity) for s in rules_summary(text).stances}


def test_that_before_a_past_verb_is_a_relative_pronoun():
    text = "The Agrarian Union held a meeting in Oslo. Greenpeace issued a statement that condemned the Agrarian Union."
    assert ("greenpeace", "oppose", "agrarian-union") in _held(text)


def test_each_contrasted_clause_of_reported_speech_states_its_own_position():
    text = ("Tomas Berglund said he welcomed the new water levy but that the Agrarian Union would not accept it. "
            "Ana Ruiz said the Green League remained committed to the talks but accused the Agrarian Union of stalling.")
    held = _held(text)
    assert ("tomas-berglund", "support", "the new water levy") in held
    assert {("ana-ruiz", "support", "the talks"), ("ana-ruiz", "oppose", "agrarian-union")} <= held


def test_a_contrast_with_no_stance_verb_adds_no_position():
    text = "Tomas Berglund said the talks with the Agrarian Union were long but that both sides had attended."
    assert rules_summary(text).stances == []


def test_an_unnamed_spokesperson_for_a_body_speaks_for_it():
    text = ("The Green League praised Ana Ruiz on Monday. "
            "A spokesman for the Green League said the water levy was a disgrace.")
    assert ("green-league", "oppose") in {(s.holder, s.polarity) for s in rules_summary(text).stances
                                          if "disgrace" in s.evidence}


def test_insisting_that_something_be_done_supports_it_and_insisting_on_a_fact_takes_no_side():
    held = _held("Tomas Berglund insists that the budget include money for schools.")
    assert ("tomas-berglund", "support", "including money for schools") in held
    assert rules_summary("Tomas Berglund met Ana Ruiz in Oslo. Tomas Berglund insisted he was innocent.").stances == []


def test_a_protest_against_something_is_the_crowds_opposition_to_it():
    crowd = "Thousands of protesters marched in Oslo on Tuesday, and police arrested 12 protesters. "
    assert ("protesters", "oppose", "a proposed tax on diesel") in _held(
        crowd + "The protests began in March in response to a proposed tax on diesel.")
    assert ("farmers", "oppose", "the closure of the grain market") in _held(
        "Farmers marched through Bergen against the closure of the grain market.")
    assert _held(crowd + "The protests began in March after a storm.") == set()


def test_asking_someone_to_act_supports_the_act_and_asking_to_undo_opposes_it():
    text = ("The Agrarian Union asked the Supreme Court to delay its ruling. Lawyers for the Green League filed a "
            "petition on Monday asking the Supreme Court to annul the election result.")
    held = _held(text)
    assert ("agrarian-union", "support", "delaying its ruling") in held
    assert any(p == "oppose" and t == "the election result" for _, p, t in held)


def test_a_request_reported_of_another_or_made_by_an_object_is_no_position_of_theirs():
    text = ("Ana Ruiz said the farmers would ask the Supreme Court to examine the levy. "
            "Residents handed the Green League a list of names, asking the observers to visit the town.")
    held = {(h, t) for h, _, t in _held(text)}
    assert ("ana-ruiz", "examining the levy") not in held
    assert not any(h == "green-league" for h, _ in held)


def test_a_fronted_country_says_whose_government_acts():
    text = ("Italy's government said on Monday it would cap gas prices. Italy's prime minister said Italy would also "
            "help households. In Spain, the government approved the energy subsidy plan for factories. Spain's economy "
            "minister said Spain would review it in May. Italy and Spain disagree on exports. Italy's unions called a "
            "strike.\n")  # Italy named most: "the government" alone would be Italy's
    held = _held(text)
    assert ("spain", "support", "the energy subsidy plan") in held
    assert not any(h == "italy" and "subsidy" in t for h, _, t in held)


def test_a_fronted_time_is_no_place_of_government():
    text = ("Italy's government said on Monday it would cap gas prices. In March, the government approved the "
            "energy subsidy plan for factories. Italy and Spain disagree on exports.\n")
    assert not any(h == "spain" for h, _, _ in _held(text))


def test_quotation_marks_inside_what_is_asked_do_not_end_it():
    text = ("Mayor Ana Ruiz urged the council to \"reconsider\" the closure of the library. Ana Ruiz spoke on Monday.\n")
    assert any(h == "ana-ruiz" and "closure of the library" in t for h, _, t in _held(text))


def test_coordinated_adjectives_stay_with_their_noun_in_what_is_asked():
    text = ("The aid agency Medica called on both sides to allow \"safe, immediate and unimpeded medical access\" to "
            "the valley. Medica works in the valley.\n")
    assert any(h == "medica" and p == "support" and t.endswith("unimpeded medical access") for h, p, t in _held(text))


def test_a_comma_after_a_head_noun_still_ends_what_is_asked():
    text = "Medica urged the army to end the siege, immediate and total. Medica works in the valley.\n"
    assert {t for h, _, t in _held(text) if h == "medica"} <= {"the siege"}


def test_a_position_named_as_a_possession_is_held_by_its_possessor():
    text = ("Lena Horvat praised the mayor. Lena Horvat's opposition to the new stadium is well known. "
            "The Harbour Guild repeated its call for higher pay, but the city said it cannot pay. "
            "The Harbour Guild met on Monday.\n")
    held = _held(text)
    assert ("lena-horvat", "oppose", "the new stadium") in held
    assert ("harbour-guild", "support", "higher pay") in held


def test_a_call_for_a_thing_to_act_takes_no_side_on_the_thing():
    text = ("The Harbour Guild renewed its call for the strike to end on Monday. The Harbour Guild met the mayor.\n")
    assert not any(h == "harbour-guild" and t == "the strike" for h, _, t in _held(text))


def test_a_possession_that_names_no_position_takes_no_side():
    text = ("The Harbour Guild repeated its call for calm. The Harbour Guild's support staff met the mayor. "
            "The Harbour Guild met on Monday.\n")
    assert not [h for h, p, _ in _held(text) if h == "harbour-guild" and p != "neutral"]


def test_whose_demand_it_is_not_who_rejects_it():
    text = "Lena Horvat rejected the Harbour Guild's demands for a new pier. The Harbour Guild met on Monday.\n"
    held = _held(text)
    assert ("harbour-guild", "support", "a new pier") in held
    assert ("lena-horvat", "support", "a new pier") not in held


def test_the_lawyers_or_spokesman_of_a_named_body_act_for_it():
    text = ("Lena Horvat lost the case on Monday. Lena Horvat's lawyers condemned the ruling of the district court. "
            "Lena Horvat spoke. The Harbour Guild's decision angered Karl Weber. Karl Weber met the press.\n")
    held = _held(text)
    assert ("lena-horvat", "oppose", "the ruling of the district court") in held
    assert not any(h == "harbour-guild" for h, _, _ in held)


def test_a_conjoined_clause_with_a_subject_of_its_own_keeps_no_holder_of_the_clause_before():
    text = ("Greta Holm met the Coastal League in Tromso on Monday, but the committee rejected the fishing quota. "
            "Greta Holm visited the harbour, and then criticised the fishing quota.\n")
    held = _held(text)
    assert not {h for h, _, _ in held if h == "coastal-league"}
    assert ("greta-holm", "oppose", "the fishing quota") in held


def test_a_position_named_as_a_noun_and_given_up_is_turned_round():
    text = ("The Coastal League met in Tromso. The Coastal League withdrew its support for the fishing quota. "
            "The Coastal League said its opposition to the harbour tax had ended.\n")
    held = _held(text)
    assert ("coastal-league", "oppose", "the fishing quota") in held
    assert ("coastal-league", "support", "the harbour tax") in held
    assert ("coastal-league", "support", "the fishing quota") not in held


def test_a_position_named_as_a_noun_and_kept_keeps_its_side():
    text = "The Coastal League met in Tromso. The Coastal League renewed its support for the fishing quota.\n"
    assert ("coastal-league", "support", "the fishing quota") in _held(text)


def test_a_position_voiced_as_a_noun_is_held_by_the_subject():
    text = ("Greta Holm met the Coastal League in Tromso. The Coastal League expressed deep concern over the fishing "
            "quota. Greta Holm voiced her support for the harbour fund.\n")
    held = _held(text)
    assert ("coastal-league", "oppose", "the fishing quota") in held
    assert ("greta-holm", "support", "the harbour fund") in held


def test_concern_for_someone_and_a_negated_voice_take_no_side():
    text = ("Greta Holm met the Coastal League in Tromso. The Coastal League expressed concern for the missing "
            "fishermen. Greta Holm did not express support for the harbour fund.\n")
    held = _held(text)
    assert not {t for _, _, t in held if "fishermen" in t}
    assert ("greta-holm", "support", "the harbour fund") not in held


def test_the_verbs_of_rebuking_and_acclaiming_take_sides():
    text = ("Greta Holm met the Coastal League in Tromso. The Coastal League rebuked the harbour board. "
            "Greta Holm extolled the new ferry service.\n")
    held = _held(text)
    assert ("coastal-league", "oppose", "the harbour board") in held or ("coastal-league", "oppose", "harbour-board") in held
    assert ("greta-holm", "support", "the new ferry service") in held


def test_a_rebuke_as_a_noun_is_no_stance_verb():
    text = "Greta Holm met the Coastal League in Tromso. The rebuke of the harbour board came on Monday.\n"
    assert not _held(text)


def test_a_verb_of_naming_judges_its_object_without_quotes_and_after_a_definite_title():
    text = ("Greta Holm spoke in Tromso on Monday. Greta Holm called the fishing quota a disgrace for the fleet. "
            "The minister later called the harbour tax \"a betrayal\".\n")
    held = _held(text)
    assert ("greta-holm", "oppose", "the fishing quota") in held
    assert ("greta-holm", "oppose", "the harbour tax") in held


def test_calling_someone_at_a_time_judges_nothing():
    text = "Greta Holm spoke in Tromso on Monday. Greta Holm called the harbour master an hour later.\n"
    assert not _held(text)


def test_being_against_or_in_favour_of_something_takes_a_side():
    text = ("Greta Holm met the Coastal League in Tromso. The Coastal League is against the fishing quota. "
            "Greta Holm said she was in favour of the harbour fund.\n")
    held = _held(text)
    assert ("coastal-league", "oppose", "the fishing quota") in held
    assert ("greta-holm", "support", "the harbour fund") in held


def test_a_result_against_something_is_no_position():
    text = "Greta Holm met the Coastal League in Tromso. The vote was against the fishing quota.\n"
    assert not {(h, p) for h, p, t in _held(text) if t == "the fishing quota"}


def test_holding_someone_responsible_or_in_contempt_opposes_them():
    text = ("Greta Holm met the Coastal League and Lars Dahl in Tromso. The Coastal League held Lars Dahl responsible "
            "for the losses. The council voted to hold Greta Holm, its former chair, in contempt.\n")
    held = _held(text)
    assert ("coastal-league", "oppose", "lars-dahl") in held


def test_holding_talks_blames_no_one():
    text = ("Greta Holm met the Coastal League in Tromso. The Coastal League held talks with Greta Holm, "
            "responsible officials said.\n")
    assert not {(h, p) for h, p, t in _held(text) if p == "oppose"}


def test_breaking_off_relations_or_recalling_an_envoy_opposes_the_other_side():
    text = ("Ardenia and Velmora held talks in May. Ardenia cut diplomatic ties with Velmora on Friday. "
            "Velmora recalled its ambassador from Ardenia.\n")
    held = _held(text)
    assert ("ardenia", "oppose", "velmora") in held
    assert ("velmora", "oppose", "ardenia") in held


def test_ties_built_or_kept_oppose_no_one():
    text = ("Ardenia and Velmora held talks in May. Ardenia cut taxes and built ties with Velmora. "
            "Velmora did not sever relations with Ardenia.\n")
    assert not {(h, p) for h, p, t in _held(text) if p == "oppose"}


def test_a_definite_noun_phrase_that_refers_back_speaks_for_the_one_named_before():
    text = ("The Coastal League met Lars Dahl on Monday. The organisation said the new quota was a terrible "
            "mistake. Greta Holm met the fishermen on Tuesday. The 61-year-old said the harbour tax was a disgrace.\n")
    held = {(h, p) for h, p, _ in _held(text)}
    assert ("coastal-league", "oppose") in held
    assert ("greta-holm", "oppose") in held


def test_a_kind_of_organisation_does_not_refer_to_a_crowd():
    text = ("Nordic Steel met the unions on Monday. About 600 workers stayed on the layoff scheme. The company said "
            "the new quota was a terrible mistake.\n")
    assert "workers" not in {h for h, _, _ in _held(text)}


def test_signing_a_bill_into_law_supports_it():
    text = ("Greta Holm met the Coastal League in Tromso. Greta Holm signed the fishing bill into law on Monday. "
            "The Coastal League did not sign the harbour bill into law.\n")
    held = _held(text)
    assert ("greta-holm", "support", "the fishing bill") in held
    assert not {h for h, p, t in held if t == "the harbour bill" and p == "support"}


def test_a_protests_purpose_or_reason_is_its_subjects_position():
    # "in protest at X", a protest verb's "against X" past other adjuncts, "over X", "to demand X", ", calling for X"
    assert ("opposition-lawmakers", "oppose", "the forestry bill") in _held(
        "Opposition lawmakers walked out of the assembly in Sarn on Monday in protest at the forestry bill.")
    assert ("pensioners", "oppose", "planned cuts to state pensions") in _held(
        "Pensioners rallied in front of the finance ministry in Ulm on Saturday against planned cuts to state pensions.")
    assert ("workers", "oppose", "plans to sell the shipyard") in _held(
        "Hundreds of workers went on strike in Kessa over plans to sell the shipyard.")
    assert ("students", "support", "lower tuition fees") in _held(
        "Hundreds of students gathered outside the ministry in Brask to demand lower tuition fees.")
    assert ("workers", "support", "the new labour law") in _held(
        "Hundreds of workers rallied outside the assembly in Ulm on Wednesday in support of the new labour law.")
    assert ("farmers", "oppose", "the new grain tariff") in _held(  # a second verb of the same subject
        "Farmers blocked the roads near Ulm and marched to the ministry against the new grain tariff.")
    assert any(h == "tenants" and p == "support" and "freeze" in t for h, p, t in _held(
        "Tenants occupied the lobby of the housing office on Tuesday, calling for a freeze on rents."))


def test_a_protest_adjunct_of_another_clause_or_a_time_gives_no_position():
    # the sit-in's protest is not the university's, which suspended them; "over the weekend" is a time
    held = _held("Velmor University suspended six students after a sit-in in protest against the closure of two "
                 "departments.")
    assert not any(h == "velmor-university" and "closure" in t for h, _, t in held)
    assert _held("Thousands of farmers marched in Ulm over the weekend.") == set()
    assert _held("In March, the Ulm court ruled in support of the workers.") == set()  # a ruling's, no protest's
    assert _held("Relatives of the victims gathered outside the court to demand justice.") == set()  # one common word


@pytest.mark.parametrize("sentence, polarity, target", [
    ("Opposition leader Mark Tal called the crackdown brutal.", "oppose", "the crackdown"),
    ("Senator Rosa Diaz, who chairs the budget committee, called the tax cuts reckless.", "oppose", "the tax cuts"),
    ("Union chief Tomas Varga branded the pay offer unfair and unjustified.", "oppose", "the pay offer"),
])
def test_a_verb_of_naming_with_an_adjective_complement_judges_its_object(sentence, polarity, target):
    assert {(s.polarity, s.target) for s in rules_summary(sentence + "\n").stances} == {(polarity, target)}


def test_an_adjective_that_does_not_judge_or_a_participle_takes_no_side():
    assert not rules_summary("Prime Minister Sara Lind called an early election for June.\n").stances
    assert not rules_summary("Mayor Ana Costa called the meeting adjourned at noon.\n").stances


def test_the_head_of_a_complement_judges_before_its_of_phrase():
    text = "Amnesty International on Friday called the mass trial of the activists \"a travesty of justice\".\n"
    assert {(s.polarity, s.target) for s in rules_summary(text).stances} == {("oppose", "the mass trial of the activists")}
    text = "Amnesty International on Friday called the mass trial of the activists \"a miscarriage of justice\".\n"
    assert all(s.polarity != "support" for s in rules_summary(text).stances)  # "justice" names what, it takes no side


@pytest.mark.parametrize("sentence, polarity, target", [
    ("Health Minister Lina Sorel said the new fuel levies were unjustified.", "oppose", "the new fuel levies"),
    ("Mayor Piet Aalders said the parking fees were a grave mistake.", "oppose", "the parking fees"),
    ("Economist Karen Voss warned that the spending cuts would hurt growth.", "oppose", "the spending cuts"),
    ("Minister Hugo Brandt says the labour reforms are working.", "support", "the labour reforms"),
    ("Senator Ada Mwangi said the trade tariffs had failed.", "oppose", "the trade tariffs"),
    ("Minister Hugo Brandt said the water levies would not hurt farmers.", "support", "the water levies"),
])
def test_reported_speech_judges_a_thing_by_what_it_is_or_will_do(sentence, polarity, target):
    assert {(s.polarity, s.target) for s in rules_summary(sentence + "\n").stances} == {(polarity, target)}


@pytest.mark.parametrize("sentence", [
    "Police spokesman Ian Dorsey said the houses were destroyed in the blaze.",  # a passive tells what happened
    "Fire chief Ian Dorsey said it would destroy the old mill within hours.",  # a pronoun names no thing
    "Fire chief Ian Dorsey said the rescuers would help the residents.",  # people, not a matter
    "Police spokesman Ian Dorsey said the van was unmarked.",  # a participle of state denied describes
    "Police spokesman Ian Dorsey said the border post was unguarded.",
    "Police spokesman Ian Dorsey said the old mill was undamaged.",  # a fault denied is no judgement
])
def test_a_passive_a_pronoun_or_people_as_the_subject_judge_no_thing(sentence):
    assert not rules_summary(sentence + "\n").stances


def test_a_passive_by_a_titled_person_is_held_by_the_person_towards_its_subject():
    text = "The harbour plan was criticised by Green Party leader Anna Berg.\n"
    assert {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances} == {
        ("anna-berg", "oppose", "the harbour plan")}
    text = "The harbour plan was criticised by the Velmoran Workers' Union.\n"
    assert {s.holder for s in rules_summary(text).stances} == {"velmoran-workers-union"}


@pytest.mark.parametrize("sentence, target", [
    ("Senator Maria Okafor slammed the decision on Monday.", "the decision"),
    ("Senator Maria Okafor slammed the government on Monday.", "the government"),
    ("Mayor Ana Costa lashed out at the government.", "the government"),
    ("The Harbour Party attacked the new tax law.", "the new tax law"),
])
def test_a_verb_of_criticising_that_also_names_a_blow_opposes_a_matter_or_a_body(sentence, target):
    assert {(s.polarity, s.target) for s in rules_summary(sentence + "\n").stances} == {("oppose", target)}


@pytest.mark.parametrize("sentence", [
    "Gunmen attacked a convoy near Herat on Monday.",
    "A lorry slammed into a wall in the town centre.",
    "Rebel fighters blasted the bridge outside the village.",
])
def test_a_blow_or_an_assault_takes_no_position(sentence):
    assert not rules_summary(sentence + "\n").stances


def test_a_noun_of_deciding_keeps_its_to_infinitive_as_the_target():
    text = "Senator Maria Okafor condemned the decision to close the naval base.\n"
    assert {s.target for s in rules_summary(text).stances} == {"the decision to close the naval base"}
    text = "The Harbour Workers' Union vowed to fight the plans to extend the school day.\n"
    assert {s.target for s in rules_summary(text).stances} == {"the plans to extend the school day"}
    # a to-phrase of place or of a person is no infinitive: the noun phrase alone
    text = "Senator Maria Okafor condemned the plan to the council on Monday.\n"
    assert all(" to " not in s.target for s in rules_summary(text).stances)
    text = "Senator Maria Okafor condemned the council's refusal to negotiate, her office said.\n"
    assert {s.target for s in rules_summary(text).stances} == {"the council's refusal to negotiate"}


def test_a_verb_of_speaking_and_a_comma_introduce_the_subjects_quote():
    text = ('The council voted to close the Elm Street library on Monday. Councillor Ruth Abara spoke on local radio, '
            '"Closing the library is a disgrace and a betrayal of every family in this town."\n')
    assert ("ruth-abara", "oppose") in {(s.holder, s.polarity) for s in rules_summary(text).stances}
    text = "Councillor Ruth Abara spoke at the library on Monday, and readers applauded.\n"
    assert not rules_summary(text).stances


def test_what_a_quote_calls_something_is_not_its_target():
    from summariser.rules.stances import _uncalled

    blanked = _uncalled("This is a big win for the workers - a big win - and the deal will hold")
    assert "big win" not in blanked and "the deal" in blanked and len(blanked) == 70
    assert _uncalled("The deal will hold") == "The deal will hold"  # no copula: nothing blanked


def test_the_head_of_a_postmodified_subject_decides_whether_a_thing_is_judged():
    text = "The Port Authority issued a statement on Friday, saying the strike by dock workers was unjustified.\n"
    assert {(s.holder, s.polarity, s.target) for s in rules_summary(text).stances} == {
        ("port-authority", "oppose", "the strike by dock workers")}
    text = "Port Authority chief Ana Lima said the leader of the dock workers was unwell.\n"  # a person's state
    assert not rules_summary(text).stances


def test_a_quote_that_names_no_matter_around_it_judges_its_own_subject():
    text = 'Prime Minister Keir Halden told parliament: "The deportation scheme has failed and we will scrap it."\n'
    assert {(s.polarity, s.target) for s in rules_summary(text).stances} == {("oppose", "the deportation scheme")}
    # a matter the quote names otherwise stays its target
    text = ('Ministers signed a trade and energy agreement on Monday. "This agreement tells our young people that '
            'their future is bright," said Trade Minister Ana Okoro.\n')
    assert all(s.target != "their future" for s in rules_summary(text).stances)


def test_a_blow_told_in_reported_speech_is_no_position_of_the_speaker():
    assert not rules_summary("Police spokesman Ivo Kral said militants had attacked the police station overnight.\n").stances


def test_what_a_hazard_will_do_is_a_forecast_not_a_position():
    assert not rules_summary("The Met Office said the storm would destroy crops across the region.\n").stances


def test_disagreeing_with_something_opposes_it():
    text = "Energy Minister Tom Hale said he disagreed with the ruling and would appeal.\n"
    assert {(s.polarity, s.target) for s in rules_summary(text).stances} == {("oppose", "the ruling")}
    assert not rules_summary("Energy Minister Tom Hale said the two sides disagreed over the timetable.\n").stances


def test_what_a_quote_is_said_of_is_its_target():
    text = '"This is a disgrace and a betrayal," opposition leader Kofi Mensah said of the new fuel levy.\n'
    assert {(s.polarity, s.target) for s in rules_summary(text).stances} == {("oppose", "the new fuel levy")}
    text = '"This is a disgrace and a betrayal," opposition leader Kofi Mensah said on Monday.\n'
    assert all(s.target != "Monday" for s in rules_summary(text).stances)


@pytest.mark.parametrize("sentence, held", [
    ("Senator Mona Tilly came out against the pipeline project on Monday.", ("mona-tilly", "oppose", "the pipeline project")),
    ("Governor Alan Pike sided with the striking nurses in the pay dispute.", ("alan-pike", "support", "the striking nurses")),
    ("President Rui Lopes stood by his decision to sell the state airline.",
     ("rui-lopes", "support", "his decision to sell the state airline")),
    ("Health Minister Jana Kovac cast doubt on the figures released by the agency.", ("jana-kovac", "oppose", "the figures")),
    ("Senator Mona Tilly distanced herself from the remarks of her party leader.", ("mona-tilly", "oppose", "the remarks of her party leader")),
])
def test_phrasal_verbs_of_taking_a_side_state_a_position(sentence, held):
    assert held in _held(sentence + "\n")


def test_a_phrasal_verb_in_on_is_no_call_on_someone():
    # "cast doubt on" ends in "on" like "called on", but asks no one for anything
    assert ("jana-kovac", "oppose", "the new budget figures") in _held(
        "Finance Minister Jana Kovac cast doubt on the new budget figures.\n")


@pytest.mark.parametrize("sentence, held", [
    ("Prime Minister Helen Marsh was critical of the court's ruling.", ("helen-marsh", "oppose", "the court's ruling")),
    ("Mayor Karen Voss has been supportive of the cycling lanes.", ("karen-voss", "support", "the cycling lanes")),
    ("Governor Ann Lee remained sceptical about the growth forecasts.", ("ann-lee", "oppose", "the growth forecasts")),
    ("The Ardenian Medical Association is opposed to the plan to close rural clinics.",
     ("ardenian-medical-association", "oppose", "the plan to close rural clinics")),
])
def test_an_adjective_of_judging_after_a_copula_states_a_position(sentence, held):
    assert held in _held(sentence + "\n")


def test_a_negated_adjective_of_judging_states_no_position():
    assert not _held("Governor Ann Lee is not critical of the new plan.\n")


@pytest.mark.parametrize("sentence", [
    "If Senator Paul Grant rejected the deal, the talks would collapse, analysts said.",
    "The Green Party asked whether Senator Paul Grant was in favour of the new tax.",
    "Reporters asked if Senator Paul Grant backed the new tax.",
])
def test_a_position_in_a_condition_or_a_question_is_not_stated(sentence):
    assert "paul-grant" not in _holders(sentence + "\n")


def test_a_position_before_its_condition_is_stated():
    # the condition is the threat's, after the verb: "would veto the bill if Congress passed it" opposes the bill
    assert ("paul-grant", "oppose", "the bill") in _held("Senator Paul Grant said he would veto the bill if Congress passed it.\n")


def test_reported_speech_that_names_nothing_it_judges_takes_no_side():
    # the tone of "terrible" is about the weather during a visit, no matter of the article: no target of its own
    assert "maria-duval" not in _holders("Senator Maria Duval said the weather during the visit had been terrible.\n")


def test_reported_speech_that_names_what_it_judges_keeps_its_position():
    assert ("ana-lopez", "oppose", "the new tariffs") in _held(
        "Foreign Minister Ana Lopez said the new tariffs were a disaster for farmers.\n")


def test_reported_speech_whose_subject_is_the_speakers_body_borrows_no_target():
    # "it" is the company itself, not a thing it judges: no matter of the article is borrowed for it
    text = "Velton Steel said on Monday it had been hit hard by the storm.\n"
    assert "velton-steel" not in _holders(text)


def test_a_judgement_the_speaker_reports_of_someone_else_is_not_theirs():
    assert "ana-lopez" not in _holders(
        "Foreign Minister Ana Lopez said critics had described the plan as a disaster.\n")


def test_a_judgement_the_speaker_reports_of_themselves_is_theirs():
    assert ("ana-lopez", "oppose", "the plan") in _held(
        "Foreign Minister Ana Lopez said on Monday that she would describe the plan as a disaster.\n")


@pytest.mark.parametrize("sentence, held", [
    ("Senator Paul Grant has long been a critic of the dam project.", ("paul-grant", "oppose", "the dam project")),
    ("Senator Paul Grant is a strong supporter of the rent freeze.", ("paul-grant", "support", "the rent freeze")),
    ("Senator Paul Grant, a vocal critic of the dam project, spoke on Monday.", ("paul-grant", "oppose", "the dam project")),
    ("Senator Ann Lee threw her weight behind the rail strike on Monday.", ("ann-lee", "support", "the rail strike")),
])
def test_a_supporter_or_a_critic_of_something_holds_a_position(sentence, held):
    assert held in _held(sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "Senator Paul Grant, a former critic of the dam project, spoke on Monday.",
    "Senator Paul Grant is not a supporter of the rent freeze.",
    "Senator Paul Grant met critics of the dam project on Monday.",
])
def test_a_former_a_denied_or_an_other_critic_states_no_position(sentence):
    assert not _held(sentence + "\n")


@pytest.mark.parametrize("sentence, held", [
    ("Senator Paul Grant voted in favour of the pension bill on Tuesday.", ("paul-grant", "support", "the pension bill")),
    ("Senator Paul Grant spoke in favor of the rent freeze.", ("paul-grant", "support", "the rent freeze")),
    ("Senator Paul Grant took issue with the new growth forecasts.", ("paul-grant", "oppose", "the new growth forecasts")),
    ("Senator Paul Grant signed on to the climate pledge.", ("paul-grant", "support", "the climate pledge")),
])
def test_in_favour_of_take_issue_with_and_sign_on_to_state_positions(sentence, held):
    assert held in _held(sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "Senator Paul Grant spoke for an hour, rejecting claims that the budget was illegal.",
    "Senator Paul Grant dismissed reports that he opposed the dam project.",
])
def test_the_content_of_a_claim_is_not_the_position_of_who_answers_it(sentence):
    assert "paul-grant" not in _holders(sentence + "\n")


def test_a_report_that_blames_someone_is_a_relative_clause_not_a_claims_content():
    text = "The UN Verification Mission released a report that blamed the army for the ambush.\n"
    assert any(s.polarity == "oppose" for s in rules_summary(text).stances)


def test_doubts_and_concerns_one_has_oppose_what_they_are_about():
    assert ("paul-grant", "oppose", "the fuel levy") in _held(
        "Senator Paul Grant said he had serious doubts about the fuel levy.\n")


@pytest.mark.parametrize("sentence", [
    "Senator Paul Grant said he had no objection to the fuel levy.",
    "Senator Paul Grant has the backing of the Harbour Party.",
])
def test_no_objection_or_anothers_backing_is_no_position_of_the_subject(sentence):
    assert ("paul-grant", "oppose") not in {(h, p) for h, p, _ in _held(sentence + "\n")}
    assert ("paul-grant", "support", "the harbour party") not in {(h, p, t.lower()) for h, p, t in _held(sentence + "\n")}


def test_speaking_out_in_support_of_something_supports_it():
    assert ("paul-grant", "support", "the striking nurses") in _held(
        "Senator Paul Grant spoke out in support of the striking nurses.\n")


def test_a_quoted_adjective_of_position_takes_its_complement_outside_the_quote():
    assert ("paul-grant", "oppose", "the new fuel levy") in _held(
        'Senator Paul Grant said he was "deeply sceptical" of the new fuel levy.\n')


def test_a_quoted_adjective_of_anothers_position_names_no_target_of_the_speakers():
    assert ("paul-grant", "oppose", "the new fuel levy") not in _held(
        'Senator Paul Grant said the party was "firmly opposed" to the new fuel levy.\n')


@pytest.mark.parametrize("sentence, held", [
    ("Senator Paul Grant called the budget vote a sham.", ("paul-grant", "oppose", "the budget vote")),
    ("Senator Paul Grant said the inquiry was a joke.", ("paul-grant", "oppose", "the inquiry")),
    ("Senator Paul Grant said the new pension law was a milestone for workers.",
     ("paul-grant", "support", "the new pension law")),
    ("Senator Paul Grant said the port tariffs were a blow for exporters.", ("paul-grant", "oppose", "the port tariffs")),
    ("Senator Paul Grant said the court's ruling was a setback for tenants.",
     ("paul-grant", "oppose", "the court's ruling")),
])
def test_nouns_that_judge_take_a_side_where_vader_says_nothing_or_the_wrong_thing(sentence, held):
    assert held in _held(sentence + "\n")


@pytest.mark.parametrize("sentence, held", [
    ('Senator Paul Grant called the border accord "a capitulation".', ("paul-grant", "oppose", "the border accord")),
    ('Senator Paul Grant called the border accord "a surrender wrapped in a treaty".',
     ("paul-grant", "oppose", "the border accord")),
    ("Senator Paul Grant called the inquiry a whitewash designed to protect ministers.",
     ("paul-grant", "oppose", "the inquiry")),
    ('Senator Paul Grant called the vote "a carefully staged sham".', ("paul-grant", "oppose", "the vote")),
])
def test_a_judging_noun_keeps_its_side_before_a_participle_postmodifier(sentence, held):
    assert held in _held(sentence + "\n")


def test_a_surrender_told_as_an_act_judges_nothing():
    assert not _held("The army accepted the surrender of 300 fighters on Monday.\n")


def test_a_denied_judging_noun_takes_no_side():
    assert not _held("Senator Paul Grant said the inquiry was not a sham.\n")
    assert not _held("Senator Paul Grant said the blow to his head had left him dizzy.\n")


@pytest.mark.parametrize("sentence, held", [
    ('"This reform is a historic achievement for our country," Prime Minister Jonas Weil told parliament.',
     ("jonas-weil", "support", "this reform")),
    ('"The inquiry is a sham and everyone knows it," said Senator Paul Grant.', ("paul-grant", "oppose", "the inquiry")),
])
def test_a_quote_whose_complement_is_a_judging_noun_takes_its_side(sentence, held):
    assert held in _held(sentence + "\n")


def test_a_quote_that_only_reports_takes_no_side():
    assert not _held('"We will meet the unions again on Friday," said Senator Paul Grant.\n')


def test_a_stance_verb_in_a_fronted_participle_clause_is_the_main_subjects():
    assert ("paul-grant", "oppose", "the ruling") in _held(
        "Criticising the ruling, Senator Paul Grant said the court had overstepped its powers.\n")


def test_a_fronted_participle_of_no_stance_verb_gives_no_position():
    assert not _held("Speaking to reporters, Senator Paul Grant said the talks would resume on Friday.\n")


@pytest.mark.parametrize("sentence, held", [
    ("Senator Paul Grant said there was no justification for the attack on the convoy.",
     ("paul-grant", "oppose", "the attack on the convoy")),
    ('"There is no place for violence in our politics," said Senator Paul Grant.',
     ("paul-grant", "oppose", "violence in our politics")),
])
def test_denying_something_any_ground_opposes_it(sentence, held):
    assert held in _held(sentence + "\n")


def test_there_is_a_justification_is_no_denial():
    assert ("paul-grant", "oppose") not in {(h, p) for h, p, _ in _held(
        "Senator Paul Grant said there was a clear justification for the new port tax.\n")}


@pytest.mark.parametrize("sentence", [
    "Foreign Minister Ana Lopez said the weather had been terrible.",
    "Foreign Minister Ana Lopez said the mood in the camp was grim.",
])
def test_reported_speech_that_judges_circumstances_takes_no_side(sentence):
    assert not _held(sentence + "\n")


def test_standing_by_a_place_is_no_position():
    assert not _held("Senator Paul Grant stood by the door as the votes were counted.\n")


def test_standing_by_ones_remarks_supports_them():
    assert ("paul-grant", "support", "his remarks") in _held("Senator Paul Grant stood by his remarks on Monday.\n")


_BODIES = ("The Harbour Workers' Union met on Monday. The Green Alliance said on Monday it would vote. "
           "The Coastal Trust said it would help. ")


@pytest.mark.parametrize("sentence, held", [
    ("The new port levy has drawn sharp criticism from the Harbour Workers' Union.",
     ("harbour-workers-union", "oppose", "the new port levy")),
    ("The dredging plan was met with protests from the Green Alliance, which says it will kill the reef.",
     ("green-alliance", "oppose", "the dredging plan")),
    ("The reef reserve won the backing of the Coastal Trust on Friday.", ("coastal-trust", "support", "the reef reserve")),
    ("The Coastal Trust has faced criticism from the Green Alliance.", ("green-alliance", "oppose", "coastal-trust")),
])
def test_who_gives_the_response_a_subject_draws_holds_the_position_towards_it(sentence, held):
    assert held in _held(_BODIES + sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "The reef reserve failed to win the backing of the Coastal Trust.",
    "The reef reserve did not draw criticism from the Green Alliance.",
    "It drew criticism from the Green Alliance.",
])
def test_a_response_denied_or_drawn_by_a_pronoun_gives_no_position(sentence):
    assert not [h for h in _held(_BODIES + sentence + "\n") if h[0] in ("coastal-trust", "green-alliance")
                and h[2] != "the matter quoted"]


@pytest.mark.parametrize("sentence, held", [
    ("Senator Paul Grant urged the president to veto the water bill.", ("paul-grant", "oppose", "the water bill")),
    ("Senator Paul Grant asked the court to block the port merger.", ("paul-grant", "oppose", "the port merger")),
])
def test_a_request_to_stop_a_thing_from_happening_opposes_it(sentence, held):
    assert held in _held(sentence + "\n")


def test_a_request_to_accept_a_thing_still_supports_it():
    assert ("paul-grant", "support", "approving the port merger") in _held(
        "Senator Paul Grant asked the court to approve the port merger.\n")


def test_a_stance_verb_with_a_particle_of_moving_away_is_another_verb():
    assert not [h for h in _held("The Dockers Union backed down over the port merger.\n") if h[1] == "support"]
    assert ("dockers-union", "support", "the port merger") in _held("The Dockers Union backed the port merger.\n")


@pytest.mark.parametrize("sentence, held", [
    ("Senator Paul Grant said he would appeal against the ruling on the quarry.",
     ("paul-grant", "oppose", "the ruling on the quarry")),
    ("Senator Paul Grant has filed an appeal against the sentence.", ("paul-grant", "oppose", "the sentence")),
    ("Senator Paul Grant vowed to press ahead with the quarry licence.", ("paul-grant", "support", "the quarry licence")),
    ("Senator Paul Grant decided not to go ahead with the quarry licence.",
     ("paul-grant", "oppose", "the quarry licence")),
])
def test_an_appeal_opposes_the_decision_and_pressing_ahead_supports_the_plan(sentence, held):
    assert held in _held(sentence + "\n")


def test_whom_one_accuses_of_an_act_is_the_target_not_the_act():
    held = _held("Senator Paul Grant accused the harbour board of hiding the losses.\n")
    # the accused body is an actor of its own (actors25): the target is its id, else its words
    assert ("paul-grant", "oppose", "harbour-board") in held or ("paul-grant", "oppose", "the harbour board") in held


def test_asking_that_a_decision_be_reconsidered_opposes_it():
    assert ("paul-grant", "oppose", "the quarry licence") in _held(
        "Senator Paul Grant urged the council to reconsider the quarry licence.\n")


def test_a_quote_inside_a_medial_reporting_clause_is_words_of_the_clause_around_it():
    text = ("The Dock Union met on Monday. Paul Grant spoke in Kiel. "
            'The port closures, Paul Grant said, were "a disaster for the coast".\n')
    assert ("paul-grant", "oppose", "the port closures") in _held(text)


def test_reported_speech_whose_subject_refers_back_judges_the_thing_it_refers_to():
    text = ("The parliament on Monday passed the forestry law. Greenpeace said it was a disaster for the forests. "
            "The Dock Union held a strike over pay.\n")
    assert ("greenpeace", "oppose", "the forestry law") in _held(text)


def test_a_prepositional_phrase_after_a_verb_is_no_object():
    from summariser.rules.stances import _object_from

    assert _object_from("about the closures, Lopez said") is None
    assert _object_from("the closures, Lopez said") == "the closures"


def test_every_agent_joined_by_and_in_a_by_phrase_holds_the_position():
    text = ("The Dock Union met on Monday. The Green Alliance met too. "
            "The port levy was condemned by the Dock Union and the Green Alliance.\n")
    held = _held(text)
    assert ("dock-union", "oppose", "the port levy") in held and ("green-alliance", "oppose", "the port levy") in held


@pytest.mark.parametrize("sentence, held", [
    ("Senator Paul Grant called for the port levy to be scrapped.", ("paul-grant", "oppose", "the port levy")),
    ("Senator Paul Grant demanded that the port levy be withdrawn.", ("paul-grant", "oppose", "the port levy")),
])
def test_asking_that_a_thing_be_undone_opposes_it(sentence, held):
    assert held in _held(sentence + "\n")


def test_a_stance_verb_in_a_relative_clause_inside_reported_speech_is_its_own_subjects():
    text = ("The Growers' League met in Tarn. Senator Paul Grant said the border would stay shut until work on the "
            "Sella dam stopped, which the Growers' League blames for a fall in the river's flow.\n")
    held = _held(text)
    assert not any(h == "paul-grant" and "fall" in t for h, _, t in held)


@pytest.mark.parametrize("sentence", [
    "The Dock Union declined to comment on the port levy.",
    "The Dock Union refused to say whether it backed the port levy.",
    "The Dock Union declined to give details of the port levy talks.",
    "The Dock Union did not say whether it supported the port levy.",
])
def test_a_refusal_to_speak_states_no_position(sentence):
    assert not _held("The Dock Union met on Monday. " + sentence + "\n")


def test_a_refusal_of_an_act_still_opposes_it():
    assert ("dock-union", "oppose", "recognising the port levy") in _held(
        "The Dock Union met on Monday. The Dock Union refused to recognise the port levy.\n")


@pytest.mark.parametrize("sentence, held", [
    ("Senator Paul Grant said the port levy was necessary to fund the harbour.", ("paul-grant", "support", "the port levy")),
    ("Senator Paul Grant said the port levy was fully justified.", ("paul-grant", "support", "the port levy")),
    ("Senator Paul Grant said the port levy was premature.", ("paul-grant", "oppose", "the port levy")),
    ("Senator Paul Grant described the port levy as deeply flawed.", ("paul-grant", "oppose", "the port levy")),
])
def test_adjectives_that_judge_whether_an_act_was_called_for_take_a_side(sentence, held):
    assert held in _held("The council approved the port levy on Monday. " + sentence + "\n")


def test_a_passive_of_justify_with_its_agent_is_still_a_judgement_but_a_state_is_none():
    assert not [h for h in _held("The council approved the port levy on Monday. Senator Paul Grant said the weather "
                                 "was necessary for the harvest.\n") if h[0] == "paul-grant"]


@pytest.mark.parametrize("sentence, held", [
    ("The Dock Union argued that the port levy violates the law.", ("dock-union", "oppose", "the port levy")),
    ("The Dock Union said the port levy undermines workers' rights.", ("dock-union", "oppose", "the port levy")),
])
def test_what_a_thing_does_in_the_present_of_general_truth_judges_it(sentence, held):
    assert held in _held("The council approved the port levy on Monday. The Dock Union met. " + sentence + "\n")


def test_what_a_thing_did_is_told_not_judged():
    text = "The council approved the port levy on Monday. The Dock Union met. The Dock Union said the storm damaged the quay.\n"
    assert not [h for h in _held(text) if h[0] == "dock-union"]


@pytest.mark.parametrize("sentence, held", [
    ("Residents say the chemical plant has poisoned their wells for years.", ("residents", "oppose", "the chemical plant")),
    ("Many voters oppose the proposed merger of the two towns.", ("voters", "oppose", "the proposed merger of the two towns")),
])
def test_a_collective_that_states_a_position_holds_it(sentence, held):
    assert held in _held(sentence + "\n")


@pytest.mark.parametrize("sentence", [
    "Witnesses said the car drove into the crowd at high speed shortly after midnight.",
    "Residents said they had heard three loud explosions before dawn.",
    "Doctors at the city hospital said the patient's condition was critical.",
])
def test_a_collective_that_tells_what_it_saw_holds_nothing(sentence):
    text = sentence + "\n"
    assert not _held(text)
    assert not rules_summary(text).actors


def test_a_demand_that_a_thing_be_withdrawn_opposes_it():
    assert ("paul-grant", "oppose", "the new shift rules") in _held(
        "Senator Paul Grant said the new shift rules were unsafe and must be withdrawn.\n")


def test_what_a_thing_has_done_judges_it_but_what_it_had_done_tells_a_story():
    assert ("paul-grant", "support", "the new tariffs") in _held("Senator Paul Grant said the new tariffs have boosted exports.\n")
    assert not _held("Senator Paul Grant said the majority had underestimated the risk.\n")


def test_each_coordinated_crowd_holds_the_position_of_its_walkout():
    held = _held("Rail workers and bus drivers walked out on Monday in protest at the planned pay freeze.\n")
    assert {("rail-workers", "oppose", "the planned pay freeze"), ("bus-drivers", "oppose", "the planned pay freeze")} <= held


def test_a_petition_against_a_thing_opposes_it():
    assert ("residents", "oppose", "the planned incinerator") in _held(
        "More than 20,000 residents have signed a petition against the planned incinerator.\n")
    assert not _held("More than 20,000 residents have signed a petition at the town hall.\n")


@pytest.mark.parametrize("sentence, held", [
    ("Teachers rallied against the pension reform outside the parliament in Santiago.", ("teachers", "oppose", "the pension reform")),
    ("Farmers marched in protest at the diesel tax through the centre of Lyon.", ("farmers", "oppose", "the diesel tax")),
])
def test_where_a_protest_went_is_not_what_it_is_against(sentence, held):
    held_now = _held(sentence + "\n")
    assert held in held_now
    assert len(held_now) == 1


def test_a_collective_that_said_a_position_holds_it_but_not_one_that_told_what_happened():
    assert ("miners", "oppose", "the new shift rules") in _held(
        "Miners at the Kolwezi site said the new shift rules were unsafe and must be withdrawn.\n")
    assert ("villagers", "oppose", "the dam project") in _held(
        "Villagers told reporters the dam project would destroy their farmland and should be stopped.\n")
    text = "Residents said they had heard three loud explosions before dawn.\n"
    assert not _held(text) and not rules_summary(text).actors


def test_critics_or_supporters_of_a_thing_hold_the_side_their_noun_names():
    assert ("critics", "oppose", "the plan") in _held("Critics of the plan say it will push rents even higher.\n")
    assert ("supporters", "support", "the former president") in _held(
        "Supporters of the former president, who gathered outside the court, said the charges were politically motivated.\n")
    assert not _held("Critics say the weather was mild in the capital.\n")


def test_a_collective_whose_relative_clause_or_progressive_takes_a_side_holds_it():
    assert ("doctors", "oppose", "the reform") in _held(
        "Hundreds of doctors who oppose the reform walked out of hospitals in Seoul on Monday.\n")
    # (groups27: a collective that states a position is named by its fullest words, as one that acts is)
    assert {h for h, _, _ in _held("Local residents are fighting plans for a new motorway through the valley.\n")} == {"local-residents"}
    assert not rules_summary("Residents who were fleeing the fighting crossed the border.\n").stances


def test_a_clause_of_time_after_a_stance_verb_is_no_target():
    held = _held("The opposition's supporters have vowed to keep protesting until the election is rerun.\n")
    assert not any(t.startswith("until") for _, _, t in held)


@pytest.mark.parametrize("sentence, held", [
    ("Truckers have threatened to block the ports if the toll increase goes ahead.", ("truckers", "oppose", "the toll increase")),
    ("Senator Paul Grant threatened to resign if the bill is passed.", ("paul-grant", "oppose", "the bill")),
    ("Senator Paul Grant vowed to stay in the race unless the ruling is overturned.", None),
    ("Senator Paul Grant vowed to block the budget unless the tax is withdrawn.", ("paul-grant", "oppose", "the tax")),
])
def test_what_would_set_off_a_threatened_act_is_opposed(sentence, held):
    found = _held(sentence + "\n")
    if held:
        assert held in found
    else:
        assert not any(t == "the ruling" for _, _, t in found)


def test_an_inserted_reporting_clause_with_its_own_subject_lends_no_earlier_name_the_words():
    text = ("Turkey would also guard the captured fighters, which, the statement said, European nations have refused "
            "to take back.\n")
    assert "turkey" not in _holders(text)


def test_a_possessed_noun_of_demands_lists_what_it_asks_after_its_own_verb():
    held = _held("Thousands of protesters marched in Lima on Sunday. The protesters' demands include the release of "
                 "detained students and an inquiry into police violence.\n")
    assert ("protesters", "support", "the release of detained students") in held
    assert not any(t.startswith("include") for _, _, t in held)


def test_a_counted_collective_as_the_agent_of_a_passive_stance_verb_holds_it():
    assert ("residents", "oppose", "the new runway") in _held(
        "The new runway is opposed by thousands of residents who live near the airport.\n")
    assert not rules_summary("The town was visited by thousands of tourists last year.\n").stances


def test_a_crowd_that_chants_a_quote_speaks_it():
    assert ("protesters", "oppose", "the reform") in _held(
        '"The reform is a betrayal of every worker in this country," protesters chanted as they marched on parliament.\n')
    assert not _held("Police shouted at the crowd to disperse.\n")


def test_the_accused_is_the_target_not_the_charge_and_a_place_is_no_part_of_it():
    assert ("protesters", "oppose", "the government") in _held("Protesters accuse the government of stealing the election.\n")
    assert ("supporters", "support", "the verdict") in _held(
        "Supporters of the ruling party welcomed the verdict outside the court.\n")


def test_a_bare_noun_asked_for_keeps_its_for_phrase():
    assert ("residents", "support", "compensation for their damaged homes") in _held(
        "Residents are demanding compensation for their damaged homes.\n")
    assert not any(p == "support" for _, p, _ in _held("Residents are demanding aid for their damaged homes.\n"))


def test_a_collective_that_told_an_outlet_a_position_holds_it_but_not_what_it_heard():
    assert ("farmers", "oppose", "the new tax") in _held("Farmers told AFP the new tax was unfair and should be scrapped.\n")
    text = "Residents told Reuters they heard several explosions overnight.\n"
    assert not _held(text) and not rules_summary(text).actors


def test_opposition_members_who_said_a_position_hold_it_but_not_a_request_for_a_debate():
    assert ("opposition-lawmakers", "oppose", "the constitutional changes") in _held(
        "Opposition lawmakers, who boycotted the vote, said the constitutional changes were illegal.\n")
    text = "Opposition lawmakers have said they will seek a Senate debate on the ceasefire extension.\n"
    assert not rules_summary(text).actors


@pytest.mark.parametrize("sentence", [
    "Villagers say the soldiers burned their homes.",
    "Activists say hundreds have been arrested since the protests began.",
    "Residents say the storm has destroyed hundreds of homes.",
    "Farmers say the harvest this year is the best in a decade.",
])
def test_a_collective_that_says_what_happened_is_no_actor(sentence):
    summary = rules_summary(sentence + "\n")
    assert not summary.actors and not summary.stances


def test_an_act_judged_too_little_is_opposed():
    text = "The company made a new offer on Friday. The union held a rally. The union said the new offer did not go far enough.\n"
    assert any(h == "union" and p == "oppose" and "offer" in t for h, p, t in _held(text))


def test_earnings_that_fall_short_of_forecasts_are_no_position():
    assert not _held("The Harbour Bank met on Monday. The Harbour Bank said its earnings fell short of forecasts.\n")


def test_a_protest_or_campaign_named_as_a_possession_opposes_what_it_is_against():
    assert ("farmers", "oppose", "the new fuel tax") in _held(
        "Farmers blocked motorways on Monday, stepping up their protest against the new fuel tax.\n")


def test_a_verb_coordinated_after_an_object_is_the_first_subjects():
    held = _held("Senator Paul Grant met the Dock Union. Senator Paul Grant thanked the Dock Union and criticised "
                 "the port levy.\n")
    assert ("paul-grant", "oppose", "the port levy") in held
    assert not any(h == "dock-union" and "levy" in t for h, _, t in held)


@pytest.mark.parametrize("said, polarity", [("would go ahead despite the protests", "support"),
                                            ("would not proceed", "oppose")])
def test_a_thing_said_to_go_ahead_is_backed_and_one_said_not_to_is_opposed(said, polarity):
    text = f"The council approved the port levy on Monday. The Dock Union met. The Dock Union said the port levy {said}.\n"
    assert ("dock-union", polarity, "the port levy") in _held(text)


def test_a_thing_that_proceeds_somewhere_takes_no_side():
    text = ("The council approved the port levy on Monday. The Dock Union met. The Dock Union said the port levy would "
            "proceed to a second reading.\n")
    assert not [h for h in _held(text) if h[0] == "dock-union"]


def test_coordinated_subjects_keep_a_predicate_coordinated_later():
    held = _held("The Dock Union met. The Green Alliance met. The Dock Union and the Green Alliance met on Monday and "
                 "criticised the port levy.\n")
    assert {("dock-union", "oppose", "the port levy"), ("green-alliance", "oppose", "the port levy")} <= held


def test_the_speaker_of_a_response_drawn_is_not_its_target():
    held = _held("The Harbour Workers' Union met on Monday. The Green Alliance said it would vote. Paul Grant said "
                 "the fishermen had won the support of the Green Alliance.\n")
    assert ("green-alliance", "support", "paul-grant") not in held


def test_an_agent_joined_by_and_that_opens_a_clause_of_its_own_holds_nothing():
    held = _held("The Dock Union met. Germany spoke. The port levy was criticised by the Dock Union and Germany said "
                 "it would study the plan.\n")
    assert ("dock-union", "oppose", "the port levy") in held and ("germany", "oppose", "the port levy") not in held


def test_a_request_that_one_thing_be_done_and_another_undone_opposes_only_the_second():
    held = _held("Senator Paul Grant called for the port levy to be debated and the fishing ban to be lifted.\n")
    assert not any("debated" in t for _, _, t in held)


def test_an_approximator_before_a_number_opens_an_object():
    assert ("green-alliance", "support", "about 40 candidates") in _held(
        "The Green Alliance met. The Green Alliance backed about 40 candidates in the port elections.\n")


def test_a_plural_noun_after_a_possessive_is_no_verb_of_general_truth():
    assert not [h for h in _held("The council approved the port levy on Monday. The Dock Union met. The Dock Union "
                                 "said the levy's fans the council invited were few.\n") if h[0] == "dock-union"]


def test_a_contracted_negation_of_a_reporting_verb_reports_nothing():
    assert not [h for h in _held("The council approved the port levy on Monday. The Dock Union met. The Dock Union "
                                 "didn't say whether it backed the port levy.\n") if h[0] == "dock-union"]


@pytest.mark.parametrize("sentence, held", [
    ('"The council must open talks with the dockers now," said Paul Grant.',
     ("paul-grant", "support", "opening talks with the dockers")),
    ("Paul Grant said the council should hold fresh talks with the union.",
     ("paul-grant", "support", "holding fresh talks with the union")),
])
def test_what_a_speaker_says_must_be_done_is_asked_for(sentence, held):
    assert held in _held("The Dock Union met. Paul Grant spoke. " + sentence + "\n")


@pytest.mark.parametrize("sentence", ['"We must remain vigilant," said Paul Grant.',
                                      '"The council must face the consequences," said Paul Grant.'])
def test_an_obligation_that_names_no_act_asks_for_nothing(sentence):
    assert not [h for h in _held("The Dock Union met. Paul Grant spoke. " + sentence + "\n") if h[0] == "paul-grant"]


@pytest.mark.parametrize("said, polarity", [("would comply with the ruling", "support"),
                                            ("would abide by the ruling", "support"),
                                            ("would not comply with the ruling", "oppose")])
def test_keeping_to_a_ruling_accepts_it(said, polarity):
    text = f"A court on Monday ordered Vantor Energy to close its mine. Vantor Energy is based in Perth. The company said it {said}.\n"
    assert ("vantor-energy", polarity, "the ruling") in _held(text)


def test_officials_from_or_at_a_body_hold_its_position():
    summary = rules_summary("Officials from the Harbour Authority condemned the blockade of the port on Monday.")
    assert [(s.holder, s.polarity) for s in summary.stances] == [("harbour-authority", "oppose")]
    summary = rules_summary("The Harbour Authority said on Monday that the port would reopen. "
                            "Officials at the Harbour Authority rejected the union's demands.")
    assert ("harbour-authority", "oppose") in [(s.holder, s.polarity) for s in summary.stances]


def test_a_pronoun_subject_holds_the_position_of_a_verb_coordinated_after_an_actor_object():
    summary = rules_summary("The Harbour Authority approved the plan on Monday. Mayor Ines Kovac welcomed the vote. "
                            "She thanked the authority and promised to work with the dock unions.")
    holders = {s.holder for s in summary.stances if "dock unions" in s.target}
    assert holders == {"ines-kovac"}  # not the authority, the object of the verb before


def test_a_titled_or_dummy_subject_is_no_pronoun_for_the_coordinated_verb():
    summary = rules_summary("The Harbour Authority approved the plan on Monday. Health Minister Ivo Stark welcomed the "
                            "vote. The minister thanked the dock unions and promised to fund new cranes.")
    assert {s.holder for s in summary.stances if "cranes" in s.target} == {"ivo-stark"}


def test_an_object_complement_after_keep_or_leave_stays_in_the_target():
    summary = rules_summary("Union leader Ana Ruiz urged the ministry to keep the schools closed until March.")
    assert [s.target for s in summary.stances] == ["keeping the schools closed"]


def test_the_second_review_of_the_stances_round():
    said = lambda text: [(s.polarity, s.target) for s in rules_summary(text).stances]  # noqa: E731
    assert said("Finance Minister Jane Holt said the ceasefire was violated by rebels.") == []  # a passive breaking
    assert said("Senator Mark Brandt said the agreement was a step back from the brink of war.") != [("oppose", "the agreement")]
    assert said("Senator Mark Brandt said the key question is what voters want.") == []  # a question, no need
    assert said("The Apex Mining Company said it was forced to close the plant.") == []  # a participle, no judgement
    assert said("The Apex Mining Company said women constitute a major share of its workforce.") == []  # an amount


def test_a_forecast_of_what_someone_will_do_takes_no_side():
    assert not _held("Analyst Mark Chen said the central bank would probably cut rates next month.\n")
    assert not _held("Ana Costa said the government would probably lose the vote.\n")


def test_a_forecast_of_a_things_harm_still_judges_the_thing():
    assert ("ana-costa", "oppose", "the tax") in _held("Ana Costa said the tax would probably destroy jobs.\n")
    assert ("ana-costa", "oppose", "the plan") in _held(
        "Ana Costa said the plan was a disaster and would probably be scrapped.\n")


def test_a_quote_that_describes_the_situation_takes_no_side():
    assert not _held('"The situation is very difficult," said Ana Costa, the head of the aid agency.\n')


def test_a_plural_subject_that_must_stop_is_opposed():
    assert ("mary-byrne", "oppose", "these attacks") in _held("Mary Byrne said these attacks must stop.\n")
    assert not _held("Mary Byrne said the protesters must stop.\n")  # people told to stop: no thing opposed


def test_a_quote_that_judges_what_an_office_or_a_body_did_is_about_it():
    assert ("mary-byrne", "oppose", "the president") in _held('"The president has lied to the nation," Mary Byrne said.\n')
    assert ("mary-byrne", "support", "the police") in _held(
        '"The police acted with great restraint," said Interior Minister Mary Byrne.\n')


def test_a_quote_that_tells_what_a_body_did_judges_nothing():
    assert not _held('"The committee met twice last week," said Mary Byrne.\n')


@pytest.mark.parametrize("sentence, held", [
    ("Ana Costa said the charges were fabricated.", ("ana-costa", "oppose", "the charges")),
    ("Ana Costa said the arrests were arbitrary.", ("ana-costa", "oppose", "the arrests")),
    ("Ana Costa said the report was biased.", ("ana-costa", "oppose", "the report")),
])
def test_adjectives_that_deny_a_thing_its_ground_oppose_it(sentence, held):
    assert held in _held(sentence + "\n")


def test_blame_for_a_harm_opposes_who_bears_it():
    assert ("ana-costa", "oppose", "government") in _held(
        "Ana Costa said the government was responsible for the crisis.\n")
    assert ("ana-costa", "oppose", "the rebels") in _held("Ana Costa said the rebels were to blame for the attack.\n")


def test_responsibility_for_a_task_takes_no_side():
    assert not _held("Ana Costa said the ministry was responsible for the new programme.\n")


def test_a_survivors_own_feeling_with_a_bare_infinitive_takes_no_side():
    assert not _held('"I was lucky to survive," said Ana Costa.\n')


def test_an_adjective_of_volition_keeps_the_speaker_as_the_subject_of_the_stance_verb():
    assert ("ana-costa", "support", "the new plan") in _held('"We are happy to support the new plan," said Ana Costa.\n')
    assert ("ana-costa", "oppose", "the closure of the mine") in _held(
        '"We are determined to fight the closure of the mine," said Ana Costa.\n')


def test_ruling_out_a_stance_verb_negates_it_and_not_ruling_it_out_leans_to_it():
    assert ("ana-costa", "oppose", "the bill") in _held("Ana Costa ruled out supporting the bill.\n")
    assert ("ana-costa", "support", "the bill") in _held("Ana Costa did not rule out supporting the bill.\n")
    assert ("ana-costa", "oppose", "the bill") in _held("Ana Costa did not support the bill.\n")


def test_a_verb_after_but_states_the_position_on_the_thing_judged_before_it():
    assert ("ana-costa", "support", "the plan") in _held("Ana Costa said the plan was not perfect but welcomed it.\n")
    assert ("ana-costa", "oppose", "the plan") not in _held("Ana Costa said the plan was not perfect but welcomed it.\n")


def test_a_stance_the_holder_denies_holding_is_not_held():
    assert not _held("Ana Costa denied that she opposed the reform.\n")
    assert ("ana-costa", "oppose", "the prosecutors") in _held(
        "Ana Costa denied the charges and criticised the prosecutors.\n")

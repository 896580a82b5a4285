"""German, French and Spanish: noun phrases, their heads, stance verbs by lemma, and act stances."""

from __future__ import annotations

import pytest

from summariser.rules.language import lemmas
from summariser.rules.noun_phrases import noun_phrases
from summariser.rules.summary import rules_summary
from summariser.rules.topics import Topics


@pytest.mark.parametrize(("lang", "text", "phrase", "head"), [
    ("fr", "Le syndicat a dénoncé mardi le plan de rigueur des hôpitaux publics.", "le plan de rigueur des hôpitaux publics", "plan"),
    ("fr", "Elle attend une nouvelle hausse des loyers.", "une nouvelle hausse des loyers", "hausse"),
    ("es", "La patronal rechazó el impuesto a la banca y los nuevos aranceles.", "los nuevos aranceles", "arancel"),
    ("de", "Der Verband kritisierte die geplante Schließung der Filialen.", "die geplante Schließung der Filialen", "schließung"),
])
def test_a_noun_phrase_runs_from_its_determiner_through_its_complements(lang, text, phrase, head):
    grammar = noun_phrases(lang)
    assert phrase in [p for _, _, p in grammar.phrases(text)]
    assert grammar.head(phrase) == head


def test_a_romance_complement_stops_at_an_infinitive():
    assert noun_phrases("fr").after("le devoir de sauver le système") == "le devoir"


@pytest.mark.parametrize(("lang", "clause", "polarity"), [
    ("fr", "Le parti a rejeté la proposition", "oppose"),
    ("fr", "Le parti n'exclut pas une alliance", "support"),  # "ne ... pas" turns it round
    ("de", "Der Verband lehnte den Entwurf gestern ab", "oppose"),  # separable verb
    ("de", "Der Verband unterstützt den Entwurf nicht", "oppose"),  # "nicht" ends the middle field
    ("es", "La alcaldesa respaldó la medida", "support"),
    ("es", "La alcaldesa no respaldó la medida", "oppose"),
])
def test_stance_verbs_by_lemma_with_their_negation(lang, clause, polarity):
    assert [p for _, _, p in lemmas(lang).stances(clause)] == [polarity]


def test_a_german_noun_is_not_a_stance_verb():
    assert list(lemmas("de").stances("Das Verbot gilt ab Montag")) == []


def test_a_short_reference_resolves_to_the_phrase_that_names_the_matter_in_full():
    text = ("Le gouvernement a présenté le projet de réforme des retraites lundi. Les syndicats refusent la réforme. "
            "La réforme sera votée en mai.")
    topics = Topics(text, "fr")
    assert topics.resolve("la réforme") == "le projet de réforme des retraites"


@pytest.mark.parametrize(("lang", "text", "holder", "polarity", "target"), [
    ("de", "BERLIN, 3. März – Die Regierung hat am Montag neue Regeln beschlossen. Die Partei Die Linke hatte bereits "
           "im Januar eine Beteiligung an der Regierung abgelehnt.", "partei-die-linke", "oppose",
     "eine Beteiligung an der Regierung"),  # verb at the end: its object came before it
    ("es", "MADRID, 3 mar - El Gobierno aprobó el lunes un plan de ahorro energético. La patronal CEOE rechazó el "
           "plan de ahorro energético por considerarlo improvisado.", "ceoe", "oppose", "un plan de ahorro energético"),
])
def test_a_stance_verb_gives_its_subject_a_position_towards_its_object(lang, text, holder, polarity, target):
    stances = rules_summary(text, None, lang).stances
    assert (holder, polarity, target) in [(s.holder, s.polarity, s.target) for s in stances]

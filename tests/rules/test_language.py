"""German, French and Spanish: detection, verbs matched by lemma in every form, their quote marks."""

from __future__ import annotations

import json

import pytest

from summariser.rules.language import _forms_file, build_forms, detect, lemmas
from summariser.rules.sentences import quotes, split_sentences
from summariser.rules.summary import rules_summary

GERMAN = ("Die Regierung hat am Montag ein neues Gesetz vorgelegt. Der Verband der Bäcker lehnte den Entwurf ab, "
          "weil er die kleinen Betriebe zu stark belaste. Die Opposition kündigte an, im Parlament dagegen zu stimmen.")
FRENCH = ("Le syndicat des boulangers a rejeté mardi le projet du gouvernement. Selon lui, les petites entreprises "
          "seraient les premières victimes de cette mesure, qui doit être votée la semaine prochaine au Sénat.")
SPANISH = ("El sindicato de panaderos rechazó el martes el proyecto del Gobierno. Según la organización, las pequeñas "
           "empresas serían las primeras víctimas de una medida que el Senado votará la próxima semana.")
ENGLISH = ("The bakers' union rejected the government's plan on Tuesday. It said small businesses would be the first "
           "to suffer from a measure that the Senate is due to vote on next week.")


@pytest.mark.parametrize(("text", "lang"), [(GERMAN, "de"), (FRENCH, "fr"), (SPANISH, "es"), (ENGLISH, "en")])
def test_detects_the_language_of_a_paragraph(text, lang):
    assert detect(text) == lang


def test_a_language_without_a_lexicon_reads_as_english():
    assert detect("Il sindacato dei panettieri ha respinto martedì il progetto del governo, che sarà votato "
                  "dal Senato la prossima settimana.") == "en"


def _kinds(lang: str, clause: str) -> list[str]:
    return [kind for _, kind, _ in lemmas(lang).cues(clause)]


@pytest.mark.parametrize(("lang", "clause", "kind"), [
    ("de", "Der Verband lehnte den Entwurf gestern ab.", "reject"),  # separable, particle at the end
    ("de", "Der Verband hat den Entwurf abgelehnt.", "reject"),  # participle
    ("de", "Die Stadt kündigte an, die Schulen zu schließen", "other"),  # particle before a comma
    ("de", "Die Polizei nahm zwei Männer fest.", "coerce"),
    ("fr", "Le syndicat a rejeté le projet", "reject"),  # passé composé
    ("fr", "La police a interpellé trois personnes", "coerce"),
    ("es", "El ministro dijo que la empresa incumplió", None),  # a reporting verb is no event
    ("es", "La alcaldesa acusó al Gobierno de mentir", "accuse"),  # preterite
    ("es", "Los vecinos pidieron más agua", "request"),  # irregular preterite
])
def test_event_verbs_match_by_lemma_in_every_form(lang, clause, kind):
    assert (_kinds(lang, clause) or [None])[0] == kind


def test_a_negated_verb_is_no_event():
    assert _kinds("es", "El Gobierno no rechazó el plan") == []
    assert _kinds("fr", "Le ministre n'a pas rejeté le texte") == []


def test_reporting_verbs_by_lemma():
    assert lemmas("fr").reporting_at("a-t-il déclaré") == [7]
    assert lemmas("es").reporting_at("dijo la ministra") == [0]
    assert lemmas("de").reporting_at("betonte sie") == [0]


@pytest.mark.parametrize(("sentence", "quoted"), [
    ("„Wir werden den Vertrag nicht unterschreiben“, sagte sie.", "Wir werden den Vertrag nicht unterschreiben"),
    ("« Nous ne signerons pas cet accord », a-t-elle déclaré.", "Nous ne signerons pas cet accord"),
    ("\u2014No vamos a firmar este acuerdo \u2014dijo la ministra.", "No vamos a firmar este acuerdo"),
])
def test_quotes_of_each_language(sentence, quoted):
    assert [sentence[a:b] for a, b in quotes(sentence)] == [quoted]


def test_german_quotes_do_not_hide_sentence_ends():
    text = "Die Partei traf sich am Montag. „Wir haben gut verhandelt“, sagte die Chefin. Danach ging sie."
    assert len(split_sentences(text)) == 3


def test_a_spanish_accusation_gives_an_event_and_a_stance():
    text = ("MADRID, 3 mar - La alcaldesa de Toledo, Ana Ruiz Gómez, acusó al Gobierno regional de abandonar "
            "a los agricultores. El consejero de Agricultura, Pedro Sanz Ortega, rechazó las críticas y anunció "
            "nuevas ayudas para el sector.")
    summary = rules_summary(text)
    assert [e.kind for e in summary.events][:1] == ["accuse"]
    assert any(s.polarity == "oppose" and "Gobierno" in s.target for s in summary.stances)


def test_the_language_given_is_used():
    assert rules_summary(SPANISH, language="en").events == []  # English cues find nothing in Spanish


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_the_forms_file_is_what_simplemma_gives(lang):
    assert json.loads(_forms_file(lang).read_text("utf-8")) == build_forms(lang)


def test_a_participle_without_an_auxiliary_is_an_adjective():
    assert _kinds("es", "una carta dirigida al Gobierno") == []
    assert _kinds("fr", "Réunie mardi soir, la commission a voté") == ["other"]


def test_an_infinitive_of_purpose_is_not_the_event():
    assert lemmas("es").cue("anunció una campaña para retirar la basura")[1] == "other"
    assert lemmas("de").cue("Der Verband kündigte an, den Plan zu unterstützen")[1] == "support"


def test_a_second_finite_verb_starts_a_clause():
    text = "El ministro rechazó las críticas y aseguró que el plan funciona"
    assert [text[i:] for i in lemmas("es").coordinated(text)] == ["y aseguró que el plan funciona"]


def test_a_day_month_dateline_is_left_out():
    assert split_sentences("BERLIN, 3. März – Die Regierung hat den Plan gebilligt.")[0].text.startswith("Die Regierung")


def test_german_titles_and_compound_titles_are_roles_not_names():
    from summariser.rules.actors import find_actors

    text = ("Ministerpräsident Hans Berger sagte am Montag, die Regierung werde den Plan prüfen. "
            "FDP-Landeschef Ute Krämer kritisierte den Plan. Berger wies die Kritik zurück.")
    names = {c.name for c in find_actors(text, split_sentences(text), "de")}
    assert {"Hans Berger", "Ute Krämer"} <= names


def test_a_name_after_a_sentence_initial_article_is_not_a_mere_sentence_start():
    from summariser.rules.actors import find_actors

    text = "La Commission a infligé une amende au groupe. La Commission a exhorté le groupe à changer."
    assert "Commission" in {c.name for c in find_actors(text, split_sentences(text), "fr")}


def test_a_participle_after_an_adverb_keeps_its_auxiliary():
    assert _kinds("fr", "La police a par ailleurs interpellé deux militants") == ["coerce"]


def test_a_noun_after_a_verb_names_the_act():
    assert lemmas("es").cue("El sindicato anunció una huelga de tres días")[1] == "protest"
    assert lemmas("fr").cue("Le syndicat a annoncé une grève")[1] == "protest"
    assert lemmas("es").cue("La huelga de tres días") is None  # a noun alone is no event


def test_a_pronoun_subject_is_the_last_person_named():
    assert lemmas("fr").pronoun("Elle a exhorté l'entreprise", "margrethe-vestager") == "margrethe-vestager"
    assert lemmas("de").pronoun("Der Verband lehnte ab", "hans-berger") is None

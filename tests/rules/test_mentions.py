"""Who "he" or "she" refers to: the person a sentence is about, not one named in a quote or as an object."""

from __future__ import annotations

from summariser.rules.actors import find_actors
from summariser.rules.mentions import Mentions
from summariser.rules.sentences import split_sentences


def _mentions(text: str) -> Mentions:
    return Mentions([(c, c.name) for c in find_actors(text, split_sentences(text))])


def test_a_pronoun_skips_people_named_inside_quotes():
    mentions = _mentions("Tomas Berger met Ilse Kramer on Monday. Tomas Berger said it again.")
    mentions.note('Tomas Berger said, "I thank Ilse Kramer for her help".')
    assert mentions.refer("he") == "Tomas Berger"


def test_a_pronoun_skips_people_named_after_a_preposition_or_as_a_possessive():
    mentions = _mentions("Tomas Berger met Ilse Kramer on Monday. Ilse Kramer said it again.")
    mentions.note("Tomas Berger praised the work of Ilse Kramer.")
    assert mentions.refer("he") == "Tomas Berger"
    mentions.note("After Ilse Kramer's speech, Tomas Berger left.")
    assert mentions.refer("he") == "Tomas Berger"


def test_a_role_noun_names_the_one_person_who_holds_that_title():
    text = ("Foreign Minister Lena Sorvik met Vice President Olaf Brandt and President Mira Holm on Monday. "
            "Sorvik said more. Brandt said more. Holm said more.")
    mentions = _mentions(text)
    assert [i for _, i in mentions.within("The foreign minister said the talks failed.")] == ["Lena Sorvik"]
    assert [i for _, i in mentions.within("Later the president agreed.")] == ["Mira Holm"]
    assert mentions.within("They criticised the president's plan.") == []


def _listed(*actors: tuple[str, str, int]) -> Mentions:
    from summariser.rules.actors import Candidate

    return Mentions([(Candidate(name, kind, 0, {name}, mentions=n), name) for name, kind, n in actors])


def test_a_body_is_named_again_by_its_head_noun_even_before_of():
    mentions = _listed(("Court of Appeal", "organisation", 2), ("Varn Transport Company", "organisation", 2))
    assert [i for _, i in mentions.within("The court said the ban was lawful.")] == ["Court of Appeal"]
    assert [i for _, i in mentions.within("Later the company agreed.")] == ["Varn Transport Company"]


def test_a_union_of_states_is_not_the_union():
    mentions = _listed(("African Union", "organisation", 3))
    assert mentions.within("The union said its members would strike.") == []
    mentions = _listed(("Nordic Union", "organisation", 1))
    assert mentions.within("The union said its members would strike.") == []
    mentions = _listed(("Rail Workers Union", "organisation", 2))
    assert [i for _, i in mentions.within("The union said its members would strike.")] == ["Rail Workers Union"]


def test_the_government_is_the_state_named_most_and_none_on_a_tie():
    assert _listed(("Norway", "state", 3), ("Sweden", "state", 1)).government == "Norway"
    assert _listed(("Norway", "state", 2), ("Sweden", "state", 2)).government is None


def test_a_body_introduced_by_its_kind_is_named_again_by_that_kind():
    from summariser.rules.actors import Candidate

    text = ("Brava, the dockworkers' union, met Tolvik Freight on Monday. Tolvik Freight left. "
            "The union said it would strike.")
    actors = [(Candidate("Brava", "organisation", 0, {"Brava"}), "brava"),
              (Candidate("Tolvik Freight", "organisation", 0, {"Tolvik Freight"}), "tolvik")]
    assert [i for _, i in Mentions(actors, text=text).within("The union said it would strike.")] == ["brava"]
    text = "The rights group Lumen and the rights group Vessa met. The group said more."
    actors = [(Candidate("Lumen", "organisation", 0, {"Lumen"}), "lumen"),
              (Candidate("Vessa", "organisation", 0, {"Vessa"}), "vessa")]
    assert Mentions(actors, text=text).within("The group said more.") == []  # two groups: neither


def test_it_refers_to_the_body_the_sentence_is_about_not_one_after_by():
    from summariser.rules.actors import Candidate

    actors = [(Candidate("Brava", "organisation", 0, {"Brava"}), "brava"),
              (Candidate("Tolvik Freight", "organisation", 0, {"Tolvik Freight"}), "tolvik")]
    mentions = Mentions(actors)
    mentions.note("Brava condemned the use of force by Tolvik Freight on Monday.")
    assert mentions.refer("it") == "brava"
    mentions.note("The talks were hosted by Tolvik Freight.")
    assert mentions.refer("it") == "tolvik"


def test_a_surname_that_ends_another_name_is_not_the_person():
    mentions = _mentions("Mayor Tom Hill backed the plan on Monday.")
    assert mentions.within("Protesters marched to Capitol Hill on Tuesday.") == []
    assert [i for _, i in mentions.within("Mr Hill said it was right. Mayor Hill urged calm.", every=True)] == ["Tom Hill"] * 2
    mentions = _mentions("President Ana Lucia Ruiz Solana rejected the report.")
    assert [i for _, i in mentions.within("Ruiz Solana said it was false.")] == ["Ana Lucia Ruiz Solana"]

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

"""`StartsWith` answers as ``text.startswith(forms)`` does, for the lexicon's own forms and random ones."""

from __future__ import annotations

import random
import string

import pytest

from summariser.rules.names import EN, StartsWith, lexicon_of


def _texts(forms: tuple[str, ...], rng: random.Random) -> list[str]:
    """Each form, the form cut short or run on, and random text."""
    out = []
    for f in forms:
        out += [f, f[:-1], f + "the", f.upper(), f"x{f}", f[: rng.randrange(len(f) + 1)] + "said "]
    out += ["".join(rng.choices(string.ascii_lowercase + " ", k=rng.randrange(12))) for _ in range(500)]
    return out


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_lexicon_forms_are_found_as_startswith_finds_them(lang):
    rng = random.Random(15)
    lex = EN if lang == "en" else lexicon_of(lang)
    for forms, starts in ((lex.VERBS, lex.verb_starts), (lex.PREDICATE_STARTS, lex.predicate_starts)):
        for text in _texts(forms, rng):
            assert starts(text) == text.startswith(forms), text


def test_random_forms_and_no_forms():
    rng = random.Random(3)
    for _ in range(200):
        forms = tuple("".join(rng.choices("ab ", k=rng.randrange(1, 5))) for _ in range(rng.randrange(1, 6)))
        starts = StartsWith(forms)
        for text in ("".join(rng.choices("ab ", k=rng.randrange(7))) for _ in range(30)):
            assert starts(text) == text.startswith(forms), (forms, text)
    assert not StartsWith(())("anything") and not StartsWith(())("")


def test_an_acronym_that_spells_across_and_keeps_the_name_whole():
    from summariser.rules.actors import find_actors
    from summariser.rules.sentences import split_sentences

    text = "The Office for Relief and Works Agencies (ORWA) said on Monday it would close schools. ORWA also appealed for aid."
    names = {c.name: c.forms for c in find_actors(text, split_sentences(text))}
    assert "Office for Relief and Works Agencies" in names and "ORWA" in names["Office for Relief and Works Agencies"]
    # two bodies joined by "and" with no acronym after them stay two
    text = "The Ravel Front and the Corvana Union signed a deal. The Ravel Front said it was pleased."
    assert "Ravel Front" in {c.name for c in find_actors(text, split_sentences(text))}


def test_an_ampersand_joins_one_name():
    from summariser.rules.actors import find_actors
    from summariser.rules.sentences import split_sentences

    text = "Tovar & Vorn said on Monday it would appeal the fine. Shares in Tovar & Vorn fell."
    assert "Tovar & Vorn" in {c.name for c in find_actors(text, split_sentences(text))}


def test_a_nationality_of_any_ending_before_a_title_is_part_of_the_role():
    from summariser.rules.names import trim
    run = [("Czech", 0), ("Prime", 6), ("Minister", 12), ("Zdrvek", 21), ("Vrbka", 28)]
    words, titles = trim(run, EN)
    assert [w for w, _ in words] == ["Zdrvek", "Vrbka"] and titles == ["Czech", "Prime", "Minister"]
    # not a nationality: a name's own first word stays
    words, _ = trim([("Czech", 0), ("Airlines", 6)], EN)
    assert [w for w, _ in words] == ["Czech", "Airlines"]

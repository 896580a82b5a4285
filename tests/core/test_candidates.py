"""The article's own sentences and names, without page furniture."""

import pytest

from summariser.candidates import is_furniture, names, sentences, slug

ARTICLE = (
    "ALMATY, Jan 11 (Reuters) - President Kassym-Jomart Tokayev said on Monday that "
    "Russian-led troops would leave.\n"
    "Tokayev\u2019s government thanked the Collective Security Treaty Organisation and the Bank of England.\n"
    "Read more: Why Kazakhstan matters to Moscow\n"
    "Sign up for our newsletter to get the latest news.\n"
    "Advertisement\n"
    "Kremlin Says Nursultan Nazarbayev Stays\n"
    "\n"
    "On Tuesday, Chinese Foreign Minister Wang Yi met Antony Blinken in January. "
    '"We back the mission," Wang Yi said! Did Blinken agree?\n'
)


def test_sentences_slice_the_text():
    found = sentences(ARTICLE)
    assert found
    for s in found:
        assert ARTICLE[s.start : s.end] == s.text
        assert s.text == s.text.strip()


def test_sentences_are_split_and_in_order():
    texts = [s.text for s in sentences(ARTICLE)]
    assert texts == [
        "ALMATY, Jan 11 (Reuters) - President Kassym-Jomart Tokayev said on Monday that Russian-led troops would leave.",
        "Tokayev\u2019s government thanked the Collective Security Treaty Organisation and the Bank of England.",
        "On Tuesday, Chinese Foreign Minister Wang Yi met Antony Blinken in January.",
        '"We back the mission," Wang Yi said!',
        "Did Blinken agree?",
    ]


def test_furniture_lines_give_no_sentences_unless_kept():
    kept = " ".join(s.text for s in sentences(ARTICLE, keep_furniture=True))
    skipped = " ".join(s.text for s in sentences(ARTICLE))
    for furniture in ("Read more", "newsletter", "Advertisement", "Nazarbayev"):
        assert furniture in kept
        assert furniture not in skipped


def test_long_sentences_are_cut_but_still_slice():
    text = "The minister said " + "very " * 200 + "much."
    (s,) = sentences(text, max_chars=100)
    assert len(s.text) == 100 and s.end - s.start == 100
    assert text[s.start : s.end] == s.text


def test_fragments_without_letters_or_too_short_are_skipped():
    assert sentences("OK. 12345678901234567890.\n---------------") == []


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Read more: Why Kazakhstan matters", True),
        ("READ MORE - the full story", True),
        ("Sign up for our newsletter", True),
        ("Subscribe to our daily briefing and never miss a story again, ever, at all.", True),
        ("Advertisement", True),
        ("  Advertisement  ", True),
        ("Related: Russia sends troops", True),
        ("Image caption, Protesters in Almaty", True),
        ("Kremlin Says Nursultan Nazarbayev Stays", True),  # a teaser headline
        ("Kazakhstan unrest: what we know", True),
        ("Troops left the city.", False),
        ('"We will stay," he said.', False),
        ("What happens next?", False),
        ("The minister said that the troops who arrived last week would leave within ten days at the latest", False),
    ],
)
def test_is_furniture(line, furniture):
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wang Yi met Antony Blinken in Geneva.", {"Wang Yi", "Antony Blinken", "Geneva"}),
        ("President Kassym-Jomart Tokayev spoke to reporters.", {"Kassym-Jomart Tokayev"}),
        ("Kazakhstan's President Kassym-Jomart Tokayev spoke to reporters.", {"Kassym-Jomart Tokayev"}),
        ("Chinese Foreign Minister Wang Yi spoke to reporters.", {"Wang Yi"}),
        ("Secretary-General Antonio Guterres spoke to reporters.", {"Antonio Guterres"}),
        ("It thanked the Collective Security Treaty Organisation today.", {"Collective Security Treaty Organisation"}),
        ("It thanked the Bank of England today.", {"Bank of England"}),
        ("Tokayev's government and Russia\u2019s army moved in.", {"Tokayev", "Russia"}),
        ("On Monday, Wang Yi arrived in January rain.", {"Wang Yi"}),
        ("The talks on Friday in December were tense.", set()),
        ("He said they and we would go there.", set()),
        ("Russian-led troops arrived in Almaty.", {"Almaty"}),
    ],
)
def test_names(text, expected):
    assert set(names(text)) == expected


def test_names_exclude_weekdays_and_months_everywhere():
    found = names(ARTICLE)
    for word in ("Monday", "Tuesday", "Jan", "January", "Reuters", "President"):
        assert not any(word in n.split() for n in found), (word, found)


def test_names_skip_furniture_and_rank_by_frequency():
    found = names(ARTICLE)
    assert "Nursultan Nazarbayev" not in found
    assert "Moscow" not in found
    assert found[0] == "Wang Yi"  # named twice
    assert {"Kassym-Jomart Tokayev", "Collective Security Treaty Organisation", "Antony Blinken"} <= set(found)


def test_names_are_spans_of_the_text():
    text = "Chinese  Foreign Minister Wang Yi met Antony\u00a0Blinken. Wang Yi left."
    from summariser.grounding import Article

    article = Article(text)
    for name in names(text):
        assert article.mentions(name), name


def test_names_limit():
    text = " ".join(f"Alpha{chr(97 + i)} Beta met them." for i in range(10))
    assert len(names(text, limit=3)) == 3


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Wang Yi", "wang-yi"),
        ("Kassym-Jomart Tokayev", "kassym-jomart-tokayev"),
        ("Tom\u00e1s Vidal", "tomas-vidal"),
        ("Bank of England", "bank-of-england"),
        ("U.S. Department of State", "u-s-department-of-state"),
        ("  O'Brien  ", "o-brien"),
        ("CSTO", "csto"),
        ("\u738b\u6bc5", "actor"),
        ("", "actor"),
    ],
)
def test_slug(name, expected):
    assert slug(name) == expected


def test_slugs_look_like_ids():
    from summariser.grounding import looks_like_id

    for name in ("Wang Yi", "Tom\u00e1s Vidal", "  O'Brien  ", "\u738b\u6bc5", "A -- B"):
        assert looks_like_id(slug(name)), name

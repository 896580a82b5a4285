"""Review of branch speed34: `word_matches` finds what ``finditer`` finds for every pattern the rules use it
for, and `language.detect` reads the texts as before (invented texts only)."""

import random
import re as std_re
from collections.abc import Iterator

import pytest

from summariser import patterns as re
from summariser.rules import actors, language, names
from summariser.rules.prefilter import word_matches

_USED = {
    "GROUP": (names.EN.GROUP, names.GROUP_FIRST),
    "_ROLE": (actors._ROLE, actors._ROLE_FIRST),
    "_STATING_NOUN": (actors._STATING_NOUN, actors._STATING_FIRST),
    "_BARE_COUNT": (actors._BARE_COUNT, actors._BARE_COUNT_FIRST),
    "_BODY_VOICES": (actors._BODY_VOICES, actors._BODY_VOICE_FIRST),
}
"""Each pattern the rules search with `word_matches`, with the heads given for it."""

_GROUPED = std_re.compile(r"\[([A-Za-z])[A-Za-z]\]\(\?:([^()]*)\)")
_CASED = std_re.compile(r"\[([A-Za-z])[A-Za-z]\]")


def _vocabulary(pattern: re.Pattern) -> list[str]:
    """The words written in ``pattern``'s source ("[Cc](?:ivilians|rowds)" gives "civilians" and "crowds"): a word
    added to the pattern and not to its heads is then in a text below."""
    source = _GROUPED.sub(lambda m: "|".join(m.group(1).lower() + rest for rest in m.group(2).split("|")),
                          pattern.pattern)
    source = _CASED.sub(lambda m: m.group(1).lower(), source)
    return sorted(set(std_re.findall(r"[A-Za-z][A-Za-z' -]*[A-Za-z]", source)))


def _contexts(word: str, other: str) -> Iterator[str]:
    """``word`` where a pattern may find it, and where it must not, next to ``other`` (another word of the pattern)."""
    cap, up = word[:1].upper() + word[1:], word.upper()
    yield f"{cap} said. The {word} and the {other} {word}; the country's {word} {other}; {other} of {word}."
    yield f"Opposition {word}, opposition  {other}, tens of {word}, hundreds of {other} {word} officials said they"
    yield f"{up} {cap} {word}-led {word}'s {word}\u2019s {word}_x x_{word} 3{word} {word}3 re{word} {word}ed."
    yield f"\u00e9{word} {word}\u00e9 na\u00efve {word}, caf\u00e9 {other}\u00df {word}.\n{word}"
    yield f"the {other} {word} spokesman said that they had, the {word} {other} of the {other}, {word} {other}."


@pytest.mark.parametrize("name", sorted(_USED))
def test_word_matches_finds_every_word_of_the_pattern(name: str) -> None:
    pattern, first = _USED[name]
    vocabulary = _vocabulary(pattern)
    for i, word in enumerate(vocabulary):
        others = vocabulary if len(vocabulary) <= 60 else [vocabulary[(i * 7 + 3) % len(vocabulary)]]  # every pair
        for text in (t for other in others for t in _contexts(word, other)):
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in word_matches(pattern, first, text)] == expected, (name, text)


_JOINERS = [" ", " ", " ", "  ", "\n", "-", "'", "\u2019", "'s ", "\u2019s ", "_", "3", ", ", ". ", "\u00e9", "\u00a0",
            "\u0301", " of ", " the "]
_ODD = ["", "\u00c9t\u00e9", "STRA\u00dfE", "\u017fmall", "\u212aelvin", "\u0130stanbul", "\u0131", "caf\u00e9", "x",
        "2024"]


@pytest.mark.parametrize("name", sorted(_USED))
def test_word_matches_on_random_texts(name: str) -> None:
    pattern, first = _USED[name]
    vocabulary = _vocabulary(pattern) + _ODD
    rng = random.Random(name)
    for _ in range(300):
        words = [rng.choice(vocabulary) for _ in range(rng.randrange(0, 30))]
        words = [w.upper() if rng.random() < 0.1 else w.capitalize() if rng.random() < 0.2 else w for w in words]
        text = "".join(w + rng.choice(_JOINERS) for w in words)
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in word_matches(pattern, first, text)] == expected, (name, text)


def test_word_matches_where_a_head_is_missing() -> None:
    """A word of the pattern missing from its heads shows in the texts above (the test can fail)."""
    pattern, first = _USED["_BARE_COUNT"]
    text = next(_contexts("scores", "tens"))
    assert word_matches(pattern, first - {"scores"}, text) != list(pattern.finditer(text))


def _detect_before(text: str) -> str:
    """`language.detect` as it was before speed34 (every word looked up in every language)."""
    words = language._LETTERS.findall(text[:4000].lower())
    counts = sorted(((sum(1 for w in words if w in language._function_words(lang)), lang)
                     for lang in language.LANGUAGES), reverse=True)
    (best, lang), (second, _) = counts[0], counts[1]
    if best >= 8 and best >= 2 * second:
        return lang
    return language._langid(text[:4000])


_LANGUAGE_TEXTS = [
    "",
    "Die Regierung hat am Montag erkl\u00e4rt, dass sie die Steuern nicht erh\u00f6hen werde, und die Opposition "
    "kritisierte den Plan, weil er f\u00fcr die Gemeinden zu teuer sei und nicht mit dem Parlament abgestimmt war.",
    "Le gouvernement a d\u00e9clar\u00e9 lundi qu'il n'augmenterait pas les imp\u00f4ts, et l'opposition a "
    "critiqu\u00e9 le projet parce qu'il est trop cher pour les communes et qu'il n'a pas \u00e9t\u00e9 "
    "discut\u00e9 avec les d\u00e9put\u00e9s.",
    "El gobierno dijo el lunes que no subir\u00eda los impuestos, y la oposici\u00f3n critic\u00f3 el plan porque es "
    "demasiado caro para los municipios y no se discuti\u00f3 con los diputados de la regi\u00f3n en el congreso.",
    "Die Regierung hat erklaert, dass sie die Steuern nicht erhoehen werde, und die Opposition kritisierte den Plan, "
    "weil er fuer die Gemeinden zu teuer sei und nicht mit dem Parlament abgestimmt war.",
    "The mayor of Br\u00fcnnenstadt said on Monday that the caf\u00e9 owners and the \u017fchool would be paid by the "
    "council, and that the \u212aelvin fund was not in the budget for the year.",
    "The minister said: \u00ab Nous ne c\u00e9derons pas \u00bb, and the union said it was not over; la gr\u00e8ve "
    "continue et les syndicats ont appel\u00e9 \u00e0 une manifestation dans la ville.",
    "Der Minister sagte, the talks would go on; der Streik geht weiter und die Gewerkschaften riefen zu einer "
    "Kundgebung auf, in der Stadt und auf dem Land, sagte er am Dienstag.",
    "Los sindicatos dijeron que la huelga seguir\u00e1 en la ciudad y en el campo; the police said 3,000 marched.",
    "\u0130stanbul'da h\u00fck\u00fcmet, the ministry said, and the \u0130\u0307 of the city was closed on Monday.",
]


@pytest.mark.parametrize("text", _LANGUAGE_TEXTS)
def test_detect_reads_as_before(text: str) -> None:
    assert language.detect(text) == _detect_before(text)


def test_detect_finds_each_language() -> None:
    assert [language.detect(t) for t in _LANGUAGE_TEXTS[1:5]] == ["de", "fr", "es", "de"]

"""Speed-ups that must not change what the rules find (branch speed34)."""

from summariser import patterns as re
from summariser.rules.prefilter import heads, word_matches

_PATTERN = re.compile(r"(?<![\w'\u2019-])((?i:opposition)\s+)?([Uu](?:nion|nions)|[Mm]iners|[Cc]oast guard)\b(?![\w-])")
_FIRST = heads(["opposition", "union", "unions", "miners", "coast guard"])

_TEXTS = [
    "Union leaders met. The unions said miners would strike; the Coast guard and the coast guards stood by.",
    "Opposition miners, opposition  unions and the opposition-union rally: reunion, unionised, miners' pay.",
    "UNION miners_union 3miners miners-led Miners. union",
    "The \u017fmall unions and the \u212aelvin miners: a text IGNORECASE may fold.",
    "Caf\u00e9miners and the \u00e9union; na\u00efve unions said.",
    "",
]


def test_word_matches_finds_what_finditer_finds() -> None:
    for text in _TEXTS:
        expected = [(m.span(), m.groups()) for m in _PATTERN.finditer(text)]
        assert [(m.span(), m.groups()) for m in word_matches(_PATTERN, _FIRST, text)] == expected, text


def test_heads_are_the_first_letter_runs() -> None:
    assert heads(["coast guard", "Union", "miners'"]) == frozenset({"coast", "union", "miners"})

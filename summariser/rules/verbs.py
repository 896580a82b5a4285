"""English verb forms from lemmas: the lexicons list lemmas, the rules match every inflection.

Regular morphology (``ban`` -> bans, banned, banning) with the spelling rules of English,
plus the irregular verbs that news reporting uses (a general list, not an article's words).
A multi-word entry inflects its first word: ``call for`` -> calls for, called for, calling for.
"""

from __future__ import annotations

import re
from functools import cache

IRREGULAR = {
    "bring": ("brought", "brought"), "buy": ("bought", "bought"), "catch": ("caught", "caught"),
    "choose": ("chose", "chosen"), "come": ("came", "come"), "do": ("did", "done"), "draw": ("drew", "drawn"),
    "drive": ("drove", "driven"), "fall": ("fell", "fallen"), "fight": ("fought", "fought"), "find": ("found", "found"),
    "flee": ("fled", "fled"), "forbid": ("forbade", "forbidden"), "freeze": ("froze", "frozen"), "give": ("gave", "given"),
    "go": ("went", "gone"), "hold": ("held", "held"), "hit": ("hit", "hit"), "hurt": ("hurt", "hurt"),
    "keep": ("kept", "kept"), "lead": ("led", "led"), "leave": ("left", "left"), "lose": ("lost", "lost"),
    "make": ("made", "made"), "meet": ("met", "met"), "overthrow": ("overthrew", "overthrown"), "pay": ("paid", "paid"),
    "put": ("put", "put"), "quit": ("quit", "quit"), "rise": ("rose", "risen"), "run": ("ran", "run"),
    "say": ("said", "said"), "seek": ("sought", "sought"), "sell": ("sold", "sold"), "send": ("sent", "sent"),
    "set": ("set", "set"), "shoot": ("shot", "shot"), "shut": ("shut", "shut"),
    "sink": ("sank", "sunk"), "speak": ("spoke", "spoken"), "stand": ("stood", "stood"), "steal": ("stole", "stolen"),
    "strike": ("struck", "struck"), "swear": ("swore", "sworn"), "take": ("took", "taken"), "tell": ("told", "told"),
    "throw": ("threw", "thrown"), "undertake": ("undertook", "undertaken"), "uphold": ("upheld", "upheld"),
    "win": ("won", "won"), "withdraw": ("withdrew", "withdrawn"), "write": ("wrote", "written"),
    "beat": ("beat", "beaten"), "bid": ("bid", "bid"), "break": ("broke", "broken"), "begin": ("began", "begun"),
}
_VOWEL = "aeiou"


def _doubles(verb: str) -> bool:
    """Whether the final consonant doubles before -ed/-ing (ban -> banned; visit -> visited)."""
    return (len(verb) >= 3 and verb[-1] not in _VOWEL + "wxy" and verb[-2] in _VOWEL and verb[-3] not in _VOWEL
            and len(re.findall(f"[{_VOWEL}]+", verb)) == 1)


def forms(lemma: str) -> tuple[str, ...]:
    """Every form of a verb lemma (multi-word: of its first word, the rest kept)."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    return tuple(dict.fromkeys(f + tail for f in _inflect(head)))


@cache
def _inflect(verb: str) -> tuple[str, ...]:
    if verb in IRREGULAR:
        past, participle = IRREGULAR[verb]
        return (verb, _third(verb), past, participle, _ing(verb))
    if verb.endswith("e"):
        past = verb + "d"
    elif verb.endswith("y") and verb[-2:-1] not in _VOWEL:
        past = verb[:-1] + "ied"
    elif _doubles(verb):
        past = verb + verb[-1] + "ed"
    else:
        past = verb + "ed"
    return (verb, _third(verb), past, _ing(verb))


def _third(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in _VOWEL:
        return verb[:-1] + "ies"
    return verb + "s"


def _ing(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if _doubles(verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"

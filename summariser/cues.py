"""Word cues from the PLOVER definitions: what code can tell without a model.

A sentence whose verbs point to exactly one PLOVER type gets it from here; an
ambiguous or cue-less sentence is left to the model.
"""

from __future__ import annotations

import re

_EVENT_CUES = {
    "agree": r"sign(?:ed|s)?|agreed|agreement|accord|pact|treaty signed|alliance with",
    "consult": r"met|meets|meeting|talks|visit(?:ed|s)?|negotiat\w+|discuss(?:ed|es)?|hosted|phone call|summit",
    "support": r"prais\w+|back(?:ed|s)|endors\w+|welcom\w+|applaud\w+",
    "concede": r"releas\w+|eas(?:ed|es)|lift(?:ed|s)|conced\w+|freed|pardon\w+|back(?:ed)? down",
    "cooperate": r"jointly|cooperat\w+|co-operat\w+|coordinat\w+|partnership",
    "aid": r"aid|donat\w+|suppl(?:ied|ies)|deliver(?:ed|s)|assistance|relief|rescue teams?|humanitarian",
    "retreat": r"withdr[ae]w\w*|pull(?:ed|s)? out|retreat\w*",
    "request": r"urg(?:ed|es)|call(?:ed|s) (?:on|for)|ask(?:ed|s)|appeal(?:ed|s)?|demand(?:ed|s)|request(?:ed|s)?",
    "accuse": r"accus\w+|blam\w+|criticis\w+|criticiz\w+|condemn\w+|alleg\w+",
    "reject": r"reject\w*|den(?:ied|ies)|refus\w+|veto\w*|dismiss(?:ed|es)",
    "threaten": r"threat\w*|warn(?:ed|s)|ultimatum",
    "protest": r"protest\w*|demonstrat\w+|rall(?:y|ied|ies)|strikes?|striking|march(?:ed|es)|sit-in",
    "sanction": r"sanction\w*|expel\w*|ban(?:ned|s)?|suspend\w*|embargo|blocked|froze|tariffs?",
    "mobilize": r"deploy\w*|mobilis\w+|mobiliz\w+|troops massed|high alert",
    "coerce": r"arrest\w*|detain\w*|seiz\w+|raid\w*|jail\w*|crackdown|convicted|sentenced|tear gas",
    "assault": r"kill(?:ed|s|ing)|attack\w*|shell\w*|bomb\w*|struck|fired on|wounded|injured|drone strike|airstrike",
    "other": r"earthquake|flood\w*|storm|died|dead|death toll|rose|fell|per ?cent|percent|%|announced|launched|approved",
}
_COMPILED = {kind: re.compile(rf"\b(?:{pattern})\b", re.I) for kind, pattern in _EVENT_CUES.items()}
REPORTING = re.compile(
    r"\b(said|says|told|added|warned|urged|called|criticis\w*|criticiz\w*|accused|welcomed|praised|"
    r"condemned|rejected|denied|supported|opposed|insisted|argued|vowed|pledged|demanded|stated|"
    r"declared|announced)\b",
    re.I,
)
QUOTE = re.compile("[\"\u201c\u201d\u00ab\u00bb]")


_DISASTER = re.compile(r"\b(?:earthquakes?|floods?|flooding|landslides?|wildfires?|hurricane|typhoon|cyclone|tsunami)\b", re.I)


def event_cue(sentence: str) -> str | None:
    """The one PLOVER type whose cue words occur in ``sentence``, else None."""
    kinds = [kind for kind, pattern in _COMPILED.items() if pattern.search(sentence)]
    specific = [k for k in kinds if k != "other"]
    if specific == ["assault"] and _DISASTER.search(sentence):
        return "other"  # the contract's `other`: "an earthquake struck", "floods killed" are not assaults
    if len(specific) == 1:
        return specific[0]
    return "other" if kinds == ["other"] else None


def speaker(sentence: str, mentions: list[tuple[int, int, str]]) -> str | None:
    """The actor nearest a reporting verb: `X said`, `said X`, `X told ...`.

    ``mentions`` are (start, end, actor id) in the sentence, in order.
    """
    verb = REPORTING.search(sentence)
    if not verb or not mentions:
        return mentions[0][2] if mentions else None
    before = [m for m in mentions if m[1] <= verb.start()]
    after = [m for m in mentions if m[0] >= verb.end() and m[0] - verb.end() <= 3]
    if after and (not before or QUOTE.search(sentence[: verb.start()])):
        return after[0][2]
    return before[-1][2] if before else mentions[0][2]


_SUPPORT = re.compile(r"\b(welcom\w*|prais\w*|support\w*|back(?:ed|s|ing)?|endors\w*|applaud\w*|hail\w*|in favou?r)\b", re.I)
_OPPOSE = re.compile(
    r"\b(oppos\w*|reject\w*|condemn\w*|criticis\w*|criticiz\w*|accus\w*|den(?:y|ied|ies)|against|"
    r"refus\w*|protest\w*|blam\w*|unacceptable|illegal|warn\w*)\b",
    re.I,
)


def polarity_cue(sentence: str) -> str | None:
    """`support` or `oppose` when the sentence's words point one way only, else None."""
    support, oppose = bool(_SUPPORT.search(sentence)), bool(_OPPOSE.search(sentence))
    if support != oppose:
        return "support" if support else "oppose"
    return None


def grounded_phrase(phrase: str, sentence: str) -> bool:
    """Whether most words of a model-written phrase come from the sentence."""
    words = re.findall(r"\w+", phrase.lower())
    present = set(re.findall(r"\w+", sentence.lower()))
    return len(words) >= 2 and sum(w in present for w in words) >= 0.75 * len(words)


def quoted(sentence: str, max_words: int = 8) -> str | None:
    """The first words of the sentence's quotation or `that` clause, as a target phrase."""
    m = re.search("[\"\u201c\u00ab]([^\"\u201d\u00bb]+)", sentence) or re.search(r"\bthat (.+)", sentence)
    if not m:
        return None
    words = m.group(1).strip(" ,.").split()
    return " ".join(words[:max_words]) or None

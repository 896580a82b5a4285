"""Events by rules: one per clause with an event verb, its evidence the guide's shortest span,
its kind from the verb's lemma, its agents the subject and its targets the actors after the verb."""

from __future__ import annotations

import re

from summariser.rules.lexicon import ACTION_CUES
from summariser.rules.mentions import Mentions
from summariser.rules.sentences import Sentence
from summariser.schema import Event

_CLAUSE = re.compile(
    r";\s+|,\s+(?=(?:while|but|after|saying|and)\s)|\s+(?=and\s+(?:warned|said|urged|called|accused|denied|"
    r"rejected|threatened|demanded|asked|criticised|barred|suspended)\b)"
)
_KIND_OF = {cue: kind for kind, cues in ACTION_CUES.items() for cue in cues}
_PHRASE_STARTS = {c.split()[0]: max(len(x.split()) for x in _KIND_OF if x.split()[0] == c.split()[0])
                  for c in _KIND_OF if " " in c}
_WORD = re.compile(r"\w[\w'-]*")
_NEGATED = re.compile(r"\b(?:not|never|no|n't|neither|nor|without)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_ADJECTIVAL = re.compile(r"\b(?:a|an|the|its|their|his|her)\s+$", re.IGNORECASE)  # "a banned group": not an act
# After the object, what a clause goes on with is another event, an attribution or background.
_TAIL = re.compile(
    r",\s+(?=(?:with|without|as|after|before|following|since|until|including|leaving|prompting|citing|claiming|"
    r"calling|the same|in a statement)\b)"
    r"|(?:,\s+|\s+)(?=(?:which|who|whom|whose|where|while|saying|adding|according to|because|although|though|"
    r"despite|amid|so that|in order to|in a bid|to gain)\b)"
    r"|,\s+(?=[^,]{0,40}\b(?:said|says|told|reported|added|wrote)\b)|\s+[\u2014\u2013]\s+|\s+-\s+|:\s+[\"\u201c]",
    re.IGNORECASE,
)
def cue(clause: str) -> tuple[int, str] | None:
    """(offset, kind) of the event verb of ``clause``: the first with a specific kind, else the
    first of kind `other` ("collapsed when shells slammed into": the shelling is the act)."""
    found = list(_cues(clause))
    specific = [c for c in found if c[1] != "other"]
    return (specific or found or [None])[0]


def _cues(clause: str):
    """(offset, kind) of every event verb of ``clause`` in order, negated and adjectival ones left out."""
    words = [(m.start(), m.group().lower()) for m in _WORD.finditer(clause)]
    for i, (at, word) in enumerate(words):
        longest = _PHRASE_STARTS.get(word, 1)
        for n in range(min(longest, len(words) - i), 0, -1):  # the longest phrase first: "walk out" before "walk"
            kind = _KIND_OF.get(word if n == 1 else " ".join(w for _, w in words[i : i + n]))
            if kind is None:
                continue
            before = clause[:at]
            if not (_NEGATED.search(before) or (word.endswith("ed") and _ADJECTIVAL.search(before))):
                yield at, kind
            break


def evidence_span(clause: str, cue_at: int) -> tuple[int, int]:
    """[start, end) in ``clause`` of the shortest span that shows its event, as the labelling
    guide defines it: from the subject when it stands right before the verb (a leading
    adverbial or an apposition between them is left out), through the verb to the end of
    its object, without what follows (another clause, an attribution, a dash)."""
    start = clause.rfind(", ", 0, cue_at)
    start = 0 if start < 0 else start + 2
    tail = _TAIL.search(clause, cue_at + 1)
    end = tail.start() if tail else len(clause)
    end = len(clause[:end].rstrip(" ,;:.\"\u201d"))
    if len(clause[start:end].split()) < 3:  # too short to show the event: the whole clause
        return 0, len(clause.rstrip(" ,;:."))
    return start, end


def clauses(s: Sentence) -> list[tuple[int, int]]:
    """(start, end) offsets in the article of the sentence's clauses, end punctuation trimmed."""
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(s.text)), len(s.text)]
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = s.text[a:b]
        stripped = piece.rstrip(" ,;.")
        if len(stripped.split()) >= 4:
            out.append((s.start + a, s.start + a + len(stripped)))
    return out


def event_of(text: str, span: tuple[int, int], mentions: Mentions, n: int, inherited: list[str]) -> Event | None:
    """An event for a clause with a verb cue; a clause without a subject ("and warned that...")
    inherits the agents of the clause before it."""
    whole = text[span[0] : span[1]]
    verb = cue(whole)
    if verb is None:
        return None
    a, b = evidence_span(whole, verb[0])
    clause = whole[a:b]
    agents = _subject(whole, verb[0], mentions)
    targets = [i for at, i in mentions.within(clause) if at > verb[0] - a and i not in agents][:3]
    if not agents:
        pronoun = mentions.pronoun(whole)
        agents = [pronoun] if pronoun else list(inherited)
        targets = [t for t in targets if t not in agents]
    return Event(id=f"e{n}", description=clause, kind=verb[1], agents=agents, targets=targets, evidence=clause)


def _subject(clause: str, cue_at: int, mentions: Mentions) -> list[str]:
    """The actors named as the verb's subject: in the stretch right before it, going back one
    comma-separated segment at a time over an apposition ("X, the mayor of Y, said")."""
    end = cue_at
    while end > 0:
        start = clause.rfind(", ", 0, end - 1)
        start = 0 if start < 0 else start + 2
        found = [i for _, i in mentions.within(clause[start:cue_at])]
        if found:
            return list(dict.fromkeys(found))[:3]
        end = start - 2 if start > 0 else 0
    return []


def clause_with_cue(s: Sentence) -> str:
    """The first clause of ``s`` with an action or reporting verb, else the whole sentence."""
    pieces = [s.text[a - s.start : b - s.start] for a, b in clauses(s)]
    return next((c for c in pieces if cue(c)), s.text.rstrip(" ,;."))



"""What an article is about, as short noun phrases: the things its actors support or oppose.

A stance's target is rarely named in the words of a quote ("This is a disgrace"): it is the
matter under discussion, which news prose names in full once ("the Ballot Interference
Prevention Act", "the proposed merger") and then by its head noun ("the law", "the merger")
or an acronym. So the rules collect the article's noun phrases, count their heads, and
resolve a short reference to the fullest phrase with the same head.

Noun phrases are found without a tagger: a determiner or a possessive, then the words up to
a function word, a verb form from the lexicons, or punctuation, with one "of" phrase kept.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from summariser import patterns as re
from summariser.rules.lexicon import (
    ACTION_CUES,
    GROUPS,
    INSTITUTIONS,
    ORG_WORDS,
    PLACE_WORDS,
    REPORTING,
    REPORTING_VERBS,
    STOP,
    TITLES,
    load,
)
from summariser.rules.noun_phrases import noun_phrases
from summariser.rules.verbs import forms, tagged_forms

_DETERMINER = r"(?:[Tt](?:he|his|hese|hose|heir)|[Aa](?:n?|ny)|[Ii]ts|[Hh](?:is|er)|[Oo]ur|[Ss]uch|[A-Z][\w.-]*['\u2019]s?)"
"""Grouped by first letter (in order), which the regex engine tries once at each word, not once per determiner."""
_WORD = r"[\w][\w'\u2019-]*"
_NP = re.compile(rf"\b{_DETERMINER}\s+((?:{_WORD}\s+){{0,4}}{_WORD})")
_OBJECT_STARTS = frozenset("the a an his her its their our this these those that millions thousands".split())
_FUNCTION = frozenset(
    """to for in on at by with from and or but as than that which who whom whose when where while if because
    is are was were be been being has have had will would could should may might can must do does did not no cannot
    said says after before over under about against between during since until into onto upon through also
    very more most less least so too just only even still yet all some any each every both either neither
    he she it they we you i him them us me who what how why there here then now towards toward across within
    without among along around behind beyond near via per despite amid including except following
    today yesterday tomorrow tonight""".split()
)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


_HAZARDS = frozenset(_singular(w) for w in load()["event_context"]["hazards"])

# Heads that name who acts or where and when, not a matter anyone takes a position on.
_NOT_ISSUES = frozenset(_singular(w) for w in TITLES | ORG_WORDS | PLACE_WORDS | set(GROUPS) | set(INSTITUTIONS)) | frozenset(
    load()["topics"]["not_issues"].split())


# A matter at stake is mostly an act named as a noun: the suffixes that make nouns of verbs
# (Quirk et al., "A Comprehensive Grammar of the English Language", appendix I.30-I.34), or an
# event verb's own form used as a noun ("the ban", "the strike", "the deal").
_VOTE = 1
"""What one position taken on a matter weighs in choosing the article's matter, against one mention."""

# Nouns that refer back to a matter named before ("the decision", "this move"), not name one.
REFERRING = frozenset(load()["topics"]["referring"].split())

_NOMINAL_SUFFIXES = tuple(load()["words"]["nominal_suffixes"].split())
_NOMINAL = re.compile(rf"(?:{'|'.join(_NOMINAL_SUFFIXES)})$")
_EVENT_NOUNS = frozenset(f for cues in ACTION_CUES.values() for f in cues if " " not in f) | frozenset(
    load()["topics"]["acts"].split())


def names_act(head: str) -> bool:
    """Whether an English head noun names an act or a measure ("merger", "ban", "law"): a noun made
    of a verb by its suffix ("approval", not "session" or "stage", whose start is no verb), or an
    event verb's own form, or a noun for a measure."""
    return head in _EVENT_NOUNS or (bool(m := _NOMINAL.search(head)) and _of_verb(head[: m.start()]))


_RESTORED = tuple(e.strip("-") for e in load()["topics"]["verb_lost_endings"].split())
"""What a verb may have lost before a suffix made a noun of it ("clos-ure" close, "deci-sion" decide;
"prepar-a-tion" prepare: an "a" before the suffix may go too)."""


def _of_verb(stem: str) -> bool:
    """Whether a noun's start, before its suffix, is a verb's ("approv-", "clos-", "opera-")."""
    verbs = _verb_lemmas()
    stems = (stem, stem[:-1]) if stem.endswith("a") and len(stem) > 4 else (stem,)
    return len(stem) >= 3 and any(s + end in verbs for s in stems for end in _RESTORED) or (
        len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in verbs)  # "shipp-ing"


@cache
def _verb_lemmas() -> frozenset[str]:
    """The verbs of English, from lemminflect's bundled lemma table, derived once per machine."""
    from summariser.caching import derived, installed_version
    from summariser.rules import code_version

    return frozenset(derived("verb-lemmas", f"{installed_version('lemminflect')}-{code_version()}", _read_verbs))


def _read_verbs() -> list[str]:
    import gzip
    from importlib import resources

    table = resources.files("lemminflect") / "resources" / "lemma_lu.csv.gz"
    return sorted({line.split(",", 2)[0] for line in gzip.decompress(table.read_bytes()).decode("utf-8").splitlines()
                   if line.split(",", 2)[1:2] == ["verb"] and line[:1].isalpha()})


@cache
def verb_lemma_of() -> dict[str, list[str]]:
    """The lemmas of each English verb form ("spared" spare, "left" leave, "found" find and found), from
    lemminflect's bundled lemma table, derived once per machine: a spelling rule cannot tell "spared" (spare) from
    "sparred" (spar), nor know an irregular past."""
    from summariser.caching import derived, installed_version
    from summariser.rules import code_version

    return derived("verb-lemma-of", f"{installed_version('lemminflect')}-{code_version()}", _read_verb_lemma_of)


def _read_verb_lemma_of() -> dict[str, list[str]]:
    import gzip
    from importlib import resources

    table = resources.files("lemminflect") / "resources" / "lemma_lu.csv.gz"
    rows = (line.split(",", 2) for line in gzip.decompress(table.read_bytes()).decode("utf-8").splitlines())
    return {word: lemma.split("/") for word, pos, lemma in rows if pos == "verb" and word[:1].isalpha()}


@cache
def _verb_forms() -> frozenset[str]:
    single = {f for cues in ACTION_CUES.values() for f in cues if " " not in f}
    single |= {f for verb in REPORTING_VERBS for f in forms(verb)}
    single |= {w for w in REPORTING if " " not in w}
    # participles and adjectives ending in -ed can modify a noun ("the proposed law"): keep those
    return frozenset(w for w in single if not w.endswith("ed"))


_COMPLEMENT = re.compile(r"\s(?:of|into|for|on|against|over|with|from|to|in|by|about|between)\s")


@cache
def never_nouns() -> dict[str, str]:
    """Words that are never nouns, by what they are instead: ``v`` a verb ("reflect", "ignores", "apply"), ``r``
    an adverb and no verb ("jointly", "immediately"), ``a`` an adjective ("live", "same", "largest"). From lemminflect's
    bundled lemma table (the Automatically Generated Inflection Database and the English
    Lexicon), derived once per machine and kept in the cache."""
    from summariser.caching import derived, installed_version
    from summariser.rules import code_version

    return derived("not-nouns", f"{installed_version('lemminflect')}-{code_version()}", _read_not_nouns)


def is_adjective(word: str) -> bool:
    """Whether an English word is an adjective and never a noun ("terrible", "brave"; not "terrorist")."""
    return never_nouns().get(word.lower()) == "a"


def is_adverb(word: str) -> bool:
    """Whether an English word is only ever an adverb ("immediately", "jointly"; not "apply", "early", "rally")."""
    return never_nouns().get(word.lower()) == "r"


def _read_not_nouns() -> dict[str, str]:
    import gzip
    from importlib import resources

    table = resources.files("lemminflect") / "resources" / "lemma_lu.csv.gz"
    kinds: dict[str, set[str]] = {}
    for line in gzip.decompress(table.read_bytes()).decode("utf-8").splitlines():
        word, pos, _ = line.split(",", 2)
        kinds.setdefault(word, set()).add(pos)
    nouns = frozenset(load()["words"]["nouns_lemminflect_lacks"].split())
    return {w: "a" if "adj" in k else "r" if "adv" in k and "verb" not in k else "v" for w, k in kinds.items()
            if "noun" not in k and "propn" not in k and w.isalpha() and w.islower() and len(w) > 2 and w not in nouns}


@cache
def _base_forms() -> frozenset[str]:
    from summariser.rules.lexicon import EVENT_LEMMAS

    return frozenset(lemma for lemmas in EVENT_LEMMAS.values() for lemma in lemmas if " " not in lemma)


@lru_cache(maxsize=4096)  # asked of the same phrases many times
def head_of(phrase: str) -> str:
    """The head noun of a phrase, folded: its last word before any "of" phrase, singular."""
    words = _COMPLEMENT.split(phrase, 1)[0].split()
    word = words[-1].lower().strip("'\u2019") if words else ""
    return _singular(word)


_LAW_HEADS = frozenset(load()["topics"]["law_heads"].split())
_LAW_WORD = re.compile(r"\b(?:Act|Law|Bill|Code|Treaty|Accord|Directive)\b")
_NAMED_LAW = re.compile(
    r"(?<![\w-])(?!(?:The|A|An|This|That|Its|His|Her|Their|Our)\s)((?:[A-Z][\w'\u2019-]*\s+(?:(?:of|on|for|and|the)\s+)?){1,6}(?:Act|Law|Bill|Code|Treaty|Accord|Directive))\b")
"""A law's proper name: capitalised words ending in Act, Law, Bill... (news capitalises a law's title)."""
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_WORD_BEFORE = re.compile(r"(\w+)\s+\w+$")


def _named_laws(text: str):
    """The law names of a text, not a person's name, which is a title or "and" then the first name and a capitalised
    word ("Senator Bill Moss", "Hillary and Bill Clinton"); a contact relative after a law's name ("the Online Safety
    Bill Ardel drafted") leaves it a law."""
    for m in _NAMED_LAW.finditer(text):
        before = _WORD_BEFORE.search(m.group(1))
        if not (_NAME_AFTER.match(text, m.end()) and (not before or before.group(1).lower() in TITLES
                                                       or before.group(1) == "and")):
            yield m


def _plain(phrase: str) -> str:
    """A phrase as a target reads: "the" for a demonstrative or a capitalised article
    ("This merger" -> "the merger")."""
    return re.sub(r"^(?:[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|The)\b", "the", re.sub(r"^(A|An)\b", lambda m: m.group().lower(), phrase))


def _bare(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an|this|these|those|its|his|her|their|our)\s+", "", phrase.lower())


def _names_same(phrase: str, fuller: str) -> bool:
    """Whether ``fuller`` may stand for ``phrase``: it keeps every word ``phrase`` restricts its head
    by, an adjective aside ("the new plan" -> "the government's flood plan"; not "a student group" -> "a civil
    liberties group")."""
    def words(p: str) -> set[str]:
        return {_singular(w.strip("'\u2019,.;:")) for w in re.split(r"['\u2019]s?\s|\s", _bare(p)) if w}
    return {w for w in words(phrase) - words(fuller) if not is_adjective(w)} == set()  # "the new plan" is the plan


def phrases(text: str) -> list[tuple[int, int, str]]:
    """(start, end, phrase) of the noun phrases of ``text``, determiner included."""
    out, pos = [], 0
    while m := _NP.search(text, pos):
        found = _phrase_at(m, text)
        pos = max(m.start(1), found[1] if found else 0)  # a phrase that stops early leaves the rest to scan
        if found and len(head := head_of(found[2])) >= 3 and head not in STOP:
            out.append(found)
    return out


def first_phrase(text: str) -> str | None:
    """The noun phrase ``text`` starts with, or None."""
    m = _NP.match(text)
    found = _phrase_at(m, text) if m else None
    return found[2] if found else None


def _phrase_at(m: re.Match, text: str) -> tuple[int, int, str] | None:
    """The noun phrase that the determiner matched by ``m`` starts: its words up to a verb, a
    function word or an adjective left without its noun, and one "of" phrase."""
    verbs, not_nouns = _verb_forms(), never_nouns()
    words = m.group(1).split()
    kept: list[str] = []
    for n, w in enumerate(words):
        bare = w.lower().strip("'\u2019")
        if bare in _FUNCTION and bare not in ("and", "or"):
            break
        if n + 1 < len(words):
            nxt = words[n + 1].lower()
        else:
            following = _NEXT_WORD.match(text, m.end(1))
            nxt = following.group(1).lower() if following else ""
        if bare in ("and", "or") and kept and _coordinated(words[n + 1 : n + 3], verbs):
            kept.append(w)  # "a trade and energy agreement": two modifiers of one noun
            continue
        if bare == "of" or not _noun_word(w, bare, nxt, kept, verbs, not_nouns):
            break
        kept.append(w)
    while kept and ((not_nouns.get(kept[-1].lower()) and not kept[-1][:1].isupper()) or kept[-1][:1].isdigit()):
        kept.pop()  # "a live", "the largest", "a 15": an adjective or a number is no head
    if not kept:
        return None
    end = m.start(1) + len(" ".join(kept))
    end = _of_phrase(text, end, verbs) or end
    phrase = text[m.start() : end].rstrip(".,;:'\u2019")
    return m.start(), m.start() + len(phrase), phrase


def ends_phrase(word: str) -> bool:
    """Whether a noun phrase may end on ``word``: a noun or a name, never a number, a bare
    adjective or a verb ("a 15", "a temporary", "focusing instead")."""
    bare = word.strip("'\"\u201c\u201d,.;:").lower()
    return bool(bare) and not bare[:1].isdigit() and (word[:1].isupper() or bare.endswith("ing") or bare not in never_nouns())


def noun_prefix(words: list[str]) -> list[str]:
    """The words of ``words`` (an object without a determiner) up to a verb that ends its phrase
    ("American Samoans citizenship violated ..." -> "American Samoans citizenship")."""
    verbs, not_nouns = _verb_forms(), never_nouns()
    kept = words[:1]
    for n, w in enumerate(words[1:], 1):
        nxt = words[n + 1].lower() if n + 1 < len(words) else ""
        bare = w.lower().strip("'\u2019")
        if not bare.endswith("ing") and not _noun_word(w, bare, nxt, kept, verbs, not_nouns) and bare not in _DANGLING:
            break  # ("anyone wearing a niqab": a participle goes on with the object)
        kept.append(w)
    return kept


def _coordinated(after: list[str], verbs: frozenset[str]) -> bool:
    """Whether the words after "and" go on with one noun phrase: a lowercase modifier then its
    noun, or one more noun that ends the phrase."""
    if after and after[0].lower() in _DANGLING:
        return False  # "the plan and the budget": a determiner opens a second noun phrase
    def plain(w: str) -> bool:
        return w.islower() and w.isalpha() and w not in _FUNCTION and w not in verbs and w not in never_nouns()
    if len(after) == 2 and all(plain(w) for w in after):
        return True
    # "the ban and suspensions": a second noun under the same determiner, the phrase ending after it
    return bool(after) and plain(after[0].rstrip(",.;:")) and (
        len(after) == 1 or after[0][-1:] in ",.;:" or after[1].lower() in _FUNCTION)


def _noun_word(w: str, bare: str, nxt: str, kept: list[str], verbs: frozenset[str], not_nouns: dict[str, str]) -> bool:
    """Whether ``w`` still belongs to the noun phrase whose words so far are ``kept``."""
    if bare in _FUNCTION or bare.endswith("ly") and not (bare not in not_nouns and kept):
        return False  # "-ly": an adverb, but a noun after its modifier ("the regional assembly", "a key ally")
    if not kept or kept[-1].endswith(_POSSESSIVE_ENDS):  # right after a determiner or a possessive a verb's
        return True  # form is its noun ("the ban", "the government's flood plan")
    if bare in _IRREGULAR_PAST or (not_nouns.get(bare) == "v" and not w[:1].isupper()):
        return False  # "the court found", "the results reflect": a verb, never part of the phrase
    if bare in verbs and not w[:1].isupper() and nxt != "of":
        # a verb's base form after a singular noun, with no object after it, is a noun too ("a price rise")
        # and so is an -ing form ("the court ruling", "the school shooting"): an act named as a noun, with its modifier
        compound = (bare in _base_forms() or bare.endswith("ing")) and not kept[-1].lower().endswith("s") \
            and (not nxt or nxt in _FUNCTION)
        if not compound:
            return False
    if bare.endswith("ing") and nxt and nxt not in _FUNCTION:  # "the party holding talks", not "a face covering"
        return False
    if bare.endswith(("ed", "s")) and (nxt in _OBJECT_STARTS or nxt[:1].isdigit()):  # "the move suggested the bank"
        return False
    # "the MPR remained", "the two governments agreed": a subject and its verb
    return not (bare.endswith("ed") and (kept[-1][:1].isupper() or kept[-1].lower().endswith("s")))


def premodifies(word: str) -> bool:
    """Whether a lowercase word right after a name is a noun the name modifies ("the Supreme Court
    ruling", "a Kremlin statement"), not the verb of the name as a subject ("Russia says", "Biden
    won", "Macron will"): no function word, no verb ending in -s or -ed, no irregular past, no
    word that is never a noun."""
    bare = word.lower()
    return (bare.isalpha() and bare not in _FUNCTION and not bare.endswith(("s", "ed")) and bare not in _IRREGULAR_PAST
            and bare not in never_nouns())


_POSSESSIVE_ENDS = ("'s", "\u2019s", "s'", "s\u2019")
_NEXT_WORD = re.compile(r"\s+([\w'\u2019-]+)")
_OF = re.compile(rf"\s+of\s+((?:{_WORD}\s+){{0,3}}{_WORD})")


def _of_phrase(text: str, at: int, verbs: frozenset[str]) -> int | None:
    """Where the "of" phrase after a noun at ``at`` ends ("the prorogation | of the national
    parliament"), up to its first function word; None when there is none or it is cut short."""
    m = _OF.match(text, at)
    if not m:
        return None
    words = m.group(1).split()
    n = next((i for i, w in enumerate(words) if (w.lower() in _FUNCTION or w.lower() in verbs or w.lower() == "of")
              and not (i == 0 and w.lower() == "the")), len(words))
    words = words[:n]
    words = words[: next((i for i, w in enumerate(words) if i and w.islower() and w.endswith("ing")), len(words))]
    if not words or words[-1].lower() in _DANGLING or words[0].lower().endswith(("ing", "ly")):
        return None
    end = m.start(1) + len(" ".join(words))
    following = _NEXT_WORD.match(text, end)
    if words[-1][:1].isupper() and following and following.group(1)[:1].isupper():
        return None  # "of Bridget Anne" cut inside the name "Bridget Anne Kelly"
    return end


_LEAD_VERB = re.compile(rf"\b(?:{'|'.join(load()['topics']['before_base'].split())})\s+([a-z]{{3,}})\b|\b([a-z]{{3,}}(?:ed|ing|es))\b")
"""A verb form that may report an act in the lead: a past, a participle or a third person, or a
base form after a modal or "to" ("will close")."""
_CLAUSE_CUT = re.compile(rf"[,;:.()]|\s(?:{'|'.join(load()['topics']['object_ends'].split())})\s")
"""Where the object right after a verb ends: punctuation, a preposition or a conjunction."""


_OBJECT_OPENS = _OBJECT_STARTS | frozenset(load()["topics"]["object_opens"].split())
"""How a verb's object may open; a verb form right before a bare noun modifies it ("a televised debate")."""
_VERB_NOUN_ENDINGS = tuple(e.strip("-") for e in load()["topics"]["verb_noun_endings"].split())
"""What English adds to a verb's stem to make the noun for its act ("approv-al", "clos-ure", "ban")."""


def _stems(word: str) -> list[str]:
    """What a verb form may be built on ("approved" -> "approv", "banning" -> "bann", "ban")."""
    if word.endswith(("ied", "ies")):
        return [word[:-3] + "y"]
    for ending in ("ing", "ed", "es"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return [stem, stem[:-1]] if len(stem) > 3 and stem[-1] == stem[-2] else [stem]
    return [word, word[:-1]] if word.endswith("e") else [word]  # "close" -> "closure"


@cache
def _reporting_forms() -> frozenset[str]:
    return frozenset(f for verb in REPORTING_VERBS for f in forms(verb)) | frozenset(w for w in REPORTING if " " not in w)


_IRREGULAR_PAST = frozenset(load()["topics"]["irregular_past"].split())
"""Past forms of irregular verbs: after a noun they are its verb ("the court found"), never a modifier."""


_DANGLING = frozenset("the a an this these those its his her their our my your".split())


@dataclass
class Topics:
    """The article's noun phrases by head, and which heads recur (its topics), in its language
    (German, French and Spanish phrases from `noun_phrases`)."""

    text: str
    lang: str = "en"
    by_head: dict[str, list[str]] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)
    lowercase: set[str] = field(default_factory=set)
    containing: dict[str, list[str]] = field(default_factory=dict)
    """Non-English: folded word -> the phrases that name it in a complement ("la réforme" ->
    "le projet de réforme des retraites")."""

    def __post_init__(self) -> None:
        if self.lang != "en":
            self._read(noun_phrases(self.lang))
            return
        for _, _, phrase in phrases(self.text):
            head = head_of(phrase)
            self.by_head.setdefault(head, []).append(phrase)
        found = re.findall(r"[A-Za-z][\w-]+", self.text)
        words = Counter(w.lower().rstrip("s") for w in found)
        lower = {w.rstrip("s") for w in found if w.islower()}
        self.lowercase = {head for head in self.by_head if head.rstrip("s") in lower}
        self.counts = Counter({head: words[head.rstrip("s")] for head in self.by_head})

    def _read(self, grammar) -> None:
        for _, _, phrase in grammar.phrases(self.text):
            head = grammar.head(phrase)
            if len(head) < 3:
                continue
            self.by_head.setdefault(head, []).append(phrase)
            for word in grammar.words(phrase)[1:]:
                if word != head and len(word) > 3:
                    self.containing.setdefault(word, []).append(phrase)
        words = Counter(grammar.fold(w) for w in re.findall(r"[^\W\d_][\w-]*", self.text.lower()))
        self.counts = Counter({head: words[head] for head in self.by_head})
        lower = {grammar.fold(w) for w in re.findall(r"[^\W\d_][\w-]*", self.text) if w.islower()}
        self.lowercase = {h for h in self.by_head if h in lower or grammar.lang == "de"} - grammar.not_issues

    def head(self, phrase: str) -> str:
        """The head noun of ``phrase`` in the article's language."""
        return head_of(phrase) if self.lang == "en" else noun_phrases(self.lang).head(phrase)

    @cached_property
    def laws(self) -> Counter:
        """The laws the article names in full ("the Ballot Interference Prevention Act"), by how
        often they are named (their acronyms included)."""
        if self.lang != "en" or not _LAW_WORD.search(self.text):
            return Counter()
        found = Counter(m.group(1) for m in _named_laws(self.text))
        for law, acronym in self.acronyms.items():
            found[acronym] += len(re.findall(rf"\b{re.escape(law)}\b", self.text)) - 1
        return found

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """Acronym -> the law it abbreviates ("BIPA" -> "Ballot Interference Prevention Act")."""
        if self.lang != "en" or "(" not in self.text or not _LAW_WORD.search(self.text):
            return {}
        return {m.group(2): m.group(1) for m in re.finditer(_NAMED_LAW.pattern + r"\s*\(([A-Z]{2,})\)", self.text)}

    def fullest(self, head: str) -> str:
        """The phrase the article names this matter by: the one with the most words (up to five)
        among its most frequent forms; of two as strong, the one with more words ("their demand",
        "the nurses' demands": the second), then the first seen; for "the law" or "the act", the law
        the article names in full."""
        if head in _LAW_HEADS and self.laws:
            return f"the {self.laws.most_common(1)[0][0]}"
        found = self.by_head.get(head, []) + self.containing.get(head, [])
        if self.containing:  # news names a matter in full first: the earliest phrase wins a tie
            found = sorted(found, key=self.text.find)
        if not found:
            return head
        forms = Counter(_bare(p) for p in found)
        def strength(p: str) -> tuple[int, int, int]:
            words = min(len(p.split()), 5)
            return words + forms[_bare(p)], words, -found.index(p)
        return _plain(max(found, key=strength))

    def resolve(self, phrase: str) -> str:
        """``phrase`` in the article's fullest words when its head recurs ("the merger" -> "the
        Frischmarkt-Nordkauf merger"), else as it is."""
        head = self.head(phrase)
        if head in _LAW_HEADS and self.laws and not any(w[:1].isupper() for w in phrase.split()[1:]):
            return self.fullest(head)
        if named := next((law for law in self.laws if law in phrase), None):  # "its 2018 Ballot ... Act"
            return f"the {named}"
        if self.counts[head] < 2 or head not in self.by_head:
            return phrase
        fullest = self.fullest(head)  # never for a phrase that already says more ("an inquiry into the fire")
        fullest = fullest if len(_bare(fullest).split()) >= len(_bare(phrase).split()) else phrase
        if self.lang == "en" and not _names_same(phrase, fullest):
            return phrase  # "a student campaign group" is not "a London-based civil liberties group"
        if self.lang == "en" and len(_bare(fullest).split()) == 1:  # "the releases" and no more: the verb may say what
            return self._told_by_verb(head, fullest) or fullest
        return fullest

    def _told_by_verb(self, head: str, phrase: str) -> str | None:
        """An act the article names in full only by its verb, the noun being the verb's own form
        ("the government released 40 jailed FSU members ... The releases drew criticism"): the noun
        with the object of the last such verb before the noun is first used ("the release of 40
        jailed FSU members"; Quirk et al. 17.54, the object of a verb as the "of" phrase of its noun)."""
        if head not in _base_forms():  # an event verb of the lexicon, whose forms are cached
            return None
        tagged = tagged_forms(head)
        used = re.search(rf"\b{re.escape(phrase.split()[-1])}\b", self.text, re.IGNORECASE)
        if not used:
            return None
        first = used.start()
        told = None
        for m in re.finditer(r"\b(?:" + "|".join(f for f, tag in tagged.items() if tag in ("past", "s")) + r")\s+([^,;:.()\"\u201c\u201d]{3,80})",
                             self.text[:first]):
            words = []
            for w in m.group(1).split()[:5]:
                if w.lower() in _FUNCTION or w.lower() in _DANGLING and words:
                    break
                words.append(w)
            while words and not ends_phrase(words[-1]):
                words.pop()
            if words and words[0].lower() not in _FUNCTION:
                told = f"the {head} of {' '.join(words)}"
        return told

    def in_passage(self, passage: str, referring: frozenset[str] = frozenset()) -> tuple[str | None, bool]:
        """The recurring topic that ``passage`` names, in the article's fullest words for it (or
        None), and whether it names one only by a ``referring`` noun ("this decision")."""
        best, refers = None, False
        found = phrases(passage) if self.lang == "en" else noun_phrases(self.lang).phrases(passage)
        for _, _, phrase in found:
            head = self.head(phrase)
            if head in referring:
                refers = True
            elif self._issue(head) and self.counts[head] >= 2 and (best is None or self.counts[head] > self.counts[best]):
                best = head
        return (self.fullest(best) if best else None), refers

    def recurs(self, head: str) -> bool:
        """Whether a head names a matter the article comes back to: an issue (`_issue`) named twice or more."""
        return self._issue(head) and self.counts[head] >= 2

    def _issue(self, head: str) -> bool:
        """Whether a head names a matter (a law, a merger, a ruling), not who acts, where or when:
        a common noun the article writes in lowercase, outside the nouns for people and places."""
        return head not in _NOT_ISSUES and head in self.lowercase

    def about_a_hazard(self) -> bool:
        """Whether the noun the article recurs on most is a hazard ("the earthquake", "the outbreak": [event_context]
        hazards): a story of what struck, whose quotes tell the damage and the needs, no side on a matter."""
        issues = [(n, h) for h, n in self.counts.items() if n >= 2 and (self._issue(h) or h in _HAZARDS)]
        most = max((n for n, _ in issues), default=0)
        top = {h for n, h in issues if n == most}
        return bool(top) and top <= _HAZARDS  # (a hazard named as often as a matter, "the mandate", is no such story)

    def main(self, votes: Counter | None = None) -> str | None:
        """The matter the article is about, in its fullest form: the issue head that recurs most (its
        words, and once more each noun phrase it heads: a word that recurs as a modifier or a verb,
        "gas prices", names a matter less), counting double an act named as a noun ("the merger",
        "the ban"), one its lead paragraph names (by the noun, or by its verb: "has banned") and one the
        article's positions are taken on (``votes``, by head); of two as strong, the act; a thing is
        named by the act the lead reports on it (`_act_on`)."""
        votes = votes or Counter()
        lead = {self.head(p) for _, _, p in self._phrases(self._lead())}
        counts = self.counts.copy()
        if self.laws:  # a law named in full, then "the law" or its acronym: one matter
            counts["law"] = counts["law"] + sum(self.laws.values())
        for _, noun in self._lead_acts if self.lang == "en" else ():
            if noun in self.by_head:  # the lead names by its verb an act the article names as a noun ("has banned", "the ban")
                counts[noun] += 1
                lead.add(noun)
        heads = [((n + len(self.by_head.get(h, ()))) * (2 if (act := self.is_act(h)) else 1)
                  * (2 if h in lead else 1) + _VOTE * votes[h], bool(act), h)
                 for h, n in counts.items()
                 if (n >= 3 or (n >= 2 and (h in lead or votes[h]))) and (self._issue(h) or h == "law")
                 and h not in REFERRING]
        if not heads:
            return None
        _, act, head = max(heads)
        phrase = re.sub(r"^(?:a|an|any|such)\b", "the", self.fullest(head))  # named again, a matter is definite
        return (None if act or self.lang != "en" else self._act_on(head, phrase)) or phrase

    def _act_on(self, head: str, phrase: str) -> str | None:
        """The act the lead reports done to a matter that is a thing ("the regulator approved the
        vaccine", "a decree banning anyone wearing a niqab"), named by the noun the article itself
        makes of the verb ("approval", "ban"; Quirk et al. appendix I.30-I.34), with the thing as
        its complement ("the approval of the vaccine"; 17.54); None when the article has no such noun."""
        for clause, noun in self._lead_acts:
            if any(_singular(w.lower()) == head for w in re.findall(r"[\w-]+", clause)):
                prep = re.search(rf"\b{noun}s?\s+(of|on|from|to|for|against|into)\s", self.text)
                return f"the {noun} {prep.group(1) if prep else 'of'} {phrase}"
        return None

    @cached_property
    def _lead_acts(self) -> list[tuple[str, str]]:
        """(object clause, noun) of each verb of the lead that reports an act the article also names
        by its own noun ("approved the vaccine" and "the approval"): what follows the verb up to a
        preposition or a clause boundary, and that noun."""
        lead, out = self._lead(), []
        order = {n: i for i, n in enumerate(self._act_nouns)}  # a noun's place in the article
        for verb in _LEAD_VERB.finditer(lead):
            word = verb.group(1) or verb.group(2)
            if word in _reporting_forms():
                continue
            clause = _CLAUSE_CUT.split(lead[verb.end() : verb.end() + 80], 1)[0]
            for stem in _stems(word):
                found = sorted({stem + e for e in _VERB_NOUN_ENDINGS}.intersection(order), key=order.__getitem__)
                noun = next((n for n in found if n != stem), found[0] if found else None)  # "funding" over "fund"
                if noun and clause.split()[:1] and clause.split()[0].lower() in _OBJECT_OPENS:  # not "a televised debate"
                    out.append((clause, noun))
                    break
        return out

    @cached_property
    def _act_nouns(self) -> list[str]:
        """The article's lowercase nouns for acts: made by a suffix ("approval"), or an event verb's
        own form that heads a noun phrase ("the ban"), in the order the article uses them."""
        before = set(re.findall(r"\b([a-z]{3,}?)s?\s+(?:of|on|against|for)\s", self.text))  # "bans on niqabs"
        words = dict.fromkeys(re.findall(r"\b[a-z]{3,}\b", self.text))  # each word once, in first-use order
        seen = dict.fromkeys(w for w in map(_singular, words)
                             if (w.endswith(_NOMINAL_SUFFIXES) and not w.endswith("ing"))
                             or ((w in _EVENT_NOUNS or w.endswith("ing")) and (w in self.by_head or w in before)))
        return list(seen)

    def is_act(self, head: str) -> bool:
        """Whether a head names an act or a measure ("merger", "ban", "law"): a matter taken sides on."""
        if self.lang == "en":
            return names_act(head)
        grammar = noun_phrases(self.lang)
        return bool(grammar.nominal.search(head)) or head in grammar.event_nouns

    def _lead(self) -> str:
        """The article's first paragraph of prose (a headline line or page furniture skipped)."""
        return next((p for p in self.text.split("\n") if len(p.split()) >= 15), self.text[:600])

    def _phrases(self, text: str) -> list[tuple[int, int, str]]:
        return phrases(text) if self.lang == "en" else noun_phrases(self.lang).phrases(text)

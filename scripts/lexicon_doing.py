"""Print the [event_context] doing list of lexicon/en.toml from Princeton WordNet 3.0 (build time only).

usage: python scripts/lexicon_doing.py [/usr/share/wordnet]     (with a Python that has wordfreq, outside the repo)
       python scripts/lexicon_doing.py --hostile [/usr/share/wordnet]   (the [event_context] hostile list)

Every single-word verb whose first (most frequent) sense, by cntlist.rev, is in one of the lexicographer
files of doing (verb.change 30, verb.competition 33, verb.creation 36, verb.motion 38, verb.possession 40,
verb.social 41), tagged at least once as a verb (SemCor), and a common word (wordfreq Zipf frequency of 3.0
or more, once a million words); minus the verbs the rules read already (one-word
[events] cues, [light_verbs] lemmas but for the few below, reporting and that verbs, [words] inactive_verbs)
and the verbs left out by hand (LEFT_OUT), plus the light verbs of doing (LIGHT_DOING); and minus the hostile
acts, whose kind is an assault, a coercion or a sanction, never `other`: the verbs whose first sense is, or falls
under (hypernyms), the first sense of one of HOSTILE ("battle", "plunder", "execute", "rape", "retaliate").
"""
import sys
import tomllib
from pathlib import Path

FILES = {30, 33, 36, 38, 40, 41}
LEFT_OUT = set("do come go belong owe allow let enable cause induce prompt effect attempt try fail manage dare strive "
               "cope resort picture imagine dream depict follow lead help favor heed risk prevent send work".split())
LIGHT_DOING = {"adopt", "conduct", "organize", "stage", "start", "begin"}
NOT_ACTS = {39, 42}  # the lexicographer files verb.perception and verb.stative
HOSTILE = ("attack", "assail", "kill", "injure", "hurt", "fight", "punish", "steal", "abuse", "harass")


def _senses(folder: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The synsets of each verb in frequency order (index.verb) and the hypernyms of each synset (data.verb)."""
    senses, hypernyms = {}, {}
    for line in open(folder / "index.verb", encoding="utf-8"):
        if not line.startswith("  "):
            parts = line.split()
            senses[parts[0]] = parts[-int(parts[2]) :]
    for line in open(folder / "data.verb", encoding="utf-8"):
        if not line.startswith("  "):
            parts = line.split()
            k = 4 + 2 * int(parts[3], 16)
            hypernyms[parts[0]] = [parts[k + 2 + 4 * i] for i in range(int(parts[k])) if parts[k + 1 + 4 * i] == "@"]
    return senses, hypernyms


def _under(synset: str, hypernyms: dict[str, list[str]]) -> set[str]:
    out, todo = set(), [synset]
    while todo:
        if (x := todo.pop()) not in out:
            out.add(x)
            todo += hypernyms[x]
    return out


def main(folder: str = "/usr/share/wordnet") -> None:
    from wordfreq import zipf_frequency

    lex = tomllib.loads((Path(__file__).parents[1] / "summariser/rules/lexicon/en.toml").read_text("utf-8"))
    known = {e for v in lex["events"].values() for e in v if " " not in e}
    known |= (set(lex["light_verbs"]["lemmas"]) | set(lex["light_verbs"]["subject_lemmas"])) - LIGHT_DOING
    known |= set(lex["words"]["reporting_verbs"]) | set(lex["words"]["that_verbs"]) | set(lex["words"]["inactive_verbs"])
    out = set()
    for line in open(Path(folder) / "cntlist.rev", encoding="utf-8"):
        key, number, count = line.split()
        lemma, rest = key.split("%")
        if rest.startswith("2:") and number == "1" and int(rest.split(":")[1]) in FILES and int(count) >= 1 \
                and lemma.isalpha() and lemma.islower() and zipf_frequency(lemma, "en") >= 3.0:
            out.add(lemma)
    senses, hypernyms = _senses(Path(folder))
    hostile = {senses[verb][0] for verb in HOSTILE}
    out = {verb for verb in out if not _under(senses[verb][0], hypernyms) & hostile}
    print("doing = [" + ", ".join(f'"{w}"' for w in sorted(out - known - LEFT_OUT)) + "]")


def hostile(folder: str = "/usr/share/wordnet") -> None:
    """Print the [event_context] hostile list: every single-word verb whose first sense is, or falls under, the
    first sense of one of HOSTILE, and is an act (not in NOT_ACTS) (what `doing_event` reads as no act of kind `other`)."""
    senses, hypernyms = _senses(Path(folder))
    roots = {senses[verb][0] for verb in HOSTILE}
    files = {line.split()[0]: int(line.split()[1]) for line in open(Path(folder) / "data.verb", encoding="utf-8")
             if not line.startswith("  ")}
    # acts only: not the sensations (verb.perception 39: tickle, throb, thirst under hurt.v.01 "feel pain") nor the
    # states (verb.stative 42: brave, weather, withstand), but for the roots themselves
    out = sorted(verb for verb, synsets in senses.items() if verb.isalpha() and _under(synsets[0], hypernyms) & roots
                 and (verb in HOSTILE or files[synsets[0]] not in NOT_ACTS))
    print("hostile = [" + ", ".join(f'"{w}"' for w in out) + "]")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--hostile"]:
        hostile(*sys.argv[2:])
    else:
        main(*sys.argv[1:])

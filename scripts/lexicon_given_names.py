"""Write lexicon/given_names.json, the given names that tell a person's gender, from nomquamgender (build time only).

usage: python scripts/lexicon_given_names.py NAME_DATA_JSON > summariser/rules/lexicon/given_names.json

NAME_DATA_JSON is `nomquamgender/name_data.json` of the PyPI package nomquamgender 0.1.4 (Ian Van Buskirk,
https://github.com/ianvanbuskirk/nomquamgender; MIT licence, whose notice the output keeps; unpacked from the wheel,
beside its dist-info): for each lowercased name, the number of sources that list it, the number of people counted with it,
and the share of them that were women, p(gf). A name is kept when it is one word of letters, counted 1,000 times
or more, in 5 sources or more, and gendered in at least 95 of 100 (p(gf) >= 0.95: female; <= 0.05: male): names
shared by women and men ("Jean", "Kim", "Andrea", "Alex") are left out, and the rules then resolve "he" and "she"
as before, to the person named last.
"""
import json
import sys
from pathlib import Path

MIN_COUNT, MIN_SOURCES, SURE = 1000, 5, 0.95


def main(path: str) -> None:
    data = json.load(open(path, encoding="utf-8"))
    licence = (Path(path).parent.parent / "nomquamgender-0.1.4.dist-info" / "LICENSE").read_text("utf-8")
    female, male = [], []
    for name, (sources, count, p_female, *_rest) in sorted(data.items()):
        if not name.isalpha() or count < MIN_COUNT or sources < MIN_SOURCES:
            continue
        if p_female >= SURE:
            female.append(name)
        elif p_female <= 1 - SURE:
            male.append(name)
    json.dump({"source": "nomquamgender 0.1.4 name_data.json (MIT licence); scripts/lexicon_given_names.py",
               "licence": licence, "female": " ".join(female), "male": " ".join(male)}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])

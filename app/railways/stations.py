"""The station index: find stations by code, name, city or a misspelling of them, or by place.

Lookups go in this order: the exact code (old codes give the renamed station), the exact name,
what people call the city or station (`ALIASES`), the name without "Jn"/"Junction", and only when
all of those miss, fuzzy matching. Names are compared after `normalize_name`, so that "Delhi
Cantonment", "DELHI CANTT." and "delhi cantt station" are the same key.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, TypeVar

from rapidfuzz import fuzz, process

from app.railways.major_stations import ALIASES, MAJOR_STATIONS
from app.railways.models import Station
from app.railways.spelling import sound_key
from app.railways.vocabulary import current_station_code

EARTH_RADIUS_KM: Final = 6371.0088

SCORE_CODE: Final = 100.0
SCORE_NAME: Final = 100.0
SCORE_ALIAS: Final = 96.0
SCORE_BARE_NAME: Final = 94.0
# Fuzzy scores are rapidfuzz ratios (0..100); below these a match is noise.
FUZZY_CUTOFF_SHORT: Final = 88.0  # queries of 4 characters: one missing letter at most
FUZZY_CUTOFF: Final = 80.0
# Fuzzy candidates this far below the best one are not worth offering.
FUZZY_SPREAD: Final = 6.0
FUZZY_MIN_CHARS: Final = 4
# A name spelt by ear that sounds as a major station's ("kanpoor"): as close as a near spelling.
SCORE_SOUND: Final = 85.0
# Stations ranked by the exact distance after a quick flat-earth pick of the closest.
NEAREST_SHORTLIST: Final = 16
FUZZY_CACHE_SIZE: Final = 4096

_CODE = re.compile(r"[A-Za-z]{1,5}")
_PUNCTUATION = " .,;:!?'\"()[]{}<>"
_NOT_WORD = re.compile(r"[^0-9a-z\u0900-\u0963\u0966-\u097f]+")

_Derived = TypeVar("_Derived")

# Spelling variants inside station names, mapped to one form.
_TOKEN_FORMS: Final[dict[str, str]] = {
    "junction": "jn",
    "jct": "jn",
    "jnc": "jn",
    "jun": "jn",
    "cantonment": "cantt",
    "cant": "cantt",
    "terminal": "terminus",
    "term": "terminus",
    "trm": "terminus",
    "tml": "terminus",
    "terminals": "terminus",
    "bengaluru": "bangalore",
    "bangaluru": "bangalore",
    "bombay": "mumbai",
    "bombe": "mumbai",  # बॉम्बे, बाम्बे, बम्बई, read once romanised
    "bambe": "mumbai",
    "bambai": "mumbai",
    "madras": "chennai",
    "calcutta": "kolkata",
    "dilli": "delhi",
    "dehli": "delhi",
    "nai": "new",
    "nayi": "new",
    "mysuru": "mysore",
    "mangaluru": "mangalore",
    "belagavi": "belgaum",
    "belgavi": "belgaum",  # बेलगावी, read once romanised
    "kalburgi": "gulbarga",
    "hubballi": "hubli",
    "kalaburagi": "gulbarga",
    "tumakuru": "tumkur",
    "shivamogga": "shimoga",
    "ballari": "bellary",
    "hosapete": "hospet",
    "gurugram": "gurgaon",
    "narmadapuram": "hoshangabad",
    "sahib": "saheb",
}
# Words that only say "this is a station" and carry no name.
_FILLER: Final = frozenset({"station", "stn", "rly", "railway"})


@lru_cache(maxsize=65536)
def normalize_name(text: str) -> str:
    """A station name or query as a comparison key: lower case, plain words, one spelling each."""
    folded = unicodedata.normalize("NFKC", text).lower().replace("&", " and ")
    words = [_TOKEN_FORMS.get(word, word) for word in _NOT_WORD.split(folded) if word]
    words = [word for word in words if word not in _FILLER]
    if len(words) > 1 and words[-1] == "t":
        words[-1] = "terminus"
    return " ".join(words)


def _bare(key: str) -> str:
    """`key` without "jn", so that "Kota Jn" is found as "kota"."""
    return " ".join(word for word in key.split() if word != "jn")


@dataclass(frozen=True)
class StationMatch:
    station: Station
    score: float  # 0..100
    reason: str  # "code" | "name" | "alias" | "fuzzy"


def haversine_km(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True)
class IndexSource:
    """Where the index has a station from: RailBot's built-in list (`builtin`), the offline
    timetable (`offline`, imported `as_of`) or a provider's station directory (the provider's
    name, `railradar`, loaded `as_of`)."""

    source: str
    as_of: dt.datetime | None = None


BUILTIN: Final = IndexSource("builtin")


class StationIndex:
    """Stations by code, name, alias, misspelling and position. Build it with `build`."""

    def __init__(
        self,
        stations: dict[str, Station],
        names: dict[str, list[str]],
        sources: dict[str, IndexSource] | None = None,
    ) -> None:
        self._stations = stations
        self._sources = sources or {}
        self._major = frozenset(code for code, *_ in MAJOR_STATIONS)
        self._names: dict[str, list[str]] = {}
        self._bare: dict[str, list[str]] = {}
        self._aliases: dict[str, list[str]] = {}
        for code, station_names in names.items():
            for name in station_names:
                key = normalize_name(name)
                if key:
                    _add(self._names, key, code)
                    _add(self._bare, _bare(key), code)
        # code → the stations of its city, best known first: a city of the built-in list, else
        # the city a provider's directory names.
        self._city: dict[str, tuple[str, ...]] = {}
        self._city_name: dict[str, str] = {}  # code → its city's name ("Chennai"), when known
        for alias, codes in ALIASES.items():
            key = normalize_name(alias)
            present = tuple(code for code in codes if code in stations)
            for code in present:
                _add(self._aliases, key, code)
                if len(present) > 1 and len(present) > len(self._city.get(code, ())):
                    self._city[code] = present
                    if alias.isascii():
                        self._city_name[code] = alias.title()
        by_city: dict[str, list[str]] = {}
        for code, station in stations.items():
            if station.city and station.active is not False:
                _add(by_city, normalize_name(station.city), code)
        for city, listed in by_city.items():
            if len(listed) > 1:
                for code in listed:
                    self._city.setdefault(code, tuple(sorted(listed, key=self._rank)))
                    self._city_name.setdefault(code, city.title())
        for table in (self._names, self._bare):
            for listed in table.values():
                listed.sort(key=self._rank)
        self._fuzzy_cache: dict[tuple[str, int], tuple[StationMatch, ...]] = {}
        self._name_cache: dict[str, tuple[StationMatch, ...]] = {}
        self._derived: dict[str, Any] = {}
        self._build_fuzzy()
        self._build_placed()

    @classmethod
    def build(
        cls, stations: Iterable[Station] = (), *, sources: Mapping[str, IndexSource] | None = None
    ) -> StationIndex:
        """The built-in major stations with `stations` (e.g. the offline store's) merged over them;
        `sources` says where each of `stations` came from, by its code as given (a station
        without one, or built in, is the built-in list's).

        A given station replaces the built-in one of the same code field by field, except for the
        built-in (current) name; one under an old code (CSTM) fills in what the built-in entry of
        its new code (CSMT) lacks. Both names stay searchable. Placeholder codes (`XX-…`) are
        dropped.
        """
        merged: dict[str, Station] = {}
        names: dict[str, list[str]] = {}
        came_from: dict[str, IndexSource] = {}
        for code, name, state, lat, lng in MAJOR_STATIONS:
            merged[code] = Station(code=code, name=name, state=state, lat=lat, lng=lng)
            names[code] = [name]
        for station in stations:
            raw = station.code.strip().upper()
            name = station.name.strip()
            if not raw or not name or raw.startswith("XX"):
                continue
            code = current_station_code(raw)
            if sources is not None and raw in sources:
                came_from.setdefault(code, sources[raw])
            known = merged.get(code)
            if known is None:
                merged[code] = station.model_copy(update={"code": code, "name": name})
            elif code != raw:
                merged[code] = _fill(known, station)
            else:
                # The built-in name is current and curated ("KSR Bengaluru", not the 2016
                # "BANGALORE CY JN"); the imported coordinates and zone are more precise.
                merged[code] = _fill(station.model_copy(update={"name": known.name}), known)
            names.setdefault(code, []).append(name)
        return cls(merged, names, came_from)

    def name_keys(self) -> Iterable[tuple[str, tuple[str, ...]]]:
        """Every name and alias as a comparison key (`normalize_name`), with its stations."""
        return ((key, tuple(codes)) for key, (_, codes) in self._fuzzy_keys.items())

    def derived(self, name: str, build: Callable[[StationIndex], _Derived]) -> _Derived:
        """A table another module derives from this index (by `name`), built on first use and
        again after `replace`."""
        if name not in self._derived:
            self._derived[name] = build(self)
        table: _Derived = self._derived[name]
        return table

    def replace(self, other: StationIndex) -> None:
        """Take over `other`'s stations in place, so that every holder of this index (the NLU,
        the bot, the offline provider) sees a re-imported timetable without a restart."""
        self.__dict__.update(other.__dict__)

    def __len__(self) -> int:
        return len(self._stations)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.get(code) is not None

    def source_of(self, code: str) -> IndexSource:
        """Where the index has the station with this code from (the built-in list when it does
        not know)."""
        return self._sources.get(current_station_code(code), BUILTIN) if code else BUILTIN

    def get(self, code: str) -> Station | None:
        """The station with this code (any case); an old code gives the renamed station."""
        return self._stations.get(current_station_code(code)) if code else None

    def same_city(self, code: str) -> tuple[str, ...]:
        """The stations of the city `code` is in (itself first), or just `code`: for city to city
        searches ("mumbai to pune" means every Mumbai station)."""
        here = current_station_code(code) if code else code
        city = self._city.get(here, ())
        return (here, *(other for other in city if other != here))

    def main_station(self, code: str) -> str:
        """The main station of the city `code` is in ("MAS" for Perambur), its best known; the
        station itself when it is in no city of several."""
        here = current_station_code(code) if code else code
        city = self._city.get(here, ())
        return city[0] if city else here

    def city_name(self, code: str) -> str | None:
        """The name of the city of several stations `code` is in ("Chennai" for MAS), if any."""
        return self._city_name.get(current_station_code(code)) if code else None

    def is_major(self, code: str) -> bool:
        """Whether `code` is one of the built-in major stations."""
        return code in self._major

    def search(self, query: str, limit: int = 5) -> list[StationMatch]:
        """Stations for what a user typed, best first: code, name, alias, then fuzzy.

        A city or alias of the built-in list ("blr", "goa") outranks a small station whose code
        happens to spell the same letters; a major station's code always comes first.
        """
        query = query.strip()
        if not query or limit <= 0:
            return []
        named = self.by_name(query)
        word = query.strip(_PUNCTUATION)
        station = self.get(word) if _CODE.fullmatch(word) else None
        if station is None:
            found = named or self.fuzzy(query, limit)
        else:
            by_code = StationMatch(station, SCORE_CODE, "code")
            city = bool(named) and named[0].reason == "alias"
            found = (
                [*named, by_code] if city and not self.is_major(station.code) else [by_code, *named]
            )
        return _unique(found)[:limit]

    def resolve(self, query: str, limit: int = 5) -> list[str]:
        """Candidate station codes for `query`, best first; empty when nothing fits."""
        return [match.station.code for match in self.search(query, limit)]

    def by_name(self, phrase: str) -> list[StationMatch]:
        """Exact matches of a name or alias (no codes, no fuzzy), best first.

        The exact name comes first, then aliases, then the name without "Jn"; when the words are
        a city of the built-in list, its stations in their listed order lead instead (a small
        station named "Kolkata" must not outrank Howrah), and major stations always lead small
        ones ("katra" is Vaishno Devi's SVDK before a halt also called Katra).
        """
        key = normalize_name(phrase)
        if key not in self._fuzzy_keys:
            return []
        # Every message looks up its words; the same names come again and again.
        if (cached := self._name_cache.get(key)) is not None:
            return list(cached)
        if len(self._name_cache) >= FUZZY_CACHE_SIZE:
            self._name_cache.clear()
        found = self._by_name(key)
        self._name_cache[key] = tuple(found)
        return found

    def _by_name(self, key: str) -> list[StationMatch]:
        at = self._stations
        names = [StationMatch(at[c], SCORE_NAME, "name") for c in self._names.get(key, ())]
        aliases = [StationMatch(at[c], SCORE_ALIAS, "alias") for c in self._aliases.get(key, ())]
        bare = [StationMatch(at[c], SCORE_BARE_NAME, "name") for c in self._bare.get(key, ())]
        found = [*aliases, *names, *bare] if len(aliases) > 1 else [*names, *aliases, *bare]
        # A major station before a small one of the same name ("katra": SVDK before KEA).
        return sorted(_unique(found), key=lambda m: m.station.code not in self._major)

    def starts_name(self, word: str) -> bool:
        """Whether some station name or alias begins with `word` (a quick test before lookups)."""
        key = normalize_name(word)
        return bool(key) and key.split()[0] in self._first_words

    def fuzzy(self, phrase: str, limit: int = 5) -> list[StationMatch]:
        """Close misspellings of names and aliases, best first (nothing for under 4 letters)."""
        key = normalize_name(phrase)
        if len(key) < FUZZY_MIN_CHARS:
            return []
        # The same misspellings come again and again ("banglore"); remember the answers.
        if (cached := self._fuzzy_cache.get((key, limit))) is not None:
            return list(cached)
        if len(self._fuzzy_cache) >= FUZZY_CACHE_SIZE:
            self._fuzzy_cache.clear()
        found = self._fuzzy(key, limit)
        self._fuzzy_cache[(key, limit)] = tuple(found)
        return found

    def nearest(self, lat: float, lng: float, limit: int = 3) -> list[tuple[Station, float]]:
        """The `limit` stations closest to a point, with their distance in kilometres."""
        if limit <= 0 or not (-90 <= lat <= 90 and -180 <= lng <= 180):
            return []
        # A flat-earth distance picks a shortlist quickly; the great-circle one orders it.
        shrink = math.cos(math.radians(lat))
        shortlist = heapq.nsmallest(
            limit + NEAREST_SHORTLIST,
            self._placed,
            key=lambda p: (p[1] - lat) ** 2 + ((p[2] - lng) * shrink) ** 2,
        )
        ranked = sorted(
            (haversine_km(lat, lng, s_lat, s_lng), code) for code, s_lat, s_lng in shortlist
        )
        return [(self._stations[code], round(km, 3)) for km, code in ranked[:limit]]

    # --- internals ------------------------------------------------------------------------------

    def _rank(self, code: str) -> tuple[bool, str]:
        return (code not in self._major, code)

    def _build_fuzzy(self) -> None:
        keys: dict[str, tuple[str, list[str]]] = {}
        for key, codes in self._aliases.items():
            keys[key] = ("alias", codes)
        for table in (self._names, self._bare):
            for key, codes in table.items():
                keys.setdefault(key, ("name", codes))
        self._fuzzy_keys = keys
        self._first_words = frozenset(key.split()[0] for key in keys)
        self._fuzzy_primary = [
            key
            for key, (reason, codes) in keys.items()
            if reason == "alias" or any(code in self._major for code in codes)
        ]
        buckets: dict[str, list[str]] = {}
        for key in keys:
            buckets.setdefault(key[0], []).append(key)
        self._fuzzy_buckets = buckets
        self._sounds: dict[str, list[str]] = {}
        for key in self._fuzzy_primary:
            if len(key) >= FUZZY_MIN_CHARS:
                _add(self._sounds, sound_key(key), key)

    def _fuzzy(self, key: str, limit: int) -> list[StationMatch]:
        cutoff = FUZZY_CUTOFF_SHORT if len(key) <= FUZZY_MIN_CHARS else FUZZY_CUTOFF
        scored: dict[str, float] = {}
        # The major stations and aliases whatever the first letter, every station when it agrees.
        for choices in (self._fuzzy_primary, self._fuzzy_buckets.get(key[0], ())):
            for choice, score, _ in process.extract(
                key, choices, scorer=fuzz.ratio, limit=limit + 3, score_cutoff=cutoff
            ):
                scored[choice] = max(score, scored.get(choice, 0.0))
        for choice in self._sounds.get(sound_key(key), ()):
            # "kanpoor": Kanpur by its sound, before a small station a few letters away
            scored[choice] = max(SCORE_SOUND, scored.get(choice, 0.0))
        if not scored:
            return []
        top = max(scored.values())
        ranked = sorted(
            (item for item in scored.items() if item[1] >= top - FUZZY_SPREAD),
            key=lambda item: (-item[1], self._fuzzy_keys[item[0]][0] != "alias", item[0]),
        )
        found: list[StationMatch] = []
        for choice, score in ranked:
            for code in self._fuzzy_keys[choice][1]:
                found.append(StationMatch(self._stations[code], round(score, 1), "fuzzy"))
        return _unique(found)[:limit]

    def _build_placed(self) -> None:
        self._placed = [
            (code, station.lat, station.lng)
            for code, station in self._stations.items()
            if station.lat is not None
            and station.lng is not None
            and -90 <= station.lat <= 90
            and -180 <= station.lng <= 180
        ]


def _add(table: dict[str, list[str]], key: str, code: str) -> None:
    codes = table.setdefault(key, [])
    if code not in codes:
        codes.append(code)


def _fill(primary: Station, fallback: Station) -> Station:
    """`primary` with its missing fields taken from `fallback`."""
    missing = {
        field: getattr(fallback, field)
        for field in ("state", "zone", "lat", "lng", "city", "active")
        if getattr(primary, field) is None and getattr(fallback, field) is not None
    }
    return primary.model_copy(update=missing) if missing else primary


def _unique(matches: Iterable[StationMatch]) -> list[StationMatch]:
    seen: set[str] = set()
    kept: list[StationMatch] = []
    for match in matches:
        if match.station.code not in seen:
            seen.add(match.station.code)
            kept.append(match)
    return kept

"""Stations named in a message, found through the station index.

Exact names, aliases and codes are looked up anywhere, longest first ("new delhi" before
"delhi"). A few guards keep ordinary words from becoming stations: a lower-case code counts only
for a major station or where the sentence places a station ("to sbc", "ndls se"); a word that is
also a common word ("gaya", "ten") and a small station's one-word name count only there, or
(by name, never as a code) when they are all the message says. Misspellings are tried only where
the sentence places a station or the words are the whole message, never across the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from rapidfuzz import fuzz

from app.bot.understanding.lexicon import (
    COMMON_WORDS,
    ENGLISH_NOT_CODES,
    PLACE_OR_WORD,
    TRAIN_KINDS,
)
from app.bot.understanding.soundalike import SOUND_ALIKE, loose, place_of, skeleton
from app.bot.understanding.transliteration import spelt_letters
from app.railways.stations import StationIndex, StationMatch, normalize_name

MAX_WORDS: Final = 5  # the longest station name looked up, in words
MAX_CANDIDATES: Final = 10  # a city's stations; Mumbai has ten
MAX_FUZZY: Final = 5
# How close a misspelling must come to a small station's name ("managers" is not Mandagere): a
# big station's name is the likelier one to be misspelt.
MINOR_FUZZY_SCORE: Final = 88.0


def _a_code(word: str) -> bool:
    """Whether `word` is spelt as a station's code is: two to five letters a to z (what the
    search `[a-z]{2,5}` matched whole, told by the string's own tests at a tenth of its cost)."""
    return 2 <= len(word) <= 5 and word.isascii() and word.isalpha() and word.islower()


# A Devanagari name placed in the sentence, read by its consonants among every station of the
# index, not only the built-in cities: Hindi drops vowels the English names keep ("मधुबनी" is
# read "madhubni": Madhubani; "बेगूसराय" Begusarai, "हल्द्वानी" Haldwani). This close, once the
# consonants agree.
MIN_SOUND_SCORE: Final = 75.0
# Shorter words are as often Hindi's own ("रुकने", "गोमती" of a train's name).
MIN_SOUND_LETTERS: Final = 6
MIN_SKELETON: Final = 3
_SKELETONS: Final = "places.skeletons"
# A shorter Devanagari name placed in the sentence, read by its whole spelling made loose (vowels
# Hindi drops between consonants, glides it writes, "-ाव" for "-ao": "बेतिया" Bettiah, "ब्यावर"
# Beawar, "पिपरिया" Pipariya, "पूर्णिया" Purnia), where its consonants alone say too little. The
# spellings must then agree exactly.
MIN_LOOSE_LETTERS: Final = 6
MIN_LOOSE_KEY: Final = 4
_LOOSE_NAMES: Final = "places.loose"
_SCHWA = re.compile(r"(?<=[^aeiou])a(?=[^aeiou])")
_FINAL_AV = re.compile(r"(?<=[aeiou])v$")


@dataclass(frozen=True)
class Place:
    """A station mention: its candidate codes (best first), how it matched, the words typed."""

    codes: tuple[str, ...]
    reason: str  # "code" | "name" | "alias" | "fuzzy"
    raw: str
    named: bool = False  # a code that is also a station's name ("PUNE", "KOTA")

    # Written out, not generated, as `Understood`'s is: a dataclass's own `__init__` runs as
    # Python even compiled; the same parameters in the same order with the same defaults as
    # the fields (a test pins it).
    def __init__(
        self,
        codes: tuple[str, ...],
        reason: str,
        raw: str,
        named: bool = False,
    ) -> None:
        object.__setattr__(self, "codes", codes)
        object.__setattr__(self, "reason", reason)
        object.__setattr__(self, "raw", raw)
        object.__setattr__(self, "named", named)


def exact_place(
    words: tuple[str, ...],
    raw: str,
    index: StationIndex,
    *,
    placed: bool,
    alone: bool,
    typed_code: bool,
    spoken: bool = False,
    consonants: bool = False,
    written: str = "",
) -> Place | None:
    """The station these words name exactly, if any.

    `placed` says the sentence puts a station here (after "from", before "se"...), `alone` that
    these words are all the message says, `typed_code` that the user wrote the word in capitals
    (NDLS), as codes are written; `spoken` that they were written in Devanagari, where the
    romanised spelling may differ from the English one (लखनऊ, "lakhnau": Lucknow);
    `consonants` that a Devanagari name the sentence places may be any station of the index
    with its consonants, spelt close (the last try, after every other reading); `written` the
    words as written in Devanagari, when they were.
    """
    if len(words) > 1:
        matches = index.by_name(" ".join(words))
        if not matches and spoken:
            if placed:
                return _sounding(words, raw, index, consonants=consonants)
            return _named(words, raw, index)
        return _place(matches, raw, index) if matches else None
    word = words[0]
    ordinary = word in PLACE_OR_WORD and not (placed or typed_code)
    if ordinary and not alone:
        return None
    # Alone, an ordinary word is a place only by its name ("gaya"), never as a code ("pta").
    english = word in ENGLISH_NOT_CODES and not typed_code  # "put", "fill", "usd": the word
    station = index.get(word) if not (ordinary or english) and _a_code(word) else None
    if station is not None and spoken and not _heard_as_code(word, station.code, index, written):
        station = None  # "हॉल" is a hall, not HOL; "जात" (goes) is no JAT: `_heard_as_code`
    code_counts = station is not None and (
        typed_code or placed or (index.is_major(station.code) and len(word) >= 3)
    )
    matches = index.by_name(word)
    if station is not None and code_counts and typed_code:
        return Place((station.code,), "code", raw, named=bool(matches))
    major = any(index.is_major(m.station.code) for m in matches)
    if matches and not (placed or alone) and not major:
        matches = []
    if matches and not major and (ordinary or (spoken and not placed)):
        # "sahi hai", "samajh gaya", "मुझे सचिन के बारे में": a small station named like a word,
        # said alone, is the word
        matches = []
    if matches:
        return _place(matches, raw, index)
    if station is not None and code_counts:
        return Place((station.code,), "code", raw)
    if spoken and (placed or alone):
        return _sounding(words, raw, index, consonants=placed and consonants)
    if spoken and not ordinary:
        return _named(words, raw, index)
    return None


def _heard_as_code(word: str, code: str, index: StationIndex, written: str) -> bool:
    """Whether a word written in Devanagari is a major station's code: its letters spelt by their
    names ("एनडीएलएस", "जे ए टी" JAT), or the code said as the start of the station's name ("टाटा"
    Tatanagar). Hindi says a station by its name: a word that only sounds like a code is the word
    ("जात", goes, not Jammu Tawi; "हॉल" a hall, not HOL); a small station's code is never heard,
    however spelt."""
    if not index.is_major(code):
        return False
    if spelt_letters(_BETWEEN_LETTERS.sub("", written), least=1) is not None:
        return True
    station = index.get(code)
    return station is not None and normalize_name(station.name).startswith(word)


# What may stand between letter names spelt out apart ("एन डी एल एस", "जे.ए.टी.", "एन-जे-पी").
_BETWEEN_LETTERS: Final = re.compile(r"[\s.\-]+")


def _sounding(
    words: tuple[str, ...], raw: str, index: StationIndex, *, consonants: bool = False
) -> Place | None:
    if _common(words):
        return None
    said = " ".join(words)
    codes = tuple(code for code in SOUND_ALIKE.find(said) if code in index)
    if not codes and consonants and not set(words) & TRAIN_KINDS:
        # where the sentence puts a station only, never a kind of train ("संपर्क क्रांति में")
        near = _by_consonants(said, index)
        if near is not None and near[0] >= MIN_SOUND_SCORE:
            codes = near[1]
        else:
            codes = _by_loose_spelling(said, index)
    return Place(codes[:MAX_CANDIDATES], "alias", raw) if codes else None


def _by_consonants(said: str, index: StationIndex) -> tuple[float, tuple[str, ...]] | None:
    """The stations whose names have the consonants of `said` and are spelt closest to it, with
    how close (rapidfuzz ratio); major stations first."""
    typed = place_of(normalize_name(said))  # "पूर्णिया जंक्शन": Purnia, whatever its kind
    key = skeleton(typed)
    if len(key) < MIN_SKELETON or len(typed.replace(" ", "")) < MIN_SOUND_LETTERS:
        return None
    candidates = index.derived(_SKELETONS, _skeletons).get(key)
    if not candidates:
        return None
    scored = [(fuzz.ratio(typed, name), codes) for name, codes in candidates]
    best = max(score for score, _ in scored)
    codes = dict.fromkeys(code for score, found in scored if score == best for code in found)
    return best, tuple(sorted(codes, key=lambda code: not index.is_major(code)))


def _skeletons(index: StationIndex) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Every Latin name of the index (and the name without "Jn", "Road", "City"...) by its
    consonant skeleton."""
    table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for name, codes in index.name_keys():
        if not name.isascii():
            continue
        for form in {name, place_of(name)}:
            if len(key := skeleton(form)) >= MIN_SKELETON:
                table.setdefault(key, []).append((form, codes))
    return table


def _by_loose_spelling(said: str, index: StationIndex) -> tuple[str, ...]:
    """The stations whose names, made loose, are spelt as `said` is; major stations first."""
    typed = place_of(normalize_name(said))
    key = _loose_key(typed)
    # a name ending as the English "-ao" does in Hindi's "-ाव" says its sound with one letter
    # fewer ("उन्नाव", "unnav": Unnao)
    least = MIN_LOOSE_LETTERS - 1 if _FINAL_AV.search(typed) else MIN_LOOSE_LETTERS
    if len(key) < MIN_LOOSE_KEY or len(typed.replace(" ", "")) < least:
        return ()
    codes = index.derived(_LOOSE_NAMES, _loose_names).get(key, ())
    return tuple(sorted(codes, key=lambda code: not index.is_major(code)))


def _loose_key(name: str) -> str:
    """A name as `soundalike.loose` spells it, without the vowels Hindi drops between consonants
    and with a final "-av" as the "-ao" English names write ("unnav", Unnao)."""
    return _SCHWA.sub("", _FINAL_AV.sub("u", loose(name)))


def _loose_names(index: StationIndex) -> dict[str, tuple[str, ...]]:
    """Every Latin name of the index (and the name without "Jn", "Road", "City"...) by its
    loose key."""
    table: dict[str, tuple[str, ...]] = {}
    for name, codes in index.name_keys():
        if not name.isascii():
            continue
        for form in {name, place_of(name)}:
            if len(key := _loose_key(form)) >= MIN_LOOSE_KEY:
                table[key] = tuple(dict.fromkeys((*table.get(key, ()), *codes)))
    return table


def _named(words: tuple[str, ...], raw: str, index: StationIndex) -> Place | None:
    """A Devanagari name of a city wherever it stands ("लखनऊ में मौसम"): only a Hindi name the
    index knows, or one spelt as the English name but for Hindi's vowels."""
    if _common(words):
        return None
    codes = tuple(code for code in SOUND_ALIKE.named(" ".join(words)) if code in index)
    return Place(codes[:MAX_CANDIDATES], "alias", raw) if codes else None


def fuzzy_place(
    words: tuple[str, ...],
    raw: str,
    index: StationIndex,
    *,
    spoken: bool = False,
    placed: bool = True,
) -> Place | None:
    """The stations these words are a misspelling of, if any are close enough. A small
    station's name counts only where the sentence `placed` a station, written in Latin letters
    and close: an everyday word said alone ("pani hai kya", "season") or a Hindi word romanised
    ("पानी", "बदल") is near many small stations' names."""
    if _common(words):
        return None  # "शहर से", "shuru se": an everyday word, however close to a station's name
    small = placed and not spoken
    matches = [
        match
        for match in index.fuzzy(" ".join(words), limit=MAX_FUZZY)
        if index.is_major(match.station.code) or (small and match.score >= MINOR_FUZZY_SCORE)
    ]
    if not matches:
        return _sounding(words, raw, index) if spoken else None
    return _place(matches, raw, index)


def _common(words: tuple[str, ...]) -> bool:
    """Whether the words are one everyday Hindi word, never a station but by its own name."""
    return len(words) == 1 and words[0] in COMMON_WORDS


def _place(matches: list[StationMatch], raw: str, index: StationIndex) -> Place:
    """The candidates, keeping only the major stations when some are: a traveller who writes
    "ahmedabad" or "bandra" means the main station, not a halt of the same name."""
    codes = list(dict.fromkeys(m.station.code for m in matches))
    major = [code for code in codes if index.is_major(code)]
    return Place(tuple((major or codes)[:MAX_CANDIDATES]), matches[0].reason, raw)

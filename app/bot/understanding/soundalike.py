"""Station names that sound alike however they are spelt: "lakhnau" is Lucknow, "gvaliyar"
Gwalior, "havra" Howrah, "maisur" Mysore.

Hindi written in Latin letters (and Devanagari romanised) spells vowels and glides its own way,
where the English names of stations kept older spellings. Both sides are reduced to a
consonant skeleton (aspiration, glides and vowels dropped; c/k, z/j, sh/s, v/w one sound):
Lucknow and lakhnau are both "lkn". Among the built-in stations and aliases with the same
skeleton, the closest spelling wins. Only the built-in list is searched: the cities people name
in Hindi are there, and among thousands of small stations a skeleton says too little.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from rapidfuzz import fuzz

from app.bot.understanding.transliteration import flapped, romanize
from app.railways.major_stations import ALIASES, MAJOR_STATIONS
from app.railways.stations import normalize_name

MIN_SKELETON: Final = 3  # shorter skeletons ("goa": "g") match too many names
# How alike the spellings must be (rapidfuzz ratio) once the skeletons agree: "lakhnau" and
# "lucknow" score 43, a Hindi word that happens to share a city's consonants ("kitne", "katni")
# would need this much too, and is never looked up here anyway (it is a word of the lexicon).
MIN_SCORE: Final = 40.0

_FIRST: Final = (
    ("chh", "c"),
    ("ch", "c"),
    ("ksh", "ks"),
    ("ck", "k"),
    ("ph", "f"),
    ("sh", "s"),
    ("zh", "j"),
    ("x", "ks"),
    ("q", "k"),
    ("z", "j"),
    ("w", "v"),
)
_C_AS_K = re.compile(r"c(?!h)")
_ASPIRATION = re.compile(r"(?<=[^aeiou\s])h|h(?=\s|$)")
_VOWELS_AND_GLIDES = re.compile(r"[aeiouvy\s]")
_DOUBLES = re.compile(r"(.)\1+")
# Spelling that varies between Hindi and English names without changing the sound.
_LOOSE: Final = (("ee", "i"), ("oo", "u"), ("aa", "a"), ("e", "i"), ("o", "u"), ("y", "i"))
_FINAL_VOWEL = re.compile(r"(?<=[^aeiou])[aeiou]$")
# Words that only say which station of a place (Ghazipur City, Bhavnagar Terminus): the place is
# also found without them.
_WHICH_STATION: Final = frozenset(
    {"jn", "city", "town", "cantt", "central", "terminus", "terminal", "capital", "road"}
)


@lru_cache(maxsize=8192)
def loose(name: str) -> str:
    """A name with the spellings that vary between Hindi and English made one: "Etawah" and
    "itava", "Roorkee" and "rurki", "Rewari" and "revari" read the same."""
    text = normalize_name(name)
    text = _C_AS_K.sub("k", text)
    for old, new in _FIRST:
        text = text.replace(old, new)
    text = _ASPIRATION.sub("", text)
    for old, new in _LOOSE:
        text = text.replace(old, new)
    text = _DOUBLES.sub(r"\1", text.replace(" ", ""))
    return _FINAL_VOWEL.sub("", text)


@lru_cache(maxsize=8192)
def skeleton(name: str) -> str:
    """The consonant skeleton of a Latin name: "Lucknow" → "lkn", "Ahmedabad" → "hmdbd"."""
    text = normalize_name(name)
    text = _C_AS_K.sub("k", text)
    for old, new in _FIRST:
        text = text.replace(old, new)
    text = _ASPIRATION.sub("", text)
    text = _VOWELS_AND_GLIDES.sub("", text)
    return _DOUBLES.sub(r"\1", text)


@lru_cache(maxsize=8192)
def _spaced_skeleton(name: str) -> str:
    """The skeleton with a consonant said twice around a vowel kept twice ("lalkuan": "llkn"),
    only a doubled one made one ("Kottayam": "ktm")."""
    text = normalize_name(name)
    text = _C_AS_K.sub("k", text)
    for old, new in _FIRST:
        text = text.replace(old, new)
    text = _ASPIRATION.sub("", text)
    text = _DOUBLES.sub(r"\1", text.replace(" ", ""))
    return _VOWELS_AND_GLIDES.sub("", text)


# Hindi names of places whose sound is not their English name's (गोवा "gova" is Goa), beside
# the index's own Hindi names.
HINDI_NAMES: Final[dict[str, str]] = {
    "गोवा": "goa",
    "राजमुंदरी": "rajahmundry",
    "राजमहेंद्रवरम": "rajahmundry",
    "कर्नूल": "kurnool",
    "बेंगलूरु": "bangalore",
    "बंगलौर": "bangalore",
    "कलकत्ता": "kolkata",
    "बंबई": "mumbai",
    "मद्रास": "chennai",
    "कोचीन": "kochi",
    # old names said in Hindi, as the English aliases they are (Calicut, Waltair, Ooty, Bombay)
    "कालीकट": "calicut",
    "वाल्टेयर": "waltair",
    "वॉल्टेयर": "waltair",
    "ऊटी": "ooty",
    "उटी": "ooty",
    "बॉम्बे": "bombay",
    "बाम्बे": "bombay",
    "बोम्बे": "bombay",
    "बॉम्बे सेंट्रल": "bombay central",
    "बाम्बे सेंट्रल": "bombay central",
    "बॉम्बे वीटी": "vt",
}


class SoundAlike:
    """The built-in stations and aliases by skeleton."""

    def __init__(self) -> None:
        names: dict[str, tuple[str, ...]] = {}
        self._romanized: dict[str, tuple[str, ...]] = {}
        for code, name, *_ in MAJOR_STATIONS:
            key = normalize_name(name)
            names.setdefault(_bare(key), (code,))
            names.setdefault(place_of(key), (code,))
        for alias, codes in ALIASES.items():
            if alias.isascii():
                names[_bare(normalize_name(alias))] = codes
            else:  # the index's Hindi names, as they read once romanised ("हावड़ा": "havda")
                self._romanized[normalize_name(romanize(alias).text)] = codes
                flap = " ".join(flapped(word) for word in alias.split())
                self._romanized[normalize_name(flap)] = codes
        for hindi, english in HINDI_NAMES.items():
            if (known := names.get(normalize_name(english)) or ALIASES.get(english)) is not None:
                self._romanized[normalize_name(romanize(hindi).text)] = known
        self._by_skeleton: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        self._by_loose: dict[str, tuple[str, ...]] = {}
        # The first words of names of several words, as Hindi spells them alike ("hajrat" of
        # Hazrat Nizamuddin, "lokmany" of Lokmanya Tilak Terminus).
        self._first_words: set[str] = set()
        for name, codes in names.items():
            if not name:
                continue
            if " " in name:
                self._first_words.add(loose(name.split()[0]))
            self._by_loose.setdefault(loose(name), codes)
            key = skeleton(name)
            if len(key) >= MIN_SKELETON:
                self._by_skeleton.setdefault(key, []).append((name, codes))

    def named(self, words: str) -> tuple[str, ...]:
        """The codes of the built-in station or city `words` are a Hindi name of (the index's
        Hindi names) or a spelling of that differs only as Hindi and English spell alike
        ("lakhnau", "gvaliyar"); empty when none. Surer than `find`: no consonant guessing."""
        if (codes := self._romanized.get(normalize_name(words))) is not None:
            return codes
        key = loose(words)
        if len(key) >= MIN_SKELETON + 1:
            return self._by_loose.get(key, ())
        return ()

    def starts_name(self, word: str) -> bool:
        """Whether `word` may be the first of a built-in name of several words, spelt as Hindi
        spells it ("हजरत", "hajrat": Hazrat Nizamuddin)."""
        return loose(word) in self._first_words

    def find(self, words: str) -> tuple[str, ...]:
        """The codes of the built-in station or city `words` sound like; empty when none."""
        typed = normalize_name(words)
        if (codes := self._romanized.get(typed)) is not None:
            return codes
        key = loose(words)
        if len(key) >= MIN_SKELETON and (codes := self._by_loose.get(key)) is not None:
            return codes
        key = skeleton(words)
        candidates = self._by_skeleton.get(key) if len(key) >= MIN_SKELETON else None
        if candidates:
            # the same consonant said twice with a vowel between is two: "lalkuan" is not
            # Lucknow (a name may still say one consonant where Hindi says two sounds:
            # "bhuvneshvar" is Bhubaneswar)
            spaced = len(_spaced_skeleton(words))
            candidates = [pair for pair in candidates if len(_spaced_skeleton(pair[0])) >= spaced]
        if not candidates:
            return ()
        score, codes = max(
            ((fuzz.ratio(typed, name), codes) for name, codes in candidates),
            key=lambda pair: pair[0],
        )
        return codes if score >= MIN_SCORE else ()


def _bare(name: str) -> str:
    return " ".join(word for word in name.split() if word != "jn")


def place_of(name: str) -> str:
    """The name without the words that say which of a place's stations it is."""
    return " ".join(word for word in name.split() if word not in _WHICH_STATION)


SOUND_ALIKE: Final = SoundAlike()

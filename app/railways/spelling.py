"""How a place name sounds when Indian English and Hinglish spell it freely: "kanpoor" and
"kanpur", "nagpoor" and "nagpur", "bhopaal" and "bhopal" are one name. Spelling by sound writes
long vowels doubled ("oo", "ee", "aa"), consonants doubled or aspirated at will ("bh", "dh"),
and "w" for "v"; the key folds each of these to one letter, so that a name spelt by ear meets
its usual spelling where an edit distance would find them too far apart."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

# Spellings of one sound, longest first: "oo" is "u", "ee" is "i", "w" is "v", an aspirate its
# plain consonant.
_SAME_SOUND: Final = (
    ("oo", "u"),
    ("ou", "u"),
    ("ee", "i"),
    ("aa", "a"),
    ("ph", "f"),
    ("w", "v"),
    ("z", "j"),
    ("q", "k"),
    ("ck", "k"),
    ("bh", "b"),
    ("dh", "d"),
    ("th", "t"),
    ("kh", "k"),
    ("gh", "g"),
    ("sh", "s"),
    ("y", "i"),
)
_DOUBLED: Final = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=8192)
def sound_key(name: str) -> str:
    """`name` (already normalised: lower case, plain words) as it sounds."""
    key = name
    for spelt, sound in _SAME_SOUND:
        key = key.replace(spelt, sound)
    key = _DOUBLED.sub(r"\1", key)
    return key.removesuffix("h") if len(key) > 4 else key

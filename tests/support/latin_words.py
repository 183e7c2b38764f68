"""What a Hindi reader meets in Latin letters: every Latin-script word of a reply (its text, quick
replies and buttons) that is not a name of a station, a train, a city or a state the railway
gave, nor a code or a number. A status code (CNF, RAC, WL, GNWL, REGRET...) and a weekday or
month written in English are words, not codes: they pass only inside brackets beside their Hindi
word ("वेटिंग 12 (GNWL)", "अब बुकिंग नहीं (REGRET)"). Stricter than `english_leaks`, which lets
every capitalised word through."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, Final

from app.railways.major_stations import MAJOR_STATIONS, SPOKEN_NAMES
from app.railways.models import StatusKind
from app.railways.sample import CITIES, TRAINS

_FIXTURES: Final = Path(__file__).resolve().parent.parent / "fixtures"
# The providers' recorded answers (and the open-data timetable) whose names a reply may repeat.
_NAMED: Final = ("railradar", "irctc1", "railwayapi", "datameet")
# The keys of their answers whose values are names (of stations, trains, cities), besides any
# key with "name" in it; a class's or quota's name ("SLEEPER CLASS", "GENERAL QUOTA") is no
# name a reply may keep, nor are the recordings' made-up rows.
_NAME_KEYS: Final = frozenset({"city"})
_NOT_NAMES: Final = frozenset({"classes", "class", "journey_class", "quota"})
_SMALL_WORDS: Final = frozenset({"and", "of", "the", "to", "in", "on", "at", "by", "for"})
_JUNK: Final = frozenset({"junk row", "Train Without A Schedule", "No Number", "XX-TEST"})
# Words a Hindi reply keeps on purpose: the service's and the provider's names, the ticket's
# PNR, what an operator sets up (the sample-data line), and the button that switches to English.
_KEPT: Final = frozenset(
    {"RailBot", "RailRadar", "RapidAPI", "PNR", "README", "GST", "IRCTC", "In", "English"}
    | {"Rail", "Connect", "RailMadad", "eCatering"}  # the railway's apps, by their names
)
# Words that are English however they are capitalised: a booking's status, days and months.
_ENGLISH_CODES: Final = frozenset(
    {kind.value for kind in StatusKind}
    | {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"}
    | {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}
    | {"HRS", "HR", "MIN", "MINS", "KM", "LB", "MB", "UB", "WS"}
)
_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'.]*")
# What to type or find on a site, quoted for the person ("“reply in english”", "`python -m …`").
_QUOTED: Final = re.compile(r"“[^”]*”|`[^`]*`")
_BRACKETS: Final = re.compile(r"\([^()]*\)")  # a code beside its Hindi word: "वेटिंग 12 (GNWL)"
# A code glossed or defined: "REGRET (अब बुकिंग नहीं)", "REGRET: वेटिंग लिस्ट भर चुकी है".
_GLOSS_AFTER: Final = re.compile(r"\s*(?:\([^)]*|:\s*)[\u0900-\u097f]")
_ADDRESS: Final = re.compile(r"\S+\.(?:in|com|org)\S*|[A-Z]+_[A-Z_]+")  # web addresses, settings


@cache
def name_words() -> frozenset[str]:
    """Every word of a station's, train's, city's or state's name the railway data holds."""
    names: list[str] = [name for _, name, _, _, _ in MAJOR_STATIONS]
    names += [state for _, _, state, _, _ in MAJOR_STATIONS] + list(SPOKEN_NAMES.values())
    names += [sample.train.name for sample in TRAINS.values()] + list(CITIES.values())
    for path in sorted(p for name in _NAMED for p in (_FIXTURES / name).glob("*.json")):
        names += list(_names_in(json.loads(path.read_text())))
    # a name is told in the case the railway's data or RailBot's own tidying gives it; the
    # small words some names hold ("Bhavnagar and Botad") are English in a sentence
    words = {word.rstrip(".'~").lower() for name in names for word in _WORD.findall(name)}
    return frozenset(words - _SMALL_WORDS)


def _names_in(value: Any, key: str = "", parent: str = "") -> Iterator[str]:
    if isinstance(value, dict):
        for inner, item in value.items():
            yield from _names_in(item, inner, key)
    elif isinstance(value, list):
        for item in value:
            yield from _names_in(item, key, parent)
    elif isinstance(value, str) and _is_name(key, parent) and value not in _JUNK:
        yield value


def _is_name(key: str, parent: str) -> bool:
    return (key in _NAME_KEYS or "name" in key.lower()) and parent not in _NOT_NAMES


def titles(message: dict[str, Any]) -> list[str]:
    """The titles of a message's quick replies and of its template's buttons."""
    found = [quick["title"] for quick in message.get("quick_replies", [])]
    payload = message.get("attachment", {}).get("payload", {})
    buttons = [*payload.get("buttons", [])]
    for element in payload.get("elements", []):
        buttons += element.get("buttons", [])
    return found + [button["title"] for button in buttons if "title" in button]


def latin_words(message: dict[str, Any]) -> list[str]:
    """The Latin-script words of `message` a Hindi reader should not meet (see the module)."""
    payload = message.get("attachment", {}).get("payload", {})
    texts = [message.get("text", ""), payload.get("text", ""), *titles(message)]
    return [word for text in texts for word in _words_of(text)]


def _words_of(text: str) -> Iterator[str]:
    bare = _ADDRESS.sub(" ", _QUOTED.sub(" ", text))
    brackets = [(match.start(), match.end()) for match in _BRACKETS.finditer(bare)]
    for match in _WORD.finditer(bare):
        word = match.group().rstrip(".'")
        if word.upper() in _ENGLISH_CODES:
            inside = any(start < match.start() < end for start, end in brackets)
            if not inside and _GLOSS_AFTER.match(bare, match.end()) is None:
                yield word
        elif not _allowed(word) and not _cut_name(word, bare, match.end()):
            yield word


def _cut_name(word: str, text: str, end: int) -> bool:
    """Whether `word` is a name cut short to fit a button ("12951 Mumbai Rajdha…")."""
    return text.startswith("…", end) and any(name.startswith(word.lower()) for name in name_words())


def _allowed(word: str) -> bool:
    """A name's word, a code (capitals, ≤ 5 letters, maybe with digits), or a word kept."""
    if word in _KEPT or word.lower() in name_words():
        return True
    return word.isupper() and len(word) <= 5

"""The words a message wrote for a place that stands for several stations ("delhi" in "delhi se
mumbai"), kept on its request, so that "Which Delhi station?" says the place as the traveller
wrote it, and no handler reads the message's text."""

from __future__ import annotations

import itertools
import re
from typing import Final, TypeVar

from app.bot.format import station_name
from app.bot.requests import Request
from app.bot.understanding.lexicon import NOT_PLACES, POLITE_WORDS
from app.railways.stations import StationIndex
from app.railways.vocabulary import StationCode

R = TypeVar("R", bound=Request)

# How many stations a "which one?" question offers.
MAX_CHOICES: Final = 5
# The slots that hold a place's stations.
_PLACE_SLOTS: Final = ("from", "to", "station")
# Words around a place that are never one ("sir" of "Sir M. Visvesvaraya Terminal").
_NOT_PLACE_WORDS: Final = POLITE_WORDS | frozenset(
    {"sir", "sirji", "ji", "madam", "mam", "maam", "bhaiya", "bro", "yaar", "dost", "boss",
     "janab", "huzoor"}
)


def with_place_words(request: R, text: str, index: StationIndex) -> R:
    """`request` with the words `text` wrote for each of its places of several stations."""
    found: list[tuple[str, str]] = []
    for slot in _PLACE_SLOTS:
        field = request.field_of(slot)
        value = getattr(request, field, None) if field is not None else None
        if not isinstance(value, tuple) or len(value) < 2:
            continue
        words = place_words(text, index, [StationCode(code) for code in value[:MAX_CHOICES]])
        if words is not None:
            found.append((slot, words))
    if tuple(found) == request.places:
        return request
    return request.model_copy(update={"places": tuple(found)})


def place_words(text: str, index: StationIndex, candidates: list[StationCode]) -> str | None:
    """The words the user wrote for an ambiguous place ("delhi" in "delhi se mumbai")."""
    words: list[str] = [w for w in re.findall(r"[^\W\d_]+", text.lower())[:24] if len(w) >= 3]
    phrases = [
        f"{a} {b}" for a, b in itertools.pairwise(words) if {a, b}.isdisjoint(NOT_PLACES)
    ] + [w for w in words if w not in NOT_PLACES]
    phrases = [phrase for phrase in phrases if not set(phrase.split()) & _NOT_PLACE_WORDS]
    names = [station_name(index, code).lower() for code in candidates]
    wanted = set(candidates)
    for phrase in phrases:
        pattern = re.compile(rf"\b{re.escape(phrase)}\b")
        # Only words that name the place: never "Sir" for "Sir M. Visvesvaraya Terminal".
        named = any(pattern.search(name) for name in names)
        if named and wanted.intersection(index.resolve(phrase, limit=MAX_CHOICES)):
            return phrase.title()
    for phrase in phrases[:8]:
        # Only a name the index knows as written: a typo ("chenai") is never echoed back.
        found = [match.station.code for match in index.by_name(phrase)[:MAX_CHOICES]]
        if found and found[0] in wanted and len(wanted.intersection(found)) >= 2:
            return phrase.title()
    return None

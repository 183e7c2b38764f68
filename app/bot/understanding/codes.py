"""A station's code asked in so many words, either way round: what a code typed or spelt stands
for ("GWL कहाँ है", "बीएसपी से मतलब", "KTE कहां पड़ता है"), and how a station's name is written
as a code ("रेलवे में झांसी को कैसे लिखते हैं", "मथुरा का कोड कितना है").

Words are compared as the understanding reads them (lower case, Devanagari romanised), so a
question word in either script asks the same.
"""

from __future__ import annotations

from typing import Final

from app.bot.requests.base import Intent
from app.bot.understanding.lexicon import word_set
from app.bot.understanding.members import (
    FARE,
    HINT_TICKET,
    HINT_TRAIN,
    HINT_TRAINS,
    STATION_BY_NAME,
)
from app.bot.understanding.reading import Item, Parse

# Where a place is, or what it is: asked of a code, the station it stands for.
_WHERE_OR_WHAT: Final = word_set(
    "kahan kaha kahaan kahâ kidhar kidhr jagah jageh jile jila zila zile shahar shaher sheher"
    " sthit located padta padti matlab matlb mtlb arth pura poora full naam nam kiska kiski"
    " bolte kahte kehte where whr wher whare located location"
)
# What is printed on a ticket ("टिकट पर NZM लिखा है"): the ticket is where the code was read.
_PRINTED: Final = word_set(
    "likha likhi likhe likhaa printed chhapa chapa says shows showing written mentioned"
)
# Keywords such a question may hold besides: "kahan" is read as a train's whereabouts, "jagah"
# as a seat, "naam" and "kaun sa station" as the code's station.
_SHARED: Final = frozenset(
    {Intent.LIVE_STATUS, Intent.SEAT_AVAILABILITY, Intent.STATION_BY_CODE, Intent.STATION_BY_NAME}
)
# A platform or a train at the station asks something else ("NDLS pe platform kahan hai").
_ELSEWHERE: Final = word_set("platform pf train trains gadi gaadi gaadiyan rail coach")
# Writing a name ("kaise likhte", "kya likha jata", "kya kahte hain") ...
_WRITING: Final = word_set(
    "likhte likhe likhen likhein likha likhi likhu likhun likhenge likhta likhti likhna kahte"
    " kehte kahate bolte"
)
# ... said of the railway's way of writing it: its code, its short form, its own language.
_RAILWAY_WRITING: Final = word_set(
    "code kod relve railway railwe rail irctc short shart bhasha booking ticket tikat"
)
# Words that make "how much" a price, not the code's "kitna" ("मथुरा का कोड कितना है").
_PRICE: Final = word_set(
    "fare kiraya kiraaya bhada bhaada price rate charge charges kharcha dam daam keemat ticket"
    " tikat rupaye paise"
)


def _in_its_city(places: list[Item]) -> list[Item]:
    """The places said, a city named beside a code of one of its stations left out: "LTT ...
    ये मुंबई में किधर है" asks where in Mumbai LTT is, one code asked of."""
    found = [item.place for item in places if item.place is not None]
    if len(found) != 2 or [place.reason for place in found].count("code") != 1:
        return places
    code, city = sorted(found, key=lambda place: place.reason != "code")
    if code.codes[0] not in city.codes:
        return places
    return [item for item in places if item.place is code]


def _one_place(p: Parse, places: list[Item]) -> Item | None:
    if len(places) != 1 or p.train is not None or p.pnr is not None:
        return None
    if p.date is not None or p.hours is not None or p.travel_class or p.quota:
        return None
    return places[0]


def code_place_asked(p: Parse, places: list[Item]) -> bool:
    """Whether a station code, typed or spelt letter by letter, is asked where it is or what
    place it is ("GWL कहाँ है", "एलटीटी कहां है", "जेयू से क्या मतलब है", "STA किस जिले में
    है"): the code's station, never a train's whereabouts or a seat."""
    place = _one_place(p, _in_its_city(places))
    if place is None or place.place is None or place.place.reason != "code":
        return False
    if not p.intents <= _SHARED or not p.hints.isdisjoint({HINT_TRAIN, HINT_TRAINS}):
        return False
    if HINT_TICKET in p.hints and p.words.isdisjoint(_PRINTED):
        return False
    return not p.words.isdisjoint(_WHERE_OR_WHAT) and p.words.isdisjoint(_ELSEWHERE)


def code_spelling_asked(p: Parse, places: list[Item]) -> bool:
    """Whether a station's name is asked how the railway writes it ("रेलवे में झांसी को कैसे
    लिखते हैं", "गोरखपुर को शॉर्ट में कैसे लिखें", "अलीगढ़ को रेलवे की भाषा में क्या कहते हैं")
    or what its code comes to ("मथुरा के स्टेशन का कोड कितना है"): the station's code."""
    place = _one_place(p, places)
    if place is None or place.place is None or place.place.reason == "code":
        return False
    if not p.words.isdisjoint(_WRITING) and not p.words.isdisjoint(_RAILWAY_WRITING):
        return True
    return STATION_BY_NAME in p.intents and FARE in p.intents and p.words.isdisjoint(_PRICE)

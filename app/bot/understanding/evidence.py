"""What a railway reading of a message rests on: evidence of railways, or only words that every
topic has.

Some of the words railway questions are read by are everyday words too: a time or a person's
reaching ("abhi", "अभी", "late", "लेट", "pahunchta") is any topic's, and among 8,990 stations
many a small one is named or coded like a word ("Krishna", "Kundli", "Paani", "Uthi"; a word
near a station's name, "bharat" for Bharatpur). A reading that rests on such words and nothing
else is weak: "भारत के अभी के राष्ट्रपति कौन हैं" is not Bharatpur's departures, "मेरा बेटा
क्लास में हमेशा लेट पहुंचता है" not a train's running status. Railway evidence is what such
words never are: a PNR, a train by number or name, a class or a quota, a railway word ("train",
"gaadi", "station", "irctc"), a verb of a train's run ("kab chalegi"), a keyword of railways'
own ("departures", "arrival board"), a station said as a journey's end or start ("bharatpur
se", "to goa", "reach ajmer", "delhi mumbai"), a station code typed in capitals, words pointing
back at the train in hand ("uski timing"), or what `intents.railway_own` finds once the loose
places are left out. A weak reading is weighed by the classifier without its everyday words
(`everyday_words`), and its reading outside railways, when sure, wins (`message`).
"""

from __future__ import annotations

from typing import Final

from app.bot.requests import Intent
from app.bot.understanding import lexicon as lx
from app.bot.understanding.classifier import words_read
from app.bot.understanding.intents import railway_own
from app.bot.understanding.members import (
    CONN_BETWEEN,
    CONN_DST,
    CONN_FROM,
    CONN_PAIR,
    CONN_SRC,
    CONN_TO,
    CONN_VIA,
    HINT_TRAIN,
    HINT_TRAINS,
)
from app.bot.understanding.reading import Item, Parse
from app.railways.stations import StationIndex

# Connectors that make a place a journey's end or start ("se", "to", "tak", "from", "via").
_JOURNEY: Final = frozenset(
    {CONN_FROM, CONN_TO, CONN_SRC, CONN_DST, CONN_BETWEEN, CONN_PAIR, CONN_VIA}
)
# Words of going and reaching: a place beside one is where a journey goes ("need to reach
# ajmer", "want go delhi", "raste me bhopal padta hai").
_GOING: Final = lx.GO_WORDS | lx.REACHING | lx.ARRIVAL_WORDS | lx.COMES_ON_THE_WAY
_TRAIN_HINTS: Final = frozenset({HINT_TRAIN, HINT_TRAINS})
# Verbs of a train's run and leaving ("chalegi", "niklegi", "chhutegi", "depart"): the train in
# hand asked about, though no train is named.
_RUNNING: Final = lx.RUN_VERBS | lx.LEAVING_NOW
# Words pointing back at what was said ("uski", "iska", "it"): the train or journey in hand;
# "इस" and "उस" read as "is" and "us", which English sentences have without pointing back.
_POINTING: Final = lx.REFERRING_READ - {"is", "us"}
# Intents that are no reading of railway words: not understood (weighed its own way,
# `message`), small talk, settings, alerts kept for a PNR, outside railways, a railway word
# explained, and what RailBot cannot do (read from a task's own words: "refund", "शिकायत").
_NO_READING: Final = frozenset(
    {
        Intent.UNKNOWN,
        Intent.GREETING,
        Intent.THANKS,
        Intent.HELP,
        Intent.LANGUAGE,
        Intent.FORGET_ME,
        Intent.ALERT_SUBSCRIBE,
        Intent.ALERT_LIST,
        Intent.ALERT_STOP,
        Intent.OUT_OF_SCOPE,
        Intent.EXPLAIN,
        Intent.CANNOT_DO,
    }
)
# Words of a station's board ("arrival board", "departures"): railways' own, though a time's.
_BOARD_WORDS: Final = lx.word_set("arrival arrivals arriving departure departures eta")
# A person's reaching: a train is "she" in Hindi ("gaadi pahunchti hai"), so one who "pahunchta"
# is a person ("बेटा क्लास में लेट पहुंचता है"), never a train.
_REACHING_HE: Final = lx.word_set("pahunchta pahunchata pahuchta pahuchata pohchta")
# Times, and a person's reaching: any topic's words ("abhi", "late", "samay", "subah",
# "pahunchta"), never railway evidence alone.
_EVERYDAY_KEYWORDS: Final = (
    lx.NOW_WORDS
    | lx.LATE_WORDS
    | lx.TIME_WORDS
    | frozenset[str]().union(*lx.DAY_PART_WORDS.values())
    | _REACHING_HE
) - _BOARD_WORDS


def rests_on_everyday_words(intent: Intent, parse: Parse, index: StationIndex) -> bool:
    """Whether the message, read as the railway question `intent`, rests on everyday words (a
    time, a day, a person's reaching, a place named like a word) and holds no railway evidence,
    nor points back at a train in hand."""
    if intent in _NO_READING:
        return False
    said = (parse.pnr, parse.train, parse.train_name, parse.travel_class, parse.quota)
    if any(value is not None for value in said) or parse.pnrs or parse.trains:
        return False
    if parse.hints & _TRAIN_HINTS or not parse.words.isdisjoint(lx.RAILWAY_WORDS):
        return False
    if not parse.words.isdisjoint(_RUNNING):
        return False  # "आज कब चलेगी?": when the train in hand runs
    items = parse.items
    keywords = [item for item in items if item.kind == "intent"]
    if not all(map(_everyday, keywords)):
        return False  # a keyword of railways' own ("departures", "arrival board")
    if any(item.kind == "place" and _on_a_journey(parse, at) for at, item in enumerate(items)):
        return False
    if not parse.words.isdisjoint(_POINTING):
        return False  # "uski timing batao": the train in hand, pointed back at
    loose = any(_loose(item, index) for item in parse.places)
    if not keywords and not loose and parse.date is None:
        return False  # "kota kitne km hai": a known city asked about, nothing everyday
    return not railway_own(parse.without_places())


def everyday_words(parse: Parse) -> frozenset[str]:
    """The words a weak reading rests on (`rests_on_everyday_words`): its times and a person's
    reaching, its places and its day ("abhi", "late", "bharat", "kal"). Every topic has them, so
    the classifier weighs the message without them: what is left says what it is about ("ke
    rashtrapti kaun hain")."""
    said = [item for item in parse.items if item.kind in _EVERYDAY_KINDS]
    words = {word for item in said for word in item.words}
    if parse.date is not None:
        words.update(words_read(parse.date.word))
    return frozenset(words)


# The kinds of items a weak reading rests on: its (everyday) keywords and its places.
_EVERYDAY_KINDS: Final = frozenset({"intent", "place"})


def _everyday(keyword: Item) -> bool:
    """Whether a keyword the rules read is only a time or a person's reaching, which every topic
    has ("abhi", "late", "der", "time", "pahunchta")."""
    return set(keyword.words) <= _EVERYDAY_KEYWORDS


def _loose(place: Item, index: StationIndex) -> bool:
    """Whether a place is found only as a word may be: near a name ("bharat" for Bharatpur), or
    the name or lowercase code of a small station ("krishna", "paani", "uthi")."""
    found = place.place
    if found is None or found.reason == "fuzzy":
        return True
    return found.reason == "code" or not any(map(index.is_major, found.codes))


def _on_a_journey(parse: Parse, at: int) -> bool:
    """Whether the place at `at` is said as a journey's end or start: a connector of a journey,
    a word of going or another place right beside it ("bharatpur se", "to goa", "reach ajmer",
    "delhi mumbai"), or typed as a station code in capitals."""
    item = parse.items[at]
    if item.place is not None and item.place.reason == "code" and parse.words_of(item).isupper():
        return True
    return any(_journey_word(_beside(parse.items, at, step)) for step in (-1, 1))


def _beside(items: list[Item], at: int, step: int) -> Item | None:
    """The item next to `at` in the direction `step`, separators skipped."""
    at += step
    while 0 <= at < len(items) and items[at].kind == "sep":
        at += step
    return items[at] if 0 <= at < len(items) else None


def _journey_word(item: Item | None) -> bool:
    if item is None:
        return False
    if item.kind == "conn":
        return item.value in _JOURNEY
    return item.kind == "place" or not _GOING.isdisjoint(item.words)

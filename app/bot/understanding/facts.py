"""Questions about a train's facts, which its timetable answers: how long it takes ("how long
does 12627 take", "kitna time lagta hai"), when it is due at a station ("what time does 12627
leave bhopal", "भोपाल कब पहुँचती है"), which classes it has ("12639 me first ac hai kya"), which
days it runs ("does 12627 run on sunday", "kis din chalti hai"); and what no source gives (its
coach position, a pantry car), which the answer says so.

Timetable or today's run is decided from the words: a verb of habit ("pahunchti hai", "does it
leave") asks the timetable; a future or today's words ("kab pahunchegi", "will it reach",
"abhi") ask where today's run is, which live status answers.
"""

from __future__ import annotations

import re
from typing import Final

from app.bot.requests.base import Intent
from app.bot.requests.trains import Fact, Moment
from app.bot.understanding import lexicon as lx
from app.bot.understanding.dates import WEEKDAYS
from app.bot.understanding.members import (
    CONN_DST,
    CONN_FROM,
    CONN_SRC,
    CONN_TO,
    FARE,
    HINT_STATUS,
    LIVE_STATUS,
    SEAT_AVAILABILITY,
    TRAIN_ROUTE,
)
from app.bot.understanding.reading import Item, Parse
from app.bot.understanding.topics import food_asked_of_a_train, task

_CHANGES: Final = frozenset({Intent.CANCELLED_TRAINS, Intent.RESCHEDULED_TRAINS})
_RUNNING: Final = frozenset({"running"})  # "is 12007 running today", not "running late"
_TWICE_WHEN: Final = re.compile(r"\bkab\s+kab\b")  # "kab kab chalti hai": on which days
# Standing since when ("kitni der se khadi hai", "कितनी देर से खड़ी है"): where the run is now,
# not how long the timetable's halt lasts.
_STANDING_SINCE: Final = re.compile(r"(?:\bder|\bdeir|देर|\bkab|कब)\s+(?:se\b|से)", re.IGNORECASE)
# "how long at itarsi?", "how long is it at kota": the halt there, the stop said right after;
# not "how long to get to kota" nor "how long does it take to reach at kota".
_HALT_AT: Final = re.compile(
    r"^\W*(?:and\s+|so\s+)?how\s+long\s+(?:(?:is\s+it|will\s+it\s+be|does\s+it\s+stay|"
    r"will\s+it\s+stay|does\s+it\s+stand)\s+)?(?:at|in)\s+[^\W\d]+(?:\s+[^\W\d]+){0,2}\W*$",
    re.IGNORECASE,
)
_NOT_A_HALT: Final = frozenset({"to", "reach", "reaching", "take", "takes", "get", "travel"})
_MINE: Final = lx.PERSONAL_WORDS - {"me"}  # "me" is also "in" ("12639 me first ac")
# Words of the questions themselves, never a station's name ("ko kitna samay": not Katni).
_ASKING: Final = frozenset(
    word
    for groups in (lx.DURATION_GROUPS, lx.CLOCK_GROUPS, lx.DAYS_GROUPS)
    for group in groups
    for word in group
) | {"kitna", "kitne", "kitni", "kab", "kis"}
# Words that make "running" a train's live status ("running status", "रनिंग स्थिति").
# Words that ask how a run goes, not whether it runs: its status, its place, how it is running
# ("hows 12020 running today", "12020 aaj kaisi chal rahi hai").
_RUN_STATUS: Final = frozenset(
    {"status", "sts", "stats", "sthiti", "stithi", "position", "location", "live", "spot", "how",
     "hows", "kaisi", "kaise"}
)  # fmt: skip

# Words that ask after a run under way, not whether it runs that day ("yesterday's 12506 still
# running? where is it", "kal wali 12801 abhi bhi running hai kya"): where it is.
_RUN_GOING: Final = frozenset(
    {"still", "yet", "abhi", "abhitak", "now", "currently", "where", "whr", "kahan", "kaha",
     "kahaan", "kidhar", "अभी", "कहाँ", "कहां"}
)  # fmt: skip


def _refers_back(p: Parse) -> bool:
    """Whether a word points back at the train in hand ("iska", "इस ट्रेन", "it"): "is" and
    "us" do only as Devanagari read ("इस", "उस"), never as the English words ("which trains are
    there and is sleeper available")."""
    said = p.words & lx.REFERRING_READ
    return bool(said if p.romanized is not None else said - _ENGLISH_TOO)


# Devanagari pointing words that read as English words once romanised.
_ENGLISH_TOO: Final = frozenset({"is", "us"})


def _how_far_a_stop_alone(p: Parse, places: list[Item]) -> bool:
    """Whether the message only asks how far one station is ("कोटा कितनी दूर है", "how far is
    kota", "kota kitne km hai"), nothing of where from: a train's way there, the train asked
    (or the one in hand); never a road's or a place's ("yahan se", "ghar se", "beach")."""
    if len(places) != 1 or places[0].kind != "place" or not _DISTANCE.said_in(p.words):
        return False
    return p.words - set(places[0].words) <= _HOW_FAR_SAID


def _where_a_coach_stands(p: Parse) -> bool:
    """Whether the message asks where a coach stops on the platform ("where will coach S6
    stop?", "S6 coach kahan rukega?", "S6 डिब्बा कहाँ रुकेगा?"): the coach position, never
    the train's route or where the train is."""
    words = p.words
    coach = not words.isdisjoint(_COACH_SAID) or any(_COACH_CODE.fullmatch(w) for w in words)
    return coach and not words.isdisjoint(_WHERE_IT_STANDS) and not p.places and p.pnr is None


_COACH_SAID: Final = frozenset(
    {"coach", "dabba", "dibba", "dabbe", "dibbe", "bogie", "bogi", "boggy", "compartment"}
)
# A coach's number as the ticket prints it ("S6", "B2", "A1", "H1", "C3", "E1", "D4", "M2").
_COACH_CODE: Final = re.compile(r"[sbahcedmg][1-9]\d?")
# Where a coach stands, or stops ("where", "kahan rukega", "कहाँ आएगा", "position").
_WHERE_IT_STANDS: Final = frozenset(
    {"where", "kahan", "kaha", "kahaan", "kidhar", "kaham", "stop", "stops", "halt", "rukega",
     "rukegi", "rukta", "rukti", "ruke", "aayega", "ayega", "aata", "lagega", "lagta", "position",
     "stand", "stands", "standing", "khada", "khadi", "कहाँ", "कहां", "रुकेगा", "रुकेगी", "आएगा",
     "लगेगा", "खड़ा"}
)  # fmt: skip


# What "how far is <station>" may say besides the station.
_HOW_FAR_SAID: Final = frozenset(
    {"how", "far", "is", "it", "kitni", "kitna", "kitne", "door", "dur", "doori", "duri", "hai",
     "h", "he", "km", "kms", "distance", "the", "station", "stn", "tak", "ka", "ki", "ke", "aur",
     "and", "what", "whats", "kya"}
)  # fmt: skip


def asked_fact(p: Parse) -> Fact | None:
    """The fact about a train the message asks, or None when it asks something else."""
    words = p.words
    if p.pnr is not None or not p.intents.isdisjoint(_CHANGES):
        return None  # "kal nahi chalegi kya", "is it cancelled on sunday": the railway's changes
    if lx.HOW_LATE_SAID.said_in(words):
        return None  # "how far behind is 12724", "kitne ghante pichhe": its delay today
    coaches = _COACH.said_in(words) and FARE not in p.intents  # not "डिब्बे का ... कितने का"
    coaches = coaches or _where_a_coach_stands(p)
    if (not words.isdisjoint(lx.PANTRY_WORDS) or coaches) and task(p) in (None, "food"):
        # "does 12627 have a pantry", "coach position": not "complaint against pantry"
        return "pantry" if not words.isdisjoint(lx.PANTRY_WORDS) else "coaches"
    if food_asked_of_a_train(p):
        return "pantry"  # "does 12951 give food", "12301 में खाना मिलता है?": its meals, pantry
    places = fact_places(p)
    numbered = p.train is not None or p.train_name is not None
    if not numbered and not words.isdisjoint(lx.PLURAL_TRAINS) and not _refers_back(p):
        return None  # "trains with changed departure time": a list of trains, no train's facts
    if _STOP_COUNT.said_in(words) and (numbered or len(places) != 1 or _refers_back(p)):
        return "stops"  # "how many stops", "kitne stops hai"; not "how many stations in pune"
    many = not words.isdisjoint(_MANY_STATIONS) or _which_all(p.raw)
    if _NEXT_HALT.said_in(words) and len(places) == 1 and not many:
        return "next"  # "bhopal ke baad kaunsa station", "what's the station after bhopal"
    if _PREVIOUS_HALT.said_in(words) and len(places) == 1 and not many:
        return "previous"  # "bhopal se pehle kaunsa station", "which station before bhopal"
    halted = _HALT.said_in(words) or (
        len(places) == 1 and _HALT_AT.search(p.raw) is not None and words.isdisjoint(_NOT_A_HALT)
    )
    if halted and not _STANDING_SINCE.search(p.raw):
        # "how long does 12627 halt at bhopal", "kitni der rukti hai"; of the train and station
        # in hand when the message names neither ("how long does it halt there")
        return "halt"
    if not numbered and _how_far_a_stop_alone(p, places):
        return "distance"  # "कोटा कितनी दूर है", "how far is kota": of a train, asked which
    if not (numbered or not places or _refers_back(p)):
        # "how long from delhi to mumbai": a journey, the trains between answer it; but "delhi
        # kab pahunchti hai" asks the timetable of the train in hand
        habit = len(places) == 1 and words.isdisjoint(lx.PLURAL_TRAINS) and _times(p, True, 1)
        return "times" if habit and not words.isdisjoint(_HABIT) else None
    if numbered and _DISTANCE.said_in(words):
        return "distance"  # "12627 ka distance kitna hai", "kitne km chalti hai"
    if (
        _DURATION.said_in(words)
        and not _time_left(p)
        and task(p) is None
        and words.isdisjoint(lx.LATE_WORDS)
        and not lx.HOW_LATE_SAID.said_in(words)  # "kitne ghante pichhe", "hours behind"
    ):
        return "duration"  # not "is samay kitna vilamb", "how long is the delay": its run
    route = TRAIN_ROUTE in p.intents  # "shuru se aakhir tak kahan kahan rukti hai"
    ends = _ENDS.said_in(words) and not route
    # "kahan tak pahunchi": where today's run is, not where the train goes
    ends = ends and words.isdisjoint(lx.RUN_NOW) and not lx.REACHED_SAID.said_in(words)
    if (numbered or _refers_back(p)) and not places and ends:
        # "12627 ka last station", "kahan se chalti hai", "ye train kahan se kahan tak jaati
        # hai": its ends, of the train in hand when none is named
        return "times"
    if _DAYS.said_in(words) or _TWICE_WHEN.search(p.raw):
        return "days"
    if _times(p, numbered, len(places)):
        return "times"
    if _classes(p, numbered, len(places)):
        return "classes"
    late = words & lx.LATE_WORDS or lx.LATE_SAID.said_in(words)
    told = _run_told(p)
    if p.date is not None and not words.isdisjoint(lx.RUN_VERBS) and not late and not told:
        return "days"  # "does 12627 run on sunday", "रविवार को चलती है", "kal chalegi?"
    # "is 12007 running today": whether it runs that day, yes or no; "running status of 12951
    # today" is where it is
    running = words & _RUNNING and words.isdisjoint(_RUN_STATUS) and words.isdisjoint(_RUN_GOING)
    if numbered and p.date is not None and running and not late:
        return "days"
    if numbered and not words.isdisjoint(WEEKDAYS.keys()) and not words.isdisjoint(lx.RUN_VERBS):
        return "days"
    if numbered and p.date is not None and _TAKEN.said_in(words) and not late:
        return "days"  # "can I take 12007 on friday": whether it runs that day
    return None


def _run_told(p: Parse) -> bool:
    """Whether the train's run that day is only told, to say which train a question is of ("जो
    12566 कल चलेगी उसमें स्लीपर में कितनी वेटिंग है", "jo 12566 kal chalegi usme seat hai"): a
    "jo" clause taken up by "us"/"vo", and seats or a fare asked."""
    words = p.words
    told = "jo" in words and not words.isdisjoint(_TAKEN_UP)
    return told and not p.intents.isdisjoint({SEAT_AVAILABILITY, FARE})


# What takes up a "jo" clause's train ("jo 12566 kal chalegi usme ...", "... vo kitne ki hai").
_TAKEN_UP: Final = frozenset(
    {"usmen", "usme", "usmein", "usmain", "us", "uska", "uski", "uske", "vo", "wo", "woh", "voh"}
)


def asks_ends(words: frozenset[str]) -> bool:
    """Whether a message's words ask where a train runs from and to ("where does go",
    "kahan se kahan tak jaati hai", "कहाँ तक जाती है"), not where its run is now."""
    return _ENDS.said_in(words) and words.isdisjoint(lx.RUN_NOW)


def asks_daily(p: Parse) -> bool:
    """Whether a question of a train's days asks if it runs every day ("does it run daily",
    "roz chalti hai?", "क्या ये रोज़ चलती है"), no day named."""
    return p.date is None and _DAILY.said_in(p.words)


def asks_any_ac(p: Parse) -> bool:
    """Whether a question of a train's classes asks if it has any AC class ("12639 me ac hai
    kya", "does 12639 have ac", "क्या 12639 में एसी है"), no class named."""
    return p.travel_class is None and "ac" in p.words and not p.words.isdisjoint(lx.HAS_WORDS)


def fact_places(p: Parse) -> list[Item]:
    """The places a fact question names: not a word of the question read as a place."""
    return [
        item
        for item in p.places
        if item.role != "via" and not (len(item.words) == 1 and item.words[0] in _ASKING)
    ]


def moment_asked(p: Parse) -> Moment | None:
    """Whether a question about a train's times at a station asks its arrival or departure."""
    arrives = not p.words.isdisjoint(lx.ARRIVES_HABIT)
    leaves = not p.words.isdisjoint(lx.LEAVES_HABIT)
    if arrives == leaves:
        return None
    return "arrival" if arrives else "departure"


def one_place_slot(p: Parse, place: Item) -> str:
    """The slot of the one place a fact question names: where the train goes ("to bhopal",
    "bhopal tak"), where it starts ("bhopal se"), else the station asked about. Only the words
    beside the place say so: in "office se aa raha hun, 12002 bhopal kab pahunchti hai" the "se"
    is the office's."""
    at = p.items.index(place)
    before, after = _beside(p.items, at, -1), _beside(p.items, at, 1)
    if before == CONN_TO and _train_gets_to(p, at):
        return "station"  # "what time does it get to kota": when it reaches Kota, as "reach kota"
    if before == CONN_TO or after == CONN_DST:
        return "to"
    if after == CONN_SRC and _said_next(p.items, at, 2) in _BEFORE:
        return "station"  # "bhopal se pehle kaunsa station": the "se" of "before"
    if before == CONN_FROM or after == CONN_SRC:
        return "from"
    return "station"


def _train_gets_to(p: Parse, at: int) -> bool:
    """Whether the "to" before items[at] is a train's getting there ("does it get to kota",
    "when will 12952 get to kota", which reading heard as reaching it), not where it runs to."""
    if "reach" not in p.words:
        return False
    at -= 1
    while at >= 0 and p.items[at].kind == "stop":
        at -= 1
    at -= 1  # past the "to"
    return at >= 0 and bool(p.items[at].words) and p.items[at].words[-1] in _GET


# "Get" of a train getting to a place ("does it get to kota").
_GET: Final = frozenset({"get", "gets"})


# "Before", after the "se" of a place ("bhopal se pehle", "भोपाल से पहले").
_BEFORE: Final = frozenset({"pehle", "pahle", "phle", "pehele"})


def _said_next(items: list[Item], at: int, count: int) -> str:
    """The first word of the `count`th item after items[at], past filler ("" past the end)."""
    for _ in range(count):
        at += 1
        while at < len(items) and items[at].kind == "stop" and not set(items[at].words) & _BEFORE:
            at += 1
    return items[at].words[0] if at < len(items) and items[at].words else ""


def _beside(items: list[Item], at: int, step: int) -> str:
    """The connector next to items[at] on one side, past filler, or ""."""
    at += step
    while 0 <= at < len(items) and items[at].kind == "stop":
        at += step
    if 0 <= at < len(items) and items[at].kind == "conn":
        return items[at].value
    return ""


def _time_left(p: Parse) -> bool:
    """Whether "how long" asks the time left of the run under way ("abhi kitna time", "aur kitni
    der"), not how long the train takes."""
    return not p.words.isdisjoint(lx.DURATION_LIVE) or lx.DURATION_MORE.search(p.raw) is not None


_COACH: Final = lx.Phrases(lx.COACH_GROUPS)
_HALT: Final = lx.Phrases(lx.HALT_GROUPS)
_DISTANCE: Final = lx.Phrases(lx.DISTANCE_GROUPS)
_DURATION: Final = lx.Phrases(lx.DURATION_GROUPS)
_ENDS: Final = lx.Phrases(lx.ENDS_GROUPS)
_DAYS: Final = lx.Phrases(lx.DAYS_GROUPS)
_DAILY: Final = lx.Phrases(lx.DAILY_GROUPS)
_TAKEN: Final = lx.Phrases(lx.TAKE_ON_A_DAY_GROUPS)
_NEXT_HALT: Final = lx.Phrases(lx.NEXT_HALT_GROUPS)
_PREVIOUS_HALT: Final = lx.Phrases(lx.PREVIOUS_HALT_GROUPS)
_STOP_COUNT: Final = lx.Phrases(lx.STOP_COUNT_GROUPS)
# Stations asked of a stretch ("stations after bhopal", "baad ke saare station"): its route.
_MANY_STATIONS: Final = frozenset({"stations", "stns", "saare", "sare", "sab", "all"})
# "kaun kaun se station", "कौन कौन से": which ones, many of them.
_WHICH_ALL: Final = re.compile(r"\b(kaun|kon|कौन)\s+\1\b")


def _which_all(raw: str) -> bool:
    """ "kaun kaun se stations", "कौन कौन": every one asked (searched only when a word of it is)."""
    if "kaun" not in raw and "kon" not in raw and "कौन" not in raw:
        return False
    return _WHICH_ALL.search(raw) is not None


def _times(p: Parse, numbered: bool, places: int) -> bool:
    """ "what time does 12627 leave bhopal", "bhopal kitne baje pahunchti hai", "12627 bhopal
    timing": the timetable's times, not today's run."""
    words = p.words
    clock = lx.CLOCK_SAID.said_in(words)
    if not words.isdisjoint(lx.RUN_NOW) or (lx.LATE_SAID.said_in(words) and not clock):
        return False  # "kab pahunchegi", "on time hai kya": today's run; not "kis time pe"
    if _THIS_MOMENT.search(p.raw) is not None:
        return False  # "12246 इस समय किस स्टेशन पर है": where it is now, not "kis samay"
    if not words.isdisjoint(_PAST_RUN):
        return False  # "when did 12627 reach guntakal": a run that got there, not the timetable
    if lx.DURATION_MORE.search(p.raw) is not None:
        return False  # "bhopal pahunchne me kitna time aur lagega": the time left of today's run
    if clock:
        # "what time?", "कितने बजे?": of the train and station in hand
        return numbered or not places or not words.isdisjoint(_HABIT)
    habit = words & _HABIT
    if habit and not words.isdisjoint(_WHEN):
        return words.isdisjoint(lx.ALERT_TELL)  # "tell me when 12627 reaches": when it happens
    if not (numbered or places) and not words.isdisjoint(lx.TIMING_WORDS) and _refers_back(p):
        # "uska time kya hai", "इसका समय क्या है": the timings of the train in hand; not "इस समय
        # कहाँ है" (where it is at this time)
        return LIVE_STATUS not in p.intents
    return numbered and places == 1 and not words.isdisjoint(lx.TIMING_WORDS)


# A run's arrival or departure said in the past ("when did it reach", "what time it reached"):
# a run that got there, never the timetable's times.
_PAST_RUN: Final = frozenset({"did", "reached", "arrived", "departed"})
# "At this time" ("is samay", "इस वक्त" read "is vakt", "at this moment"): now, the run under way;
# its words are a clock's question's too in any order ("is samay kis station par": not "kis
# samay").
_THIS_MOMENT: Final = re.compile(
    r"\biss?\s+(?:samay|samy|waqt|wakt|vakt|vaqt)\b|\bat\s+this\s+(?:time|moment)\b", re.IGNORECASE
)
# "When" in the languages travellers mix in: Hindi (and its SMS shorthand "kb": "12430 lko arr
# kb"), English, Gujarati ("kyare upde che"), Bengali ("kokhon chhare"), Telugu and Tamil
# ("eppudu", "eppo").
_WHEN: Final = frozenset({"kab", "kb", "when", "kyare", "kokhon", "kobe", "eppudu", "eppo"})
# "12657 classes", "12657 ki classes": the word alone, beside the train, asks its classes.
_CLASSES_ALONE: Final = frozenset({"class", "classes"})
_CLASSES_FILLER: Final = frozenset({"of", "ki", "ke", "ka", "in", "me", "mein", "all", "sab"})


def _classes_alone(p: Parse) -> bool:
    """Whether the message is a train and the word "classes", with nothing else to say."""
    named = set((p.train_name or "").split()) | {p.train or ""}
    words = p.words - named
    return not words.isdisjoint(_CLASSES_ALONE) and words <= _CLASSES_ALONE | _CLASSES_FILLER


def _classes(p: Parse, numbered: bool, places: int) -> bool:
    """ "which classes does 12627 have", "12639 me first ac hai kya": the classes it carries,
    not seats in one (no date, no station, no other keyword)."""
    words = p.words
    if p.intents or p.quota or p.date is not None or places or HINT_STATUS in p.hints:
        return False
    if not words.isdisjoint(_MINE) or not words.isdisjoint(lx.FULL_WORDS):
        return False  # "which coach is mine": the booking's; "sleeper bhari hai": its seats
    if p.travel_class is not None and not words.isdisjoint(lx.CHECK_WORDS):
        return False  # "theek hai, karnataka express me sleeper dekho": its seats, checked
    if p.travel_class is None:
        if numbered and asks_any_ac(p):
            return True  # "12639 me ac hai kya", "does 12639 have ac"
        # "which classes does it have"; "12657 classes": a train's, asked by the word alone
        # "which classes does it have"; "12657 classes": a train's, asked by the word alone
        alone = numbered and _classes_alone(p)
        return bool(words & lx.CLASS_LIST_WORDS and (alone or words & lx.CLASS_ASKS))
    return numbered and not words.isdisjoint(lx.HAS_WORDS)


# Words of what a train does on every run, made once: most messages are asked.
_HABIT: Final = lx.ARRIVES_HABIT | lx.LEAVES_HABIT

"""The request a message makes: the slots of the decided intent, read from the parse.

Only the slots the intent's request carries are read (`Request.slot_names`), so that a stray
number or word never becomes a field the handler does not expect.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Final, cast

from app.bot.requests import (
    REQUESTS,
    Arrivals,
    CancelledTrains,
    CannotDo,
    Departures,
    Explain,
    Fare,
    Intent,
    LiveStatus,
    PnrStatus,
    Request,
    RescheduledTrains,
    SeatAvailability,
    SlotValue,
    StationByName,
    TrainFacts,
    TrainRoute,
    TrainsBetween,
    Unknown,
)
from app.bot.requests.base import DEFAULT_HOURS, station_candidates
from app.bot.requests.journeys import DAY_PARTS, DayPart
from app.bot.understanding import lexicon as lx
from app.bot.understanding import tense
from app.bot.understanding.asked_language import asked_language
from app.bot.understanding.dates import WEEKDAY_WORD, day_alone, gone_day_of_month
from app.bot.understanding.entities import children_said
from app.bot.understanding.facts import (
    asked_fact,
    asks_any_ac,
    asks_daily,
    fact_places,
    moment_asked,
    one_place_slot,
)
from app.bot.understanding.intents import (
    asks_new_time,
    asks_the_whole_run,
    getting_there_by,
    journey_over,
    nearest_station_here,
    route_start,
    unknown_code,
)
from app.bot.understanding.lexicon import KAL, PAST_WORDS
from app.bot.understanding.members import (
    ALERT_STOP,
    ARRIVALS,
    CANCELLED_TRAINS,
    CANNOT_DO,
    CONN_FROM,
    CONN_SRC,
    DEPARTURES,
    EXPLAIN,
    FARE,
    HINT_TRAIN,
    LANGUAGE,
    LIVE_STATUS,
    RESCHEDULED_TRAINS,
    STATION_BY_CODE,
    STATION_BY_NAME,
    STOPS_AT,
    TRAIN_FACTS,
    TRAINS_BETWEEN,
)
from app.bot.understanding.reading import NAME_QUALIFIERS, Item, Parse
from app.bot.understanding.text import normal
from app.bot.understanding.topics import (
    booking_focus,
    explained_term,
    explained_terms,
    problem,
    task,
)

# The most words of an unknown place quoted back in `name`.
MAX_NAME_WORDS: Final = 5
# Questions about what already happened: a date without a year is the most recent such date.
_ABOUT_WHAT_HAPPENED: Final = frozenset(
    {Intent.LIVE_STATUS, Intent.CANCELLED_TRAINS, Intent.RESCHEDULED_TRAINS}
)
_YEAR: Final = re.compile(r"\d{4}|'\d{2}|\d[/.-]\d{1,2}[/.-]\d{2}")


def _fare_to(p: Parse, places: list[Item]) -> bool:
    """Whether the one place a train's fare is asked with is owned by the fare, no word of a
    journey's end beside it ("12420 me lucknow ka 2ac kiraya", "12420 में लखनऊ का किराया"): the
    fare to there, the train's own start the other end."""
    if len(places) != 1 or places[0].role != "from" or p.conns & {CONN_FROM, CONN_SRC}:
        return False
    at = p.items.index(places[0])
    after = p.items[at + 1] if at + 1 < len(p.items) else None
    return after is not None and after.kind == "stop" and after.words in _OWNED_BY_THE_FARE


# "lucknow ka (2ac) kiraya": the place the fare is of.
_OWNED_BY_THE_FARE: Final = frozenset({("ka",), ("ki",), ("ke",)})


def request_for(intent: Intent, p: Parse, today: dt.date) -> Request:
    """The request for `intent` with the slots `p` holds for it."""
    kind = REQUESTS.get(intent, Unknown)
    wanted = _wanted(kind)
    if not wanted:
        return kind()
    found = _found(intent, p, today)
    request = kind.model_validate(
        {field: value for slot, field in wanted if (value := found.get(slot)) is not None}
    )
    # What words say beyond the slots, set on the request in one copy; `request` is of `kind`
    # exactly, so its classes are `kind`'s (`isinstance` through pydantic's metaclass is slow).
    update: dict[str, object] = {}
    of = _classes(kind)
    if LiveStatus in of:
        update.update(_narrower(p))
    if StationByName in of and nearest_station_here(p):
        return StationByName(near_you=True)  # "nearest railway station": where they are
    changed = CancelledTrains in of or RescheduledTrains in of
    if changed and not p.words.isdisjoint(lx.WHY_WORDS):
        update["why"] = True  # "why is 12626 cancelled"
    journeys = TrainsBetween in of or Fare in of or SeatAvailability in of
    if journeys and (part := _day_part(p)) is not None:
        update["part"] = part  # "chennai se bangalore subah", "… tonight 3a"
    board = (Departures in of or Arrivals in of) and getattr(request, "after", None) is None
    if board and (part := _day_part(p)) is not None:  # "evening trains from ndls"
        start, end = DAY_PARTS[part]
        update.update({"after": start, "until": end % (24 * 60)})
    if CancelledTrains in of and not p.words.isdisjoint(lx.AFFECTED_WORDS):
        update["changed"] = True  # "is 12627 affected?"
    if RescheduledTrains in of and asks_new_time(p):
        update["new_time"] = True  # "what is the new time?"
    if changed and not p.words.isdisjoint(lx.OWN_WORDS):
        update["mine"] = True  # "is my train cancelled?"
    if CancelledTrains in of and getattr(request, "train", None) is None:
        update.update(_journey_of(p))
    if CannotDo in of:
        update["problem"] = problem(p)
    if Explain in of and getattr(request, "term", None) is not None:
        update["also"] = explained_terms(p)[1:]
    if Fare in of or SeatAvailability in of:
        update["kinds"] = train_kinds(p)
    if Fare in of and (children := children_said(normal(p.raw))):
        update["children"] = children  # "2 adults and 1 child": the child priced apart
    if PnrStatus in of:
        update["focus"] = booking_focus(p)
    if TrainRoute in of and (begins := route_start(p)):
        update["start"] = begins  # "12627 stops from bhopal"
    if TrainFacts in of:
        fact = asked_fact(p) or getattr(request, "fact", None)
        any_ac = fact == "classes" and asks_any_ac(p)
        daily = fact == "days" and asks_daily(p)
        update.update({"fact": fact, "moment": moment_asked(p), "any_ac": any_ac, "daily": daily})
    return request.model_copy(update=update) if update else request


@cache
def _wanted(kind: type[Request]) -> tuple[tuple[str, str], ...]:
    """(slot name, field name) of each slot `kind` carries, in order, as `from_slots` reads
    them: worked out once per kind."""
    return tuple(
        (slot, field) for slot in kind.slot_names() if (field := kind.field_of(slot)) is not None
    )


@cache
def _classes(kind: type[Request]) -> frozenset[type]:
    """The classes a request of `kind` is an instance of."""
    return frozenset(kind.__mro__)


def _journey_of(p: Parse) -> dict[str, object]:
    """The two ends of a journey a message names ("delhi se bhopal"), as a request's `origin`
    and `destination`; empty when it does not name both."""
    ends = [item for item in p.places if item.role in ("from", "to")]
    start, end = _codes(_first(ends, "from")), _codes(_first(ends, "to"))
    if start is None or end is None:
        return {}
    return {"origin": station_candidates(start), "destination": station_candidates(end)}


def train_kinds(p: Parse) -> tuple[str, ...]:
    """The kinds of train the message names that set a train apart ("shatabdi", "rajdhani",
    "garib rath"), not those every train may be ("express", "superfast")."""
    return tuple(sorted(p.words & (lx.TRAIN_KINDS - lx.GENERIC_KINDS)))


def _day_part(p: Parse) -> DayPart | None:
    """The one part of the day a journey's message says to leave in, if it says one ("good
    morning" greets: it says none)."""
    if _GREETED.search(p.raw):
        return None
    said = lx.day_parts_in(p.words)
    return cast(DayPart, said[0]) if len(said) == 1 else None


_GREETED: Final = re.compile(
    r"\b(?:good|gud|gd)\s+(?:morning|mrng|afternoon|evening|evng|night|nite)\b", re.IGNORECASE
)


# Verbs of a departure to come ("will it leave", "niklegi"); not "chalegi" (it runs, too).
_WILL_LEAVE: Final = frozenset(
    {"leave", "leaves", "leaving", "depart", "departs", "departing", "niklegi", "nikalegi",
     "chhutegi", "chutegi", "chhootegi", "छूटेगी", "निकलेगी"}
)  # fmt: skip


# Words of a train standing still ("stopped", "ruki", "खड़ी"), asked why beside them.
_STANDING_STILL: Final = frozenset(
    {"stopped", "stopping", "moving", "ruki", "ruka", "rukhi", "khadi", "khari", "रुकी", "रुका",
     "खड़ी", "खडी"}
)


def _narrower(p: Parse) -> dict[str, object]:
    """What a live-status question is narrower about: its delay ("is it late?", "on time?"),
    its arrival ("kab pahunchegi"), its platform; and the station it names, if any."""
    words = p.words
    focus: str | None = None
    placed = any(item.role != "via" for item in p.places)
    late = not words.isdisjoint(lx.LATE_WORDS - lx.ON_TIME_WORDS)
    on_time = not words.isdisjoint(lx.ON_TIME_WORDS) or lx.LATE_SAID.said_in(words)
    if not words.isdisjoint(lx.PLATFORM_WORDS):
        focus = "platform"
    elif not words.isdisjoint(lx.WHY_WORDS) and not words.isdisjoint(_STANDING_STILL):
        focus = "stopped"  # "why has the train stopped?", "gaadi kyu ruki hai"
    elif not words.isdisjoint(lx.WHY_WORDS):
        focus = "why"  # "why is 12627 late", "12002 kyun late hai": the railway's reason
    elif not words.isdisjoint(lx.DIVERTED_WORDS) or lx.DIVERTED_SAID.said_in(words):
        focus = "diverted"  # "is 12951 diverted": yes or no, then the way it takes
    elif lx.LEFT_SAID.said_in(words):
        # "has it left bhopal", "chal padi kya": yes or no, then when; "when did it leave
        # bhopal", "kab nikli": when, no yes
        focus = "departure" if not words.isdisjoint(lx.WHEN_WORDS) else "left"
    elif not words.isdisjoint(_WILL_LEAVE) and (late or lx.HOW_LATE_SAID.said_in(words)):
        # "how late will it leave?", "kitni late niklegi": how late it leaves (its start moved,
        # or when it left and how late it runs), not the delay alone
        focus = "leaving_late"
    elif lx.REACHED_SAID.said_in(words) and words.isdisjoint(lx.WHERE_WORDS):
        # "has it reached", "pahunch gayi": yes or no, then when; "kab pahunchi", "kitni late
        # pahunchi" (how late it got there): when, no yes
        asks = words & lx.WHEN_WORDS or lx.HOW_LATE_SAID.said_in(words)
        focus = "arrival" if asks else "reached"
    elif _goes(p, placed):
        focus = "reaches"  # "does it still go up to mysore": whether it gets there, then when
    elif (late or on_time) and placed and _reaching(p):
        # "will it reach bhopal on time", "bhopal late pahunchegi?": yes or no, then when
        focus = "on_time" if on_time and not late else "late"
    elif not words.isdisjoint(lx.ARRIVAL_WORDS) or {"kab", "tak"} <= words:
        focus = "arrival"
    elif not words.isdisjoint(lx.WHEN_WORDS) and placed:
        focus = "arrival"  # "12627 when at jhansi": when it gets there
    elif lx.HOW_LATE_SAID.said_in(words):
        focus = "delay"  # "how late is it", "kitni late hai": the delay, no yes or no
    elif on_time and not late:
        focus = "on_time"  # "is it on time?": yes when it is
    elif late or on_time:
        focus = "late"
    elif _only_a_train(p):
        focus = "train"  # "12627", "karnataka express": what about it is for the traveller to say
    places = [item for item in p.places if item.role != "via" and item.place is not None]
    at = tuple(places[0].place.codes) if places and places[0].place is not None else ()
    # "which platform does it depart from", "kis platform se chalti hai": where it starts
    starting = focus == "platform" and not at and not words.isdisjoint(lx.STARTING_WORDS)
    # "will it reach delhi tomorrow": the day said is the day it gets there; "will it go to
    # mysore tomorrow", "kal mysore jayegi?" (going, no word of reaching) ask of that day's run
    going = focus == "reaches" and words.isdisjoint(lx.ARRIVAL_WORDS)
    arriving = p.date is not None and bool(at) and focus in _ARRIVING and not going
    at_codes = station_candidates(at)
    return {"focus": focus, "at": at_codes, "starting": starting, "arriving": arriving}


# The questions of getting to (or leaving) a place, whose day said is the day the train is there
# ("has it reached solapur today?", "when did it leave katpadi today?").
_ARRIVING: Final = frozenset(
    {"reaches", "arrival", "on_time", "late", "reached", "left", "departure"}
)


def _reaching(p: Parse) -> bool:
    """Whether a question of the delay is about getting to a place ("will it reach bhopal on
    time"), not what time it gets there ("kis time pe pahunchegi": "time pe" is no delay)."""
    words = p.words
    if lx.CLOCK_SAID.said_in(words):
        return False
    return not words.isdisjoint(lx.ARRIVAL_WORDS | lx.WHEN_WORDS)


def _goes(p: Parse, placed: bool) -> bool:
    """Whether the message asks if the run gets to a place or to its end ("does it still reach
    mysuru", "will it go to mysore", "mysore tak jayegi?", "aakhri station tak jayegi"): a yes or
    no; "kab pahunchegi", "when will it reach" ask when instead."""
    words = p.words
    if asks_the_whole_run(p):
        return True  # "does 16021 run all the way", "16021 poore route par chalegi?"
    if words.isdisjoint(lx.GO_WORDS) or not words.isdisjoint(lx.WHEN_WORDS):
        return False
    return placed or not words.isdisjoint(lx.END_WORDS)


def _only_a_train(p: Parse) -> bool:
    """Whether the message says a train and nothing else ("12627", "karnataka express train")."""
    if p.intents or p.places or p.date is not None or p.travel_class or p.quota or p.pnr:
        return False
    return all(
        item.kind in ("cut", "name", "stop", "sep") or item.value == HINT_TRAIN for item in p.items
    )


def _found(intent: Intent, p: Parse, today: dt.date) -> dict[str, SlotValue | None]:
    places = [item for item in p.places if item.role != "via"]
    found: dict[str, SlotValue | None] = {
        "pnr": p.pnr,
        "train": p.train,
        "class": p.travel_class,
        "quota": p.quota,
        "age": p.age,
        "passengers": p.passengers,
        "date": _date(intent, p, today),
        "language": _language(p) if intent == LANGUAGE else None,
    }
    if intent in (STATION_BY_NAME, STATION_BY_CODE):
        found.update(_station_slots(intent, p, places))
    elif intent in (DEPARTURES, ARRIVALS):
        at = _first(places, "at") or _first(places, "from") or (places[0] if places else None)
        found["station"] = _codes(at)
        found["hours"] = p.hours or DEFAULT_HOURS
    elif intent == TRAINS_BETWEEN and getting_there_by(p):
        found["to"] = _codes(places[0])  # "how can i reach jaipur by tomorrow": to there
    elif intent == FARE and p.train is not None and _fare_to(p, places):
        found["to"] = _codes(places[0])  # "12420 me lucknow ka 2ac kiraya": the fare there
    else:
        ends = [item for item in places if item.role in ("from", "to")]
        found["from"] = _codes(_first(ends, "from"))
        found["to"] = _codes(_first(ends, "to"))
    if intent == STOPS_AT:
        found["station"] = _codes(places[0]) if places else None
    if intent == TRAIN_FACTS:
        named = fact_places(p)
        ends = [item for item in named if item.role in ("from", "to")]
        found.update({"from": _codes(_first(ends, "from")), "to": _codes(_first(ends, "to"))})
        if len(named) == 1:
            # "12627 bhopal kitne baje", "how long to bhopal", "bhopal se kitna time"
            found.update({"from": None, "to": None, one_place_slot(p, named[0]): _codes(named[0])})
    if intent == EXPLAIN:
        found["term"] = explained_term(p)
    if intent == CANNOT_DO:
        found["task"] = task(p)
    if intent == ALERT_STOP and p.pnr is None:
        # "सफर पूरा हुआ, अपडेट मत भेजो": a journey over stops every alert of it
        every = p.words & (lx.ALERT_ALL | lx.ALERT_PLURALS) or p.words & journey_over(p)
        found["all"] = 1 if every else None
    return found


def _date(intent: Intent, p: Parse, today: dt.date) -> str | None:
    if p.date is None:
        if intent in (CANCELLED_TRAINS, RESCHEDULED_TRAINS):
            return today.isoformat()
        return None
    value = p.date.value
    assert isinstance(value, dt.date)
    if intent == LIVE_STATUS and value != today and _day_of_another_clause(p):
        return None  # "exam hai kal, 12393 kitni late hai": the exam's day, the train's now
    future = tense.future(p.words)  # "kal chalegi?", "कल दिल्ली पहुँचेगी?": tomorrow's run
    past = (intent == LIVE_STATUS or _past_said(p)) and not future
    # "कल के लिए टिकट देखी थी", "kal ki yatra ke liye": a day something is for is ahead, whatever
    # was done about it
    past = past and not _FOR_THE_DAY.match(p.raw, p.date.end)
    # "meri train cancel ho gayi koi dusri train delhi se bhopal kal": another train asked for a
    # journey is one to take, whatever went wrong with the first
    past = past and not (intent == TRAINS_BETWEEN and lx.says_other(p.words))
    if p.date.word in KAL and past:
        value = today - dt.timedelta(days=1)
    elif p.date.word in lx.PARSO and past:
        value = today - dt.timedelta(days=2)  # "parso chali 12559": the run of two days ago
    elif past and value > today and p.date.word == WEEKDAY_WORD and _past_said(p):
        # "गुरुवार को 12560 रद्द हुई थी क्या" on a Monday: the Thursday gone, not the next one
        value -= dt.timedelta(days=7)
    elif past and value > today and day_alone(p.raw[p.date.start : p.date.end]):
        # "3 तारीख को 12392 कैंसिल थी क्या" on the 7th: the 3rd gone, not the next one
        value = gone_day_of_month(today, value.day) or value
    elif intent in _ABOUT_WHAT_HAPPENED and value.year > today.year and not _year_said(p):
        if future:
            return value.isoformat()  # "नए साल के दिन कौन सी ट्रेनें रद्द रहेंगी": ahead
        # "cancelled on 25 nov", "12627 status 24 nov": the most recent 25 November, not next
        # year's, in a question about what already happened.
        value = _this_year(value, today)
    return value.isoformat()


# "ke liye" after a date word, or after a noun of it ("kal ki yatra ke liye"): what is for that day.
_FOR_THE_DAY: Final = re.compile(
    r"\s+(?:(?:ka|ki|ke)\s+[a-z]+\s+)?ke?\s+(?:liye|lie|liya|liy|lye|leye|lea)(?![a-z])"
)


def _past_said(p: Parse) -> bool:
    """Whether a past-tense word is said in the date's own clause: "kal cancel hui trains", not
    "flight cancel ho gayi, ab delhi se lucknow train batao kal ki", whose past is another
    clause's (a comma, "ab", "but" between)."""
    if p.date is None:
        return not p.words.isdisjoint(PAST_WORDS)
    clause, dated, past = 0, -1, set()
    for item in p.items:
        if item.kind == "sep" or set(item.words) & _CLAUSE_BREAKS:
            clause += 1
        if item.start <= p.date.start < max(item.end, item.start + 1):
            dated = clause
        if item.kind != "conn" and set(item.words) & PAST_WORDS:  # "surat thi": from
            past.add(clause)
    return dated in past or (dated < 0 and bool(past))


def _day_of_another_clause(p: Parse) -> bool:
    """Whether the day is said of something that is ("kal mera paper hai, 12393 abhi kitna late
    hai"), in a clause of its own, apart from the train's."""
    at = p.raw.find(p.train) if p.train is not None and p.date is not None else -1
    if at < 0 or p.date is None:
        return False
    clause, dated, trained, being = 0, -1, -1, set()
    for item in p.items:
        if item.kind == "sep":
            clause += 1
        if item.start <= p.date.start < max(item.end, item.start + 1):
            dated = clause
        if item.start <= at < max(item.end, item.start + 1):
            trained = clause
        if set(item.words) & _IS:
            being.add(clause)
    return dated >= 0 and trained >= 0 and dated != trained and dated in being


_IS: Final = frozenset({"hai", "hain", "he", "h", "is", "hu", "hoon", "hun", "am"})
# Words that open a new clause: what was past before them is not the date's ("flight cancel ho
# gayi, ab kal ki train batao").
_CLAUSE_BREAKS: Final = frozenset({"ab", "now", "but", "lekin", "magar", "par", "phir", "then"})


def _year_said(p: Parse) -> bool:
    return p.date is not None and bool(_YEAR.search(p.raw[p.date.start : p.date.end]))


def _this_year(day: dt.date, today: dt.date) -> dt.date:
    try:
        return day.replace(year=today.year)
    except ValueError:  # 29 February
        return day


# How many words before a language's name may say the person is weak in it ("cannot read hindi").
_WEAK_BEFORE_N: Final = 3  # "cannot read hindi"


def _language(p: Parse) -> str | None:
    """ "hi" or "en", from the language words said ("hindi mein", "reply in english")."""
    said = {word for item in p.items if item.value == LANGUAGE for word in item.words}
    hindi, english = not said.isdisjoint(lx.HINDI_WORDS), not said.isdisjoint(lx.ENGLISH_WORDS)
    if hindi and english:
        # "hindi me baat kijiye, english samajh nahi aati": not the one the person is weak in
        hindi, english = not _weak_in(p, lx.HINDI_WORDS), not _weak_in(p, lx.ENGLISH_WORDS)
        if hindi == english:
            # "अंग्रेज़ी पढ़नी नहीं आती हिंदी में बताओ": the weakness said after a language's name
            hindi = not _weak_in(p, lx.HINDI_WORDS, before=0)
            english = not _weak_in(p, lx.ENGLISH_WORDS, before=0)
    elif hindi != english and _weak_in(p, lx.HINDI_WORDS if hindi else lx.ENGLISH_WORDS):
        # "english samajh nahi aati", "i dont understand hindi": the other one
        hindi, english = english, hindi
    if hindi == english:
        return asked_language(p)  # "hindi me samjhao, english kamzor hai meri"
    return "hi" if hindi else "en"


def _weak_in(p: Parse, language: frozenset[str], before: int = _WEAK_BEFORE_N) -> bool:
    """Whether the message says the person is weak in the language: a word of weakness a few
    words after its name ("english samajh nahi aati", "हिंदी अच्छे से नहीं पढ़ पाता"), or just
    before it ("i cannot read hindi"); a weakness belongs to one language only ("english please,
    hindi nahi aati", "reply in english, i cant read hindi")."""
    words = [word for item in p.items for word in item.words]
    return any(
        word in lx.LANGUAGE_WEAK and (owner := _weak_owner(words, at, before)) is not None
        and words[owner] in language
        for at, word in enumerate(words)
    )


def _weak_owner(words: list[str], at: int, before: int) -> int | None:
    """Where the language a word of weakness is said of stands: the name just after an English
    "cant"/"dont" ("cant read hindi"), else the nearest name before it with no other between
    ("hindi nahi aati"; "मराठी नहीं आती" is Marathi's), else a name just after it."""
    names = [i for i, word in enumerate(words) if word in _LANGUAGE_NAMES]
    after = [i for i in names if at < i <= at + before]
    earlier = [i for i in names if at - _WEAK_AFTER <= i < at]
    if after and words[at] in _WEAK_BEFORE_WORDS:
        return after[0]
    if earlier:
        return earlier[-1]
    return after[0] if after else None


# India's other languages, whose names say whom a weakness beside them belongs to.
_OTHER_LANGUAGES: Final = lx.word_set(
    "marathi marathit bangla bengali gujarati tamil telugu kannada malayalam punjabi urdu odia"
    " oriya assamese bhojpuri"
)
_WEAK_AFTER: Final = 4  # "english samajh nahi aati", "हिंदी अच्छे से नहीं पढ़ पाता"
_LANGUAGE_NAMES: Final = lx.HINDI_WORDS | lx.ENGLISH_WORDS | _OTHER_LANGUAGES
# Words of weakness said before the language's name in English ("cant read hindi").
_WEAK_BEFORE_WORDS: Final = lx.word_set("cant cannot dont")


def _station_slots(intent: Intent, p: Parse, places: list[Item]) -> dict[str, SlotValue | None]:
    first = places[0] if places else None
    if intent == STATION_BY_CODE:
        # "which station has code SC": the code typed in capitals, not a word that is one too.
        typed = [item for item in places if _typed_code(p, item)]
        first = typed[0] if typed else first
        if first is not None:
            return {"code": _codes(first)}
        code = unknown_code(p)
        return {"code": code} if code else {}
    if first is not None:
        return {"name": p.words_of(first), "code": _codes(first)}
    # "sitamarhi ka railway code", "X ka naya code": the words qualifying the code are no name
    words = [item for item in p.items if item.kind == "word" and not _qualifies(item)]
    words = words[:MAX_NAME_WORDS]
    if not words:
        return {}
    return {"name": " ".join(p.words_of(item) for item in words)}


def _qualifies(item: Item) -> bool:
    return len(item.words) == 1 and item.words[0] in NAME_QUALIFIERS


def _typed_code(p: Parse, item: Item) -> bool:
    typed = p.words_of(item)
    return item.place is not None and item.place.reason == "code" and typed.isupper()


def _first(places: list[Item], role: str) -> Item | None:
    return next((item for item in places if item.role == role), None)


def _codes(item: Item | None) -> SlotValue | None:
    if item is None or item.place is None:
        return None
    codes = list(item.place.codes)
    return codes[0] if len(codes) == 1 else codes

"""A follow-up about a list or board just shown: the train it points at ("the first one", "2nd",
"pehli wali", "uska" when one train is listed, its number, its name) with the listed journey's
stations, date and class, or what sets one apart ("which is fastest", "sabse jaldi kaun
pahunchti hai"); a place said of a board ("any to Bhopal?", "Bhopal wali", "Bhopal" alone): the
trains on it that go there.

A fresh "first / last / fastest train from A to B" picks from the list it asks for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from collections.abc import Set as AbstractSet
from typing import Any, Final

from app.bot.requests import (
    Arrivals,
    CancelledTrains,
    Departures,
    Fare,
    LiveStatus,
    OutOfScope,
    Request,
    RescheduledTrains,
    SeatAvailability,
    SlotValue,
    StationByCode,
    StationByName,
    StopsAt,
    TrainFacts,
    TrainRoute,
    TrainsBetween,
    Unknown,
)
from app.bot.requests.journeys import DAY_PARTS
from app.bot.state import Listed, Subject
from app.bot.understanding.lexicon import (
    ARRIVAL_WORDS,
    CANCEL_WORDS,
    DURATION_GROUPS,
    END_WORDS,
    NOW_WORDS,
    REACHING,
    TIMING_WORDS,
    Phrases,
    day_parts_in,
)
from app.bot.understanding.picks import Pick
from app.bot.understanding.understood import Understood

# Requests that ask about one train, and take the one pointed at.
_ABOUT_ONE = (Fare, SeatAvailability, LiveStatus, TrainRoute, StopsAt, TrainFacts)
# A listed train's facts that are of the journey it makes on the list.
_ON_THE_JOURNEY = frozenset({"times", "duration", "distance"})
# Requests that ask nothing of their own: "the first one", "which is fastest".
_OPEN = (Unknown, OutOfScope)


def from_list(understood: Understood, subject: Subject | None, *, today: dt.date) -> Request | None:
    """The request a message makes of the list just shown (or of the list it asks for itself);
    None when it does not point into one."""
    request, pick = understood.request, understood.pick
    journey = isinstance(request, TrainsBetween) and request.origin and request.destination
    if pick is not None and journey and not pick.clock:  # "first train from Chennai to Bengaluru"
        said = {1: "first", -1: "last"}.get(pick.number) or _picked(pick)
        return request.model_copy(update={"pick": said, "offset": 0})
    if pick is not None and _one_end_asked(request, subject) and pick.superlative == "next":
        # "next train to ghaziabad": the next one still, once where it starts from is answered
        said = {1: "first", -1: "last"}.get(pick.number) or _picked(pick)
        return request.model_copy(update={"pick": said, "offset": 0})
    if subject is None:
        return None
    board = subject.request
    if understood.which_one and subject.listed and isinstance(subject.listing, Departures):
        board = subject.listing  # "Bhopal wali" after a look at one train of the board
    if isinstance(board, Departures | Arrivals) and pick is None and subject.offered:
        other = _another_of_the_city(understood, board, subject.offered)
        if other is not None:
            return other  # "perambur" after Chennai's board and its other stations offered
    # "next one to ghaziabad": the board's trains going there, the next of them first
    going_next = pick is not None and pick.superlative == "next" and not pick.clock
    if isinstance(board, Departures) and (pick is None or going_next):
        towards = _towards(understood, board)
        if towards is not None:
            return towards
    if not subject.listed:
        return None
    if isinstance(subject.request, StationByName | StationByCode) and pick is None:
        # a station looked up since the list ("what is the code of Kota"): the list stays in
        # hand for "the second one", the station for "which trains pass through here?"
        return None
    stop = _stop_of_the_list(understood, subject)
    if stop is not None:
        return stop  # "which one stops at jolarpettai?": each listed train, yes or no
    last = subject.listing or subject.request
    if pick is not None and pick.superlative == "next" and _one_after_in_hand(understood, subject):
        reached = _after_the_one_reaching(subject)
        if reached is not None:
            return reached  # "when does the agra one reach agra?", "the next one?": to Agra too
        pick = None  # "the next one" after a look at one train of the list: the one after it
    if pick is not None and pick.superlative == "previous":
        pick = _the_one_before(subject, pick)  # "the one before that": by its place
        if pick is None:
            return None
    if pick is not None and pick.superlative is not None:
        return _superlative(pick, request, subject)
    item = _item(subject, pick) if pick is not None else _named(understood, subject)
    if item is None and pick is None:
        item = _the_fully_cancelled(understood, subject)  # "the fully cancelled one"
    going = _going_to(understood, subject) if item is None and pick is None else None
    if going is not None:  # "fare of the ghaziabad one" of a board: from its station, to there
        item, request = going, _named_by_its_end(request)
        if isinstance(request, LiveStatus | TrainFacts) and going.destination:
            request = request.model_copy(update={"going": (going.destination,)})
    if item is None and pick is None and not isinstance(request, _OPEN):
        item = _of_the_day_part(understood, subject)  # "subah wali kab pahunchti hai"
    if item is None and pick is None and asks_for_one_after(understood):
        reached = _after_the_one_reaching(subject)
        if reached is not None:
            return reached  # "agra wali kitne baje pahunchegi", "uske baad wali?": to Agra too
        item = _after_the_one(subject)  # "uske baad wali?" after the next train: the one after
        if item is None and isinstance(last, Departures | Arrivals) and _at_the_last(subject):
            # past the board's last train: said so, with the hours after the board's
            shown = subject.listed_from - 1 + len(subject.listed)
            return last.model_copy(update={"offset": shown, "past_last": True, "beyond": 0})
        if item is None and isinstance(last, TrainsBetween) and _at_the_last(subject):
            # past the last train shown: the one after it on the whole list, if any (else said
            # so, with the next day's first)
            after = _place_of_last(subject) + 1
            update = {"pick": str(after), "past_last": True, "offset": 0, "runs": False}
            return last.model_copy(update=update)
    numbered = understood.request.slots.get("train")
    if item is None and _runs_unlisted(understood, last):
        # "will 16021 run?" of a train not on screen: whether it runs on the listed journey
        # that day (it may be further down the list, or not run there at all)
        assert isinstance(last, TrainsBetween)
        numbered = understood.request.slots.get("train")
        day = _said_day(understood) or last.date
        return last.model_copy(update={"pick": numbered, "runs": True, "offset": 0, "date": day})
    if item is None and pick is not None and pick.clock:
        return _around_the_time(pick, last, subject.listed)
    if item is None and pick is not None and isinstance(last, TrainsBetween):
        # "the 5th one" of a list of 3: the list says which there are
        return last.model_copy(update={"pick": str(pick.number), "offset": 0, "runs": False})
    if item is None and pick is not None and isinstance(last, Departures | Arrivals):
        # "2nd wali ka route" on a board of one: the board says it, with its trains to tap
        return last.model_copy(update={"beyond": max(pick.number, 0), "offset": 0})
    alone = len(subject.listed) == 1 and subject.train in (None, subject.listed[0].train)
    if item is None and pick is None and alone and _unnamed(understood):
        item = subject.listed[0]  # "uska fare", "seats on that" with one train listed
    if item is None and pick is None and alone and _when_unsaid(understood):
        # "kab niklegi?", "when?" with one train listed: when that train leaves (its run there)
        item, request = subject.listed[0], LiveStatus()
    if item is None and pick is None and _of_the_journey(understood):
        # "kitna time lagta hai", "when does it leave" of the listed train in hand (the fastest
        # just picked): its times between the list's two stations, not its whole run's
        item = next((one for one in subject.listed if one.train == subject.train), None)
    if item is None and pick is None and _unnamed(understood) and subject.train is None:
        return _journey_of_list(understood.request, subject, today)
    if item is None and pick is None and understood.runs and _unnamed(understood):
        # "is it running?" of the listed train in hand, on a list of a day to come: whether it
        # runs that day (a cancelled run is said so), never a timetable as if it ran
        item = _in_hand(subject) if _ahead(last, subject, today) else None
    if item is None:
        return None
    again = _asked_again(understood, subject, item)
    if again is not None:
        return again  # "what about the first one?" after whether the 2nd stops at Katpadi
    runs = whether_it_runs(item, request, last, understood, today)
    if runs is not None:
        return runs
    return _about(item, request, subject, understood, today)


def whether_it_runs(
    item: Listed, request: Request, last: Request | None, understood: Understood, today: dt.date
) -> Request | None:
    """Whether the listed train `item` runs, asked of it ("is the 3rd one running today?",
    "kaveri aaj chalegi?"): that run, yes, no or partly first, the day said or the list's; never
    its live card alone. None when the message asks something else of it."""
    # ("पहली वाली आज कब चलेगी": when it leaves that day, not whether it runs)
    whether = understood.runs and not (understood.asks_when and isinstance(request, LiveStatus))
    if not whether or not _asks_run(request, item):
        return None
    if isinstance(request, TrainFacts) and request.daily and _said_day(understood) is None:
        return None  # "chalti roz hai?", "does it run daily?": its days, not one day's run
    if isinstance(last, TrainsBetween):
        # the day said, else the list's; for an undated list, whether it runs today
        day = _said_day(understood) or last.date or today
        return last.model_copy(update={"pick": item.train, "runs": True, "offset": 0, "date": day})
    if isinstance(last, CancelledTrains | RescheduledTrains):
        # "is the second one running today?" of a day's changed runs
        day = _said_day(understood) or last.date or today
        return TrainFacts(fact="days").with_slots({"train": item.train, "date": day})
    if isinstance(last, Departures | Arrivals):
        # "running today?" of a board's train: its run that day (as the railway changed it)
        day = _said_day(understood) or _start(item, item.on) or today
        return TrainFacts(fact="days").with_slots({"train": item.train, "date": day})
    return None


# Words that ask whether something is had ("does it have 2A", "is there CC", "3A hai kya").
HAVING_WORDS: Final = frozenset(
    {"have", "has", "having", "there", "any", "hai", "he", "h", "kya", "koi", "milega", "milta"}
)


def class_asked(understood: Understood) -> str | None:
    """The one class a message asks whether a train has ("does it have 2AC?", "is there CC in
    it", "isme sleeper hai kya", "इसमें 3एसी है?"), of no train, date or place of its own; None
    for anything else ("3A?" alone, "3A seats")."""
    request = understood.request
    if understood.numbered or understood.train_name or len(understood.classes) != 1:
        return None
    if set(understood.details) != {"class"}:
        return None
    open_ = isinstance(request, _OPEN) or (
        isinstance(request, TrainFacts) and request.fact == "classes" and request.train is None
    )
    if not open_ or not (understood.refers or not understood.words.isdisjoint(HAVING_WORDS)):
        return None
    return understood.classes[0]


def _asked_again(understood: Understood, subject: Subject, item: Listed) -> Request | None:
    """The short question just answered for one train of the list, asked of another by its
    place alone ("what about the first one?", "and the 4th?", "aur pehli wali?", "और दूसरी
    वाली?", "and the other one?" after "does the 2nd one stop at Katpadi?", "इसमें 3एसी है?",
    "fare in SL?"): that train's answer; None otherwise (a route or a card: the train's card)."""
    last, pick = subject.request, understood.pick
    if pick is None or pick.rest.strip(" ?.!") or not isinstance(understood.request, _OPEN):
        return None
    if not isinstance(last, _ASKED_AGAIN) or subject.train not in subject.listed_trains:
        return None
    if last.slots.get("train") in (None, item.train):
        return None  # of the list as a whole, or of this very train: its card
    return last.with_slots({"train": item.train})


# The short questions of one train that "and the 2nd one?" asks again of another.
_ASKED_AGAIN = (StopsAt, TrainFacts, Fare, SeatAvailability)


# "The one after that", "uske baad wali", "इसके बाद वाली", "the next one", "agli wali".
_AFTER: Final = frozenset({"after", "baad", "bad"})
_THAT: Final = frozenset({"that", "it", "this", "uske", "iske", "isse", "usse", "one"})
_NEXT_ONE: Final = frozenset({"next", "agli", "agla", "agle"})
_ONE: Final = frozenset({"one", "wali", "wala", "vali", "vala", "waali", "waala", "वाली", "वाला"})


def asks_the_one_after(understood: Understood) -> bool:
    """Whether a message points at the train after the one in hand ("and the one after that?",
    "uske baad wali", "इसके बाद वाली", "the next one"), naming no train, place or day."""
    words = understood.words
    if understood.numbered or understood.details or understood.pick is not None:
        return False
    return bool((words & _AFTER and words & _THAT) or (words & _NEXT_ONE and words & _ONE))


def asks_for_one_after(understood: Understood) -> bool:
    """Whether a message points at the train after the one in hand, its words for "next" read
    as a pick or not."""
    if understood.pick is not None and understood.pick.superlative == "next":
        return _says_the_next_one(understood)
    return asks_the_one_after(understood)


def _says_the_next_one(understood: Understood) -> bool:
    """Whether the words say "the next one", "agli wali", naming no train, place or day."""
    pick = understood.pick
    rest = set(pick.rest.strip(" ?.!").split()) if pick else set()
    words = understood.words | rest
    if understood.numbered or understood.details:
        return False
    if pick is not None and pick.superlative == "next" and not pick.clock and rest <= _FILLER:
        return True  # "the next one?", "and the next?": the words of the pick itself
    if pick is not None and pick.superlative == "next" and not pick.clock and rest <= _AFTER_IT:
        return True  # "the next one after that", "uske baad agli wali": after the one in hand
    return not words.isdisjoint(_NEXT_ONE) and not words.isdisjoint(_ONE)


# Words said around "the next one" that ask nothing more ("and the next one?", "aur agli?").
_FILLER: Final = frozenset(
    {"the", "and", "aur", "और", "then", "ok", "so", "phir", "fir", "?"}
    # asked as a question ("what's the next one?", "which is the next one", "agli wali kaunsi
    # hai?", "अगली वाली कौन सी है?"): the same pointing
    | {"what", "what's", "whats", "which", "is", "about", "kaunsi", "konsi", "kaun", "kon", "si"}
    | {"hai", "kya", "कौन", "सी", "है", "क्या", "show", "tell", "me", "batao", "dikhao", "बताओ"}
)


# Words that say "after that" beside "the next one" ("the next one after that", "uske baad
# agli wali", "उसके बाद अगली वाली"): still the one after the train in hand.
_AFTER_IT: Final = (
    _FILLER | _AFTER | _THAT | {"ke", "से", "se", "उसके", "इसके", "उससे", "इससे", "बाद", "वाली", "wali"}
)


def _one_after_in_hand(understood: Understood, subject: Subject) -> bool:
    """Whether "the next one" is said while a train of the list is in hand: the one after it,
    not the list's next to leave."""
    return subject.train in subject.listed_trains and _says_the_next_one(understood)


def _in_hand(subject: Subject) -> Listed | None:
    """The listed train in hand, if one of the list is."""
    return next((item for item in subject.listed if item.train == subject.train), None)


def whether_the_listed_one_left(
    understood: Understood, subject: Subject | None, *, today: dt.date
) -> Request | None:
    """A yes or no whether one train of the list just shown has left (or reached) yet, the train
    said by what sets it apart or the list's only one ("has tonight's one gone yet?", "did the
    morning one leave?", "raat wali nikal gayi?", "सुबह वाली पहुँच गई?"): that train's run, yes
    or no first with the time; None when the message names a train of its own, points at no one
    train of the list, or one of the list is already in hand and the message points at no other
    (then "has it left?" is that one's)."""
    if subject is None or not subject.listed or understood.whether not in _WHEN_OF:
        return None
    if understood.numbered or understood.train_name or understood.plural:
        return None
    pick = understood.pick
    if pick is not None and pick.superlative is None:
        item = _item(subject, pick)
    elif pick is None:
        item = of_those_in_the_day_part(subject.listed, understood)
    else:
        return None
    alone = len(subject.listed) == 1 and subject.train in (None, subject.listed[0].train)
    if item is None and pick is None and alone and not picks_a_day_part(understood):
        item = subject.listed[0]  # "has it left?" with one train listed
    if item is None:
        return None
    focus = _WHEN_OF[understood.whether] if understood.asks_when else understood.whether
    asked = LiveStatus.model_validate({"focus": focus})
    if understood.whether == "reached" and item.destination is not None:
        asked = asked.model_copy(update={"at": (item.destination,)})  # where it gets off
    return _about(item, asked, subject, understood, today)


# A yes or no about a run and what it asks when said with "when": when it left, when it got there.
_WHEN_OF: Final = {"left": "departure", "reached": "arrival"}


# A journey's list with fewer trains than a page is the whole day's list.
_WHOLE_LIST_BELOW: Final = 6


def one_leaving_then(
    understood: Understood, subject: Subject | None, *, today: dt.date
) -> Request | None:
    """ "The evening one", "shaam wali", "शाम वाली" alone after a journey's whole list on which
    one train alone leaves in that part of the day: that train, as "the first one" picks it,
    never the list again; None otherwise (several leave then: the list cut to them)."""
    if subject is None or not isinstance(understood.request, _OPEN) or understood.details:
        return None
    last = subject.listing or subject.request
    if not isinstance(last, TrainsBetween) or subject.listed_from != 1:
        return None
    if len(subject.listed) >= _WHOLE_LIST_BELOW or understood.pick is not None:
        return None
    item = _of_the_day_part(understood, subject)
    return _about(item, understood.request, subject, understood, today) if item else None


def _of_the_day_part(understood: Understood, subject: Subject) -> Listed | None:
    """The one listed train that leaves in the part of the day a question picks it by ("when
    does the morning one reach", "subah wali kab pahunchti hai", "शाम वाली का किराया"); None when
    the message names no one part, or not exactly one train listed leaves then."""
    return of_those_in_the_day_part(subject.listed, understood)


def of_those_in_the_day_part(listed: tuple[Listed, ...], understood: Understood) -> Listed | None:
    """The one train of `listed` (a list shown, the trains a question offers) that leaves in the
    part of the day the message picks it by ("the morning one", "सुबह वाली"); None when the
    message names no one part, or not exactly one of them leaves then. Its fare or seats
    ("शाम वाली का किराया") are of the one that runs, when the others leaving then are cancelled
    that day."""
    if not picks_a_day_part(understood):
        return None
    start, end = DAY_PARTS[day_parts_in(understood.words)[0]]
    leaving = [one for one in listed if _leaves_within(one.departs, start, end)]
    if len(leaving) == 1:
        return leaving[0]
    running = [one for one in leaving if not one.cancelled]
    booking = isinstance(understood.request, Fare | SeatAvailability)
    return running[0] if booking and len(running) == 1 else None


# "Tonight", "aaj raat": this evening and night alike (a train at 19:20 is "tonight's one" as
# much as one at 20:00), from this minute of the day past midnight.
_TONIGHT: Final = frozenset({"tonight", "tonights"})
_TODAY: Final = frozenset({"aaj", "aj", "today", "आज"})
TONIGHT_WINDOW: Final = (18 * 60, 28 * 60)


def day_part_window(understood: Understood) -> tuple[int, int]:
    """The minutes of the day (past midnight beyond a day) of the one part of the day a message
    picks a train by: "tonight" and "aaj raat" from the evening on."""
    words = understood.words
    part = day_parts_in(words)[0]
    tonight = not words.isdisjoint(_TONIGHT) or (part == "night" and not words.isdisjoint(_TODAY))
    return TONIGHT_WINDOW if tonight else DAY_PARTS[part]


def says_tonight(understood: Understood) -> bool:
    """Whether a message picks a train as tonight's ("tonight's one", "aaj raat wali", "आज रात
    वाली"), not by a part of the day alone ("the night one", "raat wali")."""
    words = understood.words
    if not picks_a_day_part(understood):
        return False
    night = day_parts_in(words)[0] == "night"
    return night and (not words.isdisjoint(_TONIGHT) or not words.isdisjoint(_TODAY))


def leaving_tonight(
    listed: tuple[Listed, ...], understood: Understood, boards: tuple[str, ...] = ()
) -> list[Listed]:
    """The trains of `listed` not cancelled that leave tonight (the evening and the night), from
    one of the stations `boards` when it names any (where the traveller boards), when the
    message picks one as tonight's; none otherwise."""
    if not says_tonight(understood):
        return []
    start, end = day_part_window(understood)
    return [
        one
        for one in listed
        if _leaves_within(one.departs, start, end)
        and not one.cancelled
        and (not boards or one.origin in boards)
    ]


def picks_a_day_part(understood: Understood) -> bool:
    """Whether a message picks a train by the one part of the day it leaves in ("the evening
    one", "subah wali", "रात वाली")."""
    parts = day_parts_in(understood.words)
    return len(parts) == 1 and not understood.words.isdisjoint(_ONE) and not understood.numbered


def _leaves_within(departs: str | None, start: int, end: int) -> bool:
    """Whether a time ("HH:MM") is within minutes `start` to `end` of the day (past midnight
    when `end` is beyond a day)."""
    if departs is None or ":" not in departs:
        return False
    hours, _, minutes = departs.partition(":")
    if not (hours.isdigit() and minutes.isdigit()):
        return False
    minute = int(hours) * 60 + int(minutes)
    return start <= minute < end or start <= minute + 24 * 60 < end


def _the_one_before(subject: Subject, pick: Pick) -> Pick | None:
    """ "The one before that" as the place on screen of the listed train before the one in
    hand; None when no listed train is in hand, or it is the first shown."""
    trains = subject.listed_trains
    if subject.train not in trains or trains.index(subject.train) == 0:
        return None
    at = trains.index(subject.train) - 1
    number = subject.listed[at].number or subject.listed_from + at
    return Pick(pick.rest, number=number)


def _after_the_one(subject: Subject) -> Listed | None:
    """The listed train after the one in hand, if any; with none in hand, on the first page of
    a board or list (its first train the next to go), the one after the first."""
    trains = subject.listed_trains
    listing = subject.listing
    shown_after = isinstance(listing, Departures | Arrivals) and listing.past_last
    if shown_after and trains and subject.train not in trains:
        return subject.listed[0]  # the board of the hours after the last one: its first
    if subject.train is None and subject.listed_from == 1 and len(trains) > 1:
        return subject.listed[1]  # "uske baad wali" after "agli train kab hai" showed the board
    if subject.train not in trains:
        return None
    at = trains.index(subject.train) + 1
    last = subject.request
    going = last.going if isinstance(last, LiveStatus) and last.train == subject.train else ()
    if isinstance(listing, Departures) and going:
        # a board's train asked about by where it goes: the next one is the next going there
        # too, never the board's next row to elsewhere
        there = (item for item in subject.listed[at:] if item.ends in going)
        found = next(there, None)
        if found is not None:
            return found
    return subject.listed[at] if at < len(trains) else None


def _after_the_one_reaching(subject: Subject) -> TrainsBetween | None:
    """ "Uske baad wali?", "the next one?" right after when each of a board's trains gets to a
    place ("agra wali kitne baje pahunchegi"): the trains from the board's station to that
    place leaving after the last of them, never the board's next row to elsewhere; None for
    anything else."""
    last, board = subject.request, subject.listing
    if isinstance(last, LiveStatus) and last.focus == "arrival":
        place = last.at  # "agra wali kitne baje pahunchegi": today's run there
    elif isinstance(last, TrainFacts) and last.moment == "arrival":
        place = last.station  # "when does the agra one reach agra?": its timetable there
    else:
        return None
    if not place or last.train is None:
        return None
    if not isinstance(board, Departures) or len(board.station) != 1 or board.towards:
        return None
    # asked of each of the board's trains; one picked by its row ("pehli wali ghaziabad kab
    # pahunchegi") keeps the board's next row
    asked = [item for item in subject.listed if item.train in subject.several]
    if not asked and set(last.going) & set(place):
        # the board's one train going there, picked by where it goes ("ghaziabad wali kab
        # pahunchegi", not "pehli wali ..."): the trains going there after it
        asked = [item for item in subject.listed if item.train == last.train]
    if not asked:
        return None
    departs = max((item.departs for item in asked if item.departs), default=None)
    day = subject.date or asked[0].on  # the board's day
    if departs is None or day is None:
        return None
    hour, minute = (int(part) for part in departs.split(":"))
    # from the minute after the last of them leaves: the trains going there after it
    return TrainsBetween(
        origin=board.station, destination=place, date=day, after=hour * 60 + minute + 1
    )


def has_one_after(subject: Subject) -> bool:
    """Whether a listed train comes after the one in hand (or after the last train before a
    board of the hours after it)."""
    return _after_the_one(subject) is not None


def _place_of_last(subject: Subject) -> int:
    """The number the last listed train has on its whole list."""
    last = subject.listed[-1]
    return last.number or subject.listed_from - 1 + len(subject.listed)


def _at_the_last(subject: Subject) -> bool:
    """Whether the train in hand is the last one listed (with none in hand, the list's only
    one): none comes after it on screen."""
    trains = subject.listed_trains
    if subject.train is None:
        return len(trains) == 1
    return bool(trains) and subject.train == trains[-1]


def _stop_of_the_list(understood: Understood, subject: Subject) -> StopsAt | None:
    """ "Which one stops at Jolarpettai?", "koi katpadi rukti hai?" after a list of several
    trains: whether each listed train stops there (the router asks it of each of them); None
    for anything else."""
    request = understood.request
    if len(subject.listed) < 2 or understood.numbered or understood.pick is not None:
        return None
    if request.slots.get("train") is not None or set(understood.details) != {"station"}:
        return None
    of_any = understood.which_one or understood.plural or understood.any_train
    if subject.train in subject.listed_trains and not of_any:
        return None  # "does it stop at itarsi?" with one of them in hand: that one
    if isinstance(request, StopsAt):
        return request
    if isinstance(request, TrainRoute) and (understood.which_one or understood.plural):
        return StopsAt().with_slots({"station": understood.details["station"]})
    return None


def _said_day(understood: Understood) -> dt.date | None:
    """The day a message says ("will it run on monday"), if any."""
    said = understood.details.get("date") or understood.request.slots.get("date")
    return dt.date.fromisoformat(said) if isinstance(said, str) else None


def _day_said(understood: Understood) -> dt.date | None:
    """The day the message's own words say, if any (not a day its request defaults to)."""
    said = understood.details.get("date")
    return dt.date.fromisoformat(said) if isinstance(said, str) else None


def _runs_unlisted(understood: Understood, last: Request | None) -> bool:
    """ "Will 16021 run?" after a dated list it is not on (on screen)."""
    numbered = understood.request.slots.get("train")
    if not isinstance(last, TrainsBetween) or last.date is None or not isinstance(numbered, str):
        return False
    return understood.runs and _asks_run(understood.request, Listed(train=numbered))


def _journey_of_list(request: Request, subject: Subject, today: dt.date) -> Request | None:
    """ "Fare?" of a list of several trains between the same two stations: the journey and date
    listed, so that only the train is asked (with the listed ones to tap)."""
    if not isinstance(request, Fare | SeatAvailability) or request.origin or request.destination:
        return None
    ends = {(item.origin, item.destination) for item in subject.listed}
    if len(ends) != 1:
        return None
    origin, destination = ends.pop()
    if origin is None or destination is None:
        return None
    fill: dict[str, Any] = {"from": origin, "to": destination, **_travellers(request, subject)}
    if request.date is None and subject.date is not None and subject.date >= today:
        fill["date"] = subject.date
    return request.with_slots(fill)


def _travellers(request: Fare | SeatAvailability, subject: Subject) -> dict[str, Any]:
    """The class, quota and party the conversation's journey was asked for ("3A ka fare 2 log
    tatkal", kept for the trains back too) that a fare or seats of a listed train does not say."""
    said = request.slots
    kept = {
        "class": subject.journey_class,
        "quota": subject.quota,
        "passengers": subject.passengers,
    }
    return {
        slot: value
        for slot, value in kept.items()
        if value is not None and slot not in said and slot in type(request).slot_names()
    }


def _one_end_asked(request: Request, subject: Subject | None) -> bool:
    """Whether `request` is a journey's trains with one end said, asked with nothing in hand
    to take the other from (the traveller is asked it)."""
    if not isinstance(request, TrainsBetween) or subject is not None:
        return False
    return bool(request.origin) != bool(request.destination)


def _picked(pick: Pick) -> str:
    return pick.superlative or str(pick.number)


def _superlative(pick: Pick, request: Request, subject: Subject) -> Request | None:
    """ "Which is fastest" of the list on screen: that list, asked for the one train."""
    last = subject.listing or subject.request
    asks_nothing = isinstance(request, _OPEN) or (
        isinstance(request, LiveStatus | Fare | TrainsBetween) and not request.slots
    )
    # "अगली कितने बजे है", "next one kitne baje": when the one picked leaves, which the list's
    # answer for it says (a board's, as its run there now has it)
    asks_nothing = asks_nothing or _asks_its_time(request)
    if not asks_nothing:
        return None
    if isinstance(last, TrainsBetween):
        return last.model_copy(update={"pick": _picked(pick), "offset": 0, "runs": False})
    if pick.superlative == "advised" and isinstance(last, Departures) and last.station:
        # "which should I take?" of a board: which depends on where to; asked, then the train
        # advised of the journey's trains from the board's station still to leave today
        journey = TrainsBetween(pick="advised").with_slots({"from": last.station})
        day = subject.listed[0].on if subject.listed else None
        return journey.with_slots({"date": day.isoformat()}) if day else journey
    if pick.superlative in ("first", "next", "last") and isinstance(last, Departures | Arrivals):
        # a board is from now on; of one shown a while ago, "next" is said with the place of
        # the first not left since
        place = pick.number - subject.listed_from if pick.superlative == "next" else 0
        place = place if 0 <= place < len(subject.listed) else 0
        item = subject.listed[-1 if pick.superlative == "last" else place]
        return _on_the_board(LiveStatus(train=item.train, at=_at(item, last)), item, last)
    return None


def _asks_its_time(request: Request) -> bool:
    """Whether a request only asks when a train it does not name leaves ("kitne baje")."""
    return isinstance(request, TrainFacts) and request.fact == "times" and not request.slots


def _on_the_board(request: LiveStatus, item: Listed, last: Request | None) -> LiveStatus:
    """A board's train asked about: the run that is at the board's station on the day shown
    (the 00:15 of an evening board is tomorrow's run there), not whichever run is on the move."""
    if not isinstance(last, Departures | Arrivals) or item.on is None or request.date is not None:
        return request
    at = item.destination if isinstance(last, Arrivals) else item.origin  # the board's station
    if at is None:
        return request
    return request.model_copy(update={"date": item.on, "boarding": at})


def at_the_time(subject: Subject, pick: Pick) -> Listed | None:
    """The listed train a time said points at ("the 7:40 one", "the one after 2 pm"), if one
    does."""
    return of_those_at_the_time(subject.listed, pick)


def of_those_at_the_time(listed: tuple[Listed, ...], pick: Pick) -> Listed | None:
    """The train of `listed` (a list shown, the trains a question offers) a time said points at
    ("the 16:55 one", "5 baje wali", "the one after 2 pm"), if one does."""
    if not pick.clock:
        return None
    if pick.after:
        return _after_clock(listed, pick.clock)
    return _at_clock(listed, pick.clock)


def _item(subject: Subject, pick: Pick) -> Listed | None:
    """The train at the place said: by the number it had on screen, else by its place on it;
    or the one that leaves at the time said."""
    listed = subject.listed
    if pick.clock:
        return at_the_time(subject, pick)
    if pick.number == -1:
        return listed[-1]
    numbered = next((item for item in listed if item.number and item.number == pick.number), None)
    if numbered is not None:
        return numbered  # a list cut to some of its trains: "the 3rd" is the one shown as 3
    if any(item.number for item in listed):  # "the first one" of those: the first shown
        return listed[pick.number - 1] if 1 <= pick.number <= len(listed) else None
    shown = pick.number - subject.listed_from
    if 0 <= shown < len(listed):
        return listed[shown]
    return listed[pick.number - 1] if 1 <= pick.number <= len(listed) else None


def _at_clock(listed: tuple[Listed, ...], spans: tuple[tuple[int, int], ...]) -> Listed | None:
    """The one listed train that leaves (a board of arrivals: arrives) at a time said ("the 7:40
    one", "9 baje wali": around nine), by the timetable or as now expected; the nearest to it
    when several leave around the hour said; None when none does, or two are as near."""
    near: list[tuple[int, int, Listed]] = []
    for at, item in enumerate(listed):
        times = [_minute(item.departs), _minute(item.expected)]
        gaps = [
            abs(minute - (start + 15 if start != end else start))
            for minute in times
            if minute is not None
            for start, end in spans
            if start <= minute <= end or start <= minute + 24 * 60 <= end
        ]
        if gaps:
            near.append((min(gaps), at, item))
    near.sort(key=lambda found: found[:2])
    if not near or (len(near) > 1 and near[0][0] == near[1][0]):
        return None
    return near[0][2]


def _after_clock(listed: tuple[Listed, ...], froms: tuple[tuple[int, int], ...]) -> Listed | None:
    """The listed train that leaves first at or after a time said ("the one after 2 pm", "2 baje
    ke baad wali"), as it now leaves; of the hour's readings (2:00 or 14:00), the one a train
    leaves soonest after; None when no train leaves after it, or two readings are as near."""
    firsts: list[tuple[int, Listed]] = []
    running = tuple(item for item in listed if not item.cancelled)
    listed = running or listed  # the first that runs after it, a cancelled one passed over
    for start, _ in froms:
        leaving = [
            (minute - start, item)
            for item in listed
            if (minute := _minute(item.expected) or _minute(item.departs)) is not None
            and minute >= start
        ]
        if leaving:
            firsts.append(min(leaving, key=lambda found: found[0]))
    firsts.sort(key=lambda found: found[0])
    if not firsts or (len(firsts) > 1 and firsts[0][0] == firsts[1][0]):
        return None
    return firsts[0][1]


def _minute(said: str | None) -> int | None:
    """The minute of the day of a time "HH:MM", if it is one."""
    if said is None or ":" not in said:
        return None
    hours, _, minutes = said.partition(":")
    return int(hours) * 60 + int(minutes) if hours.isdigit() and minutes.isdigit() else None


def _around_the_time(
    pick: Pick, last: Request | None, listed: tuple[Listed, ...]
) -> Request | None:
    """A time said of a list or board that no one train of it leaves at ("the 5 pm one" with
    none then, "the one after 11 pm" with none after): the list or board again, led by that
    none leaves then and which train is nearest; several as near at the hour (a board's "9 baje
    wali"): the board of that hour, to see and tap."""
    if not isinstance(last, TrainsBetween | Departures | Arrivals):
        return None
    missed = _nearest(listed, pick)
    if isinstance(last, TrainsBetween):
        return last.model_copy(update={"pick": None, "offset": 0, "runs": False, "missed": missed})
    start, end = pick.clock[0]
    if missed or len(pick.clock) > 1 or start == end or pick.after:
        return last.model_copy(update={"offset": 0, "missed": missed})
    day = 24 * 60
    return last.model_copy(update={"after": start % day, "until": (end + 1) % day, "offset": 0})


def _nearest(listed: tuple[Listed, ...], pick: Pick) -> tuple[str, ...]:
    """Whether the time was said as "at" or "after" it, the time ("17:00"), and the listed train
    leaving nearest to it (its number and name, and when it leaves), when one is nearest; ()
    otherwise."""
    day = 24 * 60
    near: list[tuple[int, int, Listed, str]] = []
    for start, end in pick.clock:
        said = start if start == end or pick.after else start + 15
        for item in listed:
            # as it now leaves, and as the timetable has it ("the 20:15 one" of a train due at
            # 20:15 and now expected at 20:40 is as near as another leaving at 20:15)
            for leaves in dict.fromkeys(t for t in (item.expected, item.departs) if t):
                minute = _minute(leaves)
                if minute is None:
                    continue
                gap = abs(minute - said)
                near.append((min(gap, day - gap), said, item, leaves))
    near.sort(key=lambda found: found[0])
    if not near or (len(near) > 1 and near[0][0] == near[1][0] and near[0][2] != near[1][2]):
        return ()
    _, said, item, leaves = near[0]
    name = f"{item.train} {item.name}".strip()
    return ("after" if pick.after else "at", f"{said // 60:02d}:{said % 60:02d}", name, leaves)


def _named(understood: Understood, subject: Subject) -> Listed | None:
    """The listed train the message names by number or by name ("kerala express")."""
    train = understood.request.slots.get("train")
    if isinstance(train, str):
        return next((item for item in subject.listed if item.train == train), None)
    if understood.train_name:
        words = understood.train_name.lower().split()
        found = [item for item in subject.listed if all(w in item.name.lower() for w in words)]
        return found[0] if len(found) == 1 else None
    return _named_by_a_word(understood, subject)


def _named_by_a_word(understood: Understood, subject: Subject) -> Listed | None:
    """Of a day's cancelled or rescheduled trains, the one a word of its name alone points at
    ("kerala", "the kerala one", "केरल वाली": 12626 Kerala Express), when only one has it."""
    if not isinstance(subject.listing or subject.request, CancelledTrains | RescheduledTrains):
        return None
    if not isinstance(understood.request, Unknown | OutOfScope) or understood.numbered:
        return None
    said = understood.words - _ONE - _FILLER - _NAME_FILLER
    if len(said) != 1 or understood.details:
        return None
    word = next(iter(said))
    if len(word) < _NAME_WORD:
        return None
    found = [item for item in subject.listed if _has_name_word(item.name, word)]
    return found[0] if len(found) == 1 else None


def _has_name_word(name: str, word: str) -> bool:
    """Whether a train's name has `word` as one of its own words, or its start ("keral" of
    Kerala, as Devanagari "केरल" reads): never "express", "mail"."""
    parts = [part for part in name.lower().split() if part not in _NAME_FILLER]
    return any(len(part) >= _NAME_WORD and part.startswith(word) for part in parts)


# The words a train's name shares with others, and those said beside its own word ("wala").
_NAME_FILLER: Final = frozenset(
    {"express", "exp", "mail", "superfast", "sf", "special", "passenger", "memu", "demu", "emu",
     "intercity", "train", "gaadi", "gadi", "ट्रेन", "गाड़ी", "vala", "waala", "wala", "wali"}
)  # fmt: skip
_NAME_WORD: Final = 4  # the fewest letters a word of a name is said by


def _the_fully_cancelled(understood: Understood, subject: Subject) -> Listed | None:
    """Of a day's cancelled trains, the one cancelled on its whole run, when a message points at
    it so ("what about the fully cancelled one", "जो पूरी रद्द है वो कब चलेगी", "puri cancel
    wali"); None when it does not, or when not one listed is."""
    if not isinstance(subject.listing, CancelledTrains) or understood.numbered:
        return None
    words = understood.words
    if words.isdisjoint(_WHOLLY) or words.isdisjoint(CANCEL_WORDS):
        return None
    fully = [item for item in subject.listed if item.cancelled]
    return fully[0] if len(fully) == 1 else None


# "Fully", "completely", "पूरी": the whole run.
_WHOLLY: Final = frozenset(
    {"fully", "full", "completely", "complete", "wholly", "entirely", "totally", "puri", "poori",
     "pura", "poora", "pure", "poore", "purn", "poorn", "purntah", "sampurn"}
)  # fmt: skip


def _going_to(understood: Understood, subject: Subject) -> Listed | None:
    """The train of a board that a question about one train names by where it goes ("fare of
    the ghaziabad one", "ghaziabad wali ka fare", "गाज़ियाबाद वाली का किराया", "is the ghaziabad
    one on time?"): the first on the
    board whose run ends there; None when none does, or for anything else."""
    request = understood.request
    if not isinstance(subject.listing or subject.request, Departures):
        return None
    if understood.numbered:
        return None
    # "is the ghaziabad one on time?", "bhopal wali kahan hai": one train, picked by its end
    picked = understood.which_one and isinstance(request, LiveStatus | TrainRoute | TrainFacts)
    if not (isinstance(request, Fare | SeatAvailability) or picked):
        return None
    details = understood.details
    place = details.get("to") or details.get("station")
    if place is None or "from" in details:
        return None
    codes = set(place) if isinstance(place, list) else {place}
    found = next((item for item in subject.listed if {item.destination, item.ends} & codes), None)
    if found is None or found.destination is not None:
        return found
    return found.model_copy(update={"destination": found.ends})  # the journey: to its end


# What a board's train, named by where it goes, is asked at that end ("is the bhopal one
# there yet?", "bhopal wali kab pahunchegi"); anything else of it is at the board's station.
_AT_ITS_END: Final = frozenset({"arrival", "reaches", "reached"})


def _named_by_its_end(request: Request) -> Request:
    """A question of a board's train named by where it goes ("bangalore wali ka platform?",
    "fare of the ghaziabad one"), with that place taken as the name, not as a station asked:
    its platform or delay is at the board's station, its fare from there."""
    update: dict[str, Any] = {"origin": (), "destination": ()}
    if isinstance(request, LiveStatus) and request.focus not in _AT_ITS_END:
        update["at"] = ()
    return request.model_copy(update=update)


def _station_asked_since(subject: Subject, item: Listed) -> str | None:
    """The station a question after the list asked of its train `item` ("when does 12951 reach
    kota?"), when the conversation has moved on from the list to that train there; else None."""
    moved_on = subject.listing is not None and subject.request != subject.listing
    if not moved_on or subject.train != item.train:
        return None
    return subject.station


def _unnamed(understood: Understood) -> bool:
    """A question about one train that names none ("uska fare", "is it on time?")."""
    request = understood.request
    about_one = isinstance(request, _ABOUT_ONE) and request.slots.get("train") is None
    return about_one and not understood.numbered


def _when_unsaid(understood: Understood) -> bool:
    """A question of when alone, of no train, place or day ("kab niklegi?", "when?"); not how
    long the journey takes ("usme kitna time lagta hai": its time between the two ends)."""
    request = understood.request
    if not isinstance(request, _OPEN) or not understood.asks_when:
        return False
    if _HOW_LONG.said_in(understood.words):
        return False
    return not (understood.numbered or understood.details or understood.plural)


_HOW_LONG: Final = Phrases(DURATION_GROUPS)


def _of_the_journey(understood: Understood) -> bool:
    """A fact of one train's journey (its times, how long it takes, how far) that names no
    train, station or journey of its own."""
    request = understood.request
    if not isinstance(request, TrainFacts) or request.fact not in _ON_THE_JOURNEY:
        return False
    own = request.origin or request.destination or request.station
    return _unnamed(understood) and not own


def _asks_run(request: Request, item: Listed) -> bool:
    """ "Will Kerala Express run?": a live status (or a cancellation) of that train, no more."""
    if isinstance(request, LiveStatus):
        return request.train in (None, item.train) and request.focus in (None, "train")
    if isinstance(request, CancelledTrains):
        return request.train in (None, item.train)
    if isinstance(request, TrainFacts):  # "will it run on monday": that day, on this journey
        return request.fact == "days" and request.train in (None, item.train)
    return isinstance(request, _OPEN)


def _about(
    item: Listed, request: Request, subject: Subject, understood: Understood, today: dt.date
) -> Request | None:
    """The question asked of the listed train `item`, with the listed journey."""
    last = subject.listing or subject.request
    said = request.slots.get("train")
    if said not in (None, item.train):
        return None
    if isinstance(request, Fare | SeatAvailability):
        fill: dict[str, Any] = {"train": item.train}
        if not request.origin and not request.destination:
            fill.update({"from": item.origin, "to": item.destination})
        fill.update(_travellers(request, subject))
        # the list's day, or the day a board's train is at the board's station
        day = item.on if isinstance(last, Departures | Arrivals) else subject.date
        if request.date is None and day is not None and day >= today:
            fill["date"] = day
        return request.with_slots({k: v for k, v in fill.items() if v is not None})
    if isinstance(last, TrainsBetween) and _times_on_the_journey(request, understood, item):
        # "karnataka express ka time kya hai", "कर्नाटक एक्सप्रेस का समय" after the trains from
        # Agra to Bhopal: its times at Agra and Bhopal, not its whole run's nor where it is
        ends = {"train": item.train, "from": item.origin, "to": item.destination}
        return TrainFacts(fact="times").with_slots(ends)
    if isinstance(request, LiveStatus):
        update: dict[str, Any] = {"train": item.train}
        changed = isinstance(last, CancelledTrains | RescheduledTrains)
        if changed and request.focus == "train":
            # "12626", "kaveri express?" alone after a day's cancellations: as "the first one",
            # that train's run that day, yes or no first
            assert isinstance(last, CancelledTrains | RescheduledTrains)
            return last.model_copy(update={"train": item.train, "offset": 0})
        there = _station_asked_since(subject, item)
        if request.focus == "reaches" and not request.at and understood.words & END_WORDS:
            pass  # "is it running its full route?": to the end of its run, not the list's ends
        elif not request.at and not changed and there is not None:
            # "when does 12951 reach kota?" … "platform?" after the list: at Kota, the station
            # asked of it since, never where the list boards it
            update["at"] = (there,)
        elif not request.at and not changed:
            arriving = request.focus == "arrival" and isinstance(last, TrainsBetween)
            # "kab pahunchegi" after the trains from Delhi to Agra: at Agra, where it gets off
            update["at"] = (item.destination,) if arriving and item.destination else _at(item, last)
        start = _start(item, subject.date)
        if request.date is None and start is not None and (start <= today or changed):
            update["date"] = start  # a list of a day's changes: that day's run
        elif request.focus is None and understood.numbered:
            pass  # "12627 kahan hai" after tomorrow's trains: the run on its way now, no day's
        elif request.date is None and _ahead(last, subject, today) and item.origin:
            # a journey's trains of a day to come: the run that leaves where it boards that day
            update["date"], update["boarding"] = subject.date, item.origin
        return _on_the_board(request.model_copy(update=update), item, last)
    if isinstance(request, TrainRoute | StopsAt):
        return request.with_slots({"train": item.train})
    if (journey_class := class_asked(understood)) is not None:
        # "does the first one have CC?": whether that train has the class, yes or no first
        return TrainFacts(fact="classes").with_slots({"train": item.train, "class": journey_class})
    if isinstance(request, TrainFacts):
        # "teesri wali kab chalti hai", "how long does the 2nd one take": on the listed journey
        fill = {"train": item.train}
        own = request.origin or request.destination or request.station
        if request.fact in _ON_THE_JOURNEY and not own and item.origin and item.destination:
            fill |= {"from": item.origin, "to": item.destination}
        return request.with_slots(fill)
    if isinstance(request, CancelledTrains | RescheduledTrains):
        # the day said, else the run of the list's day ("is the first one cancelled?" after
        # tomorrow's trains: tomorrow's run), never the day the question alone defaults to
        day = _day_said(understood) or _start(item, subject.date) or today
        return request.model_copy(update={"train": item.train, "date": day, "offset": 0})
    if isinstance(request, _OPEN) or (isinstance(request, TrainsBetween) and not request.slots):
        if isinstance(last, CancelledTrains | RescheduledTrains):
            # "the first one" of a day's cancellations: that train's run that day
            return last.model_copy(update={"train": item.train, "offset": 0})
        if isinstance(last, TrainsBetween):
            return last.model_copy(update={"pick": item.train, "offset": 0, "runs": False})
        return _on_the_board(LiveStatus(train=item.train, at=_at(item, last)), item, last)
    return None


def asked_of(
    item: Listed, request: Request, subject: Subject | None, *, today: dt.date
) -> Request | None:
    """A question about "it" asked of one train of the list just shown, as the list has it
    (where it is boarded, the list's day); None when the list does not say more than its
    number."""
    if subject is None:
        return None
    return _about(item, request, subject, Understood(request), today)


def _times_on_the_journey(request: Request, understood: Understood, item: Listed) -> bool:
    """Whether a question of a listed train asks only its time ("ka time kya hai", "timing?",
    "and 12002 timing?", "का समय"): no narrower question of its run, no station of its own, not
    its whole timetable ("12002 ka route", "12002 timetable")."""
    if not (item.origin and item.destination):
        return False
    if isinstance(request, TrainRoute):
        words = understood.words
        return not words.isdisjoint(TIMING_WORDS) and words.isdisjoint(_WHOLE_RUN)
    if not isinstance(request, LiveStatus) or request.focus not in (None, "train") or request.at:
        return False
    if request.date is not None or not understood.words.isdisjoint(NOW_WORDS):
        # "when does it leave today", "what time does it leave now": that day's run, as the
        # railway changed it
        return False
    return understood.asks_when


# Words that ask a train's whole timetable, not its times on the journey listed.
_WHOLE_RUN: Final = frozenset(
    {"route", "routes", "stops", "stations", "timetable", "schedule", "table", "chart", "full",
     "poora", "pura", "puri", "poori", "all", "sarani", "sarini", "sarni"}
)  # fmt: skip


def _ahead(last: Request | None, subject: Subject, today: dt.date) -> bool:
    """Whether the list on screen is of a journey's trains on a day to come."""
    return isinstance(last, TrainsBetween) and subject.date is not None and subject.date > today


def _at(item: Listed, last: Request | None) -> tuple[str, ...]:
    """The station a listed train is asked about at: where the traveller boards it, or the
    board's station."""
    if isinstance(last, Arrivals) and item.destination is not None:
        return (item.destination,)
    return (item.origin,) if item.origin is not None else ()


def _start(item: Listed, day: dt.date | None) -> dt.date | None:
    """The day the listed train's run starts, for the date it leaves the boarding station."""
    if day is None:
        return None
    return day - dt.timedelta(days=max(0, item.run_day - 1))


def _another_of_the_city(
    understood: Understood, board: Departures | Arrivals, offered: tuple[str, ...]
) -> Request | None:
    """A station typed alone ("perambur", "tambaram", "पेरम्बूर") right after a city's board with
    its other stations offered under it: the same board of that station, never the trains to it
    from the one shown (nor from it to the one shown)."""
    if understood.new_question or understood.numbered or understood.placed:
        return None
    details = understood.details
    place = details.get("station")
    if place is None or set(details) != {"station"}:
        return None
    if not isinstance(understood.request, StationByName | Unknown | Departures | Arrivals):
        return None
    codes = tuple(place) if isinstance(place, list) else (place,)
    if not set(codes) <= set(offered):
        return None
    return board.model_copy(update={"station": codes, "offset": 0})


def _place_alone(
    details: Mapping[str, SlotValue], besides: AbstractSet[str] = frozenset()
) -> tuple[str, ...] | None:
    """The station codes of the one place a message names ("Bhopal", "to Bhopal"), when it says
    nothing else but `besides`; None otherwise."""
    place = details.get("to") or details.get("station")
    if place is None or isinstance(place, int) or set(details) - {"to", "station", *besides}:
        return None  # a station slot is a code or a city's codes, never a number
    return tuple(place) if isinstance(place, list) else (place,)


def _towards(understood: Understood, board: Departures) -> Request | None:
    """ "Any to Bhopal?", "Bhopal wali", "the Bhopal one", "Bhopal" alone right after a board:
    the trains from its station that go there."""
    request = understood.request
    if understood.new_question or understood.numbered or not board.station:
        return None
    details = understood.details
    codes = _place_alone(details, besides={"date"})
    if codes is None:
        return None
    if not isinstance(request, TrainsBetween | StationByName | Unknown | Departures):
        return None
    if board.station[0] in codes:
        return None
    day = details.get("date")
    if isinstance(day, str):
        # "any to bhopal later today?", "kal bhopal ke liye koi?": the day's trains from the
        # board's station to there, not the board's hours
        journey = TrainsBetween().with_slots(
            {"from": list(board.station), "to": list(codes), "date": day}
        )
        # "tomorrow morning to agra?": the part of the day said too
        part = request.part if isinstance(request, TrainsBetween) else None
        return journey.model_copy(update={"part": part}) if part else journey
    return board.model_copy(update={"towards": codes, "offset": 0})


def next_going_there(understood: Understood, subject: Subject | None) -> Request | None:
    """ "Ghaziabad wali agli", "agli ghaziabad jaane wali", "the next one to ghaziabad",
    "गाज़ियाबाद वाली अगली" right after a departures board: the board's trains going to (or
    through) that place, the next of them first; never that place's own board. None for
    anything else ("ghaziabad se agli": from there, a board of its own)."""
    if subject is None:
        return None
    board = subject.listing if isinstance(subject.listing, Departures) else subject.request
    if not isinstance(board, Departures) or not board.station:
        return None
    words = understood.words
    if understood.numbered or understood.train_name or words.isdisjoint(_NEXT_SAID):
        return None
    if not words.isdisjoint(_FROM_THERE) or not isinstance(understood.request, _NEXT_READS):
        return None
    codes = _place_alone(understood.details)
    if codes is None:
        return None
    if board.station[0] in codes:
        return None
    return board.model_copy(update={"towards": codes, "offset": 0})


# "Next": "next", "agli", "agla", "अगली" (read "agli").
_NEXT_SAID: Final = frozenset({"next", "agli", "agla", "agle", "upcoming", "aglee"})
# "From there": a place's own board, not the trains going there.
_FROM_THERE: Final = frozenset({"from", "se", "sey", "frm"})
# What "ghaziabad wali agli" may be read as alone: a journey, a place, nothing, a board.
_NEXT_READS = (TrainsBetween, StationByName, StationByCode, Unknown, OutOfScope, Departures)


def arrival_of_boards_train(understood: Understood, subject: Subject | None) -> Request | None:
    """ "When does the train to bhopal reach there?", "bhopal jaane wali train kab pahunchegi",
    "भोपाल वाली ट्रेन वहाँ कब पहुँचेगी" right after a departures board: when the board's
    train(s) going there arrive there (`going_there` says which), never a journey's list of the
    day nor "which train?"; None for anything else, or when no train of the board goes there."""
    if subject is None or not subject.listed or not isinstance(subject.listing, Departures):
        return None
    if understood.numbered or understood.train_name or understood.pick is not None:
        return None
    # "the train to X", "X wali train": a train of the board named by where it goes; not "it"
    # (the one in hand), "trains arriving at X" (a board of its own), nor how long it takes
    said = understood.train_word and not (understood.refers or understood.plural)
    request = understood.request
    asks = isinstance(request, LiveStatus | TrainsBetween | Unknown) or (
        isinstance(request, TrainFacts) and request.fact == "times"
    )
    words = understood.words
    arriving = words & REACHING or words & ARRIVAL_WORDS or understood.there_end == "to"
    if not (said and asks and arriving):
        return None
    codes = _place_alone(understood.details)
    if codes is None:
        return None
    if subject.listing.station and subject.listing.station[0] in codes:
        return None
    asked = LiveStatus(focus="arrival", at=codes)
    if going_there(asked, subject):
        return asked
    # none of the board's trains goes there: as "any to bhopal?", the board says so
    return subject.listing.model_copy(update={"towards": codes, "offset": 0})


def going_there(request: Request, subject: Subject | None) -> tuple[Listed, ...]:
    """The trains of the departures board just shown whose run ends at where an arrival asked of
    no train is asked ("when does the train to bhopal reach there?"); none for anything else."""
    if not isinstance(request, LiveStatus) or request.focus != "arrival" or request.train:
        return ()
    if subject is None or not isinstance(subject.listing, Departures) or not request.at:
        return ()
    at = set(request.at)
    return tuple(item for item in subject.listed if {item.ends, item.destination} & at)

"""A message read against the subject of the conversation: what was just shown is what the next
message may take for granted.

- A message of details only ("what about 2A?", "and tomorrow?", "aur Itarsi?", "sbc se?", "next
  8 hours") asks the question last answered again with those details changed.
- A question that lacks its train, PNR, journey, class or date takes them from the subject ("is it
  late?", "kab pahunchegi", "fare?", "alert bhi laga do"), as long as it is about the same train:
  a fare for another train does not borrow this one's stations.
- A question about many trains ("cancelled trains today") does not borrow one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, Final, Literal

from app.bot.requests import (
    AlertList,
    AlertStop,
    AlertSubscribe,
    Arrivals,
    CancelledTrains,
    CannotDo,
    Departures,
    Explain,
    Fare,
    Help,
    LiveStatus,
    OutOfScope,
    PnrStatus,
    Request,
    RescheduledTrains,
    SeatAvailability,
    StationByCode,
    StationByName,
    StopsAt,
    TrackPnr,
    TrainFacts,
    TrainRoute,
    TrainsBetween,
    Unknown,
)
from app.bot.requests.journeys import DAY_PARTS, FAST_KIND
from app.bot.state import Listed, Subject
from app.bot.understanding.clock import OPEN_WINDOW_HOURS
from app.bot.understanding.dates import BARE_AFTER, WEEKDAY_WORD
from app.bot.understanding.kind_at_a_station import kind_at_a_station
from app.bot.understanding.lexicon import (
    ALERT_ALL,
    ALERT_PLURALS,
    ALERT_STOP,
    ALERT_TELL,
    ALERT_WHEN,
    CHECK_WORDS,
    CONFIRMED_LATER,
    CORRECTION_WORDS,
    DAY_PART_FILLER,
    DAY_PART_WORDS,
    DURATION_GROUPS,
    DURATION_LIVE,
    GENERIC_KINDS,
    GO_WORDS,
    KAL,
    KIND_PARTS,
    OTHER_TRAIN_NOUNS,
    PAST_WORDS,
    POLITE_WORDS,
    QUESTION_WORDS,
    REACHED_SAID,
    RETURN_WORDS,
    TICKET_STATUS_WORDS,
    TIMING_WORDS,
    TRAIN_KINDS,
    TRAIN_NOUNS,
    WHEN_WORDS,
    WHERE_WORDS,
    Phrases,
    day_parts_in,
    says_other,
)
from app.bot.understanding.listed import (
    HAVING_WORDS,
    arrival_of_boards_train,
    asked_of,
    class_asked,
    from_list,
    going_there,
    next_going_there,
    one_leaving_then,
    whether_it_runs,
    whether_the_listed_one_left,
)
from app.bot.understanding.picks import Pick
from app.bot.understanding.topics import says_chance, says_confirmed, train_number_asked
from app.bot.understanding.understood import PASSENGER_NOUNS, Understood
from app.railways.vocabulary import AC_CLASSES

# Requests about one train, which take the subject's train when they name none.
_ABOUT_A_TRAIN: tuple[type[Request], ...] = (
    LiveStatus,
    TrainRoute,
    StopsAt,
    Fare,
    SeatAvailability,
    TrainFacts,
)
# Requests about a list of trains that also answer for one train ("is it cancelled?").
_LIST_OR_ONE: tuple[type[Request], ...] = (CancelledTrains, RescheduledTrains)
# Requests for one journey on one train.
_JOURNEY: tuple[type[Request], ...] = (Fare, SeatAvailability)
# Fields that page through an answer: a changed question starts from its first page.
_PAGING = {"offset": 0, "page": 1}
_PAGING_BETWEEN = {"offset": 0}


def in_context(understood: Understood, subject: Subject | None, *, today: dt.date) -> Request:
    """The request a message makes, given what the conversation is about; a fare's or seats'
    train taken from the conversation is marked so (the message did not name it)."""
    understood = _weekday_after_the_day(understood, subject, today)
    understood = _kal_of_the_trip(understood, subject, today)
    understood = _passenger_not_a_train(understood, subject)
    request = _coming_run(_in_context(understood, subject, today=today), understood, subject)
    request = _journey_end_unfound(request, understood, subject)
    request = _unfound_ends_left_open(request, understood)
    request = _finished_run(request, understood)
    request = _running_today(request, understood, today)
    request = _timing_asked(request, understood, today)
    request = _leaving_now(request, understood, today)
    if isinstance(request, PnrStatus) and request.chance and understood.yes_or_no:
        request = request.model_copy(update={"plain": True})  # "yes or no, will it confirm?"
    party = understood.details.get("passengers")
    if isinstance(request, SeatAvailability) and isinstance(party, int) and not request.passengers:
        # "2 log 3AC mein delhi se mumbai kal": the party kept with the seats for the fare next
        request = request.model_copy(update={"passengers": party})
    request = _party_kept(request, understood, subject)
    if not isinstance(request, Fare | SeatAvailability) or subject is None:
        return request
    named = request.train in understood.trains or bool(understood.train_name)
    if request.train is None or request.train != subject.train or named:
        return request
    if _fare_of_each_again(request, subject):
        # "and 3a?" after each one's fare
        return _on_the_listed_journey(request.model_copy(update={"train": None}), subject)
    return request.model_copy(update={"train_taken": True})


# "After" as travellers say it ("next train after mine", "uske baad wali", "मेरी ट्रेन के बाद
# वाली" read "... bad vali ...").
_AFTER_WORDS: Final = frozenset({"after", "baad", "bad"})
# What points at the booked train beside "after" ("mine", "my train", "this one", "uske baad
# wali", "that").
_THE_BOOKED_ONE: Final = frozenset(
    {"mine", "my", "meri", "mera", "mere", "this", "that", "it", "uske", "iske", "isse", "usse",
     "iski", "uski", "ye", "yeh", "wo", "woh"}
)  # fmt: skip
_A_TRAIN_SAID: Final = frozenset({"one", "wali", "vali", "wala", "vala", "waali", "waala"})


def _booking_in_hand(subject: Subject | None) -> bool:
    """Whether the last answer was a booking's status with its journey: train, ends, day."""
    if subject is None or not isinstance(subject.request, PnrStatus) or subject.pnr is None:
        return False
    ends = subject.origin is not None and subject.destination is not None
    return ends and subject.train is not None and subject.date is not None


def _after_the_booked_train(understood: Understood, subject: Subject | None) -> Request | None:
    """The trains of a booking's journey that leave after its train ("next train after mine",
    "the one after this", "uske baad wali train", "मेरी ट्रेन के बाद वाली") right after its
    status: from where it boards to where it ends, on its day, from the time the booked train
    leaves, that train left out; None for anything else."""
    if subject is None or not _booking_in_hand(subject):
        return None
    pick = understood.pick
    if understood.numbered or understood.details or (pick and pick.superlative != "next"):
        return None  # "next" of "next train after mine" is no pick of a list: there is none
    words = understood.words | set(pick.rest.split() if pick is not None else ())
    if words.isdisjoint(_AFTER_WORDS) or words.isdisjoint(_THE_BOOKED_ONE | {"mine"}):
        return None
    if not (understood.train_word or not words.isdisjoint(_A_TRAIN_SAID | {"mine"})):
        return None
    assert subject.origin is not None and subject.destination is not None
    return TrainsBetween(
        origin=(subject.origin,),
        destination=(subject.destination,),
        date=subject.date,
        cities=3,  # any station of either city: the next train there, not to one station only
        besides=subject.train,
        after_it=True,
    )


def _onward_of_the_booking(understood: Understood, subject: Subject | None) -> Request | None:
    """Trains onward from where a booking ends ("onward train from delhi to agra", "दिल्ली से
    आगरा की ट्रेन" after a booking to New Delhi), no day said, right after its status: those
    of the day the booked run gets there, after it does (the booked train as the one they are
    besides, which the answer times them by); None for anything else."""
    request = understood.request
    if subject is None or not _booking_in_hand(subject) or understood.numbered:
        return None
    if not isinstance(request, TrainsBetween) or not request.destination:
        return None
    if request.date is not None or request.after is not None or request.besides is not None:
        return None
    if subject.destination not in request.origin:
        return None
    return request.model_copy(update={"besides": subject.train})


def _journey_end_unfound(
    request: Request, understood: Understood, subject: Subject | None
) -> Request:
    """ "from xyzabc", "to gondwanapur" after a journey's trains, words that are no station we
    know: the journey in hand with that end to be asked as not found, never "outside railways"."""
    if not isinstance(request, Unknown | OutOfScope) or not understood.unfound:
        return request
    if subject is None or understood.details or understood.numbered:
        return request
    journey = subject.listing if isinstance(subject.listing, TrainsBetween) else subject.request
    if not isinstance(journey, TrainsBetween):
        return request
    update: dict[str, Any] = {"offset": 0}
    if "from" in understood.unfound:
        update["origin"] = ()
    if "to" in understood.unfound:
        update["destination"] = ()
    return journey.model_copy(update=update)


def _unfound_ends_left_open(request: Request, understood: Understood) -> Request:
    """An end a journey or board question named in words that are no station we know ("delhi
    to xyzabc", "departures from xyzq" after a journey or a board) stays open, to be asked as not
    found: never the conversation's station put in its place, answering a place not asked. (A
    message read as no such question keeps what the conversation makes of it: "mujhe yeswantpur
    se chadhna hai" is a new start, its "chadhna" no place.)"""
    said = understood.request
    if isinstance(request, TrainsBetween) and isinstance(said, TrainsBetween):
        update: dict[str, Any] = {}
        if "from" in understood.unfound and not said.origin:
            update["origin"] = ()
        if "to" in understood.unfound and not said.destination:
            update["destination"] = ()
        return request.model_copy(update=update) if update else request
    if (
        isinstance(request, Departures | Arrivals)
        and isinstance(said, Departures | Arrivals)
        and "from" in understood.unfound
        and not said.station
    ):
        return request.model_copy(update={"station": ()})
    return request


def _fare_of_each_again(request: Fare | SeatAvailability, subject: Subject) -> bool:
    """Whether a fare in a class that names no train ("and 3a?", "2 log ka?") follows the
    fares of several trains answered each (the sleeper fare of a journey's trains): of each of
    them again, not of the first alone."""
    last = subject.request
    return (
        isinstance(request, Fare)
        and isinstance(last, Fare)
        and request.journey_class is not None
        and len(subject.several) > 1
        and subject.train in subject.several
    )


def _leaving_now(request: Request, understood: Understood, today: dt.date) -> Request:
    """ "Trains from delhi to agra now", "abhi delhi se agra koi train hai?", "अभी दिल्ली से
    आगरा ट्रेन": today's trains still to leave, not the timetable of every day."""
    if not isinstance(request, TrainsBetween) or not (request.origin and request.destination):
        return request
    if request.date not in (None, today) or request.pick is not None or request.besides:
        return request
    if understood.words.isdisjoint(_NOW_SAID):
        return request
    return request.model_copy(update={"date": today, "leaving_now": True})


# "Now", "abhi", "अभी" ("ab" alone is as often "so", "ab kya").
_NOW_SAID: Final = frozenset({"now", "abhi", "abi", "abhee", "अभी", "rightnow"})


def _running_today(request: Request, understood: Understood, today: dt.date) -> Request:
    """ "Is it running on time today?", "aaj time pe chal rahi hai?" (a run going now, today
    said as when, not as whose run): the run out there now, as when no day is said (the answer
    mentions today's, not started yet), never only today's run before it leaves; "today's run"
    and "is it late today" keep today's."""
    if not isinstance(request, LiveStatus) or request.date != today:
        return request
    if request.focus not in _RUNNING_FOCI or understood.date_word not in _TODAY_AS_WHEN:
        return request
    words = understood.words
    if "running" not in words and (words.isdisjoint(_GOING) or words.isdisjoint(_PROGRESSIVE)):
        return request  # "is 12627 late today": today's run, so far
    placed = {"station", "from", "to"} & set(understood.details)
    if understood.future_run or request.boarding or placed:
        return request  # "will it reach bhopal on time today": the run there today
    return request.model_copy(update={"date": None})


def _timing_asked(request: Request, understood: Understood, today: dt.date) -> Request:
    """ "Bhopal shatabdi ka time", "time of 12002", "भोपाल शताब्दी का टाइम क्या है" (its time,
    no where, no status, no station): its timings, the run of today or none said (marked
    `timing`: once that run is over, the timetable and the next run answer, not its status; the
    train said with its time alone, its overview with its next run); "timing of bhopal
    shatabdi" read as its route: its stops, with when it next leaves."""
    words = understood.words
    if isinstance(request, TrainRoute) and request.page == 1 and not request.start:
        # "timing of bhopal shatabdi": its stops' times, and when it next leaves
        return request.model_copy(update={"timing": not words.isdisjoint(TIMING_WORDS)})
    if not isinstance(request, LiveStatus) or request.focus not in (None, "train") or request.at:
        return request
    if request.date not in (None, today) or request.boarding is not None:
        return request
    if words.isdisjoint(TIMING_WORDS) or not words.isdisjoint(WHERE_WORDS | _RUN_NOW):
        return request
    # ("time of bhopal shatabdi", "12002 ka time": the train said with only its time, its
    # overview with when it next leaves)
    return request.model_copy(update={"timing": True})


# Words of a run as it goes now ("status", "running", "abhi"): its status, never its timings.
_RUN_NOW: Final = frozenset(
    {"status", "live", "running", "run", "chal", "chalri", "abhi", "now", "late", "delay",
     "position", "स्टेटस", "अभी", "लाइव"}
)  # fmt: skip


# How a run is doing now, asked of "today" ("on time today?", "aaj kitni late hai").
_RUNNING_FOCI: Final = frozenset({"on_time", "late"})
# "Chal rahi hai": a run going now, said in Hinglish (and in Hindi, once romanised).
_GOING: Final = frozenset({"chal", "chl"})
_PROGRESSIVE: Final = frozenset({"rahi", "raha", "rahe", "rhi", "rha"})
# "Today" said as when, not as whose run ("today's run", "aaj wali").
_TODAY_AS_WHEN: Final = frozenset({"today", "aaj", "aj", "आज"})


def _passenger_not_a_train(understood: Understood, subject: Subject | None) -> Understood:
    """ "What coach is the first passenger in?", "teesre passenger ka kya hua" after a booking:
    the words read as a train's name ("... Passenger") are the passenger of the booking they
    name by place, not a train; the message as it was otherwise."""
    if subject is None or subject.pnr is None or not understood.passenger:
        return understood
    named = understood.train_name.lower().split()
    if len(named) != 2 or named[1] not in PASSENGER_NOUNS:
        return understood
    numbered = bool(understood.pnrs or understood.trains)
    return replace(understood, train_name="", numbered=numbered)


def _coming_run(request: Request, understood: Understood, subject: Subject | None) -> Request:
    """ "When will it reach X", "X kab pahunchegi" (a run to come, no day said) after a train's
    timetable: the run that will get there, not one already past it (marked `coming`; a
    correction of the stop keeps it). Asked afresh, of the run out there, it stays that run's."""
    if not isinstance(request, LiveStatus) or request.focus != "arrival" or request.date:
        return request
    last = subject.request if subject is not None else None
    planning = isinstance(last, TrainRoute | TrainFacts) or (
        isinstance(last, LiveStatus) and last.coming
    )
    if planning and understood.future_run:
        return request.model_copy(update={"coming": True})
    return request


# What a question of a run that finished asks: when it got there, how late ("was it late?").
_FINISHED_FOCI: Final = frozenset({"arrival", "late"})


def _finished_run(request: Request, understood: Understood) -> Request:
    """ "What time did it reach bangalore?", "was it late?", "kitni late pahunchi" (the past
    said, no day): the run that got there, not one yet to start (marked `finished`)."""
    if not isinstance(request, LiveStatus) or request.date or request.focus not in _FINISHED_FOCI:
        return request
    words = understood.words
    past = words & PAST_WORDS or REACHED_SAID.said_in(words)
    if not past or understood.future_run:
        return request
    return request.model_copy(update={"finished": True})


def _party_kept(request: Request, understood: Understood, subject: Subject | None) -> Request:
    """Seats asked next in a conversation a party was said in ("seats?" after the fare for 3,
    "and in 12628?" after seats for 4, "sleeper mein jagah hai?" after "hum 4 log"): for that
    party, whether there is room for all of them; a whole question of its own (its train and
    both stations said) is asked afresh, as a fare's is, and a booking's passengers (after its
    PNR) are not a party said for the seats."""
    if not isinstance(request, SeatAvailability) or request.passengers or subject is None:
        return request
    said_train = bool(understood.trains or understood.train_name)
    if subject.passengers is None or (said_train and {"from", "to"} <= set(understood.details)):
        return request
    if subject.pnr is not None or subject.booked is not None:
        return request  # a booking's passengers, not a party said for this journey
    return request.model_copy(update={"passengers": subject.passengers})


def _kal_of_the_trip(understood: Understood, subject: Subject | None, today: dt.date) -> Understood:
    """ "Kal" (yesterday or tomorrow) in a question of a run said in no past tense ("shatabdi
    time pe hai na kal?") while the conversation is about a trip tomorrow (its trains, seats or
    fare): tomorrow's run, not yesterday's; the message as it was for anything else."""
    request = understood.request
    yesterday, tomorrow = today - dt.timedelta(days=1), today + dt.timedelta(days=1)
    if subject is None or understood.date_word not in KAL or not isinstance(request, LiveStatus):
        return understood
    if request.date != yesterday or not understood.words.isdisjoint(PAST_WORDS):
        return understood
    listing = subject.listing
    days = {subject.date, listing.model_dump().get("date") if listing is not None else None}
    if tomorrow not in days or not understood.words.isdisjoint(_A_RUN_OF):
        return understood
    return replace(understood, request=request.model_copy(update={"date": tomorrow}))


def _weekday_after_the_day(
    understood: Understood, subject: Subject | None, today: dt.date
) -> Understood:
    """A weekday said alone ("what about monday", "shukravar ko?", "सोमवार को?") while a day a
    week or more ahead is talked about: the next such day after that day, not this week's; the
    message as it was for anything else. A day talked about within the week, or a correction
    ("sorry, friday", "nahi, shukravar"), keeps the nearest such day: "friday" after Saturday's
    trains is the Friday before it, never the one a week on."""
    said = understood.details.get("date")
    day = subject.date if subject is not None else None
    if understood.date_word != WEEKDAY_WORD or not isinstance(said, str) or day is None:
        return understood
    if understood.numbered or understood.train_name:
        return understood  # "क्या 12626 सोमवार को चलेगी": a question of its own, this week's
    if not understood.words.isdisjoint(CORRECTION_WORDS):
        return understood
    asked = dt.date.fromisoformat(said)
    if (day - today).days < 7 or asked >= day:
        return understood
    later = day + dt.timedelta(days=(asked.weekday() - day.weekday() - 1) % 7 + 1)
    details = {**understood.details, "date": later.isoformat()}
    request = understood.request
    if request.model_dump().get("date") is not None:
        request = request.with_slots({"date": later})
    return replace(understood, request=request, details=details)


def _in_context(understood: Understood, subject: Subject | None, *, today: dt.date) -> Request:
    """The request a message makes, given what the conversation is about."""
    of_a_kind = kind_at_a_station(understood)
    if of_a_kind is not None:
        return of_a_kind  # "there's a rajdhani from nizamuddin, right?": whether one stops there
    booking = _booking_pointed_at(understood, subject)
    if booking is not None:  # "track the first one" after several PNRs: that booking's
        of_it = _in_context(replace(understood, pick=None), booking, today=today)
        if isinstance(of_it, Unknown | OutOfScope) and booking.pnr is not None:
            return PnrStatus(pnr=booking.pnr)  # "the first one", "pehla wala": its status
        return of_it
    after_booked = _after_the_booked_train(understood, subject)
    if after_booked is not None:
        return after_booked  # "next train after mine" after a PNR: its journey, after it
    code = _code_of_the_station_in_hand(understood, subject)
    if code is not None:
        return code  # "and its code?", "iska code?", "इसका कोड?" after a station: its code
    onward = _onward_of_the_booking(understood, subject)
    if onward is not None:
        return onward  # "onward train from delhi to agra" after a PNR to Delhi: once there
    back = _way_back(understood, subject)
    if back is not None:
        return back  # "ok then show return trains on the 12th": the journey the other way
    elsewhere = _to_another_place(understood, subject)
    if elsewhere is not None:
        return elsewhere  # "acha toh mysore ki?", "और पुणे?" after trains: from there to it
    other_way = _the_other_way(understood, subject)
    if other_way is not None:
        return other_way  # "and the other direction?", "ulti disha ki train?": the same, back
    day_after = _the_day_after(understood, subject, today)
    if day_after is not None:
        return day_after  # "the next day?", "agle din?", "अगले दिन?": the same, a day on
    halt_after = _halt_after_the_station(understood, subject)
    if halt_after is not None:
        return halt_after  # "and after agra?", "आगरा के बाद?": its halt after Agra
    stops_between = _its_stops_between(understood, subject)
    if stops_between is not None:
        return stops_between  # "stops between X and Y" of the train in hand: its stops there
    time_between = _its_time_between(understood, subject)
    if time_between is not None:
        return time_between  # "how long from bhopal to agra?" of the train in hand: its time
    goes = _where_the_listed_one_goes(understood, subject)
    if goes is not None:
        return goes  # "where does it go?" after a list: the train in hand's whole run, or which
    gone = whether_the_listed_one_left(understood, subject, today=today)
    if gone is not None:
        return gone  # "has tonight's one gone yet?", "raat wali nikal gayi?" after a list
    one_then = one_leaving_then(understood, subject, today=today)
    if one_then is not None:
        return one_then  # "the evening one" of a list with one train then: that train
    in_part = _in_part(understood, subject)
    if in_part is not None:
        return in_part  # "evening?", "और शाम को?" after a list or a board: cut to that part
    going_next = next_going_there(understood, subject)
    if going_next is not None:
        return going_next  # "ghaziabad wali agli" after a board: its trains going there
    arriving = arrival_of_boards_train(understood, subject)
    if arriving is not None:
        return arriving  # "when does the train to bhopal reach there?" after a board: its own
    board = _board_again(understood, subject)
    if board is not None:
        return board  # "arrivals?" after departures, "and agra?": the same window
    another_day = _board_of_another_day(understood, today)
    if another_day is not None:
        return another_day  # "ndls departures tomorrow": that day's trains, a board is hours
    stop = _alerts_stopped(understood, subject)
    if stop is not None:
        return stop  # "sab band karo", "सब बंद करो" after an alert's answer: stop them
    other = _train_corrected(understood, subject)
    if other is not None:
        return other  # "no, kaveri express SL" after 12627's fare: Kaveri Express's, in SL
    start = _start_changed(understood, subject)
    if start is not None:
        return start  # "what if I start from mysore", "I will board at agra": from there
    booked = _the_booked_train(understood, subject)
    if booked is not None:
        return booked  # "what's the train number?" after a PNR: the booking's train
    number = _its_number(understood, subject)
    if number is not None:
        return number  # "uska number kya hai" of the train in hand: its card, number first
    leaves_there = _when_it_leaves_a_place(understood, subject)
    if leaves_there is not None:
        return leaves_there  # "aaj wali train delhi se kitne baje niklegi": its time there
    boards_there = _boards_there(understood, subject)
    if boards_there is not None:
        return boards_there  # "perambur se chadh sakte hai?" of the train in hand: its stop
    corrected = _end_corrected(understood, subject)
    if corrected is not None:
        return corrected  # "no, bhopal" after the trains from Delhi to Mumbai: to Bhopal
    none_listed = _of_no_trains(understood, subject)
    if none_listed is not None:
        return none_listed  # "fastest?", "fare?" after a list with no train: it says so
    plain = _in_a_non_ac_class(understood, subject)
    if plain is not None:
        return plain  # "non ac me kitna" after a 3A fare: of the classes without AC, which
    cooled = _in_an_ac_class(understood, subject)
    if cooled is not None:
        return cooled  # "एसी में कितना है?" after a sleeper fare: of the AC classes, which
    in_class = _in_another_class(understood, subject)
    if in_class is not None:
        return in_class  # "does it have 3A?", "is there 2A?" after a fare or seats: in that class
    has_class = _class_on_the_list(understood, subject)
    if has_class is not None:
        return has_class  # "does it have 2AC?" after a list: which of its trains have it
    of_the_train = _class_of_the_train(understood, subject)
    if of_the_train is not None:
        return of_the_train  # "1A hai kya?" after a train's card: yes or no, and its classes
    again = _journey_of_another_train(understood, subject)
    if again is not None:
        return again  # "12002 cc?" after a fare, "kaveri express?" after seats: the same, its day
    kind = _kind_on_the_list(understood, subject)
    if kind is not None:
        return kind  # "is there any rajdhani?", "koi AC train hai?" after a list: yes or no
    named_there = _named_one_there(understood, subject)
    if named_there is not None:
        return named_there  # "will the kaveri go to mysore?" after a list: yes or no, of it
    taking = _how_long_on_the_board(understood, subject)
    if taking is not None:
        return taking  # "how long does the memu take to ghaziabad?" after a board: its time
    named_by_word = _one_asked_by_its_word(understood, subject, today)
    if named_by_word is not None:
        return named_by_word  # "ok the brindavan then. CC seats?": the Brindavan's, not the list's
    same_of_named = _same_of_another_named(understood, subject)
    if same_of_named is not None:
        return same_of_named  # "what about the rajdhani?" after 12627's fare: the Rajdhani's
    listed = from_list(understood, subject, today=today)
    if listed is not None:
        return listed  # "the 2nd one's fare", "which is fastest", "any to Bhopal?"
    by_word = _listed_by_word(understood, subject, today)
    if by_word is not None:
        return by_word  # "kaveri sleeper", "brindavan?" after the trains listed
    by_kind = _listed_by_kind(understood, subject)
    if by_kind is not None:
        return by_kind  # "memu wali", "the express one" after a board: the trains of that kind
    started = _start_implied(understood, subject)
    if started is not None:
        return started  # "koi aur train agra ke liye" after a cancelled train: from its start
    request = understood.request
    if subject is None or subject.empty:
        return request
    if understood.again and subject.request is not None:
        return subject.request  # "check it again", "फिर से चेक करो": the last answer, afresh
    if _asks_plainly(understood, subject) and subject.pnr is not None:
        # "haan ya na batao", "just tell me yes or no" after a booking: its chance, plainly
        return PnrStatus(pnr=subject.pnr, chance=True, plain=True)
    if _about_the_cancelled_booking(request, subject):
        # "refund milega?", "ticket cancel karu?" after a PNR on a cancelled train: its refund
        return request.model_copy(update={"problem": "train_cancelled"})
    if _asks_the_booked_day(understood, subject) and subject.pnr is not None:
        # "which day is the train?", "journey kis din hai" after a booking: its journey's date,
        # never the days the train runs
        return PnrStatus(pnr=subject.pnr, focus="date")
    if _asks_the_day_of_the_time_shown(understood, subject):
        # "which day?", "kis din?" after when the train reaches (or leaves) a stop: that answer
        # again, its day said with the date ("tomorrow, Thu 19 Nov"), never the days it runs
        assert subject.request is not None
        if isinstance(subject.request, LiveStatus):
            return subject.request.model_copy(update={"dated": True})
        return subject.request
    standing = _how_the_booking_stands(understood, subject)
    if standing is not None:
        # "how many of us are confirmed?", "how much waiting now?", "अब कितनी वेटिंग है" after
        # a booking: the count, or its waiting list's places now; never seats nor a fare
        return standing
    waiting = _passengers_of_a_status(understood, subject)
    if waiting is not None:
        return waiting  # "will the RAC one get a berth?" after a booking: that passenger's chance
    if understood.knowing and subject.pnr is not None and not understood.numbered:
        return Explain(term="CHART")  # "kab tak pata chalega" after a booking: by the chart
    if tracks_the_pnr(understood, subject):
        return AlertSubscribe(pnr=subject.pnr)  # "track it", "isse track karo" after a PNR
    if _asks_its_news(understood, subject) and subject.pnr is not None:
        return PnrStatus(pnr=subject.pnr)  # "any update?", "ab kya position hai?" after its alerts
    passenger = _one_passenger(understood, subject) or _another_passenger(understood, subject)
    if passenger is not None:
        return passenger  # "what is P2's berth?", "यात्री 3 की सीट क्या है?" after a PNR
    if understood.booking and subject.pnr is not None and not understood.numbered:
        # "which coach is P1 in", "mera coach kaunsa hai": where they sit first, then the card
        return PnrStatus(pnr=subject.pnr, focus="berth")
    if _asks_its_chance(understood, subject) and subject.pnr is not None:
        # "what are my chances?", "चांस कितने हैं?" after a booking: its chance of confirmation
        return PnrStatus(pnr=subject.pnr, chance=True)
    if _asks_its_chart(understood, subject) and subject.pnr is not None:
        # "is the chart ready?", "चार्ट बन गया क्या" after a booking: its chart, yes or no first
        return PnrStatus(pnr=subject.pnr, focus="chart")
    if _asks_if_confirmed(understood, subject) and subject.pnr is not None:
        # "is it confirmed?", "ticket confirm hai?" after a booking: yes or no, then its status
        return PnrStatus(pnr=subject.pnr, focus="confirmed")
    boarding = _boarding(understood, subject, today) or _booked_arrival(understood, subject)
    boarding = boarding or _followed_arrival(understood, subject)
    if boarding is not None:
        return boarding
    how_far = _how_far_to(understood, subject)
    if how_far is not None:
        return how_far  # "how far is bhopal from the start?" of the train in hand: to there
    how_long = _how_long_to(understood, subject)
    if how_long is not None:
        # "how long to reach bhopal" about the train in hand: how long it takes to get there
        return _filled(how_long, subject, understood, today)
    between = _between_the_two(understood, subject)
    if between is not None:
        return between  # "trains between those two" after two stations: from the first
    elliptical = _elliptical(understood, subject, today)
    if elliptical is not None:
        return elliptical
    fresh = _journey_instead_of_the_cancelled(understood, subject)
    if fresh is not None:
        return fresh  # "agra to bhopal today" after 12626's seats, cancelled that day: the trains
    windowed = isinstance(request, Departures | Arrivals) and request.after is not None
    own = _asks_its_own_fact(understood, subject.request)
    journey = _a_journey_of_its_own(understood, subject.request)
    if understood.only_details and subject.request is not None and not windowed and not own:
        changed = _changed(subject.request, understood, today) or _journey_again(
            subject, understood, today
        )
        if changed is not None and not journey:
            return _of_each_again(changed, subject)
    if _asks_if_it_runs(understood, subject):
        # "is it running today?", "aaj chal rahi hai?", "क्या आज चल रही है" about the train in
        # hand: whether it runs that day, yes or no first, not where it is
        asked = {"train": request.slots.get("train"), "date": understood.details["date"]}
        request = TrainFacts(fact="days").with_slots({k: v for k, v in asked.items() if v})
    elif _asks_the_trains_status(understood, subject) or _asks_when_it_leaves(understood, subject):
        request = LiveStatus()  # "its status" after a PNR: where its train is
    elif _asks_where_it_leaves_from(understood, subject):
        # "which station does it leave from?" after a booking or a train: where (and when) it
        # leaves, the booking's boarding station for a booking, never "Which station?"
        request = LiveStatus(focus="departure")
    elif _asks_when_its_run_leaves(understood, subject):
        # "kab chalegi?", "when will it leave?" after its live status: when that run leaves
        # (or left) its start, never the card again
        request = LiveStatus(train=subject.train, date=subject.date, focus="departure")
    elif _asks_if_it_runs_late(understood, subject):
        # "aaj late chal rahi hai kya" after its timetable: how late the train in hand runs, not
        # whether the railway rescheduled it (nor the list of late trains)
        day = understood.details.get("date")
        request = LiveStatus(focus="late").with_slots({"date": day} if day else {})
    return _filled(request, subject, understood, today)


def _a_journey_of_its_own(understood: Understood, last: Request | None) -> bool:
    """Whether the details are a journey's two ends and its day ("chennai se bangalore kal")
    said after a train's fact, stops, route or status asked with no journey in it: the
    journey's trains, a question of its own, never that question of the train (or trains) in
    hand at those places."""
    if not {"from", "to", "date"} <= set(understood.details):
        return False
    if not isinstance(last, TrainFacts | StopsAt | TrainRoute | LiveStatus):
        return False
    return not (last.slots.get("from") or last.slots.get("to"))


# Words that ask whether there is one ("any", "koi", "is there", "kya ... hai").
_WHETHER_ANY = frozenset({"any", "koi", "there", "kya", "hai", "koyi", "kyaa"})
# Kinds a train's name says, of two words said together.
_TWO_WORD_KINDS = ("vande bharat", "garib rath", "sampark kranti", "jan shatabdi")
# What a question about whether a kind is on the list may be read as alone.
_KIND_READS: tuple[type[Request], ...] = (Unknown, OutOfScope, LiveStatus, TrainsBetween)


def _kind_on_the_list(understood: Understood, subject: Subject | None) -> Request | None:
    """Whether a kind of train is among the trains just listed ("is there any rajdhani?", "koi
    shatabdi hai kya", "any vande bharat on this list?", "koi AC train hai?"): the list asked
    again for that kind, yes or no first; None for anything else (a train named, a place, a
    kind said with no question: "rajdhani?" is that train of the list)."""
    listing = subject.listing if subject is not None else None
    boards = (TrainsBetween, Departures, Arrivals)
    if subject is None or not subject.listed or not isinstance(listing, boards):
        return None
    request, words = understood.request, understood.words
    if understood.trains or understood.pnrs or understood.details:
        return None  # ("numbered" holds for a kind read as a train's name)
    if not isinstance(request, _KIND_READS) or request.slots.get("train"):
        return None
    if not (understood.any_train or not words.isdisjoint(_WHETHER_ANY)):
        return None
    kind = _kind_said(understood)
    if kind is None and isinstance(listing, TrainsBetween) and _asks_a_faster_one(understood):
        kind = FAST_KIND  # "koi fast train hai?", "any faster train?": the quickest, yes or no
    if kind is None:
        return None
    if not isinstance(listing, TrainsBetween):  # a station's board: its trains of that kind
        return listing.model_copy(update={"kind": kind, "offset": 0, "beyond": 0})
    return listing.model_copy(update={"kind": kind, "offset": 0, "pick": None, "runs": False})


def _asks_a_faster_one(understood: Understood) -> bool:
    """Whether a message asks for a quicker train, no kind or place named ("koi fast train
    hai?", "any faster train?", "is there a quicker one", "कोई तेज़ ट्रेन है?")."""
    words, pick = understood.words, understood.pick
    if not words.isdisjoint(_WHICH_ONE | _NOT_OF_SPEED):
        return False  # "which one is fast?": the fastest, picked; not of speed at all
    if pick is not None and pick.superlative == "fastest":
        return not words.isdisjoint(_ANY_ONE)  # "any faster train?", "is there a quicker one"
    return not words.isdisjoint(_FAST_WORDS)


# A quick train: "fast", "faster", "quicker", "tez", "तेज़" (read "tez", "tej").
_FAST_WORDS: Final = frozenset(
    {"fast", "faster", "fastest", "quick", "quicker", "quickest", "speedy", "tez", "tej", "tezz",
     "teji", "jaldwali"}
)  # fmt: skip
# "Any", "is there": whether there is one, not which one.
_ANY_ONE: Final = frozenset({"any", "koi", "koyi", "there", "kya", "kyaa"})
# "Which one": the one picked, not whether there is one.
_WHICH_ONE: Final = frozenset(
    {"which", "kaun", "kaunsi", "konsi", "kaunsa", "konsa", "kon", "kaunse", "konse"}
)
# Words of something else than the train's speed ("fast charging", "fast food", a fare).
_NOT_OF_SPEED: Final = frozenset(
    {"food", "charging", "charger", "fare", "kiraya", "price", "ticket", "booking", "wifi"}
)


def _class_on_the_list(understood: Understood, subject: Subject | None) -> Request | None:
    """Whether a train of the list just shown has a class ("does it have 2AC?", "is there CC?",
    "इसमें 3एसी है?"): of the listed train in hand, that train's classes, yes or no first; else
    the list asked again for the trains that have it, yes or no first; None for anything else
    (a train of the list pointed at asks of that train)."""
    listing = subject.listing if subject is not None else None
    if subject is None or not subject.listed or not isinstance(listing, TrainsBetween):
        return None
    journey_class = class_asked(understood) if understood.pick is None else None
    if journey_class is None:
        return None
    if subject.train is not None and subject.train in subject.listed_trains:
        return TrainFacts(fact="classes").with_slots(
            {"train": subject.train, "class": journey_class}
        )
    return listing.model_copy(
        update={"kind": journey_class, "offset": 0, "pick": None, "runs": False}
    )


def _kind_said(understood: Understood) -> str | None:
    """The kind of train a message names and nothing else of a train's name: "rajdhani",
    "vande bharat", or "ac" ("AC train"); None when it names none, or a train's own name."""
    words, name = understood.words, understood.train_name.lower()
    two = next((kind for kind in _TWO_WORD_KINDS if set(kind.split()) <= words), None)
    if two is not None:
        return two
    kinds = words & TRAIN_KINDS - GENERIC_KINDS - KIND_PARTS
    if name and not set(name.split()) <= TRAIN_KINDS:
        return None  # "any karnataka express": a train of its own
    if len(kinds) == 1:
        return next(iter(kinds))
    generic = {_GENERIC_SAID.get(word, word) for word in words & GENERIC_KINDS}
    if not kinds and len(generic) == 1:
        return next(iter(generic))  # "koi mail train hai?", "any express?", "सुपरफास्ट वाली"
    if "ac" in words and (not words.isdisjoint(OTHER_TRAIN_NOUNS) or understood.train_word):
        return "ac"
    return None


# A kind of train said short: its whole word.
_GENERIC_SAID: Final = {"exp": "express", "sf": "superfast"}


def _asks_its_chance(understood: Understood, subject: Subject) -> bool:
    """Whether a message asks the chance of the booking just shown, in words that alone ask
    nothing known ("what are my chances?", "chances?", "चांस कितना है"): no train, PNR, journey
    or date of its own."""
    if subject.pnr is None or understood.numbered or not says_chance(understood.words):
        return False
    request = understood.request
    return isinstance(request, Unknown | OutOfScope) and not understood.details


def _asks_plainly(understood: Understood, subject: Subject) -> bool:
    """Whether a message only demands a plain yes or no about the booking just shown ("haan ya
    na batao", "just tell me yes or no", "हाँ या ना बताओ"): no train, PNR, journey or date of
    its own."""
    if subject.pnr is None or understood.numbered or not understood.yes_or_no:
        return False
    request = understood.request
    return isinstance(request, Unknown | OutOfScope) and not understood.details


def _asks_its_chart(understood: Understood, subject: Subject) -> bool:
    """Whether a message asks about the chart of the booking just shown, in words taken for
    another topic or for nothing ("is the chart ready?", "chart ready hua kya", "चार्ट बन गया
    क्या": a chart of something else, read alone): no train, PNR, journey or date of its own."""
    if subject.pnr is None or understood.numbered or understood.term != "CHART":
        return False
    if understood.words.isdisjoint(_CHART_DONE):
        return False  # ("make a pie chart of my sales": a chart of something else)
    request = understood.request
    return isinstance(request, Unknown | OutOfScope) and not understood.details


# Words asking whether a chart is made: ready, prepared, out ("chart bana?", "चार्ट बन गया").
_CHART_DONE: Final = frozenset(
    {"ready", "prepared", "prepare", "made", "out", "done", "final", "finalised", "finalized",
     "bana", "bani", "bane", "ban", "banaya", "taiyar", "tayar", "taiyaar", "nikla", "nikal",
     "hua", "hui", "gaya", "gayi", "aaya", "aa", "बना", "बनी", "बन", "तैयार", "निकला", "हुआ",
     "गया", "आया"}
)  # fmt: skip


def _asks_if_confirmed(understood: Understood, subject: Subject) -> bool:
    """Whether a message asks whether the booking just shown is confirmed, in words that alone
    ask nothing known ("is it confirmed?", "confirmed?", "क्या टिकट कन्फर्म है?", "is my seat
    confirmed"): no train, PNR, journey or date of its own."""
    if subject.pnr is None or understood.numbered or not says_confirmed(understood.words):
        return False
    request = understood.request
    # "is my booking confirmed": one ask (not "confirm hua kya aur train kab chalegi"), not "will
    # it confirm?" nor "confirm hone ki sambhavna kitni hai" (its chance)
    unnamed = isinstance(request, PnrStatus) and request.pnr is None and not request.chance
    unnamed = unnamed and understood.words.isdisjoint(CONFIRMED_LATER | _AND_ALSO)
    return (unnamed or isinstance(request, Unknown | SeatAvailability)) and not understood.details


_AND_ALSO: Final = frozenset({"and", "aur", "also", "bhi", "और"})


def _one_passenger(understood: Understood, subject: Subject) -> PnrStatus | None:
    """One passenger of the booking just shown, asked about by number or place ("what is P2's
    berth?", "passenger 3 ka status", "दूसरे यात्री की सीट"): their status alone, never the
    whole card again nor what a berth is; None when no passenger is named, or the message names
    a train, a PNR or a place of its own."""
    if subject.pnr is None or not understood.passenger or understood.train_name:
        return None
    request = understood.request
    if request.slots.get("pnr") not in (None, subject.pnr) or request.slots.get("train"):
        return None
    if understood.trains or {"from", "to", "station", "date"} & set(understood.details):
        return None  # ("passenger 2's berth" may read "2s" as a class: no journey of its own)
    # "when will passenger 2 confirm": whether that passenger is confirmed, first
    chance = isinstance(request, PnrStatus) and request.chance
    return PnrStatus(pnr=subject.pnr, passenger=understood.passenger, chance=chance)


# "Where does it go?", "kahan tak jaati hai", "what is its destination": where a train's run ends.
_WHERE: Final = frozenset({"where", "kahan", "kahaan", "kaha", "kidhar", "कहाँ", "कहां"})
_GOES: Final = frozenset(
    {"go", "goes", "going", "jaati", "jati", "jaegi", "jayegi", "jaata", "jata", "end", "ends",
     "terminate", "terminates", "जाती", "जाएगी"}
)  # fmt: skip
_DESTINATION: Final = frozenset({"destination", "terminus", "last", "aakhri", "akhri"})


def _where_the_listed_one_goes(understood: Understood, subject: Subject | None) -> Request | None:
    """ "Where does it go?" after a list of trains: where the train in hand (one of the list just
    picked) runs to, end to end, not the list's stretch; with no train in hand, which one is
    meant is asked (the list a tap away). None for anything else (a place, a train named)."""
    if subject is None or not subject.listed or understood.numbered or understood.train_name:
        return None
    if understood.details or understood.plural or understood.pick is not None:
        return None
    request, words = understood.request, understood.words
    if not isinstance(request, Unknown | OutOfScope | TrainFacts) or request.slots:
        return None
    goes = not words.isdisjoint(_WHERE) and not words.isdisjoint(_GOES)
    if not (goes or (not words.isdisjoint(_DESTINATION) and understood.refers)):
        return None
    if subject.train in subject.listed_trains:
        return TrainFacts(train=subject.train, fact="times")
    if len(subject.listed) == 1:
        return TrainFacts(fact="times").with_slots({"train": subject.listed[0].train})
    return TrainFacts(fact="times")  # each train of the list, where it runs to


def _asks_the_booked_day(understood: Understood, subject: Subject) -> bool:
    """Whether "which day" is asked of the train of the booking just shown ("which day is the
    train?", "journey kis din hai", "ट्रेन किस दिन है"): the one day of that journey, not the days
    the train runs ("which days does it run" stays its running days)."""
    request = understood.request
    if subject.pnr is None or understood.numbered or understood.train_name or understood.details:
        return False
    if not isinstance(request, TrainFacts) or request.fact != "days" or request.train:
        return False
    return not (understood.runs or request.daily or understood.words & _DAYS_OF_RUNNING)


# Words that ask the days a train runs, not the day of one journey.
_DAYS_OF_RUNNING: Final = frozenset({"days", "daily", "roz", "rozana", "weekly", "dino", "dinon"})
# A passenger's current status named as a kind ("the RAC one", "waiting wale"): that kind.
_STATUS_KINDS: Final = {
    "rac": "RAC",
    "wl": "WL",
    "waiting": "WL",
    "waitlist": "WL",
    "waitlisted": "WL",
    "gnwl": "WL",
}
# Words that point at one (or some) of a booking's passengers by what they are.
_ONES: Final = frozenset(
    {"one", "ones", "wala", "wali", "wale", "waala", "waali", "waale", "vala", "vali", "vale"}
    | {"passenger", "passengers", "yatri", "person", "guy", "ticket", "berth", "seat"}
)


# What a booking's standing may be read as without the booking in mind: seats or a fare
# ("kitna waiting hai", "how much waiting"), a word explained ("waiting number"), nothing.
_STANDING_READS: tuple[type[Request], ...] = (
    Unknown, OutOfScope, PnrStatus, SeatAvailability, Fare, Explain
)  # fmt: skip
# Words asking how many, or how far along ("how many", "kitne", "how much", "position", "number").
_HOW_MANY: Final = frozenset(
    {"many", "much", "kitne", "kitni", "kitna", "kitnay", "count", "number", "position", "no"}
)
# Words that point at one passenger by their status ("the RAC one", "waiting wala").
_ONE_OF_THEM: Final = frozenset(
    {"one", "ones", "wala", "wali", "wale", "waala", "waali", "waale", "vala", "vali", "vale"}
)
# Words of a place on the waiting list.
_WAITING_WORDS: Final = frozenset({"waiting", "wl", "waitlist", "waitlisted", "veting"})


# Words that ask only which day ("which day?", "kis din", "what date", "किस दिन").
_WHICH_DAY: Final = frozenset(
    {"which", "what", "whats", "kis", "kaun", "kaunse", "konse", "kaunsa", "konsa", "day", "date",
     "din", "tarikh", "tareekh", "on", "is", "that", "it", "the", "ko", "hai", "will", "be"}
)  # fmt: skip


def _asks_the_day_of_the_time_shown(understood: Understood, subject: Subject) -> bool:
    """Whether a message asks only which day, right after when a train reaches or leaves a stop
    was answered: the day of that time, not the days the train runs."""
    last = subject.request
    at_a_stop = isinstance(last, LiveStatus) and last.focus in ("arrival", "departure")
    timed = at_a_stop and bool(getattr(last, "at", ()))
    timed = timed or (isinstance(last, TrainFacts) and last.fact == "times" and bool(last.station))
    if not timed or understood.numbered or understood.train_name or understood.details:
        return False
    words = understood.words
    if not words & {"day", "date", "din", "tarikh", "tareekh"} or not words <= _WHICH_DAY:
        return False
    return isinstance(understood.request, TrainFacts | Unknown | OutOfScope)


# Answers about a journey to book, after which waiting asked is that journey's seats'.
_JOURNEY_SHOWN: tuple[type[Request], ...] = (Fare, SeatAvailability, TrainsBetween)


def _how_the_booking_stands(understood: Understood, subject: Subject) -> PnrStatus | None:
    """How many of the booking just shown are confirmed ("how many of us are confirmed?", "हम
    में से कितने कन्फर्म हैं"), or where its waiting list stands now ("how much waiting now?",
    "kitna waiting hai ab", "अब कितनी वेटिंग है", "what's my waiting position"): a question of
    how many about it, naming no train, PNR, passenger, class, place or date of its own; None
    for anything else ("will the RAC one get a berth?" is that passenger's)."""
    pnr = subject.pnr or subject.booked
    if pnr is None or isinstance(subject.request, _JOURNEY_SHOWN):
        return None  # "kitna waiting hai" after a fare or seats: that journey's seats
    if understood.numbered or understood.train_name or understood.passenger or understood.details:
        return None
    if understood.pick is not None or not isinstance(understood.request, _STANDING_READS):
        return None
    words = understood.words
    if not words & _HOW_MANY or words & _ONE_OF_THEM or says_chance(words):
        return None  # "waiting wale ka kitna chance hai": that passenger's chance
    if says_confirmed(words) and not words & CONFIRMED_LATER - _HOW_MANY:
        return PnrStatus(pnr=pnr, focus="count")
    if words & _WAITING_WORDS:
        return PnrStatus(pnr=pnr, focus="waiting")
    return None


def _passengers_of_a_status(understood: Understood, subject: Subject) -> PnrStatus | None:
    """The booking's passenger(s) in a status, asked about by that status ("will the RAC one get
    a berth?", "waiting wale ka confirm hoga?", "आरएसी वाले को बर्थ मिलेगी?"): their status and
    chance (`waiting`), never seats to find nor what RAC means; None for anything else."""
    if subject.pnr is None or understood.numbered or understood.train_name:
        return None
    request = understood.request
    if request.slots.get("pnr") not in (None, subject.pnr) or request.slots.get("train"):
        return None
    if not isinstance(request, Unknown | OutOfScope | PnrStatus | SeatAvailability | Explain):
        return None
    if {"from", "to", "station", "date"} & set(understood.details):
        return None
    kinds = {_STATUS_KINDS[word] for word in understood.words if word in _STATUS_KINDS}
    if len(kinds) != 1 or understood.words.isdisjoint(_ONES):
        return None
    return PnrStatus(pnr=subject.pnr, chance=True, waiting=next(iter(kinds)))


def _another_passenger(understood: Understood, subject: Subject) -> PnrStatus | None:
    """Another passenger of the booking, by place alone, right after one passenger's status
    ("and the third one?", "aur teesra?", "what about the first one"): that passenger's;
    None for anything else."""
    last, pick = subject.request, understood.pick
    if not isinstance(last, PnrStatus) or not last.passenger or subject.pnr is None:
        return None
    if pick is None or pick.number < 1 or pick.superlative is not None:
        return None
    if understood.numbered or understood.details:
        return None
    if not isinstance(understood.request, Unknown | OutOfScope | PnrStatus):
        return None
    return PnrStatus(pnr=subject.pnr, passenger=pick.number)


def _about_the_cancelled_booking(request: Request, subject: Subject) -> bool:
    """Whether a refund or a cancellation is asked of the booking just shown, whose train is
    cancelled: no need to cancel, the fare comes back by itself."""
    return (
        isinstance(request, CannotDo)
        and request.task in ("refund", "cancellation", "tdr")
        and request.problem is None
        and subject.cancelled is True
        and (subject.pnr is not None or subject.train is not None)
    )


# What a place said after a board may be read as on its own: its name or code, a board of its
# own ("aur agra se?"), nothing.
_PLACE_READS: tuple[type[Request], ...] = (StationByName, StationByCode, Unknown, Departures)


def _board_again(understood: Understood, subject: Subject | None) -> Request | None:
    """A station's board asked again after one, with only its way or its station changed
    ("arrivals?" / "aur aane wali?" after departures, "and agra?", "aur agra ki departures"):
    the same window of hours as the board just shown. None for anything else."""
    last = subject.request if subject is not None else None
    if not isinstance(last, Departures | Arrivals) or not last.station or understood.numbered:
        return None
    request, details = understood.request, understood.details
    window = {"hours": last.hours, "after": last.after, "until": last.until, "offset": 0}
    kind: type[Departures | Arrivals] = type(last)
    if understood.board_way:
        kind = Departures if understood.board_way == "departures" else Arrivals
    if isinstance(last, Departures) and set(details) == {"from"}:
        details = {"station": details["from"]}  # "aur agra se?": Agra's departures
    if "hours" in details or set(details) - {"station"}:
        return None  # a window or a journey of its own
    place = details.get("station")
    codes = tuple(place) if isinstance(place, list) else (place,) if place else ()
    if isinstance(request, Departures | Arrivals) and understood.board_way:
        if request.after is not None or (codes and not understood.also):
            return None  # "trains arriving at sbc": a board of its own
        return kind(station=codes or last.station, **window)
    elif codes and understood.also and isinstance(request, _PLACE_READS):
        if codes[0] == last.station[0] or _asked_of_itself(understood):
            return None  # "howrah ka code", "हावड़ा का कोड": the station's code, not its board
        return kind(station=codes, **window)  # "and agra?": Agra's board
    elif not codes and understood.board_way and isinstance(request, Unknown):
        return kind(station=last.station, **window)  # "aur jaane wali?"
    return None


def _asked_of_itself(understood: Understood) -> bool:
    """Whether a place said after a board is asked about in words of its own ("howrah ka code",
    "हावड़ा का कोड", "what is the code of agra"): its name or code asked, never "and agra?"."""
    request = understood.request
    return isinstance(request, StationByName | StationByCode) and bool(understood.keywords)


def _board_of_another_day(understood: Understood, today: dt.date) -> Request | None:
    """A station's board asked for a day other than today and no hours of it ("ndls departures
    tomorrow", "sbc arrivals on monday"): that day's trains from (or to) the station, the other
    end to ask, since a board shows only the coming hours; None for anything else."""
    request, day = understood.request, understood.details.get("date")
    if not isinstance(request, Departures | Arrivals) or not request.station:
        return None
    if not isinstance(day, str) or day == today.isoformat() or request.after is not None:
        return None
    return _onward(request, {"date": day}, today)


def _journey_of_another_train(understood: Understood, subject: Subject | None) -> Request | None:
    """A train alone, perhaps with a class ("12002 cc?", "kaveri express?", "kaveri sl?"), right
    after a fare or seats: the same question of that train, in that class, on the same day (the
    railway finds a train named by its number); None for anything else, a question of its own
    ("12002 cc seats", "kaveri express kab chalegi?") included."""
    last = subject.request if subject is not None else None
    request = understood.request
    if not isinstance(last, Fare | SeatAvailability) or understood.keywords or understood.pnrs:
        return None
    if set(understood.details) - {"class", "quota"} or len(understood.trains) > 1:
        return None
    said_train = request.slots.get("train")
    train = said_train if isinstance(said_train, str) else None
    if (train is None) == (not understood.train_name) or train == last.train:
        return None  # no train, or both a number and a name, or the same train again
    alone = isinstance(request, Unknown | Fare | SeatAvailability) or (
        isinstance(request, LiveStatus) and request.focus == "train"
    )
    if not alone or understood.asks_when or understood.runs or understood.refers:
        return None
    asked = _for_train(last, train)
    if isinstance(request, SeatAvailability) and not understood.words.isdisjoint(CHECK_WORDS):
        # "karnataka express me sleeper dekho" after a fare: its seats looked up, on that day
        kept = {slot: value for slot, value in asked.slots.items() if slot != "class"}
        day = getattr(asked, "date", None)
        asked = SeatAvailability(date=day).with_slots(kept)
    if train is None:
        asked = asked.model_copy(update={"train": None})
    said: dict[str, object] = {
        slot: understood.details[slot] for slot in ("class", "quota") if slot in understood.details
    }
    return asked.with_slots(said) if said else asked


def _of_each_again(changed: Request, subject: Subject) -> Request:
    """The last question with a detail changed, of each train it was answered for ("and at
    aligarh?" after whether the Rajdhani stops at Kanpur: each Rajdhani), its train left for the
    answer to give; of the one train asked about otherwise."""
    # "for 2 people" after the sleeper fare of each listed train: each again, for two
    each_fare = isinstance(changed, Fare) and changed.slots.get("class") is not None
    several = len(subject.several) > 1 and (isinstance(changed, StopsAt | TrainFacts) or each_fare)
    if not several or changed.slots.get("train") != subject.train:
        return changed
    return _on_the_listed_journey(changed.model_copy(update={"train": None}), subject)


def _on_the_listed_journey(changed: Request, subject: Subject) -> Request:
    """A fare asked again of each train of a journey's list ("sleeper?", "2 log?" after each
    one's 3A fare): between the list's places, as the first asking was, not the first train's
    own stations (another train of the list may stop at other stations of the same city)."""
    listing, last = subject.listing, subject.request
    if not isinstance(changed, Fare) or not isinstance(last, Fare):
        return changed
    if not isinstance(listing, TrainsBetween) or not (listing.origin and listing.destination):
        return changed
    if (changed.origin, changed.destination) != (last.origin, last.destination):
        return changed  # a journey said anew
    ends = {"origin": listing.origin, "destination": listing.destination}
    return changed.model_copy(update=ends)


def _asks_its_own_fact(understood: Understood, last: Request | None) -> bool:
    """Whether a message of a few details asks a train's fact of its own ("bhopal se kitne baje
    chalti hai" after whether it has a pantry, or after a fare): that question, not the last one
    again with its details."""
    request = understood.request
    if not isinstance(request, TrainFacts):
        return False
    if request.fact == "days":
        # "kya ye ravivar ko chalti hai" after a fare, "kya ye aaj chalegi?" after its card or
        # its live status: whether it runs that day, not the last answer that day; "what about
        # in 3 days" (no verb of running), "kal chalegi?" after whether it runs: the date
        return understood.runs and not (isinstance(last, TrainFacts) and last.fact == "days")
    asked = request.moment is not None or request.fact != "times" or understood.asks_when
    if not asked:
        return False
    same = isinstance(last, TrainFacts) and (last.fact, last.moment) == (
        request.fact,
        request.moment,
    )
    return not same


def _elliptical(understood: Understood, subject: Subject, today: dt.date) -> Request | None:
    """The question a message of a few words asks of what was just shown: "and GNWL?" after an
    explanation, "on 12628?" (the same question of another train), "from there" (the place last
    shown is where the journey starts), "show them" / "dikhao" (the answer itself)."""
    last = subject.request
    if last is None:
        return None
    request = understood.request
    if _asks_refund_time(understood, last):
        return CannotDo(task="refund", problem="refund_time")
    if isinstance(last, Explain) and understood.term and _names_a_term(understood):
        return Explain(term=understood.term)  # "and CNF?", "aur RAC?": the next word asked
    if _rescheduled_again(last, understood):
        # "when will it leave now?" after "Yes, rescheduled: now starts at 08:30": the time it
        # now leaves (or left), not the yes again; "is it rescheduled?" again: the yes
        assert isinstance(last, RescheduledTrains)
        return (
            last
            if isinstance(request, RescheduledTrains)
            else last.model_copy(update={"new_time": True})
        )
    if understood.why and _asks_nothing_else(understood) and _one_changed_listed(last, subject):
        # "why?" after the day's list of one rescheduled (or cancelled) train: that train's
        # change, the railway's reason or that it gives none
        assert isinstance(last, CancelledTrains | RescheduledTrains)
        return last.model_copy(update={"train": subject.listed_trains[0], "why": True})
    if understood.why and subject.train is not None and _asks_nothing_else(understood):
        # "why?", "kyun?" after a train's cancellation or delay; "why has it stopped?"
        stopped = isinstance(request, LiveStatus) and request.focus == "stopped"
        return _why(last, subject, "stopped" if stopped else "why")
    if understood.whether and subject.train is not None and _asks_of_the_run(request):
        # "mysore tak jayegi?", "does it run all the way?", "poore route par chalegi?": the
        # train in hand, a yes or no
        return _whether_run(understood, subject)
    train = understood.other_train
    if train and isinstance(last, _ABOUT_A_TRAIN) and getattr(last, "train", None) != train:
        return _for_train(last, train)
    if understood.other_named and isinstance(last, (*_ABOUT_A_TRAIN, *_LIST_OR_ONE)):
        # "what about kerala express?" after whether 12627 runs tomorrow: the same question of
        # the train named (the railway finds its number)
        return _for_train(last, None).model_copy(update={"train": None})
    if understood.there and _at_the_place(request, subject):
        return None  # "platform there?", "kab pahunchegi wahan": the train at the place shown
    from_there = _from_there(understood, subject, today) if understood.there else None
    if from_there is not None:
        return from_there  # "yahan se delhi ki train" after Bhopal's code: from Bhopal
    if isinstance(last, StationByName | StationByCode) and _another_station(understood):
        return _station_again(understood)  # "and for vadodara?" after a code: its code
    if understood.there:
        return None
    if understood.showing and isinstance(request, Unknown):
        return _shown_again(last)
    journey = isinstance(last, TrainsBetween) and bool(last.origin and last.destination)
    if understood.asks_trains and isinstance(request, Unknown | TrainsBetween) and journey:
        # "what about trains", "ok show the trains": the trains of the journey in hand.
        return last.model_copy(update=_PAGING_BETWEEN)
    return None


# What a refund is asked after: a refund's, a TDR's, a missed train's or a cancellation's answer.
_REFUND_TASKS = frozenset({"refund", "tdr", "missed_train", "cancellation"})
# Words that ask how long it takes ("kitne din me aayega?", "how long will it take", "kab tak").
_HOW_LONG = frozenset(
    {"kab", "when", "kitne", "kitna", "long", "days", "din", "dino", "dinon", "tak", "time",
     "samay", "hours", "ghante", "week", "weeks", "hafte"}
)  # fmt: skip


def _asks_refund_time(understood: Understood, last: Request) -> bool:
    """Whether a message right after an answer about a refund asks when it comes ("kitne din me
    aayega?", "how long will it take", "कितने दिन में आएगा"), naming nothing of its own."""
    if not isinstance(last, CannotDo) or last.task not in _REFUND_TASKS:
        return False
    if understood.numbered or understood.details or understood.words.isdisjoint(_HOW_LONG):
        return False
    request = understood.request
    return not request.slots or (isinstance(request, CannotDo) and request.task == "refund")


# What a railway word said alone may be read as without the talk being about words: a code of a
# station ("RAC" is one), a PNR's status ("CNF").
_TERM_READS: tuple[type[Request], ...] = (Unknown, Explain, StationByCode, StationByName)


def _names_a_term(understood: Understood) -> bool:
    """Whether a message only names a railway word, as a follow-up to the meaning of another:
    no number, no question of its own beyond the word."""
    request = understood.request
    if understood.numbered:
        return False
    if isinstance(request, PnrStatus):  # "and CNF?"; not "my pnr status", "chart status"
        booking = understood.term in ("PNR", "CHART")
        return request.pnr is None and not request.chance and not booking
    return isinstance(request, _TERM_READS)


def _code_of_the_station_in_hand(
    understood: Understood, subject: Subject | None
) -> StationByName | None:
    """ "And its code?", "iska code?", "इसका कोड?" right after a station's answer (which station
    a name or code is, its board): that station's code, never "which station?"; None when the
    message names a place or number of its own, or no station is in hand."""
    request = understood.request
    if subject is None or subject.station is None or not isinstance(request, StationByName):
        return None
    if request.slots or understood.details or understood.numbered or understood.train_name:
        return None
    if not isinstance(subject.request, StationByName | StationByCode | Departures | Arrivals):
        return None
    return StationByName.from_slots({"code": [subject.station]})


def _another_station(understood: Understood) -> bool:
    """Whether a message after a station's name or code names one other place and nothing
    else ("and for vadodara?", "aur baroda ka bhi", "to agra?"): the same question of it."""
    details = understood.details
    if understood.numbered or understood.keywords or understood.plural or len(details) != 1:
        return False
    return understood.also and next(iter(details)) in ("station", "from", "to")


def _station_again(understood: Understood) -> Request:
    """The station lookup of the one place a message names."""
    place = next(iter(understood.details.values()))
    codes = list(place) if isinstance(place, list) else [place]
    return StationByName.from_slots({"code": codes})


def _asks_nothing_else(understood: Understood) -> bool:
    """Whether a "why" asks about what was just said: no train, PNR, place or date of its own
    ("why?", "kyun", "kya reason hai", "why was it cancelled")."""
    request = understood.request
    if understood.numbered or understood.train_name or understood.details:
        return False
    return isinstance(request, Unknown | OutOfScope | LiveStatus | CancelledTrains) and not (
        set(request.slots) - {"date"}
    )


def _one_changed_listed(last: Request, subject: Subject) -> bool:
    """Whether the last answer listed the day's cancelled or rescheduled trains, one of them."""
    listed = isinstance(last, CancelledTrains | RescheduledTrains) and last.train is None
    return listed and subject.train is None and len(subject.listed_trains) == 1


def _why(last: Request, subject: Subject, focus: Literal["why", "stopped"] = "why") -> Request:
    """The reason for what was just said about the train in hand: the same yes or no about its
    cancellation or reschedule with the railway's reason, else its run's."""
    if isinstance(last, CancelledTrains | RescheduledTrains) and last.train is not None:
        return last.model_copy(update={"why": True})
    asked = LiveStatus(train=subject.train, focus=focus)
    return asked.with_slots(_run(subject)) if _run(subject) else asked


def _asks_a_place(request: Request) -> bool:
    """Whether a request read without its train is about a place alone (trains to or from it,
    its board, or nothing understood), which a train in hand makes that train's."""
    if isinstance(request, TrainsBetween):
        return not (request.origin and request.destination)
    if isinstance(request, Departures | Arrivals):
        return set(request.slots) <= {"station", "hours"}  # "solapur se nikal gayi?": no board
    return isinstance(request, Unknown | OutOfScope | LiveStatus) and not request.slots


def _asks_of_the_run(request: Request) -> bool:
    """Whether a request read without its train may be a yes or no about the run of the train in
    hand: about a place alone, or its route or running days with no train of their own ("poore
    route par chalegi?", "does it run its full route today?")."""
    if isinstance(request, TrainRoute | TrainFacts) and request.train is None:
        return not isinstance(request, TrainFacts) or request.fact in ("days", "times")
    return _asks_a_place(request)


# A yes or no about a run, asked with "when": when it left, when it got there.
_WHEN_OF: Final = {"left": "departure", "reached": "arrival"}


def _whether_run(understood: Understood, subject: Subject) -> LiveStatus:
    """Whether the train in hand gets to the place asked (else to the end of its run), has left
    it or reached it, on the run last shown (or the day said): a yes or no, then when."""
    details = understood.details
    found = details.get("to") or details.get("from") or details.get("station")
    codes = tuple(found) if isinstance(found, list) else (found,) if isinstance(found, str) else ()
    focus = "reaches" if understood.whether == "reaches" else understood.whether
    read = understood.request
    # "kitni late pahunchi", "how late did it arrive": read as when, though no word of when
    read_as_when = isinstance(read, LiveStatus) and read.focus == _WHEN_OF.get(focus)
    if understood.asks_when or read_as_when:
        # "when did it leave itarsi", "kab pahunchi": when, no yes or no
        focus = _WHEN_OF.get(focus, focus)
    asked = LiveStatus.model_validate({"train": subject.train, "at": codes, "focus": focus})
    said = details.get("date")
    if isinstance(said, str) and codes and understood.whether in _WHEN_OF:
        # "what time did it reach bangalore this morning?": the day it was there, the run that
        # got there that day (not the one that starts that day)
        return asked.with_slots({"date": said}).model_copy(update={"arriving": True})
    if isinstance(said, str):
        return asked.with_slots({"date": said})  # "does it run its full route tomorrow?"
    return asked.with_slots(_run(subject)) if _run(subject) else asked


def _rescheduled_again(last: Request, understood: Understood) -> bool:
    """Whether the message asks again when the train just said to be rescheduled leaves: its
    live status or times with no other train or focus; never the day's list asked as one
    ("rescheduled trains today", "which are rescheduled?")."""
    request = understood.request
    if not isinstance(last, RescheduledTrains) or last.train is None:
        return False
    if isinstance(request, LiveStatus):
        return request.train in (None, last.train) and request.focus is None and not request.at
    if isinstance(request, TrainFacts):
        asked = request.fact == "times" and not (request.station or request.origin)
        return asked and request.train in (None, last.train)
    if not isinstance(request, RescheduledTrains):
        return False
    if request.train is not None:
        return request.train == last.train
    which = understood.words & _WHICH_OF_MANY and understood.words.isdisjoint(_WHICH_OF_ITS_OWN)
    return not (understood.plural or which or _the_days_list_asked(understood))


def _for_train(last: Request, train: str | None) -> Request:
    """The last question, of another train: a fare's or seats' journey kept only where that
    train makes it (`borrowed`), a fact of its own run (the last train's stations are no stops
    of the other's to measure between: "and 12628?" after how long 12627 takes)."""
    if isinstance(last, LiveStatus):
        return LiveStatus(train=train, focus=last.focus, at=last.at)
    update: dict[str, Any] = {
        name: value for name, value in _PAGING.items() if name in type(last).model_fields
    }
    if isinstance(last, Fare | SeatAvailability) and (last.origin or last.destination):
        update["borrowed"] = True
    if isinstance(last, TrainFacts):
        update.update({"origin": (), "destination": ()})
    return last.with_slots({"train": train}).model_copy(update=update)


def _at_the_place(request: Request, subject: Subject) -> bool:
    """Whether a question with "there" asks about the train in hand at the place last shown:
    its platform, its arrival or its departure there."""
    narrow = isinstance(request, LiveStatus) and request.focus in ("platform", "arrival")
    # "what time does it reach there": its timetable's time at that place
    narrow = narrow or (
        isinstance(request, TrainFacts) and request.fact == "times" and not request.station
    )
    return narrow and not request.slots and subject.train is not None and bool(_there(subject))


def _in_an_ac_class(understood: Understood, subject: Subject | None) -> Request | None:
    """The fare or seats just shown again in an AC class, when a message names AC and no class
    of it ("एसी में कितना है?", "ac me kitna", "what about ac", "and in ac?") after a fare or
    seats in a class without it: its AC classes, the one there is or which of them is asked;
    None for anything else ("non ac", a class named, another journey or train)."""
    if subject is None or not isinstance(subject.request, Fare | SeatAvailability):
        return None
    last = subject.request
    if "ac" not in understood.words or understood.words & _NOT_COOLED or understood.classes:
        return None
    if last.journey_class is None or last.journey_class in AC_CLASSES:
        return None
    if understood.numbered or understood.train_name or understood.pnrs:
        return None
    if understood.details.keys() - {"date", "quota"} or understood.pick is not None:
        return None
    request = understood.request
    if not isinstance(request, Unknown | Fare | SeatAvailability) or request.slots.get("train"):
        return None
    kind = type(request) if isinstance(request, Fare | SeatAvailability) else type(last)
    asked = kind().with_slots({**last.slots, **understood.details}).without("class")
    return asked.model_copy(update={"cooled": True})


# "Non AC": no class of AC asked.
_NOT_COOLED: Final = frozenset({"non", "bina", "without", "nonac"})


def _in_a_non_ac_class(understood: Understood, subject: Subject | None) -> Request | None:
    """The fare or seats just shown again in a class without AC, when a message names no class
    but "non AC" ("non ac me kitna", "what about non ac", "नॉन एसी में कितना", "ac ke bina") after
    a fare or seats: the train's non-AC class, or which of them; None for anything else (a class
    named, another journey or train)."""
    if subject is None or not isinstance(subject.request, Fare | SeatAvailability):
        return None
    last = subject.request
    words = understood.words
    if not (("ac" in words and not words.isdisjoint(_NOT_COOLED)) or "nonac" in words):
        return None
    if understood.classes or understood.numbered or understood.train_name or understood.pnrs:
        return None
    if understood.details.keys() - {"date", "quota"} or understood.pick is not None:
        return None
    request = understood.request
    if request.slots.get("train") or not isinstance(request, _SAID_OF_A_CLASS):
        return None
    kind = type(request) if isinstance(request, Fare | SeatAvailability) else type(last)
    asked = kind().with_slots({**last.slots, **understood.details}).without("class")
    return asked.model_copy(update={"uncooled": True})


# What "non ac" alone reads as, out of a chat about a fare: nothing railway, or a complaint of an
# AC not working ("without ac how much").
_SAID_OF_A_CLASS: Final = (Unknown, OutOfScope, CannotDo, Fare, SeatAvailability)


def _class_of_the_train(understood: Understood, subject: Subject | None) -> Request | None:
    """Whether the train in hand has a class, asked with the class alone ("is there first AC?",
    "1A hai kya?", "इसमें फ़र्स्ट एसी है?"): its classes, yes or no first (the ones it has when
    not), never "which class?" unasked; None for anything else."""
    if subject is None or subject.train is None or subject.several:
        return None
    journey_class = class_asked(understood) if understood.pick is None else None
    if journey_class is None:
        return None
    return TrainFacts(fact="classes").with_slots({"train": subject.train, "class": journey_class})


def _in_another_class(understood: Understood, subject: Subject | None) -> Request | None:
    """The fare or seats just shown again in one other class, when a message asks only whether
    the train has that class ("does it have 3A?", "is there 2A?", "3AC mein hai?", "क्या इसमें
    3AC है?"): in a chat about the price or a berth, the answer that matters is that class's
    fare or seats, not that the class exists; None for anything else."""
    if subject is None or not isinstance(subject.request, Fare | SeatAvailability):
        return None
    if len(understood.classes) != 1 or understood.pnrs or understood.train_name:
        return None
    if understood.details.keys() - {"class", "date"} or understood.pick is not None:
        return None
    request = understood.request
    asks_class = isinstance(request, TrainFacts) and request.fact == "classes"
    if not (asks_class or isinstance(request, Unknown)):
        return None
    own = request.slots.get("train")
    if own is not None and own != subject.request.slots.get("train"):
        return None
    again = subject.request.with_slots(dict(understood.details))
    if isinstance(again, Fare):  # "hai kya", "is there": yes, it has it, said first
        return again.model_copy(update={"had": not understood.words.isdisjoint(HAVING_WORDS)})
    return again


def _between_the_two(understood: Understood, subject: Subject) -> TrainsBetween | None:
    """The trains from the station asked about before the last one to the last one, when a
    journey of no ends points at both ("trains between those two", "in dono ke beech", "इन
    दोनों के बीच", "any train between them?"); None for anything else."""
    request = understood.request
    if not isinstance(request, TrainsBetween) or request.origin or request.destination:
        return None
    if subject.before is None or subject.station is None or understood.numbered:
        return None
    if understood.words.isdisjoint(_BOTH) or understood.details.keys() - {"date"}:
        return None
    ends = {"origin": (subject.before,), "destination": (subject.station,)}
    return request.model_copy(update=ends)


# Words that point at two places just named ("those two", "them", "dono", "दोनों").
_BOTH: Final = frozenset({"two", "both", "them", "dono", "donon", "duno"})


def _there(subject: Subject) -> tuple[str, ...]:
    """The place last shown: where the journey shown ends (a whole city, if it was one), the
    station asked about, the boarding station a train was said to leave."""
    last = subject.request
    place: tuple[str, ...] = ()
    if isinstance(last, TrainsBetween | Fare | SeatAvailability):
        place = last.destination
    elif isinstance(last, StopsAt | Departures | Arrivals):
        place = last.station
    elif isinstance(last, StationByName | StationByCode):
        place = last.code[:1]  # the station the lookup showed ("code of bhopal": BPL)
    elif isinstance(last, LiveStatus) and last.focus == "departure":
        place = last.at or ((last.boarding,) if last.boarding else ())
    elif isinstance(last, LiveStatus):
        place = last.at  # "12627 bhopal kab pahunchegi": the stop asked about
    if not place:
        end = subject.station or subject.destination
        place = (end,) if end is not None else ()
    return place


def _the_train_leaving_there(understood: Understood, subject: Subject) -> bool:
    """Whether "when does it leave from there" asks of the train just answered about at the
    place it showed (its stop asked, its timetable there), naming no train, trains or other
    place of its own."""
    last = subject.request
    if subject.train is None or last is None or last.slots.get("train") != subject.train:
        return False
    if understood.numbered or understood.train_name or understood.plural or understood.asks_trains:
        return False
    if understood.train_word and not understood.refers:
        return False  # "wahan se koi train": another train
    if _trains_of_the_place(understood) or understood.details.keys() - {"date"}:
        return False
    return understood.asks_when and (understood.leaves or understood.request.slots == {})


def _from_there(understood: Understood, subject: Subject, today: dt.date) -> Request | None:
    """The place last shown as the start: the trains from it, or to where the message says;
    where the train in hand gets the traveller to, on the day it gets there, after it does."""
    request, last = understood.request, subject.request
    # ("12628" of the trains from Delhi to Bhopal, then "from there to nagpur?": from Bhopal)
    end = subject.destination if _a_listed_train_looked_at(subject) else None
    place = (end,) if end is not None else _there(subject)
    if not place:
        return None
    onward = _on_getting_there(subject, place, today)
    if _there_is_the_end(understood, place):
        # "jhansi se wahan ki trains", "trains from jhansi to there", "how do i get there from
        # agra": the place last shown is where the journey ends
        day = request.date if isinstance(request, TrainsBetween) else None
        day = day or (last.date if isinstance(last, TrainsBetween) else None)
        origin = _other_place(understood, place)
        return TrainsBetween(origin=origin, destination=place, date=day)
    if isinstance(request, TrainsBetween) and request.destination and not request.origin:
        day = request.date or (last.date if isinstance(last, TrainsBetween) else None)
        if request.date is None and onward is not None:
            return request.model_copy(update={"origin": place, "offset": 0, **onward})
        return request.model_copy(update={"origin": place, "offset": 0, "date": day})
    other = _other_place(understood, place)
    if other and isinstance(request, Unknown | LiveStatus | Departures | StationByName):
        day = last.date if isinstance(last, TrainsBetween) else None
        if onward is not None:  # "and from there to nagpur?" after the train there
            return TrainsBetween(origin=place, destination=other, **onward)
        return TrainsBetween(origin=place, destination=other, date=day)  # "wahan se delhi"
    if _the_train_leaving_there(understood, subject):
        # "wahan se kitne baje niklegi", "वहाँ से कब निकलेगी" after when the train in hand
        # reaches a stop: when it leaves that stop, never the stop's board
        return LiveStatus(train=subject.train, at=place, focus="departure")
    if isinstance(request, Unknown | LiveStatus | Departures) and not request.slots:
        return Departures(station=place)
    if _trains_of_the_place(understood):
        # "which trains pass through here?", "wahan se kaun si trains jaati hai", "वहाँ से कौन
        # सी ट्रेन जाती हैं" after a station: that station's board
        if isinstance(request, Departures | Arrivals):
            return request.model_copy(update={"station": place})
        return Departures(station=place)
    return None


def _trains_of_the_place(understood: Understood) -> bool:
    """Whether a message that says "there" or "here" asks which trains the place has, read as
    something else for want of its station: a board of no station, a train's stops of no train
    ("which trains stop there"), a journey of no ends, a list of changed trains it does not ask
    for by name ("kaun si trains jaati hai")."""
    request = understood.request
    if understood.numbered or understood.train_name or not understood.train_word:
        return False
    if isinstance(request, Departures | Arrivals):
        return not request.station
    if isinstance(request, TrainRoute):
        return request.train is None
    if isinstance(request, TrainsBetween):
        return not (request.origin or request.destination)
    if isinstance(request, CancelledTrains | RescheduledTrains):
        return request.train is None and str(request.intent) not in understood.keywords
    return False


def _on_getting_there(
    subject: Subject, place: tuple[str, ...], today: dt.date
) -> dict[str, Any] | None:
    """When the traveller is at `place` off the listed train in hand, where its journey on the
    list ends: the day it gets there and the minute of the day it does, for the trains onward
    from there ("and from there a train onwards?"); None when the train in hand is none of a
    journey's list, or does not end its journey there."""
    item = next((one for one in subject.listed if one.train == subject.train), None)
    if item is None or item.destination is None or item.destination not in place:
        return None
    if not isinstance(subject.listing, TrainsBetween):
        return None
    arrives = _minute_of(item.arrives)
    day = (subject.date or today) + dt.timedelta(days=item.arrival_days)
    return {"date": day, "after": arrives}


def _minute_of(said: str | None) -> int | None:
    """The minute of the day of an "HH:MM" time, or None."""
    if said is None or len(said) != 5 or not said.replace(":", "").isdigit():
        return None
    return int(said[:2]) * 60 + int(said[3:])


def _there_is_the_end(understood: Understood, place: tuple[str, ...]) -> bool:
    """Whether "there" is where the journey ends: the words say so ("to there", "wahan tak"), or
    the message's other place is where it starts ("jhansi se wahan"), there being unmarked."""
    if understood.there_end:
        return understood.there_end == "to"
    return "from" in understood.details and bool(_other_place(understood, place))


def _other_place(understood: Understood, place: tuple[str, ...]) -> tuple[str, ...]:
    """The one place a "from there" message names besides there ("wahan se delhi ki trains")."""
    details = understood.details
    found = details.get("to") or details.get("from") or details.get("station")
    codes = tuple(found) if isinstance(found, list) else (found,) if isinstance(found, str) else ()
    return codes if codes and not set(codes) & set(place) else ()


def _shown_again(last: Request) -> Request:
    """What "show them" asks after a yes or no about one train: the whole list; else the last
    answer again, from its start."""
    if isinstance(last, CancelledTrains | RescheduledTrains) and last.train is not None:
        return last.model_copy(update={"train": None})
    paging = {name: value for name, value in _PAGING.items() if name in type(last).model_fields}
    return last.model_copy(update=paging) if paging else last


_TAKES: Final = Phrases(DURATION_GROUPS)


def _how_long_to(understood: Understood, subject: Subject) -> TrainFacts | None:
    """How long the train in hand takes to one place ("how long to reach bhopal", "bhopal
    pahunchne me kitna time lagega"), read as where it is: its timetable's time to get there;
    None for anything else, and for the time left of a run ("abhi aur kitna time")."""
    request = understood.request
    if subject.train is None or understood.numbered or understood.train_name:
        return None
    if not isinstance(request, LiveStatus) or request.train is not None or not request.at:
        return None
    words = understood.words
    if not _TAKES.said_in(words) or not words.isdisjoint(DURATION_LIVE | _MORE):
        return None
    return TrainFacts(fact="duration", station=request.at, moment="arrival")


_MORE: Final = frozenset({"aur", "more", "और"})


def _how_long_on_the_board(understood: Understood, subject: Subject | None) -> TrainFacts | None:
    """How long the train of the departures board just shown takes to a place ("how long does
    the memu take to ghaziabad?", "how long to ghaziabad", "ghaziabad tak kitna time"): the one
    listed train going there (of the kind said, if one is), from the board's station; None for
    anything else, and when no one listed train goes there."""
    listing = subject.listing if subject is not None else None
    if subject is None or not isinstance(listing, Departures) or not listing.station:
        return None
    request = understood.request
    if understood.numbered or (understood.train_name and not _kind_named(understood)):
        return None
    if not isinstance(request, TrainsBetween) or request.origin or not request.destination:
        return None
    if set(understood.details) - {"to"} or not _TAKES.said_in(understood.words):
        return None
    going = going_there(LiveStatus(focus="arrival", at=request.destination), subject)
    kinds = understood.words & TRAIN_KINDS - KIND_PARTS
    if kinds:
        going = tuple(item for item in going if kinds <= set(item.name.lower().split()))
    if len(going) != 1:
        return None
    return TrainFacts(
        train=going[0].train,
        fact="duration",
        origin=listing.station,
        destination=request.destination,
    )


def _kind_named(understood: Understood) -> bool:
    """Whether the train's name the message says is a kind only ("memu", "the express")."""
    return set(understood.train_name.lower().split()) <= TRAIN_KINDS


def _how_far_to(understood: Understood, subject: Subject) -> TrainFacts | None:
    """How far the train in hand goes to a stop, asked after its route or a stop ("how far is
    bhopal from the start?", "bhopal tak kitna distance hai?", "how far is that from
    bangalore?", "भोपाल कितनी दूर है शुरू से?"): its distance from its start (or the place said)
    to that stop ("that", "there": the stop just asked about), never a board of the place nor
    the whole run's length; None for anything else."""
    # (the train in hand said by its number: "12627 how far is that", as a question of "it" reads)
    own = understood.trains == (subject.train,) and not understood.pnrs
    if (understood.numbered and not own) or understood.train_name:
        return None
    if not understood.words & _HOW_FAR or understood.details.keys() - {"station", "from", "to"}:
        return None
    details = understood.details
    if subject.train is None:
        return _how_far_on_the_list(details, subject)
    stop = (subject.station,) if subject.station is not None else _there(subject)
    pointed = understood.refers or understood.there
    said = [end for end in ("station", "from", "to") if end in details]
    if not said:  # "how far is it from the start?" after a stop: to that stop
        if not (stop and pointed):
            return None
        return TrainFacts(train=subject.train, fact="distance", station=stop)
    if len(said) == 2 and set(said) == {"from", "to"}:
        return TrainFacts.from_slots(
            {"train": subject.train, "from": details["from"], "to": details["to"]}
        ).model_copy(update={"fact": "distance"})
    if len(said) != 1:
        return None
    place = details[said[0]]
    if said[0] == "from" and pointed and stop and understood.words.isdisjoint(_FROM_THE_START):
        # "how far is that from bangalore?": from the place said to the stop just asked about
        return TrainFacts.from_slots(
            {"train": subject.train, "from": place, "to": list(stop)}
        ).model_copy(update={"fact": "distance"})
    return TrainFacts.from_slots({"train": subject.train, "station": place}).model_copy(
        update={"fact": "distance"}
    )


def _how_far_on_the_list(details: dict[str, Any], subject: Subject) -> TrainFacts | None:
    """How far a stop is ("कोटा कितनी दूर है", "how far is kota") after a list of trains with
    none of them in hand: the distance to that stop of the train the traveller picks, asked
    which (the list's trains are the choices) unless the list has one; None with no list or no
    one stop said."""
    if not subject.listed or list(details) != ["station"]:
        return None
    only = subject.listed[0].train if len(subject.listed) == 1 else None
    asked: dict[str, Any] = {"train": only, "station": details["station"]}
    listing = subject.listing
    if isinstance(listing, TrainsBetween) and listing.origin:
        # from where the list's journey starts ("bhopal se delhi trains": from Bhopal)
        asked = {"train": only, "from": list(listing.origin), "to": details["station"]}
    return TrainFacts.from_slots(asked).model_copy(update={"fact": "distance"})


# Words that ask how far ("how far", "distance", "kitne km", "कितनी दूर", "doori").
_HOW_FAR: Final = frozenset(
    {"far", "distance", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers",
     "doori", "duri", "dur", "door", "dooree", "kilomitar", "kilometar", "kimi"}
)  # fmt: skip
# Words of the train's own start ("from the start", "shuru se", "शुरू से").
_FROM_THE_START: Final = frozenset({"start", "starting", "origin", "source", "shuru", "shuruat"})


def tracks_the_pnr(understood: Understood, subject: Subject) -> bool:
    """Whether "track it" or "tell me when it gets confirmed" right after a PNR's status asks
    for that PNR's alerts (it names no train of its own; after a train's live status it stays
    about the train). Right after that PNR's alerts were set up or stopped, "tell me if it
    changes" still asks for them (again)."""
    request = understood.request
    if understood.numbered or understood.train_name or subject.pnr is None:
        return False
    of_alerts = isinstance(subject.request, _ITS_ALERTS) and subject.request.pnr == subject.pnr
    if not isinstance(subject.request, PnrStatus) and not of_alerts:
        return False
    if isinstance(request, LiveStatus) and understood.tracking:
        return True
    return isinstance(request, _TOLD_READS) and _told_when_it_changes(understood)


# What "tell me if anything changes" may be read as without the booking in hand ("isme koi
# change ho to batana": nothing railway; "let me know if it changes": a fare's "let").
_TOLD_READS: Final = (Unknown, OutOfScope, Fare, PnrStatus, TrainFacts)
# A PNR's alerts just set up or stopped, in hand as the booking was.
_ITS_ALERTS: Final = (AlertSubscribe, AlertStop)


def _asks_its_news(understood: Understood, subject: Subject) -> bool:
    """Whether words that alone ask nothing known ask how the booking just shown or just set up
    for alerts stands now ("any update?", "koi update?", "ab kya position hai?", "कोई खबर?"): a
    word of news or standing, no train, PNR, place or date of their own."""
    if subject.pnr is None or understood.numbered or understood.train_name or understood.details:
        return False
    if not isinstance(subject.request, (PnrStatus, *_OF_ALERTS)):
        return False
    request = understood.request
    return isinstance(request, Unknown | OutOfScope) and not understood.words.isdisjoint(_NEWS)


# Words that ask how a thing stands now.
_NEWS: Final = frozenset(
    {"update", "updates", "position", "news", "khabar", "kabar", "अपडेट", "स्थिति", "खबर", "ख़बर"}
)


def _told_when_it_changes(understood: Understood) -> bool:
    """Whether a message asks to be told when a booking's status changes ("tell me when it gets
    confirmed", "notify me once it confirms"), of no other place or date."""
    words = understood.words
    changes = says_confirmed(words) or not words.isdisjoint(TICKET_STATUS_WORDS | _CHANGES)
    told = words & ALERT_TELL and words & (ALERT_WHEN | _IF)
    return bool(told) and changes and not understood.details


# Words of a booking changing ("if anything changes", "koi badlav ho to", "कोई बदलाव हो तो"), and
# of the condition it is told on ("ho to batana", "हो तो बताना").
_CHANGES: Final = frozenset(
    {"change", "changes", "changed", "badlav", "badlaav", "badlaw", "badle", "badla", "badal",
     "update", "updates", "status", "progress"}
)  # fmt: skip
_IF: Final = frozenset({"to", "toh", "tab", "agar", "if"})


# What a question of getting on the train in hand may be read as without it ("boarding station
# kaun sa hai": a station's name; "kitne baje niklegi": nothing railway at all).
_BOARDING_READS: tuple[type[Request], ...] = (
    Unknown,
    OutOfScope,
    StationByName,
    StationByCode,
    Departures,
    Arrivals,
    LiveStatus,
    TrainFacts,
    PnrStatus,
)


def _boarding(understood: Understood, subject: Subject, today: dt.date) -> LiveStatus | None:
    """ "where do I board", "boarding station?", "train kahan se pakadni hai", and after a booking
    "kitne baje niklegi", "what time does it leave": when the train in hand leaves the
    traveller's boarding station (a PNR's, or the journey's start; else where it starts, on
    today's run), and where that is. None for another question, another train, or a station
    asked about by name."""
    request = understood.request
    if subject.train is None or not isinstance(request, _BOARDING_READS):
        return None
    leaving = understood.leaves and understood.asks_when and subject.pnr is not None
    if not (understood.boards or leaving):
        return None
    slots = request.slots
    if slots.get("pnr") not in (None, subject.pnr) or slots.get("train") not in (
        None,
        subject.train,
    ):
        return None
    if isinstance(request, LiveStatus) and (request.at or request.focus == "platform"):
        return None  # "platform at the boarding station" is its platform; "bhopal se kab"
    if isinstance(request, TrainFacts) and (
        request.fact != "times" or request.station or request.origin or request.destination
    ):
        return None
    if isinstance(request, Departures | Arrivals) and request.station:
        return None
    if subject.origin is not None and subject.date is not None:
        return LiveStatus(
            train=subject.train, date=subject.date, boarding=subject.origin, focus="departure"
        )
    if subject.origin is not None:
        return LiveStatus(train=subject.train, focus="departure", at=(subject.origin,))
    # No journey of the traveller's: where the train starts, today's run.
    return LiveStatus(train=subject.train, date=today, focus="departure")


def _booked_arrival(understood: Understood, subject: Subject) -> LiveStatus | None:
    """ "When does the train arrive?", "kitne baje pahunchti hai" after a booking, in the words
    of the timetable: when that run reaches the station booked to, on the booking's day, as
    "when will it arrive" is; None for another question, another train or a station named."""
    request = understood.request
    if subject.pnr is None or subject.train is None or subject.destination is None:
        return None
    if not isinstance(request, TrainFacts) or understood.numbered:
        return None
    if request.fact != "times" or request.moment != "arrival":
        return None
    if request.station or request.origin or request.destination:
        return None
    if request.train not in (None, subject.train):
        return None
    return LiveStatus(
        train=subject.train, date=subject.date, focus="arrival", alighting=subject.destination
    )


def _followed_arrival(understood: Understood, subject: Subject) -> LiveStatus | None:
    """ "When does it reach Kota?", "what time does it get to kota" right after the train's live
    status, in the words of the timetable: when the run being followed gets there (expected,
    or when it did); None for another question, a train named, a day or a journey said."""
    request, last = understood.request, subject.request
    if not isinstance(last, LiveStatus) or last.shown is None or subject.train is None:
        return None
    if not isinstance(request, TrainFacts) or request.fact != "times" or not request.station:
        return None
    if request.moment == "departure" or request.origin or request.destination or request.date:
        return None
    if request.train not in (None, subject.train) or understood.numbered:
        return None  # "12627 kis time pe delhi pahunchti hai": the train's timetable, asked anew
    if understood.train_name or understood.runs:
        return None
    return LiveStatus(train=subject.train, focus="arrival", at=request.station)


def _asks_the_trains_status(understood: Understood, subject: Subject) -> bool:
    """Whether "its status", "uska status" (a status word about what was just shown, no word for
    a PNR or a ticket) asks where the train shown is: after a PNR's card its status was just
    said, so the status asked is its train's. After the booking's alerts were set up ("track this
    PNR"), the booking is still what is asked of: "what is its status now?" is its own."""
    request = understood.request
    return (
        not isinstance(subject.request, _OF_ALERTS)
        and isinstance(request, PnrStatus)
        and request.pnr is None
        and not request.chance
        and not understood.keywords
        and not understood.numbered
        and understood.refers
        and subject.train is not None
    )


# The answers about a booking's alerts (set up, listed, stopped).
_OF_ALERTS: Final = (AlertSubscribe, AlertList, AlertStop, TrackPnr)


def _place_the_platform(request: LiveStatus, subject: Subject, fill: dict[str, Any]) -> None:
    """Where a platform question naming no station asks about (into `fill`): where it leaves
    from ("which platform does it leave from", "kis platform se chalegi") is the traveller's
    boarding station (else the train's first), never a station a question before asked it to
    reach; said otherwise, the station asked about before, else the boarding station."""
    boards = fill.get("boarding") or request.boarding
    origin = (subject.origin,) if subject.origin is not None and not boards else ()
    if request.starting:
        fill.pop("at", None)
    if origin and not fill.get("at"):
        fill["at"] = origin


def _asks_if_it_runs_late(understood: Understood, subject: Subject) -> bool:
    """Whether words that ask for late trains in general ("late chal rahi hai kya") ask about the
    one train in hand: no train, no "trains", no "which" of their own, while a train is the
    subject."""
    request = understood.request
    return (
        isinstance(request, RescheduledTrains)
        and request.train is None
        and understood.running_late
        and not understood.numbered
        and not understood.plural
        and not understood.any_train
        and subject.train is not None
    )


# Words that ask whether a train runs ("running", "chal rahi"), and the words that may go with
# them in a question of only that ("is it running today?", "kya ye aaj chal rahi hai").
_RUN_ASKED = frozenset(
    {"running", "run", "runs", "chal", "chalegi", "chalti", "chalega", "on", "go", "going"}
)
_RUN_FILLER = frozenset(
    {"is", "it", "the", "train", "this", "that", "will", "be", "does", "today", "tomorrow",
     "tonight", "aaj", "aj", "kal", "parso", "kya", "ye", "yeh", "yah", "wo", "woh", "vo", "rahi",
     "raha", "hai", "gaadi", "gadi", "na", "bhi", "still", "abhi", "as", "usual", "normally"}
)  # fmt: skip


def _asks_if_it_runs(understood: Understood, subject: Subject) -> bool:
    """Whether "is it running today?", "aaj chal rahi hai?" asks if the train in hand (or the
    one numbered) runs on the day said: only words of that, a day and nothing narrower."""
    request = understood.request
    if not isinstance(request, LiveStatus) or request.focus is not None or request.at:
        return False
    if set(understood.details) != {"date"} or (subject.train is None and request.train is None):
        return False
    words = understood.words
    return not words.isdisjoint(_RUN_ASKED) and words <= _RUN_ASKED | _RUN_FILLER


def _asks_when_it_leaves(understood: Understood, subject: Subject) -> bool:
    """Whether "when does this train leave", "ye kab chalegi" asks when the train shown leaves
    (its run), not for a station's board: a board asked with no station, about "this" or "it",
    while a train is the subject."""
    request = understood.request
    return (
        isinstance(request, Departures | Arrivals)
        and not request.station
        and understood.refers
        and not understood.numbered
        and not understood.plural
        and subject.train is not None
    )


def _asks_where_it_leaves_from(understood: Understood, subject: Subject) -> bool:
    """Whether "which station does it leave from?", "from which station does it leave" asks
    where the train in hand starts (a station's lookup naming no station, about "it")."""
    request = understood.request
    if not isinstance(request, StationByCode | StationByName) or request.slots:
        return False
    if understood.numbered or understood.train_name or understood.plural:
        return False
    leaving = understood.leaves or "departures" in understood.keywords
    return understood.refers and leaving and subject.train is not None


# Verbs of a train leaving, said of "it" ("kab chalegi", "kab niklegi", "कब छूटेगी").
_LEAVES: Final = frozenset(
    {"chalegi", "niklegi", "nikalegi", "chhutegi", "chutegi", "leave", "leaves", "depart",
     "चलेगी", "निकलेगी", "छूटेगी"}
)  # fmt: skip


def _asks_when_its_run_leaves(understood: Understood, subject: Subject) -> bool:
    """Whether a bare "when will it leave" ("kab chalegi?") is asked right after a train's live
    status: when that run leaves; no train, place or date of its own."""
    request = understood.request
    if not isinstance(subject.request, LiveStatus) or subject.train is None:
        return False
    if subject.answered_each:
        return False  # "kab chalegi" after where each of a few is: each of them again
    if understood.train_name or understood.details:
        return False
    if set(understood.trains) - {subject.train}:
        return False  # ("it" is already the train in hand when the message is read with it)
    if isinstance(request, LiveStatus):
        plain = request.focus is None and request.train in (None, subject.train)
    else:
        plain = isinstance(request, Unknown)
    return plain and understood.asks_when and not understood.words.isdisjoint(_LEAVES)


def mentioned(understood: Understood) -> Subject | None:
    """What a message names, whatever it asks: a journey between two places, a train ("book a
    ticket from delhi to mumbai", "flight from delhi to mumbai", "tatkal booking for 12627"),
    for an answer that shows none of them to leave as the subject."""
    details = understood.details
    train = understood.trains[0] if understood.trains else None
    ends: dict[str, object] = {slot: details[slot] for slot in ("from", "to") if slot in details}
    if len(ends) == 2:
        journey = TrainsBetween.from_slots({**ends, "date": details.get("date")})
        shown = Subject.of(journey)
        return shown.model_copy(update={"train": train}) if train is not None else shown
    if train is not None:
        # with its day, class and party ("book 3 tickets in 3A on 12302 for Friday": "any
        # seats?" and "how much for 3?" next are that train's, class's and day's)
        said = {
            "date": details.get("date"),
            "quota": details.get("quota"),
            "journey_class": details.get("class"),
            "passengers": details.get("passengers"),
        }
        return Subject.model_validate({"train": train, **said})
    return None


# A train's facts that a stretch between two of its stations narrows ("and from itarsi to
# bhopal?" after how long it takes); after any other fact, two places are a journey.
_OF_A_STRETCH: Final = frozenset({"duration", "distance", "times", "halt"})


def _changed(last: Request, understood: Understood, today: dt.date) -> Request | None:
    """The last question with the message's details in place of its own; None when they are
    not details of that question."""
    kind = type(last)
    names = set(kind.slot_names()) | ({"date"} & set(kind.model_fields))
    details = dict(understood.details)
    if isinstance(last, Departures | Arrivals):
        onward = _onward(last, details, today)
        if onward is not None:
            return onward
    by_name = not isinstance(understood.request, StationByCode)  # "NDLS" alone asks what it is
    if isinstance(last, LiveStatus) and "station" in details and by_name:
        # "aur jhansi?" after where a train is, or when it reaches Bhopal: when it reaches there.
        at = LiveStatus(at=details.pop("station")).at
        focus = last.focus if last.at else "arrival"
        return last.model_copy(update={"at": at, "focus": focus}) if not details else None
    if _stop_of_the_route(last, understood) and by_name:
        # "and Jhansi?", "aur gwalior?", "और झांसी?" after a train's route or timetable: when
        # that train is at that stop (expected, if its run is on its way), never the station's
        # own card nor the train's first and last times
        at = LiveStatus(at=details["station"]).at
        return LiveStatus(train=getattr(last, "train", None), at=at, focus="arrival")
    if "station" in details and "station" not in names:
        return None  # a bare place is a detail of a station's question only
    kal = isinstance(last, LiveStatus) and understood.date_word in KAL
    if kal and not understood.future_run and not understood.words.isdisjoint(_A_RUN_OF):
        # "aur kal wali?": the run of kal that is out there, yesterday's (the answer names it,
        # and offers tomorrow's); "kal?" alone asks for the run that starts that day, tomorrow
        details["date"] = (today - dt.timedelta(days=1)).isoformat()
    if kal and isinstance(last, LiveStatus):
        details["date"] = _the_other_kal(last, str(details.get("date", "")), today)
    fitting = {slot: value for slot, value in details.items() if slot in names}
    if not fitting or len(fitting) < len(details):
        return None
    if (
        isinstance(last, TrainFacts)
        and last.fact not in _OF_A_STRETCH
        and {"from", "to"} <= set(fitting)
    ):
        return None  # "bangalore to mysore" after its coaches or pantry: a journey of its own
    changed = last.with_slots(fitting)
    if isinstance(changed, TrainsBetween):
        changed = changed.model_copy(update=_when_said(understood))  # "shaam ki" said anew
    if isinstance(changed, TrainFacts) and "class" in fitting and changed.fact != "coaches":
        # "and 1A?", "2A hai kya?" after its pantry or its times: whether it has that class
        changed = changed.model_copy(update={"fact": "classes", "any_ac": False})
    if isinstance(changed, LiveStatus) and "date" in fitting:
        update = {"boarding": None, "switched": True, "kal": kal}
        changed = changed.model_copy(update=update)
    paging = {name: value for name, value in _PAGING.items() if name in kind.model_fields}
    return changed.model_copy(update=paging) if paging else changed


def _when_said(understood: Understood) -> dict[str, Any]:
    """When in the day a journey's trains are asked anew with another detail ("kal subah?",
    "kal 10 ke baad?"): the part of the day, or the time to leave after, the message says."""
    said = understood.request
    if understood.after is not None:
        return {"after": understood.after, "part": None}
    if isinstance(said, TrainsBetween):
        return {"part": said.part, "after": said.after}
    part = said_part(understood.words)
    return {} if part is None else {"part": part, "after": None}


def _the_other_kal(last: LiveStatus, said: str, today: dt.date) -> str:
    """The day "kal" stands for after a train's live status: the day it was read as, unless the
    run of that day is the one the bot chose to show ("kal wali?" after "where is it?" showed
    the run that started yesterday, still out there), then the other kal (tomorrow's run for
    yesterday's, and back); the answer says which day it shows and offers the other."""
    yesterday, tomorrow = today - dt.timedelta(days=1), today + dt.timedelta(days=1)
    other = {yesterday.isoformat(): tomorrow, tomorrow.isoformat(): yesterday}.get(said)
    if other is None or last.shown is None or last.shown.isoformat() != said:
        return said
    if last.date is not None:
        return said  # a run the traveller chose by its day ("yesterday's one"): that one again
    return other.isoformat()


# "kal wali", "kal vala": the one of kal, a run already out there.
_A_RUN_OF = frozenset({"wali", "wala", "wale", "vali", "vala", "vale", "waali", "waala"})


def _onward(
    board: Departures | Arrivals, details: dict[str, Any], today: dt.date
) -> TrainsBetween | None:
    """A place said alone after one station's board ("mumbai", "to mumbai", "mumbai kal"): the
    trains from that station to it (to that station from it, after an arrivals board); a day
    alone ("kal?"), the trains from that station that day, to a place still to ask (to it, from
    a place still to ask, after arrivals: a board covers the next hours only). None when the
    message says neither, or the board's own station."""
    place = details.get("to") if isinstance(board, Departures) else None
    place = place or details.get("station")
    if not board.station or not set(details) <= {"station", "to", "date"}:
        return None
    if place is None:
        if set(details) != {"date"}:
            return None
        end = "from" if isinstance(board, Departures) else "to"
        of_the_day = TrainsBetween.from_slots({end: list(board.station), "date": details["date"]})
        return of_the_day.model_copy(update={"board": True})
    if "station" in details and "to" in details:
        return None
    codes = place if isinstance(place, list) else [place]
    if board.station[0] in codes:
        return None  # the board's station again: the board itself
    day = details.get("date") or today.isoformat()
    if isinstance(board, Departures):
        return TrainsBetween.from_slots({"from": list(board.station), "to": place, "date": day})
    return TrainsBetween.from_slots({"from": place, "to": list(board.station), "date": day})


# Details of a journey on a train, that a question without them may be asked again with.
_JOURNEY_DETAILS = frozenset({"date", "class", "quota", "passengers"})


def _journey_instead_of_the_cancelled(
    understood: Understood, subject: Subject
) -> TrainsBetween | None:
    """A journey said alone ("Agra to Bhopal today", "agra se bhopal aaj", "आगरा से भोपाल आज")
    right after the answer that a train's run is cancelled: the trains between those places,
    never the cancelled train's fare or seats on that stretch again; None otherwise."""
    if not subject.cancelled or subject.train is None or subject.pnr is not None:
        return None
    details = dict(understood.details)
    if not {"from", "to"} <= set(details) or not set(details) <= {"from", "to", "date"}:
        return None
    if understood.trains or understood.train_name:
        return None  # "12628 agra to bhopal": that train's
    return TrainsBetween.from_slots(details)


def _journey_again(subject: Subject, understood: Understood, today: dt.date) -> Request | None:
    """A bare date, class or quota after an answer whose question has no such detail but that
    showed a journey (a PNR's card, trains between two places, a train's status): the same
    journey's fare (when the message asks how much) or seats, with those details; None when
    nothing shown makes a journey of them."""
    details = dict(understood.details)
    if not details or not set(details) <= _JOURNEY_DETAILS:
        return None
    last = subject.request
    booking = bool({"class", "quota"} & set(details))  # a class asks about a seat, or its fare
    slots: dict[str, Any]
    if _class_of_the_listed_one(subject, understood):
        # "us train me 3A hai kya", "does that train have 2A" after the one picked from a list
        # ("which is fastest"): whether that train has the class, not the journey's seats
        facts = TrainFacts(fact="classes")
        return facts.with_slots({"train": subject.train, "class": details["class"]})
    if isinstance(last, TrainsBetween) and subject.train and subject.journey:
        if not booking:
            return None
        # "tatkal?", "ladies quota me?" after the cheapest (fastest, first) train shown alone:
        # that train's, on the journey it makes on the list, never "which train?"; the day its
        # fare was shown for, when one was
        priced = last.date or (today if _fare_shown_of_the_one(subject) else None)
        slots = {"train": subject.train, "date": priced}
        slots["from"], slots["to"] = subject.journey
    elif isinstance(last, TrainsBetween) and last.origin and last.destination:
        if not booking:
            return None
        slots = {"from": list(last.origin), "to": list(last.destination), "date": last.date}
    elif subject.train is not None and subject.journey is None and set(details) == {"date"}:
        # "and tomorrow?" after a train's route or a stop: that train's run on that day (at
        # the stop asked about).
        run = LiveStatus.from_slots({"train": subject.train, "date": details["date"]})
        stop = subject.station if isinstance(last, StopsAt) else None
        return run.model_copy(update={"at": (stop,)}) if stop is not None else run
    elif subject.train is not None and (subject.journey is not None or booking):
        slots = {"train": subject.train}
        if subject.journey is not None:
            slots["from"], slots["to"] = subject.journey
        if subject.date is not None and subject.date >= today:
            slots["date"] = subject.date
    else:
        return None
    slots |= {"class": subject.journey_class, "quota": subject.quota}
    kind: type[Fare | SeatAvailability] = SeatAvailability
    if understood.how_much or _fare_by_default(subject, understood):
        kind = Fare
        slots["passengers"] = subject.passengers
    given = {slot: value for slot, value in slots.items() if value is not None}
    return kind().with_slots({**given, **details})


def _fare_by_default(subject: Subject, understood: Understood) -> bool:
    """Whether a class said alone ("3A?", "sleeper", "AC 2 tier me", "सेकंड एसी में?") after a
    journey's trains, or after a train's own answer, asks its fare: what a class costs is what a
    traveller asks first, unless the conversation was about seats (the list's seats asked) or a
    booking (a seat in that class), or seats are said. After the cheapest train and its fare, a
    quota alone ("tatkal?") asks that fare in it too."""
    if not understood.words.isdisjoint(_SEAT_WORDS):
        return False
    if _fare_shown_of_the_one(subject):
        return True
    last = subject.request
    if "class" not in understood.details:
        return False
    if isinstance(last, TrainsBetween):
        return last.wanted != "seats"
    return subject.pnr is None and not isinstance(last, PnrStatus)


def _fare_shown_of_the_one(subject: Subject) -> bool:
    """Whether the answer was one train of a journey's list with its fare in a class (the
    cheapest one, priced)."""
    return (
        isinstance(subject.request, TrainsBetween)
        and subject.train is not None
        and subject.journey_class is not None
    )


# Words that ask for seats, not a fare ("3A me seat hai?", "sleeper khali hai?").
_SEAT_WORDS: Final = frozenset(
    {"seat", "seats", "berth", "berths", "available", "availability", "khali", "jagah", "sit",
     "milegi", "milega", "सीट", "बर्थ", "खाली", "जगह"}
)  # fmt: skip


def _class_of_the_listed_one(subject: Subject, understood: Understood) -> bool:
    """Whether a class alone is said of "that train" ("us train me", "isme", "that one") while
    the train in hand is one of the list on screen, and no fare is asked."""
    listed = subject.train is not None and subject.train in subject.listed_trains
    said = set(understood.details) == {"class"} and not understood.how_much
    # "us train", "us gaadi": "us" is "that" only before a train ("tell us" is English)
    that_train = "us" in understood.words and not understood.words.isdisjoint(TRAIN_NOUNS)
    return listed and said and (understood.refers or that_train)


def _booking_pointed_at(understood: Understood, subject: Subject | None) -> Subject | None:
    """The booking an ordinal points at after an answer that showed several ("the first one",
    "2nd wala", "the last one"), as the subject to read the message against; None when it
    points at none of them."""
    pick = understood.pick
    if subject is None or len(subject.pnrs) < 2 or pick is None or understood.numbered:
        return None
    if pick.superlative not in (None, "first", "last"):
        return None
    number = {"first": 1, "last": -1}.get(pick.superlative or "", pick.number)
    at = len(subject.pnrs) - 1 if number == -1 else number - 1
    if not 0 <= at < len(subject.pnrs):
        return None
    pnr = subject.pnrs[at]
    if pnr == subject.pnr:
        return subject.model_copy(update={"pnrs": ()})
    return Subject(request=PnrStatus(pnr=pnr), pnr=pnr)


# Words that point at one of a list ("the mail one", "mail wali"): a kind of train said with
# them names the listed train of that kind, though alone it names no train ("mail", "express").
_POINTING = frozenset({"one", "wali", "wala", "vali", "vala", "waali", "waala", "wale", "vale"})


def _its_place_not_its_name(understood: Understood, subject: Subject, said: set[str]) -> bool:
    """Whether the words a listed train's name shares with the message are only a place the
    message asks about "it" at ("uska platform bhopal pe", "its platform at bhopal" after the
    second train of Bhopal's board): the train in hand there, not the train named after it."""
    if not understood.refers or subject.train is None or understood.pick is not None:
        return False
    if understood.which_one or subject.train not in subject.listed_trains:
        return False  # "the bhopal one": one of the list by what it is
    placed = {"station", "from", "to"} & set(understood.details)
    return bool(said) and bool(placed)


# The day's lists of changed trains (cancelled, rescheduled): a train of them is named by a word
# of its name as any listed train is ("will the kerala run tomorrow?").
_CHANGED_LISTS = CancelledTrains | RescheduledTrains


def _one_asked_by_its_word(
    understood: Understood, subject: Subject | None, today: dt.date
) -> Request | None:
    """A question about one train that names a listed train by a word of its name only ("ok
    the brindavan then. CC seats?", "seats in CC on the brindavan"): that question of that
    train, as `_listed_by_word` reads it, never of the list's whole journey; None when the
    message points at a train otherwise (its number, "the first one") or names a place."""
    request = understood.request
    if subject is None or not subject.listed or understood.pick is not None:
        return None
    if not isinstance(request, _ABOUT_A_TRAIN) or request.slots.get("train") is not None:
        return None
    if understood.train_name or {"station", "from", "to"} & set(understood.details):
        return None
    return _listed_by_word(understood, subject, today)


def _listed_by_word(
    understood: Understood, subject: Subject | None, today: dt.date
) -> Request | None:
    """A listed train named by a word of its name that no other listed train has ("kaveri",
    "brindavan", "shatabdi"), with a class or nothing else: its seats in that class on the
    list's journey and day, or that train of the list alone; asked a question about one train
    that names none ("brindavan ka CC fare", "kaveri kahan hai"), that question of it (a fare's
    or seats' on the list's journey and day). After a station's board ("rajdhani 3A?"), the
    same of the board's train: from the board's station, on the day it is there. None for
    anything else."""
    last = subject.listing if subject is not None else None
    listing = isinstance(last, TrainsBetween | Departures | Arrivals | _CHANGED_LISTS)
    if subject is None or last is None or not listing or understood.numbered:
        return None
    request = understood.request
    words = {word for word in understood.words if len(word) >= 4} - GENERIC_KINDS
    if not understood.words.isdisjoint(_POINTING):
        words |= understood.words & GENERIC_KINDS  # "the mail one", "wo mail wali", "मेल वाली"
    words |= {_unvoweled(word) for word in words if len(word) > 4}
    named = [item for item in subject.listed if not words.isdisjoint(_name_words(item.name))]
    kinds = understood.words & GENERIC_KINDS
    if not named and kinds:
        # "will the mail run tomorrow?": a kind's word that one listed train alone has is its
        # name, as the traveller reads the list
        named = [item for item in subject.listed if not kinds.isdisjoint(_name_words(item.name))]
        words |= kinds if len(named) == 1 else set()
    if len(named) != 1:
        return _of_a_kind(understood, subject, last, words)
    item = named[0]
    if _its_place_not_its_name(understood, subject, words & set(item.name.lower().split())):
        return None  # "uska platform bhopal pe": the train in hand at Bhopal, not Bhopal Shatabdi
    day = last.date if isinstance(last, TrainsBetween) else item.on
    if isinstance(request, Unknown | OutOfScope) and len(understood.keywords) == 1:
        # "fare of the brindavan one": its name read as a place elsewhere, its question kept
        request = _KEYWORD_ASKS.get(next(iter(understood.keywords)), request)
        if isinstance(request, LiveStatus) and not understood.words.isdisjoint(_PLATFORM):
            # "what platform is the karnataka one?": its name read as a state, its platform
            request = LiveStatus(focus="platform")
    if isinstance(request, Unknown | OutOfScope) and understood.runs:
        request = LiveStatus()  # "kaveri aaj chalegi?": its name read as a river, a run asked
    if isinstance(request, _ABOUT_A_TRAIN) and request.slots.get("train") is None:
        runs = whether_it_runs(item, request, last, understood, today)
        if runs is not None:
            return runs  # "is the kaveri running today?": yes, no or partly first
        if isinstance(request, LiveStatus) and request.focus == "platform":
            # "what platform is the karnataka one?" after a board or a journey's trains: the run
            # there, at the board's station or where the list boards it (its platform there),
            # never the run on the move elsewhere
            return asked_of(item, request, subject, today=today)
        asked = _asked_of_listed(request, understood, item, day)
        if _run_of_the_listed_day(asked, last, today) and isinstance(last, TrainsBetween):
            # "is the brindavan late?" after tomorrow's trains: tomorrow's run, from where the
            # list boards it (as "the first one" … "is it late?"), never today's
            assert isinstance(asked, LiveStatus) and last.date is not None
            return asked.model_copy(update={"date": last.date, "boarding": item.origin})
        return asked
    if not isinstance(request, Unknown | OutOfScope) or set(understood.details) - {"class"}:
        return None
    journey_class = understood.details.get("class")
    before = subject.request
    if journey_class is None and _of_another_listed(understood, before, item):
        # "और कर्नाटक में?" after the 2A seats of the Rajdhani of the list: the Karnataka
        # Express's 2A seats, on the journey it makes on the list, that day
        assert isinstance(before, Fare | SeatAvailability)
        again = type(before)().with_slots(
            {slot: before.slots[slot] for slot in ("class", "quota") if slot in before.slots}
        )
        return _asked_of_listed(again, understood, item, before.date or day)
    if journey_class is None:
        if not isinstance(last, TrainsBetween):
            return None  # the board's train alone: as any other message
        return last.model_copy(update={"pick": item.train, "offset": 0, "runs": False})
    ends = {"train": item.train, "from": item.origin, "to": item.destination}
    asked = SeatAvailability().with_slots({**ends, "class": journey_class})
    return asked.model_copy(update={"date": day}) if day else asked


def _named_one_there(understood: Understood, subject: Subject | None) -> Request | None:
    """ "Will the kaveri go to mysore?", "does the kaveri stop at mysore?", "kaveri mysore
    rukegi?" after a list of trains: the listed train named by a word of its name that no
    other listed train has, asked yes or no whether it gets to (or stops at) the station said;
    never the list again, nor each listed train's stop there. None for anything else."""
    last = subject.listing if subject is not None else None
    if subject is None or not isinstance(last, TrainsBetween | Departures | Arrivals):
        return None
    details = understood.details
    station = details.get("station") or details.get("to")
    if understood.numbered or not isinstance(station, str) or set(details) - _THERE_DETAILS:
        return None
    if understood.refers:
        return None  # "will it go to mysuru?": the train in hand, whatever name shares a word
    words = {word for word in understood.words if len(word) >= 4} - GENERIC_KINDS
    named = [item for item in subject.listed if not words.isdisjoint(_name_words(item.name))]
    if len(named) != 1:
        return None
    train, request = named[0].train, understood.request
    said = details.get("date")
    day = dt.date.fromisoformat(said) if isinstance(said, str) else None
    if isinstance(request, StopsAt) and request.train is None:
        return request.with_slots({"train": train, "station": (station,)})
    goes = not understood.words.isdisjoint(GO_WORDS) and understood.words.isdisjoint(WHEN_WORDS)
    if goes and isinstance(request, TrainsBetween | LiveStatus | Unknown | OutOfScope):
        return LiveStatus(train=train, focus="reaches", at=(station,), date=day)
    return None


# What a yes or no of a listed train at a station may say besides the train: the station, a day.
_THERE_DETAILS: Final = frozenset({"station", "to", "date"})


def _of_a_kind(
    understood: Understood, subject: Subject, last: Request, words: set[str]
) -> Request | None:
    """ "memu wali", "the mail one", "मेल वाली" of a list with none or several trains of that
    kind: whether there is one, those of it shown ("Yes: …" or "No, there is no Memu on this
    list."), as "koi memu hai?" asks; None for anything else."""
    said = words & GENERIC_KINDS
    if len(said) != 1 or understood.words.isdisjoint(_POINTING) or understood.details:
        return None
    if not understood.words <= said | _POINTING | _ARTICLES or not subject.listed:
        return None  # only the kind and the word that points ("memu" is no "menu" here)
    if not isinstance(understood.request, Unknown | OutOfScope | Help):
        return None
    kind = next(iter(said))
    if isinstance(last, TrainsBetween):
        return last.model_copy(update={"kind": kind, "offset": 0, "pick": None, "runs": False})
    return last.model_copy(update={"kind": kind, "offset": 0, "beyond": 0})


_ARTICLES: Final = frozenset({"the", "a", "wo", "vo", "woh", "voh", "वो", "वह"})


# The question a keyword alone asks of a train ("fare", "seats", "route", "kahan hai").
def _name_words(name: str) -> set[str]:
    """The words of a train's name as a message may hold them: as written, and as Devanagari
    reads once romanised, without a last "a" ("कर्नाटक": "karnatak" of "Karnataka")."""
    words = set(name.lower().split())
    cut = {word[:-1] for word in words if len(word) > 4 and word.endswith("a")}
    return words | cut | {_unvoweled(word) for word in words if len(word) > 4}


def _unvoweled(word: str) -> str:
    """A word without its "a"s after the first letter: Devanagari romanised drops the inner
    ones ("केरला": "kerla" of "Kerala"), so a name and its Hindi spelling meet here."""
    return word[:1] + word[1:].replace("a", "")


# "Platform", in the ways it is written.
_PLATFORM: Final = frozenset({"platform", "platforms", "pf", "plateform", "platfarm", "pletform"})
_KEYWORD_ASKS: Final[dict[str, Request]] = {
    "fare": Fare(),
    "seat_availability": SeatAvailability(),
    "train_route": TrainRoute(),
    "live_status": LiveStatus(),
}
# What a question about one train may say besides the train, asked of a listed train by a word
# of its name: not a journey or station of its own.
_OF_THE_LISTED = frozenset({"class", "quota", "date", "passengers"})


def _listed_by_kind(understood: Understood, subject: Subject | None) -> Request | None:
    """The listed trains of one kind pointed at ("memu wali", "the express one", "शताब्दी
    वाली", "memu wali kab hai"), a kind that names no one train: the one listed of that kind
    (its run from a board's station, or its line of the list); several, the list kept to those
    of that kind. None for anything else (a train, place or day of its own, no kind listed)."""
    last = subject.listing if subject is not None else None
    boards = (TrainsBetween, Departures, Arrivals)
    if subject is None or not subject.listed or not isinstance(last, boards):
        return None
    words = understood.words
    if understood.trains or understood.pnrs or understood.details or words.isdisjoint(_POINTING):
        return None
    request = understood.request
    if not isinstance(request, Unknown | OutOfScope | Help | LiveStatus | TrainFacts):
        return None  # ("memu" may read "menu": help)
    if request.slots.get("train") or (isinstance(request, TrainFacts) and request.fact != "times"):
        return None
    name = understood.train_name.lower()
    if name and not set(name.split()) <= TRAIN_KINDS:
        return None  # "the kaveri one": a train by its name
    kinds = words & TRAIN_KINDS - KIND_PARTS
    two = [kind for kind in _TWO_WORD_KINDS if set(kind.split()) <= words]
    kind = two[0] if two else next(iter(kinds)) if len(kinds) == 1 else None
    if kind is None:
        return None
    of_it = [item for item in subject.listed if set(kind.split()) <= set(item.name.lower().split())]
    if not of_it:
        return None
    if len(of_it) > 1:
        if isinstance(last, TrainsBetween):
            return last.model_copy(update={"kind": kind, "offset": 0, "pick": None, "runs": False})
        return last.model_copy(update={"kind": kind, "offset": 0, "beyond": 0, "past_last": False})
    item = of_it[0]
    if isinstance(last, TrainsBetween):
        return last.model_copy(update={"pick": item.train, "offset": 0, "runs": False})
    here = item.destination if isinstance(last, Arrivals) else item.origin
    at = (here,) if here else ()
    return LiveStatus(train=item.train, date=item.on, boarding=here, at=at)


def _start_implied(understood: Understood, subject: Subject | None) -> TrainsBetween | None:
    """Trains to a place asked with no start ("koi aur train agra ke liye", "any other train
    to agra", "trains to bhopal") after an answer that implies one: the journey's start of a
    fare or seats, the station just shown, else where the train in hand starts (of a day's
    cancelled or rescheduled trains, the first listed that goes there, `from_trains`); the
    train in hand left out when others are asked, or a cancelled one. None for anything else
    (a booking's or a list's own journey, a board, a place alone: "to bhopal")."""
    request = understood.request
    if subject is None or not isinstance(request, TrainsBetween):
        return None
    if request.origin or not request.destination or understood.numbered:
        return None
    # "koi dusri train agra ke liye" with no list on screen: another train, not the 2nd
    other = understood.pick is not None and understood.pick.number == 2 and not subject.listed
    if understood.pick is not None and not other:
        return None
    if not (understood.train_word or understood.plural or other) or subject.pnr is not None:
        return None
    if understood.there:
        return None  # "trains from there to delhi": the place "there" is
    if isinstance(subject.request, TrainsBetween) or isinstance(subject.listing, Departures):
        return None  # the list's own journey, the board's station: as they take it
    listing = subject.listing
    cancelled = isinstance(listing, CancelledTrains) or isinstance(subject.request, CancelledTrains)
    others = says_other(understood.words) or other or cancelled
    besides = subject.train if others else None
    changes = listing if isinstance(listing, CancelledTrains | RescheduledTrains) else None
    if changes is not None and changes.date is not None and request.date is None:
        request = request.model_copy(update={"date": changes.date})  # that day's other trains
    going = set(request.destination)
    for start in (subject.station, subject.origin):
        if start is not None and start not in going:
            return request.model_copy(update={"origin": (start,), "besides": besides})
    if subject.train is not None:
        trains: tuple[str, ...] = (subject.train,)
    elif isinstance(listing, CancelledTrains | RescheduledTrains) and subject.listed_trains:
        trains = subject.listed_trains
    else:
        return None
    return request.model_copy(update={"from_trains": trains, "others": others})


def _run_of_the_listed_day(asked: Request | None, last: Request, today: dt.date) -> bool:
    """Whether a live status asked of a listed train lacks its day, the list's being today's or
    one to come."""
    if not isinstance(asked, LiveStatus) or asked.date is not None:
        return False
    day = last.date if isinstance(last, TrainsBetween) else None
    return day is not None and day >= today


def _of_another_listed(understood: Understood, before: Request | None, item: Listed) -> bool:
    """Whether a listed train named alone ("और कर्नाटक में?", "and the kaveri?") right after a
    fare or seats of another train asks the same of it: "and", "what about" or "in" said
    beside its name."""
    if not isinstance(before, Fare | SeatAvailability) or before.train in (None, item.train):
        return False
    return not understood.words.isdisjoint(_SAME_OF_ANOTHER)


def _same_of_another_named(understood: Understood, subject: Subject | None) -> Request | None:
    """Another train of a journey's list named by its name alone ("what about the rajdhani?",
    "aur rajdhani ka?", "और राजधानी का?") right after a fare or seats of one listed train: the
    same question of it (its class, quota and party kept), on the journey it makes on the list,
    that day; never the named train's live status, which a name said alone asks elsewhere. None
    for anything else (a question of its own: "where is the rajdhani?", a detail said)."""
    if subject is None or not isinstance(subject.listing, TrainsBetween) or not subject.listed:
        return None
    before = subject.request
    request = understood.request
    if not isinstance(before, Fare | SeatAvailability) or before.train is None:
        return None
    if not isinstance(request, LiveStatus) or request.slots.get("train") is not None:
        return None
    if request.focus is not None or understood.keywords or understood.details:
        return None
    if understood.pick is not None or not understood.train_name:
        return None
    words = understood.train_name.lower().split()
    named = [item for item in subject.listed if all(w in item.name.lower() for w in words)]
    if len(named) != 1 or not _of_another_listed(understood, before, named[0]):
        return None
    item = named[0]
    kept = ("class", "quota", "passengers")
    said = before.slots
    again = type(before)().with_slots({slot: said[slot] for slot in kept if slot in said})
    if before.passengers is not None:
        again = again.model_copy(update={"passengers": before.passengers})
    return _asked_of_listed(again, understood, item, before.date or subject.listing.date)


# Words that ask the last question again of what they name ("and", "aur", "what about", "में").
_SAME_OF_ANOTHER: Final = frozenset(
    {"and", "aur", "or", "about", "mein", "me", "main", "pe", "par", "ka", "ki", "ke", "in", "for"}
)


def _asked_of_listed(
    request: Request, understood: Understood, item: Listed, day: dt.date | None
) -> Request | None:
    """A question about one train asked of a listed train named by a word of its name: of
    that train; a fare or seats on the journey it makes on the list, and the list's day (`day`)
    unless it says one. None when the question gives places of its own."""
    if set(understood.details) - _OF_THE_LISTED:
        return None
    if not isinstance(request, _JOURNEY):
        return request.with_slots({"train": item.train})
    asked = request.with_slots({"train": item.train, "from": item.origin, "to": item.destination})
    if asked.model_dump().get("date") is None and day is not None:
        return asked.model_copy(update={"date": day})
    return asked


# Words said beside stopping alerts just turned on: not wanting them any more ("नहीं चाहिए, बंद
# कर दो", "rehne do, band karo", "no thanks, stop it", "bas, band karo"); never "don't" or "not",
# which take the stopping back.
_NOT_WANTED: Final = frozenset(
    {"no", "nahi", "nahin", "nai", "nahii", "chahiye", "chahie", "chaiye", "chahiyee", "rehne",
     "rahne", "dijiye", "dijie", "bas", "enough", "thanks", "thank", "thanku", "you", "ab", "ok",
     "okay", "ji", "ye", "yeh", "isko", "inhe", "inko", "these", "this"}
)  # fmt: skip
# What "it" and "them" are said with ("अब इसे बंद करो", "iske alert band kar do", "rehne do alert
# band karo", "ab mat bhejo"): the alert itself, pointed at or named, and the sending stopped.
_THE_ALERT_SAID: Final = frozenset(
    {"ise", "isse", "iske", "iska", "iski", "is", "use", "usko", "uske", "unhe", "unko", "those",
     "that", "alert", "notification", "reminder", "update", "message", "messages", "msg", "bhejo",
     "bhejna", "bhejiye", "bhejte", "bhejiyega", "send", "sending", "ko", "ke", "ka", "ki",
     "kijiye", "kijie", "kardo", "krdo", "dena", "karna", "yaar", "yar", "please", "ab", "abhi",
     "hi", "bhi", "aur", "mujhe", "muje", "me"}
)  # fmt: skip
_STOPPING_ALERTS_SAID: Final = (
    ALERT_STOP | ALERT_ALL | ALERT_PLURALS | POLITE_WORDS | _NOT_WANTED | _THE_ALERT_SAID
)


def _alerts_stopped(understood: Understood, subject: Subject | None) -> Request | None:
    """Only words for stopping ("band karo", "sab band karo", "सब बंद करो", "stop all") right
    after an answer about alerts: those alerts stopped, all of them when it says all (else the
    PNR's); None for anything else."""
    last = subject.request if subject is not None else None
    if subject is None or not isinstance(last, AlertSubscribe | AlertList | AlertStop | TrackPnr):
        return None
    words = understood.words
    if isinstance(understood.request, AlertStop) or understood.numbered:
        return None  # understood as stopping already ("stop alerts", "stop 4512345678")
    if words.isdisjoint(ALERT_STOP) or words - _STOPPING_ALERTS_SAID:
        return None
    if not words.isdisjoint(ALERT_ALL | ALERT_PLURALS) or subject.pnr is None:
        return AlertStop(everything=True)
    return AlertStop(pnr=subject.pnr)


def _train_corrected(understood: Understood, subject: Subject | None) -> Request | None:
    """A correction that names another train, by number or by name, with a class or nothing
    else ("no, kaveri express SL", "sorry I meant 12628", "नहीं, कावेरी एक्सप्रेस"): the last
    question, of that train (the router finds a train said by name), in the class said; None
    for anything else."""
    last = subject.request if subject is not None else None
    if not isinstance(last, _ABOUT_A_TRAIN) or understood.words.isdisjoint(CORRECTION_WORDS):
        return None
    if set(understood.details) - {"class", "train"}:
        return None  # a journey or a day of its own: a question of its own
    numbers = [number for number in understood.trains if number != getattr(last, "train", None)]
    if not (numbers or understood.train_name) or len(numbers) > 1:
        return None
    number = numbers[0] if numbers else None
    if isinstance(last, LiveStatus):
        return LiveStatus(train=number, focus=last.focus, at=last.at)
    corrected = _for_train(last, number)  # no number: the router finds the train named
    said_class = understood.details.get("class")
    if said_class is not None and "class" in type(last).slot_names():
        corrected = corrected.with_slots({"class": said_class})
    return corrected


def _start_changed(understood: Understood, subject: Subject | None) -> Request | None:
    """The trains of the journey just listed from another start, when a message names one place
    with a word of starting or boarding there ("what if I start from mysore", "change the
    starting station to mathura", "no I will board at bangalore", "mujhe yeswantpur se chadhna
    hai", "मुझे आगरा से बैठना है"), however its connector reads; None for anything else."""
    last = subject.request if subject is not None else None
    if not isinstance(last, TrainsBetween) or not (last.origin and last.destination):
        return None
    if understood.numbered or understood.train_name:
        return None
    if not (understood.boards or not understood.words.isdisjoint(_STARTING)):
        return None
    details = understood.details
    places = [details[end] for end in ("station", "from", "to") if end in details]
    if len(places) != 1 or details.keys() - {"station", "from", "to", "date"}:
        return None
    codes = tuple(places[0]) if isinstance(places[0], list) else (str(places[0]),)
    if set(codes) & set(last.destination) or set(codes) == set(last.origin):
        return None
    changed = last.with_slots({"from": list(codes)})
    if "date" in details:
        changed = changed.with_slots({"date": details["date"]})
    return changed.model_copy(update=_PAGING_BETWEEN)


def _the_booked_train(understood: Understood, subject: Subject | None) -> PnrStatus | None:
    """ "what's the train number?", "train number kya hai" after a booking, no train named: the
    booking's train, then its card. None for another number, or with no booking in hand."""
    if subject is None or subject.pnr is None or understood.numbered:
        return None
    request = understood.request
    if not isinstance(request, Unknown | PnrStatus) or request.slots:
        return None
    if not train_number_asked(understood.words):
        return None
    return PnrStatus(pnr=subject.pnr, focus="train")


def _its_number(understood: Understood, subject: Subject | None) -> TrainFacts | None:
    """ "uska number kya hai", "what is its train number?", "उसका नंबर क्या है" of the train in
    hand (no booking in hand, whose number is its PNR): that train's card, its number first.
    None for a number of anything else (a PNR, a seat, a platform, a phone)."""
    if subject is None or subject.pnr is not None:
        return None
    listed = subject.listed_trains
    train = subject.train or (listed[0] if len(listed) == 1 else None)  # a list of one: that one
    if train is None:
        return None
    request, words = understood.request, understood.words
    if not isinstance(request, Unknown | PnrStatus) or request.slots:
        return None
    if not understood.refers or words.isdisjoint(_NUMBER) or not words.isdisjoint(_OTHER_NUMBERS):
        return None
    return TrainFacts(fact="times").with_slots({"train": train})


# A number asked ("number", "no.", "नंबर"); and numbers of things other than a train.
_NUMBER: Final = frozenset({"number", "num", "nambar", "numbar", "नंबर", "नम्बर"})
_OTHER_NUMBERS: Final = frozenset(
    {"pnr", "seat", "berth", "coach", "bogie", "platform", "pf", "phone", "mobile", "contact",
     "helpline", "customer", "care", "passenger", "ticket", "booking", "whatsapp"}
)  # fmt: skip


def _when_it_leaves_a_place(understood: Understood, subject: Subject | None) -> LiveStatus | None:
    """When the train in hand leaves one place named, on the day said ("aaj wali train delhi se
    kitne baje niklegi", "aaj delhi se kab chalegi"): its departure there, that day's run; never
    the trains from there. None for another train, trains, or a journey of two places."""
    if subject is None or subject.train is None:
        return None
    if not (understood.leaves and understood.asks_when and understood.future_run):
        return None  # ("bhopal se kitne baje chalti hai": its timetable; "when did it leave")
    if not isinstance(understood.request, TrainsBetween | Departures):
        return None
    if understood.numbered or understood.train_name or understood.plural:
        return None
    if understood.train_word and not (understood.refers or not understood.words.isdisjoint(_ONE)):
        return None  # "delhi se koi train kab niklegi": another train
    details = understood.details
    places = [details[end] for end in ("station", "from") if end in details]
    if len(places) != 1 or details.keys() - {"station", "from", "date"}:
        return None
    codes = tuple(places[0]) if isinstance(places[0], list) else (str(places[0]),)
    leaves = LiveStatus(train=subject.train, at=codes, focus="departure")
    day = details.get("date")
    return leaves.with_slots({"date": day}) if day is not None else leaves


# "The one" said of a train ("aaj wali train", "raat wala"): the train in hand, not another.
_ONE: Final = frozenset({"wali", "wala", "vali", "vala", "waali", "waala", "वाली", "वाला"})


def _boards_there(understood: Understood, subject: Subject | None) -> StopsAt | None:
    """Whether one can get on the train in hand at one place named ("perambur se chadh sakte
    hai?", "can I board at perambur?", "क्या पेरम्बूर से चढ़ सकते हैं?"): whether it stops
    there, and when. None for another train, a statement, or more than one place."""
    if subject is None or subject.train is None or not understood.boards:
        return None
    if understood.numbered or understood.train_name or understood.words.isdisjoint(_CAN_OR_WHETHER):
        return None
    details = understood.details
    places = [details[end] for end in ("station", "from", "to") if end in details]
    if len(places) != 1 or details.keys() - {"station", "from", "to", "date"}:
        return None
    codes = tuple(places[0]) if isinstance(places[0], list) else (str(places[0]),)
    return StopsAt(train=subject.train, station=codes)


# Words asking whether one can ("can I", "chadh sakte hai?", "चढ़ सकते हैं क्या").
_CAN_OR_WHETHER: Final = frozenset(
    {"can", "could", "possible", "sakte", "sakta", "sakti", "sakenge", "sakunga", "sakungi",
     "kya", "सकते", "सकता", "सकती", "सकेंगे", "क्या"}
)  # fmt: skip


# Words of where a journey starts ("start from", "starting station", "baithna hai").
_STARTING: Final = frozenset(
    {"start", "starting", "starts", "origin", "source", "baithna", "baithunga", "baithungi",
     "baithu", "baithun", "baithoon", "baithenge"}
)  # fmt: skip


def _end_corrected(understood: Understood, subject: Subject | None) -> Request | None:
    """A correction that names only a place after a journey's question ("no, bhopal", "sorry I
    meant pune", "नहीं, भोपाल"): the same question to that place; said with "from" ("sorry, from
    pune", "nahi, pune se"), the same question from it. None for anything else."""
    last = subject.request if subject is not None else None
    if not isinstance(last, TrainsBetween | Fare | SeatAvailability) or understood.numbered:
        return None
    if not (last.origin and last.destination) or understood.words.isdisjoint(CORRECTION_WORDS):
        return None
    said = set(understood.details)
    if said not in ({"station"}, {"from"}):
        return None
    end = "from" if said == {"from"} else "to"
    place = understood.details["station" if end == "to" else "from"]
    codes = tuple(place) if isinstance(place, list) else (place,)
    if set(codes) & set(last.origin if end == "to" else last.destination):
        return None  # the journey's other end already: not a correction of this one
    changed = last.with_slots({end: list(codes)})
    paging = {name: value for name, value in _PAGING.items() if name in type(last).model_fields}
    return changed.model_copy(update=paging)


# What a place said alone as a follow-up may be read as ("aur delhi ka?": its code, alone).
_PLACE_ALONE_READS: tuple[type[Request], ...] = (StationByName, TrainsBetween, Unknown)


def _to_another_place(understood: Understood, subject: Subject | None) -> TrainsBetween | None:
    """A place said alone as a follow-up after a journey's trains ("acha toh mysore ki?", "aur
    delhi ka?", "और पुणे?", "and pune tomorrow?"): the same journey's origin, day and part of the
    day to that place, never its station code; None for anything else (a code asked, a train
    of the list pointed at, a place with a role of its own)."""
    if subject is None or not understood.also or understood.keywords or understood.which_one:
        return None
    last = subject.listing if isinstance(subject.listing, TrainsBetween) else subject.request
    if not isinstance(last, TrainsBetween) or not (last.origin and last.destination):
        return None
    details = understood.details
    if not isinstance(understood.request, _PLACE_ALONE_READS) or understood.numbered:
        return None
    if "station" not in details or set(details) - {"station", "date"} or understood.placed:
        return None
    place = details["station"]
    codes = tuple(place) if isinstance(place, list) else (str(place),)
    if set(codes) & set(last.origin) or set(codes) & set(last.destination):
        return None  # an end of the journey already: not another place
    cities = ((last.cities or 0) & 1) | (2 if len(codes) > 1 else 0)
    day = details.get("date")
    moved = last.model_copy(update={"destination": codes, "cities": cities or None})
    moved = moved.model_copy(update={**_JUST_THE_JOURNEY, **_PAGING_BETWEEN})
    return moved.with_slots({"date": day}) if isinstance(day, str) else moved


# What a list's question about its trains leaves behind when only its journey is kept.
_JUST_THE_JOURNEY: Final[dict[str, object]] = {
    "pick": None, "runs": False, "besides": None, "wanted": None, "kind": None, "missed": (),
    "past_last": False, "others": False, "from_trains": (), "board": False,
}  # fmt: skip


# What asking for the way back may be read as alone ("return trains on the 12th": nothing).
_RETURN_READS: tuple[type[Request], ...] = (Unknown, OutOfScope, TrainsBetween, CannotDo)


def _way_back(understood: Understood, subject: Subject | None) -> TrainsBetween | None:
    """The trains of the journey in hand the other way, on the day said ("ok then show return
    trains on the 12th", "wapsi ki train 12 ko", "वापसी की ट्रेनें"), after its trains, a fare,
    seats, or a booking asked for (which RailBot cannot make); None for anything else."""
    if subject is None or understood.numbered:
        return None
    said_back = _back_said_of_the_journey(understood, subject)
    if said_back is None and not _says_return(understood.words):
        return None
    request = understood.request
    # ("wapsi ki train 20 dec ko" may read as a board of no station: a train of some day)
    board = isinstance(request, Departures | Arrivals) and not request.station
    said = set(understood.details) - {"date"}
    if not (isinstance(request, _RETURN_READS) or board) or (said and said_back is None):
        return None
    if isinstance(request, CannotDo) and request.task not in ("booking", "tatkal"):
        return None  # "return ticket refund": a refund's
    seats = _hunting_seats(subject) and not isinstance(subject.request, Fare)
    if seats and not understood.plural and not understood.details:
        # "and the return train?" after seats in 3A: its partner's seats, in 3A; with a day of
        # its own ("wapsi ki train 20 dec ko") it is the journey back planned, its trains; after
        # a fare, the trains back (their times), in its class, on a day asked
        return None
    last = subject.listing if isinstance(subject.listing, TrainsBetween) else subject.request
    if said_back is not None:
        start, end = said_back
        back = TrainsBetween(origin=start, destination=end, cities=_BOTH_CITIES)
        back = back.model_copy(update={"date": getattr(last, "date", None)})
    elif isinstance(last, TrainsBetween) and last.origin and last.destination:
        ends = {"origin": last.destination, "destination": last.origin}
        back = TrainsBetween(**ends, date=last.date, cities=_BOTH_CITIES)
    elif subject.journey is not None:
        # the way back of one train's journey (12628 NDLS → SBC) is from its end's city to its
        # start's, every station of each (22691 gets to Nizamuddin), not one train's stations
        ends = {"origin": (subject.journey[1],), "destination": (subject.journey[0],)}
        back = TrainsBetween(**ends, cities=_BOTH_CITIES)
    else:
        return None
    return _back_on_the_day(understood, subject, back.model_copy(update={"returning": True}))


def _back_said_of_the_journey(
    understood: Understood, subject: Subject
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The ends of the way back when "back" is said alone beside the journey in hand's end or a
    day ("and back on monday from delhi?", "aur wapas somvar ko delhi se?", "और सोमवार को दिल्ली
    से वापस?", "wapas 14 ko?" after Bengaluru to Delhi's trains): from where it went (or the
    place said to start back from) to where it started (or the place said to go back to). None
    when "back" is not said alone, no day or end is said with it, or an end said is the journey's
    own way ("back to delhi" after trains to Delhi is not the way back)."""
    last = subject.listing if isinstance(subject.listing, TrainsBetween) else subject.request
    if not isinstance(last, TrainsBetween) or not (last.origin and last.destination):
        return None
    if understood.words.isdisjoint(_BACK | _BACK_IN_HINDI):
        return None
    details = understood.details
    if not details or set(details) - {"date", "from", "to"}:
        return None
    start, end = _codes(details.get("from")), _codes(details.get("to"))
    if set(start) & set(last.origin) or set(end) & set(last.destination):
        return None  # the journey said again its own way
    if start and end:
        return None  # a journey of its own, read as said
    return (start or last.destination, end or last.origin)


# "Back" as Devanagari and other spellings read ("वापस", "waapis").
_BACK_IN_HINDI: Final = frozenset({"वापस", "waapis", "wapass"})


def way_back_while_asked(
    understood: Understood, subject: Subject | None, asked: Request
) -> TrainsBetween | None:
    """The way back asked while a detail of a journey's question is asked ("and the way back on
    14 dec", "wapsi 14 dec", "वापसी 14 दिसंबर को" while "Which class?" waits for the fare from
    Delhi to Mumbai on the 10th): that journey reversed, city to city, on the day said, with
    the class, quota and party already given; never the day taken as the onward journey's.
    None for anything else (the trains back already asked for, a journey with an end unsaid)."""
    if isinstance(asked, TrainsBetween) or understood.numbered:
        return None
    if not _says_return(understood.words) or set(understood.details) - {"date"}:
        return None
    if not isinstance(understood.request, _RETURN_READS) and not isinstance(
        understood.request, type(asked)
    ):
        return None
    said = asked.slots
    origin, destination = _codes(said.get("from")), _codes(said.get("to"))
    if not (origin and destination):
        return None
    onward = said.get("date") or getattr(asked, "date", None)
    day = dt.date.fromisoformat(onward) if isinstance(onward, str) else onward
    journey = TrainsBetween(
        origin=origin, destination=destination, date=day if isinstance(day, dt.date) else None
    )
    known = Subject.of(asked)
    if subject is not None:
        known = known.model_copy(
            update={
                "quota": known.quota or subject.quota,
                "passengers": known.passengers or subject.passengers,
            }
        )
    known = known.model_copy(update={"listing": journey})
    return _way_back(replace(understood, request=Unknown()), known)


def _codes(value: object) -> tuple[str, ...]:
    """A slot's station codes, one or several (a city's)."""
    if isinstance(value, str):
        return (value,)
    return tuple(str(code) for code in value) if isinstance(value, list | tuple) else ()


# `TrainsBetween.cities` of a way back: both ends stand for their cities.
_BOTH_CITIES: Final = 3


def _back_on_the_day(
    understood: Understood, subject: Subject, back: TrainsBetween
) -> TrainsBetween:
    """The way back on the day said, in the onward class; with no day said, the day back to be
    asked (from the onward day), or undated when the onward journey was."""
    day = understood.details.get("date")
    onward = back.date or getattr(subject.request, "date", None)
    if isinstance(day, str):
        back = back.with_slots({"date": _back_after(understood, day, onward)})
        return _back_in_class(back, subject)
    if isinstance(onward, dt.date):  # the day back asked; an undated journey's, undated
        back = back.model_copy(update={"date": None, "back_from": onward})
    return _back_in_class(back, subject)


def _back_after(understood: Understood, day: str, onward: object) -> str:
    """The day back said by its weekday ("and back on monday?") as the first such day after the
    onward journey's (Monday the 14th after Friday the 11th, never the Monday before it); any
    other day as said."""
    if understood.date_word != WEEKDAY_WORD or not isinstance(onward, dt.date):
        return day
    said = dt.date.fromisoformat(day)
    if said >= onward:
        return day
    weeks = -(-(onward - said).days // 7)
    return (said + dt.timedelta(weeks=weeks)).isoformat()


def _back_in_class(back: TrainsBetween, subject: Subject) -> TrainsBetween:
    """The way back with the class the onward fare or seats were asked in (and their quota and
    party, said then or before), for its fares."""
    said = subject.request.slots if subject.request is not None else {}
    if not isinstance(said.get("class"), str):
        return back
    kept = {"class": said["class"], "quota": subject.quota, "passengers": subject.passengers}
    details = tuple((slot, str(value)) for slot, value in kept.items() if value is not None)
    return back.model_copy(update={"back_as": details})


# Coming back said in two words ("wapas aane ki train", "वापस आने की", "coming back on friday").
_BACK: Final = frozenset({"wapas", "wapis", "vapas", "vapis", "waapas", "back"})
_COMING: Final = frozenset(
    {"aane", "aana", "ane", "aaunga", "aaungi", "aayenge", "aaenge", "aate", "coming", "come"}
    | {"aa", "aaye", "aayen", "aaen", "aaun", "aau", "aao", "aaoge", "aayega", "aayegi"}
)


# Back said with the way it goes ("the way back", "the journey back", "back trip").
_WAY: Final = frozenset({"way", "journey", "trip"})


def asks_the_way_back(understood: Understood) -> bool:
    """Whether a message asks for the way back ("and the way back on 14 dec", "wapsi 14 ko")."""
    return _says_return(understood.words)


def _says_return(words: frozenset[str]) -> bool:
    """Whether the words ask for the way back ("return", "wapsi", "wapas aane ki", "the way
    back")."""
    if not words.isdisjoint(RETURN_WORDS):
        return True
    return bool(words & _BACK and (words & _COMING or words & _WAY))


def _hunting_seats(subject: Subject) -> bool:
    """Whether the answer just given is one train's fare or seats in a class: "the return
    train" next is the same question of the train back (`_the_other_way`), its class kept."""
    last = subject.request
    if not isinstance(last, Fare | SeatAvailability) or subject.train is None:
        return False
    return last.slots.get("train") == subject.train and last.slots.get("class") is not None


def _the_day_after(
    understood: Understood, subject: Subject | None, today: dt.date
) -> Request | None:
    """The question last answered again for the day after its day ("the next day?", "agle din
    ka?", "अगले दिन?", "the day after?", "uske agle din", "उसके अगले दिन"), or after today
    when it named none; None for anything else. "The day after" alone reads as the day after
    tomorrow, but after a day named it is the day after that one."""
    last = subject.request if subject is not None else None
    if last is None or understood.numbered or understood.train_name:
        return None
    words = understood.words
    after = bool(words & _AFTER_IT) and understood.date_word in BARE_AFTER
    if understood.details and not (after and set(understood.details) == {"date"}):
        return None
    said = _NEXT | _DAY | _AFTER_IT | _THAT_DAY | _ELLIPSIS_FILLER
    if not ((words & _NEXT or after) and words & _DAY) or not words <= said:
        return None
    day = getattr(last, "date", None)
    if after and not isinstance(day, dt.date):
        return None  # "the day after" with no day in hand: after tomorrow, as it reads alone
    after_day = (day if isinstance(day, dt.date) else today) + dt.timedelta(days=1)
    return _changed(last, replace(understood, details={"date": after_day.isoformat()}), today)


def _halt_after_the_station(understood: Understood, subject: Subject | None) -> Request | None:
    """A station alone with "after" ("and after agra?", "aur agra ke baad?", "आगरा के बाद?")
    while a train is in hand: the halt after that station on its route, by the timetable, never
    the station's facts nor where the run is now; None for anything else."""
    if subject is None or subject.train is None or subject.several:
        return None
    if understood.numbered or understood.train_name or not understood.words & _AFTER_IT_SAID:
        return None
    station = understood.details.get("station")
    alone = isinstance(understood.request, StationByName) and set(understood.details) == {"station"}
    if not alone:
        return None
    return TrainFacts(fact="next").with_slots({"train": subject.train, "station": station})


def asks_the_other_way(understood: Understood, subject: Subject | None) -> bool:
    """Whether a message asks the question last answered again the other way, with a word of
    the way beside the other ("ulti taraf wali?", "ulti disha wali" after a train or a
    journey's trains): never outside railways for its "ulti" alone."""
    return len(understood.words) > 1 and _the_other_way(understood, subject) is not None


def _the_other_way(understood: Understood, subject: Subject | None) -> Request | None:
    """The question last answered again the other way ("and the other direction?", "the other
    direction's train?", "ulti disha ki train?", "दूसरी दिशा की ट्रेन?", "the one going the
    other way", "ulti disha wali", "वापसी वाली"): a journey's trains
    from its end back to its start; a train's question of its partner the other way (the odd
    number and the even one after it, 12627 and 12628). None for anything else."""
    last = subject.request if subject is not None else None
    if subject is None or last is None or understood.numbered or understood.train_name:
        return None
    # "no, I meant the one coming back", "nahi, wapas aane wali", "नहीं, वापसी वाली": a correction
    # of the train asked about, the same question of the one the other way
    words = understood.words - CORRECTION_WORDS - _I_SAID
    # "The one going back", "the one coming back": back said with the way it goes
    going_back = bool(words & _BACK and words & _GOING_BACK)
    # "flip it", "ulta wala", "उल्टा कर दो": the "Other direction" button asked for in words
    flipped = bool(words & _FLIP) and words <= _FLIP | _FLIP_FILLER | _THE_ONE_GOING
    said_way = (words & _OTHER and words & _DIRECTION) or words & RETURN_WORDS or going_back
    if not (said_way or flipped):
        return None
    # Nothing but the way, "the one", "going" ("the one going the other way", "ulti disha wali",
    # "वापसी वाली"): a place read in those words ("wali" as Vapi) is none said.
    said = _OTHER | _DIRECTION | RETURN_WORDS | _THE_ONE_GOING | _ELLIPSIS_FILLER
    said = said | _BACK if going_back else said
    said = said | _FLIP | _FLIP_FILLER if flipped else said
    if not words <= said | OTHER_TRAIN_NOUNS | QUESTION_WORDS | _ITS_NUMBER_ASKED:
        return None
    if understood.details and not words <= said:
        return None
    listing = subject.listing if isinstance(subject.listing, TrainsBetween) else last
    if isinstance(listing, TrainsBetween) and listing.origin and listing.destination:
        cities = listing.cities or 0
        swapped = ((cities & 1) << 1) | ((cities & 2) >> 1)
        ends = {"origin": listing.destination, "destination": listing.origin}
        return TrainsBetween(**ends, date=listing.date, cities=swapped or None)
    train = subject.train
    if train is None or not train.isdigit() or len(train) != 5 or subject.several:
        return None
    partner = str(int(train) + 1 if int(train) % 2 else int(train) - 1)
    asked = understood.request
    if isinstance(asked, LiveStatus | TrainRoute) and not asked.slots.get("train"):
        return type(asked)(train=partner)  # "ulti taraf wali kahan hai?": where that one is
    # "return train?" after where 12627 is asks the train back's timetable; "no, the return
    # one" corrects which train the question was of
    corrected = not understood.words.isdisjoint(CORRECTION_WORDS)
    card = isinstance(last, LiveStatus) and last.focus == "train"
    if card or (isinstance(last, LiveStatus) and words & RETURN_WORDS and not corrected):
        # "12627" … "ulti disha wali": its card; "return train?" after where 12627 is: the
        # train back's timetable and days (its run on the road now is not the one to take back)
        return LiveStatus(train=partner, focus="train")
    if isinstance(last, LiveStatus):
        # "is 12627 late?" … "no, the one going back", "नहीं, वापसी वाली": the same question of
        # the train the other way (is it late, where it is), its own run
        return LiveStatus(train=partner, focus=last.focus)
    if isinstance(last, TrainRoute | TrainFacts):
        return (
            type(last)(train=partner)
            if not isinstance(last, TrainFacts)
            else (last.model_copy(update={"train": partner}))
        )
    if isinstance(last, _ABOUT_A_TRAIN) and last.slots.get("train") == train:
        slots = last.slots
        back = {"from": slots.get("to"), "to": slots.get("from")}
        swap = {name: value for name, value in back.items() if value}
        return last.with_slots({"train": partner, **swap})
    return None


# A day on from the one in hand ("next day", "agle din", "अगले दिन").
_NEXT: Final = frozenset({"next", "following", "agle", "agla", "agli", "अगले", "अगला", "अगली"})
_DAY: Final = frozenset({"day", "din", "दिन"})
# "After" in "the day after", and the day pointed back at ("uske agle din", "the day after that").
_AFTER_IT: Final = frozenset({"after", "aftr", "dayafter"})
# "After" said of a station ("and after agra?", "agra ke baad?").
_AFTER_IT_SAID: Final = frozenset({"after", "aftr", "baad", "bad"})
_THAT_DAY: Final = frozenset({"uske", "usse", "iske", "us", "that", "this", "उसके", "इसके"})
# The other way ("other direction", "ulti disha", "दूसरी दिशा", "opposite side").
_OTHER: Final = frozenset(
    {"other", "opposite", "reverse", "ulti", "ulta", "ulte", "dusri", "doosri", "dusre"}
    | {"दूसरी", "दूसरे", "उल्टी", "उलटी", "उल्टे", "उल्टा"}
)
_DIRECTION: Final = frozenset(
    {"direction", "directions", "disha", "side", "taraf", "taraph", "tarf", "way"}
    | {"दिशा", "तरफ", "तरफ़", "ओर"}
)
# Words that turn a journey around ("flip it", "reverse", "ulta wala", "उल्टा कर दो"), said with
# nothing else but `_FLIP_FILLER`.
_FLIP: Final = frozenset(
    {"flip", "flipped", "reverse", "reversed", "swap", "swapped", "ulta", "ulti", "ulte", "ultaa"}
    | {"palat", "palto", "palatdo", "उल्टा", "उल्टी", "उलटा", "उलटी", "उल्टे", "पलट", "पलटो"}
)
_FLIP_FILLER: Final = frozenset(
    {"it", "them", "that", "this", "the", "journey", "route", "stations", "ends", "around",
     "round", "please", "pls", "plz", "now", "then", "ok", "okay", "and", "can", "you", "just",
     "karo", "kar", "kardo", "do", "dijiye", "dena", "de", "wala", "wali", "vala", "vali", "bhi",
     "करो", "कर", "दो", "दीजिए", "वाला", "वाली", "भी", "direction", "way", "side", "taraf", "se"}
)  # fmt: skip
# Its number or name asked ("train number for the return journey", "wapsi wali ka number kya
# hai", "वापसी वाली ट्रेन का नंबर"): the train back, which its answer numbers and names.
_ITS_NUMBER_ASKED: Final = frozenset(
    {"number", "no", "num", "numbr", "nmbr", "name", "naam", "journey", "trip", "safar", "yatra",
     "of", "is", "are", "tell", "me", "batao", "bata", "bataiye", "hai", "please", "pls"}
    | {"नंबर", "नम्बर", "नाम", "यात्रा", "सफ़र", "सफर", "बताओ", "है"}
)  # fmt: skip
# Going that goes back with "back" ("the one going back", "coming back", "wapas jaane wali").
_GOING_BACK: Final = frozenset(
    {"going", "goes", "coming", "comes", "jaane", "jane", "jaati", "aane", "ane", "aati"}
)
# "The one going", "jaane wali", "जाने वाली": a train pointed at by the way it goes.
_THE_ONE_GOING: Final = frozenset(
    {"one", "going", "goes", "go", "running", "runs", "coming", "comes", "that", "which", "in"}
    | {"wali", "wala", "wale", "vali", "vala", "vale", "waali", "waala", "jaane", "jane", "jaati"}
    | {"jati", "jaata", "jata", "chalne", "aane", "ane", "ki", "ke", "ka", "me", "mein"}
)
# Who said or meant what, beside a correction ("I meant", "maine … bola tha").
_I_SAID: Final = frozenset(
    {"i", "meant", "mean", "said", "asked", "maine", "mera", "bola", "kaha", "tha", "thi"}
    | {"मैंने", "मेरा", "था", "थी"}
)
# What an elliptical follow-up may hold beside its one detail ("and the ...?", "... ka kya?").
_ELLIPSIS_FILLER: Final = DAY_PART_FILLER | frozenset(
    {"the", "s", "then", "for", "on", "liye", "लिए", "kahan", "kaha", "कहाँ", "कहां", "status"}
)


def said_part(words: frozenset[str]) -> str | None:
    """The one part of the day the words name ("shaam", "रात"), if they name one."""
    said = day_parts_in(words)
    return said[0] if len(said) == 1 else None


def _in_part(understood: Understood, subject: Subject | None) -> Request | None:
    """A part of the day said alone after the trains of a journey or a station's board
    ("evening?", "and at night?", "subah wali?", "शाम की?"): that list, or that board, cut to
    the trains leaving then; None for anything else."""
    last = (subject.listing or subject.request) if subject is not None else None
    if not isinstance(last, TrainsBetween | Departures | Arrivals) or understood.details:
        return None
    if understood.after is not None and _only_a_time(understood):
        # "after 7 tonight?", "10 baje ke baad?": the list, or the board, from then on
        if isinstance(last, TrainsBetween):
            return last.model_copy(update={"after": understood.after, "part": None, "offset": 0})
        end = (understood.after + OPEN_WINDOW_HOURS * 60) % (24 * 60)
        return last.model_copy(update={"after": understood.after, "until": end, "offset": 0})
    part = said_part(understood.words)
    if part is None or understood.numbered:
        return None
    named = set().union(*DAY_PART_WORDS.values())
    if not understood.words <= named | DAY_PART_FILLER | OTHER_TRAIN_NOUNS:
        return None
    if isinstance(last, TrainsBetween):
        # "morning wali me sabse pehli": the first (or last) of that part of the day, one train
        update: dict[str, Any] = {
            "part": part,
            "offset": 0,
            "pick": _first_or_last(understood.pick),
            "wanted": None,
        }
        return last.model_copy(update=update)
    start, end = DAY_PARTS[part]
    return last.model_copy(update={"after": start, "until": end % (24 * 60), "offset": 0})


# What a time to leave after is said with, alone ("after 7 tonight?", "aaj 10 baje ke baad?").
_A_TIME_SAID: Final = frozenset(
    {"after", "from", "baad", "bad", "baje", "ke", "tonight", "tonite", "today", "aaj", "pm",
     "am", "p.m.", "a.m.", "trains", "train", "any", "koi", "what", "about", "and", "aur"}
)  # fmt: skip


def _only_a_time(understood: Understood) -> bool:
    """Whether a message says nothing but a time to leave after, and a part of the day."""
    named = set().union(*DAY_PART_WORDS.values())
    said = {word for word in understood.words if not word.isdigit()}
    return said <= named | DAY_PART_FILLER | _A_TIME_SAID | OTHER_TRAIN_NOUNS


def _first_or_last(pick: Pick | None) -> str | None:
    """ "first" or "last" when a pick says the first or last of a list ("sabse pehli", "the
    earliest", "the last one"), None for any other."""
    if pick is None or pick.clock:
        return None
    said = pick.superlative if pick.superlative in ("first", "last") else None
    return said or {1: "first", -1: "last"}.get(pick.number)


def the_rest(subject: Subject | None) -> TrainsBetween | Departures | Arrivals | None:
    """ "More trains" after a list of the trains between two places or a station's board: the
    same list (its day and part of the day) from the train after the last one on screen (past
    a board's last train, the board of the hours after it); None after anything else."""
    listing = subject.listing if subject is not None else None
    if subject is None or not subject.listed:
        return None
    shown = subject.more_from or subject.listed_from - 1 + len(subject.listed)
    if isinstance(listing, Departures | Arrivals):
        return listing.model_copy(update={"offset": shown, "beyond": 0, "past_last": False})
    if not isinstance(listing, TrainsBetween):
        return None
    update = {"offset": shown, "pick": None, "runs": False, "wanted": None}
    return listing.model_copy(update=update)


def more_of_the_route(subject: Subject | None) -> TrainRoute | None:
    """ "More", "aur", "और दिखाओ" after a train's route: its next page of stops (or, past its
    last, that the whole route was shown); None after anything else."""
    last = subject.request if subject is not None else None
    if not isinstance(last, TrainRoute) or last.train is None:
        return None
    return last.model_copy(update={"page": last.page + 1, "more": True})


def _of_no_trains(understood: Understood, subject: Subject | None) -> Request | None:
    """A follow-up that asks something of the trains of a list that had none ("fastest?",
    "the first one", "fare?", "seats?"): that list again, asked it, so that the answer says
    there is no train to compare or price, and what to try; None for anything else."""
    if subject is None or subject.listed or not isinstance(subject.listing, TrainsBetween):
        return None
    if understood.numbered or understood.train_name:
        return None  # a train of its own: its own question
    last, request, pick = subject.listing, understood.request, understood.pick
    own = request.slots
    if last.besides and understood.refers and isinstance(request, Fare | SeatAvailability):
        if "train" in own:
            return None
        # "check 2A seats in it" after "no other trains" than the one in hand: that train's,
        # on the list's journey and day (or the day said)
        fill: dict[str, Any] = {"train": last.besides}
        if not {"from", "to"} & set(own):
            fill |= {"from": list(last.origin), "to": list(last.destination)}
        if "date" not in own and last.date is not None:
            fill["date"] = last.date.isoformat()
        return request.with_slots(fill)
    asks_nothing = isinstance(request, Unknown | OutOfScope) or (
        isinstance(request, LiveStatus | Fare | TrainsBetween) and not request.slots
    )
    if pick is not None and asks_nothing:
        said = pick.superlative or str(pick.number)
        return last.model_copy(update={"pick": said, "offset": 0, "runs": False, "wanted": None})
    own = request.slots
    if isinstance(request, Fare | SeatAvailability) and not {"train", "from", "to"} & set(own):
        wanted = "fare" if isinstance(request, Fare) else "seats"
        return last.model_copy(update={"wanted": wanted, "offset": 0, "pick": None})
    return None


def _filled(request: Request, subject: Subject, understood: Understood, today: dt.date) -> Request:
    """`request` with what it lacks taken from the subject, where that is the same train."""
    slots = request.slots
    fill: dict[str, Any] = {}
    train = slots.get("train")
    borrowed = False  # stations of a list taken for a train not among it
    # "which are rescheduled?", "kaunsi cancel hai" ask the day's list, not the train in hand
    which = understood.words & _WHICH_OF_MANY and understood.words.isdisjoint(_WHICH_OF_ITS_OWN)
    # "aur koi train cancel hai?", "any other cancelled?": the day's list, not the train in hand
    others = not understood.words.isdisjoint(_OTHER_TRAINS) or understood.words >= _ANY_OTHER
    of_one = not (understood.plural or which or others or _the_days_list_asked(understood))
    takes_train = isinstance(request, _ABOUT_A_TRAIN) or (
        isinstance(request, _LIST_OR_ONE) and of_one
    )
    if takes_train and train is None and subject.train is not None and not understood.numbered:
        train = fill["train"] = subject.train
    elif train is None and _new_time_of_the_only_listed(request, subject, understood):
        # "what is its new departure time?" after the day's rescheduled list of one: that
        # train's new time, said directly, not the list again
        train = fill["train"] = subject.listed_trains[0]
    same_train = train is None or train == subject.train
    about_pnr = isinstance(request, PnrStatus | AlertSubscribe) and not understood.numbered
    if about_pnr and "pnr" not in slots and subject.pnr:
        fill["pnr"] = subject.pnr
    elif isinstance(request, PnrStatus) and about_pnr and "pnr" not in slots and subject.booked:
        fill["pnr"] = subject.booked  # "my status?" after other questions: the booking shown
    if isinstance(request, _JOURNEY) and same_train and train is not None:
        fill.update(_journey(request, subject, today))
    elif (
        isinstance(request, _JOURNEY)
        and (subject.train is None or _names_another_listed(understood, subject))
        and _of_the_list(understood, subject)
    ):
        fill.update(_searched(request, subject, today))  # "rajdhani ka fare" after the trains
        borrowed = "from" in fill and train is not None and not _listed(train, subject)
    elif _asked_on_the_listed_day(request, subject, understood) and subject.date is not None:
        # "kaveri express me seat hai kya" after the trains of a journey on Saturday: Saturday,
        # though the train named is not among those shown (cut short that day, say)
        fill["date"] = subject.date.isoformat()
    if isinstance(request, TrainsBetween) and train is None:
        fill.update(_ends(slots, subject))
    if _fact_of_the_listed_journey(request, subject):
        # "how long does it take?" after the trains from Agra to Bhopal: each from Agra to Bhopal
        assert isinstance(subject.listing, TrainsBetween)
        fill["from"], fill["to"] = list(subject.listing.origin), list(subject.listing.destination)
        if subject.listing.date is not None and "date" not in slots:
            fill["date"] = subject.listing.date.isoformat()  # one cancelled that day, said so
    of_the_journey = _stops_of_the_journey(request, subject, understood)
    if of_the_journey and same_train and subject.journey is not None:
        fill["from"], fill["to"] = subject.journey  # "kitne stops hai" after its fare: its stretch
    if isinstance(request, LiveStatus) and same_train and "date" not in slots:
        run = _run(subject, today)
        where = request.focus is None and understood.numbered
        if where and _day_to_come(run, today) and not subject.pnr:
            # "12627 kahan hai" after its seats or trains for tomorrow: where it runs now (the
            # run on its way, or the latest started), not tomorrow's run in context
            run = {}
        fill.update(run)
    if _arrival_of_the_booking(request, subject, understood) and subject.destination:
        fill["alighting"] = subject.destination  # "kab pahunchegi" after a booking
    elif _arrival_of_the_journey(request, subject, understood) and subject.destination:
        # "kab pahunchegi", "when does it arrive?" after one train of the trains from Delhi to
        # Agra (or its fare): when it gets to Agra, not to its end nor when it leaves
        at = "at" if isinstance(request, LiveStatus) else "station"
        fill[at] = (subject.destination,) if at == "at" else subject.destination
    near = isinstance(subject.request, StopsAt | Departures | Arrivals | TrainFacts)
    boarded = (None, *subject.listed_trains)
    if isinstance(subject.request, Departures | Arrivals) and train not in boarded:
        near = False  # "12951 kahan hai" after Bhopal's board, 12951 not on it: where it is
    # "where is 12951?" after another train's stop: where 12951 is, not whether it gets there
    narrowed = same_train or (isinstance(request, LiveStatus) and request.focus is not None)
    if isinstance(request, LiveStatus) and not request.at and near and subject.station and narrowed:
        fill["at"] = (subject.station,)  # "does it stop at Itarsi?" … "kab pahunchegi?"
    last = subject.request
    asked_at = last.at if isinstance(last, LiveStatus) and same_train else ()
    kept_at = asked_at and "at" not in fill  # (not where the journey just said to end is)
    if isinstance(request, LiveStatus) and not request.at and kept_at and not understood.numbered:
        fill["at"] = asked_at  # "when at Jhansi?" … "platform?": at Jhansi
    if isinstance(request, LiveStatus) and not request.at and understood.there:
        fill["at"] = _there(subject)  # "platform there?" after where to board: there
    elif isinstance(request, LiveStatus) and request.focus == "platform" and not request.at:
        _place_the_platform(request, subject, fill)  # "which platform does it leave from"
    said_date = bool(understood.date_word) or "date" in understood.details
    if isinstance(request, _LIST_OR_ONE) and "train" in fill and not said_date and subject.date:
        fill["date"] = subject.date.isoformat()
    elif day_in_hand(request, subject, today) and not said_date:
        # "any rescheduled?", "koi cancel hai?" after tomorrow's trains or tomorrow's list of
        # cancelled ones: tomorrow's list, the day in hand, unless another day is said
        assert subject.date is not None
        fill["date"] = subject.date.isoformat()
    takes_date = "date" in type(request).model_fields and "date" not in slots
    if takes_date and "date" not in fill and subject.date is not None and _same_day(understood):
        # "isi tarikh ko rajdhani me 2AC", "इसी तारीख को", "same date" after a booking: its day
        fill["date"] = subject.date.isoformat()
    # "what time?" after a stop: the station in hand; not "12627 kitne baje chalti hai"
    alone = not (understood.numbered or understood.train_name)
    takes_station = isinstance(request, Departures | Arrivals | StopsAt) or (
        isinstance(request, TrainFacts) and alone and not (request.origin or request.destination)
    )
    if takes_station and "station" not in slots and subject.station is not None:
        fill["station"] = subject.station
    elif _a_fact_there(request, understood) and "station" not in slots and _there(subject):
        # "12627 वहाँ कितनी देर रुकती है", "how long does 12627 halt there" after Bhopal's
        # board: at Bhopal, the train named or not
        fill["station"] = list(_there(subject))
    filled = request.with_slots(fill) if fill else request
    return filled.model_copy(update={"borrowed": True}) if borrowed else filled


def day_in_hand(request: Request, subject: Subject, today: dt.date) -> bool:
    """Whether a day's list of cancelled or rescheduled trains, asked with no day and of no
    train, takes the day in hand: a day ahead that trains were listed for (a journey's, a
    train's run, a list of changed trains), or any day of a list of changed trains."""
    if not isinstance(request, CancelledTrains | RescheduledTrains) or request.train is not None:
        return False
    if subject.date is None or subject.date == today:
        return False
    last = subject.request
    listed = isinstance(last, CancelledTrains | RescheduledTrains) and last.train is None
    return listed or subject.date > today


def _a_fact_there(request: Request, understood: Understood) -> bool:
    """Whether a question of a train's stop at a station says the station as "there" ("wahan",
    "वहाँ"), no station of its own."""
    if not isinstance(request, TrainFacts) or not understood.there:
        return False
    return request.fact in _AT_A_STATION and not (request.origin or request.destination)


def _its_time_between(understood: Understood, subject: Subject | None) -> TrainFacts | None:
    """ "How long from bhopal to agra?", "bhopal se agra kitna time lagega?", "भोपाल से आगरा
    कितना समय लगेगा?" with one train in hand (its status, its card) and no train named: that
    train's time between the two places, never every train between them; None for anything
    else (after a list, a journey asked with "trains")."""
    if subject is None or subject.train is None or subject.listed or subject.several:
        return None
    request = understood.request
    if not isinstance(request, TrainsBetween) or understood.numbered or understood.train_name:
        return None
    if understood.plural or not _TAKES.said_in(understood.words):
        return None
    details = understood.details
    if "from" not in details or "to" not in details:
        return None
    ends = {"train": subject.train, "from": details["from"], "to": details["to"]}
    return TrainFacts(fact="duration").with_slots(ends)


def _its_stops_between(understood: Understood, subject: Subject | None) -> TrainFacts | None:
    """ "stops between Bengaluru and Bhopal", "bengaluru aur bhopal ke beech ke stations",
    "बेंगलुरु और भोपाल के बीच स्टॉप" with one train in hand (its classes, its status, its
    card just shown) and no train named: that train's stops between the two places, never the
    trains between them; None for anything else ("trains between ...", after a list)."""
    if subject is None or subject.train is None or subject.listed or subject.several:
        return None
    request = understood.request
    if not isinstance(request, TrainsBetween) or understood.numbered or understood.train_name:
        return None
    if understood.plural or understood.words.isdisjoint(_STOP_WORDS):
        return None
    details = understood.details
    if "from" not in details or "to" not in details:
        return None
    ends = {"train": subject.train, "from": details["from"], "to": details["to"]}
    return TrainFacts(fact="stops").with_slots(ends)


# Words that ask for a train's stops, not for trains ("stops", "stations", "स्टॉप").
_STOP_WORDS: Final = frozenset(
    {"stop", "stops", "station", "stations", "stoppage", "stoppages", "halt", "halts"}
)


# The facts of a train that a journey in hand narrows to its stretch.
_OF_THE_STRETCH_IN_HAND: Final = frozenset({"stops", "duration", "distance"})


# The facts of a train at one station: how long it halts there, when it is there, its stops
# either side.
_AT_A_STATION: Final = frozenset({"halt", "times", "next", "previous"})


def _new_time_of_the_only_listed(
    request: Request, subject: Subject, understood: Understood
) -> bool:
    """Whether a question of a new time ("what is its new departure time?", "naya time kya hai")
    that names no train follows a list of changed runs with one train on it: that one's."""
    if not isinstance(request, RescheduledTrains) or not request.new_time:
        return False
    listing = subject.listing
    one = len(subject.listed_trains) == 1 and subject.train is None
    return one and isinstance(listing, _LIST_OR_ONE) and not understood.numbered


# Words asking which of many ("which are rescheduled?", "kaunsi cancel hui", "कौन सी").
def _the_days_list_asked(understood: Understood) -> bool:
    """Whether a day's changed trains are asked as the list they are, the train in hand not
    pointed at nor asked about ("rescheduled today", "cancelled today?", "aaj ke cancelled"):
    a fresh request for the list; "is it cancelled today?", "aaj cancel hai kya" ask of it."""
    request = understood.request
    if not isinstance(request, CancelledTrains | RescheduledTrains) or request.train is not None:
        return False
    if understood.refers or understood.numbered or understood.train_name:
        return False
    return understood.words.isdisjoint(_ASKS_OF_ONE)


# Words that make a changed-trains question one about a train ("is it", "hai kya", "hui").
_ASKS_OF_ONE: Final = frozenset(
    {"is", "was", "has", "will", "does", "did", "hai", "h", "he", "kya", "kyaa", "hua", "hui",
     "hogi", "hoga", "ho", "gayi", "gai", "gaya", "meri", "mera", "my", "है", "क्या", "हुई", "गई"}
)  # fmt: skip
_WHICH_OF_MANY: Final = frozenset({"which", "kaunsi", "konsi", "kaunse", "konse", "kaun", "kin"})
# Words that ask of trains besides the one in hand ("any other", "aur koi", "और कोई").
_OTHER_TRAINS: Final = frozenset({"other", "others", "dusri", "doosri"})
_ANY_OTHER: Final = frozenset({"aur", "koi"})
# ... unless they ask which of the train's own: its day, its stretch, its station.
_WHICH_OF_ITS_OWN: Final = frozenset(
    {"day", "days", "din", "date", "tarikh", "stretch", "part", "hissa", "station", "stations",
     "stop", "route", "time"}
)  # fmt: skip


def _fact_of_the_listed_journey(request: Request, subject: Subject) -> bool:
    """Whether a fact of a journey (how long, how far, when) names no train and no station,
    while a journey's trains are listed and none of them is in hand: each one's, on that
    journey."""
    listing = subject.listing
    if not isinstance(request, TrainFacts) or request.fact not in _OF_A_STRETCH - {"halt"}:
        return False
    if request.train is not None or request.origin or request.destination or request.station:
        return False
    if subject.train is not None or not subject.listed:
        return False
    return isinstance(listing, TrainsBetween) and bool(listing.origin and listing.destination)


def _stops_of_the_journey(request: Request, subject: Subject, understood: Understood) -> bool:
    """Whether "how many stops" or "how long does it take" ("kitna time lagta hai", "कितना समय
    लगता है") names no stretch, after a journey on the train in hand (one train of a list
    between two places, "12627 from Bengaluru to Kota", its fare or seats, a booking): the
    stops of that journey, the time and distance between its two stations, not the whole run
    ("12627 की दूरी कितनी है", the train named again, is its whole run)."""
    if not isinstance(request, TrainFacts) or request.fact not in _OF_THE_STRETCH_IN_HAND:
        return False
    if request.fact != "stops" and understood.numbered:
        return False
    return not (request.origin or request.destination) and subject.train is not None


def _arrival_of_the_booking(request: Request, subject: Subject, understood: Understood) -> bool:
    """Whether "when will it arrive" names no station, after a booking of the same train: the
    station booked to is where it arrives once the traveller is on board."""
    return (
        isinstance(request, LiveStatus)
        and request.focus == "arrival"
        and not request.at
        and subject.pnr is not None
        and request.train in (None, subject.train)
        and not understood.numbered
    )


def _arrival_of_the_journey(request: Request, subject: Subject, understood: Understood) -> bool:
    """Whether "when does it arrive" names no station, after a journey on the train in hand (one
    train of a list between two places, its fare or seats, how long it takes on it): its arrival
    where the journey ends."""
    if subject.pnr is not None or subject.train is None:
        return False
    if understood.numbered and understood.trains != (subject.train,):
        return False  # another train's arrival (the train in hand named again is the same)
    # ("12628" of the trains from Delhi to Agra, then "kab pahunchegi": at Agra)
    if not (_a_journey_on_it(subject) or _a_listed_train_looked_at(subject)):
        return False
    if isinstance(request, LiveStatus):
        asked = request.focus == "arrival" and not request.at
    elif isinstance(request, TrainFacts):
        places = request.station or request.origin or request.destination
        asked = request.moment == "arrival" and not places
    else:
        return False
    return asked and request.train in (None, subject.train)


def _a_journey_on_it(subject: Subject) -> bool:
    """Whether the last answer was of a journey on the train in hand: a list between two places,
    its fare or seats, how long it takes on it."""
    last = subject.request
    if isinstance(last, TrainFacts):
        return last.fact == "duration"
    return isinstance(last, TrainsBetween | Fare | SeatAvailability)


def _a_listed_train_looked_at(subject: Subject) -> bool:
    """Whether the last answer was the card of one train of a journey's list, the train said
    alone ("12628", "karnataka wali"): its journey is the list's."""
    last = subject.request
    looked = isinstance(last, LiveStatus) and last.focus == "train"
    return looked and isinstance(subject.listing, TrainsBetween) and _listed(subject.train, subject)


def _listed(train: object, subject: Subject) -> bool:
    """Whether the train is one of the trains on screen."""
    return any(item.train == train for item in subject.listed)


# "Same date", "that day", "isi tarikh", "उसी दिन": the day in hand, said by pointing at it.
_SAME: Final = frozenset({"same", "that", "isi", "usi", "us", "wahi", "vahi", "yahi"})
_DAY_NOUNS: Final = frozenset({"date", "day", "din", "tarikh", "tareekh", "tarik", "tithi"})


def _same_day(understood: Understood) -> bool:
    """Whether the message asks for the day in hand by pointing at it ("on the same date",
    "isi din", "इसी तारीख को"), naming no day of its own."""
    if "date" in understood.details:
        return False
    words = understood.words
    return not words.isdisjoint(_SAME) and not words.isdisjoint(_DAY_NOUNS)


def _asked_on_the_listed_day(request: Request, subject: Subject, understood: Understood) -> bool:
    """Whether a fare or seats question about a train, with no date or stations of its own,
    follows the trains of a journey listed for a day: it is asked for that day."""
    slots = request.slots
    said_date = bool(understood.date_word) or "date" in understood.details
    return (
        isinstance(request, _JOURNEY)
        and isinstance(subject.request, TrainsBetween)
        and subject.date is not None
        and not said_date
        and not any(slots.get(key) for key in ("date", "from", "to"))
    )


# Letters of a word of a train's name that must match a listed train's ("karnatak", "rajdh").
_NAME_PREFIX = 5


def _of_the_list(understood: Understood, subject: Subject) -> bool:
    """Whether a train named in a fare or seats question may be one of the trains just listed
    ("rajdhani ka fare" after the trains between two cities): any question that names no train,
    or a name a listed train has; not "karnataka express seats" after the trains between
    Chennai and Bengaluru, which is that train's own journey."""
    if not understood.train_name or not subject.listed:
        return True
    wanted = [w[:_NAME_PREFIX] for w in understood.train_name.split() if w not in TRAIN_KINDS]
    return any(
        all(any(word.startswith(part) for word in item.name.lower().split()) for part in wanted)
        for item in subject.listed
    )


def _names_another_listed(understood: Understood, subject: Subject) -> bool:
    """Whether a question names a train by name, not the one in hand, right after a list that
    showed others beside it ("rajdhani 3A?" after the next train and the ones after it): it
    may be one of them, on the list's journey and day."""
    return bool(understood.train_name) and any(
        item.train != subject.train for item in subject.listed
    )


def _journey(request: Request, subject: Subject, today: dt.date) -> dict[str, Any]:
    """A fare's or seats' journey, class, quota and date, from the same train's subject. A whole
    new question (its train and both its stations said) is asked afresh: the class, quota and
    passengers of the last one are not carried into it; only a follow-up takes them."""
    slots = request.slots
    fill: dict[str, Any] = {}
    if "from" not in slots and "to" not in slots and subject.journey is not None:
        fill["from"], fill["to"] = subject.journey
    whole = {"train", "from", "to"} <= set(slots)
    for slot, value in (
        ("class", subject.journey_class),
        ("quota", subject.quota),
        ("passengers", subject.passengers),
    ):
        if whole:
            break
        if slot == "quota" and _own_seats_question(request):
            continue  # "seats in 2A on sunday" after a Tatkal fare: the general quota's
        if slot not in slots and value is not None and slot in type(request).slot_names():
            fill[slot] = value
    later = subject.date is not None and subject.date >= today
    if request.model_dump().get("date") is None and later:
        fill["date"] = subject.date
    return fill


def _own_seats_question(request: Request) -> bool:
    """Whether a seats question says a class or a day of its own: a question of its own, that
    a quota said earlier (Tatkal, of a fare) does not carry into; its seats are the general
    quota's unless it says another."""
    if not isinstance(request, SeatAvailability):
        return False
    return "class" in request.slots or request.model_dump().get("date") is not None


def _searched(request: Request, subject: Subject, today: dt.date) -> dict[str, Any]:
    """A fare's or seats' journey, from the trains between two places just listed ("fare?",
    "rajdhani ka fare", "12952 seats" after "delhi se mumbai kal"): which of them is for the
    train, named or asked for, to settle. Of a journey still being asked for (where to, on
    Friday evening), its day only."""
    # The list as shown: a "next train" answer's is of the day that train leaves.
    last = subject.listing if isinstance(subject.listing, TrainsBetween) else subject.request
    slots = request.slots
    if not isinstance(last, TrainsBetween) or not (last.origin or last.destination):
        return {}
    fill: dict[str, Any] = {}
    if "from" not in slots and "to" not in slots and last.origin and last.destination:
        fill = {"from": list(last.origin), "to": list(last.destination)}
    # The list's day, also for stations said anew ("16021 seats 3a mas to mys" after the list).
    if request.model_dump().get("date") is None and last.date is not None and last.date >= today:
        fill["date"] = last.date
    return fill


def _ends(slots: dict[str, Any], subject: Subject) -> dict[str, Any]:
    """Trains between: the end the message leaves out, from the journey in hand (between two
    stations, or two cities' stations)."""
    last = subject.request
    ends: tuple[Any, Any] | None = subject.journey
    if ends is None and isinstance(last, TrainsBetween) and last.origin and last.destination:
        ends = list(last.origin), list(last.destination)
    if ends is None:
        return _from_the_station_in_hand(slots, subject)
    origin, destination = ends
    given_from, given_to = slots.get("from"), slots.get("to")
    if given_from is None and given_to is None:
        return {"from": origin, "to": destination, "date": slots.get("date") or subject.date}
    if given_from is None and given_to != origin:
        return {"from": origin}
    if given_to is None and given_from != destination:
        return {"to": destination}
    return {}


def _day_to_come(run: dict[str, Any], today: dt.date) -> bool:
    """Whether the run picked from the conversation is of a day after today."""
    day = run.get("date")
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    return isinstance(day, dt.date) and day > today


def _from_the_station_in_hand(slots: dict[str, Any], subject: Subject) -> dict[str, Any]:
    """Trains to a place, no start said, right after a station was talked about (its code, its
    board): from that station ("tomorrow morning to agra?" after New Delhi's departures), never
    the start asked for again."""
    station, last, listing = subject.station, subject.request, subject.listing
    if not isinstance(last, StationByName | StationByCode | Departures | Arrivals):
        # right after a question about a board's trains ("agra wali kitne baje pahunchegi"):
        # the board's station, still in hand, not the place asked about
        codes = listing.station if isinstance(listing, Departures | Arrivals) else ()
        station = codes[0] if len(codes) == 1 else None
    if station is None or slots.get("from") is not None or slots.get("to") is None:
        return {}
    given_to = slots["to"]
    if station in (given_to if isinstance(given_to, list | tuple) else (given_to,)):
        return {}
    return {"from": station}


def _run(subject: Subject, today: dt.date | None = None) -> dict[str, Any]:
    """Which run of the train: the one live status last showed, the PNR's journey (the day it
    leaves the boarding station), or the run a list of a day to come showed it on ("is it
    late?" after tomorrow's trains: tomorrow's run, from where the list boards it)."""
    last = subject.request
    if isinstance(last, LiveStatus) and last.date is not None:
        return {"date": last.date, "boarding": last.boarding}
    if (
        isinstance(last, CancelledTrains | RescheduledTrains)
        and last.train is not None
        and last.date is not None
    ):
        return {"date": last.date}  # "is it cancelled tomorrow?" … "does it still reach X?"
    if subject.pnr is not None and subject.date is not None and subject.origin is not None:
        return {"date": subject.date, "boarding": subject.origin}
    listed = isinstance(subject.listing, TrainsBetween) and subject.train in subject.listed_trains
    ahead = today is not None and subject.date is not None and subject.date >= today
    if listed and ahead and subject.origin:
        return {"date": subject.date, "boarding": subject.origin}
    # "when does it leave?", "is it late?" after this train's fare or seats for a day to come:
    # the run that journey takes, from where it boards
    priced = isinstance(last, Fare | SeatAvailability) and last.slots.get("train") == subject.train
    if priced and ahead and subject.origin:
        return {"date": subject.date, "boarding": subject.origin}
    return {}


def _stop_of_the_route(last: Request, understood: Understood) -> bool:
    """Whether a message right after a train's route or timetable names one station and nothing
    more ("and jhansi?", "aur gwalior?", "और झांसी?"): a stop of that train asked about."""
    if not isinstance(last, TrainRoute | TrainFacts) or last.train is None:
        return False
    if isinstance(last, TrainFacts) and (
        last.fact != "times" or last.station or last.origin or last.destination or last.moment
    ):
        # ("and jhansi?" after how long it takes: as far as Jhansi; after when it leaves
        # Bhopal: when it leaves Jhansi)
        return False
    return set(understood.details) == {"station"} and not understood.numbered

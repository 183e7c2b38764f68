"""Asking for what a request lacks: the question, with choice chips, that the router returns
and the conversation keeps until it is answered (a station, a class, a date, a train).

A handler raises the `AskUser` one of these functions builds; the request it carries keeps every
field known so far, so the answer only has to fill the one asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final, TypeVar

from app.bot.format import (
    MAX_CHIP_TITLE,
    chip,
    chip_day,
    class_name,
    class_words,
    day_date,
    lines,
    proper,
    provider_name,
    station_name,
)
from app.bot.handlers.context import Context, Outcome
from app.bot.handlers.lookups import (
    not_running_note,
    route_codes,
    route_ends,
    run_days_of,
    train_chips,
    train_classes,
    trains_between_journey,
)
from app.bot.handlers.railway_errors import error_text
from app.bot.replies import QuickReply, Reply
from app.bot.requests import (
    ChosenClass,
    ChosenDate,
    ChosenStation,
    ChosenTrain,
    Fare,
    Request,
    SeatAvailability,
    TrainsBetween,
)
from app.bot.requests.answers import StationSlot
from app.bot.state import Listed, Pending
from app.bot.understanding.place_words import MAX_CHOICES
from app.errors import ClassNotOnTrain, InvalidArgument, NotRunningOnDate
from app.i18n import N_, t
from app.i18n.language import Language
from app.railways.models import TrainBetween
from app.railways.stations import StationIndex
from app.railways.vocabulary import (
    AC_CLASSES,
    COMMON_CLASSES,
    RESERVED_CLASSES,
    JourneyClass,
    StationCode,
    TrainNumber,
    current_station_code,
)

R = TypeVar("R", bound=Request)

MAX_QUICK_REPLIES = 13

# The question for each station slot, and for "which one" when a place has several (by the
# place's name, or without one).
STATION_QUESTIONS: Final[dict[str, str]] = {
    "from": N_("ask.from"),
    "to": N_("ask.to"),
    "station": N_("ask.station"),
    "code": N_("ask.station"),
}
# The question for a journey's end the message named in words that are no station we know
# ("delhi se xyzabc"): it says so, and never quotes the words back as a place.
UNFOUND_QUESTIONS: Final[dict[str, str]] = {
    "from": N_("ask.from_unfound"),
    "to": N_("ask.to_unfound"),
}
_WHICH: Final[dict[str, tuple[str, str]]] = {
    "from": (N_("ask.which_from"), N_("ask.which_from_station")),
    "to": (N_("ask.which_to"), N_("ask.which_to_station")),
}
_WHICH_ANY: Final = (N_("ask.which_place"), N_("ask.which_station"))


class AskUser(Exception):
    """Raised by a handler that needs one more field; the router asks it and remembers why."""

    def __init__(self, pending: Pending) -> None:
        super().__init__(pending.asking)
        self.pending = pending

    @property
    def outcome(self) -> Outcome:
        return Outcome((self.pending.prompt,), self.pending)


def ask(
    request: Request,
    asking: str,
    text: str,
    quick_replies: Iterable[QuickReply] = (),
    options: Iterable[str] = (),
    listed: Iterable[Listed] = (),
) -> AskUser:
    """The question for the slot `asking`, to raise; the request's other fields are kept for the
    answer (and, asked which train, the trains offered with their times)."""
    prompt = Reply(text=text, quick_replies=tuple(quick_replies)[:MAX_QUICK_REPLIES])
    return AskUser(
        Pending(
            request=request.without(asking),
            asking=asking,
            options=tuple(options),
            prompt=prompt,
            listed=tuple(listed),
        )
    )


# --- stations ----------------------------------------------------------------------------------


def station_chip(index: StationIndex, slot: StationSlot, code: str) -> QuickReply:
    """`NDLS New Delhi`: the code first, so that it shows however long the name."""
    name = station_name(index, code)
    title = code if name == code else f"{code} {name}"
    return chip(title, ChosenStation(asked=slot, code=code))


def one_city(index: StationIndex, candidates: tuple[StationCode, ...]) -> tuple[StationCode, ...]:
    """`candidates` when they are the stations of one city, its main station first ("chennai":
    MAS, MS, MSB...); empty when they are one station, or places that only share a name."""
    if len(candidates) < 2:
        return ()
    city = set(index.same_city(candidates[0]))
    return candidates if len(city) > 1 and set(candidates) <= city else ()


def city_label(index: StationIndex, language: Language, code: StationCode) -> str:
    """`Chennai (all stations)` for a city's stations together, by its main station."""
    city = index.city_name(code) or station_name(index, code)
    return t(language, "place.all_stations", city=city)


def other_station_chips(
    ctx: Context, stations: tuple[StationCode, ...], ask_for: Callable[[StationCode], Request]
) -> tuple[str, list[QuickReply]]:
    """The line and the chips that offer a city's other stations (`stations[1:]`), instead of a
    question that blocks the answer for its main one."""
    others = stations[1:MAX_CHOICES]
    if not others:
        return "", []
    city = ctx.index.city_name(stations[0]) or station_name(ctx.index, stations[0])
    line = t(ctx.language, "place.other_stations", city=city)
    quick = [chip(f"{code} {station_name(ctx.index, code)}", ask_for(code)) for code in others]
    return line, quick


def station_question(ctx: Context, slot: str) -> str:
    """The key of the question for a station slot: it says the station could not be found when
    the message named that end in words that are no station ("delhi se xyzabc")."""
    if slot in ctx.unfound and slot in UNFOUND_QUESTIONS:
        return UNFOUND_QUESTIONS[slot]
    return STATION_QUESTIONS[slot]


# The main stations of the biggest cities, offered when a journey's end is asked and the
# conversation has named none yet ("need train urgent": from where?).
_BIG_CITIES: Final = ("NDLS", "CSMT", "SBC", "MAS", "HWH", "SC")


def _stations_to_offer(ctx: Context, request: Request, slot: StationSlot) -> list[StationCode]:
    """Stations to tap for a journey's end asked: those the conversation is about first, then
    the big cities' main ones; never the journey's other end."""
    if slot not in ("from", "to"):
        return []
    subject = ctx.subject
    said = [subject.origin, subject.destination, subject.station] if subject is not None else []
    other = request.slots.get("to" if slot == "from" else "from")
    others = set(other) if isinstance(other, tuple | list) else {other}
    offered: list[StationCode] = []
    for code in [*said, *_BIG_CITIES]:
        if code and code not in offered and code not in others and code in ctx.index:
            offered.append(StationCode(code))
    return offered[: MAX_QUICK_REPLIES - 1]


def require_station(
    ctx: Context, request: Request, slot: StationSlot, candidates: tuple[StationCode, ...]
) -> StationCode:
    """The one station of `candidates` (the request's `slot`); asks for it when there is none,
    or which one when there are several."""
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        known = _stations_to_offer(ctx, request, slot)
        quick = [station_chip(ctx.index, slot, code) for code in known]
        raise ask(request, slot, t(ctx.language, station_question(ctx, slot)), quick)
    shown = list(candidates[:MAX_CHOICES])
    place = request.place_said(slot)
    named, unnamed = _WHICH.get(slot, _WHICH_ANY)
    question = t(ctx.language, named, place=place) if place else t(ctx.language, unnamed)
    listing = "\n".join(
        f"{n}. {station_name(ctx.index, code)} ({code})" for n, code in enumerate(shown, 1)
    )
    raise ask(
        request,
        slot,
        f"{question}\n{listing}",
        [station_chip(ctx.index, slot, code) for code in shown],
        options=shown,
    )


# --- trains ------------------------------------------------------------------------------------


def require_train(
    ctx: Context, request: Request, train: TrainNumber | None, question: str
) -> TrainNumber:
    """The request's train; asks for it with `question` when it has none, the trains of a
    list or board just shown to tap ("route?" after the two evening trains: which of them)."""
    if train is not None:
        return train
    shown = ctx.subject.listed if ctx.subject is not None else ()
    if not shown:
        raise ask(request, "train", question)
    in_hand = ctx.subject.train if ctx.subject is not None else None
    offered = _in_hand_first(shown, in_hand)
    chips = [
        chip(f"{item.train} {proper(item.name)}".strip(), ChosenTrain(train=item.train).pack())
        for item in offered
    ]
    options = [item.train for item in offered]
    if in_hand is not None and in_hand not in options:
        # the train just looked at alone, though the list left it out: offered first all the same
        chips.insert(0, chip(in_hand, ChosenTrain(train=in_hand).pack()))
        options.insert(0, in_hand)
    text = lines(question, t(ctx.language, "ask.train_shown"))
    raise ask(request, "train", text, chips, options=options)


def _in_hand_first(shown: tuple[Listed, ...], in_hand: TrainNumber | None) -> list[Listed]:
    """The trains just shown, the one the conversation is about (last looked at alone) first:
    "which train?" offers the train just talked about before the others."""
    return sorted(shown, key=lambda item: item.train != in_hand)


@dataclass(frozen=True)
class Journey:
    """A fare's or seats' journey: the train, where the traveller gets on and off, and which of
    those ends were not said but taken from the train's route (its first or last station)."""

    train: TrainNumber
    origin: StationCode
    destination: StationCode
    assumed: frozenset[str] = frozenset()  # "from", "to": taken as the run's end
    # Two halts of the run inside it, to show how a part of the run is said ("YPR BPL").
    inside: tuple[StationCode, StationCode] | None = None

    def note(self, language: Language) -> str:
        """What was taken as the journey, and how to change it; empty when all of it was said."""
        if not self.assumed:
            return ""
        first, last = self.inside or (self.origin, self.destination)
        if self.assumed == {"from", "to"}:
            taken = t(language, "journey.whole_run", example=f"{first} {last}")
        elif "from" in self.assumed:
            taken = t(language, "journey.from_start", station=first)
        else:
            taken = t(language, "journey.to_end", station=last)
        return taken


async def require_journey(ctx: Context, request: Fare | SeatAvailability) -> Journey:
    """Train, from and to for a fare or seats question, asking for whatever cannot be settled.

    With a train known, an end not said is the train's own (its first or last station: the
    whole run, said so in the answer, with how to change it); with the stations known, the train
    is the one train between them, else offered from the trains between them. Stations
    `borrowed` from a list just shown stand only where the train makes that journey; else the
    train's own run is answered, saying plainly that it does not make the list's journey. A
    train `taken` from the conversation (the message named none) stands only where it makes
    the journey asked; else the traveller means another train, asked for.
    """
    train, origin, destination = request.train, request.origin, request.destination
    borrowed, taken = request.borrowed, request.train_taken
    ends: dict[StationSlot, StationCode] = {}
    mine = taken and not borrowed  # stations borrowed stand or go by the train, below
    if train is not None and mine and await _elsewhere(ctx, train, origin, destination):
        train = None  # "seats chennai to bangalore" after 12627: a journey 12627 does not make
    if train is not None and borrowed and not await _makes(ctx, train, origin, destination):
        # "12627 seats" after the trains from Delhi to Bhopal: a train named that is not on the
        # list and does not make its journey is a question of its own, of its own run
        origin, destination = (), ()
    cities = bool(one_city(ctx.index, origin) or one_city(ctx.index, destination))
    asked = origin, destination  # a city's stations, before one of them is settled
    origin, destination = await _settled(ctx, train, origin, destination)
    assumed: set[str] = set()
    if train is not None and not (origin and destination):
        stops = await route_ends(ctx, train)
        if stops and not origin and stops[0] not in destination:
            origin, assumed = (stops[0],), assumed | {"from"}
        if stops and not destination and stops[-1] not in origin:
            destination, assumed = (stops[-1],), assumed | {"to"}
    legs: tuple[tuple[StationSlot, tuple[StationCode, ...]], ...] = (
        ("from", origin),
        ("to", destination),
    )
    for slot, candidates in legs:
        ends[slot] = require_station(ctx, request, slot, candidates)
    if train is None:
        said = await trains_between_journey(ctx, ends["from"], ends["to"], by_city=cities)
        found, city_wide = said or ([], False)
        fitting = _of_the_kind(_with_class(found, request.slots.get("class")), request.kinds)
        fitting = _of_the_cut_list(ctx, _not_shown_cancelled(ctx, fitting))
        if city_wide and not cities:
            # none at the stations themselves, their cities' trains: each train's stations
            # there, the one chosen from the buttons too
            asked = _cities_of(ctx, ends["from"]), _cities_of(ctx, ends["to"])
            request = request.model_copy(update={"origin": asked[0], "destination": asked[1]})
        if len(fitting) == 1:  # the one train that makes the journey (in the class asked)
            train = TrainNumber(fitting[0].train.number)
            origin, destination = await _settled(ctx, train, *asked)  # its stations in a city
            start = require_station(ctx, request, "from", origin)
            return Journey(train, start, require_station(ctx, request, "to", destination))
        chips = train_chips(fitting or found)
        # "tap one below" only with something below to tap
        question = N_("ask.train_of_journey") if chips else N_("ask.train_number")
        wanted = request.slots.get("class")
        if found and not fitting and isinstance(wanted, str):
            # "sleeper me jagah hai?" where no direct train has Sleeper: said, not a bare
            # "which train?" offering trains without it
            none = t(ctx.language, "ask.train_without_class", cls=class_words(ctx.language, wanted))
            raise ask(request, "train", none, chips)
        text = t(ctx.language, question)
        if said is not None and not found:
            # "delhi se patna" after 12627's fare: no train to offer, said so first
            none = _no_direct_trains(ctx, ends["from"], ends["to"], request.date)
            text = lines(none, text)
        raise ask(request, "train", text, chips)
    inside = await _inside(ctx, train) if assumed else None
    return Journey(train, ends["from"], ends["to"], frozenset(assumed), inside)


def _of_the_cut_list(ctx: Context, trains: list[TrainBetween]) -> list[TrainBetween]:
    """The trains, only those of the list just shown when it was the journey's list cut to a
    part of the day or a kind ("fare?" after the morning trains: which of those two, not of the
    day's four), unless none would be left."""
    subject = ctx.subject
    listing = subject.listing if subject is not None else None
    if subject is None or not isinstance(listing, TrainsBetween):
        return trains
    if listing.part is None and listing.kind is None:
        return trains
    shown = set(subject.listed_trains)
    return [item for item in trains if item.train.number in shown] or trains


def _not_shown_cancelled(ctx: Context, trains: list[TrainBetween]) -> list[TrainBetween]:
    """The trains, less those the list just shown said are cancelled ("sleeper fare?" after a
    list with a cancelled train: never that train offered again), unless none would be left."""
    shown = ctx.subject.listed if ctx.subject is not None else ()
    cancelled = {item.train for item in shown if item.cancelled}
    running = [item for item in trains if item.train.number not in cancelled]
    return running or trains


async def _makes(
    ctx: Context,
    train: TrainNumber,
    origin: tuple[StationCode, ...],
    destination: tuple[StationCode, ...],
) -> bool:
    """Whether the train calls at one of `origin` and later at one of `destination` (True when
    its route is not known: the journey then stands, as said)."""
    halts = [current_station_code(code) for code in await route_codes(ctx, train)]
    if not halts:
        return True
    starts = [halts.index(c) for c in map(current_station_code, origin) if c in halts]
    ends = [halts.index(c) for c in map(current_station_code, destination) if c in halts]
    return bool(starts and ends) and min(starts) < max(ends)


async def _inside(ctx: Context, train: TrainNumber) -> tuple[StationCode, StationCode] | None:
    """Two halts inside a train's run (its second and its last but one), for an example."""
    halts = await route_codes(ctx, train)
    return (halts[1], halts[-2]) if len(halts) >= 4 else None


def _of_the_kind(found: list[TrainBetween], kinds: tuple[str, ...]) -> list[TrainBetween]:
    """The trains of `found` of the kinds the traveller named ("the shatabdi", "rajdhani",
    "duronto"), when some are; all of them when none is named or none is of them."""
    if not kinds:
        return found
    named = [item for item in found if set(kinds) & set(item.train.name.lower().split())]
    return named or found


def _with_class(found: list[TrainBetween], journey_class: object) -> list[TrainBetween]:
    """The trains of `found` that carry the class asked (all of them when none was asked, or
    the source does not say which classes a train has)."""
    if not isinstance(journey_class, str):
        return found
    return [item for item in found if not item.train.classes or journey_class in item.train.classes]


async def _elsewhere(
    ctx: Context,
    train: TrainNumber,
    origin: tuple[StationCode, ...],
    destination: tuple[StationCode, ...],
) -> bool:
    """Whether the train's route does not make the journey asked (both ends known): it halts
    at no station of one end, or at both but reaches the start only after the end ("दिल्ली से
    भोपाल" after 12627, which runs from Bengaluru to Delhi)."""
    if not origin or not destination:
        return False
    halts = await route_codes(ctx, train)
    if not halts:
        return False
    starts = [at for at, code in enumerate(halts) if code in origin]
    ends = [at for at, code in enumerate(halts) if code in destination]
    return not (starts and ends and min(starts) < max(ends))


def _cities_of(ctx: Context, code: StationCode) -> tuple[StationCode, ...]:
    """The stations of `code`'s city, its main station first (`code` alone when it is in none)."""
    main = ctx.index.main_station(code)
    return tuple(StationCode(each) for each in ctx.index.same_city(main))


async def _settled(
    ctx: Context,
    train: TrainNumber | None,
    origin: tuple[StationCode, ...],
    destination: tuple[StationCode, ...],
) -> tuple[tuple[StationCode, ...], tuple[StationCode, ...]]:
    """A city's stations settled: by the train's route when a train is known (the city's main
    station where the train halts there, else the one of its stations it halts at: never a
    suburb it calls at on the way in or out when it calls at the main one too), else the city's
    main station. Of places that only share a name, the one the train calls at, when it calls
    at exactly one of them."""
    cities = one_city(ctx.index, origin) or one_city(ctx.index, destination)
    if (len(origin) < 2 and len(destination) < 2) or (train is None and not cities):
        return origin, destination
    halts = set(await route_codes(ctx, train)) if train is not None else set()
    settled = []
    for candidates in (origin, destination):
        on_route = [code for code in candidates if code in halts]  # main station first
        if one_city(ctx.index, candidates):
            candidates = (on_route[0],) if on_route else candidates[:1]
        elif len(on_route) == 1:
            candidates = (on_route[0],)  # of places that share a name, the one it calls at
        settled.append(candidates)
    return settled[0], settled[1]


# --- classes and dates -------------------------------------------------------------------------


def class_chips(language: Language, classes: Iterable[str]) -> list[QuickReply]:
    return [
        chip(_class_title(language, code), ChosenClass(journey_class=JourneyClass(code)))
        for code in classes
        if code in RESERVED_CLASSES
    ]


def _class_title(language: Language, code: str) -> str:
    """`SL स्लीपर`, or as many whole words of a long name as fit a button: `EC एग्ज़ीक्यूटिव`,
    never a word cut short ("EC एग्ज़ीक्यूटिव चे…")."""
    words = [code, *(class_name(language, code) or "").split()]
    while len(words) > 1 and len(" ".join(words)) > MAX_CHIP_TITLE:
        words.pop()
    return " ".join(words)


async def ask_class(
    ctx: Context,
    request: Request,
    train: str | None,
    lead: str = "",
    leave_out: str | None = None,
) -> AskUser:
    """Which class, offering the train's own classes when known, else the common ones."""
    known = await train_classes(ctx, train) if train else ()
    classes = tuple(code for code in known or COMMON_CLASSES if code != leave_out)
    text = lines(lead, t(ctx.language, "ask.class"))
    return ask(request, "class", text, class_chips(ctx.language, classes), options=classes)


async def class_of(ctx: Context, request: Request, train: str | None) -> JourneyClass:
    """The class of a question about a train that said none: the train's only class, when it
    carries one (a MEMU's 2S), never "Which class?" with one option; else asked. Of an AC class
    asked, not which ("एसी में कितना है?"), the train's AC classes only."""
    known = await train_classes(ctx, train) if train else ()
    if getattr(request, "cooled", False):
        cooled = tuple(code for code in known if code in AC_CLASSES)
        if len(cooled) == 1:
            return cooled[0]
        if cooled:
            text = t(ctx.language, "ask.class")
            raise ask(request, "class", text, class_chips(ctx.language, cooled), options=cooled)
    if getattr(request, "uncooled", False) and known:
        return _non_ac_class(ctx, request, train or "", known)
    if len(known) == 1:
        return known[0]
    raise await ask_class(ctx, request, train)


def _non_ac_class(
    ctx: Context, request: Request, train: str, known: tuple[JourneyClass, ...]
) -> JourneyClass:
    """Of a non-AC class asked, not which ("non ac me kitna"): the train's only one, else which
    of its non-AC classes; a train with none says so and offers the classes it has."""
    plain = tuple(code for code in known if code not in AC_CLASSES)
    if len(plain) == 1:
        return plain[0]
    text = t(ctx.language, "ask.class")
    if not plain:
        text = t(ctx.language, "ask.class_no_non_ac", train=train)
    offered = plain or known
    raise ask(request, "class", text, class_chips(ctx.language, offered), options=offered)


def date_chips(language: Language, days: Iterable[dt.date], today: dt.date) -> list[QuickReply]:
    return [chip(chip_day(language, day, today), ChosenDate(date=day)) for day in days]


def ask_date(
    ctx: Context, request: Request, lead: str = "", days: Iterable[dt.date] = ()
) -> AskUser:
    """Which date, offering `days` (default today, tomorrow and the day after)."""
    offered = list(days) or [ctx.today + dt.timedelta(days=n) for n in range(3)]
    text = lines(lead, t(ctx.language, "ask.date"))
    return ask(
        request,
        "date",
        text,
        date_chips(ctx.language, offered, ctx.today),
        options=[day.isoformat() for day in offered],
    )


def next_run_days(
    start: dt.date, run_days: tuple[str, ...] | None, count: int = 3
) -> list[dt.date]:
    """The next `count` days after `start` on which a train runs (every day when unknown)."""
    days: list[dt.date] = []
    day = start
    while len(days) < count and day < start + dt.timedelta(days=15):
        day += dt.timedelta(days=1)
        if not run_days or day.strftime("%a").upper() in run_days:
            days.append(day)
    return days


# A journey the railway refused as asked: the question that lets the traveller fix it.
JourneyRefusal = ClassNotOnTrain | NotRunningOnDate | InvalidArgument


async def ask_again(
    ctx: Context,
    request: Request,
    *,
    train: str,
    journey_class: str,
    day: dt.date,
    refusal: JourneyRefusal,
) -> AskUser:
    """Ask for another class when the train lacks this one, another day when it does not run
    (offering its next run days), or another date when the railway refused this one."""
    if isinstance(refusal, ClassNotOnTrain):
        # A class the train's own timetable lists is there: the railway sells none of it for
        # this journey (RailRadar's 404 is "the class or the pair not served"), never "no
        # coaches" of a class its route card shows.
        carried = journey_class in await train_classes(ctx, train)
        key = N_("ask.class_not_sold") if carried else N_("ask.no_class")
        lead = t(ctx.language, key, train=train, journey_class=journey_class)
        return await ask_class(ctx, request, train, lead=lead, leave_out=journey_class)
    if isinstance(refusal, NotRunningOnDate):
        days = next_run_days(day, await run_days_of(ctx, train))
        when = day_date(ctx.language, day, ctx.today)
        origin = getattr(request, "origin", None)
        boards = origin[0] if isinstance(origin, tuple) and origin else None
        # its days and next run said, never the date alone
        lead = await not_running_note(ctx, train, day, boards) or t(
            ctx.language, "ask.not_running", train=train, day=when
        )
        return ask_date(ctx, request, lead=lead, days=days)
    when = day_date(ctx.language, day, ctx.today)
    if refusal.refused_by:  # the provider that refused the date, named
        refused_by = provider_name(refusal.refused_by)
        lead = t(ctx.language, "ask.date_refused_by", provider=refused_by, day=when)
    elif refusal.problem is not None:  # what RailBot's own check found wrong with it, plainly
        lead = error_text(ctx.language, refusal)
    else:
        lead = t(ctx.language, "ask.date_refused", day=when)
    return ask_date(ctx, request, lead=lead)


def _no_direct_trains(
    ctx: Context, origin: StationCode, destination: StationCode, day: dt.date | None
) -> str:
    """ "I found no direct trains from New Delhi to Patna Jn on Mon 7 Dec.", in the user's words."""
    names = {"origin": station_name(ctx.index, origin)}
    names["destination"] = station_name(ctx.index, destination)
    if day is None:
        return t(ctx.language, "between.none", **names)
    when = day_date(ctx.language, day, ctx.today)
    return t(ctx.language, "between.none_on", day=when, **names)

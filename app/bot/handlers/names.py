"""A train asked about by name ("karnataka express kahan hai", "mumbai rajdhani ka route"): its
number from the railway's train search (the timetable, or the provider's).

One train of that name settles it. Several (12627 and 12628 are both the Karnataka Express, one
each way) are narrowed by the journey the message gives: the one whose route runs from its
origin to its destination. Otherwise the traveller chooses, with a button for each; none found
says so and asks for the number.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Final

from app.bot.format import chip, proper, station_label, train_label
from app.bot.handlers.asking import ask
from app.bot.handlers.context import Context, Outcome
from app.bot.handlers.lookups import station_of
from app.bot.replies import QuickReply
from app.bot.requests import ChosenTrain, PnrStatus, Request, StopsAt, TrainsBetween
from app.bot.state import Listed
from app.bot.understanding.lexicon import GENERIC_KINDS, TRAIN_KINDS
from app.bot.understanding.soundalike import SOUND_ALIKE
from app.errors import RailwayError
from app.i18n import t
from app.railways.models import Station, Train
from app.railways.offline import PROVIDER_NAME as OFFLINE_SOURCE
from app.railways.sample import BOOKINGS, SHOWN_TRAINS, TRAINS
from app.railways.sample import PROVIDER_NAME as SAMPLE_SOURCE
from app.railways.stations import StationIndex
from app.railways.vocabulary import TrainNumber, parse_train_number

MAX_NAMED: Final = 5  # trains of one name offered to choose from
# Kinds of train that say which trains they are ("shatabdi", "rajdhani"), unlike "express".
_DISTINCT_KINDS: Final = TRAIN_KINDS - GENERIC_KINDS
PREFIX: Final = 5  # letters of a word of a name that must match, in any spelling
MAX_SAMPLE_CHIPS: Final = 6  # sample trains offered instead of one it does not have
_PLACE_WORD: Final = 4  # letters a word of a name needs to be looked up as a place


def wants_train(ctx: Context, request: Request) -> bool:
    """Whether `request` needs the train `ctx` names: it takes a train and has none."""
    return (
        bool(ctx.train_name)
        and "train" in type(request).slot_names()
        and request.slots.get("train") is None
    )


async def named_trains(ctx: Context, request: Request) -> list[Train]:
    """The trains `ctx.train_name` names, narrowed by the journey the message gives, else by
    the train the conversation is about ("is it cancelled?" of the Karnataka Express just
    shown); empty when the railway knows none by that name."""
    found = await _search(ctx)
    if isinstance(request, StopsAt) and request.of_kind:
        # "is there a rajdhani from nizamuddin?": those of the kind that call there, wherever
        # on their run (one ending there too); all of them, each a no, when none does
        return await _calling_at(ctx, request.station, found) or found
    if not found:
        # "chennai to bangalore shatabdi": the name runs on from a place of the journey; the
        # trains of its kind that make that journey.
        kinds = [word for word in ctx.train_name.split() if word in _DISTINCT_KINDS]
        if kinds:
            of_kind = await _search(replace(ctx, train_name=" ".join(kinds)))
            return await _on_the_journey(ctx, request, of_kind) if of_kind else []
    for narrowing in NARROWINGS:
        if len(found) <= 1:
            break
        found = await narrowing(ctx, request, found)
    return found


async def _making_the_journey(ctx: Context, request: Request, found: list[Train]) -> list[Train]:
    """Prefers the trains making the journey the message gives ("karnataka express from
    bengaluru"): what the traveller says now outweighs all the conversation holds."""
    return await _on_the_journey(ctx, request, found) or found


async def _on_the_list(ctx: Context, request: Request, found: list[Train]) -> list[Train]:
    """Prefers the trains on the list just shown ("rajdhani 3A?" after a list: the Rajdhani
    shown on it), as the traveller is reading from it."""
    listed = ctx.subject.listed_trains if ctx.subject is not None else ()
    return [train for train in found if train.number in listed] or found


async def _of_the_listed_journey(ctx: Context, request: Request, found: list[Train]) -> list[Train]:
    """Prefers, when the message gives no journey, the trains making the journey of the trains
    between two stations shown ("doesn't the shatabdi run on wednesday?" after Chennai's trains
    to Bengaluru: the Shatabdi of that journey, left off the day's list, never Delhi's)."""
    listing = ctx.subject.listing if ctx.subject is not None else None
    if not isinstance(listing, TrainsBetween) or any(ctx.journey):
        return found
    journey = (listing.origin, listing.destination)
    return await _on_the_journey(replace(ctx, journey=journey), request, found) or found


async def _the_train_shown(ctx: Context, request: Request, found: list[Train]) -> list[Train]:
    """Prefers the train the conversation is about ("is it cancelled?" of the Karnataka Express
    just shown): the same name again is most likely the same train."""
    shown = ctx.subject.train if ctx.subject is not None else None
    if shown is None:
        return found
    return [train for train in found if train.number == shown] or found


async def _the_way_of_the_trip(ctx: Context, request: Request, found: list[Train]) -> list[Train]:
    """Prefers, for what is asked one way (a fare, seats: it has a from and a to), the trains
    running the way of the journey the conversation is on, the last word on a trip in hand."""
    one_way = {"from", "to"} <= set(type(request).slot_names())
    if not one_way or ctx.subject is None:
        return found
    return await _the_way_in_hand(ctx, ctx.subject.origin, ctx.subject.destination, found)


async def _calling_at_the_places_in_hand(
    ctx: Context, request: Request, found: list[Train]
) -> list[Train]:
    """Prefers, when nothing else told them apart, the trains that call at the most of the places
    the conversation is on: its journey's ends or station, else the two ends of the train in hand
    ("shatabdi kab chalti hai" after the Brindavan Express, Chennai to Bengaluru: the Chennai
    Mysuru Shatabdi, never Delhi's); all of them when none calls at any, or all at as many."""
    places = await _places_in_hand(ctx)
    if not places:
        return found
    calls: dict[str, int] = {}
    for train in found:
        try:
            route = (await ctx.provider.train_route(train.number)).data
        except RailwayError:
            return found
        calls[train.number] = len(places & {stop.station.code for stop in route.stops})
    most = max(calls.values())
    return [train for train in found if calls[train.number] == most] if most else found


async def _places_in_hand(ctx: Context) -> set[str]:
    """The stations the conversation is on: the journey's ends and the station in hand, else the
    ends of the train in hand; none when it is on nothing."""
    subject = ctx.subject
    if subject is None:
        return set()
    places: set[str] = {
        code for code in (subject.origin, subject.destination, subject.station) if code
    }
    if places or subject.train is None:
        return places
    try:
        stops = (await ctx.provider.train_route(subject.train)).data.stops
    except RailwayError:
        return set()
    return {stops[0].station.code, stops[-1].station.code} if stops else set()


# Several trains of one name, narrowed in this order until one is left: each step keeps all of
# them when it knows nothing that tells them apart.
Narrowing = Callable[[Context, Request, list[Train]], Awaitable[list[Train]]]
NARROWINGS: Final[tuple[Narrowing, ...]] = (
    _making_the_journey,
    _on_the_list,
    _of_the_listed_journey,
    _the_train_shown,
    _the_way_of_the_trip,
    _calling_at_the_places_in_hand,
)


async def _the_way_in_hand(
    ctx: Context, origin: str | None, destination: str | None, found: list[Train]
) -> list[Train]:
    """Of several trains of one name, those that run the way of the journey the conversation
    is on ("Bengaluru to Delhi Rajdhani fare" … "karnataka express sleeper?": the one from
    Bengaluru): from its origin to its destination, else at least from its origin (its
    destination may be another station of the city); all of them when none does."""
    if origin is None:
        return found
    routes: dict[str, list[str]] = {}
    for train in found:
        try:
            route = (await ctx.provider.train_route(train.number)).data
        except RailwayError:
            return found
        routes[train.number] = [stop.station.code for stop in route.stops]
    ends = {destination} if destination else set()
    for way in (ends, set()):
        fitting = [train for train in found if _runs(routes[train.number], {origin}, way)]
        if fitting:
            return fitting
    return found


async def named_train(ctx: Context, request: Request, found: list[Train] | None = None) -> Request:
    """`request` with the train `ctx.train_name` names (of `found`, when they are known
    already); raises `AskUser` to choose among several, or to ask for the number when the
    railway knows no train by that name."""
    if found is None:
        found = await named_trains(ctx, request)
    if not found:
        raise ask(request, "train", *await _name_not_found(ctx, request))
    if len(found) == 1:
        return request.with_slots({"train": found[0].number})
    names = {proper(train.name).lower() for train in found}
    question = (
        t(ctx.language, "train.which_named", name=proper(found[0].name))
        if len(names) == 1
        else t(ctx.language, "train.which")
    )
    offered = [await _offered(ctx, train) for train in found]
    listing = "\n".join(
        f"{n}. {_described(ctx, train, item.departs)}"
        for n, (train, item) in enumerate(zip(found, offered, strict=True), 1)
    )
    chips = [_chip(train) for train in found]
    raise ask(
        request,
        "train",
        f"{question}\n{listing}",
        chips,
        options=[train.number for train in found],
        listed=offered,
    )


async def _offered(ctx: Context, train: Train) -> Listed:
    """A train offered to choose from, with when it leaves its first station (from its route,
    when the railway gives it), so that "the 16:55 one" or "5 baje wali" picks it."""
    item = Listed(train=train.number, name=train.name)
    try:
        route = (await ctx.provider.train_route(train.number)).data
    except RailwayError:
        return item
    first, last = route.stops[0] if route.stops else None, route.stops[-1] if route.stops else None
    if first is None or last is None or first.departure is None:
        return item
    return item.model_copy(
        update={
            "origin": first.station.code,
            "destination": last.station.code,
            "departs": first.departure.strftime("%H:%M"),
        }
    )


async def _name_not_found(ctx: Context, request: Request) -> tuple[str, list[QuickReply]]:
    """What to say of a name no train found has: on the sample railway, that its dozen made-up
    trains do not cover it (some of them, to tap); on the offline timetable, that the timetable
    may not have it; never, from such a source, as if no train had that name. Elsewhere, that
    no train of that name was found."""
    lang = ctx.language
    try:
        source = (await ctx.provider.search_trains(ctx.train_name, 1)).source
    except RailwayError:
        source = ""
    if source == SAMPLE_SOURCE:
        chips = [
            chip(train_label(shown), request.with_slots({"train": shown.number}))
            for shown in SHOWN_TRAINS[:MAX_SAMPLE_CHIPS]
        ]
        name = ctx.train_name.title()
        return t(lang, "sample.unknown_name", name=name, count=len(TRAINS)), chips
    if source == OFFLINE_SOURCE:
        return t(lang, "train.name_not_in_timetable", name=ctx.train_name.title()), []
    return t(lang, "train.name_not_found"), []


async def _search(ctx: Context) -> list[Train]:
    """The trains of the name asked about; a name written in Devanagari loses its last vowel
    when romanised ("कर्नाटक" is "karnatak"), so it is looked up with it too; and a place in
    it said by another name or misspelt ("mysore shatabdi", "bangalore mail", "bombay
    rajdhani") by the name the railway gives that place ("Mysuru", "Bengaluru", "Mumbai")."""
    own = " ".join(word for word in ctx.train_name.split() if word not in GENERIC_KINDS)
    queries = (ctx.train_name, _with_vowels(ctx.train_name), own)
    for query in dict.fromkeys((*queries, _places_renamed(ctx.train_name, ctx.index))):
        if not query:
            continue
        try:
            answer = await ctx.provider.search_trains(query, MAX_NAMED)
        except RailwayError:
            continue
        found = _best(query, [t for t in answer.data if parse_train_number(t.number)])
        if found:
            return found[:MAX_NAMED]
    return []


def _places_renamed(name: str, index: StationIndex) -> str:
    """The name with each word that is a place (by any of its names, or misspelt) said as the
    railway names the place: its city ("bangalore" → "bengaluru"), else its station's first
    word ("mysore" → "mysuru"), a place found by its sound when spelt as Hindi says it ("maisur",
    from मैसूर); empty when no word changes."""
    words = name.lower().split()
    renamed = [_place_name(word, index) if word not in TRAIN_KINDS else word for word in words]
    return " ".join(renamed) if renamed != words else ""


def _place_name(word: str, index: StationIndex) -> str:
    if len(word) < _PLACE_WORD:
        return word
    found = index.search(word, 1)
    if found:
        station = found[0].station
    elif sounds := SOUND_ALIKE.find(word):  # "maisur" (मैसूर), "bambai" (बम्बई): as it sounds
        station = station_of(index, sounds[0])
    else:
        return word
    city = index.city_name(station.code) or station.name
    return city.lower().split()[0] if city.split() else word


def _best(name: str, found: list[Train]) -> list[Train]:
    """The trains whose name has each word of `name` that is not a kind of train ("karnatak"
    in "Karnataka Express", not in "Kerala Express"); all of them when none has."""
    wanted = [word[:PREFIX] for word in name.lower().split() if word not in TRAIN_KINDS]
    named = [
        train
        for train in found
        if all(any(w.startswith(p) for w in train.name.lower().split()) for p in wanted)
    ]
    return named or found


def _with_vowels(name: str) -> str:
    """ "karnatak express" → "karnataka express": the short a Hindi spelling leaves unwritten."""
    return " ".join(
        f"{word}a"
        if len(word) > 3 and word[-1] not in "aeiouyh" and word not in TRAIN_KINDS
        else word
        for word in name.lower().split()
    )


async def _calling_at(ctx: Context, stations: tuple[str, ...], found: list[Train]) -> list[Train]:
    """The trains of `found` whose route calls at one of `stations`, in any place on it."""
    calling: list[Train] = []
    for train in found:
        try:
            route = (await ctx.provider.train_route(train.number)).data
        except RailwayError:
            continue
        if any(stop.station.code in stations and stop.is_halt for stop in route.stops):
            calling.append(train)
    return calling


async def _on_the_journey(ctx: Context, request: Request, found: list[Train]) -> list[Train]:
    """The trains of `found` whose route runs from the request's origin to its destination (or
    through the station it names); empty when the request names no station, or none fits."""
    slots = request.slots
    origin = _codes(slots.get("from")) or set(ctx.journey[0])
    destination = _codes(slots.get("to")) or set(ctx.journey[1])
    station = _codes(slots.get("station"))
    if not (origin or destination or station):
        return []
    fitting: list[Train] = []
    for train in found:
        try:
            route = (await ctx.provider.train_route(train.number)).data
        except RailwayError:
            continue
        stops = [stop.station.code for stop in route.stops]
        if _runs(stops, origin, destination) and (not station or set(station) & set(stops)):
            fitting.append(train)
    return fitting


async def chosen_by_way(
    ctx: Context, request: Request, options: tuple[str, ...]
) -> tuple[Request, str] | None:
    """`request` with the one train of `options` whose route runs the way `ctx.journey` says
    (from its origin, to its destination); of several that do, the one that starts at the
    origin (or, given only a destination, ends there): "mumbai se" is the Rajdhani that starts
    at Mumbai Central, not the one that calls at Borivali on its way in. The stations of the
    train's route that the way names are the request's journey too, where it has one and says
    none ("karnataka express fare" … "sbc"). With it, the line that says which train was taken
    (its number, name and ends), so that a choice made from a description is never silent. None
    when not exactly one train is that one."""
    origin, destination = set(ctx.journey[0]), set(ctx.journey[1])
    if not (origin or destination):
        return None
    fitting: dict[str, list[str]] = {}
    trains: dict[str, Train] = {}
    ending: list[str] = []  # of those, the ones that start (end) where the message says
    for number in options:
        try:
            route = (await ctx.provider.train_route(number)).data
        except RailwayError:
            continue
        stops = [stop.station.code for stop in route.stops]
        if not _runs(stops, origin, destination):
            continue
        fitting[number], trains[number] = stops, route.train
        if stops[0] in origin if origin else stops[-1] in destination:
            ending.append(number)
    chosen = list(fitting) if len(fitting) == 1 else ending
    if len(chosen) != 1:
        return None
    number, stops = chosen[0], fitting[chosen[0]]
    said = t(
        ctx.language,
        "names.chosen_way",
        train=train_label(trains[number]),
        origin=station_label(station_of(ctx.index, stops[0])),
        destination=station_label(station_of(ctx.index, stops[-1])),
    )
    return request.with_slots({"train": number, **_ends_on(request, stops, ctx)}), said


def _ends_on(request: Request, stops: list[str], ctx: Context) -> dict[str, str]:
    """The journey's ends a reply gave, as the stops of the chosen train's route, for a request
    that has a journey and says none yet."""
    names, slots = type(request).slot_names(), request.slots
    ends: dict[str, str] = {}
    for slot, codes in (("from", ctx.journey[0]), ("to", ctx.journey[1])):
        stop = next((code for code in stops if code in codes), None)
        if slot in names and slots.get(slot) is None and stop is not None:
            ends[slot] = stop
    return ends


def _runs(stops: list[str], origin: set[str], destination: set[str]) -> bool:
    """Whether a route with `stops` goes from one of `origin` to one of `destination`."""
    first = 0  # with no origin, a destination is not where the train starts
    if origin:
        first = next((n for n, code in enumerate(stops) if code in origin), len(stops))
        if first >= len(stops) - 1:
            return False  # not on the route, or its last stop: no journey from there
    return not destination or any(code in destination for code in stops[first + 1 :])


def _codes(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, list | tuple):
        return {str(code) for code in value}
    return set()


def _described(ctx: Context, train: Train, departs: str | None = None) -> str:
    """`12627 Karnataka Express: KSR Bengaluru City Jn (SBC) 19:20 → New Delhi (NDLS)`: when
    it leaves, when that is known."""
    label = train_label(train)
    if not train.from_code or not train.to_code:
        return label
    ends = [
        station_label(station_of(ctx.index, code, Station(code=code, name=name or code)))
        for code, name in ((train.from_code, train.from_name), (train.to_code, train.to_name))
    ]
    leaves = f" {departs}" if departs else ""
    return f"{label}: {ends[0]}{leaves} → {ends[1]}"


def not_in_sample(ctx: Context, request: Request) -> Outcome:
    """A train the sample railway lacks: it is sample data, which knows only its own trains;
    the same question about some of them, as buttons, and about any train typed next ("ok then
    kerala express"), as the answer to which train."""
    train = request.slots.get("train")
    text = t(ctx.language, "sample.unknown_train", train=str(train or ""), count=len(TRAINS))
    chips = [
        chip(train_label(shown), request.with_slots({"train": shown.number}))
        for shown in SHOWN_TRAINS[:MAX_SAMPLE_CHIPS]
    ]
    return ask(request, "train", text, chips).outcome


def not_a_sample_booking(ctx: Context) -> Outcome:
    """A PNR that is not one of the sample railway's bookings: the sample is made up and knows
    only its own few (no fault of the digits typed); those, as buttons."""
    text = t(ctx.language, "sample.unknown_pnr", count=len(BOOKINGS))
    chips = [chip(booked, PnrStatus(pnr=booked)) for booked in BOOKINGS]
    return ask(PnrStatus(), "pnr", text, chips).outcome


def _chip(train: Train) -> QuickReply:
    return chip(train_label(train), ChosenTrain(train=TrainNumber(train.number)))
